//! Streaming a folder into the reader: files are read and analysed on the
//! loader's threads; the reader drains the events into its `Corpus`.

use super::corpus::Analysed;
use crate::store::{self, LoadEvent, LoadOptions, Outcome};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};

pub enum CorpusEvent {
    /// First of all: the size limit the files are read with, for reading
    /// bodies again later (see `Corpus::set_max_file_bytes`).
    Started {
        max_file_bytes: u64,
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
}

/// Starts loading and analysing `paths`; the channel closes when all is done.
pub fn spawn_loading(paths: Vec<PathBuf>, options: LoadOptions) -> Receiver<CorpusEvent> {
    let (tx, rx) = channel();
    let max_file_bytes = options.max_file_bytes;
    let _ = tx.send(CorpusEvent::Started { max_file_bytes });
    // The order is set below, where the file's place is known.
    let files = store::spawn_map(paths, options, |article| Analysed::new(article, (0, 0)));
    store::spawn_named("byline-relay", move || {
        for event in files {
            let sent = match event {
                LoadEvent::Found { total } => tx.send(CorpusEvent::Found { total }),
                LoadEvent::Walked { total, ignored } => tx.send(CorpusEvent::Walked { total, ignored }),
                LoadEvent::Files(files) => {
                    let mut events = Vec::new();
                    for file in files {
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
    });
    rx
}
