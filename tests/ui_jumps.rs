//! The entity cursor and the jumps on the seed articles, driven by key presses
//! through the default keymap: `e`/`E` through the mentions, `[`/`]` to the other
//! articles naming the entity, and back along the jumps.

mod common;

use byline::app::{App, Pane};
use byline::ui::StatusBar;
use common::app::{
    article, cursor_on_screen, focus_entity, focused, in_reader, listed, press, seeds_app, type_filter,
    type_text,
};

/// The index in the reader's article of the first mention of `name`.
fn first_mention_of(app: &App, name: &str) -> usize {
    let a = app.reader().article.unwrap();
    let body = app.corpus().body(a);
    (0..body.analysis.mentions.len())
        .find(|&m| {
            body.mention_entity(m)
                .is_some_and(|id| app.entity(id).name == name)
        })
        .expect("a mention")
}

#[test]
fn e_and_shift_e_step_the_entity_cursor_through_mentions() {
    let mut app = seeds_app(120, 40);
    press(&mut app, "Enter e");
    assert_eq!(app.reader().cursor, Some(0));
    assert_eq!(focused(&app).as_deref(), Some("United States"));
    press(&mut app, "e");
    assert_eq!(app.reader().cursor, Some(1));
    assert_eq!(focused(&app).as_deref(), Some("Rex Tillerson"));
    assert!(StatusBar::summary(&app).contains("entity: Rex Tillerson (5 articles)"));
    press(&mut app, "E E");
    let last = app
        .corpus()
        .body(app.reader().article.unwrap())
        .analysis
        .mentions
        .len()
        - 1;
    assert_eq!(app.reader().cursor, Some(last), "wraps around backwards");
    assert!(cursor_on_screen(&app), "scrolled to the last mention");
    press(&mut app, "e");
    assert_eq!(app.reader().cursor, Some(0));
    assert!(cursor_on_screen(&app));
}

#[test]
fn e_from_the_list_focuses_the_reader() {
    let mut app = seeds_app(120, 40);
    press(&mut app, "j e");
    assert_eq!(app.focus(), Pane::Reader);
    assert_eq!(in_reader(&app).as_deref(), Some("001"));
    assert_eq!(app.reader().cursor, Some(0));
}

#[test]
fn brackets_open_the_next_article_naming_the_entity_at_its_first_mention() {
    let mut app = seeds_app(120, 40);
    press(&mut app, "Enter");
    focus_entity(&mut app, "Nikki Haley");
    press(&mut app, "]");
    assert_eq!(in_reader(&app).as_deref(), Some("004"));
    assert_eq!(app.reader().cursor, Some(first_mention_of(&app, "Nikki Haley")));
    assert!(cursor_on_screen(&app));
    assert_eq!(
        focused(&app).as_deref(),
        Some("Nikki Haley"),
        "the entity stays focused"
    );
    assert_eq!(app.selected(), 4, "the list follows");
    assert!(app.is_read(article(&app, "004")));
    press(&mut app, "]");
    assert_eq!(in_reader(&app).as_deref(), Some("000"), "wraps around the list");
    assert_eq!(app.reader().cursor, Some(first_mention_of(&app, "Nikki Haley")));
    press(&mut app, "[");
    assert_eq!(in_reader(&app).as_deref(), Some("004"));
    press(&mut app, "[");
    assert_eq!(in_reader(&app).as_deref(), Some("000"));
}

#[test]
fn brackets_follow_the_current_list_order() {
    let mut app = seeds_app(120, 40);
    type_filter(&mut app, "#putin");
    press(&mut app, "Enter");
    assert_eq!(listed(&app), ["000", "002", "004"]);
    press(&mut app, "Enter");
    focus_entity(&mut app, "Vladimir Putin");
    press(&mut app, "]");
    assert_eq!(in_reader(&app).as_deref(), Some("002"));
    assert_eq!(
        app.reader().cursor,
        Some(first_mention_of(&app, "Vladimir Putin"))
    );
    press(&mut app, "/ Ctrl-u");
    type_text(&mut app, "^trump");
    press(&mut app, "Enter");
    assert_eq!(listed(&app), ["002"], "only 002's title starts with Trump");
    press(&mut app, "]");
    assert_eq!(
        in_reader(&app).as_deref(),
        Some("002"),
        "nothing else listed names Putin"
    );
    assert_eq!(app.message(), Some("no other article names Vladimir Putin"));
}

#[test]
fn brackets_say_so_when_no_other_article_names_the_entity() {
    let mut app = seeds_app(120, 40);
    press(&mut app, "]");
    assert_eq!(
        app.message(),
        Some("no entity focused: press e to pick one in the article")
    );
    press(&mut app, "Enter");
    focus_entity(&mut app, "CNN");
    let cursor = app.reader().cursor;
    press(&mut app, "]");
    assert_eq!(app.message(), Some("no other article names CNN"));
    assert_eq!(
        (in_reader(&app).as_deref(), app.reader().cursor),
        (Some("000"), cursor)
    );
    press(&mut app, "j");
    assert_eq!(app.message(), None, "messages last until the next key");
}

#[test]
fn ctrl_o_and_backspace_go_back_along_the_jumps() {
    let mut app = seeds_app(120, 40);
    press(&mut app, "Enter");
    focus_entity(&mut app, "Nikki Haley");
    let before = *app.reader();
    assert!(before.scroll > 0, "Haley is far enough down to scroll");
    press(&mut app, "] ]");
    assert_eq!(in_reader(&app).as_deref(), Some("000"));
    press(&mut app, "Ctrl-o");
    assert_eq!(in_reader(&app).as_deref(), Some("004"));
    press(&mut app, "Backspace");
    let after = app.reader();
    assert_eq!(
        (after.article, after.scroll, after.cursor),
        (before.article, before.scroll, before.cursor)
    );
    assert_eq!(focused(&app).as_deref(), Some("Nikki Haley"));
    assert_eq!(app.selected(), 0);
    press(&mut app, "Ctrl-o");
    assert_eq!(app.message(), Some("nothing to go back to"));
}

#[test]
fn opening_another_article_from_the_list_is_a_jump_too() {
    let mut app = seeds_app(120, 40);
    press(&mut app, "Enter Space Esc j j Enter");
    assert_eq!(in_reader(&app).as_deref(), Some("002"));
    press(&mut app, "Ctrl-o");
    assert_eq!(in_reader(&app).as_deref(), Some("000"));
    assert!(app.reader().scroll > 0, "back where it was left");
}

#[test]
fn ctrl_o_comes_back_from_a_bracket_jump_made_from_the_list() {
    let mut app = seeds_app(120, 40);
    type_filter(&mut app, "@lav");
    press(&mut app, "Enter");
    assert_eq!(app.focus(), Pane::List, "the article is only previewed");
    let from = in_reader(&app);
    assert_eq!(from.as_deref(), Some("001"));
    press(&mut app, "]");
    assert_eq!(in_reader(&app).as_deref(), Some("002"));
    press(&mut app, "Ctrl-o");
    assert_eq!(app.message(), None, "the place jumped from is in the history");
    assert_eq!(in_reader(&app), from);
}
