//! The filter bar: the top line, where `/` types a filter.

use super::Theme;
use crate::app::{App, Layer};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

pub struct FilterBar<'a> {
    app: &'a App,
    theme: &'a Theme,
}

const PROMPT: &str = " / ";

/// What the empty bar says, as far as it fits: the most used first, help
/// always (the threads, compare and quotes keys drop first when narrow).
const HINTS: [&str; 6] = [
    "s speakers",
    "i entities",
    "t threads",
    "C compare",
    "Q quotes",
    "? help",
];
const GAP: &str = "   ";

/// `filter   s speakers   …   ? help`, with the hints before help that
/// fit in `width` columns after the prompt.
fn hints(width: usize) -> String {
    let (help, rest) = HINTS.split_last().expect("hints");
    let mut out = String::from("filter");
    let room = width.saturating_sub(GAP.len() + help.len());
    for hint in rest {
        if out.len() + GAP.len() + hint.len() > room {
            break;
        }
        out += GAP;
        out += hint;
    }
    out + GAP + help
}

impl<'a> FilterBar<'a> {
    pub fn new(app: &'a App, theme: &'a Theme) -> FilterBar<'a> {
        FilterBar { app, theme }
    }

    /// Where the terminal cursor goes while typing.
    pub fn cursor(app: &App, area: Rect) -> Position {
        let before = PROMPT.width() + app.filter().before_cursor().width();
        let column = before.min(usize::from(area.width.saturating_sub(1))) as u16;
        Position::new(area.x + column, area.y)
    }
}

impl Widget for FilterBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let th = self.theme;
        let editing = matches!(app.layer(), Layer::FilterBar);
        let text = app.filter().text();
        let line = if text.is_empty() && !editing {
            Line::from(vec![
                Span::styled(PROMPT, th.dim),
                Span::styled(
                    hints(usize::from(area.width).saturating_sub(PROMPT.len())),
                    th.dim,
                ),
            ])
        } else {
            let prompt = if editing { th.prompt } else { th.dim };
            Line::from(vec![Span::styled(PROMPT, prompt), Span::raw(text)])
        };
        buf.set_line(area.x, area.y, &line, area.width);
    }
}

#[cfg(test)]
mod tests {
    use super::hints;

    #[test]
    fn hints_fit_the_width_and_help_stays() {
        let wide = hints(200);
        assert_eq!(
            wide,
            "filter   s speakers   i entities   t threads   C compare   Q quotes   ? help"
        );
        assert_eq!(hints(77), wide, "80 columns less the prompt hold all");
        assert_eq!(hints(50), "filter   s speakers   i entities   ? help");
        assert_eq!(hints(20), "filter   ? help");
    }
}
