//! The filter's worker thread. On a big corpus the filter runs there, so
//! typing never waits for it: the list shows the newest finished result, and
//! a newer key stops a pass still running for an older one.

use crate::search::{self, Carry, Corpus, Hit, Query};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

/// From this many articles on, the filter leaves the UI thread. Below it a
/// pass takes about a millisecond and a synchronous list is simpler to follow.
pub(super) const ASYNC_FROM: usize = 20_000;

/// A pass to run.
pub(super) struct Job {
    pub(super) generation: u64,
    pub(super) query: Query,
    /// The last result when `query` narrows its query: only these are re-scored.
    pub(super) base: Option<Vec<Hit>>,
    /// When `base` is of the corpus before a batch that only added: what
    /// carries it over to this one.
    pub(super) carry: Option<Arc<Carry>>,
    pub(super) corpus: Arc<Corpus>,
}

/// The hits a pass re-scores (`None`: every article).
fn base(corpus: &Corpus, base: Option<Vec<Hit>>, carry: Option<&Carry>) -> Option<Vec<Hit>> {
    match (base, carry) {
        (Some(matched), Some(carry)) => Some(carry.base(corpus, &matched)),
        (base, _) => base,
    }
}

/// A finished pass: the matches, unranked, and the corpus size they cover.
pub(super) struct Done {
    pub(super) generation: u64,
    pub(super) query: Query,
    pub(super) matched: Vec<Hit>,
    pub(super) len: usize,
}

impl Done {
    /// Runs a pass here, on the calling thread.
    pub(super) fn run(
        generation: u64,
        query: Query,
        matched: Option<Vec<Hit>>,
        carry: Option<&Carry>,
        corpus: &Corpus,
    ) -> Done {
        let matched = match base(corpus, matched, carry) {
            Some(hits) => search::refine(corpus, &query, hits),
            None => search::matches(corpus, &query),
        };
        Done {
            generation,
            query,
            matched,
            len: corpus.len(),
        }
    }
}

pub(super) struct FilterWorker {
    jobs: Sender<Job>,
    done: Receiver<Done>,
    /// The newest request's generation: a pass for an older one stops.
    newest: Arc<AtomicU64>,
}

impl FilterWorker {
    pub(super) fn spawn() -> FilterWorker {
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
                let hits = base(&job.corpus, job.base.take(), job.carry.as_deref());
                let Some(matched) = search::matches_until(&job.corpus, &job.query, hits, &stale) else {
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

    /// Queues `job`; any pass for an older request stops.
    pub(super) fn send(&self, job: Job) {
        self.newest.store(job.generation, Ordering::Relaxed);
        self.jobs.send(job).expect("filter thread");
    }

    /// The newest pass finished since the last call, if any.
    pub(super) fn newest(&self) -> Option<Done> {
        let mut newest = None;
        while let Ok(done) = self.done.try_recv() {
            newest = Some(done);
        }
        newest
    }
}
