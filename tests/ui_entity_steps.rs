//! `n`/`N` step through the focused entity's mentions only (`e`/`E` through
//! all), and `]`/`[` say when they wrap around the list.

mod common;

use byline::app::App;
use common::app::{focus_entity, focused, in_reader, press, seeds_app, type_filter};

/// The entity of the reader's cursor mention.
fn cursor_entity(app: &App) -> Option<String> {
    let a = app.reader().article?;
    let m = app.reader().cursor?;
    let id = app.corpus().body(a).mention_entity(m)?;
    Some(app.entity(id).name.clone())
}

/// The indices of `name`'s mentions in the reader's article.
fn mentions_of(app: &App, name: &str) -> Vec<usize> {
    let a = app.reader().article.unwrap();
    let body = app.corpus().body(a);
    (0..body.analysis.mentions.len())
        .filter(|&m| {
            body.mention_entity(m)
                .is_some_and(|id| app.entity(id).name == name)
        })
        .collect()
}

#[test]
fn n_steps_through_the_focused_entitys_mentions_only() {
    let mut app = seeds_app(120, 40);
    press(&mut app, "Enter");
    focus_entity(&mut app, "Donald Trump");
    let trumps = mentions_of(&app, "Donald Trump");
    assert!(trumps.len() >= 2, "000 names Trump more than once");
    let start = trumps
        .iter()
        .position(|&m| Some(m) == app.reader().cursor)
        .unwrap();
    for k in 1..=trumps.len() {
        press(&mut app, "n");
        assert_eq!(cursor_entity(&app).as_deref(), Some("Donald Trump"));
        assert_eq!(app.reader().cursor, Some(trumps[(start + k) % trumps.len()]));
    }
    press(&mut app, "N");
    let before = (start + trumps.len() - 1) % trumps.len();
    assert_eq!(app.reader().cursor, Some(trumps[before]));
    // `e` still goes through every mention.
    press(&mut app, "e");
    assert_ne!(cursor_entity(&app).as_deref(), Some("Donald Trump"));
}

#[test]
fn n_without_a_focus_or_a_mention_says_so() {
    let mut app = seeds_app(120, 40);
    press(&mut app, "Enter n");
    assert_eq!(
        app.message(),
        Some("no entity focused: press e to pick one in the article")
    );
    type_filter(&mut app, "#cnn");
    press(&mut app, "Enter");
    assert_eq!(focused(&app).as_deref(), Some("CNN"));
    press(&mut app, "/ Esc j Enter n");
    assert_eq!(in_reader(&app).as_deref(), Some("001"));
    assert_eq!(app.message(), Some("CNN is not named in this article"));
}

#[test]
fn brackets_say_when_they_wrap_around_the_list() {
    let mut app = seeds_app(120, 40);
    press(&mut app, "Enter");
    focus_entity(&mut app, "Nikki Haley");
    press(&mut app, "]");
    assert_eq!((in_reader(&app).as_deref(), app.message()), (Some("004"), None));
    press(&mut app, "]");
    assert_eq!(in_reader(&app).as_deref(), Some("000"));
    assert_eq!(app.message(), Some("wrapped around to the top of the list"));
    press(&mut app, "[");
    assert_eq!(in_reader(&app).as_deref(), Some("004"));
    assert_eq!(app.message(), Some("wrapped around to the bottom of the list"));
}
