//! Live folders: while the reader is open, files added, changed or removed
//! under its PATHs are noticed (the platform's file notifications, else a
//! poll), read and analysed on a thread of their own, and handed over as
//! `Changes` for the reader to apply between keys. A burst of events (a sync
//! dropping a thousand files) settles before anything is read, so it comes
//! over as one batch. Only the folders the notifications name are walked
//! again (`rescan.rs`); a poll, or events lost, walk everything.

use super::refresh::Changes;
use super::rescan::Known;
use super::snapshot::FileTable;
use crate::store::{self, LoadOptions};
use notify::{RecursiveMode, Watcher};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::Duration;

/// Quiet time that ends a burst of events.
const SETTLE: Duration = Duration::from_millis(300);
/// How often the folders are looked at when notifications are not to be had.
const POLL: Duration = Duration::from_secs(2);

/// Watches `roots`, whose files were `table` when loaded, and sends what
/// changed each time something did. Ends when the receiver is dropped.
pub fn spawn_watch(roots: Vec<PathBuf>, table: FileTable, options: LoadOptions) -> Receiver<Changes> {
    let (out, changes) = channel();
    store::spawn_named("byline-watch", move || {
        // Reading and analysing a burst is background work: keys come first.
        store::yield_to_the_ui();
        let (tx, events) = channel();
        let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            let seen = match event {
                // Access events (a file read, ours included) change nothing.
                Ok(e) if e.kind.is_access() => return,
                // Events lost (the queue overflowed), or a change nobody can place.
                Ok(e) if e.need_rescan() || e.paths.is_empty() => Seen::Everything,
                Ok(e) => Seen::Paths(e.paths),
                Err(_) => Seen::Everything,
            };
            let _ = tx.send(seen);
        });
        let watching = watcher.and_then(|mut w| {
            for root in &roots {
                w.watch(root, RecursiveMode::Recursive)?;
            }
            Ok(w)
        });
        // Without notifications (no inotify left, an odd file system): a poll.
        let wait = if watching.is_ok() { Duration::MAX } else { POLL };
        // Once watching, the folders are walked once in full: what changed
        // while they were loaded, and what a folder's rescan needs to know.
        let (mut known, first) = Known::rescan_all(&roots, &table);
        // Its table (10 MB at 100,000 files) freed on this thread is free
        // room in this thread's arena, kept unless trimmed.
        let mut trim = true;
        let mut table = table;
        let mut found = Some(first);
        loop {
            if let Some(mut found) = found.take()
                && !(found.is_empty() && found.files == table)
            {
                found.read(&options);
                table = found.files.clone();
                if out.send(found).is_err() {
                    return;
                }
            }
            if std::mem::take(&mut trim) {
                store::release_freed_memory();
            }
            let mut seen = Seen::Paths(Vec::new());
            match events.recv_timeout(wait) {
                Ok(first) => {
                    seen.add(first);
                    while let Ok(more) = events.recv_timeout(SETTLE) {
                        seen.add(more);
                    }
                }
                Err(RecvTimeoutError::Timeout) => seen = Seen::Everything,
                Err(RecvTimeoutError::Disconnected) if watching.is_ok() => return,
                Err(RecvTimeoutError::Disconnected) => {
                    std::thread::sleep(POLL);
                    seen = Seen::Everything;
                }
            }
            found = Some(match seen {
                Seen::Paths(paths) => match known.rescan_within(&roots, &table, &paths) {
                    Some(changes) => changes,
                    None => rescan_all(&mut known, &roots, &table),
                },
                Seen::Everything => rescan_all(&mut known, &roots, &table),
            });
        }
    });
    changes
}

fn rescan_all(known: &mut Known, roots: &[PathBuf], table: &FileTable) -> Changes {
    let (now, changes) = Known::rescan_all(roots, table);
    *known = now;
    changes
}

/// What a burst of notifications named: the paths, or everything.
enum Seen {
    Paths(Vec<PathBuf>),
    Everything,
}

impl Seen {
    fn add(&mut self, more: Seen) {
        match (self, more) {
            (Seen::Paths(paths), Seen::Paths(more)) => paths.extend(more),
            (all, _) => *all = Seen::Everything,
        }
    }
}
