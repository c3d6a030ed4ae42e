//! Where a name's run of tokens starts and ends: the skip to the next
//! capital or particle, sentence openings, and how far a capitalised run
//! reaches (hyphens, initials, particles, `of` after an org or title word).

use super::capitals::is_cap_word;
use super::gazetteer::Gazetteer;
use super::lexicon;
use super::tokens::{ACRONYM, CAP, HYPHEN_BEFORE, POSSESSIVE, SENTENCE_END, Token, WORD};

/// The first token after `k` where a name may start (a capital, or a
/// particle before one). A loop of its own that looks closer only at the
/// tokens a particle can precede, capitals and hyphens, which the tokenizer
/// marks with one flag (`Token::name_stop`): in `find`'s loop, with its many
/// live values, every token cost twice as much.
#[inline(never)]
pub(super) fn skip_lowercase(para: &str, toks: &[Token], k: usize) -> usize {
    let mut j = k + 1;
    // `position` over the rest: the tightest loop for the one flag.
    while let Some(off) = toks
        .get(j..)
        .and_then(|rest| rest.iter().position(Token::name_stop))
    {
        j += off;
        if j - 1 > k && particle_before_name(para, toks, j - 1) {
            return j - 1;
        }
        if toks[j].is(CAP) {
            return j;
        }
        j += 1;
    }
    toks.len()
}

/// Whether token `k` is a short lowercase particle before a capitalised
/// word or a hyphen (`al-Assad`, `van Gogh`), where a name may start. Runs
/// on every lowercase token: flags and bytes first, the word lists last.
#[inline(always)]
pub(super) fn particle_before_name(para: &str, toks: &[Token], k: usize) -> bool {
    let t = toks[k];
    t.is(WORD)
        && t.end - t.start <= 4
        && toks
            .get(k + 1)
            .is_some_and(|n| n.is(CAP) || (n.end - n.start == 1 && para.as_bytes()[n.start as usize] == b'-'))
        && lexicon::is_particle(t.text(para))
}

/// Whether token `k` opens a sentence (opening quote marks are skipped).
pub(super) fn starts_sentence(para: &str, toks: &[Token], k: usize) -> bool {
    // Words (most tokens before a name) are none of these marks: their
    // text need not be compared.
    let mark = |t: &Token, marks: &[&str]| !t.is(WORD) && marks.contains(&t.text(para));
    let mut j = k;
    while j > 0 && mark(&toks[j - 1], &["\"", "“", "”", "«", "(", "-", "—", "•"]) {
        if toks[j - 1].is(SENTENCE_END) {
            return true; // `… to win." Neville said`
        }
        j -= 1;
    }
    j == 0 || toks[j - 1].is(SENTENCE_END) || mark(&toks[j - 1], &[":"])
}

/// The end of the capitalised run starting at `k`.
pub(super) fn run_end(gaz: &Gazetteer, para: &str, toks: &[Token], k: usize) -> usize {
    let n = toks.len();
    let first_name = toks[k].lex(para).first_name().is_some();
    let mut has_head = false; // an org or title word, which may take `of X`
    // `the Department for Transport`: a body the text names with `the`, whose
    // first word is an org word, may take `for X` too (not `left Leeds United
    // for Chelsea`, nor a title's `Minister for Europe`).
    let body = k > 0 && toks[k].lex(para).org() && toks[k - 1].text(para).eq_ignore_ascii_case("the");
    let mut j = k;
    loop {
        let cur = toks[j];
        has_head |= cur.lex(para).org() || cur.lex(para).title();
        j += 1;
        if cur.is(POSSESSIVE) || j >= n {
            return j;
        }
        let next = toks[j];
        let adjacent = next.start == cur.end;
        match next.text(para) {
            // `Jean-Pierre`, `Tillerson-Lavrov`: a hyphen token sits between.
            "-" if adjacent
                && toks
                    .get(j + 1)
                    .is_some_and(|w| w.is(HYPHEN_BEFORE) && is_cap_word(para, w)) =>
            {
                j += 1;
                continue;
            }
            // `AT&T`, `P&O`: an ampersand between capitals, no spaces.
            "&" if adjacent && toks.get(j + 1).is_some_and(|w| w.start == next.end && w.is(CAP)) => {
                j += 1;
                continue;
            }
            "." if adjacent
                && cur.end - cur.start == 1
                && cur.is(CAP)
                && (j < 2 || toks[j - 2].text(para) != "&")
                && toks.get(j + 1).is_some_and(|w| is_cap_word(para, w)) =>
            {
                j += 1; // an initial: `George W. Bush`
                continue;
            }
            _ if next.lex(para).particle() => {
                let after = toks.get(j + 1).copied();
                let hyphen = after.is_some_and(|a| a.text(para) == "-");
                let name = if hyphen { toks.get(j + 2) } else { after.as_ref() };
                if name.is_some_and(|w| is_cap_word(para, w)) {
                    j += if hyphen { 2 } else { 1 };
                    continue;
                }
                return j;
            }
            "of" if has_head && toks.get(j + 1).is_some_and(|w| is_cap_word(para, w)) => {
                j += 1;
                continue;
            }
            "for" if body && toks.get(j + 1).is_some_and(|w| is_cap_word(para, w)) => {
                j += 1;
                continue;
            }
            _ => {}
        }
        if !is_cap_word(para, &next) {
            return j;
        }
        if next.lex(para).honorific().is_some() || next.lex(para).common() && !first_name {
            return j;
        }
        if first_name && next.is(ACRONYM) {
            return j; // `Harry Potter DVD`: the acronym is something else
        }
        if let Some((_, end)) = gaz.longest_match(para, toks, j) {
            // `Denzel Washington` is a person, `US Secretary` is two things.
            let single_word = end == j + 1 && !next.is(ACRONYM);
            if !(has_head_of(para, toks, j) || first_name && single_word) {
                return j;
            }
        }
    }
}

/// Whether the word before `j` is `of` inside an org or title run (`Bank of
/// England`), or the `for` of a body's (`Commission for Africa`).
fn has_head_of(para: &str, toks: &[Token], j: usize) -> bool {
    j > 0 && matches!(toks[j - 1].text(para), "of" | "for")
}
