//! The quotes view (`Q`) on the seeds: quotes by speaker, `@` terms and the speaker
//! picker inside it, Enter to the quote and back, driven by keys through the default keymap.

mod common;

use byline::app::{App, Layer};
use common::app::{press, screen_text, seeds_app, type_filter};

#[test]
fn q_lists_quotes_by_speaker_typing_narrows_and_enter_opens_the_quote() {
    let mut app = seeds_app(120, 40);
    app.wait_for_stories();
    press(&mut app, "Q");
    let Layer::Quotes(view) = app.layer() else {
        panic!("the quotes view is not open")
    };
    let headings = |view: &byline::app::QuotesView| -> Vec<String> {
        (view.lines().lines().iter())
            .filter(|l| l.kind == byline::app::LineKind::Heading)
            .map(|l| l.text.clone())
            .collect()
    };
    assert!(headings(view).len() > 3, "{:?}", headings(view));
    let grouped = (view.lines().lines().iter())
        .any(|l| l.kind == byline::app::LineKind::Group && l.text.contains(" · 2 articles"));
    assert!(grouped, "a quote several versions carry is one group");
    common::app::type_text(&mut app, "lav");
    let Layer::Quotes(view) = app.layer() else {
        unreachable!()
    };
    let names = headings(view);
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(names[0].starts_with("Sergei Lavrov"), "{names:?}");
    let place = view.lines().lines()[view.lines().selected().unwrap()]
        .place
        .unwrap();
    press(&mut app, "Enter");
    assert_eq!(app.reader().article, Some(place.article));
    let body = app.corpus().body(place.article);
    let quoted = (0..body.analysis.quotes.len()).any(|q| {
        body.analysis.quotes[q].span.paragraph == place.paragraph
            && body
                .quote_speaker(q)
                .is_some_and(|s| app.entity(s).name == "Sergei Lavrov")
    });
    assert!(quoted, "the article opens at one of his quotes");
}

fn quote_headings(app: &App) -> Vec<String> {
    let Layer::Quotes(view) = app.layer() else {
        panic!("the quotes view is not open")
    };
    (view.lines().lines().iter())
        .filter(|l| l.kind == byline::app::LineKind::Heading)
        .map(|l| l.text.clone())
        .collect()
}

/// The quotes view narrowed to Sergei Lavrov alone, by the `@` term it shows.
fn shows_lavrov_alone(app: &App) {
    let names = quote_headings(app);
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(names[0].starts_with("Sergei Lavrov"), "{names:?}");
    let Layer::Quotes(view) = app.layer() else {
        unreachable!()
    };
    assert_eq!(view.input().text(), "@sergei_lavrov");
}

#[test]
fn in_the_quotes_view_at_terms_narrow_as_in_the_filter() {
    let mut app = seeds_app(120, 40);
    app.wait_for_stories();
    press(&mut app, "Q");
    let all = quote_headings(&app).len();
    common::app::type_text(&mut app, "@sergei_lavrov");
    let names = quote_headings(&app);
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(names[0].starts_with("Sergei Lavrov"), "{names:?}");
    press(&mut app, "Ctrl-u");
    common::app::type_text(&mut app, "@lav @trump");
    let names = quote_headings(&app);
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names.iter().any(|n| n.starts_with("Donald Trump")), "{names:?}");
    press(&mut app, "Ctrl-u");
    assert_eq!(quote_headings(&app).len(), all);
}

/// The quotes view counts a speaker's quotes as the speaker picker does (once
/// per article that carries them), and says how many differ.
#[test]
fn the_quotes_view_counts_quotes_as_the_speaker_picker_does() {
    let mut app = seeds_app(120, 40);
    app.wait_for_stories();
    let picker = byline::app::Picker::speakers(app.corpus());
    let counts: Vec<(String, String)> = (picker.matches())
        .map(|(item, _)| (item.name.clone(), item.detail.clone()))
        .collect();
    press(&mut app, "Q");
    let headings = quote_headings(&app);
    for (name, detail) in &counts {
        let heading = (headings.iter().find(|h| h.starts_with(name))).expect(name);
        assert!(
            heading.starts_with(&format!("{name} · {detail}")),
            "{heading:?} vs the picker's {detail:?}"
        );
    }
    // Trump's 13 quotes include two that two versions of the story carry.
    assert!(
        headings.contains(&"Donald Trump · 13 quotes (11 different)".to_owned()),
        "{headings:?}"
    );
    let screen = common::app::screen_text(&app);
    assert!(
        screen.contains(" Quotes in 5 articles · 12 speakers · 3 unnamed sources · 3 quotes unattributed "),
        "{screen}"
    );
    // Named speakers (the picker's) come first, then roles, then the unattributed.
    let named = |h: &String| counts.iter().any(|(n, _)| h.starts_with(&format!("{n} · ")));
    let first_role = headings.iter().position(|h| !named(h)).expect("a role");
    assert_eq!(first_role, counts.len(), "{headings:?}");
    assert!(
        headings.last().unwrap().starts_with("(unattributed)"),
        "{headings:?}"
    );
}

