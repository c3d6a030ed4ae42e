//! What a query change does besides narrowing the list: a `#`/`@` term
//! focuses its entity (also after a restart), the selection goes to the best
//! match, a pick from a popup takes the place of its kind's term, and the
//! reader says when its article is not listed.

mod common;

use byline::app::{App, Pane};
use byline::ui::StatusBar;
use common::TempDir;
use common::app::{focused, in_reader, listed, press, remember_in, seeds_app, type_filter, type_text};

#[test]
fn a_hash_term_focuses_its_entity_so_brackets_work() {
    let mut app = seeds_app(120, 40);
    type_filter(&mut app, "#haley");
    press(&mut app, "Enter");
    assert_eq!(focused(&app).as_deref(), Some("Nikki Haley"));
    press(&mut app, "Enter ]");
    assert_eq!(app.message(), None);
    assert_eq!(in_reader(&app).as_deref(), Some("004"));
}

#[test]
fn an_at_term_focuses_the_speaker() {
    let mut app = seeds_app(120, 40);
    type_filter(&mut app, "@lavrov");
    assert_eq!(focused(&app).as_deref(), Some("Sergei Lavrov"));
    // A negated term names no one to follow.
    let mut app = seeds_app(120, 40);
    type_filter(&mut app, "!@lavrov");
    assert_eq!(focused(&app), None);
}

/// A name typed on past every speaker's (`@lavx`) drops the focus its start
/// (`@lav`) gave: the status bar does not name Lavrov beside an empty list.
#[test]
fn a_name_that_names_no_one_drops_the_focus_its_start_gave() {
    let mut app = seeds_app(120, 40);
    type_filter(&mut app, "@lav");
    assert_eq!(focused(&app).as_deref(), Some("Sergei Lavrov"));
    type_text(&mut app, "qqq");
    assert!(listed(&app).is_empty());
    assert_eq!(focused(&app), None);
    // Back to a name that names him, the focus comes back.
    press(&mut app, "Backspace Backspace Backspace");
    assert_eq!(focused(&app).as_deref(), Some("Sergei Lavrov"));
}

#[test]
fn the_focus_comes_back_with_the_filter_after_a_restart() {
    let state = TempDir::new("state-focus");
    let open = |app: &mut App| remember_in(app, state.path());
    let mut app = seeds_app(120, 40);
    open(&mut app);
    type_filter(&mut app, "#haley");
    press(&mut app, "Enter");
    app.save_position();
    let mut again = seeds_app(120, 40);
    open(&mut again);
    assert_eq!(again.filter().text(), "#haley");
    assert_eq!(focused(&again).as_deref(), Some("Nikki Haley"));
}

#[test]
fn a_changed_query_selects_the_best_match_and_scrolls_to_it() {
    let mut app = seeds_app(120, 6);
    press(&mut app, "G");
    assert_eq!(app.selected(), 4);
    type_filter(&mut app, "'said");
    assert_eq!((app.selected(), app.list_offset()), (0, 0));
    assert_eq!(in_reader(&app), Some(listed(&app)[0].clone()));
    press(&mut app, "Enter Enter");
    assert_eq!(in_reader(&app), Some(listed(&app)[0].clone()));
}

#[test]
fn a_pick_replaces_its_kind_of_term_and_keeps_or_groups() {
    let mut app = seeds_app(120, 40);
    type_filter(&mut app, r"'prime\ minister @haley | @rycroft ^Russia");
    press(&mut app, "Enter s");
    type_text(&mut app, "lavr");
    press(&mut app, "Enter");
    assert_eq!(app.filter().text(), r"'prime\ minister @sergei_lavrov ^Russia");
    // A group mixing kinds is kept whole; the pick is added.
    let mut app = seeds_app(120, 40);
    type_filter(&mut app, "#haley | 'veto");
    press(&mut app, "Enter i");
    type_text(&mut app, "putin");
    press(&mut app, "Enter");
    assert_eq!(app.filter().text(), "#haley | 'veto #vladimir_putin");
    // Two entity terms become the one picked; negated ones stay.
    let mut app = seeds_app(120, 40);
    type_filter(&mut app, "#haley !#cnn #putin");
    press(&mut app, "Enter i");
    type_text(&mut app, "lavr");
    press(&mut app, "Enter");
    assert_eq!(app.filter().text(), "#sergei_lavrov !#cnn");
}

#[test]
fn the_status_bar_says_when_the_open_article_is_not_listed() {
    let mut app = seeds_app(120, 40);
    press(&mut app, "Enter");
    assert_eq!(app.focus(), Pane::Reader);
    type_filter(&mut app, "zzqqxx");
    assert!(app.shown().is_empty());
    assert!(
        StatusBar::summary(&app).contains("not in the list"),
        "{}",
        StatusBar::summary(&app)
    );
    press(&mut app, "Ctrl-u");
    assert!(!StatusBar::summary(&app).contains("not in the list"));
}

#[test]
fn the_entity_pickers_count_is_what_its_term_lists() {
    let app = seeds_app(120, 40);
    let entities = app.corpus().entities().entities().len();
    for id in 0..entities as u32 {
        let term = app.filter_term('#', id);
        let mut filtered = seeds_app(120, 40);
        type_filter(&mut filtered, &term);
        let articles = app.entity(id).articles.len();
        assert_eq!(filtered.shown().len(), articles, "{term}");
    }
    let picker = byline::app::Picker::entities(app.corpus());
    let (item, _) = picker.matches().next().unwrap();
    assert!(
        item.detail
            .ends_with(&format!("{} articles", app.entity(item.id).articles.len()))
    );
    let speakers = byline::app::Picker::speakers(app.corpus());
    let (item, _) = speakers.matches().next().unwrap();
    assert!(item.detail.ends_with(" quotes"), "{}", item.detail);
}

/// A `@`/`#` name that starts no name word lists the names its letters
/// run through (`@tlrsn`: Rex Tillerson); the status bar says that no one
/// has the name and whom the list holds instead, so another person's
/// articles are not taken for the name's. A name that is found says nothing.
#[test]
fn a_name_found_only_fuzzily_says_so_in_the_status_bar() {
    let mut app = seeds_app(120, 40);
    type_filter(&mut app, "@tlrsn");
    press(&mut app, "Enter");
    let summary = StatusBar::summary(&app);
    assert!(
        summary.contains("no speaker named tlrsn; closest: Rex Tillerson"),
        "{summary}"
    );
    let mut app = seeds_app(120, 40);
    type_filter(&mut app, "#tlrsn");
    let summary = StatusBar::summary(&app);
    assert!(
        summary.contains("nothing named tlrsn; closest: Rex Tillerson"),
        "{summary}"
    );
    let mut app = seeds_app(120, 40);
    type_filter(&mut app, "@tillerson");
    assert_eq!(app.closest_note(), None, "{}", StatusBar::summary(&app));
    assert!(!listed(&app).is_empty());
}
