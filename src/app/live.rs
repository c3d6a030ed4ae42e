//! Live folders: what to watch once the load is over, and the changes as
//! they come (`search::spawn_watch`); `arrivals.rs` applies them.

use crate::search::{Changes, Corpus, FileTable, Summary};
use crate::store::LoadOptions;
use std::path::PathBuf;
use std::sync::mpsc::Receiver;

/// What to watch, and the changes as they come.
#[derive(Default)]
pub(super) struct Live {
    pub(super) folders: Option<(Vec<PathBuf>, LoadOptions)>,
    pub(super) changes: Option<Receiver<Changes>>,
    /// A batch being applied to a copy of the corpus on a thread of its own;
    /// the next batch waits until it is installed (each one is relative to
    /// the files as the one before left them).
    pub(super) applying: Option<Receiver<Applied>>,
}

/// A batch applied: the corpus as it is now, to install in one swap.
pub(super) struct Applied {
    pub(super) corpus: Corpus,
    pub(super) summary: Summary,
    pub(super) files: FileTable,
    /// Files added, changed and removed.
    pub(super) counts: (usize, usize, usize),
    /// Only articles added: every one shown before kept its index.
    pub(super) grew: bool,
}
