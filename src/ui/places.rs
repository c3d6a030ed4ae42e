//! The popup of the compare view (`C`) and the quotes view (`Q`, under
//! what was typed): headings, groups and the places under them, the marked
//! ones (a differing figure, speaker or wording) highlighted, the selected
//! place in the selection colour.

use super::text::{fit, input_view};
use super::theme::Theme;
use super::{centered, footer, popup_frame};
use crate::app::{LineEdit, LineKind, PlaceLines};
use crate::keys::{Action, Context, Keymap};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

pub struct PlacesPopup<'a> {
    view: &'a PlaceLines,
    /// What was typed (the quotes view), on the first line.
    input: Option<&'a LineEdit>,
    keymap: &'a Keymap,
    theme: &'a Theme,
}

const PROMPT: &str = "speaker> ";

impl<'a> PlacesPopup<'a> {
    pub fn new(
        view: &'a PlaceLines,
        input: Option<&'a LineEdit>,
        keymap: &'a Keymap,
        theme: &'a Theme,
    ) -> PlacesPopup<'a> {
        PlacesPopup {
            view,
            input,
            keymap,
            theme,
        }
    }

    /// The whole width between the filter bar and the status bar (a margin
    /// left a sliver of the panes showing at its edges, words cut to a
    /// letter); the compare view no taller than its lines (copies' view is
    /// a few), the quotes view the same height however typing narrows it.
    fn area(&self, screen: Rect) -> Rect {
        let full = screen.height.saturating_sub(2);
        let height = match self.input {
            Some(_) => full,
            None => u16::try_from(self.view.lines().len() + 2).map_or(full, |h| h.min(full)),
        };
        centered(screen, screen.width, height)
    }

    /// The key hints, the longest wording that fits in `room` columns: a
    /// narrow popup says `Enter open` for `Enter: open there`, then leaves
    /// out moving (the arrows say it), then the speaker picker, so `Enter`
    /// and `Esc` show as long as they fit at all.
    fn footer(&self, room: usize) -> String {
        let quotes = self.input.is_some();
        // An empty wording leaves its key out.
        let wordings: [(&str, &str, &str); 4] = [
            (" move", ": open there", ": pick a speaker"),
            (" move", " open", " speakers"),
            ("", " open", " speakers"),
            ("", " open", ""),
        ];
        let mut longest = String::new();
        for (moving, open, pick) in wordings {
            let mut parts: Vec<(&[Action], &str, &str)> = Vec::new();
            if !moving.is_empty() {
                parts.push((&[Action::Up, Action::Down], "", moving));
            }
            parts.push((&[Action::Accept], "", open));
            if quotes && !pick.is_empty() {
                parts.push((&[Action::SpeakerPicker], "", pick));
            }
            parts.push((&[Action::Cancel], "", " close"));
            longest = footer(self.keymap, Context::Popup, &parts);
            if longest.width() <= room {
                break;
            }
        }
        longest
    }

    /// Where the terminal cursor goes: in the typed line, if there is one.
    pub fn cursor(&self, screen: Rect) -> Option<Position> {
        let inner = self.area(screen).inner(ratatui::layout::Margin::new(1, 1));
        let room = usize::from(inner.width).saturating_sub(PROMPT.width());
        let before = PROMPT.width() + input_view(self.input?, room).1;
        let column = before.min(usize::from(inner.width.saturating_sub(1))) as u16;
        Some(Position::new(inner.x + column, inner.y))
    }
}

impl Widget for PlacesPopup<'_> {
    fn render(self, screen: Rect, buf: &mut Buffer) {
        let th = self.theme;
        let view = self.view;
        let area = self.area(screen);
        let footer = self.footer(usize::from(area.width.saturating_sub(4)));
        let mut inner = popup_frame(area, view.title(), &footer, th, buf);
        if let Some(input) = self.input {
            let (shown, _) = input_view(input, usize::from(inner.width).saturating_sub(PROMPT.width()));
            let typed = Line::from(vec![Span::styled(PROMPT, th.prompt), Span::raw(shown)]);
            buf.set_line(inner.x, inner.y, &typed, inner.width);
            inner.y += inner.height.min(1);
            inner.height = inner.height.saturating_sub(1);
        }
        let width = usize::from(inner.width);
        let (pinned, offset) = view.window(usize::from(inner.height));
        if let Some(heading) = pinned {
            let text = &view.lines()[heading].text;
            let spans = fit_keeping_tail(text, "", th.bold, width);
            buf.set_line(inner.x, inner.y, &Line::from(spans), inner.width);
            inner.y += 1;
            inner.height -= 1;
        }
        for ((index, line), y) in view
            .lines()
            .iter()
            .enumerate()
            .skip(offset)
            .zip(inner.y..inner.bottom())
        {
            let style = match line.kind {
                LineKind::Heading => th.bold,
                LineKind::Group if line.marked => th.title,
                LineKind::Group => Style::new(),
                LineKind::Item if line.marked => th.matched,
                LineKind::Item => Style::new(),
            };
            let short = (line.short_tail.as_deref()).filter(|_| line.text.width() > width);
            let spans = match short {
                Some(short) => fit_keeping_tail(&line.text[..line.tail], short, style, width),
                None => {
                    let (head, tail) = line.text.split_at(line.tail.min(line.text.len()));
                    fit_keeping_tail(head, tail, style, width)
                }
            };
            let row = Rect {
                y,
                height: 1,
                ..inner
            };
            buf.set_line(row.x, y, &Line::from(spans), row.width);
            if Some(index) == view.selected() {
                buf.set_style(row, th.selected);
            }
        }
    }
}

/// `head` and `tail` cut to `width` columns, the tail (flags, changed
/// words, an id) kept whole while the head keeps a third of the width: the
/// head is cut instead, with its `…`.
fn fit_keeping_tail<'a>(head: &'a str, tail: &'a str, style: Style, width: usize) -> Vec<Span<'a>> {
    let head_room = width
        .saturating_sub(tail.width())
        .max(head.width().min(width / 3));
    let (mut spans, used) = fit(head, &[], style, style, head_room);
    spans.extend(fit(tail, &[], style, style, width - used).0);
    spans
}
