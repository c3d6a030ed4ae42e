//! Running a query over the corpus: which articles match, and how well.

use super::corpus::Corpus;
use super::fuzzy::Pattern;
use super::query::{Query, Term, TermKind};
use super::resolve::mark_through_entities;
use super::text::{contains, ends_with, starts_with};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

/// One matching article; a higher score ranks higher.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub article: u32,
    pub score: i64,
}

/// A title match outranks any match of names or body words.
const TITLE_BONUS: i64 = 1_000_000;
const BODY_SCORE: i64 = 1;

/// The matching articles, best first, ties in corpus order; an empty query
/// gives the whole corpus in order.
pub fn filter(corpus: &Corpus, query: &Query) -> Vec<Hit> {
    rank(&matches(corpus, query))
}

/// The matching articles in corpus order, unranked: what `refine` takes.
pub fn matches(corpus: &Corpus, query: &Query) -> Vec<Hit> {
    matches_until(corpus, query, None, &|| false).expect("never stopped")
}

/// Re-scores only `previous` hits (unranked, in corpus order): for a query
/// that narrows the last one. The result stays in corpus order; `rank` it.
pub fn refine(corpus: &Corpus, query: &Query, previous: Vec<Hit>) -> Vec<Hit> {
    matches_until(corpus, query, Some(previous), &|| false).expect("never stopped")
}

/// `matches` (or `refine` of `base`) that gives up, returning `None`, as soon
/// as `stop()` says the answer is no longer wanted: a newer key was typed.
pub fn matches_until(
    corpus: &Corpus,
    query: &Query,
    base: Option<Vec<Hit>>,
    stop: &(dyn Fn() -> bool + Sync),
) -> Option<Vec<Hit>> {
    let mut hits = match base {
        Some(mut hits) => {
            for h in &mut hits {
                h.score = 0;
            }
            hits
        }
        None => corpus
            .order()
            .iter()
            .map(|&article| Hit { article, score: 0 })
            .collect(),
    };
    for clause in query.clauses() {
        let scorers: Vec<TermScorer> = clause.iter().map(|t| TermScorer::new(corpus, t)).collect();
        // A clause holds when one of its terms does, scoring the best of them.
        let keep = |h: &mut Hit| {
            let mut best: Option<i64> = None;
            for scorer in &scorers {
                let score = match (scorer.score(corpus, h.article), scorer.term.negated) {
                    (Some(s), false) => s,
                    (None, true) => 0,
                    _ => continue,
                };
                best = Some(best.map_or(score, |b| b.max(score)));
            }
            best.map(|s| h.score += s).is_some()
        };
        hits = retain_parallel(hits, keep, stop)?;
    }
    Some(hits)
}

/// Below this many hits, threads cost more than they save.
const PARALLEL_MIN: usize = 8192;
/// How many hits are scored between looks at `stop`.
const STOP_EVERY: usize = 1024;

/// `Vec::retain_mut` over chunks on every core, in place and keeping the
/// order; `None` once `stop()` holds.
fn retain_parallel(
    mut hits: Vec<Hit>,
    keep: impl Fn(&mut Hit) -> bool + Sync,
    stop: &(dyn Fn() -> bool + Sync),
) -> Option<Vec<Hit>> {
    // Asked once: on Linux the answer reads cgroup files (about 35 µs), on
    // every keystroke otherwise.
    static CORES: OnceLock<usize> = OnceLock::new();
    let cores = *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let threads = if hits.len() < PARALLEL_MIN { 1 } else { cores };
    // Blocks are handed out one at a time, so a thread that meets cheap
    // articles takes more of them (halves fixed in advance finished far
    // apart); each block keeps its hits at its front.
    let blocks: Vec<Mutex<&mut [Hit]>> = hits.chunks_mut(STOP_EVERY).map(Mutex::new).collect();
    let kept: Vec<AtomicUsize> = blocks.iter().map(|_| AtomicUsize::new(0)).collect();
    let (next, stopped) = (AtomicUsize::new(0), AtomicBool::new(false));
    let work = || {
        loop {
            let at = next.fetch_add(1, Ordering::Relaxed);
            let Some(block) = blocks.get(at) else { return };
            if stop() {
                stopped.store(true, Ordering::Relaxed);
                return;
            }
            let mut block = block.lock().unwrap_or_else(|e| e.into_inner());
            let mut n = 0;
            for i in 0..block.len() {
                let mut h = block[i];
                if keep(&mut h) {
                    block[n] = h;
                    n += 1;
                }
            }
            kept[at].store(n, Ordering::Relaxed);
        }
    };
    std::thread::scope(|s| {
        // The calling thread works too: one spawn fewer per pass.
        for _ in 1..threads {
            s.spawn(work);
        }
        work();
    });
    drop(blocks);
    if stopped.into_inner() {
        return None;
    }
    let mut len = 0;
    for (block, n) in kept.into_iter().enumerate() {
        let start = block * STOP_EVERY;
        let n = n.into_inner();
        hits.copy_within(start..start + n, len);
        len += n;
    }
    hits.truncate(len);
    Some(hits)
}

