//! Story threads and the compare view on the seeds (one story of five),
//! driven by keys through the default keymap.

mod common;

use byline::app::{App, Layer, Pane, Row};
use byline::marks::Store;
use byline::ui::StatusBar;
use common::TempDir;
use common::app::{first_story, in_reader, press, screen_text, seed, seeds_app, threaded, type_filter};
use ratatui::style::Modifier;

/// The list's rows as text: `story 000 (5)`, `  004`, `001`.
fn rows(app: &App) -> Vec<String> {
    (app.rows().iter())
        .map(|r| match r {
            Row::Story { members, .. } => format!("story {} ({})", seed(app, members[0]), members.len()),
            Row::Member(a) => format!("  {}", seed(app, *a)),
            Row::Article(a) => seed(app, *a),
        })
        .collect()
}

#[test]
fn t_groups_the_five_seeds_in_one_story_row_and_back() {
    let mut app = seeds_app(120, 40);
    app.wait_for_stories();
    assert_eq!(app.rows().len(), 5, "threads are off at first");
    press(&mut app, "t");
    assert!(app.threads_on());
    assert_eq!(rows(&app).len(), 1);
    assert!(rows(&app)[0].ends_with("(5)"), "{:?}", rows(&app));
    assert!(
        StatusBar::summary(&app).starts_with(" 5/5"),
        "every article is still listed"
    );
    press(&mut app, "t");
    assert_eq!(rows(&app).len(), 5);
}

#[test]
fn z_expands_the_story_into_its_articles_and_collapses_it_from_inside() {
    let mut app = threaded(120, 40);
    press(&mut app, "z");
    let r = rows(&app);
    assert_eq!(r.len(), 5, "the story's row is its lead's: {r:?}");
    assert!(r[1..].iter().all(|row| row.starts_with("  ")));
    assert_eq!(app.selected(), 0, "the story row stays selected");
    press(&mut app, "j j");
    let on = app.selected_article().unwrap();
    assert_eq!(
        in_reader(&app),
        Some(seed(&app, on)),
        "the reader follows a member row"
    );
    press(&mut app, "z");
    assert_eq!((rows(&app).len(), app.selected()), (1, 0));
}

#[test]
fn the_story_row_counts_its_unread_articles() {
    let mut app = threaded(120, 40);
    let unread = |app: &App| {
        let Row::Story { members, .. } = &app.rows()[0] else {
            panic!("a story row")
        };
        members.iter().filter(|&&m| !app.is_read(m)).count()
    };
    assert_eq!(unread(&app), 5);
    press(&mut app, "z j Enter");
    assert_eq!(unread(&app), 4, "opening one reads it");
    let text = screen_text(&app);
    assert!(
        text.contains(" 4/5 unread  11q│"),
        "at 120 columns, short, the title cut: {text}"
    );
    let mut wide = threaded(200, 40);
    press(&mut wide, "z j Enter");
    let text = screen_text(&wide);
    assert!(text.contains("'all-time low'   4 of 5 unread  11q"), "{text}");
}

#[test]
fn the_filter_matches_inside_stories() {
    let mut app = threaded(120, 40);
    type_filter(&mut app, "#haley");
    assert_eq!(
        rows(&app),
        ["story 004 (2)"],
        "two articles name her, the earlier first"
    );
}

#[test]
fn threads_are_remembered_with_the_position() {
    let dir = TempDir::new("threads");
    let (store, marks, _) = Store::open(dir.path());
    let mut app = threaded(120, 40);
    app.remember(store, marks, "seeds".into());
    app.save_position();
    let (store, marks, _) = Store::open(dir.path());
    let mut again = seeds_app(120, 40);
    again.remember(store, marks, "seeds".into());
    again.wait_for_stories();
    assert!(again.threads_on());
    assert_eq!(again.rows().len(), 1);
}

/// The compare view's lines, if it is open.
fn compare_lines(app: &App) -> Vec<String> {
    let Layer::Compare(view) = app.layer() else {
        panic!("the compare view is not open")
    };
    view.lines().iter().map(|l| l.text.clone()).collect()
}

