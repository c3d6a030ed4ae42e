//! Drawing the reader. Every widget borrows the `App` and only reads it; the
//! `Theme` comes with `draw`, so the state never knows how it looks. Where
//! each pane goes is `crate::layout`, which the state reads too.

mod filter_bar;
mod help;
mod list;
mod picker;
mod places;
mod reader;
mod skipped;
mod status;
mod text;
mod theme;

pub use filter_bar::FilterBar;
pub use help::HelpOverlay;
pub use list::ListPane;
pub use picker::PickerPopup;
pub use places::PlacesPopup;
pub use reader::ReaderPane;
pub use skipped::SkippedOverlay;
pub use status::{CommandLine, StatusBar};
pub use theme::Theme;

use crate::app::{App, Layer};
use crate::keys::{Action, Context, Keymap};
use crate::layout::Areas;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

/// Draws the whole screen in `theme`.
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    let screen = frame.area();
    let areas = Areas::new(screen, app.focus()).with_wrap(app.settings().wrap_width);
    if areas.too_small() {
        let quits = app.keymap().hint(Context::Browse, &Action::Quit, "quits");
        frame.render_widget(TooSmall { theme, quits }, screen);
        return;
    }
    frame.render_widget(FilterBar::new(app, theme), areas.filter);
    if areas.list_visible() {
        frame.render_widget(ListPane::new(app, theme), areas.list);
    }
    frame.render_widget(Separator(theme), areas.separator);
    if areas.reader_visible() {
        frame.render_widget(ReaderPane::new(app, theme), areas.reader);
    }
    frame.render_widget(StatusBar::new(app, theme), areas.status);
    match app.layer() {
        Layer::FilterBar => frame.set_cursor_position(FilterBar::cursor(app, areas.filter)),
        Layer::Picker(picker) => {
            let popup = PickerPopup::new(picker, app.keymap(), theme).over_quotes(app.picking_for_quotes());
            let cursor = popup.cursor(screen);
            frame.render_widget(popup, screen);
            frame.set_cursor_position(cursor);
        }
        Layer::Compare(view) => {
            frame.render_widget(PlacesPopup::new(view, None, app.keymap(), theme), screen)
        }
        Layer::Quotes(quotes) => {
            let popup = PlacesPopup::new(quotes.lines(), Some(quotes.input()), app.keymap(), theme);
            let cursor = popup.cursor(screen);
            frame.render_widget(popup, screen);
            frame.set_cursor_position(cursor.unwrap_or_default());
        }
        Layer::Help { scroll } => frame.render_widget(HelpOverlay::new(app, theme, *scroll), screen),
        Layer::Skipped { scroll } => frame.render_widget(SkippedOverlay::new(app, theme, *scroll), screen),
        Layer::Command(line) => {
            frame.render_widget(CommandLine::new(line, theme), areas.status);
            frame.set_cursor_position(CommandLine::cursor(line, areas.status));
        }
        Layer::Panes => {}
    }
}

/// What a terminal too small for the reader shows: the longest wording
/// whose lines all fit, so no word is ever cut. `(q quits)` names the
/// user's quit key, and is left out if quit has none.
struct TooSmall<'a> {
    theme: &'a Theme,
    /// `q quits`.
    quits: Option<String>,
}

impl Widget for TooSmall<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let th = self.theme;
        let quits = self.quits.map(|q| format!("({q})"));
        let wordings: [Vec<&str>; 4] = [
            ["Terminal too small"]
                .into_iter()
                .chain(quits.as_deref())
                .collect(),
            ["Too small"].into_iter().chain(quits.as_deref()).collect(),
            vec!["Too small"],
            vec!["small"],
        ];
        let width = usize::from(area.width);
        let fits = |lines: &&Vec<&str>| lines.iter().all(|l| l.width() <= width);
        let lines = wordings.iter().find(fits).map(Vec::as_slice).unwrap_or_default();
        for (row, line) in (area.y..area.bottom()).zip(lines) {
            buf.set_string(area.x, row, line, th.dim);
        }
    }
}

/// The rule between the list and the reader.
struct Separator<'a>(&'a Theme);

impl Widget for Separator<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let th = self.0;
        for row in area.y..area.bottom() {
            for col in area.x..area.right() {
                buf[(col, row)].set_symbol("│").set_style(th.separator);
            }
        }
    }
}

/// A box of at most `width`×`height` in the middle of `screen`.
fn centered(screen: Rect, width: u16, height: u16) -> Rect {
    let (width, height) = (width.min(screen.width), height.min(screen.height));
    Rect {
        x: screen.x + (screen.width - width) / 2,
        y: screen.y + (screen.height - height) / 2,
        width,
        height,
    }
}

/// Clears `area`, draws a border with titles, and gives the inside. A
/// title longer than the border is cut with `…` (and a space before the
/// border's stroke, as a whole one has) and a footer that does not
/// fit is left out, so the corners always show.
fn popup_frame(area: Rect, title: &str, footer: &str, th: &Theme, buf: &mut Buffer) -> Rect {
    use ratatui::text::Line;
    ratatui::widgets::Clear.render(area, buf);
    // A corner and a stroke of the border at each end.
    let room = usize::from(area.width.saturating_sub(4));
    // Cut, it keeps a space before the border as it does whole.
    let cut = title.width() > room;
    let (mut title, _) = text::fit(title, &[], th.bold, th.bold, room - usize::from(cut && room > 0));
    if cut {
        title.push(ratatui::text::Span::styled(" ", th.bold));
    }
    let mut block = ratatui::widgets::Block::bordered()
        .border_style(th.popup_border)
        .title(Line::from(title));
    if footer.width() <= room {
        block = block.title_bottom(Line::styled(footer, th.dim).right_aligned());
    }
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

/// A popup's footer, ` ↑↓ move · Enter: open there · Esc close `: each
/// part is the first keys of its actions in `context` (joined by `join`)
/// and what they do, so it names the user's keys; a part with an action
/// left without a key is left out.
fn footer(keymap: &Keymap, context: Context, parts: &[(&[Action], &str, &str)]) -> String {
    let part = |(actions, join, what): &(&[Action], &str, &str)| {
        let keys = actions
            .iter()
            .map(|a| keymap.first_key(context, a).map(|k| k.to_string()))
            .collect::<Option<Vec<_>>>()?;
        Some(format!("{}{what}", keys.join(join)))
    };
    let parts: Vec<String> = parts.iter().filter_map(part).collect();
    format!(" {} ", parts.join(" · "))
}

/// The help and skipped-files overlays' footer: ` j/k scroll · Esc close `
/// (without the scroll keys when all of it shows).
fn overlay_footer(keymap: &Keymap, scrolls: bool) -> String {
    let scroll: &[(&[Action], &str, &str)] = &[(&[Action::Down, Action::Up], "/", " scroll")];
    let close = (&[Action::Cancel][..], "", " close");
    let parts: Vec<_> = scroll
        .iter()
        .filter(|_| scrolls)
        .copied()
        .chain([close])
        .collect();
    footer(keymap, Context::Overlay, &parts)
}

/// Draws `lines` from `scroll` (clamped so the last page stays full) into
/// `area`; gives the furthest they scroll.
fn scrolled(lines: &[ratatui::text::Line], scroll: usize, area: Rect, buf: &mut Buffer) -> usize {
    let end = lines.len().saturating_sub(usize::from(area.height));
    let scroll = scroll.min(end);
    for (line, y) in lines.iter().skip(scroll).zip(area.y..area.bottom()) {
        buf.set_line(area.x, y, line, area.width);
    }
    end
}
