//! Taking in what the load delivers, a little each tick: articles into the
//! corpus and the list, or a whole corpus restored from the saved index, in
//! which the reader finds its place again; then, with live folders, what
//! changed in them: new articles appear, changed ones are read again,
//! removed ones go, while the selection and the open article stay.

use super::history::History;
use super::live::Applied;
use super::state::App;
use crate::search::{Corpus, spawn_watch};
use crate::store::{self, LoadOptions};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::Duration;

impl App {
    /// Takes in streamed articles for at most `budget`; true if anything changed.
    pub fn drain_loading(&mut self, budget: Duration) -> bool {
        if !self.loading.is_active() {
            return false;
        }
        // While a filter pass holds the corpus, new articles wait a tick.
        let Some(corpus) = Arc::get_mut(&mut self.corpus) else {
            return true;
        };
        let added = self.loading.drain(corpus, budget);
        if let Some(old) = self.loading.take_replaced() {
            self.corpus_replaced(&old);
        }
        let Some(corpus) = Arc::get_mut(&mut self.corpus) else {
            return true;
        };
        // Wound up on the first tick the corpus is free once the stream is
        // over (a filter pass may hold it on the tick the stream ends).
        let over = self.loading.stream_over();
        let now = self.loading.take_milestone();
        let catch_up = over || now || (added > 0 && self.list.due_for_refresh());
        if catch_up {
            let (generation, focused) = (
                corpus.entity_generation(),
                self.entity.map(|id| corpus.entities().get(id).name.clone()),
            );
            if over {
                corpus.settle(); // the entities, decided from everything loaded
            } else {
                corpus.compact();
            }
            // Entity ids mean other things now: the focus is found again by name.
            if corpus.entity_generation() != generation {
                self.entity = focused.and_then(|name| corpus.entities().lookup(&name));
                self.reader.forget_document();
            }
        }
        if over {
            self.loading.wind_up(&self.corpus);
            self.start_watching();
        }
        if catch_up {
            self.refilter();
            self.restore_position_and_relayout();
        }
        if over {
            // Last, once the load's buffers, the corpus a restore replaced and
            // the list's old rows are all freed: trimmed before the list was
            // laid out again, 10 MB stayed (`bench --memory`).
            super::loading::release_freed_memory();
        }
        // The progress figure moves even when the list does not.
        true
    }

    /// The saved index replaced the streamed corpus: article indices and
    /// entity ids mean other things now. The selection and the open article
    /// are found again by id; the entity focus and the jump history go.
    fn corpus_replaced(&mut self, old: &Corpus) {
        let corpus = &self.corpus;
        let find = |article: Option<u32>| corpus.find(&old.article(article?).id);
        let (selected, open) = (find(self.list.selected_article()), find(self.reader.article()));
        self.list.restart_from(selected);
        self.reader.reopen(open);
        self.threads.invalidate(old);
        self.entity = None;
        self.history = History::default();
        self.refilter();
        self.restore_position_and_relayout();
    }
}

/// Keys in the filter bar this recent put off saving the index after a batch.
const TYPING: Duration = Duration::from_secs(1);

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

    /// Takes in what changed in the watched folders; true if the list did.
    ///
    /// A batch (a sync may drop a thousand files) is applied to a copy of
    /// the corpus on a thread of its own, its articles pushed and the
    /// entities resolved again there, while keys are answered from the
    /// corpus as it was; once applied it is installed in one swap. Applied
    /// here it held the key behind it for 120–450 ms on 100,000 articles.
    pub fn drain_changes(&mut self) -> bool {
        let typing = self.list.typed_within(TYPING);
        self.loading.save_when_quiet(&self.corpus, typing);
        if let Some(applying) = &self.live.applying {
            return match applying.try_recv() {
                Ok(applied) => {
                    self.live.applying = None;
                    self.install(applied);
                    true
                }
                Err(TryRecvError::Empty) => false,
                // The thread died (a panic): the batch is lost, the watch goes on.
                Err(TryRecvError::Disconnected) => {
                    self.live.applying = None;
                    false
                }
            };
        }
        let Some(Ok(changes)) = self.live.changes.as_ref().map(Receiver::try_recv) else {
            return false;
        };
        let (base, mut summary) = (Arc::clone(&self.corpus), self.loading.summary().clone());
        let (tx, applied) = channel();
        store::spawn_named("byline-apply", move || {
            store::yield_to_the_ui();
            let mut corpus = Corpus::clone(&base);
            drop(base);
            let (counts, grew) = (changes.counts(), changes.only_adds_to(&corpus));
            let files = corpus.apply(changes, &mut summary);
            let _ = tx.send(Applied {
                corpus,
                summary,
                files,
                counts,
                grew,
            });
        });
        self.live.applying = Some(applied);
        false
    }

    /// Whether a batch of changes is being applied off the UI thread.
    pub fn applying_changes(&self) -> bool {
        self.live.applying.is_some()
    }

    /// Puts a corpus with a batch applied in place of the one shown. Only
    /// this changes the corpus once the load is over, so the batch was
    /// applied to the corpus shown until now.
    fn install(&mut self, applied: Applied) {
        let Applied {
            corpus,
            summary,
            files,
            counts: (added, changed, removed),
            grew,
        } = applied;
        let old = std::mem::replace(&mut self.corpus, Arc::new(corpus));
        let id = |article: Option<u32>| article.map(|a| old.article(a).id.as_str());
        let (selected, open) = (id(self.list.selected_article()), id(self.reader.article()));
        let focused = self.entity.map(|e| old.entities().get(e).name.as_str());
        // Article indices and entity ids mean other things now: found again.
        let corpus = &self.corpus;
        let find = |id: Option<&str>| corpus.find(id?);
        let (selected, open) = (find(selected), find(open));
        self.entity = focused.and_then(|name| corpus.entities().lookup(name));
        self.threads.invalidate(&old);
        // Only added to: the list stays, and the next pass looks at its
        // matches and the new articles only (a whole pass over 100,000
        // titles was the key's after a swap). Else it starts from scratch.
        if !(grew && self.list.carry_over(&old, corpus)) {
            self.list.restart_from(selected);
        }
        // Freeing the old corpus (a quarter of a GB at 100,000 articles)
        // takes longer than a key may wait.
        store::spawn_named("byline-free", move || {
            store::yield_to_the_ui();
            drop(old);
            super::loading::release_freed_memory();
        });
        self.loading.changed(summary, files);
        self.reader.reopen(open);
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
    }
}