#[test]
fn c_shows_the_death_toll_the_versions_disagree_on() {
    let mut app = threaded(120, 40);
    press(&mut app, "C");
    let lines = compare_lines(&app);
    let at = lines
        .iter()
        .position(|l| l.trim() == "people killed")
        .expect("a death toll group");
    let values: Vec<&String> = lines[at + 1..]
        .iter()
        .take_while(|l| l.starts_with("   "))
        .collect();
    for n in ["89", "87", "86"] {
        assert!(
            values
                .iter()
                .any(|v| v.contains(&format!("] {n} ")) || v.contains(&format!(" {n} people"))),
            "{n} in {values:#?}"
        );
    }
    assert!(
        values.iter().filter(|v| v.contains('≠')).count() >= 2,
        "{values:#?}"
    );
    let Layer::Compare(view) = app.layer() else {
        unreachable!()
    };
    let killed = &view.lines()[at];
    assert!(killed.marked, "the group is marked as differing");
}

#[test]
fn enter_opens_the_article_at_the_place_and_ctrl_o_comes_back() {
    let mut app = seeds_app(120, 40);
    app.wait_for_stories();
    press(&mut app, "Enter");
    let (before, scroll) = (app.reader().article, app.reader().scroll);
    press(&mut app, "C");
    let lines = compare_lines(&app);
    let at = lines.iter().position(|l| l.trim() == "people killed").unwrap();
    // Down to the toll's second value.
    let Layer::Compare(view) = app.layer() else {
        unreachable!()
    };
    let moves = (view.lines()[..=at + 2]
        .iter()
        .filter(|l| l.place.is_some())
        .count())
        - 1;
    let place = view.lines()[at + 2].place.unwrap();
    for _ in 0..moves {
        press(&mut app, "Down");
    }
    press(&mut app, "Enter");
    assert!(matches!(app.layer(), Layer::Panes));
    assert_eq!(app.focus(), Pane::Reader);
    assert_eq!(app.reader().article, Some(place.article));
    let doc = app.document().unwrap();
    let line = doc.place_line(place.paragraph, place.start);
    let rows = usize::from(app.areas().reader_text().height);
    assert!(
        (app.reader().scroll..app.reader().scroll + rows).contains(&line),
        "the place is on screen"
    );
    assert!(app.is_read(place.article));
    assert!(
        line - app.reader().scroll <= rows / 2,
        "the place is in the pane's upper half"
    );
    // The value itself is marked, and the words around it are not.
    assert_eq!(app.reader().mark, Some(place));
    let paragraph = &app.corpus().body(place.article).paragraphs[place.paragraph];
    let value = &paragraph[place.start..place.end];
    assert!(value.chars().any(|c| c.is_ascii_digit()), "{value:?}");
    let cell = common::app::reader_cell(&app, value);
    assert!(
        cell.modifier.contains(Modifier::UNDERLINED),
        "{value:?} is not marked"
    );
    let after = &paragraph[place.end..];
    let next_word = after.split_whitespace().next().unwrap();
    let (buf, needle) = (common::app::render(&app), format!("{value} {next_word}"));
    let text = common::app::buffer_text(&buf);
    let (y, x) = (text.lines().enumerate())
        .find_map(|(y, l)| Some((y, l[..l.find(&needle)?].chars().count())))
        .expect("the value and the word after it on one line");
    let cell = &buf[((x + value.chars().count() + 1) as u16, y as u16)];
    assert!(
        !cell.modifier.contains(Modifier::UNDERLINED),
        "{next_word:?} is marked"
    );
    press(&mut app, "Ctrl-o");
    assert_eq!((app.reader().article, app.reader().scroll), (before, scroll));
    assert_eq!(app.reader().mark, None, "the mark goes with the article");
}

#[test]
fn c_on_an_article_in_no_story_says_so() {
    let mut app = App::new(common::corpus_of(&[
        "One lone article about nothing much at all.",
    ]));
    app.wait_for_stories();
    press(&mut app, "C");
    assert!(app.message().unwrap().contains("no story"), "{:?}", app.message());
}

