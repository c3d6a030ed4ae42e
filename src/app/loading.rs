//! Articles streaming in from a background load: drained a little each tick
//! so the list fills while the rest of a big folder is still being read; the
//! swap to a corpus restored from the saved index; and, once a full load is
//! over, the thread that saves the index for the next start.

use crate::search::{self, Corpus, CorpusEvent, FileTable, Summary};
use crate::store;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Quiet time after a live batch before the index is saved again.
const SAVE_AFTER: Duration = Duration::from_secs(2);

/// Progress of the load and what it could not use.
#[derive(Default)]
pub struct Loading {
    events: Option<Receiver<CorpusEvent>>,
    /// Files found so far (final once `walked`), those passed over, and
    /// those that could not be used: what a saved index keeps of the load.
    summary: Summary,
    walked: bool,
    /// Files done, whatever became of them.
    done: usize,
    /// Every article is in: the list is complete (the names may not be).
    listed: bool,
    /// The names being analysed after the list (`done`, `total` articles).
    analysing: Option<(usize, usize)>,
    /// Something the list must show at once came in (the last article, the names).
    milestone: bool,
    /// The corpus came whole from the saved index: the stream no longer counts.
    restored: bool,
    /// The streamed corpus the restored one replaced, until the reader has
    /// found its place again in the new one (by the old one's ids).
    replaced: Option<Corpus>,
    /// Every file as loaded, and where the index is to be saved, if it is.
    complete: Option<(FileTable, Option<PathBuf>, bool)>,
    /// Every file as loaded, for live folders to compare against.
    table: Option<FileTable>,
    /// The index file, for saving it again after live changes.
    index: Option<PathBuf>,
    /// Writing the index for the next start, in the background.
    saving: Option<JoinHandle<()>>,
    /// The files after the newest live batch, and when it came, while the
    /// index saved does not hold it yet (`save_when_quiet`).
    unsaved: Option<(FileTable, Instant)>,
    /// The stream is over but not wound up yet (a filter pass held the
    /// corpus that tick): the load still counts as active until it is.
    winding: bool,
}

impl Loading {
    pub(super) fn new(events: Receiver<CorpusEvent>) -> Loading {
        Loading {
            events: Some(events),
            ..Loading::default()
        }
    }

    /// Whether events may still arrive, or the load is not wound up yet.
    pub fn is_active(&self) -> bool {
        self.events.is_some() || self.winding
    }

    /// Whether every event has arrived (`wind_up` is due).
    pub(super) fn stream_over(&self) -> bool {
        self.events.is_none()
    }

    /// Whether every article is listed, titles and body words indexed.
    pub fn is_listed(&self) -> bool {
        self.listed || !self.is_active()
    }

    /// `(articles done, of total)` while their names, quotes and speakers
    /// are analysed after the list: until then `@`, `#`, `]` and the
    /// entity and speaker pickers know no names.
    pub fn analysing(&self) -> Option<(usize, usize)> {
        self.analysing.filter(|_| self.is_active())
    }

    /// Once: whether the list must be refreshed now, not at its pace.
    pub(super) fn take_milestone(&mut self) -> bool {
        std::mem::take(&mut self.milestone)
    }

    /// `(files done, files found, whether the walk is over)` for the status bar.
    pub fn progress(&self) -> (usize, usize, bool) {
        (self.done, self.summary.files.max(self.done), self.walked)
    }

    /// Files that gave no article, with why.
    pub fn skipped(&self) -> &[(PathBuf, String)] {
        &self.summary.skipped
    }

    /// Files loaded in part (some JSON records left out), with which.
    pub fn partial(&self) -> &[(PathBuf, String)] {
        &self.summary.partial
    }

    /// Files decoded with replacement characters.
    pub fn lossy(&self) -> &[PathBuf] {
        &self.summary.lossy
    }

    /// Whether the corpus came from the saved index.
    pub fn is_restored(&self) -> bool {
        self.restored
    }

    /// The corpus the restored one replaced, once.
    pub(super) fn take_replaced(&mut self) -> Option<Corpus> {
        self.replaced.take()
    }

    /// Once the stream is over: if the stream read every file, saves
    /// `corpus` as the index for the next start on a thread of its own.
    pub(super) fn wind_up(&mut self, corpus: &Arc<Corpus>) {
        self.winding = false;
        let Some((files, path, saved)) = self.complete.take() else {
            return;
        };
        self.index = path.clone();
        // Cloned only to be saved: a restored index is the files' as they are.
        if let (Some(path), false) = (path, saved) {
            self.save(corpus, files.clone(), path);
        }
        self.table = Some(files);
    }

    /// The files as loaded, once (for live folders).
    pub(super) fn take_table(&mut self) -> Option<FileTable> {
        self.table.take()
    }

    /// Live changes were applied: the summary follows, and the index is to
    /// be saved again once the burst is over (`save_when_quiet`).
    pub(super) fn changed(&mut self, summary: Summary, files: FileTable) {
        self.summary = summary;
        if self.index.is_some() {
            self.unsaved = Some((files, Instant::now()));
        }
    }

