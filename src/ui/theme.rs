//! Every style the reader uses, in one place so the panes stay consistent.
//! Only the 16 basic colours, so any terminal shows them.

use crate::analysis::EntityKind;
use ratatui::style::{Color, Modifier, Style};

pub const DIM: Style = Style::new().fg(Color::DarkGray);
pub const BOLD: Style = Style::new().add_modifier(Modifier::BOLD);
pub const SEPARATOR: Style = DIM;

pub const HEADER: Style = Style::new().fg(Color::Gray).add_modifier(Modifier::BOLD);
pub const HEADER_FOCUSED: Style = Style::new()
    .fg(Color::Black)
    .bg(Color::Cyan)
    .add_modifier(Modifier::BOLD);

/// The selected list or popup row, when its pane has the keyboard and when not.
pub const SELECTED: Style = Style::new().fg(Color::White).bg(Color::Blue);
pub const SELECTED_UNFOCUSED: Style = Style::new().bg(Color::DarkGray);
/// Dates, counts: readable on a selected row too.
pub const DETAIL: Style = Style::new().fg(Color::Gray);
pub const UNREAD: Style = Style::new().fg(Color::Cyan);
/// Characters of a title or name that the typed pattern matched.
pub const MATCHED: Style = Style::new()
    .fg(Color::Yellow)
    .add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED));

pub const TITLE: Style = Style::new().add_modifier(Modifier::BOLD);
pub const QUOTE: Style = Style::new().fg(Color::Yellow).add_modifier(Modifier::ITALIC);
/// Quotes by a speaker the filter names (`@lavrov`).
pub const QUOTE_EMPHASIS: Style = Style::new().add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED));
/// `— Lavrov` after a quote.
pub const SPEAKER: Style = DIM;
/// The mention under the entity cursor.
pub const CURSOR: Style = Style::new().add_modifier(Modifier::REVERSED.union(Modifier::BOLD));
/// Other mentions of the focused entity.
pub const FOCUSED_ENTITY: Style = Style::new().add_modifier(Modifier::UNDERLINED);

pub const STATUS: Style = Style::new().fg(Color::White).bg(Color::DarkGray);
pub const MESSAGE: Style = Style::new()
    .fg(Color::Yellow)
    .bg(Color::DarkGray)
    .add_modifier(Modifier::BOLD);
pub const PROMPT: Style = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
pub const POPUP_BORDER: Style = Style::new().fg(Color::Cyan);

/// A mention's colour by what it names.
pub const fn entity(kind: EntityKind) -> Style {
    let color = match kind {
        EntityKind::Person => Color::LightCyan,
        EntityKind::Organization => Color::LightMagenta,
        EntityKind::Place => Color::LightGreen,
        EntityKind::Other => Color::LightBlue,
    };
    Style::new().fg(color)
}
