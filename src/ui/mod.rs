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
        frame.render_widget(TooSmall(theme), screen);
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
            let popup = PickerPopup::new(picker, theme);
            let cursor = popup.cursor(screen);
            frame.render_widget(popup, screen);
            frame.set_cursor_position(cursor);
        }
        Layer::Compare(view) => frame.render_widget(PlacesPopup::new(view, None, theme), screen),
        Layer::Quotes(quotes) => {
            let popup = PlacesPopup::new(quotes.lines(), Some(quotes.input()), theme);
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
/// whose lines all fit, so no word is ever cut.
struct TooSmall<'a>(&'a Theme);

const TOO_SMALL: [&[&str]; 4] = [
    &["Terminal too small", "(q quits)"],
    &["Too small", "(q quits)"],
    &["Too small"],
    &["small"],
];

impl Widget for TooSmall<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let th = self.0;
        let width = usize::from(area.width);
        let fits = |lines: &&&[&str]| lines.iter().all(|l| l.width() <= width);
        let lines = TOO_SMALL.iter().find(fits).copied().unwrap_or_default();
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
/// title longer than the border is cut with `…` and a footer that does not
/// fit is left out, so the corners always show.
fn popup_frame(area: Rect, title: &str, footer: &str, th: &Theme, buf: &mut Buffer) -> Rect {
    use ratatui::text::Line;
    ratatui::widgets::Clear.render(area, buf);
    // A corner and a stroke of the border at each end.
    let room = usize::from(area.width.saturating_sub(4));
    let (title, _) = text::fit(title, &[], th.bold, th.bold, room);
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

/// Draws `lines` from `scroll` (clamped so the last page stays full) into `area`.
fn scrolled(lines: &[ratatui::text::Line], scroll: usize, area: Rect, buf: &mut Buffer) {
    let scroll = scroll.min(lines.len().saturating_sub(usize::from(area.height)));
    for (line, y) in lines.iter().skip(scroll).zip(area.y..area.bottom()) {
        buf.set_line(area.x, y, line, area.width);
    }
}
