//! Who is named and who said what: pure functions over article text.

pub mod types;

pub use types::*;
