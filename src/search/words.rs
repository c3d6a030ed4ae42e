//! The body-word index: vocabulary → articles, so a bare filter term can match
//! the start of any word in the body without scanning the text.
//!
//! Splitting and hashing an article's words happens on the loader threads
//! (`ArticleWords`); the single thread that owns the index only looks up
//! precomputed hashes, which keeps 100,000 articles from queueing behind it.

use super::by_hash::{ByHash, Found};
pub use super::cut::{ArticleWords, WordSet, initial_bit, letter_bit};
use super::cut::{check_hash, fx};
use crate::analysis::hash::FxMap;

/// How many words ahead `add` asks for the slot of (see `ByHash::prefetch`).
const AHEAD: usize = 8;

/// Pending pairs held before they are sorted into the posting lists (8 MB).
const PENDING_MAX: usize = 1 << 20;

#[derive(Clone, Default)]
pub struct WordIndex {
    /// Hash → (word id, check hash); a word whose hash is taken by another
    /// word (the check hashes differ) goes to `collided`. Two words agreeing
    /// on both hashes would be taken for one (see `check_hash`).
    by_hash: ByHash,
    collided: FxMap<Box<str>, u32>,
    words: Vec<Box<str>>,
    /// Articles containing each word, in the order they were added.
    postings: Vec<Vec<u32>>,
    /// `(word, article)` pairs not yet in `postings`. Appending to 35,000
    /// scattered lists an article at a time was a cache miss per word; a
    /// batch sorted by word appends to each list once.
    pending: Vec<(u32, u32)>,
    /// Word ids sorted by word, for prefix ranges; words added since the last
    /// `compact` are in `tail` and scanned linearly.
    sorted: Vec<u32>,
    tail: Vec<u32>,
    scratch: Scratch,
}

/// `flush`'s buffers, empty (and cloned empty) between flushes.
#[derive(Default)]
struct Scratch {
    ends: Vec<u32>,
    grouped: Vec<u32>,
}

/// A copy of an index does not need them, which only a build uses.
impl Clone for Scratch {
    fn clone(&self) -> Scratch {
        Scratch::default()
    }
}

impl WordIndex {
    pub fn add(&mut self, article: u32, words: &WordSet) {
        // The slot of the word `AHEAD` places on is asked for while this one
        // is looked up: the lookups were mostly waiting on memory.
        let mut ahead = words.hashes().skip(AHEAD);
        for (hash, check, word) in words.iter() {
            if let Some(next) = ahead.next() {
                self.by_hash.prefetch(next);
            }
            let id = match self.by_hash.find(hash, check) {
                Found::Word(id) => id,
                Found::Taken => match self.collided.get(word) {
                    Some(&id) => id,
                    None => {
                        let id = self.new_word(word);
                        self.collided.insert(word.into(), id);
                        id
                    }
                },
                Found::Empty(slot) => {
                    let id = self.new_word(word);
                    self.by_hash.put(slot, hash, id, check);
                    id
                }
            };
            self.pending.push((id, article));
        }
        if self.pending.len() >= PENDING_MAX {
            self.flush();
        }
        if self.tail.len() > 4096 {
            self.compact();
        }
    }

