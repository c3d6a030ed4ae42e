//! Where sentences end, marked on the tokens (full stops after
//! abbreviations, initials and inside web addresses end none), and which
//! sentences are in headline case. Split from `tokens.rs`, whose last pass it is.

use super::capitals::mark_headline;
use super::tokens::{CAP, DIGIT, SENTENCE_END, Token, WORD};

/// What a token adds to its sentence's tally, by its `WORD | DIGIT | CAP`
/// flags: a word (digits aside) in the low half, a capitalised one in the
/// high half. One load and add a token, where two tests cost more.
const TALLY: [u64; 64] = {
    let mut t = [0; 64];
    let mut f = 0;
    while f < 64 {
        let flags = f as u8;
        let word = flags & (WORD | DIGIT) == WORD;
        let cap = flags & (WORD | DIGIT | CAP) == WORD | CAP;
        t[f] = word as u64 | (cap as u64) << 32;
        f += 1;
    }
    t
};

/// What a word token with these flags adds to its sentence's tally.
#[inline]
pub(super) fn tally(flags: u8) -> u64 {
    TALLY[usize::from(flags & (WORD | DIGIT | CAP))]
}

fn words(tally: u64) -> usize {
    (tally & 0xFFFF_FFFF) as usize
}

fn caps(tally: u64) -> usize {
    (tally >> 32) as usize
}

/// `…`, `”` and `»` in UTF-8.
const ELLIPSIS: &[u8] = "…".as_bytes();
const RIGHT_DOUBLE_QUOTE: &[u8] = "”".as_bytes();
const RIGHT_GUILLEMET: &[u8] = "»".as_bytes();

/// Whether the full stop at `k` joins two words with no space either side
/// (`Halo.Bungie.Org`, `bbc.co.uk`): a web address, not a sentence end.
fn inside_word(toks: &[Token], k: usize) -> bool {
    k > 0
        && k + 1 < toks.len()
        && toks[k - 1].is(WORD)
        && toks[k + 1].is(WORD)
        && toks[k - 1].end == toks[k].start
        && toks[k].end == toks[k + 1].start
}

/// Whether the text after the full stop at `k` carries on its sentence: a
/// comma or a lowercase word follows (`(R-Neb.) said`, `Alexandria, Va., and`),
/// as after an abbreviation the word lists do not know.
fn continues_sentence(para: &str, toks: &[Token], k: usize) -> bool {
    let mut j = k + 1;
    while j < toks.len() && toks[j].bytes(para) == b")" {
        j += 1;
    }
    toks.get(j).is_some_and(|t| {
        matches!(t.bytes(para), [b',' | b';' | b':']) || (t.is(WORD) && !t.is(CAP) && !t.is(DIGIT))
    })
}

/// Marks the token that closes each sentence: `.`/`!`/`?` not after an
/// abbreviation or initial, plus any closing quote marks straight after it.
///
/// Only punctuation can end one: `marks` holds each punctuation token's
/// index and the tokenizer's running word tally before it (`total` at the
/// end), from which each sentence's counts for `capitals::mark_headline` follow.
/// Never inlined: inlined into `tokenize`, it crowds that loop's registers.
#[inline(never)]
pub(super) fn mark_sentence_ends(para: &str, toks: &mut [Token], marks: &[(u32, u64)], total: u64) {
    let n = toks.len();
    let mut first = 0; // the current sentence's first token
    let mut base = 0u64; // the running tally at its start
    for &(k, before) in marks {
        let k = k as usize;
        // Marks are compared as bytes: a `str` comparison calls `memcmp`.
        let end = match toks[k].bytes(para) {
            [b'!' | b'?'] | ELLIPSIS => true,
            [b'.'] => {
                k == 0 || {
                    let prev = toks[k - 1];
                    let initial = prev.end - prev.start == 1 && prev.is(CAP);
                    !(prev.is(WORD)
                        && prev.end == toks[k].start
                        && (initial || prev.lex(para).abbreviation()))
                        || k + 1 == n
                } && !continues_sentence(para, toks, k)
                    && !inside_word(toks, k)
            }
            [b'-'] => {
                // Where name finding's skip stops, marked on this pass over
                // the marks rather than in the tokenizer's hot loop.
                toks[k].set_name_stop();
                false
            }
            _ => false,
        };
        if end {
            let mut j = k;
            while j + 1 < n
                && toks[j + 1].start == toks[j].end
                && matches!(
                    toks[j + 1].bytes(para),
                    [b'"' | b')'] | RIGHT_DOUBLE_QUOTE | RIGHT_GUILLEMET
                )
            {
                j += 1;
            }
            toks[j].flags |= SENTENCE_END;
            // The marks after `k` are no words: the counts are the sentence's.
            let tally = before - base;
            mark_headline(para, &mut toks[first..=j], words(tally), caps(tally));
            (first, base) = (j + 1, before);
        }
    }
    if let Some(last) = toks.last_mut() {
        last.flags |= SENTENCE_END;
    }
    if first < n {
        let tally = total - base;
        mark_headline(para, &mut toks[first..], words(tally), caps(tally));
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{HEADLINE, SENTENCE_END, tokenize};

    /// Where the tokenizer ends sentences in `s`, as byte offsets.
    fn sentence_end_offsets(s: &str) -> Vec<usize> {
        let mut t = Vec::new();
        tokenize(s, &mut t);
        t.iter()
            .filter(|t| t.is(SENTENCE_END))
            .map(|t| t.start as usize)
            .collect()
    }

    #[test]
    fn flags_sentence_ends_but_not_abbreviations() {
        let s = "Mr. Brown left. Then \"Go.\" He did";
        let mut t = Vec::new();
        tokenize(s, &mut t);
        let ends: Vec<&str> = t
            .iter()
            .filter(|t| t.is(SENTENCE_END))
            .map(|t| t.text(s))
            .collect();
        assert_eq!(ends, [".", "\"", "did"]);
    }

    #[test]
    fn a_full_stop_before_a_comma_or_lowercase_word_ends_no_sentence() {
        let s = "Sen. Ann Lee (R-Neb.) said it. Tom Fry of Dover, Del., agreed.";
        let ends = sentence_end_offsets(s);
        assert_eq!(ends, [s.find("it.").unwrap() + 2, s.len() - 1]);
    }

    #[test]
    fn a_full_stop_inside_a_web_address_ends_no_sentence() {
        let s = "Ann Lee, editor of fan.site.org, said it. Then";
        let ends = sentence_end_offsets(s);
        assert_eq!(ends, [s.find("it.").unwrap() + 2, s.len() - 4]);
    }

    /// Which words of `s` lie in a sentence marked as in headline case.
    fn headline_words(s: &str) -> Vec<&str> {
        let mut t = Vec::new();
        tokenize(s, &mut t);
        t.iter().filter(|t| t.is(HEADLINE)).map(|t| t.text(s)).collect()
    }

    #[test]
    fn marks_sentences_in_headline_case_only() {
        // Every word capitalised.
        assert_eq!(
            headline_words("Drops Bomb On Tunnels. Then he left."),
            ["Drops", "Bomb", "On", "Tunnels", "."]
        );
        // Mostly capitalised, with a capitalised function word.
        assert_eq!(
            headline_words("Obama Wins Vote On Tax, aides said"),
            ["Obama", "Wins", "Vote", "On", "Tax", ",", "aides", "said"]
        );
        // Names, but the function words are lowercase: an ordinary sentence.
        assert!(headline_words("Tony Blair met Gordon Brown in London on Monday.").is_empty());
    }
}
