//! What the words around a name say about it: the object of a preposition
//! (not the subject of the verb after it), where someone works (an
//! organisation), a speech verb after it (a speaker, so a person).

use super::generic;
use super::tokens::{CAP, Token, WORD};

/// Whether the run `start..end` is the object of a preposition, maybe the
/// last of several joined by `and` (`the star of Rain Man and Tootsie
/// said`): then a speech verb after it has another subject. Not a plain
/// two-word name right after it, no word of it generic (`The Journey of
/// Romeo Dallaire tells`): that is a person's name whoever speaks.
pub(super) fn governed(para: &str, toks: &[Token], start: usize, end: usize) -> bool {
    let mut j = start;
    while j > 0 && start - j < 8 {
        let prev = toks[j - 1];
        if !(prev.is(CAP) || prev.text(para) == "and") {
            break;
        }
        j -= 1;
    }
    let plain = |k: usize| {
        let lex = toks[k].lex(para);
        toks[k].is(WORD)
            && !(lex.org() || lex.place() || lex.title() || generic::is_generic(toks[k].text(para)))
    };
    let person = j == start && end == start + 2 && plain(start) && plain(start + 1);
    j > 0 && matches!(toks[j - 1].text(para), "of" | "for" | "at" | "from") && !person
}

/// Whether the run at `start` is where someone works (`a spokesman for
/// Ask Jeeves`, `an analyst at Nomura`): an organisation.
pub(super) fn works_for(para: &str, toks: &[Token], start: usize) -> bool {
    start >= 2
        && matches!(toks[start - 1].text(para), "for" | "at")
        && toks[start - 2].is(WORD)
        && !toks[start - 2].is(CAP)
        && toks[start - 2].lex(para).role()
}

/// Whether a speech verb follows the name ending at `end`, maybe after a
/// few filler words (`Tom Fry also said`).
pub(super) fn followed_by_speech(para: &str, toks: &[Token], end: usize) -> bool {
    let mut j = end;
    // Each word looked up once (a lowercase word's lookup is not kept).
    while let Some(t) = toks.get(j).filter(|t| t.is(WORD)) {
        let lex = t.lex(para);
        if !lex.filler() || j >= end + 3 {
            return lex.speech_verb().is_some_and(|p| !p);
        }
        j += 1;
    }
    false
}
