//! Byte-level tokenizer: words and single punctuation marks, as offsets into
//! the paragraph, so the hot path never allocates per word.

use std::cell::RefCell;

use super::capitals;
use super::lexicon::Lex;
use super::sentences::tally;

/// A word starting with an uppercase letter.
pub const CAP: u8 = 1;
/// A word, not punctuation.
pub const WORD: u8 = 2;
/// Joined to the previous word by a hyphen with no space (`al-Assad`, `US-led`).
pub const HYPHEN_BEFORE: u8 = 4;
/// Followed by a possessive `'s` / `'` that is not part of the token.
pub const POSSESSIVE: u8 = 8;
/// The last token of a sentence (its final punctuation, or the last word).
pub const SENTENCE_END: u8 = 16;
/// Contains a digit.
pub const DIGIT: u8 = 32;
/// Two or more letters, all uppercase (`NATO`, `U.S.`).
pub const ACRONYM: u8 = 64;
/// In a sentence written in headline case (see `capitals::mark_headline`).
pub const HEADLINE: u8 = 128;

/// `Token::more`: `capitals::is_cap_word`.
const CAP_WORD: u8 = 1;
/// `Token::more`: a capitalised word or a hyphen mark, where name finding's
/// skip over lowercase words stops (see `name_runs::skip_lowercase`).
const NAME_STOP: u8 = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub flags: u8,
    /// `CAP_WORD` and `NAME_STOP`, worked out once (they sit in padding).
    more: u8,
    /// What the word lists say about a capitalised word, looked up once;
    /// lowercase words are looked up on demand (see `lex`).
    cap_lex: Lex,
}

impl Token {
    #[inline]
    pub fn is(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }
    /// What the word lists say about this token. Always inlined: left to
    /// the compiler, whether it is depends on how the crate's code falls
    /// into codegen units, and a call costs a capitalised word's many
    /// askers more than the lookup's code where inlined (`analyze` ±4%).
    #[inline(always)]
    pub fn lex(&self, para: &str) -> Lex {
        if self.is(CAP) {
            self.cap_lex
        } else if self.is(WORD) {
            Lex::of(self.text(para))
        } else {
            Lex::default()
        }
    }

    /// See `capitals::is_cap_word`.
    #[inline]
    pub fn is_cap_word(&self) -> bool {
        self.more & CAP_WORD != 0
    }

    /// A capitalised word (`CAP`) or a hyphen: one flag to test.
    #[inline]
    pub fn name_stop(&self) -> bool {
        self.more & NAME_STOP != 0
    }

    /// Marks a hyphen's `name_stop` (see `sentences::mark_sentence_ends`).
    #[inline]
    pub(super) fn set_name_stop(&mut self) {
        self.more |= NAME_STOP;
    }

    #[inline]
    pub fn text<'a>(&self, para: &'a str) -> &'a str {
        &para[self.start as usize..self.end as usize]
    }

    /// The token's bytes: cheaper to compare than `text` (no `memcmp` call,
    /// no char-boundary check).
    #[inline]
    pub fn bytes<'a>(&self, para: &'a str) -> &'a [u8] {
        &para.as_bytes()[self.start as usize..self.end as usize]
    }
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text[i..].chars().next()
}

fn is_alnum_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => char_at(text, i).is_some_and(char::is_alphanumeric),
        None => false,
    }
}

/// Whether `ch`, not alphanumeric, is still part of the word it follows: a
/// combining accent (`Pen\u{303}a`, decomposed text). Mis-encoded letters
/// (`PeÃ±a`) are repaired when the store loads the text (`store::clean`).
fn in_word(ch: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&ch)
}

/// Length in bytes of an apostrophe (`'` or `’`) at `i`, or 0.
fn apostrophe_len(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'\'') => 1,
        Some(0xE2) if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x99) => 3,
        _ => 0,
    }
}

