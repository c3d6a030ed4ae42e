//! Cutting an article into its distinct words, on the loader's threads:
//! lower-cased for the body-word index, and as written for those with a
//! capital. This is most of what listing an article costs, so it is cut
//! byte by byte where the text is ASCII.

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

    pub(super) fn iter(&self) -> impl Iterator<Item = (u64, u64, &str)> {
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
                        for w in run
                            .split(|c: char| !c.is_alphanumeric())
                            .filter(|w| !w.is_empty())
                        {
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
    fn insert_ascii(
        &mut self,
        w: &str,
        upper: bool,
        word: &mut String,
        seen: &mut Seen,
        seen_forms: &mut Seen,
    ) {
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
pub(super) fn check_hash(word: &str) -> u64 {
    fx(fx_add(0, 0x9e37_79b9_7f4a_7c15), word.as_bytes())
}

/// The Fx hash (`analysis::hash::FxHasher`) of `bytes` from `state`, its
/// last partial chunk loaded byte by byte: the general hasher copies it,
/// a `memcpy` call for nearly every word.
pub(super) fn fx(mut state: u64, bytes: &[u8]) -> u64 {
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        state = fx_add(state, u64::from_le_bytes(c.try_into().expect("8 bytes")));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        state = fx_add(
            state,
            rest.iter().rev().fold(0, |acc, &b| acc << 8 | u64::from(b)),
        );
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_article_keeps_every_distinct_word_and_the_next_starts_empty() {
        let text: String = (0..5000)
            .map(|i| format!("w{} W{} ", i % 3000, i % 3000))
            .collect();
        let w = ArticleWords::new([text.as_str()].into_iter());
        assert_eq!(w.lower.iter().count(), 3000);
        assert_eq!(w.forms.iter().count(), 3000);
        let next = ArticleWords::new(["w1 fresh"].into_iter());
        let mut words: Vec<&str> = next.lower.iter().map(|(_, _, s)| s).collect();
        words.sort();
        assert_eq!(words, ["fresh", "w1"]);
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