    /// Moves the pending pairs into their posting lists: a counting sort by
    /// word (stable, so each list stays in the order pairs came), then one
    /// append per list. A comparison sort of the pairs was 35% of indexing.
    /// Its two buffers are kept from flush to flush: made afresh each time
    /// (4 MB and two of the vocabulary's size, zeroed) they were a page
    /// fault every 4 KB and a tenth of the owner's faults in a first start.
    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let Scratch { ends, grouped } = &mut self.scratch;
        ends.clear();
        ends.resize(self.postings.len() + 1, 0);
        for &(word, _) in &self.pending {
            ends[word as usize + 1] += 1;
        }
        for w in 1..ends.len() {
            ends[w] += ends[w - 1];
        }
        // `ends[w]` is where word `w`'s pairs start, then (as each is put)
        // where they end, which is where word `w + 1`'s start.
        grouped.clear();
        grouped.resize(self.pending.len(), 0);
        for &(word, article) in &self.pending {
            let slot = &mut ends[word as usize];
            grouped[*slot as usize] = article;
            *slot += 1;
        }
        let mut from = 0;
        for (list, &to) in self.postings.iter_mut().zip(ends.iter()) {
            if from < to {
                list.extend_from_slice(&grouped[from as usize..to as usize]);
            }
            from = to;
        }
        self.pending.clear();
    }

    fn new_word(&mut self, word: &str) -> u32 {
        let id = self.words.len() as u32;
        self.words.push(word.into());
        self.postings.push(Vec::new());
        self.tail.push(id);
        id
    }

    /// Takes out the articles `new` maps to `u32::MAX` and renumbers the
    /// others (`new[old]`), keeping each list's order.
    pub fn renumber(&mut self, new: &[u32]) {
        self.flush();
        for list in &mut self.postings {
            list.retain_mut(|a| {
                *a = new[*a as usize];
                *a != u32::MAX
            });
        }
    }

    /// The vocabulary and each word's articles, for saving (see `snapshot`).
    pub fn parts(&self) -> (&[Box<str>], &[Vec<u32>]) {
        debug_assert!(self.pending.is_empty(), "compact before saving");
        (&self.words, &self.postings)
    }

    /// The index `parts` describe.
    pub fn from_parts(words: Vec<Box<str>>, postings: Vec<Vec<u32>>) -> WordIndex {
        let mut index = WordIndex::default();
        index.words.reserve_exact(words.len());
        index.postings.reserve_exact(words.len());
        index.tail.reserve_exact(words.len());
        index.by_hash.reserve(words.len());
        for (word, list) in words.into_iter().zip(postings) {
            let (hash, check) = (fx(0, word.as_bytes()), check_hash(&word));
            let id = index.new_word(&word);
            index.postings[id as usize] = list;
            match index.by_hash.find(hash, check) {
                Found::Empty(slot) => index.by_hash.put(slot, hash, id, check),
                Found::Word(_) | Found::Taken => {
                    index.collided.insert(word, id);
                }
            }
        }
        index.compact();
        index
    }

    pub(super) fn heap(&self, h: &mut super::memory::Heap) {
        h.vec(&self.words, self.words.capacity());
        self.words.iter().for_each(|w| h.alloc(w.len(), w.len()));
        h.vec(&self.postings, self.postings.capacity());
        self.postings.iter().for_each(|p| h.vec(p, p.capacity()));
        self.by_hash.heap(h);
        h.map(&self.collided);
        self.collided.keys().for_each(|w| h.alloc(w.len(), w.len()));
        for v in [&self.sorted, &self.tail] {
            h.vec(v, v.capacity());
        }
        h.vec(&self.pending, self.pending.capacity());
        for v in [&self.scratch.ends, &self.scratch.grouped] {
            h.vec(v, v.capacity());
        }
    }

    /// `compact`, then lets go of the buffers only adding uses (the pending
    /// pairs, `flush`'s): for when a load or a batch is over.
    pub fn compact_and_release(&mut self) {
        self.compact();
        self.pending = Vec::new();
        self.scratch = Scratch::default();
    }

    /// `compact`, then gives back the room the lists grew into: for an
    /// index built once and then only read.
    pub fn compact_and_shrink(&mut self) {
        self.compact_and_release();
        self.words.shrink_to_fit();
        self.postings.shrink_to_fit();
        self.postings.iter_mut().for_each(Vec::shrink_to_fit);
        self.tail.shrink_to_fit();
    }

    /// Folds the words added lately into the sorted vocabulary.
    pub fn compact(&mut self) {
        self.flush();
        if self.tail.is_empty() {
            return;
        }
        // Sort the few new words and merge: re-sorting the whole vocabulary
        // each time made this the loader's single largest cost.
        let words = &self.words;
        let by_word = |a: &u32, b: &u32| words[*a as usize].cmp(&words[*b as usize]);
        self.tail.sort_unstable_by(by_word);
        let mut merged = Vec::with_capacity(self.sorted.len() + self.tail.len());
        let (mut old, mut new) = (self.sorted.iter().peekable(), self.tail.iter().peekable());
        while let (Some(a), Some(b)) = (old.peek(), new.peek()) {
            if by_word(a, b).is_le() {
                merged.push(*old.next().expect("peeked"));
            } else {
                merged.push(*new.next().expect("peeked"));
            }
        }
        merged.extend(old.chain(new));
        self.sorted = merged;
        self.tail.clear();
    }

    /// How many articles hold exactly `word` (a lower-case word of `words`,
    /// a form as written of `forms`); words still pending are not seen.
    pub fn articles(&self, word: &str) -> u32 {
        debug_assert!(self.pending.is_empty(), "flush first");
        let id = match self.by_hash.get(fx(0, word.as_bytes()), check_hash(word)) {
            Found::Word(id) => Some(id),
            Found::Taken => self.collided.get(word).copied(),
            Found::Empty(_) => None,
        };
        id.map_or(0, |id| self.postings[id as usize].len() as u32)
    }

    /// Calls `f` with the postings of every word containing `piece` (lower-case):
    /// a scan of the vocabulary, which is far smaller than the text.
    pub fn for_infix(&self, piece: &str, mut f: impl FnMut(&[u32])) {
        for (word, postings) in self.words.iter().zip(&self.postings) {
            if word.contains(piece) {
                f(postings);
            }
        }
        self.for_pending(|word| word.contains(piece), f);
    }

    /// Calls `f` with each pending article whose word passes `wanted`: what
    /// was added since the last `compact` is found too, only more slowly.
    fn for_pending(&self, wanted: impl Fn(&str) -> bool, mut f: impl FnMut(&[u32])) {
        for (word, article) in &self.pending {
            if wanted(&self.words[*word as usize]) {
                f(std::slice::from_ref(article));
            }
        }
    }

    /// Calls `f` with the postings of every word starting with `prefix`
    /// (which must be lower-case).
    pub fn for_prefix(&self, prefix: &str, mut f: impl FnMut(&[u32])) {
        let start = self
            .sorted
            .partition_point(|&id| *self.words[id as usize] < *prefix);
        for &id in &self.sorted[start..] {
            if !self.words[id as usize].starts_with(prefix) {
                break;
            }
            f(&self.postings[id as usize]);
        }
        for &id in &self.tail {
            if self.words[id as usize].starts_with(prefix) {
                f(&self.postings[id as usize]);
            }
        }
        self.for_pending(|word| word.starts_with(prefix), f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add(index: &mut WordIndex, article: u32, text: &str) {
        index.add(article, &ArticleWords::new([text].into_iter()).lower);
    }

    #[test]
    fn prefix_finds_each_article_once() {
        let mut w = WordIndex::default();
        add(&mut w, 0, "Lavrov said LAVROV");
        add(&mut w, 1, "the Lavrovs");
        w.compact();
        add(&mut w, 2, "lavish");
        let mut hits = Vec::new();
        w.for_prefix("lavr", |p| hits.extend_from_slice(p));
        hits.sort();
        assert_eq!(hits, [0, 1]);
        let mut hits = Vec::new();
        w.for_prefix("lav", |p| hits.extend_from_slice(p));
        hits.sort();
        assert_eq!(hits, [0, 1, 2]);
    }
    /// What each prefix finds is the articles holding a word that starts
    /// with it, whether the index was built word by word (its own hash
    /// table grown many times) or restored from its parts.
    #[test]
    fn prefixes_find_what_the_text_holds_built_or_restored() {
        let texts: Vec<String> = (0..600)
            .map(|a| {
                (0..40)
                    .map(|k| {
                        format!(
                            "w{}x{} Longword{} é{}",
                            (a * 31 + k * 17) % 997,
                            k % 3,
                            a % 50,
                            k % 9
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let mut built = WordIndex::default();
        for (a, text) in texts.iter().enumerate() {
            add(&mut built, a as u32, text);
        }
        built.compact();
        let (words, postings) = built.parts();
        let restored = WordIndex::from_parts(words.to_vec(), postings.to_vec());
        for prefix in [
            "w1",
            "w99",
            "w5x2",
            "longword4",
            "longword49",
            "é",
            "é8",
            "w",
            "q",
        ] {
            let want: Vec<u32> = (texts.iter().enumerate())
                .filter(|(_, t)| {
                    (t.split(|c: char| !c.is_alphanumeric())).any(|w| w.to_lowercase().starts_with(prefix))
                })
                .map(|(a, _)| a as u32)
                .collect();
            for index in [&built, &restored] {
                let mut hits = Vec::new();
                index.for_prefix(prefix, |p| hits.extend_from_slice(p));
                hits.sort();
                hits.dedup();
                assert_eq!(hits, want, "{prefix}");
            }
        }
        assert_eq!(restored.parts().0.len(), built.parts().0.len());
    }
}
