//! Cutting an article into its distinct words, on the loader's threads:
//! lower-cased for the body-word index, and as written for those with a
//! capital. This is most of what listing an article costs, so it is cut
//! 8 bytes at a time where the text is ASCII (`runs`), and the article's
//! content hash is taken on the way.

use super::runs::{TOP, runs};
use crate::marks::Fnv;
use std::cell::RefCell;

/// One article's distinct words with their hashes: lower-cased for the body
/// index, and as written for those with a capital (so a case-sensitive exact
/// term like `'Blair` is settled by an index too, not by reading files).
#[derive(Default)]
pub struct ArticleWords {
    /// One bit per ASCII letter or digit that starts some word (see
    /// `initial_bit`), and one per ASCII letter some word contains (see
    /// `letter_bit`).
    pub initials: u64,
    pub lower: WordSet,
    pub forms: WordSet,
    /// `marks::content_hash` of the texts taken as the title and the
    /// paragraphs, computed on the way.
    pub content: u64,
}

/// Distinct words and their hashes.
#[derive(Default)]
pub struct WordSet {
    text: String,
    /// `(hash, start, end)` of each distinct word in `text`.
    words: Vec<(u64, u32, u32)>,
    /// A second hash of each word in `words` (`check_hash`): with the first it
    /// identifies a word without reading the index's copy of it, a cache miss
    /// per word that cost more than the rest of the lookup.
    checks: Vec<u32>,
}

impl WordSet {
    /// Adds `text[start..end]` (whose Fx hash is `hash`), lower-cased if
    /// `lower` (an ASCII run: each byte `| 0x20`), unless it is in already;
    /// `seen` finds places in `words` by hash. Inlined: called for every
    /// word, its call cost a quarter of it, and `lower` is known at each site.
    #[inline(always)]
    fn insert(&mut self, text: &str, (start, end): (usize, usize), hash: u64, lower: bool, seen: &mut Seen) {
        let word = &text.as_bytes()[start..end];
        let fold = if lower { 0x20 } else { 0 };
        let (words, have) = (&self.words, self.text.as_bytes());
        let same = |at: u32| {
            let (_, s, e) = words[at as usize];
            // Up to 8 bytes the hash is one multiplication by an odd number
            // of the zero-padded bytes: a bijection, so hash and length say it.
            (e - s) as usize == word.len()
                && (word.len() <= 8
                    || (have[s as usize..e as usize].iter().zip(word)).all(|(a, b)| *a == b | fold))
        };
        // A different word with the same hash is kept as well.
        if let Some(slot) = seen.find(hash, same) {
            let at = self.text.len();
            self.text.push_str(&text[start..end]);
            if lower {
                self.text[at..].make_ascii_lowercase();
            }
            seen.put(slot, hash, self.words.len() as u32);
            self.words.push((hash, at as u32, self.text.len() as u32));
        }
    }

    fn finish(&mut self) {
        let text = &self.text;
        self.checks = (self.words.iter())
            .map(|&(_, s, e)| check_hash(&text[s as usize..e as usize]))
            .collect();
    }

    pub(super) fn hashes(&self) -> impl Iterator<Item = u64> {
        self.words.iter().map(|w| w.0)
    }

    pub(super) fn iter(&self) -> impl Iterator<Item = (u64, u32, &str)> {
        (self.words.iter().zip(&self.checks))
            .map(|(&(h, s, e), &c)| (h, c, &self.text[s as usize..e as usize]))
    }
}

