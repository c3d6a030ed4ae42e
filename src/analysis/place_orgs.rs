//! Organisations named after a place (`Japan Airlines`, `London School of
//! Economics`, `the South China Morning Post`): one name, not a place and a
//! stray word.

use super::capitals::is_cap_word;
use super::gazetteer::Gazetteer;
use super::names::Candidate;
use super::tokens::{POSSESSIVE, SENTENCE_END, Token};
use super::types::EntityKind;

/// Where an organisation named after the place the gazetteer matched ends
/// (`Japan Airlines`, `London Stock Exchange`, `US Army`): capitalised words
/// straight after the place, the last an organisation word, none of them the
/// start of another gazetteer name, then maybe `of` and more (`London
/// School of Economics`); with `true`. Or a place named after it, the last
/// word a place word (`Leicester Square`, `London Bridge`), with `false`:
/// not the town (but `Hull City`, `Derby County` are clubs, no places).
/// `None` when the place stands alone.
pub(super) fn place_led_org(
    gaz: &Gazetteer,
    id: u32,
    para: &str,
    toks: &[Token],
    end: usize,
    looked: &mut Option<(usize, Option<(u32, usize)>)>,
) -> Option<(usize, bool)> {
    if gaz.entry(id).kind != EntityKind::Place || toks[end - 1].is(POSSESSIVE | SENTENCE_END) {
        return None;
    }
    let next_cap = |j: usize| {
        toks.get(j).is_some_and(|t| {
            is_cap_word(para, t) && para.get(toks[j - 1].end as usize..t.start as usize) == Some(" ")
        })
    };
    let mut j = end;
    let mut org_end = None;
    let mut lookup = |j: usize| {
        let m = gaz.longest_match(para, toks, j);
        if j == end {
            *looked = Some((j, m));
        }
        m
    };
    while next_cap(j) && lookup(j).is_none() {
        j += 1;
        let last = toks[j - 1];
        if last.lex(para).org() {
            org_end = Some((j, true));
        } else if last.lex(para).place() && !matches!(last.text(para), "City" | "Town" | "County") {
            org_end = Some((j, false));
        }
        if last.is(POSSESSIVE | SENTENCE_END) {
            break;
        }
        if org_end == Some((j, true)) && toks.get(j).is_some_and(|t| t.text(para) == "of") && next_cap(j + 1)
        {
            j += 1; // `School of Economics`: what follows `of` is part of it
            while next_cap(j) && !toks[j].is(POSSESSIVE | SENTENCE_END) {
                j += 1;
            }
            if next_cap(j) {
                j += 1;
            }
            return Some((j, true));
        }
    }
    org_end.filter(|&(e, _)| e == j)
}

/// Where an organisation led by the place at `k` starts: at a compass word
/// just before the place (`the South China Morning Post`), whose own
/// candidate (a generic word, which names nothing alone) is taken back.
pub(super) fn compass_before(
    para_idx: usize,
    para: &str,
    toks: &[Token],
    k: usize,
    out: &mut Vec<Candidate>,
) -> usize {
    let Some(prev) = k.checked_sub(1).map(|j| toks[j]) else {
        return k;
    };
    let compass = matches!(prev.text(para), "North" | "South" | "East" | "West");
    if !compass || para.get(prev.end as usize..toks[k].start as usize) != Some(" ") {
        return k;
    }
    if out
        .last()
        .is_some_and(|c| c.para == para_idx && c.tok_start == k - 1)
    {
        out.pop();
    }
    k - 1
}