thread_local! {
    /// Each punctuation token's index and the word tally before it (see
    /// `sentences::tally`): the sentence-end pass visits these, not every word.
    static MARKS: RefCell<Vec<(u32, u64)>> = const { RefCell::new(Vec::new()) };
}

/// Splits `para` into tokens, appending to `out` (cleared first).
pub fn tokenize(para: &str, out: &mut Vec<Token>) {
    out.clear();
    let mut marks = MARKS.with(|m| std::mem::take(&mut *m.borrow_mut()));
    marks.clear();
    let mut words = 0u64;
    let b = para.as_bytes();
    let mut i = 0;
    // Lowercase plain words, most tokens, take the first path: it makes no
    // call, so its few values stay in registers. All else is `other_token`'s.
    while let Some(&c) = b.get(i) {
        if c == b' ' {
            i += 1;
            continue;
        }
        if c.is_ascii_lowercase()
            && let Some(end) = plain_word(b, i)
        {
            let hyphen = if hyphen_before(para, i) { HYPHEN_BEFORE } else { 0 };
            words += tally(WORD);
            out.push(word(para, i, end, WORD | hyphen, true));
            // The usual space after a word: skipped here, not by another turn.
            i = end + usize::from(b.get(end) == Some(&b' '));
            continue;
        }
        // ASCII punctuation, the next most common token, needs no call either.
        if BYTE_CLASS[usize::from(c)] & MARK != 0 {
            push_mark(out, &mut marks, words, i, 1);
            i += 1;
            continue;
        }
        i = other_token(para, i, out, &mut marks, &mut words);
    }
    super::sentences::mark_sentence_ends(para, out, &marks, words);
    MARKS.with(|m| *m.borrow_mut() = marks);
}

/// Appends the punctuation token at `start..start + len`, noting its index
/// and the word tally before it (`words`) for the sentence-end pass (which
/// also marks hyphens' `NAME_STOP`: here a test would slow the hot loop).
#[inline(always)]
fn push_mark(out: &mut Vec<Token>, marks: &mut Vec<(u32, u64)>, words: u64, start: usize, len: usize) {
    marks.push((out.len() as u32, words));
    out.push(Token {
        start: start as u32,
        end: (start + len) as u32,
        flags: 0,
        more: 0,
        cap_lex: Lex::default(),
    });
}

/// What a byte is to the tokenizer's fast paths, one load where several
/// tests cost more. Only ASCII bytes are either.
const BYTE_CLASS: [u8; 256] = {
    let mut t = [0; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        if !b.is_ascii_alphanumeric() && b != b'\'' {
            t[c] = ENDS_PLAIN_WORD | if b.is_ascii_whitespace() { 0 } else { MARK };
        }
        c += 1;
    }
    t
};
/// Ends a plain word: neither a letter, a digit nor an apostrophe.
const ENDS_PLAIN_WORD: u8 = 1;
/// A punctuation token of its own: that, and no whitespace.
const MARK: u8 = 2;

