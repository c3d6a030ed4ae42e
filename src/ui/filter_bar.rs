//! The filter bar: the top line, where `/` types a filter.

use super::Theme;
use super::text::input_view;
use crate::app::{App, Layer};
use crate::keys::{Action, Context, Keymap};
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

/// What the empty bar says, as far as it fits: the filter key first, the
/// most used next, help always (the threads, compare and quotes keys drop
/// first when narrow). Each names the action's key in the user's keymap, and
/// an action left without a key is not offered.
const HINTS: [(Action, &str); 7] = [
    (Action::FocusFilter, "filter"),
    (Action::SpeakerPicker, "speakers"),
    (Action::EntityIndex, "entities"),
    (Action::ToggleThreads, "threads"),
    (Action::Compare, "compare"),
    (Action::Quotes, "quotes"),
    (Action::Help, "help"),
];
const GAP: &str = "   ";

/// `/ filter   s speakers   …   ? help`, with the hints before help that
/// fit in `width` columns.
fn hints(keymap: &Keymap, width: usize) -> String {
    let hint = |(action, what): &(Action, &str)| keymap.hint(Context::Browse, action, what);
    let (help, rest) = HINTS.split_last().expect("hints");
    let help = hint(help).unwrap_or_default();
    let room = width.saturating_sub(GAP.len() + help.width());
    let mut out = String::new();
    for hint in rest.iter().filter_map(hint) {
        let gap = if out.is_empty() { "" } else { GAP };
        if out.width() + gap.len() + hint.width() > room {
            break;
        }
        out += gap;
        out += &hint;
    }
    match (out.is_empty(), help.is_empty()) {
        (_, true) => out,
        (true, false) => help,
        (false, false) => out + GAP + &help,
    }
}

impl<'a> FilterBar<'a> {
    pub fn new(app: &'a App, theme: &'a Theme) -> FilterBar<'a> {
        FilterBar { app, theme }
    }

    /// Where the terminal cursor goes while typing.
    pub fn cursor(app: &App, area: Rect) -> Position {
        let room = usize::from(area.width).saturating_sub(PROMPT.width());
        let before = PROMPT.width() + input_view(app.filter(), room).1;
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
            let width = usize::from(area.width).saturating_sub(1);
            Line::styled(format!(" {}", hints(app.keymap(), width)), th.dim)
        } else {
            let prompt = if editing { th.prompt } else { th.dim };
            let room = usize::from(area.width).saturating_sub(PROMPT.width());
            let (shown, _) = input_view(app.filter(), room);
            Line::from(vec![Span::styled(PROMPT, prompt), Span::raw(shown)])
        };
        buf.set_line(area.x, area.y, &line, area.width);
    }
}

#[cfg(test)]
mod tests {
    use super::hints;
    use crate::keys::{Action, Context, Key, Keymap};

    #[test]
    fn hints_fit_the_width_and_help_stays() {
        let keymap = Keymap::default();
        let wide = hints(&keymap, 200);
        assert_eq!(
            wide,
            "/ filter   s speakers   i entities   t threads   C compare   Q quotes   ? help"
        );
        assert_eq!(hints(&keymap, 79), wide, "80 columns less a margin hold all");
        assert_eq!(hints(&keymap, 52), "/ filter   s speakers   i entities   ? help");
        assert_eq!(hints(&keymap, 22), "/ filter   ? help");
    }

    #[test]
    fn hints_name_the_users_keys_and_never_a_key_rebound_elsewhere() {
        let mut keymap = Keymap::default();
        let key = |k| [Key::parse(k).unwrap()];
        keymap.patch(Context::Browse, &Action::Quit, &key("Q"));
        keymap.patch(Context::Browse, &Action::FocusFilter, &key("f"));
        keymap.patch(Context::Browse, &Action::Help, &key("H"));
        assert_eq!(
            hints(&keymap, 200),
            "f filter   s speakers   i entities   t threads   C compare   H help"
        );
        keymap.patch(Context::Browse, &Action::Help, &[]);
        assert_eq!(hints(&keymap, 17), "f filter");
    }
}
