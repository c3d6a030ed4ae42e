//! The fuzzy popup for the speaker picker and the entity index: what was
//! typed, then the matching entities with the matched letters highlighted.

use super::text::{fit, input_view, thousands};
use super::theme::Theme;
use super::{centered, footer, popup_frame};
use crate::app::Picker;
use crate::keys::{Action, Context, Keymap};
use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

pub struct PickerPopup<'a> {
    picker: &'a Picker,
    keymap: &'a Keymap,
    theme: &'a Theme,
    /// Opened over the quotes view: the pick narrows it, `Esc` goes back.
    over_quotes: bool,
}

/// The popup's width, grown (up to `MAX_WIDTH`) so a long name and its
/// detail need not be cut where the screen has the room.
const WIDTH: u16 = 60;
const MAX_WIDTH: u16 = 100;
/// The popup's height: 20 rows, or three quarters of a taller screen, so a
/// long list (BBC has 2,000 speakers) shows more of itself where it can.
const HEIGHT: u16 = 20;
const PROMPT: &str = "> ";

impl<'a> PickerPopup<'a> {
    pub fn new(picker: &'a Picker, keymap: &'a Keymap, theme: &'a Theme) -> PickerPopup<'a> {
        PickerPopup {
            picker,
            keymap,
            theme,
            over_quotes: false,
        }
    }

    /// Says that the pick narrows the quotes view under it.
    pub fn over_quotes(self, over_quotes: bool) -> PickerPopup<'a> {
        PickerPopup { over_quotes, ..self }
    }

    /// Tall enough for every item (so it keeps its size while narrowing).
    fn area(&self, screen: Rect) -> Rect {
        let rows = u16::try_from(self.picker.total() + 3).unwrap_or(u16::MAX);
        // A space before the name, one between, one after the detail, the border.
        let widest = u16::try_from(self.picker.widest() + 5).unwrap_or(u16::MAX);
        let height = HEIGHT.max(screen.height.saturating_mul(3) / 4);
        centered(screen, widest.clamp(WIDTH, MAX_WIDTH), rows.min(height))
    }

    /// Where the terminal cursor goes: in the typed line.
    pub fn cursor(&self, screen: Rect) -> Position {
        let inner = self.area(screen).inner(Margin::new(1, 1));
        let room = usize::from(inner.width).saturating_sub(PROMPT.width());
        let before = PROMPT.width() + input_view(self.picker.input(), room).1;
        let column = before.min(usize::from(inner.width.saturating_sub(1))) as u16;
        Position::new(inner.x + column, inner.y)
    }
}

impl Widget for PickerPopup<'_> {
    fn render(self, screen: Rect, buf: &mut Buffer) {
        let picker = self.picker;
        let th = self.theme;
        let kind = picker.kind();
        let title = format!(
            " {} ({}/{}) ",
            kind.title(),
            thousands(picker.matches().len()),
            thousands(picker.total())
        );
        let (accept, cancel) = if self.over_quotes {
            (": narrow the quotes".to_owned(), " back")
        } else {
            (format!(": filter {}…", kind.sigil()), " close")
        };
        let footer = footer(
            self.keymap,
            Context::Popup,
            &[(&[Action::Accept], "", &accept), (&[Action::Cancel], "", cancel)],
        );
        let inner = popup_frame(self.area(screen), &title, &footer, th, buf);
        let typed = Line::from(vec![
            Span::styled(PROMPT, th.prompt),
            Span::raw(
                input_view(
                    picker.input(),
                    usize::from(inner.width).saturating_sub(PROMPT.width()),
                )
                .0,
            ),
        ]);
        buf.set_line(inner.x, inner.y, &typed, inner.width);
        let rows = Rect {
            y: inner.y + inner.height.min(1),
            height: inner.height.saturating_sub(1),
            ..inner
        };
        let offset = picker.top(usize::from(rows.height));
        let width = usize::from(rows.width);
        for ((index, (item, matched)), y) in picker
            .matches()
            .enumerate()
            .skip(offset)
            .zip(rows.y..rows.bottom())
        {
            let row = Rect { y, height: 1, ..rows };
            if index == picker.selected() {
                buf.set_style(row, th.selected);
            }
            let detail = detail_for(&item.name, &item.detail, width);
            let room = width.saturating_sub(detail.width() + 1);
            let (mut spans, used) = fit(&item.name, matched, Style::new(), th.matched, room);
            spans.insert(0, Span::raw(" "));
            spans.push(Span::raw(" ".repeat(room - used)));
            spans.push(Span::styled(detail, th.detail));
            buf.set_line(row.x, y, &Line::from(spans), row.width);
        }
    }
}

/// The detail shown after a name in `width` columns: whole while the name
/// still fits beside it (or has half the row), else only its last part
/// (`5 articles` of `person · 5 articles`), else nothing: the name matters more.
fn detail_for(name: &str, detail: &str, width: usize) -> String {
    let fits = |d: &str| {
        let room = width.saturating_sub(d.width() + 3);
        room >= name.width().min(width / 2)
    };
    let short = detail.rsplit(" · ").next().unwrap_or(detail);
    [detail, short]
        .into_iter()
        .find(|d| fits(d))
        .map_or(String::new(), |d| format!(" {d} "))
}