/// The token at `i` that is no lowercase plain word (see `plain_word`):
/// whitespace other than a space, punctuation, a capitalised word, or one
/// with capitals inside, digits, apostrophes, dots or other letters.
/// Returns where the next token may start.
#[inline(never)]
fn other_token(
    para: &str,
    mut i: usize,
    out: &mut Vec<Token>,
    marks: &mut Vec<(u32, u64)>,
    words: &mut u64,
) -> usize {
    let b = para.as_bytes();
    let c = b[i];
    if let Some(end) = plain_word(b, i) {
        let hyphen = if hyphen_before(para, i) { HYPHEN_BEFORE } else { 0 };
        let cap = if c.is_ascii_uppercase() { CAP } else { 0 };
        *words += tally(WORD | cap);
        out.push(word(para, i, end, WORD | cap | hyphen, true));
        return end + usize::from(b.get(end) == Some(&b' '));
    }
    if c.is_ascii_whitespace() {
        return i + 1;
    }
    let alnum = if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_alnum_at(para, i)
    };
    if !alnum {
        let ch = if c.is_ascii() { None } else { char_at(para, i) };
        let len = ch.map_or(1, char::len_utf8);
        // A no-break or other Unicode space separates words like a space.
        if ch.is_some_and(char::is_whitespace) {
            return i + len;
        }
        if c == b'\'' || apostrophe_len(b, i) > 0 {
            // A stray apostrophe is not a token; quotes.rs handles single quotes.
            return i + len;
        }
        push_mark(out, marks, *words, i, len);
        return i + len;
    }
    let start = i;
    let mut flags = WORD;
    let mut letters = 0usize;
    let mut upper = 0usize;
    let mut seg_letters = 0usize; // letters since the last '.' inside an acronym
    let mut dotted = false;
    if hyphen_before(para, start) {
        flags |= HYPHEN_BEFORE;
    }
    while i < b.len() {
        // Most bytes are lowercase ASCII letters: take them in one run.
        let run = i;
        i = lowercase_run(b, i);
        letters += i - run;
        seg_letters += i - run;
        if i >= b.len() {
            break;
        }
        let c = b[i];
        if c == b' ' {
            break; // the usual end of a word
        }
        // A letter or digit: (digit, upper case, its length in bytes).
        let alnum = if c.is_ascii_alphanumeric() {
            Some((c.is_ascii_digit(), c.is_ascii_uppercase(), 1))
        } else if !c.is_ascii()
            && let Some(ch) = char_at(para, i).filter(|&ch| ch.is_alphanumeric() || in_word(ch))
        {
            Some((ch.is_numeric(), ch.is_uppercase(), ch.len_utf8()))
        } else {
            None
        };
        if let Some((digit, uppercase, len)) = alnum {
            if digit {
                flags |= DIGIT;
            } else {
                letters += 1;
                seg_letters += 1;
                if uppercase {
                    upper += 1;
                    if i == start {
                        flags |= CAP;
                    }
                }
            }
            i += len;
            continue;
        }
        let ap = apostrophe_len(b, i);
        if ap > 0 && is_alnum_at(para, i + ap) {
            // `'s` at the end of a word is a possessive, not part of the name.
            let s_end = i + ap + 1;
            if matches!(b[i + ap], b's' | b'S') && !is_alnum_at(para, s_end) {
                flags |= POSSESSIVE;
                *words += tally(flags);
                out.push(word(para, start, i, acronym(flags, letters, upper), false));
                return s_end;
            }
            i += ap;
            continue;
        }
        if b[i] == b'.'
            && seg_letters == 1
            && upper == letters
            && (dotted || (i + 2 < b.len() && b[i + 1].is_ascii_uppercase() && b[i + 2] == b'.'))
        {
            // `U.S.`, `U.N.`: the dots belong to the acronym.
            dotted = true;
            seg_letters = 0;
            i += 1;
            continue;
        }
        break;
    }
    // Plural possessive `countries'` keeps the word, drops the mark.
    let ap = apostrophe_len(b, i);
    if ap > 0 && (b[i - 1] == b's') && !is_alnum_at(para, i + ap) {
        flags |= POSSESSIVE;
    }
    *words += tally(flags);
    out.push(word(para, start, i, acronym(flags, letters, upper), false));
    i
}

/// The end of the word at `i` when it is the usual kind, which the general
/// loop would end the same way: ASCII letters, lowercase after the first
/// (`said`, `Blair`), then a space, the paragraph's end or ASCII punctuation
/// other than an apostrophe. A lone capital (`I`, an initial, `U.S.`) takes
/// the general loop. Most words are this kind, and skip its bookkeeping.
/// Inlined in both callers: a call here costs a fifth of the word.
#[inline(always)]
fn plain_word(b: &[u8], i: usize) -> Option<usize> {
    let first = b[i];
    if !first.is_ascii_alphabetic() {
        return None;
    }
    let end = lowercase_run(b, i + 1);
    if first.is_ascii_uppercase() && end == i + 1 {
        return None;
    }
    match b.get(end) {
        Some(&n) if BYTE_CLASS[usize::from(n)] & ENDS_PLAIN_WORD == 0 => None,
        _ => Some(end),
    }
}