/// Sorts by score, keeping the incoming (corpus) order for ties.
/// Borrows, so the reader keeps its unranked matches for `refine` uncopied.
pub fn rank(hits: &[Hit]) -> Vec<Hit> {
    // A stable sort on the score alone: hits share a few dozen scores, which
    // it sorts in a fraction of the time of unique (score, place) keys.
    let mut ranked = hits.to_vec();
    ranked.sort_by_key(|h| std::cmp::Reverse(h.score));
    ranked
}

/// One term, prepared once for every article.
struct TermScorer<'a> {
    term: &'a Term,
    pattern: Pattern,
    /// Per article, the best score from names (fuzzy terms) or membership
    /// (speaker, entity and body-word sets); `None` where not matched.
    by_article: Marks,
    /// For exact terms: `by_article` holds the articles whose words contain
    /// every alphanumeric piece of the term (from the word index).
    indexed: bool,
    /// Whether an indexed candidate must still be checked against the text
    /// (case matters, or the term spans more than one word).
    verify: bool,
    /// For an exact term whose one piece is an ASCII letter: the candidates
    /// are the articles with a word containing it (`Corpus::has_letter`),
    /// not `by_article`.
    letter: Option<u8>,
}

impl<'a> TermScorer<'a> {
    fn new(corpus: &Corpus, term: &'a Term) -> TermScorer<'a> {
        let pattern = Pattern::new(&term.text);
        let mut by_article = Marks::default();
        let mut mark = |articles: &[u32], score: i64| by_article.mark(corpus.len(), articles, score);
        // One letter is answered per article from `Corpus::has_initial`.
        if term.kind == TermKind::Fuzzy && one_initial(term).is_none() {
            corpus
                .words()
                .for_prefix(&term.text.to_lowercase(), |arts| mark(arts, BODY_SCORE));
        }
        mark_through_entities(corpus, term, &pattern, &mut mark);
        let (mut indexed, mut verify, mut letter) = (false, false, None);
        if term.kind == TermKind::Exact
            && pattern.case_sensitive()
            && term.text.chars().all(char::is_alphanumeric)
        {
            // A term with a capital lies inside a word with one: the index of
            // words as written settles it, without reading any text.
            corpus
                .forms()
                .for_infix(&term.text, |arts| by_article.mark(corpus.len(), arts, BODY_SCORE));
            indexed = true;
        } else if term.kind == TermKind::Exact {
            let lower = term.text.to_lowercase();
            let pieces: Vec<&str> = lower
                .split(|c: char| !c.is_alphanumeric())
                .filter(|p| !p.is_empty())
                .collect();
            if let [piece] = pieces[..]
                && let [c] = piece.as_bytes()
                && c.is_ascii_lowercase()
            {
                (by_article, letter) = (Marks::default(), Some(*c));
            } else if !pieces.is_empty() {
                by_article = exact_candidates(corpus, &pieces);
            }
            if !pieces.is_empty() {
                indexed = true;
                verify = pattern.case_sensitive() || pieces.len() > 1 || pieces[0] != lower;
            }
        }
        TermScorer {
            term,
            pattern,
            by_article,
            indexed,
            verify,
            letter,
        }
    }

    /// An exact term's candidate, or what names and sets gave the article.
    fn set_score(&self, corpus: &Corpus, article: u32) -> Option<i64> {
        match self.letter {
            Some(c) => corpus.has_letter(article, c)?.then_some(BODY_SCORE),
            None => self.by_article.get(article),
        }
    }

    /// Whether an exact term must look at the article's title: not where
    /// the word index rules the article out, nor where the index alone
    /// settles a negated term (only whether it matches counts, not where:
    /// `!s` need not read 100,000 titles).
    fn reads_title(&self, corpus: &Corpus, article: u32) -> bool {
        !self.indexed || self.set_score(corpus, article).is_some() && !(self.settled() && self.term.negated)
    }

    /// Whether the word index alone says if an exact term matches.
    fn settled(&self) -> bool {
        self.indexed && !self.verify
    }

    fn score(&self, corpus: &Corpus, article: u32) -> Option<i64> {
        let title = corpus.title(article);
        let mut from_sets = self.set_score(corpus, article);
        if from_sets.is_none()
            && let Some(c) = one_initial(self.term)
            && corpus.has_initial(article, c) == Some(true)
        {
            from_sets = Some(BODY_SCORE);
        }
        match self.term.kind {
            TermKind::Fuzzy => match self.pattern.title_score(title) {
                Some(s) => Some(TITLE_BONUS + s + from_sets.unwrap_or(0)),
                None => from_sets,
            },
            TermKind::Speaker | TermKind::Entity => from_sets,
            TermKind::TitlePrefix => {
                starts_with(title, &self.term.text, self.pattern.case_sensitive()).then_some(TITLE_BONUS)
            }
            TermKind::TitleSuffix => {
                ends_with(title, &self.term.text, self.pattern.case_sensitive()).then_some(TITLE_BONUS)
            }
            TermKind::Title => {
                let cs = self.pattern.case_sensitive();
                let whole = title.chars().count() == self.term.text.chars().count();
                (whole && starts_with(title, &self.term.text, cs)).then_some(TITLE_BONUS)
            }
            TermKind::Exact => {
                let cs = self.pattern.case_sensitive();
                if !self.reads_title(corpus, article) {
                    from_sets
                } else if contains(title, &self.term.text, cs) {
                    Some(TITLE_BONUS)
                } else if self.settled() {
                    Some(BODY_SCORE)
                } else {
                    (corpus.paragraphs(article).iter())
                        .any(|p| contains(p, &self.term.text, cs))
                        .then_some(BODY_SCORE)
                }
            }
        }
    }
}

/// The lower-case ASCII letter or digit of a one-character bare term.
fn one_initial(term: &Term) -> Option<u8> {
    match term.text.as_bytes() {
        [b] if term.kind == TermKind::Fuzzy && b.is_ascii_alphanumeric() => Some(b.to_ascii_lowercase()),
        _ => None,
    }
}

/// Articles with, for every piece, some word containing it: a superset of
/// those containing the whole term, found without reading any text.
fn exact_candidates(corpus: &Corpus, pieces: &[&str]) -> Marks {
    let mut sets = pieces.iter().map(|piece| {
        let mut set = Marks::default();
        corpus
            .words()
            .for_infix(piece, |arts| set.mark(corpus.len(), arts, BODY_SCORE));
        set
    });
    let mut all = sets.next().unwrap_or_default();
    for set in sets {
        all.keep_common(&set);
    }
    all
}

/// Per article, the best score a term got from names or sets of articles:
/// an `i32` a slot, a quarter of an `Option<i64>`, so that the slots of
/// 100,000 articles stay in cache while thousands of posting lists mark
/// them. Empty until the first mark.
#[derive(Default)]
struct Marks(Vec<i32>);

impl Marks {
    const NONE: i32 = i32::MIN;

    /// Gives each of `articles` (of the corpus's `len`) at least `score`,
    /// clamped to what a slot holds: scores are skim's, far inside it.
    fn mark(&mut self, len: usize, articles: &[u32], score: i64) {
        if self.0.is_empty() {
            self.0 = vec![Self::NONE; len];
        }
        let score = score.clamp(i64::from(Self::NONE) + 1, i64::from(i32::MAX)) as i32;
        for &a in articles {
            let slot = &mut self.0[a as usize];
            *slot = (*slot).max(score);
        }
    }

    fn get(&self, article: u32) -> Option<i64> {
        let slot = *self.0.get(article as usize)?;
        (slot != Self::NONE).then_some(i64::from(slot))
    }

    /// Unmarks the articles `other` has not marked.
    fn keep_common(&mut self, other: &Marks) {
        if other.0.is_empty() {
            self.0.clear();
        }
        for (slot, &theirs) in self.0.iter_mut().zip(&other.0) {
            if theirs == Self::NONE {
                *slot = Self::NONE;
            }
        }
    }
}

#[cfg(test)]
#[path = "filter_tests.rs"]
mod tests;
