//! The article list: what the filter bar holds, the articles it lets through
//! in order, the selected row and the first row on screen, and the filter
//! passes that fill it (on the worker thread from `ASYNC_FROM` articles on).

use super::filtering::{ASYNC_FROM, Done, FilterWorker, Job};
use super::input::LineEdit;
use super::sort::SortOrder;
use super::threads::{self, Row};
use crate::search::{self, Carry, Corpus, Hit, Query, Stories};
use std::collections::HashSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How often the list is refiltered while articles stream in.
const LOADING_REFILTER: Duration = Duration::from_millis(250);

pub(super) struct ArticleList {
    filter: LineEdit,
    /// The filter bar's query, as typed.
    query: Query,
    /// The query whose result the list shows (behind `query` while the
    /// worker runs).
    applied: Query,
    /// The filter's hits after the read/star filters, in list order.
    shown: Vec<u32>,
    /// The rows on screen: `shown`, a row each, or grouped in stories.
    rows: Vec<Row>,
    /// The shown query's matches unranked, and the corpus size they cover: a
    /// query that narrows it re-scores only these (`search::refine`).
    matched: Vec<Hit>,
    matched_len: usize,
    /// Set when `matched` is of the corpus before a batch that only added
    /// to it (`carry_over`), until a pass over the new one is taken.
    carry: Option<Arc<Carry>>,
    /// Counts filter requests, so a late answer to an old one is ignored.
    generation: u64,
    /// A pass for the newest request is running on the worker.
    pending: bool,
    worker: Option<FilterWorker>,
    /// From how many articles on the filter runs on the worker.
    async_from: usize,
    /// Only unread articles are listed (`U`).
    unread_only: bool,
    /// The order the filter's hits are listed in (`O`).
    sort: SortOrder,
    /// The selected row and the first on screen (indices into `rows`).
    selected: usize,
    offset: usize,
    /// The query changed: the next result is shown from its best match
    /// (row 0), as fzf does, not from the article selected before.
    to_top: bool,
    last_refilter: Instant,
    /// When the newest filter request was made, and how long the last pass
    /// took from request to list: while loading, the list is refreshed less
    /// often when a pass is slow, so the filter never starves the load.
    requested: Instant,
    pass_time: Duration,
}

impl Default for ArticleList {
    fn default() -> ArticleList {
        ArticleList {
            filter: LineEdit::default(),
            query: Query::parse(""),
            applied: Query::parse(""),
            shown: Vec::new(),
            rows: Vec::new(),
            matched: Vec::new(),
            matched_len: 0,
            carry: None,
            generation: 0,
            pending: false,
            worker: None,
            async_from: ASYNC_FROM,
            unread_only: false,
            sort: SortOrder::Path,
            selected: 0,
            offset: 0,
            to_top: false,
            last_refilter: Instant::now(),
            requested: Instant::now(),
            pass_time: Duration::ZERO,
        }
    }
}

impl ArticleList {
    pub(super) fn filter(&self) -> &LineEdit {
        &self.filter
    }

    /// The filter bar's line, to edit; `refilter` must follow a change.
    pub(super) fn filter_mut(&mut self) -> &mut LineEdit {
        &mut self.filter
    }

    pub(super) fn query(&self) -> &Query {
        &self.query
    }

    pub(super) fn shown(&self) -> &[u32] {
        &self.shown
    }

    pub(super) fn selected(&self) -> usize {
        self.selected
    }

    pub(super) fn rows(&self) -> &[Row] {
        &self.rows
    }

    pub(super) fn selected_row(&self) -> Option<&Row> {
        self.rows.get(self.selected)
    }

    pub(super) fn selected_article(&self) -> Option<u32> {
        self.selected_row().map(Row::article)
    }

    /// The listed articles in the order the rows show them: a story's
    /// together where its row is, in the story's order.
    pub(super) fn in_row_order(&self) -> Vec<u32> {
        let mut order = Vec::with_capacity(self.shown.len());
        for row in &self.rows {
            match row {
                Row::Article(a) | Row::Member(a) => order.push(*a),
                Row::Story {
                    members,
                    expanded: true,
                    ..
                } => order.push(members[0]),
                Row::Story { members, .. } => order.extend(members),
            }
        }
        order
    }

    /// The row of `article`, if it is listed: its own row, or else the row
    /// of the collapsed story it is in.
    pub(super) fn row_of(&self, article: u32) -> Option<usize> {
        let own = |r: &Row| matches!(r, Row::Article(a) | Row::Member(a) if *a == article);
        let story = |r: &Row| matches!(r, Row::Story { members, .. } if members.contains(&article));
        self.rows
            .iter()
            .position(own)
            .or_else(|| self.rows.iter().position(story))
    }

    /// Lays `shown` out in rows again: a row each, or grouped by `stories`
    /// (with the `expanded` ones open). The selection is the caller's to
    /// put back.
    pub(super) fn group(&mut self, grouping: Option<(&Stories, &HashSet<u32>)>) {
        self.rows = match grouping {
            Some((stories, expanded)) => threads::rows(&self.shown, stories, expanded),
            None => self.shown.iter().map(|&a| Row::Article(a)).collect(),
        };
    }

    pub(super) fn offset(&self) -> usize {
        self.offset
    }

    pub(super) fn is_pending(&self) -> bool {
        self.pending
    }

    pub(super) fn unread_only(&self) -> bool {
        self.unread_only
    }

    pub(super) fn toggle_unread_only(&mut self) {
        self.unread_only = !self.unread_only;
    }

    pub(super) fn sort(&self) -> SortOrder {
        self.sort
    }

