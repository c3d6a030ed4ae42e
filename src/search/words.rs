//! The body-word index: vocabulary → articles, so a bare filter term can match
//! the start of any word in the body without scanning the text.
//!
//! Splitting and hashing an article's words happens on the loader threads
//! (`ArticleWords`); the single thread that owns the index only looks up
//! precomputed hashes, which keeps 100,000 articles from queueing behind it.

use crate::analysis::hash::FxMap;
use std::cell::RefCell;

/// One article's distinct words with their hashes: lower-cased for the body
/// index, and as written for those with a capital (so a case-sensitive exact
/// term like `'Blair` is settled by an index too, not by reading files).
#[derive(Default)]
pub struct ArticleWords {
    /// One bit per ASCII letter or digit that starts some word (see `initial_bit`).
    pub initials: u64,
    pub lower: WordSet,
    pub forms: WordSet,
}

/// Distinct words and their hashes.
#[derive(Default)]
pub struct WordSet {
    text: String,
    /// `(hash, start, end)` of each distinct word in `text`.
    words: Vec<(u64, u32, u32)>,
    /// A second, independent hash of each word in `words`: with the first it
    /// identifies a word without reading the index's copy of it, a cache miss
    /// per word that cost more than the rest of the lookup.
    checks: Vec<u64>,
}

impl WordSet {
    /// Adds `word` unless it is in already; `seen` finds places in `words` by hash.
    fn insert(&mut self, word: &str, seen: &mut Seen) {
        let hash = fx(0, word.as_bytes());
        let (words, text) = (&self.words, &self.text);
        let same = |at: u32| {
            let (_, s, e) = words[at as usize];
            // Up to 8 bytes the hash is one multiplication by an odd number
            // of the zero-padded bytes: a bijection, so hash and length say it.
            (e - s) as usize == word.len() && (word.len() <= 8 || &text[s as usize..e as usize] == word)
        };
        // A different word with the same hash is kept as well.
        if let Some(slot) = seen.find(hash, same) {
            let start = self.text.len() as u32;
            self.text.push_str(word);
            seen.put(slot, hash, self.words.len() as u32);
            self.words.push((hash, start, self.text.len() as u32));
        }
    }

    fn finish(&mut self) {
        let text = &self.text;
        self.checks = (self.words.iter())
            .map(|&(_, s, e)| check_hash(&text[s as usize..e as usize]))
            .collect();
    }

    fn iter(&self) -> impl Iterator<Item = (u64, u64, &str)> {
        (self.words.iter().zip(&self.checks))
            .map(|(&(h, s, e), &c)| (h, c, &self.text[s as usize..e as usize]))
    }
}

impl ArticleWords {
    /// Words are runs of alphanumeric characters. Most text is ASCII, so
    /// runs are cut byte by byte first, at ASCII bytes that are not letters
    /// or digits; only a run holding other characters is cut by character
    /// (`is_alphanumeric`), which gives the same words at a fraction of the cost.
    pub fn new<'a>(texts: impl Iterator<Item = &'a str>) -> ArticleWords {
        let texts: Vec<&str> = texts.collect();
        // Sized for the usual share of distinct words: growing from empty
        // copied each set several times.
        let bytes: usize = texts.iter().map(|t| t.len()).sum();
        let mut out = ArticleWords::default();
        for (set, share) in [(&mut out.lower, 3), (&mut out.forms, 12)] {
            set.text.reserve(bytes / share);
            set.words.reserve(bytes / share / 6);
        }
        SEEN.with_borrow_mut(|(seen, seen_forms)| {
            seen.clear();
            seen_forms.clear();
            let mut word = String::new();
            for t in texts {
                let bytes = t.as_bytes();
                let mut i = 0;
                while i < bytes.len() {
                    while i < bytes.len() && CLASS[usize::from(bytes[i])] & WORD == 0 {
                        i += 1;
                    }
                    let (start, mut seen_classes) = (i, 0);
                    while i < bytes.len() && CLASS[usize::from(bytes[i])] & WORD != 0 {
                        seen_classes |= CLASS[usize::from(bytes[i])];
                        i += 1;
                    }
                    let ascii = (seen_classes & BEYOND == 0).then_some(seen_classes & UPPER != 0);
                    // Cut at ASCII bytes (or the ends): character boundaries.
                    let run = &t[start..i];
                    if let Some(upper) = ascii {
                        if !run.is_empty() {
                            out.insert_ascii(run, upper, &mut word, seen, seen_forms);
                        }
                    } else {
                        for w in run.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
                            out.insert(w, &mut word, seen, seen_forms);
                        }
                    }
                }
            }
        });
        let lower = &out.lower;
        out.initials = (lower.words.iter())
            .filter_map(|w| {
                lower
                    .text
                    .as_bytes()
                    .get(w.1 as usize)
                    .copied()
                    .and_then(initial_bit)
            })
            .fold(0, |acc, bit| acc | bit);
        out.lower.finish();
        out.forms.finish();
        out
    }

    /// One word: lower-cased into the body words, and as written into the
    /// forms if that differs. `word` is a buffer reused from word to word.
    fn insert(&mut self, w: &str, word: &mut String, seen: &mut Seen, seen_forms: &mut Seen) {
        if w.is_ascii() {
            return self.insert_ascii(w, has_upper(w.as_bytes()), word, seen, seen_forms);
        }
        word.clear();
        word.extend(w.chars().flat_map(char::to_lowercase));
        self.lower.insert(word, seen);
        if word != w {
            self.forms.insert(w, seen_forms);
        }
    }

    /// `insert` of an ASCII word, `upper` if it has a capital.
    fn insert_ascii(&mut self, w: &str, upper: bool, word: &mut String, seen: &mut Seen, seen_forms: &mut Seen) {
        if !upper {
            return self.lower.insert(w, seen);
        }
        word.clear();
        word.push_str(w);
        word.make_ascii_lowercase();
        self.lower.insert(word, seen);
        self.forms.insert(w, seen_forms);
    }
}

