//! What the reader remembers: read and starred articles (`u`, `m`, the `U`
//! and `*` list filters) and the last position, kept in a `marks::Store`
//! when one is attached (the terminal reader) and in memory otherwise.

use super::state::App;
use crate::layout::Pane;
use crate::marks::{Marks, Position, Store};

/// The two per-article marks `u` and `m` flip.
#[derive(Clone, Copy)]
enum Mark {
    Read,
    Star,
}

/// The marks and the store.
#[derive(Default)]
pub(super) struct Memory {
    marks: Marks,
    store: Option<Store>,
    /// Where positions are kept for this set of PATHs.
    key: String,
    /// A position to restore once its article is listed.
    pending: Option<(Position, Option<u32>)>,
    /// How many articles were searched for the pending position's article.
    searched: usize,
    pub(super) unread_only: bool,
}

impl App {
    /// Keeps marks and positions in `store` from now on, starting from
    /// `marks` (as `Store::open` read them), and restores the position
    /// saved under `key` as soon as its article is listed.
    pub fn remember(&mut self, store: Store, marks: Marks, key: String) {
        let position = marks.positions.get(&key).cloned();
        self.memory.marks = marks;
        self.memory.store = Some(store);
        self.memory.key = key;
        if let Some(position) = position {
            if !position.filter.is_empty() {
                self.filter.set(position.filter.clone());
                self.refilter();
            }
            self.memory.pending = Some((position, None));
            self.memory.searched = 0;
            self.restore_position();
        }
    }

    pub fn is_read(&self, article: u32) -> bool {
        !self.memory.marks.read.is_empty() && self.memory.marks.read.contains(&self.hash(article))
    }

    pub fn is_starred(&self, article: u32) -> bool {
        !self.memory.marks.starred.is_empty() && self.memory.marks.starred.contains(&self.hash(article))
    }

    /// Whether the list shows unread articles only (`U`).
    pub fn unread_only(&self) -> bool {
        self.memory.unread_only
    }

    fn hash(&self, article: u32) -> u64 {
        self.corpus.hash(article)
    }

    /// Marks an article opened in the reader read.
    pub(super) fn mark_read(&mut self, article: u32) {
        let hash = self.hash(article);
        if self.memory.marks.read.insert(hash) {
            if let Some(store) = &mut self.memory.store {
                store.set_read(hash, true);
            }
            self.persist();
        }
    }

    /// The article `u` and `m` act on: the one in the reader (which follows
    /// the list's selection while the list has the keyboard).
    fn target(&self) -> Option<u32> {
        self.reader.article.or(self.selected_article())
    }

    pub(super) fn toggle_read(&mut self) {
        self.toggle(Mark::Read);
    }

    pub(super) fn toggle_star(&mut self) {
        self.toggle(Mark::Star);
    }

    /// Flips a mark on the target article, saves it, and refilters when the
    /// list is filtered by that mark (`U`, `*`).
    fn toggle(&mut self, mark: Mark) {
        let Some(article) = self.target() else {
            self.message = Some("no article".into());
            return;
        };
        let hash = self.hash(article);
        let set = match mark {
            Mark::Read => &mut self.memory.marks.read,
            Mark::Star => &mut self.memory.marks.starred,
        };
        let on = !set.remove(&hash);
        if on {
            set.insert(hash);
        }
        if let Some(store) = &mut self.memory.store {
            match mark {
                Mark::Read => store.set_read(hash, on),
                Mark::Star => store.set_starred(hash, on),
            }
        }
        let message = match (mark, on) {
            (Mark::Read, true) => "marked read",
            (Mark::Read, false) => "marked unread",
            (Mark::Star, true) => "starred",
            (Mark::Star, false) => "unstarred",
        };
        self.message = Some(message.into());
        self.persist();
        let filtered = match mark {
            Mark::Read => self.memory.unread_only,
            Mark::Star => self.query().starred.is_some(),
        };
        if filtered {
            self.refilter();
        }
    }

    pub(super) fn toggle_unread_only(&mut self) {
        self.memory.unread_only = !self.memory.unread_only;
        self.refilter();
    }

    /// Narrows the filter's hits by the marks: unread only (`U`), starred
    /// or not (`*`, `!*`). Called by `refilter` on its result.
    pub(super) fn keep_marked(&mut self, mut shown: Vec<u32>) -> Vec<u32> {
        let (unread_only, starred) = (self.memory.unread_only, self.query().starred);
        if !unread_only && starred.is_none() {
            return shown;
        }
        let (marks, corpus) = (&self.memory.marks, &self.corpus);
        shown.retain(|&a| {
            let h = corpus.hash(a);
            (!unread_only || !marks.read.contains(&h))
                && starred.is_none_or(|s| marks.starred.contains(&h) == s)
        });
        shown
    }

    /// Writes the marks, picking up those another reader wrote meanwhile.
    fn persist(&mut self) {
        let Some(store) = &mut self.memory.store else {
            return;
        };
        match store.save() {
            Ok(merged) => {
                self.memory.marks.read = merged.read;
                self.memory.marks.starred = merged.starred;
            }
            Err(e) => {
                self.message = Some(format!("could not save read marks: {e}"));
            }
        }
    }

    /// Saves the filter, the selected article and the reader's place, for
    /// the next start with the same PATHs.
    pub fn save_position(&mut self) {
        let position = Position {
            filter: self.filter.text().to_owned(),
            article: self.selected_article().map(|a| self.corpus.article(a).id.clone()),
            scroll: self.reader.scroll,
            reading: self.focus == Pane::Reader,
        };
        let key = self.memory.key.clone();
        if let Some(store) = &mut self.memory.store {
            store.set_position(&key, position);
            self.persist();
        }
    }

    /// Drops a position not restored yet: the user has moved on.
    pub(super) fn forget_pending_position(&mut self) {
        self.memory.pending = None;
    }

    /// Restores the pending position once its article is loaded and listed.
    pub(super) fn restore_position(&mut self) {
        let Some((position, mut found)) = self.memory.pending.take() else {
            return;
        };
        let Some(id) = position.article.as_deref() else {
            return;
        };
        if found.is_none() {
            let start = self.memory.searched;
            found = (start..self.corpus.len())
                .map(|i| i as u32)
                .find(|&a| self.corpus.article(a).id == id);
            self.memory.searched = self.corpus.len();
        }
        let index = found.and_then(|a| self.shown().iter().position(|&s| s == a));
        let (Some(article), Some(index)) = (found, index) else {
            // Still loading (or filtering): try again after the next change.
            if self.loading.is_active() || found.is_some() {
                self.memory.pending = Some((position, found));
            }
            return;
        };
        self.select(index);
        if position.reading {
            // Back in the reader, without marking it read again (it may
            // have been marked unread since).
            self.focus = Pane::Reader;
            self.show(article, false);
            self.reader.entered = true;
        }
        self.reader.scroll = position.scroll;
        self.sync();
    }
}
