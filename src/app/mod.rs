//! The interactive reader's state and behaviour. `update` applies an
//! `Action` (see `crate::keys`) to the `App`; drawing (the `ui` module, above this one) is done
//! by widgets that only read the `App`. See docs/ARCHITECTURE.md for a map of these files.

// The parts of the state, each owning its fields.
mod list;
mod loading;
mod memory;
mod reader;
mod state;
mod threads;
// Their building blocks.
mod clipboard;
mod compare;
mod document;
mod filtering;
mod history;
mod input;
mod pick_term;
mod picker;
mod places;
mod quotes;
mod scroll;
mod settings;
mod sort;
mod speaker_label;
mod wrap;
// What lies between the parts: `impl App` blocks.
mod arrivals;
mod comparing;
mod external;
mod grouping;
mod live;
mod navigate;
mod reading;
mod refilter;
mod remember;
mod update;

pub use crate::layout::Pane;
pub use document::{DocLine, Document};
pub use external::External;
pub use history::Jump;
pub use input::LineEdit;
pub use loading::Loading;
pub use picker::{PickItem, Picker, PickerKind, kind_name, plural, thousands};
pub use places::{LineKind, PlaceLine, PlaceLines};
pub use quotes::QuotesView;
pub use reader::ReaderView;
pub use scroll::Scroll;
pub use settings::Settings;
pub use sort::SortOrder;
pub use state::{App, Layer};
pub use threads::Row;
pub use update::update;
pub use wrap::Segment;
