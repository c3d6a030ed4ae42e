//! Where everything goes on a screen of a given size: the filter bar, the
//! list, the reader, the status bar. A leaf, so the state (page sizes, wrap
//! width, which pane the mouse is over) and the widgets share one geometry.

use ratatui::layout::{Constraint, Layout, Rect};

/// Which pane has the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pane {
    List,
    Reader,
}

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
pub fn text_area(pane: Rect, wrap: u16) -> Rect {
    let body = below_header(pane);
    let margin = if body.width >= 10 { 1 } else { 0 };
    let width = body.width - 2 * margin;
    Rect {
        x: body.x + margin,
        width: if wrap > 0 { width.min(wrap) } else { width },
        ..body
    }
}

pub fn below_header(pane: Rect) -> Rect {
    Rect {
        y: pane.y + pane.height.min(1),
        height: pane.height.saturating_sub(1),
        ..pane
    }
}

/// The header row of a pane.
pub fn header(pane: Rect) -> Rect {
    Rect {
        height: pane.height.min(1),
        ..pane
    }
}
