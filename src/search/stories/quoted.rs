//! The quotations two versions carry word for word. An update of one
//! report, written later the same day, repeats the words it quoted; so does
//! a running story's next article, often, so this is asked only of pairs
//! the figures already say tell of one day (`AnchorSets::same_day`). Quotes
//! are the analysis's own, read from the bodies: only the few pairs left in
//! doubt get here, so no quote is kept in the indexes.

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

/// Each article's quoted runs, read once.
pub(super) struct Quoted<'c> {
    corpus: &'c Corpus,
    runs: RefCell<HashMap<u32, Vec<u64>>>,
}

impl<'c> Quoted<'c> {
    pub fn new(corpus: &'c Corpus) -> Quoted<'c> {
        Quoted {
            corpus,
            runs: RefCell::new(HashMap::new()),
        }
    }

    /// Whether one version repeats at least half the quoted word runs of the
    /// other (the one quoting less, and quoting something).
    pub fn repeated(&self, a: u32, b: u32) -> bool {
        self.read(a);
        self.read(b);
        let all = self.runs.borrow();
        let (ra, rb) = (&all[&a], &all[&b]);
        let fewer = ra.len().min(rb.len());
        let shared = ra.iter().filter(|h| rb.binary_search(h).is_ok()).count();
        fewer > 0 && shared as f32 >= REPEATED * fewer as f32
    }

    fn read(&self, article: u32) {
        if self.runs.borrow().contains_key(&article) {
            return;
        }
        let body = self.corpus.read_body(article);
        let runs = runs((0..body.analysis.quotes.len()).map(|q| body.quote_text(q)));
        self.runs.borrow_mut().insert(article, runs);
    }
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
}
