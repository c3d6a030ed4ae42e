//! Live folders: what to watch once the load is over, and the changes as
//! they come (`search::spawn_watch`); `arrivals.rs` applies them.

use crate::search::Changes;
use crate::store::LoadOptions;
use std::path::PathBuf;
use std::sync::mpsc::Receiver;

/// What to watch, and the changes as they come.
#[derive(Default)]
pub(super) struct Live {
    pub(super) folders: Option<(Vec<PathBuf>, LoadOptions)>,
    pub(super) changes: Option<Receiver<Changes>>,
    /// Changes that came while a filter pass held the corpus.
    pub(super) waiting: Option<Changes>,
}
