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
                Span::styled("filter   s speakers   i entities   ? help", th.dim),
            ])
        } else {
            let prompt = if editing { th.prompt } else { th.dim };
            Line::from(vec![Span::styled(PROMPT, prompt), Span::raw(text)])
        };
        buf.set_line(area.x, area.y, &line, area.width);
    }
}