    /// Saves the index again after live changes once no batch has come for
    /// `SAVE_AFTER` and `typing` is false, and no save is running: a sync
    /// drops its files in several batches, and each save (0.3 s of CPU at
    /// 100,000 articles) ran beside the keys typed as the new articles came.
    pub(super) fn save_when_quiet(&mut self, corpus: &Arc<Corpus>, typing: bool) {
        let due = (self.unsaved.as_ref()).is_some_and(|(_, at)| at.elapsed() >= SAVE_AFTER);
        let running = self.saving.as_ref().is_some_and(|s| !s.is_finished());
        if due && !typing && !running {
            self.save_changed(corpus);
        }
    }

    fn save_changed(&mut self, corpus: &Arc<Corpus>) {
        if let (Some((files, _)), Some(path)) = (self.unsaved.take(), self.index.clone()) {
            self.save(corpus, files, path);
        }
    }

    pub(super) fn summary(&self) -> &Summary {
        &self.summary
    }

    fn save(&mut self, corpus: &Arc<Corpus>, files: FileTable, path: PathBuf) {
        let (corpus, summary) = (Arc::clone(corpus), self.summary.clone());
        self.saving = Some(store::spawn_named("byline-save", move || {
            // Background work: 0.4-0.5 s of CPU at 100,000 articles, which
            // at full priority took a core from the filter right after a
            // live batch was installed.
            store::yield_to_the_ui();
            // A failed save only costs the next start its speed.
            let _ = search::save_index(&path, &files, &corpus, &summary);
            drop(files);
            release_freed_memory();
        }));
    }

    /// Waits for the index being saved, if any, and saves live changes not
    /// saved yet (`corpus` holds them), so the next start finds them.
    pub(super) fn finish_saving(&mut self, corpus: &Arc<Corpus>) {
        if self.unsaved.is_some() {
            self.join_saving();
            self.save_changed(corpus);
        }
        self.join_saving();
    }

    fn join_saving(&mut self) {
        if let Some(saving) = self.saving.take() {
            let _ = saving.join();
        }
    }

    /// Moves what has arrived into `corpus`, for at most `budget`; returns
    /// how many articles were added.
    pub(super) fn drain(&mut self, corpus: &mut Corpus, budget: Duration) -> usize {
        let Some(events) = &self.events else { return 0 };
        let deadline = Instant::now() + budget;
        let mut added = 0;
        loop {
            let event = events.try_recv();
            // After a restored index, the stream's stragglers are stale.
            if self.restored
                && event
                    .as_ref()
                    .is_ok_and(|e| !matches!(e, CorpusEvent::Complete { .. }))
            {
                continue;
            }
            match event {
                Ok(CorpusEvent::Restored(r)) => {
                    self.replaced = Some(std::mem::replace(corpus, r.corpus));
                    (self.done, self.walked, self.restored) = (r.summary.files, true, true);
                    (self.listed, self.analysing) = (true, None);
                    self.summary = r.summary;
                    added += corpus.len();
                }
                Ok(CorpusEvent::Complete { files, cache, saved }) => {
                    self.complete = Some((*files, cache, saved))
                }
                Ok(CorpusEvent::Started {
                    max_file_bytes,
                    corrections,
                }) => {
                    corpus.set_max_file_bytes(max_file_bytes);
                    corpus.set_corrections(corrections);
                }
                Ok(CorpusEvent::Found { total }) => self.summary.files = self.summary.files.max(total),
                Ok(CorpusEvent::Walked { total, ignored }) => {
                    // A file holds one article, as a rule (JSON records, feeds: more).
                    corpus.reserve(total.saturating_sub(corpus.len()));
                    (self.summary.files, self.summary.ignored) = (total, ignored);
                    self.walked = true;
                }
                Ok(CorpusEvent::FileDone) => self.done += 1,
                Ok(CorpusEvent::Listed) => {
                    (self.listed, self.milestone) = (true, true);
                    self.analysing = Some((0, corpus.len()));
                }
                Ok(CorpusEvent::Analysing { done, total }) => self.analysing = Some((done, total)),
                Ok(CorpusEvent::Words(wanted)) => wanted.answer(corpus),
                Ok(CorpusEvent::Entities(part)) => {
                    // Only a corpus other than the one listed refuses it: then it stays without names.
                    corpus.install(*part);
                    (self.analysing, self.milestone) = (None, true);
                }
                Ok(CorpusEvent::Article(item)) => {
                    corpus.push(*item);
                    added += 1;
                }
                Ok(CorpusEvent::Skipped { path, reason }) => self.summary.skipped.push((path, reason)),
                Ok(CorpusEvent::Partial { path, note }) => self.summary.partial.push((path, note)),
                Ok(CorpusEvent::Lossy { path }) => self.summary.lossy.push(path),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    (self.events, self.winding) = (None, true);
                    break;
                }
            }
            if Instant::now() >= deadline {
                break;
            }
        }
        added
    }
}

/// Hands back to the system the memory a load freed (see `store::release_freed_memory`).
pub(super) fn release_freed_memory() {
    store::release_freed_memory();
}
