//! The help overlay (`?`): every binding of the keymap, by context, so it is
//! exactly what the keys do, and the filter's syntax. Two columns when the
//! screen is wide enough.

use super::Theme;
use super::{centered, overlay_footer, popup_frame, scrolled};
use crate::app::App;
use crate::keys::{Binding, Context, Key};
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

    /// A block of lines per context: its heading, then `keys  what they do`;
    /// the popups' editing keys, when they are the filter bar's, on one
    /// line. Then the filter's syntax, which no keymap changes.
    fn sections(app: &App, th: &Theme, width: usize) -> Vec<Vec<Line<'static>>> {
        let keymap = app.keymap();
        let same_as_filter = |context: Context, b: &Binding| {
            context == Context::Popup
                && (keymap.bindings(Context::Filter).iter()).any(|f| {
                    f.keys == b.keys
                        && f.action == b.action
                        && f.action.describe(Context::Filter) == b.action.describe(context)
                })
        };
        let mut sections: Vec<Vec<Line>> = Context::ALL
            .into_iter()
            .map(|context| {
                let mut lines = vec![Line::styled(context.title(), th.bold)];
                let (shared, own): (Vec<&Binding>, Vec<&Binding>) =
                    (keymap.bindings(context).iter()).partition(|b| same_as_filter(context, b));
                for binding in own {
                    let what = binding.action.describe(context);
                    lines.extend(row(&keys_of(&binding.keys), what, th, width));
                }
                if !shared.is_empty() {
                    let keys: Vec<String> = shared.iter().map(|b| keys_of(&b.keys)).collect();
                    lines.extend(row(&keys.join(" "), "as in the filter bar", th, width));
                }
                lines
            })
            .collect();
        let mut syntax = vec![Line::styled(
            "Filter syntax (/; @ and # in the quotes view too)",
            th.bold,
        )];
        for (terms, what) in SYNTAX {
            syntax.extend(row(terms, what, th, width));
        }
        sections.push(syntax);
        sections
    }
}

/// The filter's terms, as the README's Filter syntax gives them.
const SYNTAX: [(&str, &str); 7] = [
    ("word", "fuzzy: titles, names, body word starts"),
    ("'text  !text", "with exactly text / without it"),
    ("^text  text$", "title starts / ends with it"),
    ("@name  #name", "quoted / named (_ for a space)"),
    ("*  !*", "starred / not starred"),
    ("a b  a | b", "both terms / either"),
    ("Aa", "a capital: that case only (lower: any)"),
];

fn keys_of(keys: &[Key]) -> String {
    keys.iter().map(ToString::to_string).collect::<Vec<_>>().join(" ")
}

/// `  keys  what they do`, what they do wrapped under itself to fit `width`
/// columns (a narrow screen shows all of it, not a cut line).
fn row(keys: &str, what: &str, th: &Theme, width: usize) -> Vec<Line<'static>> {
    let keys = format!("  {keys}");
    // One space at least, however many keys the user gave.
    let keys = format!("{keys:<0$}", (2 + KEY_COLS).max(keys.width() + 1));
    let room = width.saturating_sub(keys.width()).max(MIN_WRAP);
    let mut parts = textwrap::wrap(what, room).into_iter();
    let first = parts.next().unwrap_or_default().into_owned();
    let indent = " ".repeat(keys.width());
    let mut lines = vec![Line::from(vec![Span::styled(keys, th.prompt), Span::raw(first)])];
    lines.extend(parts.map(|part| Line::raw(format!("{indent}{part}"))));
    lines
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
