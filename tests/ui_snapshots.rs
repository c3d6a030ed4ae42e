//! The whole screen as a person sees it, at the sizes that matter, as insta
//! snapshots of the rendered text; and the styles text cannot show.

mod common;

use byline::app::update;
use byline::keys::Action;
use common::app::{
    buffer_text, focus_entity, press, reader_cell, render, screen_text, seeds_app, type_filter, type_text,
};
use insta::assert_snapshot;
use ratatui::style::{Color, Modifier};

#[test]
fn start_120x40() {
    assert_snapshot!(screen_text(&seeds_app(120, 40)));
}

#[test]
fn start_80x24() {
    assert_snapshot!(screen_text(&seeds_app(80, 24)));
}

#[test]
fn start_40x12_shows_the_list_alone() {
    assert_snapshot!(screen_text(&seeds_app(40, 12)));
}

#[test]
fn reader_40x12_after_tab() {
    let mut app = seeds_app(40, 12);
    press(&mut app, "Tab");
    assert_snapshot!(screen_text(&app));
}

#[test]
fn filtered_by_speaker_120x40() {
    let mut app = seeds_app(120, 40);
    type_filter(&mut app, "@lavrov");
    assert_snapshot!(screen_text(&app));
}

#[test]
fn title_filter_80x24() {
    let mut app = seeds_app(80, 24);
    type_filter(&mut app, "trump says");
    press(&mut app, "Enter");
    assert_snapshot!(screen_text(&app));
}

#[test]
fn entity_cursor_after_a_jump_80x24() {
    let mut app = seeds_app(80, 24);
    press(&mut app, "Enter");
    focus_entity(&mut app, "Nikki Haley");
    press(&mut app, "]");
    assert_snapshot!(screen_text(&app));
}

#[test]
fn speaker_picker_80x24() {
    let mut app = seeds_app(80, 24);
    press(&mut app, "s");
    type_text(&mut app, "la");
    assert_snapshot!(screen_text(&app));
}

#[test]
fn entity_index_120x40() {
    let mut app = seeds_app(120, 40);
    press(&mut app, "i");
    assert_snapshot!(screen_text(&app));
}

#[test]
fn help_120x40() {
    let mut app = seeds_app(120, 40);
    press(&mut app, "?");
    assert_snapshot!(screen_text(&app));
}

#[test]
fn help_80x24_scrolled() {
    let mut app = seeds_app(80, 24);
    press(&mut app, "? Space");
    assert_snapshot!(screen_text(&app));
}

#[test]
fn message_in_the_status_bar_80x24() {
    let mut app = seeds_app(80, 24);
    press(&mut app, "]");
    assert_snapshot!(screen_text(&app));
}

#[test]
fn tiny_20x5() {
    let mut app = seeds_app(20, 5);
    assert_snapshot!(screen_text(&app));
    press(&mut app, "Enter e ] ? Esc s Esc");
    render(&app);
}

#[test]
fn too_small_19x4() {
    assert_snapshot!(screen_text(&seeds_app(19, 4)));
}

/// Every size from 1×1 up, in every mode, draws without panicking.
#[test]
fn no_size_panics() {
    let mut app = seeds_app(120, 40);
    press(&mut app, "Enter");
    for keys in ["e", "?", "Esc s", "Esc i", "Esc /", "Esc"] {
        press(&mut app, keys);
        for (width, height) in [
            (1, 1),
            (2, 1),
            (1, 3),
            (10, 2),
            (19, 5),
            (20, 4),
            (20, 5),
            (21, 6),
            (79, 3),
            (80, 5),
            (500, 200),
        ] {
            update(&mut app, Action::Resize { width, height });
            let text = buffer_text(&render(&app));
            assert_eq!(text.lines().count(), usize::from(height));
        }
    }
}

#[test]
fn a_speaker_label_is_dim_and_only_where_the_text_names_nobody_nearby() {
    let mut app = seeds_app(120, 40);
    for key in ["j", "j", "j", "Enter"] {
        press(&mut app, key);
    }
    // `"Definitely, 100% for us, it's fabrication", he said`: only a pronoun.
    assert_eq!(reader_cell(&app, "— Assad").fg, Color::DarkGray);
    // `the Kremlin spokesman said: "No, it can't…"` names the role already.
    let text = buffer_text(&render(&app));
    assert!(
        text.contains("No, it can't") && !text.contains("— Kremlin"),
        "{text}"
    );
}

