//! Streaming a folder into the reader: files are read and analysed on the
//! loader's threads; the reader drains the events into its `Corpus`. With
//! a saved index (see `snapshot`), a second thread checks it against the
//! files while the stream starts, and if every file is unchanged the whole
//! corpus arrives at once and the stream stops.
//!
//! The reader's stream (`spawn_loading_with`) comes in two parts: every
//! article listed with its words indexed (`Listed`), then the names, quotes
//! and speakers of all of them at once (`Entities`, see `deferred`). The
//! command line's (`spawn_loading`) analyses each article as it comes.

use super::analysed::Analysed;
use super::deferred::{self, EntityPart, Job};
use super::refresh;
use super::snapshot::{self, FileTable, Restored};
use super::word_use::WordsWanted;
use crate::analysis::{Corrections, Gazetteer};
use crate::store::{self, FileResult, LoadEvent, LoadOptions, Outcome, Stamp};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel, sync_channel};
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
    /// A file that gave no article, and why.
    Skipped {
        path: PathBuf,
        reason: String,
    },
    /// A JSON or JSONL file some of whose records loaded: `note` says which
    /// were left out. Its articles come too; it is not a skipped file.
    Partial {
        path: PathBuf,
        note: String,
    },
    Lossy {
        path: PathBuf,
    },
    /// Every article is in (the reader's stream): the names are analysed next.
    Listed,
    /// The names of `done` articles of `total` are analysed.
    Analysing {
        done: usize,
        total: usize,
    },
    /// The names analysed want the counts of some of the corpus's words
    /// before they are resolved: the reader answers (`WordsWanted::answer`).
    Words(Box<WordsWanted>),
    /// The names, quotes and speakers of every listed article (`Corpus::install`).
    Entities(Box<EntityPart>),
    /// The saved index matched every file: this replaces whatever streamed
    /// in before it, and nothing after it counts.
    Restored(Box<Restored>),
    /// Every file as loaded, with its stamp: what live folders compare
    /// against, and what the index at `cache` holds, or is to hold unless
    /// `saved` says it already does.
    Complete {
        /// Boxed: four vectors, where every other event is one or two.
        files: Box<FileTable>,
        cache: Option<PathBuf>,
        saved: bool,
    },
}

/// Starts loading and analysing `paths`, each article analysed as it comes;
/// the channel closes when all is done.
pub fn spawn_loading(paths: Vec<PathBuf>, options: LoadOptions) -> Receiver<CorpusEvent> {
    spawn(paths, options, None, Arc::default(), false)
}

/// The reader's load: it uses, and then refreshes, the index saved in the
/// folder `cache` (one file per set of PATHs and size limit); without one,
/// every article is listed first and the names analysed after (`Listed`).
pub fn spawn_loading_with(
    paths: Vec<PathBuf>,
    options: LoadOptions,
    cache: Option<&Path>,
    corrections: Arc<Corrections>,
) -> Receiver<CorpusEvent> {
    spawn(paths, options, cache, corrections, true)
}

fn spawn(
    paths: Vec<PathBuf>,
    options: LoadOptions,
    cache: Option<&Path>,
    corrections: Arc<Corrections>,
    deferred: bool,
) -> Receiver<CorpusEvent> {
    let (tx, rx) = channel();
    let max_file_bytes = options.max_file_bytes;
    let cache = cache.map(|dir| dir.join(snapshot::file_name(&paths, max_file_bytes)));
    let saved = cache.clone().filter(|f| f.is_file());
    // Built here, once, rather than by whichever reader thread comes first
    // while the others and the index check wait on it: the first articles
    // show sooner. A first start's stream analyses nothing until every
    // article is listed: its names pass builds it then (`Later::analyse`).
    if !deferred || saved.is_some() {
        let _ = Gazetteer::builtin();
    }
    let _ = tx.send(CorpusEvent::Started {
        max_file_bytes,
        corrections: Arc::clone(&corrections),
    });
    let superseded = Arc::new(AtomicBool::new(false));
    let gate = Arc::new(Gate::default());
    if let Some(file) = saved {
        gate.close();
        let (tx, superseded, roots, gate, options) = (
            tx.clone(),
            Arc::clone(&superseded),
            paths.clone(),
            Arc::clone(&gate),
            options.clone(),
        );
        let corrections = Arc::clone(&corrections);
        store::spawn_named("byline-index", move || {
            // Opened however this ends, a panic included: a closed gate would stall the load.
            let _open = OpenOnDrop(gate);
            if let Ok((restored, files, changed)) = refresh::restore(&file, &roots, corrections, &options) {
                snapshot::touch(&file);
                superseded.store(true, Ordering::SeqCst);
                let _ = tx.send(CorpusEvent::Restored(Box::new(restored)));
                // Brought up to date: saved again, for the next start.
                let (cache, saved) = (Some(file), !changed);
                let files = Box::new(files);
                let _ = tx.send(CorpusEvent::Complete { files, cache, saved });
            }
        });
    }
    // The order is set below, where the file's place is known.
    let files = store::spawn_map(
        paths,
        options,
        move |article| match deferred {
            true => Analysed::listed(article, (0, 0)),
            false => Analysed::new(article, (0, 0)),
        },
        move |found| gate.pass(found),
    );
    let later = deferred.then_some(Later {
        jobs: Vec::new(),
        max_file_bytes,
        corrections,
    });
    store::spawn_named("byline-relay", move || {
        relay(files, &tx, &superseded, cache, later)
    });
    rx
}

