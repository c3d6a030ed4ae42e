//! The article list: a row per article with the unread marker, the title
//! (the filter's matches highlighted), the date and the number of quotes.

use super::text::fit;
use super::{header, theme};
use crate::app::{App, Pane};
use crate::search::title_match_indices;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub struct ListPane<'a> {
    app: &'a App,
}

impl<'a> ListPane<'a> {
    pub fn new(app: &'a App) -> ListPane<'a> {
        ListPane { app }
    }
}

/// Columns for ` 2017-04-12`.
const DATE_COLS: usize = 11;

impl Widget for ListPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let focused = app.focus() == Pane::List;
        let head = header(area);
        let style = if focused {
            theme::HEADER_FOCUSED
        } else {
            theme::HEADER
        };
        buf.set_style(head, style);
        buf.set_stringn(head.x, head.y, " Articles", usize::from(head.width), style);
        let rows = super::below_header(area);
        if app.shown().is_empty() {
            let note = if app.loading().is_active() {
                " loading…"
            } else {
                " no article matches"
            };
            buf.set_stringn(rows.x, rows.y, note, usize::from(rows.width), theme::DIM);
            return;
        }
        let visible = app.shown().iter().enumerate().skip(app.list_offset());
        for ((index, &article), y) in visible.zip(rows.y..rows.bottom()) {
            let row = Rect { y, height: 1, ..rows };
            let selected = index == app.selected();
            if selected {
                buf.set_style(
                    row,
                    if focused {
                        theme::SELECTED
                    } else {
                        theme::SELECTED_UNFOCUSED
                    },
                );
            }
            buf.set_line(row.x, y, &self.row(article, usize::from(row.width)), row.width);
        }
    }
}

impl ListPane<'_> {
    fn row(&self, article: u32, width: usize) -> Line<'_> {
        let app = self.app;
        let a = app.corpus().article(article);
        let marker = if app.is_read(article) {
            Span::raw("  ")
        } else {
            Span::styled("● ", theme::UNREAD)
        };
        let quotes = format!("{:>4}q", app.corpus().analysis(article).quotes.len());
        let date = a.date.map_or_else(|| " ".repeat(DATE_COLS), |d| format!(" {d}"));
        let right = match width {
            w if w >= 40 => format!("{date}{quotes}"),
            w if w >= 24 => quotes,
            _ => String::new(),
        };
        let room = width.saturating_sub(2 + right.len());
        let matched = title_match_indices(app.query(), &a.title);
        let (mut spans, used) = fit(
            &a.title,
            &matched,
            ratatui::style::Style::new(),
            theme::MATCHED,
            room,
        );
        spans.insert(0, marker);
        spans.push(Span::raw(" ".repeat(room - used)));
        spans.push(Span::styled(right, theme::DETAIL));
        Line::from(spans)
    }
}
