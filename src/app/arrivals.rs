//! Taking in what the load delivers, a little each tick: articles into the
//! corpus and the list, or a whole corpus restored from the saved index, in
//! which the reader finds its place again.

use super::history::History;
use super::state::App;
use crate::search::Corpus;
use std::sync::Arc;
use std::time::Duration;

impl App {
    /// Takes in streamed articles for at most `budget`; true if anything changed.
    pub fn drain_loading(&mut self, budget: Duration) -> bool {
        if !self.loading.is_active() {
            return false;
        }
        // While a filter pass holds the corpus, new articles wait a tick.
        let Some(corpus) = Arc::get_mut(&mut self.corpus) else {
            return true;
        };
        let added = self.loading.drain(corpus, budget);
        if let Some(old) = self.loading.take_replaced() {
            self.corpus_replaced(&old);
        }
        let Some(corpus) = Arc::get_mut(&mut self.corpus) else {
            return true;
        };
        let over = !self.loading.is_active();
        let catch_up = over || (added > 0 && self.list.due_for_refresh());
        if catch_up {
            let (generation, focused) = (
                corpus.entity_generation(),
                self.entity.map(|id| corpus.entities().get(id).name.clone()),
            );
            if over {
                corpus.settle(); // the entities, decided from everything loaded
            } else {
                corpus.compact();
            }
            // Entity ids mean other things now: the focus is found again by name.
            if corpus.entity_generation() != generation {
                self.entity = focused.and_then(|name| corpus.entities().lookup(&name));
                self.reader.forget_document();
            }
        }
        if over {
            self.loading.wind_up(&self.corpus);
            self.start_watching();
        }
        if catch_up {
            self.refilter();
            self.restore_position_and_relayout();
        }
        // The progress figure moves even when the list does not.
        true
    }

    /// The saved index replaced the streamed corpus: article indices and
    /// entity ids mean other things now. The selection and the open article
    /// are found again by id; the entity focus and the jump history go.
    fn corpus_replaced(&mut self, old: &Corpus) {
        let corpus = &self.corpus;
        let find = |article: Option<u32>| {
            let id = &old.article(article?).id;
            corpus
                .order()
                .iter()
                .copied()
                .find(|&a| corpus.article(a).id == *id)
        };
        let (selected, open) = (find(self.list.selected_article()), find(self.reader.article()));
        self.list.restart_from(selected);
        self.reader.reopen(open);
        self.threads.invalidate();
        self.entity = None;
        self.history = History::default();
        self.refilter();
        self.restore_position_and_relayout();
    }
}