#[test]
fn t_says_how_many_stories_once_they_are_grouped() {
    let mut app = seeds_app(120, 40);
    press(&mut app, "t");
    assert_eq!(app.message(), Some("threads on once the stories are grouped"));
    app.wait_for_stories();
    assert_eq!(app.message(), Some("threads on: 1 story"));
}

#[test]
fn c_after_enter_and_back_comes_back_to_the_compare_view_where_it_was() {
    let mut app = seeds_app(120, 40);
    app.wait_for_stories();
    press(&mut app, "C Down Down Down Down Down Down");
    let Layer::Compare(view) = app.layer() else {
        panic!("the compare view is not open")
    };
    let selected = view.selected();
    let place = view.lines()[selected.expect("a place")].place;
    press(&mut app, "Enter");
    assert_eq!(app.reader().article, place.map(|p| p.article));
    press(&mut app, "Ctrl-o C");
    let Layer::Compare(view) = app.layer() else {
        panic!("the compare view is not open again")
    };
    assert_eq!(view.selected(), selected, "where it was left");
    press(&mut app, "Esc C");
    let Layer::Compare(view) = app.layer() else {
        panic!("the compare view is not open")
    };
    assert_ne!(view.selected(), selected, "closed with Esc, it opens afresh");
}

/// The story row's first line as drawn, left of the reader.
fn story_row(app: &App) -> String {
    let text = screen_text(app);
    let row = text.lines().nth(2).expect("the story row");
    row.split('│').next().unwrap_or(row).trim_end().to_owned()
}

#[test]
fn a_narrow_list_shortens_the_story_count_before_the_title() {
    let wide = story_row(&threaded(200, 40));
    assert!(wide.ends_with("'all-time low'   5 of 5 unread  11q"), "{wide:?}");
    let app = threaded(80, 24);
    let narrow = story_row(&app);
    assert!(
        narrow.ends_with(" 5/5 unread"),
        "unread of all, short: {narrow:?}"
    );
    let title = app.corpus().article(app.rows()[0].article()).title.clone();
    let shown = narrow
        .trim_start_matches(['●', ' ', '▸'])
        .split('…')
        .next()
        .unwrap();
    assert!(
        title.starts_with(shown) && shown.chars().count() >= 15,
        "the title keeps 16 columns with its `…`: {narrow:?}"
    );
}

/// A watched folder: a version of a story added while threads are on joins
/// its story row, and the row stays where it was.
#[test]
fn a_version_added_to_a_watched_folder_joins_its_story() {
    use byline::search::spawn_loading;
    use byline::store::LoadOptions;
    use std::time::{Duration, Instant};
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stories");
    let dir = TempDir::new("ui-stories-live");
    let copy = |name: &str| dir.write(name, std::fs::read(fixtures.join(name)).unwrap());
    for name in [
        "courier-flood.txt",
        "wire-flood.txt",
        "derby-match.txt",
        "lonsdale-flood.txt",
        "chipmaker-results.txt",
    ] {
        copy(name);
    }
    let roots = vec![dir.path().to_path_buf()];
    let mut app = App::streaming(spawn_loading(roots.clone(), LoadOptions::default()));
    app.watch_folders(roots, LoadOptions::default());
    common::app::finish_loading(&mut app);
    app.wait_for_stories();
    press(&mut app, "t");
    let story_sizes = |app: &App| -> Vec<usize> {
        (app.rows().iter())
            .filter_map(|r| match r {
                Row::Story { members, .. } => Some(members.len()),
                _ => None,
            })
            .collect()
    };
    assert_eq!(story_sizes(&app), [2]);
    std::thread::sleep(Duration::from_millis(200)); // the watch is set up
    copy("herald-flood.txt");
    let start = Instant::now();
    while !app.drain_changes() {
        assert!(start.elapsed() < Duration::from_secs(5), "no change seen in 5 s");
        std::thread::sleep(Duration::from_millis(20));
    }
    let start = Instant::now();
    while story_sizes(&app) != [3] {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{:?}",
            story_sizes(&app)
        );
        app.poll_stories();
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(app.rows().len(), 4, "the story and the three others");
}

