//! Drawing on small screens: popups keep their borders whole and the
//! too-small message fits however little room there is.

mod common;

use common::app::{press, screen_text, seeds_app};
use insta::assert_snapshot;

/// The screen with the popup `key` opens at 30×8, checked for whole corners.
fn popup_at_30x8(key: &str) -> String {
    let mut app = seeds_app(30, 8);
    press(&mut app, key);
    let text = screen_text(&app);
    let top = text.lines().find(|l| l.contains('┌')).expect("a top border");
    assert!(
        top.trim_start().starts_with("┌") && top.trim_end().ends_with('┐'),
        "{text}"
    );
    let bottom = text
        .lines()
        .rev()
        .find(|l| l.contains('└'))
        .expect("a bottom border");
    assert!(bottom.trim_start().starts_with("└─"), "{text}");
    assert!(bottom.trim_end().ends_with("─┘"), "{text}");
    text
}

#[test]
fn speaker_picker_30x8_keeps_its_corners() {
    assert_snapshot!(popup_at_30x8("s"));
}

#[test]
fn entity_index_30x8_keeps_its_corners() {
    popup_at_30x8("i");
}

#[test]
fn too_small_12x3_says_so_whole() {
    let text = screen_text(&seeds_app(12, 3));
    assert!(text.contains("Too small"), "{text}");
    for line in text.lines() {
        assert!(line.chars().count() <= 12);
    }
    assert_snapshot!(text);
}

#[test]
fn too_small_tiny_sizes_show_what_fits() {
    for (w, h) in [(1, 1), (5, 1), (8, 2), (19, 4)] {
        let text = screen_text(&seeds_app(w, h));
        let words: Vec<&str> = text.split_whitespace().collect();
        // Every word shown is a whole word of the message.
        for word in words {
            assert!(
                [
                    "Terminal", "too", "small", "Too", "(q", "quits)", "q", "quits", "small:"
                ]
                .contains(&word),
                "{w}x{h}: {text:?}"
            );
        }
    }
}

#[test]
fn a_narrow_picker_keeps_the_names_before_the_details() {
    let mut app = seeds_app(24, 6);
    press(&mut app, "i");
    let text = screen_text(&app);
    assert!(text.contains("│ Bashar Assad"), "{text}");
    assert!(text.contains("│ Donald Trump"), "{text}");
}

/// On a narrow screen the help wraps what each key does under itself: read
/// line after line, every description is there whole, none cut at the edge.
#[test]
fn help_at_40_columns_wraps_every_description_whole() {
    use byline::keys::Context;
    let mut app = seeds_app(40, 120);
    press(&mut app, "?");
    let text = screen_text(&app);
    let inside: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix('│')?.strip_suffix('│'))
        .collect();
    assert!(inside.len() > 60, "the whole help shows at 120 rows:\n{text}");
    let flowing = inside.join(" ").split_whitespace().collect::<Vec<_>>().join(" ");
    for context in Context::ALL {
        for binding in app.keymap().bindings(context) {
            let what = binding.action.describe(context);
            assert!(flowing.contains(what), "{what:?} is cut:\n{text}");
        }
    }
}

/// A reader header too narrow for the article's id ends the id in `…`, so a
/// cut id is not taken for a whole one; the share read stays on the right.
#[test]
fn a_cut_id_in_the_reader_header_ends_in_an_ellipsis() {
    let mut app = seeds_app(30, 8);
    press(&mut app, "Tab");
    let text = screen_text(&app);
    let header = text.lines().nth(1).expect("the header");
    assert!(header.starts_with(" Reader · 000_"), "{text}");
    assert!(
        header.contains("… ") && header.trim_end().ends_with('%'),
        "{header:?}"
    );
}

/// A message at the right of a narrow status bar cuts the summary with `…`
/// instead of running into it mid-word.
#[test]
fn a_message_cuts_the_status_summary_with_an_ellipsis() {
    let mut app = seeds_app(60, 20);
    press(&mut app, "Enter e o");
    let text = screen_text(&app);
    let status = text.lines().last().unwrap();
    assert!(status.starts_with(" 5/5 · entity: "), "{status}");
    assert!(status.ends_with("… this article has no URL or file"), "{status}");
    // A message wider than the screen ends in `…` too, after the counts
    // (the summary's head yields last).
    let mut app = seeds_app(20, 20);
    press(&mut app, "o");
    let text = screen_text(&app);
    assert_eq!(text.lines().last().unwrap(), " 5/5 this article h…", "{text}");
}

/// A filter longer than the bar: its end, where the cursor is, shows (the
/// bar used to show its start, with the cursor over other words).
#[test]
fn a_long_filter_shows_its_end_with_the_cursor() {
    let mut app = seeds_app(60, 20);
    press(&mut app, "/");
    common::app::type_text(
        &mut app,
        "russia vetoes the resolution tillerson lavrov moscow trump said",
    );
    let screen = screen_text(&app);
    let top = screen.lines().next().unwrap();
    assert!(
        top.starts_with(" / …") && top.ends_with("moscow trump said"),
        "{top}"
    );
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(60, 20)).unwrap();
    (terminal.draw(|f| byline::ui::draw(f, &app, &common::app::default_theme()))).unwrap();
    let cursor = terminal.get_cursor_position().unwrap();
    assert_eq!(
        (cursor.x, cursor.y),
        (top.chars().count() as u16, 0),
        "just after the text"
    );
}
