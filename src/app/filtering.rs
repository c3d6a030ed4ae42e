//! Running the filter. On a big corpus it runs on a worker thread, so typing
//! never waits for it: the list shows the newest finished result, and a newer
//! key stops a pass still running for an older one.

use super::state::App;
use crate::search::{self, Corpus, Hit, Query};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Instant;

/// From this many articles on, the filter leaves the UI thread. Below it a
/// pass takes about a millisecond and a synchronous list is simpler to follow.
pub(super) const ASYNC_FROM: usize = 20_000;

struct Job {
    generation: u64,
    query: Query,
    /// The last result when `query` narrows its query: only these are re-scored.
    base: Option<Vec<Hit>>,
    corpus: Arc<Corpus>,
}

/// A finished pass: the matches, unranked, and the corpus size they cover.
pub(super) struct Done {
    generation: u64,
    query: Query,
    matched: Vec<Hit>,
    len: usize,
}

pub(super) struct FilterWorker {
    jobs: Sender<Job>,
    done: Receiver<Done>,
    /// The newest request's generation: a pass for an older one stops.
    newest: Arc<AtomicU64>,
}

impl FilterWorker {
    fn spawn() -> FilterWorker {
        let (jobs, inbox) = channel::<Job>();
        let (outbox, done) = channel();
        let newest = Arc::new(AtomicU64::new(0));
        let latest = Arc::clone(&newest);
        crate::store::spawn_named("byline-filter", move || {
            while let Ok(mut job) = inbox.recv() {
                // Only the newest query queued is worth running.
                while let Ok(newer) = inbox.try_recv() {
                    job = newer;
                }
                let stale = || latest.load(Ordering::Relaxed) != job.generation;
                let Some(matched) = search::matches_until(&job.corpus, &job.query, job.base.take(), &stale)
                else {
                    continue;
                };
                let len = job.corpus.len();
                // Let go of the corpus before reporting, so the UI may add to it.
                drop(job.corpus);
                let result = Done {
                    generation: job.generation,
                    query: job.query,
                    matched,
                    len,
                };
                if outbox.send(result).is_err() {
                    return;
                }
            }
        });
        FilterWorker { jobs, done, newest }
    }
}

fn run(corpus: &Corpus, query: &Query, base: Option<Vec<Hit>>) -> Vec<Hit> {
    match base {
        Some(hits) => search::refine(corpus, query, hits),
        None => search::matches(corpus, query),
    }
}

impl App {
    /// Runs the filter for the text in the filter bar. A query that narrows
    /// the last one re-scores only its matches. The one place the filter runs.
    pub(super) fn refilter(&mut self) {
        self.requested = Instant::now();
        let query = Query::parse(self.filter.text());
        let narrows = self.matched_len == self.corpus.len() && query.narrows(&self.applied);
        self.query = query.clone();
        self.emphasised = self.query.speakers(&self.corpus);
        self.generation += 1;
        if self.corpus.len() < self.async_from {
            let base = narrows.then(|| std::mem::take(&mut self.matched));
            let matched = run(&self.corpus, &query, base);
            let len = self.corpus.len();
            self.apply(query, matched, len);
            return;
        }
        let job = Job {
            generation: self.generation,
            query,
            base: narrows.then(|| self.matched.clone()),
            corpus: Arc::clone(&self.corpus),
        };
        self.pending = true;
        let worker = self.worker.get_or_insert_with(FilterWorker::spawn);
        worker.newest.store(self.generation, Ordering::Relaxed);
        worker.jobs.send(job).expect("filter thread");
    }

    /// Takes in the worker's newest result, if it answers the newest query;
    /// true when the list changed.
    pub fn poll_filter(&mut self) -> bool {
        let Some(worker) = &self.worker else { return false };
        let mut newest = None;
        while let Ok(done) = worker.done.try_recv() {
            newest = Some(done);
        }
        match newest {
            Some(done) if done.generation == self.generation => {
                self.pending = false;
                self.apply(done.query, done.matched, done.len);
                self.sync();
                true
            }
            _ => false,
        }
    }

    /// Whether a filter pass for the current text is still running.
    pub fn filter_pending(&self) -> bool {
        self.pending
    }

    /// Runs the filter on the worker from `n` articles on (tests use 0).
    pub fn set_async_from(&mut self, n: usize) {
        self.async_from = n;
    }

    /// Shows `matched` (ranked, read/star filters applied), keeping the
    /// selection on the same article if it is still listed.
    fn apply(&mut self, query: Query, matched: Vec<Hit>, len: usize) {
        let keep = self.selected_article();
        self.matched = matched;
        self.matched_len = len;
        self.applied = query;
        let hits = search::rank(&self.matched)
            .into_iter()
            .map(|hit| hit.article)
            .collect();
        self.shown = self.keep_marked(hits);
        self.last_refilter = Instant::now();
        self.pass_time = self.requested.elapsed();
        let index = keep.and_then(|a| self.shown.iter().position(|&s| s == a));
        self.select(index.unwrap_or(0));
    }
}