/// The articles a stream listed without their names, for `deferred` to analyse.
struct Later {
    jobs: Vec<Job>,
    max_file_bytes: u64,
    corrections: Arc<Corrections>,
}

impl Later {
    /// Analyses every listed article's names and sends them over; false if
    /// the reader went, or a restored index made them moot.
    fn analyse(self, tx: &Sender<CorpusEvent>, superseded: &AtomicBool) -> bool {
        let total = self.jobs.len();
        if tx.send(CorpusEvent::Listed).is_err() {
            return false;
        }
        // Waits for the reader's answer: the analysis is over by then, so
        // the pause is the reader's next look at its events.
        let ask = |(words, forms)| {
            let (reply, counts) = sync_channel(1);
            let wanted = WordsWanted { words, forms, reply };
            tx.send(CorpusEvent::Words(Box::new(wanted))).ok()?;
            counts.recv().ok()
        };
        let _ = Gazetteer::builtin();
        let mut shown = 0;
        let part = deferred::analyse(self.jobs, self.max_file_bytes, self.corrections, ask, |done| {
            // About every percent, for the status bar.
            if done < shown + total / 100 && done < total {
                return !superseded.load(Ordering::SeqCst);
            }
            shown = done;
            let sent = tx.send(CorpusEvent::Analysing { done, total });
            sent.is_ok() && !superseded.load(Ordering::SeqCst)
        });
        part.is_some_and(|p| tx.send(CorpusEvent::Entities(Box::new(p))).is_ok())
    }
}

/// Holds the stream back (its walk too), after the first files (enough to
/// fill the first screen), while the saved index is checked: two cores
/// cannot do both at full speed, and the index, when it holds, makes the
/// stream moot.
#[derive(Default)]
struct Gate {
    closed: Mutex<bool>,
    opened: Condvar,
}

struct OpenOnDrop(Arc<Gate>);

impl Drop for OpenOnDrop {
    fn drop(&mut self) {
        self.0.open();
    }
}

/// How many files go through a closed gate.
const GATE_HEAD: usize = 256;

impl Gate {
    fn close(&self) {
        *self.closed.lock().unwrap_or_else(|e| e.into_inner()) = true;
    }

    fn open(&self) {
        *self.closed.lock().unwrap_or_else(|e| e.into_inner()) = false;
        self.opened.notify_all();
    }

    /// Waits while the gate is closed, once `found` files have gone through.
    fn pass(&self, found: usize) {
        if found < GATE_HEAD {
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
    mut later: Option<Later>,
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
                    // Moved, not copied: a copy here, and the reader's path
                    // freed here, were two allocator calls a file, the free
                    // waiting on the reader's arena lock.
                    let FileResult {
                        seq,
                        path,
                        outcome,
                        stamp,
                    } = file;
                    match outcome {
                        Outcome::Loaded {
                            articles,
                            lossy,
                            left_out,
                        } => {
                            if lossy {
                                events.push(CorpusEvent::Lossy { path: path.clone() });
                            }
                            if let Some(note) = left_out {
                                events.push(CorpusEvent::Partial {
                                    path: path.clone(),
                                    note,
                                });
                            }
                            for (n, mut item) in articles.into_iter().enumerate() {
                                item.order = (seq as u32, n as u32);
                                if let Some(later) = &mut later {
                                    later.jobs.push(Job {
                                        article: item.article.clone(),
                                        stored: item.stored.clone(),
                                        hash: item.hash,
                                    });
                                }
                                events.push(CorpusEvent::Article(Box::new(item)));
                            }
                        }
                        Outcome::Skipped(reason) => events.push(CorpusEvent::Skipped {
                            path: path.clone(),
                            reason,
                        }),
                    }
                    table[seq] = Some((path, stamp));
                    events.push(CorpusEvent::FileDone);
                }
                events.into_iter().try_for_each(|e| tx.send(e))
            }
        };
        if sent.is_err() {
            return;
        }
    }
    if later.is_some_and(|later| !later.analyse(tx, superseded)) {
        return;
    }
    if !superseded.load(Ordering::SeqCst)
        && let Some(files) = (table.iter())
            .map(|f| f.as_ref().map(|(p, s)| (p.as_path(), *s)))
            .collect::<Option<FileTable>>()
    {
        let _ = tx.send(CorpusEvent::Complete {
            files: Box::new(files),
            cache,
            saved: false,
        });
    }
}