#[test]
fn mentions_quotes_speakers_and_the_cursor_are_styled() {
    let mut app = seeds_app(120, 40);
    press(&mut app, "Enter");
    assert_eq!(
        reader_cell(&app, "Rex Tillerson").fg,
        Color::LightCyan,
        "a person"
    );
    assert!(
        reader_cell(&app, "\"The world's")
            .modifier
            .contains(Modifier::ITALIC)
    );
    assert_eq!(
        reader_cell(&app, "Moscow, where").fg,
        Color::LightGreen,
        "a place"
    );
    assert_eq!(
        reader_cell(&app, "CNN that").fg,
        Color::LightMagenta,
        "an organization"
    );
    press(&mut app, "e e");
    assert!(
        reader_cell(&app, "Rex Tillerson")
            .modifier
            .contains(Modifier::REVERSED)
    );
    assert!(
        !reader_cell(&app, "Moscow, where")
            .modifier
            .contains(Modifier::REVERSED)
    );
}

#[test]
fn the_filter_speakers_quotes_are_emphasised() {
    let mut app = seeds_app(120, 40);
    type_filter(&mut app, "@tillerson");
    press(&mut app, "Enter g Enter");
    assert!(
        reader_cell(&app, "\"The world's")
            .modifier
            .contains(Modifier::UNDERLINED)
    );
    press(&mut app, "/ Ctrl-u");
    type_text(&mut app, "@trump");
    press(&mut app, "Enter");
    assert!(
        !reader_cell(&app, "\"The world's")
            .modifier
            .contains(Modifier::UNDERLINED)
    );
}

#[test]
fn matched_title_characters_are_highlighted() {
    let mut app = seeds_app(120, 40);
    type_filter(&mut app, "vetoes");
    let buf = render(&app);
    let text = buffer_text(&buf);
    let (row, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("Russia vetoes"))
        .unwrap();
    let x = line[..line.find("vetoes").unwrap()].chars().count() as u16;
    let underlined = |x: u16| buf[(x, row as u16)].modifier.contains(Modifier::UNDERLINED);
    assert!((x..x + 6).all(underlined), "vetoes");
    assert!(!underlined(x - 2), "the a of Russia");
}

#[test]
fn story_threads_expanded_120x40() {
    let mut app = seeds_app(120, 40);
    app.wait_for_stories();
    press(&mut app, "t z j Enter Tab");
    assert_snapshot!(screen_text(&app));
}

#[test]
fn compare_view_120x40() {
    let mut app = seeds_app(120, 40);
    app.wait_for_stories();
    press(&mut app, "C");
    assert_snapshot!(screen_text(&app));
}

/// Narrower: the titles and quotes are cut, not a quote's `(wording
/// differs)`; a version's id shortens to the start that names it alone
/// (`004…`: copies share titles), so its title keeps the room.
#[test]
fn compare_view_80x24_keeps_ids_and_flags() {
    let mut app = seeds_app(80, 24);
    app.wait_for_stories();
    press(&mut app, "C");
    press(&mut app, "PageDown");
    assert_snapshot!(screen_text(&app));
}

/// Scrolled inside a section, its heading stays on the top row (here
/// `Quotes only some versions carry`, 45 places down).
#[test]
fn compare_view_80x24_pins_the_sections_heading() {
    let mut app = seeds_app(80, 24);
    app.wait_for_stories();
    press(&mut app, "C");
    for _ in 0..45 {
        press(&mut app, "Down");
    }
    assert_snapshot!(screen_text(&app));
}

/// At 60 columns the keys still show, in fewer words (`Enter open`), and
/// the versions' titles are not cut to a few letters for their ids.
#[test]
fn compare_view_60x24_keeps_its_keys_and_titles() {
    let mut app = seeds_app(60, 24);
    app.wait_for_stories();
    press(&mut app, "C");
    assert_snapshot!(screen_text(&app));
}

#[test]
fn quotes_view_60x24_keeps_its_keys() {
    let mut app = seeds_app(60, 24);
    app.wait_for_stories();
    press(&mut app, "Q");
    assert_snapshot!(screen_text(&app));
}

#[test]
fn quotes_view_120x40() {
    let mut app = seeds_app(120, 40);
    app.wait_for_stories();
    press(&mut app, "Q");
    type_text(&mut app, "lav");
    assert_snapshot!(screen_text(&app));
}

/// A quote repeated with other words, in a view too narrow for it: the
/// quote is cut, its count and `wording differs` and the changed words are not.
#[test]
fn quotes_view_80x24_keeps_the_flags_of_a_long_quote() {
    let mut app = seeds_app(80, 24);
    app.wait_for_stories();
    press(&mut app, "Q");
    type_text(&mut app, "@rex");
    assert_snapshot!(screen_text(&app));
}
