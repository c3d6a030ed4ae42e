//! Live folders: while the reader is open, files added, changed or removed
//! under its PATHs are noticed (the platform's file notifications, else a
//! poll), read and analysed on a thread of their own, and handed over as
//! `Changes` for the reader to apply between keys. A burst of events (a sync
//! dropping a thousand files) settles before anything is read, so it comes
//! over as one batch.

use super::refresh::Changes;
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
            // Access events (a file read, ours included) change nothing.
            if event.is_ok_and(|e| !e.kind.is_access()) {
                let _ = tx.send(());
            }
        });
        let watching = watcher.and_then(|mut w| {
            for root in &roots {
                w.watch(root, RecursiveMode::Recursive)?;
            }
            Ok(w)
        });
        // Without notifications (no inotify left, an odd file system): a poll.
        let wait = if watching.is_ok() { Duration::MAX } else { POLL };
        let mut table = table;
        loop {
            match events.recv_timeout(wait) {
                Ok(()) => while events.recv_timeout(SETTLE).is_ok() {},
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) if watching.is_ok() => return,
                Err(RecvTimeoutError::Disconnected) => std::thread::sleep(POLL),
            }
            let mut found = Changes::since(&roots, &table);
            if found.is_empty() && found.files == table {
                continue;
            }
            found.read(&options);
            table = found.files.clone();
            if out.send(found).is_err() {
                return;
            }
        }
    });
    changes
}
