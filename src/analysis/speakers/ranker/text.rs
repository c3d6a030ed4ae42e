//! What the ranker reads in the words around a quote: sentence bounds,
//! a speech verb next to a name, the shape of the quote itself.

use crate::analysis::lexicon::Lex;

/// The bytes a look next to a name or a quote reads on either side: enough
/// for a few words and marks, and no scan over a long paragraph (a file
/// with no blank lines is one paragraph, and a scan per quote of all of it
/// would be quadratic).
pub const NEAR: usize = 48;

/// `text[from..to]`, both ends clamped to the text and moved inward to
/// character boundaries.
pub fn slice(text: &str, from: usize, to: usize) -> &str {
    let to = to.min(text.len());
    let mut from = from.min(to);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = to.max(from);
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    &text[from..to.max(from)]
}

/// Up to `NEAR` bytes before `at`, and whether they reach the text's start.
pub fn behind(text: &str, at: usize) -> (&str, bool) {
    (slice(text, at.saturating_sub(NEAR), at), at <= NEAR)
}

/// Up to `NEAR` bytes after `at`, and whether they reach the text's end.
pub fn ahead(text: &str, at: usize) -> (&str, bool) {
    (
        slice(text, at, at.saturating_add(NEAR)),
        at.saturating_add(NEAR) >= text.len(),
    )
}

/// What a quote's own words say about whether it is speech at all: a
/// speech quote is a sentence (capital, closing punctuation) in the first
/// person, set off by a colon or comma; a title is in title case; a scare
/// quote is a lowercase fragment.
pub struct Shape {
    pub title_case: bool,
    pub ends_punct: bool,
    pub after_colon_comma: bool,
    pub first_person: bool,
    pub starts_capital: bool,
}

impl Shape {
    /// `before`: the text before the quote's opening mark (its tail is read).
    pub fn of(quote: &str, before: &str) -> Shape {
        let words: Vec<&str> = quote.split_whitespace().collect();
        let caps = words.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
        let first_person = words.iter().any(|w| {
            matches!(
                w.trim_matches(|c: char| !c.is_alphanumeric()),
                "I" | "we" | "We" | "my" | "My" | "our" | "Our" | "me" | "us"
            ) || w.starts_with("I'")
                || w.starts_with("I’")
        });
        let before = slice(before, before.len().saturating_sub(NEAR), before.len())
            .trim_end()
            .trim_end_matches(['"', '“', '‘', '\''])
            .trim_end();
        Shape {
            title_case: words.len() > 1 && caps * 3 >= words.len() * 2,
            ends_punct: quote.trim_end().ends_with(['.', ',', '!', '?', '…']),
            after_colon_comma: before.ends_with([':', ',']),
            first_person,
            starts_capital: quote.starts_with(char::is_uppercase),
        }
    }
}

/// The words of `text` after byte `at`, punctuation trimmed, stopping at
/// a quotation mark or a sentence end.
fn words_after(text: &str, at: usize) -> impl Iterator<Item = &str> {
    ahead(text, at)
        .0
        .split_whitespace()
        .take_while(|w| !w.starts_with(['"', '“', '”']))
        .scan(false, |ended, w| {
            if *ended {
                return None;
            }
            *ended = w.ends_with(['.', '!', '?', ';', ':']);
            Some(w.trim_matches(|c: char| !c.is_alphanumeric()))
        })
}

/// A speech verb right after the mention (`Smith said`, `Smith, 42, told`,
/// `Smith has said`) or right before it (`said Smith`).
pub fn speech_next_to(text: &str, start: usize, end: usize) -> bool {
    let verb = |w: &str| Lex::of(w).speech_verb().is_some();
    let filler = |w: &str| Lex::of(w).filler() || matches!(w, "has" | "had" | "was" | "is" | "also");
    let after = words_after(text, end)
        .take(3)
        .find(|w| !w.is_empty() && !filler(w) && *w != "s")
        .is_some_and(verb);
    let before = behind(text, start)
        .0
        .split_whitespace()
        .next_back()
        .is_some_and(|w| verb(w.trim_matches(|c: char| !c.is_alphanumeric())) && !w.ends_with('.'));
    after || before
}

/// The most bytes a sentence is searched over on either side.
const MAX_SENTENCE: usize = 1000;

/// The sentence around bytes `start..end` of a paragraph: from after the
/// last sentence end before `start` to the first after `end` (an
/// abbreviation such as `Sen.` or an initial does not end a sentence).
pub fn sentence(text: &str, start: usize, end: usize) -> (usize, usize) {
    let ends_at = |i: usize| {
        if !matches!(text.as_bytes()[i], b'.' | b'!' | b'?') {
            return false;
        }
        // `… candidate.” Romney`: a closing mark may stand between.
        let rest = ahead(text, i + 1).0.trim_start_matches(['"', '”', '’', '\'']);
        if !rest.starts_with(char::is_whitespace) {
            return false;
        }
        // The word before the stop, if short (no abbreviation is long).
        let b = text.as_bytes();
        let from = match (i.saturating_sub(16)..i)
            .rev()
            .find(|&k| b[k].is_ascii_whitespace())
        {
            Some(w) => w + 1,
            None if i < 16 => 0,
            None => return true,
        };
        let word = text[from..i].trim_start_matches(|c: char| !c.is_alphanumeric());
        b[i] != b'.' || !(word.chars().count() <= 1 || Lex::of(word).abbreviation())
    };
    // Bounded, as the rules bound a sentence: a paragraph of many quotes and
    // no full stop must not make the ranker quadratic.
    let start = start.min(text.len());
    let end = end.min(text.len());
    let lo = start.saturating_sub(MAX_SENTENCE);
    let hi = end.saturating_add(MAX_SENTENCE).min(text.len());
    let s0 = (lo..start).rev().find(|&i| ends_at(i)).map_or(lo, |i| i + 1);
    // A quote's own closing stop (`"No."`) ends its sentence.
    let s1 = (end.saturating_sub(1).max(start)..hi)
        .find(|&i| ends_at(i))
        .map_or(hi, |i| i + 1);
    (s0, s1)
}

/// `according to Smith`.
pub fn according_to(text: &str, start: usize) -> bool {
    let b = behind(text, start).0.trim_end().as_bytes();
    b.len() >= 12 && b[b.len() - 12..].eq_ignore_ascii_case(b"according to")
}
