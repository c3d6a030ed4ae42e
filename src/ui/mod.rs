//! Drawing the reader. Every widget borrows the `App` and only reads it; the
//! layout is here because the state needs it too (page sizes, wrap width,
//! which pane the mouse is over).

mod filter_bar;
mod help;
mod list;
mod picker;
mod reader;
mod skipped;
mod status;
mod text;
mod theme;

pub use filter_bar::FilterBar;
pub use help::HelpOverlay;
pub use list::ListPane;
pub use picker::PickerPopup;
pub use reader::ReaderPane;
pub use skipped::SkippedOverlay;
pub use status::StatusBar;
pub use theme::Theme;

use crate::app::{App, Mode, Pane};
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Widget;

/// Below this the screen shows only a message.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 5;
/// Below this width one pane is shown at a time.
pub const NARROW_WIDTH: u16 = 80;

/// Where everything goes on a screen. In a narrow terminal the list and the
/// reader share the body and only the focused one is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Areas {
    pub filter: Rect,
    pub list: Rect,
    /// The column between the panes (empty when narrow).
    pub separator: Rect,
    pub reader: Rect,
    pub status: Rect,
    focus: Pane,
    narrow: bool,
    too_small: bool,
    /// The reader's text width limit; 0: none.
    wrap: u16,
}

impl Areas {
    pub fn new(screen: Rect, focus: Pane) -> Areas {
        let too_small = screen.width < MIN_WIDTH || screen.height < MIN_HEIGHT;
        let [filter, body, status] =
            Layout::vertical([Constraint::Length(1), Constraint::Fill(1), Constraint::Length(1)])
                .areas(screen);
        let narrow = screen.width < NARROW_WIDTH;
        let [list, separator, reader] = if narrow {
            [body, Rect::default(), body]
        } else {
            Layout::horizontal([
                Constraint::Percentage(40),
                Constraint::Length(1),
                Constraint::Fill(1),
            ])
            .areas(body)
        };
        Areas {
            filter,
            list,
            separator,
            reader,
            status,
            focus,
            narrow,
            too_small,
            wrap: 0,
        }
    }

    /// With the reader's text at most `wrap` columns wide (0: no limit).
    pub fn with_wrap(self, wrap: u16) -> Areas {
        Areas { wrap, ..self }
    }

    pub fn too_small(&self) -> bool {
        self.too_small
    }

    pub fn narrow(&self) -> bool {
        self.narrow
    }

    pub fn list_visible(&self) -> bool {
        !self.too_small && (!self.narrow || self.focus == Pane::List)
    }

    pub fn reader_visible(&self) -> bool {
        !self.too_small && (!self.narrow || self.focus == Pane::Reader)
    }

    /// The list's rows, under its header.
    pub fn list_rows(&self) -> Rect {
        below_header(self.list)
    }

    /// Where the article's text goes: under the header, a column of margin
    /// each side when there is room. Its width is the wrap width.
    pub fn reader_text(&self) -> Rect {
        text_area(self.reader, self.wrap)
    }
}

/// The reader pane's text: under the header, with a column of margin each
/// side when there is room, at most `wrap` columns wide (0: no limit).
fn text_area(pane: Rect, wrap: u16) -> Rect {
    let body = below_header(pane);
    let margin = if body.width >= 10 { 1 } else { 0 };
    let width = body.width - 2 * margin;
    Rect {
        x: body.x + margin,
        width: if wrap > 0 { width.min(wrap) } else { width },
        ..body
    }
}

fn below_header(pane: Rect) -> Rect {
    Rect {
        y: pane.y + pane.height.min(1),
        height: pane.height.saturating_sub(1),
        ..pane
    }
}

/// The header row of a pane.
fn header(pane: Rect) -> Rect {
    Rect {
        height: pane.height.min(1),
        ..pane
    }
}

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &App) {
    let screen = frame.area();
    let areas = Areas::new(screen, app.focus()).with_wrap(app.settings().wrap_width);
    if areas.too_small() {
        frame.render_widget(TooSmall(app.theme()), screen);
        return;
    }
    frame.render_widget(FilterBar::new(app), areas.filter);
    if areas.list_visible() {
        frame.render_widget(ListPane::new(app), areas.list);
    }
    frame.render_widget(Separator(app.theme()), areas.separator);
    if areas.reader_visible() {
        frame.render_widget(ReaderPane::new(app), areas.reader);
    }
    frame.render_widget(StatusBar::new(app), areas.status);
    match app.mode() {
        Mode::Filter => frame.set_cursor_position(FilterBar::cursor(app, areas.filter)),
        Mode::Picker(picker) => {
            let popup = PickerPopup::new(picker, app.theme());
            let cursor = popup.cursor(screen);
            frame.render_widget(popup, screen);
            frame.set_cursor_position(cursor);
        }
        Mode::Help { scroll } => frame.render_widget(HelpOverlay::new(app, *scroll), screen),
        Mode::Skipped { scroll } => frame.render_widget(SkippedOverlay::new(app, *scroll), screen),
        Mode::Browse => {}
    }
}

/// What a terminal too small for the reader shows.
struct TooSmall<'a>(&'a Theme);

impl Widget for TooSmall<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let th = self.0;
        let lines = ["Terminal too small", "(q quits)"];
        for (row, line) in (area.y..area.bottom()).zip(lines) {
            buf.set_stringn(area.x, row, line, usize::from(area.width), th.dim);
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

/// Clears `area`, draws a border with titles, and gives the inside.
fn popup_frame(area: Rect, title: &str, footer: &str, th: &Theme, buf: &mut Buffer) -> Rect {
    ratatui::widgets::Clear.render(area, buf);
    let block = ratatui::widgets::Block::bordered()
        .border_style(th.popup_border)
        .title(ratatui::text::Line::styled(title, th.bold))
        .title_bottom(ratatui::text::Line::styled(footer, th.dim).right_aligned());
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