fn has_upper(bytes: &[u8]) -> bool {
    bytes.iter().any(u8::is_ascii_uppercase)
}

/// What a byte is, for cutting words: part of one (an ASCII letter or digit,
/// or any byte of a character beyond ASCII, cut further by character), and
/// of those, beyond ASCII or a capital. One table look-up a byte.
const WORD: u8 = 1;
const BEYOND: u8 = 2;
const UPPER: u8 = 4;
static CLASS: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = if c >= 0x80 {
            WORD | BEYOND
        } else if c.is_ascii_uppercase() {
            WORD | UPPER
        } else if c.is_ascii_alphanumeric() {
            WORD
        } else {
            0
        };
        b += 1;
    }
    table
};

thread_local! {
    /// Places in a `WordSet` (lower-case, as written) by hash, reused from
    /// article to article: deduplicating as words come costs less than
    /// sorting every occurrence, and a table grown once costs less than one
    /// grown for each article.
    static SEEN: RefCell<(Seen, Seen)> = RefCell::default();
}

/// An open-addressing table of `(hash, place, round)`, kept at most half
/// full; a slot is empty unless its round is the current one, so emptying
/// it for the next article is a count. A general hash map cost ~200
/// instructions a word here, the largest part of listing an article.
#[derive(Default)]
struct Seen {
    slots: Vec<(u64, u32, u32)>,
    used: usize,
    round: u32,
}

impl Seen {
    /// Empties the table; one a long article grew is let go, so the
    /// articles after it do not each carry it.
    fn clear(&mut self) {
        self.used = 0;
        self.round = self.round.wrapping_add(1);
        if self.slots.len() > 1 << 14 || self.round == 0 {
            self.slots = Vec::new();
            self.round = 1;
        }
    }

    fn slot(&self, hash: u64) -> usize {
        // The hash's high bits are its best mixed.
        (hash >> 32) as usize & (self.slots.len() - 1)
    }

    /// The empty slot for `hash`, or `None` if a place with it is `same`.
    fn find(&mut self, hash: u64, same: impl Fn(u32) -> bool) -> Option<usize> {
        if 2 * (self.used + 1) > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = self.slot(hash);
        loop {
            match self.slots[i] {
                (_, _, round) if round != self.round => return Some(i),
                (h, at, _) if h == hash && same(at) => return None,
                _ => i = (i + 1) & mask,
            }
        }
    }

    fn put(&mut self, slot: usize, hash: u64, place: u32) {
        self.slots[slot] = (hash, place, self.round);
        self.used += 1;
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(1024);
        let old = std::mem::replace(&mut self.slots, vec![(0, 0, 0); size]);
        let mask = self.slots.len() - 1;
        for (hash, at, round) in old {
            if round != self.round {
                continue;
            }
            let mut i = self.slot(hash);
            while self.slots[i].2 == self.round {
                i = (i + 1) & mask;
            }
            self.slots[i] = (hash, at, round);
        }
    }
}

