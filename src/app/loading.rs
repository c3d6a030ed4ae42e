//! Articles streaming in from a background load: drained a little each tick
//! so the list fills while the rest of a big folder is still being read.

use crate::search::{Corpus, CorpusEvent, FileTable, Summary};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

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
    /// The corpus came whole from the saved index: the stream no longer counts.
    restored: bool,
    /// The streamed corpus the restored one replaced, until the reader has
    /// found its place again in the new one (by the old one's ids).
    replaced: Option<Corpus>,
    /// The stream read every file: what saving the index needs.
    complete: Option<(FileTable, PathBuf)>,
}

impl Loading {
    pub fn new(events: Receiver<CorpusEvent>) -> Loading {
        Loading {
            events: Some(events),
            ..Loading::default()
        }
    }

    /// Whether events may still arrive.
    pub fn is_active(&self) -> bool {
        self.events.is_some()
    }

    /// `(files done, files found, whether the walk is over)` for the status bar.
    pub fn progress(&self) -> (usize, usize, bool) {
        (self.done, self.summary.files.max(self.done), self.walked)
    }

    pub fn skipped(&self) -> &[(PathBuf, String)] {
        &self.summary.skipped
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
    pub fn take_replaced(&mut self) -> Option<Corpus> {
        self.replaced.take()
    }

    /// Once the stream has read every file: where to save the index, the
    /// files' stamps and the load's summary.
    pub fn take_complete(&mut self) -> Option<(PathBuf, FileTable, Summary)> {
        let (files, cache) = self.complete.take()?;
        Some((cache, files, self.summary.clone()))
    }

    /// Moves what has arrived into `corpus`, for at most `budget`; returns
    /// how many articles were added.
    pub fn drain(&mut self, corpus: &mut Corpus, budget: Duration) -> usize {
        let Some(events) = &self.events else { return 0 };
        let deadline = Instant::now() + budget;
        let mut added = 0;
        loop {
            let event = events.try_recv();
            // After a restored index, the stream's stragglers are stale.
            if self.restored && event.is_ok() {
                continue;
            }
            match event {
                Ok(CorpusEvent::Restored(r)) => {
                    self.replaced = Some(std::mem::replace(corpus, r.corpus));
                    (self.done, self.walked, self.restored) = (r.summary.files, true, true);
                    self.summary = r.summary;
                    added += corpus.len();
                }
                Ok(CorpusEvent::Complete { files, cache }) => self.complete = Some((files, cache)),
                Ok(CorpusEvent::Started {
                    max_file_bytes,
                    corrections,
                }) => {
                    corpus.set_max_file_bytes(max_file_bytes);
                    corpus.set_corrections(corrections);
                }
                Ok(CorpusEvent::Found { total }) => self.summary.files = self.summary.files.max(total),
                Ok(CorpusEvent::Walked { total, ignored }) => {
                    (self.summary.files, self.summary.ignored) = (total, ignored);
                    self.walked = true;
                }
                Ok(CorpusEvent::FileDone) => self.done += 1,
                Ok(CorpusEvent::Article(item)) => {
                    corpus.push(*item);
                    added += 1;
                }
                Ok(CorpusEvent::Skipped { path, reason }) => self.summary.skipped.push((path, reason)),
                Ok(CorpusEvent::Lossy { path }) => self.summary.lossy.push(path),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    self.events = None;
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
