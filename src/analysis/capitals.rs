//! What a capitalised word says: a name's word, a contraction (`We're`),
//! a plural acronym (`MPs`), a headline's capital, or a common word that
//! opens a sentence. Split from `names.rs`, which finds the names.

use super::lexicon::Lex;
use super::tokens::{CAP, DIGIT, SENTENCE_END, Token, WORD};

pub(super) fn is_cap_word(para: &str, t: &Token) -> bool {
    t.is(WORD) && t.is(CAP) && !t.is(DIGIT) && {
        let w = t.text(para);
        !t.lex(para).day() && !is_contraction(w) && !is_plural_acronym(w)
    }
}

/// `We're`, `It's`, `Don't` (but not `O'Brien`).
fn is_contraction(w: &str) -> bool {
    // Most words hold no apostrophe (`'`, or `’` which starts with 0xE2).
    w.bytes().any(|b| b == b'\'' || b == 0xE2)
        && w.char_indices().any(|(i, c)| {
            matches!(c, '\'' | '’') && w[i + c.len_utf8()..].starts_with(|n: char| n.is_lowercase())
        })
}

/// `GDPs`, `MPs`: a plural common noun, not a name.
fn is_plural_acronym(w: &str) -> bool {
    w.len() >= 3 && w.ends_with('s') && w[..w.len() - 1].bytes().all(|b| b.is_ascii_uppercase())
}

/// Capitalised function words, which only headline case capitalises mid-sentence.
fn is_headline_word(w: &str) -> bool {
    w.len() <= 5
        && matches!(
            w,
            "On" | "In"
                | "Of"
                | "To"
                | "For"
                | "The"
                | "A"
                | "An"
                | "And"
                | "At"
                | "With"
                | "From"
                | "By"
                | "As"
                | "Is"
                | "Are"
                | "Be"
                | "Its"
                | "Over"
                | "After"
                | "Into"
                | "Up"
                | "Not"
                | "But"
                | "Or"
        )
}

/// Marks the sentences written in headline case (`US Drops MOAB Bomb On
/// ISIS Tunnels`): capitalisation says nothing there, so their words count
/// as names only when the article uses them as names elsewhere.
pub(super) struct Headline {
    /// One past the last token of the sentence scanned so far.
    pub(super) end: usize,
    pub(super) on: bool,
}

impl Headline {
    /// Whether token `k` lies in a headline-case sentence; `k` only grows.
    pub(super) fn at(&mut self, para: &str, toks: &[Token], k: usize) -> bool {
        while k >= self.end {
            let s = self.end;
            let counted = |t: &&Token| t.is(WORD) && !t.is(DIGIT);
            let len = toks[s..]
                .iter()
                .position(|t| t.is(SENTENCE_END))
                .map_or(toks.len() - s, |i| i + 1);
            let e = s + len - 1;
            // Branch-free counts over the flags: words, and capitalised ones.
            let (mut words, mut caps) = (0, 0);
            for t in &toks[s..=e] {
                words += usize::from(t.flags & (WORD | DIGIT) == WORD);
                caps += usize::from(t.flags & (WORD | DIGIT | CAP) == WORD | CAP);
            }
            // Function words are looked at only when the counts leave it open.
            let function = || {
                toks[s + 1..=e]
                    .iter()
                    .filter(counted)
                    .any(|t| t.is(CAP) && is_headline_word(t.text(para)))
            };
            self.on = words >= 3 && (caps == words || caps * 2 >= words && function());
            self.end = e + 1;
        }
        self.on
    }
}

/// Suffixes of ordinary words that open sentences (`Giving`, `Asked`, `Tensions`).
pub(super) fn looks_common(word: &str) -> bool {
    Lex::of(word).common()
        // `Said Ann Lee, "…"`: an inverted speech verb opening the sentence.
        || super::lexicon::capitalised_speech_verb(word)
        || word.len() > 4 && (word.ends_with("ing") || word.ends_with("ed") || word.ends_with("ly"))
}
