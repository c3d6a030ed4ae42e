//! What the words around a name say about it: the object of a preposition
//! (not the subject of the verb after it), where someone works (an
//! organisation), a speech verb after it (a speaker, so a person).

use super::generic;
use super::tokens::{CAP, POSSESSIVE, Token, WORD};

/// Whether the run `start..end` is the object of a preposition, maybe the
/// last of several joined by `and` (`the star of Rain Man and Tootsie
/// said`): then a speech verb after it has another subject. Not a plain
/// two-word name right after it in a title, no word of it generic (`The
/// Journey of Romeo Dallaire tells`): that is a person's name whoever speaks.
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
    // Not after a noun of the writer's (`the executive partner of Tods
    // Kerr said`: the partner speaks).
    let titled = j < 2 || toks[j - 2].is(CAP);
    let person = j == start && end == start + 2 && plain(start) && plain(start + 1) && titled;
    j > 0 && matches!(toks[j - 1].text(para), "of" | "for" | "at" | "from") && !person
}

/// Whether the run at `start` is where someone works (`a spokesman for
/// Ask Jeeves`, `an analyst at Nomura`, `analyst Ann Lee of Zorvex`): an
/// organisation.
pub(super) fn works_for(para: &str, toks: &[Token], start: usize) -> bool {
    if start < 2 || !toks[start - 2].is(WORD) {
        return false;
    }
    let role = |k: usize| !toks[k].is(CAP) && toks[k].lex(para).role();
    match toks[start - 1].text(para) {
        "for" | "at" => role(start - 2) || toks[start - 2].is(CAP) && role_before_name(para, toks, start - 2),
        "of" => toks[start - 2].is(CAP) && role_before_name(para, toks, start - 2),
        _ => false,
    }
}

/// Whether the capitalised name ending at token `last` follows a role noun
/// (`analyst Ann Lee`).
fn role_before_name(para: &str, toks: &[Token], last: usize) -> bool {
    let mut k = last;
    while k > 0 && last - k < 5 && (toks[k].is(CAP) || toks[k].lex(para).particle()) {
        k -= 1;
    }
    k < last && toks[k].is(WORD) && !toks[k].is(CAP) && toks[k].lex(para).role()
}

/// Whether a lowercase noun of a firm stands right before the run at
/// `start`, in apposition (`the law firm Tods Murray`, `rival bidder
/// Deutsche Boerse`, `the band Coldplay`): an organisation.
pub(super) fn firm_noun_before(para: &str, toks: &[Token], start: usize) -> bool {
    let Some(t) = start.checked_sub(1).map(|k| toks[k]) else {
        return false;
    };
    // Not a possessive: `the software giant's Explorer` is its product.
    t.is(WORD)
        && !t.is(CAP | POSSESSIVE)
        && matches!(
            t.text(para),
            "firm"
                | "company"
                | "bank"
                | "band"
                | "bidder"
                | "carmaker"
                | "airline"
                | "insurer"
                | "retailer"
                | "giant"
                | "behemoth"
                | "conglomerate"
                | "exchange"
                | "broker"
                | "label"
                | "publisher"
                | "broadcaster"
        )
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
