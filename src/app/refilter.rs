//! Running the filter and showing its result: the list's pass (here or on
//! the worker), then the read and star filters, which need the memory, and
//! the selection kept on the same article.

use super::filtering::Done;
use super::sort::SortOrder;
use super::state::App;
use crate::analysis::EntityId;
use crate::search::{Corpus, NamedTerm, TermKind, named_terms};

impl App {
    /// Runs the filter for the text in the filter bar. The one place the
    /// filter runs.
    pub(super) fn refilter(&mut self) {
        let done = self.list.request(&self.corpus);
        let named = named_terms(&self.corpus, self.list.query());
        self.emphasised = ids_of(&named, TermKind::Speaker);
        self.closest = closest_note(&self.corpus, &named);
        self.focus_named(&named);
        if let Some(done) = done {
            self.show_matches(done);
        }
    }

    /// Focuses the entity the filter's `#` terms name, or else the person
    /// its `@` terms name (the best-known if several), so `]`/`[` follow
    /// it; once per filter text, so an entity focused later with `e` stays
    /// until the text changes. Retried while nothing is focused, as the
    /// entity may not have loaded yet.
    fn focus_named(&mut self, terms: &[NamedTerm]) {
        let text = self.list.filter().text();
        if text == self.focused_from && self.entity.is_some() {
            return;
        }
        let mut named = ids_of(terms, TermKind::Entity);
        if named.is_empty() {
            named = ids_of(terms, TermKind::Speaker);
        }
        let entities = self.corpus.entities();
        let best = (named.iter().copied()).max_by_key(|&id| entities.get(id).articles.len());
        let Some(best) = best else {
            // A name that names no one (`@zzzz`, or a typo) drops the focus
            // a shorter text of it gave (`@zz`: Ozzy Osbourne), which the
            // status bar would show beside an empty list.
            if !terms.is_empty() && self.entity.is_some() && self.entity == self.filter_focus {
                self.entity = None;
            }
            return;
        };
        if !self.entity.is_some_and(|e| named.contains(&e)) {
            self.entity = Some(best);
            self.filter_focus = Some(best);
        }
        self.focused_from = text.to_owned();
    }

    /// Switches to the next order (`O`), keeping the selected article.
    pub(super) fn cycle_sort(&mut self) {
        let sort = self.list.sort().next();
        self.list.set_sort(sort);
        self.message = Some(if sort == SortOrder::Date && !self.any_dated() {
            "sorted by date: no article here has one, so the order is unchanged".into()
        } else {
            sort.message().into()
        });
        self.refilter();
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
    /// from the best match when the query was changed by hand, else keeping
    /// the selection on the same article if it is still listed.
    fn show_matches(&mut self, done: Done) {
        let keep = (!self.list.take_to_top())
            .then(|| self.list.selected_article())
            .flatten();
        let hits = self.list.take_result(done);
        let (unread_only, starred) = (self.list.unread_only(), self.list.query().starred);
        let mut shown = self.memory.keep_marked(hits, unread_only, starred, &self.corpus);
        self.list.sort().apply(&mut shown, &self.corpus);
        self.list.set_shown(shown);
        self.list.group(self.threads.grouping());
        let index = keep.and_then(|a| self.list.row_of(a));
        self.select(index.unwrap_or(0));
    }
}

/// The entities the terms of `kind` (`@` or `#`) name, each once.
fn ids_of(terms: &[NamedTerm], kind: TermKind) -> Vec<EntityId> {
    let mut out: Vec<EntityId> = (terms.iter().filter(|t| t.kind == kind))
        .flat_map(|t| t.ids.iter().copied())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// `no speaker named haley; closest: Charles Kennedy (+2)` when the first
/// `@`/`#` term that reaches anyone names nobody by a name word and reaches
/// only the fuzzy fallback's names, best-known (in the most articles)
/// first: said, so another person's articles are not taken for the name's.
fn closest_note(corpus: &Corpus, terms: &[NamedTerm]) -> Option<String> {
    let term = terms.iter().find(|t| t.fuzzy && !t.ids.is_empty())?;
    let entities = corpus.entities();
    // The first of the best-known, as the list ranks them.
    let best = (term.ids.iter()).min_by_key(|&&id| std::cmp::Reverse(entities.get(id).articles.len()))?;
    let what = if term.kind == TermKind::Speaker {
        "no speaker"
    } else {
        "nothing"
    };
    let more = match term.ids.len() - 1 {
        0 => String::new(),
        n => format!(" (+{n})"),
    };
    Some(format!(
        "{what} named {}; closest: {}{more}",
        term.text,
        entities.get(*best).name
    ))
}