    /// Changes the order; `refilter` must follow.
    pub(super) fn set_sort(&mut self, sort: SortOrder) {
        self.sort = sort;
    }

    pub(super) fn set_async_from(&mut self, n: usize) {
        self.async_from = n;
    }

    /// Selects row `index` (clamped) and scrolls so it is one of the `rows` on screen.
    pub(super) fn select(&mut self, index: usize, rows: usize) {
        self.selected = index.min(self.rows.len().saturating_sub(1));
        self.keep_selection_visible(rows);
    }

    /// The query was changed by hand: the next result starts at its best match.
    pub(super) fn go_to_top(&mut self) {
        self.to_top = true;
    }

    /// Whether the result just taken should be shown from row 0 (once).
    pub(super) fn take_to_top(&mut self) -> bool {
        std::mem::take(&mut self.to_top)
    }

    /// Re-clamps the selection and the first row after the list or the screen changed.
    pub(super) fn clamp(&mut self, rows: usize) {
        self.select(self.selected, rows);
    }

    /// Scrolls just enough that the selection shows, and with an expanded
    /// story's member its story's row when both fit: a member drawn as the
    /// first row (a restored position, a scroll up) hides what it belongs to.
    fn keep_selection_visible(&mut self, rows: usize) {
        let top = super::scroll::in_view(self.offset, self.selected, rows, self.rows.len());
        self.offset = match self.story_row(self.selected) {
            Some(story) if self.selected - story < rows => top.min(story),
            _ => top,
        };
    }

    /// The row of the expanded story that row `index` is a member of.
    pub(super) fn story_row(&self, index: usize) -> Option<usize> {
        if !matches!(self.rows.get(index), Some(Row::Member(_))) {
            return None;
        }
        self.rows[..index]
            .iter()
            .rposition(|r| matches!(r, Row::Story { .. }))
    }

    /// While loading: whether the list should catch up with the articles
    /// that arrived. The first ones show at once; after that a few times a
    /// second, less often when a pass is slow.
    pub(super) fn due_for_refresh(&self) -> bool {
        self.shown.is_empty()
            || (!self.pending && self.last_refilter.elapsed() >= LOADING_REFILTER.max(self.pass_time * 8))
    }

    /// Starts a filter pass for the text in the filter bar. A query that
    /// narrows the last one re-scores only its matches. Below `async_from`
    /// articles the pass runs here and its result is returned; above, it
    /// runs on the worker and `poll` hands it over.
    pub(super) fn request(&mut self, corpus: &Arc<Corpus>) -> Option<Done> {
        self.requested = Instant::now();
        let query = Query::parse(self.filter.text());
        let narrows = self.matched_len == corpus.len() && query.narrows(&self.applied);
        self.query = query.clone();
        self.generation += 1;
        let carry = self.carry.clone().filter(|_| narrows);
        if corpus.len() < self.async_from {
            let base = narrows.then(|| std::mem::take(&mut self.matched));
            return Some(Done::run(self.generation, query, base, carry.as_deref(), corpus));
        }
        let job = Job {
            generation: self.generation,
            query,
            base: narrows.then(|| self.matched.clone()),
            carry,
            corpus: Arc::clone(corpus),
        };
        self.pending = true;
        self.worker.get_or_insert_with(FilterWorker::spawn).send(job);
        None
    }

    /// The worker's newest result, if it answers the newest request.
    pub(super) fn poll(&mut self) -> Option<Done> {
        let done = self.worker.as_ref()?.newest()?;
        (done.generation == self.generation).then(|| {
            self.pending = false;
            done
        })
    }

    /// Keeps a finished pass's matches and gives the articles to list,
    /// ranked (before the read/star filters).
    pub(super) fn take_result(&mut self, done: Done) -> Vec<u32> {
        (self.matched, self.matched_len, self.carry) = (done.matched, done.len, None);
        self.applied = done.query;
        search::rank(&self.matched)
            .into_iter()
            .map(|hit| hit.article)
            .collect()
    }

    /// Lists `shown`, which a pass just produced; `group` must follow.
    pub(super) fn set_shown(&mut self, shown: Vec<u32>) {
        self.shown = shown;
        self.last_refilter = Instant::now();
        self.pass_time = self.requested.elapsed();
    }

    /// A live batch only added articles to `old`, giving `corpus`: the last
    /// pass's matches carry over (`search::Carry`), so the next pass
    /// re-scores those and the new articles instead of every title, and the
    /// list stays as it is until then (its articles kept their indices).
    /// False when there is no finished pass over `old` to carry.
    pub(super) fn carry_over(&mut self, old: &Corpus, corpus: &Corpus) -> bool {
        if self.matched_len != old.len() || self.carry.is_some() {
            return false;
        }
        self.carry = Some(Arc::new(Carry::new(old, &self.applied)));
        self.matched_len = corpus.len();
        true
    }

    /// Whether a pass was asked for (a key in the filter bar, mostly) less
    /// than `quiet` ago.
    pub(super) fn typed_within(&self, quiet: Duration) -> bool {
        self.requested.elapsed() < quiet
    }

    /// The corpus was replaced: only `article` (the selection, found again)
    /// is listed until the next pass, which starts from scratch.
    pub(super) fn restart_from(&mut self, article: Option<u32>) {
        self.shown = article.into_iter().collect();
        self.rows = self.shown.iter().map(|&a| Row::Article(a)).collect();
        self.selected = 0;
        (self.matched, self.matched_len, self.carry) = (Vec::new(), usize::MAX, None);
        self.pending = false;
    }
}