/// Two copies of one article (the BBC set has some): the compare view names
/// each by its id, as their titles are the same, and says they agree
/// rather than listing four empty sections, in a popup no taller than that.
#[test]
fn the_compare_view_of_copies_says_they_agree_and_names_each() {
    use byline::app::update;
    use byline::keys::Action;
    use byline::search::Corpus;
    let copy = |id: &str| byline::store::Article {
        id: id.into(),
        path: None,
        title: "Minister quits over budget row".into(),
        date: None,
        author: None,
        url: None,
        paragraphs: vec![
            "The finance minister resigned on Tuesday after a row over the budget with the prime minister."
                .into(),
            "\"I have no regrets\", she told reporters outside parliament in the capital on Tuesday evening."
                .into(),
            "Her deputy will take over until a new minister is named, the government said in a statement."
                .into(),
        ],
        lossy: false,
    };
    let mut app = App::new(Corpus::from_articles(vec![
        copy("politics/007.txt"),
        copy("politics/120.txt"),
    ]));
    update(
        &mut app,
        Action::Resize {
            width: 120,
            height: 40,
        },
    );
    app.wait_for_stories();
    press(&mut app, "C");
    assert!(matches!(app.layer(), Layer::Compare(_)), "{:?}", app.message());
    let screen = screen_text(&app);
    assert!(
        screen.contains("[1] undated  Minister quits over budget row · politics/007.txt"),
        "{screen}"
    );
    assert!(
        screen.contains("[2] undated  Minister quits over budget row · politics/120.txt"),
        "{screen}"
    );
    assert!(screen.contains("The versions say the same:"), "{screen}");
    assert!(
        screen.contains("no figure, quote or passage differs."),
        "{screen}"
    );
    assert!(!screen.contains("(0)"), "{screen}");
    // As tall as its six lines, not a screen of blank rows.
    let row_of = |corner: char| screen.lines().position(|l| l.contains(corner));
    let (top, bottom) = (row_of('┌').unwrap(), row_of('└').unwrap());
    assert_eq!(bottom - top, 7, "{screen}");
    // On a 60-column screen the sentence is whole, not cut at the border.
    update(
        &mut app,
        Action::Resize {
            width: 60,
            height: 20,
        },
    );
    let screen = screen_text(&app);
    assert!(
        screen.contains("no figure, quote or passage differs."),
        "{screen}"
    );
}

/// `u` on a story's row marks the whole story read, as its `●` counts, and
/// again unread; on one of its articles, expanded, only that one.
#[test]
fn u_on_a_story_row_marks_every_article_of_it() {
    let mut app = threaded(120, 40);
    let members = first_story(&app);
    press(&mut app, "u");
    assert!(members.iter().all(|&a| app.is_read(a)), "all read");
    let status = screen_text(&app).lines().last().unwrap_or_default().to_owned();
    assert!(status.contains("story: 5 articles, all read"), "{status:?}");
    assert!(
        !status.contains("marked"),
        "no message saying it again: {status:?}"
    );
    press(&mut app, "u");
    assert!(members.iter().all(|&a| !app.is_read(a)), "all unread again");
    press(&mut app, "z j j u");
    let read: Vec<bool> = members.iter().map(|&a| app.is_read(a)).collect();
    assert_eq!(read.iter().filter(|&&r| r).count(), 1, "{read:?}");
}

/// With unread only (`U`), `u` takes the story out of the list: then, the
/// status bar no longer counting it, a message says what was marked.
#[test]
fn u_on_a_story_that_leaves_the_unread_list_says_so() {
    let mut app = threaded(120, 40);
    press(&mut app, "U u");
    let status = screen_text(&app).lines().last().unwrap_or_default().to_owned();
    assert!(status.contains("story marked read (5 articles)"), "{status:?}");
}

/// `z` on an article listed alone (here the filter leaves one of the story)
/// says why nothing expands.
#[test]
fn z_on_an_article_alone_says_why_nothing_expands() {
    let mut app = threaded(120, 40);
    type_filter(&mut app, "'butcher");
    press(&mut app, "Enter z");
    assert!(matches!(app.rows(), [Row::Article(_)]), "{:?}", rows(&app));
    let screen = screen_text(&app);
    assert!(
        screen.contains("nothing to expand: no other version of it is listed"),
        "{screen}"
    );
}
