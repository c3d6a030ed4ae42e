//! The popup of the compare view (`C`): headings, groups and the places
//! under them, the marked ones (a differing figure, speaker or wording)
//! highlighted, the selected place in the selection colour.

use super::text::fit;
use super::theme::Theme;
use super::{centered, popup_frame};
use crate::app::{LineKind, PlaceLines};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

pub struct PlacesPopup<'a> {
    view: &'a PlaceLines,
    theme: &'a Theme,
}

impl<'a> PlacesPopup<'a> {
    pub fn new(view: &'a PlaceLines, theme: &'a Theme) -> PlacesPopup<'a> {
        PlacesPopup { view, theme }
    }
}

impl Widget for PlacesPopup<'_> {
    fn render(self, screen: Rect, buf: &mut Buffer) {
        let th = self.theme;
        let view = self.view;
        let area = centered(screen, screen.width.saturating_sub(4), screen.height.saturating_sub(2));
        let footer = " ↑↓ move · Enter: open there · Esc close ";
        let inner = popup_frame(area, view.title(), footer, th, buf);
        let rows = usize::from(inner.height);
        // The selection stays on screen; headings above the first place show.
        let offset = view.selected().map_or(0, |s| s.saturating_sub(rows.saturating_sub(1)));
        let width = usize::from(inner.width);
        for ((index, line), y) in view.lines().iter().enumerate().skip(offset).zip(inner.y..inner.bottom()) {
            let style = match line.kind {
                LineKind::Heading => th.bold,
                LineKind::Group if line.marked => th.title,
                LineKind::Group => Style::new(),
                LineKind::Item if line.marked => th.matched,
                LineKind::Item => Style::new(),
            };
            let (spans, _) = fit(&line.text, &[], style, style, width);
            let row = Rect { y, height: 1, ..inner };
            buf.set_line(row.x, y, &ratatui::text::Line::from(spans), row.width);
            if Some(index) == view.selected() {
                buf.set_style(row, th.selected);
            }
        }
    }
}
