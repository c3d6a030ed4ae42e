//! The article list: a row per article with the unread marker and star, the
//! title (the filter's matches highlighted), the date and the number of
//! quotes; the config chooses which of the marker, date and quotes show.
//! With threads on, a story's row says how many articles it has and how many
//! are unread, and an expanded story's articles are indented under it.

use super::Theme;
use super::text::fit;
use crate::app::{App, Row};
use crate::keys::{Action, Context};
use crate::layout::Pane;
use crate::layout::{below_header, header};
use crate::search::title_match_indices;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

pub struct ListPane<'a> {
    app: &'a App,
    theme: &'a Theme,
}

impl<'a> ListPane<'a> {
    pub fn new(app: &'a App, theme: &'a Theme) -> ListPane<'a> {
        ListPane { app, theme }
    }
}

/// Columns for ` 2017-04-12`.
const DATE_COLS: usize = 11;
/// A story row whose title cannot show whole says `3/5 unread` and keeps
/// its quote count while the title has this many columns, then drops it.
const MIN_TITLE_COLS: usize = 24;
/// Then the title gives way down to this many columns before the count is
/// cut to a bare `3/5` (at 80 columns: `3/5 unread` beside 17 of the title).
const SHORT_TITLE_COLS: usize = 16;

impl Widget for ListPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let th = self.theme;
        let focused = app.focus() == Pane::List;
        let head = header(area);
        let style = if focused { th.header_focused } else { th.header };
        buf.set_style(head, style);
        buf.set_stringn(head.x, head.y, " Articles", usize::from(head.width), style);
        let rows = below_header(area);
        if app.rows().is_empty() {
            // Unread only (`U`), the list may be empty with no filter at all.
            let all = app
                .keymap()
                .hint(Context::Browse, &Action::UnreadOnly, "lists all");
            let note = match (app.loading().is_active(), app.unread_only()) {
                (true, _) => " loading…".to_owned(),
                (false, true) if app.filter().text().is_empty() => match all {
                    Some(all) => format!(" no unread article ({all})"),
                    None => " no unread article".to_owned(),
                },
                (false, true) => " no unread article matches".to_owned(),
                (false, false) => " no article matches".to_owned(),
            };
            buf.set_stringn(rows.x, rows.y, note, usize::from(rows.width), th.dim);
            return;
        }
        // A folder of undated articles (plain text, often) gives the date's
        // columns to the titles.
        let dated = app.any_dated();
        let visible = app.rows().iter().enumerate().skip(app.list_offset());
        for ((index, list_row), y) in visible.zip(rows.y..rows.bottom()) {
            let row = Rect { y, height: 1, ..rows };
            let selected = index == app.selected();
            if selected {
                buf.set_style(
                    row,
                    if focused {
                        th.selected
                    } else {
                        th.selected_unfocused
                    },
                );
            }
            buf.set_line(
                row.x,
                y,
                &self.row(list_row, usize::from(row.width), dated),
                row.width,
            );
        }
    }
}

