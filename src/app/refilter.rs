//! Running the filter and showing its result: the list's pass (here or on
//! the worker), then the read and star filters, which need the memory, and
//! the selection kept on the same article.

use super::filtering::Done;
use super::state::App;

impl App {
    /// Runs the filter for the text in the filter bar. The one place the
    /// filter runs.
    pub(super) fn refilter(&mut self) {
        let done = self.list.request(&self.corpus);
        self.emphasised = self.list.query().speakers(&self.corpus);
        if let Some(done) = done {
            self.show_matches(done);
        }
    }

    /// Takes in the worker's newest result, if it answers the newest query;
    /// true when the list changed.
    pub fn poll_filter(&mut self) -> bool {
        let Some(done) = self.list.poll() else {
            return false;
        };
        self.show_matches(done);
        self.restore_position_and_relayout();
        true
    }

    /// Lists a finished pass's matches (ranked, read/star filters applied),
    /// keeping the selection on the same article if it is still listed.
    fn show_matches(&mut self, done: Done) {
        let keep = self.list.selected_article();
        let hits = self.list.take_result(done);
        let (unread_only, starred) = (self.list.unread_only(), self.list.query().starred);
        let shown = self.memory.keep_marked(hits, unread_only, starred, &self.corpus);
        self.list.set_shown(shown);
        let index = keep.and_then(|a| self.list.row_of(a));
        self.select(index.unwrap_or(0));
    }
}
