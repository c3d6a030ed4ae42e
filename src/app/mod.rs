//! The interactive reader's state and behaviour: keys become `Action`s
//! through the keymap, `update` applies them to the `App`, and `run` drives
//! the terminal. Drawing lives in `crate::ui`, which only reads the `App`.

mod document;
mod filtering;
mod history;
mod input;
mod loading;
mod navigate;
mod picker;
mod remember;
mod settings;
mod state;
mod update;

pub use crate::layout::Pane;
pub use document::{DocLine, Document, Piece};
pub use history::Jump;
pub use input::LineEdit;
pub use loading::Loading;
pub use picker::{PickItem, Picker, PickerKind, kind_name, plural};
// The terminal loop lives above app and ui (`crate::terminal`); this path
// stays for the command line, which calls `app::run`.
pub use crate::terminal::{Setup, Source, run};
pub use settings::Settings;
pub use state::{App, Mode, ReaderView};
pub use update::update;
