//! Streaming a folder into the reader: files are read and analysed on the
//! loader's threads; the reader drains the events into its `Corpus`. With
//! a saved index (see `snapshot`), a second thread checks it against the
//! files while the stream starts, and if every file is unchanged the whole
//! corpus arrives at once and the stream stops.

use super::corpus::Analysed;
use super::refresh;
use super::snapshot::{self, FileTable, Restored};
use crate::analysis::{Corrections, Gazetteer};
use crate::store::{self, LoadEvent, LoadOptions, Outcome, Stamp};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Condvar, Mutex};

pub enum CorpusEvent {
    /// First of all: the size limit the files are read with, for reading
    /// bodies again later (see `Corpus::set_max_file_bytes`).
    Started {
        max_file_bytes: u64,
        /// The user's entity corrections (`Corpus::set_corrections`).
        corrections: Arc<Corrections>,
    },
    /// The walk has found `total` files so far.
    Found {
        total: usize,
    },
    /// The walk is over.
    Walked {
        total: usize,
        ignored: usize,
    },
    /// One more file is done (whatever became of it), for `done/total`.
    FileDone,
    Article(Box<Analysed>),
    Skipped {
        path: PathBuf,
        reason: String,
    },
    Lossy {
        path: PathBuf,
    },
    /// The saved index matched every file: this replaces whatever streamed
    /// in before it, and nothing after it counts.
    Restored(Box<Restored>),
    /// Every file as loaded, with its stamp: what live folders compare
    /// against, and what the index at `cache` holds, or is to hold unless
    /// `saved` says it already does.
    Complete {
        files: FileTable,
        cache: Option<PathBuf>,
        saved: bool,
    },
}

/// Starts loading and analysing `paths`; the channel closes when all is done.
pub fn spawn_loading(paths: Vec<PathBuf>, options: LoadOptions) -> Receiver<CorpusEvent> {
    spawn_loading_with(paths, options, None, Arc::default())
}

/// `spawn_loading` that uses, and then refreshes, the index saved in the
/// folder `cache` (one file per set of PATHs and size limit).
pub fn spawn_loading_with(
    paths: Vec<PathBuf>,
    options: LoadOptions,
    cache: Option<&Path>,
    corrections: Arc<Corrections>,
) -> Receiver<CorpusEvent> {
    let (tx, rx) = channel();
    // Built here, once, rather than by whichever reader thread comes first
    // while the others and the index check wait on it: the first articles
    // show sooner.
    let _ = Gazetteer::builtin();
    let max_file_bytes = options.max_file_bytes;
    let _ = tx.send(CorpusEvent::Started {
        max_file_bytes,
        corrections: Arc::clone(&corrections),
    });
    let superseded = Arc::new(AtomicBool::new(false));
    let cache = cache.map(|dir| dir.join(snapshot::file_name(&paths, max_file_bytes)));
    let gate = Arc::new(Gate::default());
    if let Some(file) = cache.clone().filter(|f| f.is_file()) {
        gate.close();
        let (tx, superseded, roots, gate, options) = (
            tx.clone(),
            Arc::clone(&superseded),
            paths.clone(),
            Arc::clone(&gate),
            options.clone(),
        );
        store::spawn_named("byline-index", move || {
            // Opened however this ends, a panic included: a closed gate would stall the load.
            let _open = OpenOnDrop(gate);
            if let Ok((restored, files, changed)) = refresh::restore(&file, &roots, corrections, &options) {
                snapshot::touch(&file);
                superseded.store(true, Ordering::SeqCst);
                let _ = tx.send(CorpusEvent::Restored(Box::new(restored)));
                // Brought up to date: saved again, for the next start.
                let (cache, saved) = (Some(file), !changed);
                let _ = tx.send(CorpusEvent::Complete { files, cache, saved });
            }
        });
    }
    // The order is set below, where the file's place is known.
    let files = store::spawn_map(paths, options, move |article| {
        gate.pass();
        Analysed::new(article, (0, 0))
    });
    store::spawn_named("byline-relay", move || relay(files, &tx, &superseded, cache));
    rx
}

/// Holds the stream back, after the first articles (enough to fill the
/// first screen), while the saved index is checked: two cores cannot do
/// both at full speed, and the index, when it holds, makes the stream moot.
#[derive(Default)]
struct Gate {
    closed: Mutex<bool>,
    opened: Condvar,
    passed: AtomicUsize,
}

struct OpenOnDrop(Arc<Gate>);

impl Drop for OpenOnDrop {
    fn drop(&mut self) {
        self.0.open();
    }
}

/// How many articles go through a closed gate.
const GATE_HEAD: usize = 256;

impl Gate {
    fn close(&self) {
        *self.closed.lock().unwrap_or_else(|e| e.into_inner()) = true;
    }

    fn open(&self) {
        *self.closed.lock().unwrap_or_else(|e| e.into_inner()) = false;
        self.opened.notify_all();
    }

    fn pass(&self) {
        if self.passed.fetch_add(1, Ordering::Relaxed) < GATE_HEAD {
            return;
        }
        let mut closed = self.closed.lock().unwrap_or_else(|e| e.into_inner());
        while *closed {
            closed = self.opened.wait(closed).unwrap_or_else(|e| e.into_inner());
        }
    }
}

/// Passes the stream on as corpus events until a restored index supersedes
/// it; at the end, the stamps of every file for saving the index.
fn relay(
    files: Receiver<LoadEvent<Analysed>>,
    tx: &Sender<CorpusEvent>,
    superseded: &AtomicBool,
    cache: Option<PathBuf>,
) {
    let mut table: Vec<Option<(PathBuf, Option<Stamp>)>> = Vec::new();
    for event in files {
        if superseded.load(Ordering::SeqCst) {
            return;
        }
        let sent = match event {
            LoadEvent::Found { total } => tx.send(CorpusEvent::Found { total }),
            LoadEvent::Walked { total, ignored } => tx.send(CorpusEvent::Walked { total, ignored }),
            LoadEvent::Files(files) => {
                let mut events = Vec::new();
                for file in files {
                    if table.len() <= file.seq {
                        table.resize_with(file.seq + 1, || None);
                    }
                    table[file.seq] = Some((file.path.clone(), file.stamp));
                    match file.outcome {
                        Outcome::Loaded { articles, lossy } => {
                            if lossy {
                                events.push(CorpusEvent::Lossy { path: file.path });
                            }
                            for (n, mut item) in articles.into_iter().enumerate() {
                                item.order = (file.seq as u32, n as u32);
                                events.push(CorpusEvent::Article(Box::new(item)));
                            }
                        }
                        Outcome::Skipped(reason) => events.push(CorpusEvent::Skipped {
                            path: file.path,
                            reason,
                        }),
                    }
                    events.push(CorpusEvent::FileDone);
                }
                events.into_iter().try_for_each(|e| tx.send(e))
            }
        };
        if sent.is_err() {
            return;
        }
    }
    if !superseded.load(Ordering::SeqCst)
        && let Some(files) = table.into_iter().collect::<Option<FileTable>>()
    {
        let _ = tx.send(CorpusEvent::Complete {
            files,
            cache,
            saved: false,
        });
    }
}
