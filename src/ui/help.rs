//! The help overlay (`?`): every binding of the keymap, by context, so it is
//! exactly what the keys do. Two columns when the screen is wide enough.

use super::Theme;
use super::{centered, overlay_footer, popup_frame, scrolled};
use crate::app::App;
use crate::keys::Context;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

pub struct HelpOverlay<'a> {
    app: &'a App,
    theme: &'a Theme,
    scroll: usize,
}

/// Room for the widest key list (`Esc q ? ! Enter`), and for a whole line.
const KEY_COLS: usize = 16;
const COLUMN: u16 = 58;
/// Narrower than this, a description is cut rather than wrapped a word a line.
const MIN_WRAP: usize = 12;

impl<'a> HelpOverlay<'a> {
    pub fn new(app: &'a App, theme: &'a Theme, scroll: usize) -> HelpOverlay<'a> {
        HelpOverlay { app, theme, scroll }
    }

    /// A block of lines per context: its heading, then `keys  what they do`,
    /// what they do wrapped under itself to fit `width` columns (a narrow
    /// screen shows all of it, not a cut line).
    fn sections(app: &App, th: &Theme, width: usize) -> Vec<Vec<Line<'static>>> {
        Context::ALL
            .into_iter()
            .map(|context| {
                let mut lines = vec![Line::styled(context.title(), th.bold)];
                for binding in app.keymap().bindings(context) {
                    let keys: Vec<String> = binding.keys.iter().map(ToString::to_string).collect();
                    let keys = format!("  {}", keys.join(" "));
                    // One space at least, however many keys the user gave.
                    let keys = format!("{keys:<0$}", (2 + KEY_COLS).max(keys.width() + 1));
                    let room = width.saturating_sub(keys.width()).max(MIN_WRAP);
                    let what = binding.action.describe(context);
                    let mut parts = textwrap::wrap(what, room).into_iter();
                    let first = parts.next().unwrap_or_default().into_owned();
                    lines.push(Line::from(vec![
                        Span::styled(keys.clone(), th.prompt),
                        Span::raw(first),
                    ]));
                    let indent = " ".repeat(keys.width());
                    lines.extend(parts.map(|part| Line::raw(format!("{indent}{part}"))));
                }
                lines
            })
            .collect()
    }
}

/// Sections one after another, a blank line between.
fn stacked(sections: impl IntoIterator<Item = Vec<Line<'static>>>) -> Vec<Line<'static>> {
    let mut out: Vec<Line> = Vec::new();
    for section in sections {
        if !out.is_empty() {
            out.push(Line::default());
        }
        out.extend(section);
    }
    out
}

impl Widget for HelpOverlay<'_> {
    fn render(self, screen: Rect, buf: &mut Buffer) {
        let two = screen.width >= 2 * COLUMN + 3;
        let width = COLUMN.min(screen.width.saturating_sub(2));
        let mut sections = Self::sections(self.app, self.theme, usize::from(width));
        let columns = if two {
            let rest = sections.split_off(1);
            vec![stacked(sections), stacked(rest)]
        } else {
            vec![stacked(sections)]
        };
        let tallest = columns.iter().map(Vec::len).max().unwrap_or(0);
        let count = columns.len() as u16;
        let width = count * COLUMN + (count - 1) + 2;
        let height = u16::try_from(tallest + 2).unwrap_or(u16::MAX);
        let area = centered(screen, width, height);
        let footer = overlay_footer(self.app.keymap(), height > area.height);
        let inner = popup_frame(area, " Keys ", &footer, self.theme, buf);
        let mut end = 0;
        for (i, column) in (0..).zip(&columns) {
            let x = inner.x + i * (COLUMN + 1);
            let part = Rect {
                x,
                width: COLUMN.min(inner.right().saturating_sub(x)),
                ..inner
            };
            end = end.max(scrolled(column, self.scroll, part, buf));
        }
        self.app.set_overlay_end(end);
    }
}
