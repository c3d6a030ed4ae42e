//! The quotes view (`Q`) and the speaker picker over it (`Tab`) count the
//! same speakers: its title says how many are named (as the picker lists
//! them), how many are roles given instead of a name, and how many quotes
//! no one is given; the picker lists the view's speakers, not the folder's.

mod common;

use byline::app::{App, Layer, LineKind};
use byline::store::Article;
use common::app::{press, screen_text, seeds_app, type_filter};

/// The quotes view's title and speaker headings.
fn view(app: &App) -> (String, Vec<String>) {
    let Layer::Quotes(view) = app.layer() else {
        panic!("the quotes view is not open")
    };
    let lines = view.lines();
    let headings = (lines.lines().iter())
        .filter(|l| l.kind == LineKind::Heading)
        .map(|l| l.text.clone())
        .collect();
    (lines.title().to_owned(), headings)
}

/// The picker's names and details, if it is open.
fn picked(app: &App) -> Vec<(String, String)> {
    let Layer::Picker(picker) = app.layer() else {
        panic!("the speaker picker is not open")
    };
    (picker.matches())
        .map(|(item, _)| (item.name.clone(), item.detail.clone()))
        .collect()
}

#[test]
fn the_quotes_view_counts_the_speakers_the_picker_lists() {
    let mut app = seeds_app(120, 40);
    app.wait_for_stories();
    press(&mut app, "Q");
    let (title, headings) = view(&app);
    assert_eq!(
        title,
        " Quotes in 5 articles · 12 speakers · 3 unnamed sources · 3 quotes unattributed "
    );
    assert_eq!(headings.len(), 16, "12 named, 3 roles, the unattributed");
    press(&mut app, "Tab");
    let names = picked(&app);
    assert_eq!(names.len(), 12, "{names:?}");
    assert!(screen_text(&app).contains("Speakers (12/12)"));
    press(&mut app, "Esc");
    common::app::type_text(&mut app, "lav");
    assert_eq!(view(&app).0, " Quotes in 5 articles · 1 of 12 speakers ");
}

/// With the list filtered, the picker over the view lists the view's
/// speakers with the view's counts, so a pick always narrows to quotes.
#[test]
fn over_a_filtered_list_the_picker_lists_the_views_speakers() {
    let mut app = seeds_app(120, 40);
    app.wait_for_stories();
    type_filter(&mut app, "#haley");
    press(&mut app, "Enter Q");
    let (title, headings) = view(&app);
    press(&mut app, "Tab");
    let names = picked(&app);
    assert!(
        title.contains(&format!(" {} speakers", names.len())),
        "{title:?} vs {names:?}"
    );
    assert!(names.len() < 12, "not the whole folder's: {names:?}");
    for (name, detail) in &names {
        let heading = format!("{name} · {detail}");
        assert!(
            headings.iter().any(|h| h.starts_with(&heading)),
            "{heading:?} not in {headings:?}"
        );
    }
}

/// Typing a name no speaker has says so, rather than leaving the box blank.
#[test]
fn a_name_no_one_has_says_so() {
    let mut app = seeds_app(80, 24);
    app.wait_for_stories();
    press(&mut app, "Q");
    common::app::type_text(&mut app, "zzz");
    let (title, headings) = view(&app);
    assert_eq!(headings, ["No speaker here matches “zzz”"]);
    assert!(title.contains(" 0 of 12 speakers"), "{title:?}");
}

/// Over a list longer than the view reads, its title says it holds the
/// first articles only, of how many.
#[test]
fn over_a_long_list_the_title_says_which_articles_it_reads() {
    let articles = (0..501)
        .map(|n| Article {
            id: format!("{n:03}.txt"),
            path: None,
            title: format!("Harbour notice {n}"),
            date: None,
            author: None,
            url: None,
            paragraphs: vec![format!("\"The ferry leaves at {n} past,\" said Ann Castillo.")],
            lossy: false,
        })
        .collect();
    let mut app = common::app::app_of(articles, 120, 40);
    app.wait_for_stories();
    press(&mut app, "Q");
    let (title, _) = view(&app);
    assert!(
        title.starts_with(" Quotes in the first 500 of 501 articles · "),
        "{title:?}"
    );
}
