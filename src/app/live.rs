//! Live folders: once the load is over, the folders are watched
//! (`search::spawn_watch`), and what changed in them is applied between
//! keys: new articles appear, changed ones are read again, removed ones go,
//! while the selection and the open article stay where they are.

use super::history::History;
use super::state::App;
use crate::search::{Changes, spawn_watch};
use crate::store::LoadOptions;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::Receiver;

/// What to watch, and the changes as they come.
#[derive(Default)]
pub(super) struct Live {
    folders: Option<(Vec<PathBuf>, LoadOptions)>,
    changes: Option<Receiver<Changes>>,
    /// Changes that came while a filter pass held the corpus.
    waiting: Option<Changes>,
}

impl App {
    /// Watches `roots` (read with `options`) for files added, changed or
    /// removed, from the end of the load on.
    pub fn watch_folders(&mut self, roots: Vec<PathBuf>, options: LoadOptions) {
        self.live.folders = Some((roots, options));
    }

    /// Starts watching, once the load has said which files it read.
    pub(super) fn start_watching(&mut self) {
        let Some(table) = self.loading.take_table() else {
            return;
        };
        if let Some((roots, options)) = self.live.folders.take() {
            self.live.changes = Some(spawn_watch(roots, table, options));
        }
    }

    /// Applies what changed in the watched folders; true if anything did.
    pub fn drain_changes(&mut self) -> bool {
        let changes = match self.live.waiting.take() {
            Some(changes) => changes,
            None => match self.live.changes.as_ref().map(Receiver::try_recv) {
                Some(Ok(changes)) => changes,
                _ => return false,
            },
        };
        let old = &self.corpus;
        let id = |article: Option<u32>| article.map(|a| old.article(a).id.clone());
        let (selected, open) = (id(self.list.selected_article()), id(self.reader.article()));
        let focused = self.entity.map(|e| old.entities().get(e).name.clone());
        // While a filter pass holds the corpus, the changes wait a tick.
        let Some(corpus) = Arc::get_mut(&mut self.corpus) else {
            self.live.waiting = Some(changes);
            return false;
        };
        let (added, changed, removed) = changes.counts();
        let mut summary = self.loading.summary().clone();
        let files = corpus.apply(changes, &mut summary);
        // Article indices and entity ids mean other things now: found again.
        let find = |id: Option<String>| {
            let id = id?;
            corpus
                .order()
                .iter()
                .copied()
                .find(|&a| corpus.article(a).id == id)
        };
        let (selected, open) = (find(selected), find(open));
        self.entity = focused.and_then(|name| corpus.entities().lookup(&name));
        self.loading.changed(&self.corpus, summary, files);
        self.list.restart_from(selected);
        self.reader.reopen(open);
        self.threads.invalidate();
        self.history = History::default();
        self.refilter();
        self.restore_position_and_relayout();
        let mut said = Vec::new();
        if added > 0 {
            said.push(format!("+{added} new"));
        }
        if changed > 0 {
            said.push(format!("{changed} changed"));
        }
        if removed > 0 {
            said.push(format!("{removed} removed"));
        }
        self.notify(said.join(", "));
        true
    }
}
