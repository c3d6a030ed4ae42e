//! The quotations two versions carry word for word. An update of one
//! report, written later the same day, repeats the words it quoted; so does
//! a running story's next article, often, so this is asked only of pairs
//! the figures already say tell of one day (`AnchorSets::same_day`). Quotes
//! are the analysis's own, read from the bodies: only the few pairs left in
//! doubt get here, so no quote is kept in the indexes. The same reading
//! keeps what each body looks back at (`recalls`), asked of the closer
//! updates, under the same budget.

use super::recalls::Recalls;
use crate::analysis::hash::FxHasher;
use crate::search::Corpus;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::Hasher;

/// Words in a run: shorter runs are stock phrases (`we are very pleased`),
/// not one speaker's words.
const RUN: usize = 6;
/// Share of the runs of the version quoting less that the other repeats.
const REPEATED: f32 = 0.5;
/// Bodies read (and analysed again) at most in one build, about 0.3 s: in
/// a folder where more pairs are in doubt, those sharing most are asked
/// first; past it, the rest are not one story by their quotes, and an
/// update is taken as the figures say, unchecked for looking back.
const MAX_BODIES: usize = 1000;

/// Each article's quoted runs and what it recalls (`recalls`), read once.
pub(super) struct Quoted<'c> {
    corpus: &'c Corpus,
    bodies: RefCell<HashMap<u32, (Vec<u64>, Recalls)>>,
}

impl<'c> Quoted<'c> {
    pub fn new(corpus: &'c Corpus) -> Quoted<'c> {
        Quoted {
            corpus,
            bodies: RefCell::new(HashMap::new()),
        }
    }

    /// Whether one version repeats at least half the quoted word runs of the
    /// other (the one quoting less, and quoting something); false once
    /// `MAX_BODIES` are read.
    pub fn repeated(&self, a: u32, b: u32) -> bool {
        if !(self.read(a) && self.read(b)) {
            return false;
        }
        let all = self.bodies.borrow();
        let (ra, rb) = (&all[&a].0, &all[&b].0);
        let fewer = ra.len().min(rb.len());
        let shared = ra.iter().filter(|h| rb.binary_search(h).is_ok()).count();
        fewer > 0 && shared as f32 >= REPEATED * fewer as f32
    }

    /// Whether either version looks back at the event the other leads with
    /// (`Recalls::recall`); `None` once `MAX_BODIES` are read.
    pub fn recalled(&self, a: u32, b: u32) -> Option<bool> {
        if !(self.read(a) && self.read(b)) {
            return None;
        }
        let all = self.bodies.borrow();
        let (ra, rb) = (&all[&a].1, &all[&b].1);
        Some(ra.recall(rb) || rb.recall(ra))
    }

    /// Reads the article's quoted runs and recalls if not yet read; false
    /// if over budget.
    fn read(&self, article: u32) -> bool {
        let mut all = self.bodies.borrow_mut();
        if all.contains_key(&article) {
            return true;
        }
        if all.len() >= MAX_BODIES {
            return false;
        }
        let body = self.corpus.read_body(article);
        let runs = runs((0..body.analysis.quotes.len()).map(|q| body.quote_text(q)));
        all.insert(article, (runs, Recalls::read(&body.paragraphs)));
        true
    }
}

/// The pairs `(a, b, anchor share)` in the order to ask them: most shared
/// first, then by the articles' keys (from their text and date), each once,
/// so the budget falls the same way whatever order the articles loaded in.
pub(super) fn in_order(mut pairs: Vec<(u32, u32, f32)>, key: impl Fn(u32) -> u64) -> Vec<(u32, u32, f32)> {
    let keys = |&(a, b, _): &(u32, u32, f32)| (key(a).min(key(b)), key(a).max(key(b)));
    pairs.sort_by(|x, y| y.2.total_cmp(&x.2).then_with(|| keys(x).cmp(&keys(y))));
    pairs.dedup_by(|x, y| (x.0, x.1) == (y.0, y.1));
    pairs
}

/// The hashes of every run of `RUN` words (lower-cased, punctuation left
/// out) inside one quote, sorted, each once.
fn runs<'a>(quotes: impl Iterator<Item = &'a str>) -> Vec<u64> {
    let mut out = Vec::new();
    for quote in quotes {
        let words: Vec<String> = (quote.split(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        for run in words.windows(RUN) {
            let mut h = FxHasher::default();
            for w in run {
                h.write(w.as_bytes());
                h.write_u8(0);
            }
            out.push(h.finish());
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_ignore_case_and_punctuation_and_need_six_words() {
        let a = runs(["This time, it's different for the club."].into_iter());
        let b = runs(["this time it's different for the club"].into_iter());
        assert_eq!(a, b);
        assert_eq!(a.len(), 3, "eight words, three runs of six");
        assert!(runs(["We are very pleased indeed"].into_iter()).is_empty());
    }

    #[test]
    fn pairs_are_asked_most_shared_first_then_by_key_once_each() {
        let pairs = vec![(0, 1, 0.5), (2, 3, 0.6), (0, 1, 0.5), (4, 5, 0.5)];
        // Keys put articles 4 and 5 before 0 and 1.
        let key = |a: u32| [30, 31, 10, 11, 20, 21][a as usize];
        assert_eq!(in_order(pairs, key), [(2, 3, 0.6), (4, 5, 0.5), (0, 1, 0.5)]);
    }
}