impl ArticleWords {
    /// Words are runs of alphanumeric characters. Most text is ASCII, so
    /// runs are cut 8 bytes at a time first, at ASCII bytes that are not
    /// letters or digits (`runs`); only a run holding other characters is cut
    /// by character (`is_alphanumeric`), which gives the same words at a
    /// fraction of the cost.
    pub fn new<'a>(texts: impl Iterator<Item = &'a str>) -> ArticleWords {
        let texts: Vec<&str> = texts.collect();
        // Sized for the usual share of distinct words: growing from empty
        // copied each set several times.
        let bytes: usize = texts.iter().map(|t| t.len()).sum();
        let mut out = ArticleWords::default();
        let mut content = Fnv::new();
        for (set, share) in [(&mut out.lower, 3), (&mut out.forms, 12)] {
            set.text.reserve(bytes / share);
            set.words.reserve(bytes / share / 6);
        }
        SEEN.with_borrow_mut(|(seen, seen_forms)| {
            seen.clear();
            seen_forms.clear();
            let mut word = String::new();
            for t in texts {
                runs(t.as_bytes(), &mut content, |start, end| {
                    out.insert_run(t, (start, end), &mut word, seen, seen_forms);
                });
                content.bytes(b"\n");
            }
        });
        out.content = content.0;
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
            .fold(0, |acc, bit| acc | bit)
            | contained_letters(lower.text.as_bytes());
        out.lower.finish();
        out.forms.finish();
        out
    }

    /// The run of word bytes `text[run]` (see `runs`): its hashes, and
    /// whether it holds a capital or a byte beyond ASCII, in one pass over
    /// it; one holding the latter is cut further by character. Inlined into
    /// the cutting loop, which calls it for every word.
    #[inline(always)]
    fn insert_run(
        &mut self,
        text: &str,
        run: (usize, usize),
        word: &mut String,
        seen: &mut Seen,
        seen_forms: &mut Seen,
    ) {
        let hashes = Hashes::of(text.as_bytes(), run);
        if hashes.beyond {
            return self.insert_split(&text[run.0..run.1], word, seen, seen_forms);
        }
        self.insert_ascii(text, run, &hashes, seen, seen_forms);
    }

    /// A run holding characters beyond ASCII: cut at characters that are
    /// not alphanumeric (its ends are ASCII bytes or the text's, so
    /// character boundaries).
    #[inline(never)]
    fn insert_split(&mut self, run: &str, word: &mut String, seen: &mut Seen, seen_forms: &mut Seen) {
        for w in run
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            if w.is_ascii() {
                let hashes = Hashes::of(w.as_bytes(), (0, w.len()));
                self.insert_ascii(w, (0, w.len()), &hashes, seen, seen_forms);
                continue;
            }
            // Lower-cased into the body words, and as written into the forms if that differs.
            word.clear();
            word.extend(w.chars().flat_map(char::to_lowercase));
            let hash = fx(0, word.as_bytes());
            self.lower.insert(word, (0, word.len()), hash, false, seen);
            if word != w {
                self.forms
                    .insert(w, (0, w.len()), fx(0, w.as_bytes()), false, seen_forms);
            }
        }
    }

    /// The ASCII letters and digits `text[run]`: lower-cased into the body
    /// words (the copy made only for a word not seen before), and as written
    /// into the forms if they hold a capital.
    #[inline(always)]
    fn insert_ascii(
        &mut self,
        text: &str,
        run: (usize, usize),
        hashes: &Hashes,
        seen: &mut Seen,
        seen_forms: &mut Seen,
    ) {
        self.lower.insert(text, run, hashes.lower, hashes.upper, seen);
        if hashes.upper {
            self.forms.insert(text, run, hashes.written, false, seen_forms);
        }
    }
}

/// A run of word bytes, read once: its Fx hash as written and lower-cased
/// (each byte `| 0x20`, exact for ASCII letters and digits), whether that
/// changed a byte (a capital), and whether a byte is beyond ASCII (then the
/// hashes mean nothing: it is cut by character).
struct Hashes {
    lower: u64,
    written: u64,
    upper: bool,
    beyond: bool,
}