/// Whether the word at `start` is joined to the word before by a hyphen
/// with no space (`al-Assad`).
fn hyphen_before(para: &str, start: usize) -> bool {
    let b = para.as_bytes();
    start >= 2 && b[start - 1] == b'-' && is_alnum_at(para, prev_char(para, start - 1))
}

/// The end of the run of lowercase ASCII letters at `i`: sixteen bytes at a
/// time where SSE2 is (every x86-64), then eight, then one.
#[inline(always)]
fn lowercase_run(b: &[u8], mut i: usize) -> usize {
    #[cfg(target_arch = "x86_64")]
    while let Some(chunk) = b.get(i..i + 16) {
        let other = not_lowercase(chunk.try_into().expect("16 bytes"));
        if other != 0 {
            return i + other.trailing_zeros() as usize;
        }
        i += 16;
    }
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    while let Some(chunk) = b.get(i..i + 8) {
        let w = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        // Per byte, without carries between bytes: high bit of `ge_a` is
        // set for `a` and above, of `gt_z` for above `z`.
        let ge_a = (w & LOW7) + 0x1F1F_1F1F_1F1F_1F1F;
        let gt_z = (w & LOW7) + 0x0505_0505_0505_0505;
        let other = !(ge_a & !gt_z & !w) & HIGH;
        if other != 0 {
            return i + other.trailing_zeros() as usize / 8;
        }
        i += 8;
    }
    while i < b.len() && b[i].is_ascii_lowercase() {
        i += 1;
    }
    i
}

/// The bytes of `chunk` that are no lowercase ASCII letter: bit `i` for byte `i`.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn not_lowercase(chunk: &[u8; 16]) -> u32 {
    use std::arch::x86_64::{
        _mm_add_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8,
    };
    // SAFETY: an unaligned load of the chunk's 16 bytes; SSE2 is in every
    // x86-64. Adding `0x80 - b'a'` moves `a..=z` to the 26 lowest signed
    // bytes, so one signed compare finds them.
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast());
        let moved = _mm_add_epi8(v, _mm_set1_epi8(0x80u8.wrapping_sub(b'a') as i8));
        let lower = _mm_cmplt_epi8(moved, _mm_set1_epi8(i8::MIN + 26));
        !(_mm_movemask_epi8(lower) as u32) & 0xFFFF
    }
}

/// A word token; `plain` as for `plain_word`.
fn word(para: &str, start: usize, end: usize, flags: u8, plain: bool) -> Token {
    // Only capitalised words are looked up here: names need them all, while
    // lowercase words are looked up on demand near quotes and names.
    let (more, cap_lex) = if flags & CAP != 0 {
        let text = &para[start..end];
        let lex = Lex::of(text);
        let cap_word = if capitals::cap_word(text, flags, lex, plain) {
            CAP_WORD
        } else {
            0
        };
        (NAME_STOP | cap_word, lex)
    } else {
        (0, Lex::default())
    };
    Token {
        start: start as u32,
        end: end as u32,
        flags,
        more,
        cap_lex,
    }
}

fn prev_char(text: &str, i: usize) -> usize {
    let mut j = i - 1;
    while !text.is_char_boundary(j) {
        j -= 1;
    }
    j
}

fn acronym(flags: u8, letters: usize, upper: usize) -> u8 {
    if letters >= 2 && upper == letters {
        flags | ACRONYM
    } else {
        flags
    }
}

#[cfg(test)]
#[path = "tokens_tests.rs"]
mod tests;
