//! The reader's side of what is remembered (`memory.rs`): `u` and `m` on
//! the article in view, the `U` list filter, and the position saved once it
//! settles and on exit, and restored at the next start once its article is
//! listed.

use super::memory::Flag;
use super::sort::SortOrder;
use super::state::App;
use super::threads::Row;
use crate::layout::Pane;
use crate::marks::{Marks, Position, Store};
use std::time::Instant;

impl App {
    /// Keeps marks and positions in `store` from now on, starting from
    /// `marks` (as `Store::open` read them), and restores the position
    /// saved under `key` as soon as its article is listed.
    pub fn remember(&mut self, store: Store, marks: Marks, key: String) {
        let Some(position) = self.memory.attach(store, marks, key) else {
            return;
        };
        self.list.set_sort(SortOrder::from_name(&position.sort));
        self.threads.set_on(position.threads);
        self.threads.reopen(position.expanded.clone());
        self.list.filter_mut().set(position.filter.clone());
        self.refilter();
        self.memory.restore_later(position);
        self.restore_position();
    }

    /// The article `u`, `m`, `o`, `|` and `y` act on: the one in the reader (which follows
    /// the list's selection while the list has the keyboard).
    pub(super) fn target(&self) -> Option<u32> {
        self.reader.article().or(self.list.selected_article())
    }

    /// `u`: on a collapsed story's row in the list, every article of the
    /// story is marked read (or, all read already, unread), as the row's `●`
    /// counts them; else (an expanded story's row is its lead's) the target
    /// article flips.
    pub(super) fn toggle_read(&mut self) {
        let story = match self.list.selected_row() {
            Some(Row::Story {
                members,
                expanded: false,
                ..
            }) if self.focus == Pane::List => members.clone(),
            _ => return self.toggle(Flag::Read),
        };
        let hashes: Vec<u64> = story.iter().map(|&a| self.corpus.hash(a)).collect();
        let on = hashes.iter().any(|&h| !self.memory.has(Flag::Read, h));
        let saved = self.memory.set(Flag::Read, &hashes, on);
        if self.list.unread_only() {
            self.refilter();
        }
        // While the story stays selected the status bar's `story: 5
        // articles, all read` says what changed; a message says it only
        // when the story has left the list (unread only).
        let shown = matches!(self.list.selected_row(), Some(Row::Story { members, .. }) if *members == story);
        let what = format!("story {} ({} articles)", Flag::Read.message(on), hashes.len());
        self.message = saved.err().or((!shown).then_some(what));
    }

    pub(super) fn toggle_star(&mut self) {
        self.toggle(Flag::Star);
    }

    /// Flips a flag on the target article, saves it, and refilters when the
    /// list is filtered by that flag (`U`, `*`).
    fn toggle(&mut self, flag: Flag) {
        let Some(article) = self.target() else {
            self.message = Some("no article".into());
            return;
        };
        let (on, saved) = self.memory.toggle(flag, self.corpus.hash(article));
        self.message = Some(saved.err().unwrap_or_else(|| flag.message(on).into()));
        let filtered = match flag {
            Flag::Read => self.list.unread_only(),
            Flag::Star => self.list.query().starred.is_some(),
        };
        if filtered {
            self.refilter();
        }
    }

    pub(super) fn toggle_unread_only(&mut self) {
        self.list.toggle_unread_only();
        self.refilter();
    }

    /// Saves the filter, the selected article and the reader's place, for
    /// the next start with the same PATHs.
    pub fn save_position(&mut self) {
        let position = self.position();
        if let Err(e) = self.memory.save_position(position) {
            self.message = Some(e);
        }
    }

    /// Saves the position once it has not changed for `memory::SETTLE`
    /// (called between keys and on every idle tick, with the time), so a
    /// hang-up or a crash keeps it. Per call: a few short strings copied
    /// (the expanded stories' ids among them: a handful, sorted).
    pub fn save_position_when_settled(&mut self, now: Instant) {
        if !self.memory.settles() {
            return;
        }
        let position = self.position();
        if let Err(e) = self.memory.settle_position(position, now) {
            self.message = Some(e);
        }
    }

    fn position(&self) -> Position {
        Position {
            filter: self.list.filter().text().to_owned(),
            article: (self.list.selected_article()).map(|a| self.corpus.article(a).id.clone()),
            scroll: self.reader.view().scroll,
            reading: self.focus == Pane::Reader,
            sort: self.list.sort().name().to_owned(),
            threads: self.threads.on(),
            expanded: self.threads.expanded_ids(&self.corpus),
        }
    }

    /// Restores the pending position once its article is loaded and listed.
    pub(super) fn restore_position(&mut self) {
        let Some((position, found)) = self.memory.take_pending(&self.corpus) else {
            return;
        };
        let index = found.and_then(|a| self.list.row_of(a));
        let (Some(article), Some(index)) = (found, index) else {
            // Still loading (or filtering): try again after the next change.
            if self.loading.is_active() || found.is_some() {
                self.memory.keep_waiting(position, found);
            }
            return;
        };
        self.select(index);
        if position.reading {
            // Back in the reader, without marking it read again (it may
            // have been marked unread since).
            self.focus = Pane::Reader;
            self.show_in_reader(article);
            self.reader.mark_entered();
        }
        self.reader.set_scroll(position.scroll);
        self.relayout();
    }
}
