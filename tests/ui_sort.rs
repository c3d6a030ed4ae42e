//! `O` cycles the list's order (path, date newest first, most quotes); the
//! status bar shows it and it is remembered with the position.

mod common;

use byline::app::App;
use byline::ui::StatusBar;
use common::TempDir;
use common::app::{listed, press, remember_in, seeds_app, type_filter};

fn dates(app: &App) -> Vec<Option<String>> {
    (app.shown().iter())
        .map(|&a| app.corpus().article(a).date.map(|d| d.to_string()))
        .collect()
}

#[test]
fn o_cycles_path_date_quotes() {
    let mut app = seeds_app(120, 40);
    press(&mut app, "O");
    assert!(
        StatusBar::summary(&app).contains("sort: date"),
        "{}",
        StatusBar::summary(&app)
    );
    let d = dates(&app);
    let dated: Vec<&String> = d.iter().flatten().collect();
    assert!(dated.windows(2).all(|w| w[0] >= w[1]), "newest first: {d:?}");
    assert!(
        d.iter().skip_while(|x| x.is_some()).all(Option::is_none),
        "undated last: {d:?}"
    );
    press(&mut app, "O");
    assert!(StatusBar::summary(&app).contains("sort: quotes"));
    let quotes: Vec<usize> = app.shown().iter().map(|&a| app.corpus().quote_count(a)).collect();
    assert!(quotes.windows(2).all(|w| w[0] >= w[1]), "{quotes:?}");
    press(&mut app, "O");
    assert!(!StatusBar::summary(&app).contains("sort:"));
    assert_eq!(listed(&app), ["000", "001", "002", "003", "004"]);
    // The order holds under a filter too.
    press(&mut app, "O O");
    type_filter(&mut app, "@lavrov");
    let quotes: Vec<usize> = app.shown().iter().map(|&a| app.corpus().quote_count(a)).collect();
    assert!(quotes.windows(2).all(|w| w[0] >= w[1]), "{quotes:?}");
}

#[test]
fn the_order_is_remembered() {
    let state = TempDir::new("state-sort");
    let open = |app: &mut App| remember_in(app, state.path());
    let mut app = seeds_app(120, 40);
    open(&mut app);
    press(&mut app, "O");
    let order = listed(&app);
    app.save_position();
    let mut again = seeds_app(120, 40);
    open(&mut again);
    assert!(StatusBar::summary(&again).contains("sort: date"));
    assert_eq!(listed(&again), order);
}

/// In a folder with no dates (plain text, often), `O`'s date order says it
/// changes nothing rather than claiming a newest-first order.
#[test]
fn o_says_so_when_no_article_has_a_date() {
    let article = |id: &str, title: &str| byline::store::Article {
        id: id.into(),
        path: None,
        title: title.into(),
        date: None,
        author: None,
        url: None,
        paragraphs: vec!["Some text.".into()],
        lossy: false,
    };
    let mut app = common::app::app_of(vec![article("a.txt", "One"), article("b.txt", "Two")], 120, 40);
    press(&mut app, "O");
    assert_eq!(
        app.message(),
        Some("sorted by date: no article here has one, so the order is unchanged")
    );
    let mut seeds = seeds_app(120, 40);
    press(&mut seeds, "O");
    assert_eq!(seeds.message(), Some("sorted by date, newest first"));
}