impl Hashes {
    #[inline(always)]
    fn of(bytes: &[u8], run: (usize, usize)) -> Hashes {
        let (mut lower, mut written, mut changed, mut any) = (0, 0, 0, 0);
        chunks(bytes, run, |chunk, mask| {
            let folded = chunk | (0x2020_2020_2020_2020 & mask);
            written = fx_add(written, chunk);
            lower = fx_add(lower, folded);
            changed |= chunk ^ folded;
            any |= chunk;
        });
        Hashes {
            lower,
            written,
            upper: changed != 0,
            beyond: any & TOP != 0,
        }
    }
}

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
        if self.slots.is_empty() {
            self.grow();
        }
    }

    fn slot(&self, hash: u64) -> usize {
        // The hash's high bits are its best mixed.
        (hash >> 32) as usize & (self.slots.len() - 1)
    }

    /// The empty slot for `hash`, or `None` if a place with it is `same`.
    #[inline(always)]
    fn find(&mut self, hash: u64, same: impl Fn(u32) -> bool) -> Option<usize> {
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

    /// Grows here rather than in `find`, which every word asks (most of
    /// them words seen before): at most half full when `find` is asked.
    fn put(&mut self, slot: usize, hash: u64, place: u32) {
        self.slots[slot] = (hash, place, self.round);
        self.used += 1;
        if 2 * (self.used + 1) > self.slots.len() {
            self.grow();
        }
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

/// The second hash: none up to 8 bytes, where the first is a bijection of
/// the word (see `WordSet::insert`), else the same function started from
/// another state, never 0. A word is taken for another only if both agree:
/// odds of about 2^-95 a pair of long words, none for a short one.
pub(super) fn check_hash(word: &str) -> u32 {
    if word.len() <= 8 {
        return 0;
    }
    (fx(fx_add(0, 0x9e37_79b9_7f4a_7c15), word.as_bytes()) >> 32) as u32 | 1
}

/// The Fx hash (`analysis::hash::FxHasher`) of `bytes` from `state`.
pub(super) fn fx(mut state: u64, bytes: &[u8]) -> u64 {
    chunks(bytes, (0, bytes.len()), |chunk, _| state = fx_add(state, chunk));
    state
}

/// Calls `f` with each 8-byte chunk of `bytes[start..end]` as the Fx hash
/// takes it (little-endian, the last zero-padded) and the mask of its bytes.
/// A last partial chunk with 8 bytes of `bytes` after its start is loaded
/// whole and masked: byte by byte, or the general hasher's copy (a `memcpy`
/// call), cost more than the rest of the hash for the usual short word.
#[inline(always)]
fn chunks(bytes: &[u8], (start, end): (usize, usize), mut f: impl FnMut(u64, u64)) {
    let load = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"));
    let mut at = start;
    while at + 8 <= end {
        f(load(at), u64::MAX);
        at += 8;
    }
    if at < end {
        let mask = u64::MAX >> (64 - 8 * (end - at));
        let chunk = if at + 8 <= bytes.len() {
            load(at) & mask
        } else {
            (bytes[at..end].iter().rev()).fold(0, |acc, &b| acc << 8 | u64::from(b))
        };
        f(chunk, mask);
    }
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

/// Where the bits of `letter_bit` start in `ArticleWords::initials`, above
/// the 36 of `initial_bit`.
const LETTERS_AT: u8 = 36;

/// The bit for an article with a word containing this (lower-case ASCII)
/// letter: the exact terms `'s` and `!s` ask that, and the words containing
/// an `s` have postings for nearly every article (a union of ten million at
/// 100,000 articles, the slowest keys typed).
pub fn letter_bit(b: u8) -> Option<u64> {
    b.is_ascii_lowercase().then(|| 1 << (LETTERS_AT + b - b'a'))
}

/// `letter_bit` of each byte of `words` (an article's distinct lower-cased
/// words end to end, so every letter a word contains), from a table: one
/// load and one `or` a byte.
fn contained_letters(words: &[u8]) -> u64 {
    const BITS: [u64; 256] = {
        let mut bits = [0; 256];
        let mut b = b'a';
        while b <= b'z' {
            bits[b as usize] = 1 << (LETTERS_AT + b - b'a');
            b += 1;
        }
        bits
    };
    words.iter().fold(0, |acc, &b| acc | BITS[b as usize])
}
