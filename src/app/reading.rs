//! Between the list and the reader: selecting a row shows its article, and
//! opening one for reading marks it read and records the place left in the
//! history. Also the re-layout after every change.

use super::document::Document;
use super::speaker_label::speaker_label;
use super::state::App;
use crate::layout::Pane;

impl App {
    /// Selects list row `index` (clamped); the reader follows while the list
    /// has the keyboard.
    pub(super) fn select(&mut self, index: usize) {
        self.list.select(index, self.list_rows());
        if self.focus == Pane::List
            && let Some(article) = self.list.selected_article()
        {
            self.show_in_reader(article);
        }
    }

    /// Puts `article` in the reader as the list moves over it: not marked
    /// read, and not a place for the history.
    pub(super) fn show_in_reader(&mut self, article: u32) {
        self.switch_reader_to(article);
        self.lay_out_reader();
    }

    /// Puts `article` in the reader opened for reading: marks it read (and
    /// writes `state.json`), and leaving it later records it in the history.
    pub(super) fn open_for_reading(&mut self, article: u32) {
        self.switch_reader_to(article);
        self.reader.mark_entered();
        if let Err(e) = self.memory.mark_read(self.corpus.hash(article)) {
            self.message = Some(e);
        }
        self.lay_out_reader();
    }

    /// A jump (`]`/`[`, `Enter` in a view): the place jumped from goes into
    /// the history even if the list only showed it, so `Ctrl-o` comes back
    /// there, then `article` opens in the reader, selected in the list.
    pub(super) fn jump_to(&mut self, article: u32) {
        if let Some(here) = self.reader.place() {
            self.history.push(here);
        }
        self.focus = Pane::Reader;
        self.open_for_reading(article);
        self.select_reader_article();
    }

    /// Leaving an article that was opened for reading records it in the history.
    fn switch_reader_to(&mut self, article: u32) {
        if let Some(left) = self.reader.switch_to(article) {
            self.history.push(left);
        }
    }

    /// Makes the list row of the reader's article the selected one, if listed.
    pub(super) fn select_reader_article(&mut self) {
        if let Some(index) = self.reader.article().and_then(|a| self.list.row_of(a)) {
            self.list.select(index, self.list_rows());
        }
    }

    /// List rows on screen.
    pub(super) fn list_rows(&self) -> usize {
        usize::from(self.areas().list_rows().height).max(1)
    }

    /// Lines of text the reader shows at once.
    pub(super) fn reader_rows(&self) -> usize {
        usize::from(self.areas().reader_text().height).max(1)
    }

    /// Re-lays out the reader's article if it or the width changed, keeping
    /// the reading position (and the entity cursor in view).
    fn lay_out_reader(&mut self) {
        let (width, rows) = (self.areas().reader_text().width, self.reader_rows());
        let corpus = &self.corpus;
        self.reader.lay_out(width, rows, corpus.len(), |article| {
            Document::build(
                article,
                corpus.article(article),
                corpus.body(article),
                width,
                corpus.len(),
                |q| speaker_label(corpus, article, q),
            )
        });
    }

    /// After any change: restores a position waiting for its article (see
    /// `restore_position`); the layout may differ, so re-wrap and re-clamp.
    pub(super) fn restore_position_and_relayout(&mut self) {
        self.restore_position();
        self.relayout();
    }

    /// Re-wraps the reader and re-clamps it and the list to the screen.
    pub(super) fn relayout(&mut self) {
        self.lay_out_reader();
        let rows = self.reader_rows();
        self.reader.clamp(rows);
        self.list.clamp(self.list_rows());
    }
}
