//! What a capitalised word says: a name's word, a contraction (`We're`),
//! a plural acronym (`MPs`), a headline's capital, or a common word that
//! opens a sentence. Split from `names.rs`, which finds the names.

use super::lexicon::Lex;
use super::tokens::{CAP, DIGIT, HEADLINE, Token, WORD};

/// A capitalised word that may be part of a name. Name finding asks this
/// of the same tokens many times: the tokenizer works it out once
/// (`cap_word`) and the token carries it.
#[inline]
pub(super) fn is_cap_word(para: &str, t: &Token) -> bool {
    debug_assert_eq!(
        t.is_cap_word(),
        cap_word(t.text(para), t.flags, t.lex(para), false)
    );
    t.is_cap_word()
}

/// `is_cap_word` of a word with these flags and word-list entry. A `plain`
/// word (letters, lowercase after the first: most of them) is neither a
/// contraction nor a plural acronym, and skips those scans.
#[inline]
pub(super) fn cap_word(w: &str, flags: u8, lex: Lex, plain: bool) -> bool {
    flags & (WORD | CAP | DIGIT) == WORD | CAP
        && !lex.day()
        && (plain || !is_contraction(w) && !is_plural_acronym(w))
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

/// Whether the common word at `k` that is also a given name opens a name
/// inside a sentence (`actor Will Smith`): one capitalised word after it,
/// none before or after that (`We Will Rock You` is a title).
#[inline]
pub(super) fn given_name_opens(para: &str, toks: &[Token], k: usize) -> bool {
    let cap = |j: usize| toks.get(j).is_some_and(|n| is_cap_word(para, n));
    toks[k].lex(para).first_name().is_some() && cap(k + 1) && !cap(k + 2) && !cap(k.wrapping_sub(1))
}

/// Whether token `k` follows a capitalised pronoun, `My`/`Your` or a modal
/// (`Do They Know It's Christmas`, `Everything Must Go`, `My Way`): a word
/// of a work's title then, not a name. Not `Our` (`Our Principles PAC`).
#[inline]
pub(super) fn in_a_title(para: &str, toks: &[Token], k: usize) -> bool {
    k > 0 && toks[k - 1].is(CAP) && {
        let w = toks[k - 1].text(para);
        matches!(
            w,
            "I" | "You" | "We" | "They" | "It" | "My" | "Your" | "Must" | "Can" | "Do" | "Don't" | "No"
        )
    }
}

/// Marks a sentence written in headline case (`US Drops MOAB Bomb On ISIS
/// Tunnels`) `HEADLINE`: capitalisation says nothing there, so its words
/// count as names only when the article uses them as names elsewhere.
/// `words` and `caps` count its words and capitalised ones (digits aside).
pub(super) fn mark_headline(para: &str, sentence: &mut [Token], words: usize, caps: usize) {
    // Function words are looked at only when the counts leave it open.
    let function = || {
        sentence[1..]
            .iter()
            .filter(|t| t.is(WORD) && !t.is(DIGIT))
            .any(|t| t.is(CAP) && is_headline_word(t.text(para)))
    };
    if words >= 3 && (caps == words || caps * 2 >= words && function()) {
        for t in sentence {
            t.flags |= HEADLINE;
        }
    }
}

/// Suffixes of ordinary words that open sentences (`Giving`, `Asked`, `Tensions`).
pub(super) fn looks_common(word: &str) -> bool {
    Lex::of(word).common()
        // `Said Ann Lee, "…"`: an inverted speech verb opening the sentence.
        || super::lexicon::capitalised_speech_verb(word)
        || word.len() > 4 && (word.ends_with("ing") || word.ends_with("ed") || word.ends_with("ly"))
}