/// The second hash: the same function started from another state.
fn check_hash(word: &str) -> u64 {
    fx(fx_add(0, 0x9e37_79b9_7f4a_7c15), word.as_bytes())
}

/// The Fx hash (`analysis::hash::FxHasher`) of `bytes` from `state`, its
/// last partial chunk loaded byte by byte: the general hasher copies it,
/// a `memcpy` call for nearly every word.
fn fx(mut state: u64, bytes: &[u8]) -> u64 {
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        state = fx_add(state, u64::from_le_bytes(c.try_into().expect("8 bytes")));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        state = fx_add(state, rest.iter().rev().fold(0, |acc, &b| acc << 8 | u64::from(b)));
    }
    state
}

fn fx_add(state: u64, word: u64) -> u64 {
    (state.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// The bit for words starting with this (lower-case ASCII) byte: a one-letter
/// term asks "has a word starting with it", which nearly every article does,
/// so a bit answers it instead of the union of thousands of posting lists.
pub fn initial_bit(b: u8) -> Option<u64> {
    match b {
        b'a'..=b'z' => Some(1 << (b - b'a')),
        b'0'..=b'9' => Some(1 << (26 + b - b'0')),
        _ => None,
    }
}

/// Pending pairs held before they are sorted into the posting lists (8 MB).
const PENDING_MAX: usize = 1 << 20;

#[derive(Default)]
pub struct WordIndex {
    /// Hash → (word id, check hash); a word whose hash is taken by another
    /// word (the check hashes differ) goes to `collided`. Two words agreeing
    /// on both 64-bit hashes would be taken for one: odds of about 2^-128 a pair.
    by_hash: FxMap<u64, (u32, u64)>,
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
}

impl WordIndex {
    pub fn add(&mut self, article: u32, words: &WordSet) {
        for (hash, check, word) in words.iter() {
            let id = match self.by_hash.get(&hash) {
                Some(&(id, c)) if c == check => id,
                Some(_) => match self.collided.get(word) {
                    Some(&id) => id,
                    None => {
                        let id = self.new_word(word);
                        self.collided.insert(word.into(), id);
                        id
                    }
                },
                None => {
                    let id = self.new_word(word);
                    self.by_hash.insert(hash, (id, check));
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
    fn flush(&mut self) {
        let mut starts = vec![0u32; self.postings.len() + 1];
        for &(word, _) in &self.pending {
            starts[word as usize + 1] += 1;
        }
        for w in 1..starts.len() {
            starts[w] += starts[w - 1];
        }
        let mut next = starts.clone();
        let mut grouped = vec![0u32; self.pending.len()];
        for &(word, article) in &self.pending {
            let slot = &mut next[word as usize];
            grouped[*slot as usize] = article;
            *slot += 1;
        }
        for (list, range) in self.postings.iter_mut().zip(starts.windows(2)) {
            if range[0] < range[1] {
                list.extend_from_slice(&grouped[range[0] as usize..range[1] as usize]);
            }
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
        for (word, list) in words.into_iter().zip(postings) {
            let (hash, check) = (fx(0, word.as_bytes()), check_hash(&word));
            let id = index.new_word(&word);
            index.postings[id as usize] = list;
            match index.by_hash.entry(hash) {
                std::collections::hash_map::Entry::Occupied(_) => {
                    index.collided.insert(word, id);
                }
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert((id, check));
                }
            }
        }
        index.compact();
        index
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

    #[test]
    fn words_are_cut_as_by_character() {
        let text = "Don’t—stop: naïve CAFÉ, x²+y², 3.5% «Quote» l'été Ωmega_x\u{a0}end 中文字";
        let mut want: Vec<String> = (text.split(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        want.sort();
        want.dedup();
        let w = ArticleWords::new([text].into_iter());
        let mut got: Vec<&str> = w.lower.iter().map(|(_, _, s)| s).collect();
        got.sort();
        assert_eq!(got, want);
        let forms: Vec<&str> = w.forms.iter().map(|(_, _, s)| s).collect();
        assert_eq!(forms, ["Don", "CAFÉ", "Quote", "Ωmega"]);
    }

    #[test]
    fn words_are_distinct_and_lower_case() {
        let w = ArticleWords::new(["Été été ÉTÉ, l'été"].into_iter());
        let words: Vec<&str> = w.lower.iter().map(|(_, _, s)| s).collect();
        assert_eq!(words.len(), 2);
        assert!(words.contains(&"été") && words.contains(&"l"));
    }
}
