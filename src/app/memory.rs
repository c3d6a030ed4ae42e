//! What the reader remembers across runs: read and starred articles and the
//! last position, kept in a `marks::Store` (`state.json`) when one is
//! attached (the terminal reader) and in memory otherwise. Every mark is
//! written at once, merged with what another reader wrote meanwhile; the
//! position once it has stayed put for `SETTLE`.

use crate::marks::{Marks, Position, Store};
use crate::search::Corpus;
use std::time::{Duration, Instant};

/// How long a new position must stay unchanged before it is written: a
/// hang-up or crash loses at most this much, and scrolling or typing writes
/// nothing until it stops (each write re-reads and rewrites `state.json`).
pub(super) const SETTLE: Duration = Duration::from_secs(1);

/// The two per-article flags `u` and `m` flip.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Flag {
    Read,
    Star,
}

impl Flag {
    /// What the status bar says after setting (`on`) or clearing it.
    pub(super) fn message(self, on: bool) -> &'static str {
        match (self, on) {
            (Flag::Read, true) => "marked read",
            (Flag::Read, false) => "marked unread",
            (Flag::Star, true) => "starred",
            (Flag::Star, false) => "unstarred",
        }
    }
}

/// The marks and the store.
#[derive(Default)]
pub(super) struct Memory {
    marks: Marks,
    store: Option<Store>,
    /// Where positions are kept for this set of PATHs.
    key: String,
    /// A position to restore once its article is listed, and the article
    /// once found.
    pending: Option<(Position, Option<u32>)>,
    /// How many articles were searched for the pending position's article.
    searched: usize,
    /// The position last written (or read at the start) …
    written: Option<Position>,
    /// … and a different one, with when it was first seen.
    moved: Option<(Position, Instant)>,
}

impl Memory {
    /// Keeps marks and positions in `store` from now on, starting from
    /// `marks` (as `Store::open` read them); gives the position saved under
    /// `key`, if any.
    pub(super) fn attach(&mut self, store: Store, marks: Marks, key: String) -> Option<Position> {
        let position = marks.positions.get(&key).cloned();
        self.written.clone_from(&position);
        self.marks = marks;
        self.store = Some(store);
        self.key = key;
        position
    }

    pub(super) fn has(&self, flag: Flag, hash: u64) -> bool {
        let set = match flag {
            Flag::Read => &self.marks.read,
            Flag::Star => &self.marks.starred,
        };
        !set.is_empty() && set.contains(&hash)
    }

    /// Marks the article with content `hash` read, if it was not; an error
    /// says the marks could not be written.
    pub(super) fn mark_read(&mut self, hash: u64) -> Result<(), String> {
        if !self.marks.read.insert(hash) {
            return Ok(());
        }
        if let Some(store) = &mut self.store {
            store.set_read(hash, true);
        }
        self.persist()
    }

    /// Flips `flag` on the article with content `hash` and writes it; gives
    /// whether it is now set, and whether the write worked.
    pub(super) fn toggle(&mut self, flag: Flag, hash: u64) -> (bool, Result<(), String>) {
        let on = !self.has(flag, hash);
        (on, self.set(flag, &[hash], on))
    }

    /// Sets (`on`) or clears `flag` on the articles with content `hashes`
    /// (a story's), and writes them at once.
    pub(super) fn set(&mut self, flag: Flag, hashes: &[u64], on: bool) -> Result<(), String> {
        let set = match flag {
            Flag::Read => &mut self.marks.read,
            Flag::Star => &mut self.marks.starred,
        };
        for &hash in hashes {
            if on {
                set.insert(hash);
            } else {
                set.remove(&hash);
            }
            if let Some(store) = &mut self.store {
                match flag {
                    Flag::Read => store.set_read(hash, on),
                    Flag::Star => store.set_starred(hash, on),
                }
            }
        }
        self.persist()
    }

    /// Narrows the filter's hits by the marks: unread only (`U`), starred
    /// or not (`*`, `!*`).
    pub(super) fn keep_marked(
        &self,
        mut shown: Vec<u32>,
        unread_only: bool,
        starred: Option<bool>,
        corpus: &Corpus,
    ) -> Vec<u32> {
        if !unread_only && starred.is_none() {
            return shown;
        }
        let marks = &self.marks;
        shown.retain(|&a| {
            let h = corpus.hash(a);
            (!unread_only || !marks.read.contains(&h))
                && starred.is_none_or(|s| marks.starred.contains(&h) == s)
        });
        shown
    }

    /// Saves `position` for the next start with the same PATHs.
    pub(super) fn save_position(&mut self, position: Position) -> Result<(), String> {
        let Some(store) = &mut self.store else {
            return Ok(());
        };
        store.set_position(&self.key, position.clone());
        // Written even if the write fails: it is not retried every tick.
        self.written = Some(position);
        self.moved = None;
        self.persist()
    }

    /// Whether a position can be saved as it settles: there is a store and
    /// no saved position waits to be restored (the start's place would
    /// replace it).
    pub(super) fn settles(&self) -> bool {
        self.store.is_some() && self.pending.is_none()
    }

    /// Saves `position` (the reader's place at `now`) once it has stayed
    /// the same for `SETTLE`.
    pub(super) fn settle_position(&mut self, position: Position, now: Instant) -> Result<(), String> {
        if self.written.as_ref() == Some(&position) {
            self.moved = None;
            return Ok(());
        }
        match &self.moved {
            Some((seen, since)) if *seen == position => {
                if now.saturating_duration_since(*since) >= SETTLE {
                    return self.save_position(position);
                }
            }
            _ => self.moved = Some((position, now)),
        }
        Ok(())
    }

    /// Writes the marks, picking up those another reader wrote meanwhile.
    fn persist(&mut self) -> Result<(), String> {
        let Some(store) = &mut self.store else {
            return Ok(());
        };
        let merged = store
            .save()
            .map_err(|e| format!("could not save read marks: {e}"))?;
        self.marks.read = merged.read;
        self.marks.starred = merged.starred;
        Ok(())
    }

    /// Restores `position` as soon as its article is listed.
    pub(super) fn restore_later(&mut self, position: Position) {
        self.pending = Some((position, None));
        self.searched = 0;
    }

    /// Keeps a pending position waiting, with its article if found.
    pub(super) fn keep_waiting(&mut self, position: Position, found: Option<u32>) {
        self.pending = Some((position, found));
    }

    /// Drops a position not restored yet: the user has moved on.
    pub(super) fn forget_pending_position(&mut self) {
        self.pending = None;
    }

    /// The pending position, if any, with its article once it has arrived
    /// (searching only the articles that arrived since the last call).
    pub(super) fn take_pending(&mut self, corpus: &Corpus) -> Option<(Position, Option<u32>)> {
        let (position, mut found) = self.pending.take()?;
        let id = position.article.as_deref()?;
        if found.is_none() {
            found = (self.searched..corpus.len())
                .map(|i| i as u32)
                .find(|&a| corpus.article(a).id == id);
            self.searched = corpus.len();
        }
        Some((position, found))
    }
}
