//! Articles streaming in from a background load: drained a little each tick
//! so the list fills while the rest of a big folder is still being read.

use crate::search::{Corpus, CorpusEvent};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

/// Progress of the load and what it could not use.
#[derive(Debug, Default)]
pub struct Loading {
    events: Option<Receiver<CorpusEvent>>,
    /// Files found so far; final once `walked`.
    found: usize,
    walked: bool,
    /// Files done, whatever became of them.
    done: usize,
    skipped: Vec<(PathBuf, String)>,
    lossy: Vec<PathBuf>,
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
        (self.done, self.found.max(self.done), self.walked)
    }

    pub fn skipped(&self) -> &[(PathBuf, String)] {
        &self.skipped
    }

    /// Files decoded with replacement characters.
    pub fn lossy(&self) -> &[PathBuf] {
        &self.lossy
    }

    /// Moves what has arrived into `corpus`, for at most `budget`; returns
    /// how many articles were added.
    pub fn drain(&mut self, corpus: &mut Corpus, budget: Duration) -> usize {
        let Some(events) = &self.events else { return 0 };
        let deadline = Instant::now() + budget;
        let mut added = 0;
        loop {
            match events.try_recv() {
                Ok(CorpusEvent::Started { max_file_bytes }) => corpus.set_max_file_bytes(max_file_bytes),
                Ok(CorpusEvent::Found { total }) => self.found = self.found.max(total),
                Ok(CorpusEvent::Walked { total, .. }) => {
                    self.found = total;
                    self.walked = true;
                }
                Ok(CorpusEvent::FileDone) => self.done += 1,
                Ok(CorpusEvent::Article(item)) => {
                    corpus.push(*item);
                    added += 1;
                }
                Ok(CorpusEvent::Skipped { path, reason }) => self.skipped.push((path, reason)),
                Ok(CorpusEvent::Lossy { path }) => self.lossy.push(path),
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
