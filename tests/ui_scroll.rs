//! Scrolling the popups' lists (the compare and quotes views, the pickers):
//! the selection moves within the rows on screen and the list scrolls only
//! when it would leave them, as in the article list; scrolled up to, a
//! quote's or figure's heading shows above it.

mod common;

use common::app::{default_theme, press, render, seeds_app};
use ratatui::buffer::Buffer;

/// The popup's rows as text (inside its frame), and the index of the
/// selected one: the row drawn in the selection's background.
fn popup_rows(buf: &Buffer) -> (Vec<String>, Option<usize>) {
    let selected = default_theme().selected.bg;
    let area = buf.area;
    // The frame's top-left corner: the popup's inside starts a row and a column in.
    let (x0, y0) = (area.top()..area.bottom())
        .flat_map(|y| (area.left()..area.right()).map(move |x| (x, y)))
        .find(|&p| buf[p].symbol() == "┌")
        .expect("a popup");
    let (mut rows, mut at) = (Vec::new(), None);
    for y in y0 + 1..area.bottom() {
        if buf[(x0, y)].symbol() == "└" {
            break;
        }
        let row: String = (x0 + 1..area.right())
            .map(|x| buf[(x, y)].symbol())
            .take_while(|s| *s != "│")
            .collect();
        if buf[(x0 + 2, y)].bg == selected.unwrap() {
            at = Some(rows.len());
        }
        rows.push(row.trim_end().to_owned());
    }
    (rows, at)
}

/// Presses each key and draws after it, as the terminal loop does.
fn press_drawn(app: &mut byline::app::App, keys: &str) -> (Vec<String>, Option<usize>) {
    let mut last = popup_rows(&render(app));
    for key in keys.split(' ') {
        press(app, key);
        last = popup_rows(&render(app));
    }
    last
}

#[test]
fn up_in_the_compare_view_moves_the_selection_not_the_list() {
    let mut app = seeds_app(60, 20);
    app.wait_for_stories();
    press(&mut app, "C");
    let (rows, at) = press_drawn(&mut app, "PageDown PageDown");
    let bottom = at.expect("a selection");
    assert_eq!(
        bottom,
        rows.len() - 1,
        "paged down, the selection is on the last row: {rows:#?}"
    );
    let (after, at) = press_drawn(&mut app, "Up");
    assert_eq!(after, rows, "the list stayed where it was");
    assert_eq!(at, Some(bottom - 1), "the selection went up a row");
}

#[test]
fn scrolled_up_to_a_quote_its_heading_shows() {
    let mut app = seeds_app(60, 20);
    app.wait_for_stories();
    press(&mut app, "C");
    // Down until the first quote of the view is off the top, then back up to it.
    let (rows, _) = press_drawn(&mut app, "PageDown PageDown PageDown");
    assert!(!rows.iter().any(|r| r.contains("Quotes attributed")), "{rows:#?}");
    let mut rows = rows;
    for _ in 0..40 {
        if rows.iter().any(|r| r.contains("[1] Rex Tillerson")) {
            break;
        }
        rows = press_drawn(&mut app, "Up").0;
    }
    let (rows, at) = popup_rows(&render(&app));
    let at = at.expect("a selection");
    assert!(rows[at].contains("[1] Rex Tillerson"), "{rows:#?}");
    assert!(
        rows[at - 1].contains("(wording differs)"),
        "the quote above it: {rows:#?}"
    );
    assert!(
        rows[at - 2].starts_with("Quotes attributed"),
        "and its section: {rows:#?}"
    );
}

#[test]
fn up_in_the_entity_index_moves_the_selection_not_the_list() {
    let mut app = seeds_app(80, 24);
    press(&mut app, "i");
    let (rows, at) = press_drawn(&mut app, &["Down"; 30].join(" "));
    assert_eq!(at, Some(rows.len() - 1), "{rows:#?}");
    let (after, up) = press_drawn(&mut app, "Up Up");
    assert_eq!(after, rows, "the list stayed where it was");
    assert_eq!(up, Some(rows.len() - 3));
}

/// `End` and `Home` reach the last and first place of a long view (the
/// seeds' compare view is some seventy lines) at once.
#[test]
fn end_and_home_go_to_the_last_and_first_place() {
    let mut app = seeds_app(80, 24);
    app.wait_for_stories();
    press(&mut app, "C");
    let selected = |app: &byline::app::App| match app.layer() {
        byline::app::Layer::Compare(view) => (view.selected(), view.lines().len()),
        _ => panic!("the compare view is not open"),
    };
    let (first, len) = selected(&app);
    let (rows, at) = press_drawn(&mut app, "End");
    assert_eq!(selected(&app).0, Some(len - 1), "the last passage");
    assert_eq!(at, Some(rows.len() - 1), "{rows:#?}");
    press(&mut app, "Home");
    assert_eq!(selected(&app).0, first);
}