impl ListPane<'_> {
    fn row(&self, row: &Row, width: usize, dated: bool) -> Line<'_> {
        let app = self.app;
        let th = self.theme;
        let article = row.article();
        let a = app.corpus().article(article);
        let columns = app.settings().columns;
        // The unread dot (if that column is on), then the star.
        let mut marker = Vec::new();
        if columns.unread {
            let read = match row {
                // Expanded, the row is its lead's: the others have rows.
                Row::Story {
                    members,
                    expanded: false,
                    ..
                } => members.iter().all(|&m| app.is_read(m)),
                _ => app.is_read(article),
            };
            marker.push(if read {
                Span::raw(" ")
            } else {
                Span::styled("●", th.unread)
            });
        }
        marker.push(if app.is_starred(article) {
            Span::styled("*", th.star)
        } else {
            Span::raw(" ")
        });
        // A story's fold mark, or an expanded story's article's indent.
        match row {
            Row::Story { expanded, .. } => {
                marker.push(Span::styled(if *expanded { "▾ " } else { "▸ " }, th.detail))
            }
            Row::Member(_) => marker.push(Span::raw("   ")),
            Row::Article(_) => {}
        }
        let marker_cols: usize = marker.iter().map(Span::width).sum();
        let quotes = columns.quotes && width >= 24;
        let date = columns.date && dated && width >= if columns.quotes { 40 } else { 34 };
        // A story's count, worded as fully as leaves the title its room
        // (dropping the lead's date first, then the quote count).
        let story = match row {
            Row::Story { members, .. } => Some((
                members.iter().filter(|&&m| !app.is_read(m)).count(),
                members.len(),
            )),
            _ => None,
        };
        let right_of = |count: Count, date: bool, quotes: bool| {
            let mut right = story.map_or_else(String::new, |(unread, n)| count.say(unread, n));
            if date {
                right += &a.date.map_or_else(|| " ".repeat(DATE_COLS), |d| format!(" {d}"));
            }
            if quotes {
                right += &quote_column(app, article);
            }
            right
        };
        let title_room = |right: &String| width.saturating_sub(marker_cols + right.width());
        // The fullest wording that shows the title whole (the date, which
        // the other rows have in a column, kept longest); if none does,
        // the title gets the room: `3/5 unread`, while it keeps 24 columns
        // with the quote count, then without, then 16, then a bare `3/5`.
        let whole = [
            (Count::Full, date, quotes),
            (Count::Of, date, quotes),
            (Count::Short, date, quotes),
            (Count::Of, false, quotes),
            (Count::Short, false, quotes),
            (Count::Short, false, false),
        ];
        let cut = [
            (Count::Short, quotes, MIN_TITLE_COLS),
            (Count::Short, false, MIN_TITLE_COLS),
            (Count::Short, false, SHORT_TITLE_COLS),
        ];
        let title_cols = a.title.width();
        let right = match story {
            None => right_of(Count::Full, date, quotes),
            Some(_) => (whole.into_iter())
                .map(|(count, date, quotes)| right_of(count, date, quotes))
                .find(|r| title_room(r) >= title_cols)
                .or_else(|| {
                    (cut.into_iter())
                        .map(|(count, quotes, min)| (right_of(count, false, quotes), min))
                        .find(|(r, min)| title_room(r) >= *min)
                        .map(|(r, _)| r)
                })
                .unwrap_or_else(|| right_of(Count::Bare, false, false)),
        };
        let room = width.saturating_sub(marker_cols + right.width());
        let matched = title_match_indices(app.query(), &a.title);
        let (mut spans, used) = fit(&a.title, &matched, ratatui::style::Style::new(), th.matched, room);
        spans.splice(0..0, marker);
        spans.push(Span::raw(" ".repeat(room - used)));
        spans.push(Span::styled(right, th.detail));
        Line::from(spans)
    }
}

/// The quote count, right-aligned in five columns; blank while the names
/// are still being analysed, when every article would say a false `0q`.
fn quote_column(app: &App, article: u32) -> String {
    if app.loading().analysing().is_some() {
        return " ".repeat(5);
    }
    format!("{:>4}q", app.corpus().quote_count(article))
}

/// How a story's row words its count of articles and of unread ones, from
/// the fullest to the barest (`3/5`: unread of all, as mutt counts a thread).
#[derive(Clone, Copy)]
enum Count {
    /// ` 5 articles · 3 unread`, ` 5 articles · all read`.
    Full,
    /// ` 3 of 5 unread`, ` all 5 read`.
    Of,
    /// ` 3/5 unread`, ` 5 read`.
    Short,
    /// ` 3/5`, ` 0/5`.
    Bare,
}

impl Count {
    fn say(self, unread: usize, n: usize) -> String {
        match (self, unread) {
            (Count::Full, 0) => format!(" {n} articles · all read"),
            (Count::Full, _) => format!(" {n} articles · {unread} unread"),
            (Count::Of, 0) => format!(" all {n} read"),
            (Count::Of, _) => format!(" {unread} of {n} unread"),
            (Count::Short, 0) => format!(" {n} read"),
            (Count::Short, _) => format!(" {unread}/{n} unread"),
            (Count::Bare, _) => format!(" {unread}/{n}"),
        }
    }
}