#[test]
fn a_speaker_picked_then_q_opens_the_quotes_view_on_that_speaker() {
    let mut app = seeds_app(120, 40);
    app.wait_for_stories();
    press(&mut app, "s");
    common::app::type_text(&mut app, "lavrov");
    press(&mut app, "Enter");
    assert!(
        app.filter().text().contains("@sergei_lavrov"),
        "{:?}",
        app.filter().text()
    );
    press(&mut app, "Q");
    shows_lavrov_alone(&app);
    press(&mut app, "Ctrl-u");
    assert!(
        quote_headings(&app).len() > 1,
        "clearing the line shows every speaker of the listed articles"
    );
}

#[test]
fn tab_in_the_quotes_view_opens_the_speaker_picker_and_the_pick_narrows_it() {
    let mut app = seeds_app(120, 40);
    app.wait_for_stories();
    press(&mut app, "Q");
    let all = quote_headings(&app).len();
    press(&mut app, "Tab");
    assert!(
        matches!(app.layer(), Layer::Picker(_)),
        "the speaker picker is open"
    );
    // Its footer says what its Enter and Esc do here, not the filter's.
    let screen = common::app::screen_text(&app);
    assert!(
        screen.contains(" Enter: narrow the quotes · Esc back "),
        "{screen}"
    );
    common::app::type_text(&mut app, "lavrov");
    press(&mut app, "Enter");
    shows_lavrov_alone(&app);
    assert_eq!(app.filter().text(), "", "the list's filter is left alone");
    // Esc in the picker comes back to the view as it was.
    press(&mut app, "Ctrl-u Tab Esc");
    assert_eq!(quote_headings(&app).len(), all);
}

/// As `C` does: the quotes view left for a quote comes back where it was
/// (`Q` after `Ctrl-o`), while the list is the same; another list, a fresh view.
#[test]
fn q_comes_back_to_the_quote_left() {
    let mut app = seeds_app(80, 24);
    app.wait_for_stories();
    let selected = |app: &App| match app.layer() {
        Layer::Quotes(view) => view.lines().selected(),
        _ => panic!("the quotes view is not open"),
    };
    press(&mut app, "Q");
    let first = selected(&app);
    press(&mut app, &["Down"; 12].join(" "));
    let left = selected(&app);
    assert_ne!(left, first);
    press(&mut app, "Enter Ctrl-o Q");
    assert_eq!(selected(&app), left, "back where it was left");
    press(&mut app, "Enter Esc");
    type_filter(&mut app, "'butcher");
    press(&mut app, "Enter Q");
    let Layer::Quotes(view) = app.layer() else {
        panic!("the quotes view is not open")
    };
    let lines = view.lines().lines();
    assert!(
        view.lines().title().contains("Quotes in 1 article "),
        "{}",
        view.lines().title()
    );
    let top = lines.iter().position(|l| l.place.is_some());
    assert_eq!(
        selected(&app),
        top,
        "another list: a fresh view, on its first quote"
    );
}

/// Two copies under one title: the quotes view's lines for the same quote
/// say which article each is (by id), or they would read the same.
#[test]
fn q_tells_copies_with_one_title_apart_by_id() {
    let copy = |id: &str| byline::store::Article {
        id: id.into(),
        path: None,
        title: "Minister resigns over report".into(),
        date: None,
        author: None,
        url: None,
        paragraphs: vec![
            "The minister resigned on Tuesday after the report was published.".into(),
            "\"I have made mistakes and I take full responsibility for them,\" said John Smith.".into(),
            "The prime minister thanked him for his service to the country.".into(),
        ],
        lossy: false,
    };
    let corpus = byline::search::Corpus::from_articles(vec![copy("a.txt"), copy("b.txt")]);
    let mut app = App::new(corpus);
    byline::app::update(
        &mut app,
        byline::keys::Action::Resize {
            width: 120,
            height: 40,
        },
    );
    app.wait_for_stories();
    press(&mut app, "Q");
    let Layer::Quotes(view) = app.layer() else {
        panic!("the quotes view is not open: {}", screen_text(&app))
    };
    let lines: Vec<&str> = view.lines().lines().iter().map(|l| l.text.as_str()).collect();
    for id in ["a.txt", "b.txt"] {
        let line = format!("    John Smith · Minister resigns over report ({id})");
        assert!(lines.contains(&line.as_str()), "{lines:#?}");
    }
}
