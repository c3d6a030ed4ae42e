//! Finds name candidates: gazetteer matches and capitalised word sequences,
//! with the cues (honorific, title, first name, org/place word) that later
//! decide what kind of entity each is. Titles and honorifics are cut off here.

use super::capitals::{given_name_opens, in_a_title, is_cap_word, looks_common};
use super::gazetteer::Gazetteer;
use super::generic;
use super::lexicon::Gender;
use super::name_context::{firm_noun_before, followed_by_speech, governed, works_for};
use super::name_runs::{particle_before_name, run_end, skip_lowercase, starts_sentence};
use super::place_orgs::{compass_before, place_led_org};
use super::teams::as_team;
use super::tokens::{ACRONYM, CAP, HEADLINE, HYPHEN_BEFORE, POSSESSIVE, Token, WORD};
use super::types::EntityKind;

/// What the surrounding words say about a candidate's kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Hints {
    pub person: bool,
    pub org: bool,
    pub place: bool,
    pub gender: Option<Gender>,
    /// A person only because a speech verb follows (`Zorvex said`).
    pub spoke: bool,
    /// After a lowercase `the` (`the Zorvex deal`): no person's name takes it.
    pub determined: bool,
}

/// One name occurrence before entities are resolved.
#[derive(Clone, Copy, Debug)]
pub struct Candidate {
    pub para: usize,
    /// Name tokens `tok_start..tok_end` (honorifics, titles and `'s` excluded).
    pub tok_start: usize,
    pub tok_end: usize,
    pub gaz: Option<u32>,
    pub possessive: bool,
    /// First word of a sentence with no cue: only a name if used elsewhere.
    pub initial: bool,
    /// A title or common word alone (`King`, `Young`): a name only as the
    /// surname of a person named in full in the article.
    pub weak: bool,
    pub hints: Hints,
}

pub fn find(gaz: &Gazetteer, para_idx: usize, para: &str, toks: &[Token], out: &mut Vec<Candidate>) {
    let n = toks.len();
    let mut k = 0;
    let mut honorific: Option<(usize, Option<Gender>)> = None;
    // The first token after sentence-opening function words (`But`, `The`).
    let mut lead = usize::MAX;
    // The gazetteer's answer for the word after a place, which
    // `place_led_org` has already asked: not asked twice.
    let mut looked: Option<(usize, Option<(u32, usize)>)> = None;
    while k < n {
        // Most words are lowercase and not particles: skip them on their flags.
        if !toks[k].is(CAP) && !particle_before_name(para, toks, k) {
            k = skip_lowercase(para, toks, k);
            continue;
        }
        let t = toks[k];
        let text = t.text(para);
        if (t.is(CAP) || t.lex(para).particle())
            && let Some((id, end)) = match looked.take() {
                Some((at, m)) if at == k => m,
                _ => gaz.longest_match(para, toks, k),
            }
        {
            if let Some((led_end, org)) = place_led_org(gaz, id, para, toks, end, &mut looked) {
                let hints = Hints {
                    org,
                    place: !org,
                    ..Hints::default()
                };
                let start = match org {
                    true => compass_before(para_idx, para, toks, k, out),
                    false => k,
                };
                push(para_idx, toks, start, led_end, false, hints, out);
                k = led_end;
                continue;
            }
            // `Leicester lock Ben Kay`: the town's club. Not a country's
            // team (`Samoa v Fiji`; a place with a demonym): its row stays
            // the country, where its other articles are.
            let e = gaz.entry(id);
            let club =
                e.kind == EntityKind::Place && e.demonyms.is_empty() && as_team(para, toks, k, end, true);
            out.push(Candidate {
                para: para_idx,
                tok_start: k,
                tok_end: end,
                gaz: Some(id),
                possessive: toks[end - 1].is(POSSESSIVE),
                initial: false,
                weak: false,
                hints: Hints {
                    org: club,
                    ..Hints::default()
                },
            });
            k = end;
            continue;
        }
        if t.is(HEADLINE) {
            if is_cap_word(para, &t) && !t.lex(para).common() && t.lex(para).honorific().is_none() {
                let hints = Hints::default();
                out.push(Candidate {
                    para: para_idx,
                    tok_start: k,
                    tok_end: k + 1,
                    gaz: None,
                    possessive: t.is(POSSESSIVE),
                    initial: true,
                    weak: false,
                    hints,
                });
            }
            k += 1;
            continue;
        }
        if t.is(CAP)
            && let Some(g) = t.lex(para).honorific()
        {
            let mut next = k + 1;
            if toks.get(next).is_some_and(|d| d.text(para) == ".") {
                next += 1;
            }
            honorific = Some((next, g));
            k = next;
            continue;
        }
        // Asked only here: gazetteer names, headlines and honorifics above
        // do not care.
        let initial = lead == k || starts_sentence(para, toks, k);
        let lex = t.lex(para);
        let particle_start = lex.particle()
            && toks
                .get(k + 2)
                .is_some_and(|n| n.is(HYPHEN_BEFORE) && is_cap_word(para, n));
        let after_honorific = honorific.filter(|&(at, _)| at == k).map(|(_, g)| g);
        let given = !initial && given_name_opens(para, toks, k);
        // After a firm's noun a title word opens the firm's name (`US
        // behemoth General Electric`), as in `interpret`.
        let firm = || lex.title() && firm_noun_before(para, toks, k);
        let common = after_honorific.is_none() && lex.common() && !given && !firm();
        if !particle_start && (!is_cap_word(para, &t) || common) {
            if initial && t.is(CAP) {
                lead = k + 1;
            }
            k += 1;
            continue;
        }
        let end = run_end(gaz, para, toks, k);
        if after_honorific.is_none() && in_a_title(para, toks, k) {
            k = end;
            continue;
        }
        let mut start = k;
        if initial && after_honorific.is_none() && end - start > 1 && looks_common(text) {
            start += 1;
        }
        interpret(
            gaz,
            para_idx,
            para,
            toks,
            start,
            end,
            initial,
            after_honorific,
            out,
        );
        k = end;
    }
}

/// Turns a capitalised run into candidates: cuts off titles, demonyms and
/// leading org parts, and records the cues.
#[allow(clippy::too_many_arguments)]
fn interpret(
    gaz: &Gazetteer,
    para_idx: usize,
    para: &str,
    toks: &[Token],
    start: usize,
    end: usize,
    initial: bool,
    honorific: Option<Option<Gender>>,
    out: &mut Vec<Candidate>,
) {
    let word = |k: usize| toks[k].text(para);
    let lex = |k: usize| toks[k].lex(para);
    let words = || (start..end).filter(|&k| toks[k].is(WORD));
    let last = end - 1;
    // A firm's noun before the run (`US behemoth General Electric`, `the band
    // Queen`) makes all of it the firm's name: a title word in it is no title.
    // Not before a given name: `broadcaster Ann Lee` is a person.
    let firm = firm_noun_before(para, toks, start) && lex(start).first_name().is_none();
    let ends_org = firm || words().next_back().is_some_and(|k| lex(k).org());
    // Everything up to the last title word followed by a name is title.
    let mut name_start = start;
    let mut titled = false;
    if !ends_org && let Some(t) = words().rfind(|&k| k < last && lex(k).title()) {
        let prefix_org = (start..t).any(|k| lex(k).org());
        if prefix_org {
            push(
                para_idx,
                toks,
                start,
                t,
                initial,
                Hints {
                    org: true,
                    ..Hints::default()
                },
                out,
            );
        }
        name_start = t + 1;
        while name_start < end && !toks[name_start].is(WORD) {
            name_start += 1;
        }
        titled = true;
    }
    // Whether every word from `from` on is generic (`Open`): then a demonym
    // before them is part of the name (`Australian Open`), as it is of an
    // organisation's (`Danish Broadcasting Corporation`, `Indian Airlines`).
    let mut see = false;
    let all_generic_to =
        |from: usize, to: usize| (from..to).all(|k| !toks[k].is(WORD) || generic::is_generic(word(k)));
    let all_generic = |from: usize| all_generic_to(from, end);
    while name_start < end
        && (gaz.is_demonym(word(name_start)) && !ends_org && !all_generic(name_start + 1)
            || lex(name_start).title() && !firm
            || word(name_start) == "of")
        && (name_start + 1 < end)
    {
        name_start += 1;
        // `Archbishop of Canterbury`, `Duke of Edinburgh`: what follows a
        // title's `of` is its see or land, not the person's name.
        see = titled && word(name_start - 1) == "of";
        titled = lex(name_start - 1).title() || titled && !see;
    }
    // `Keeper Tony Bullock`, `Exchequer Gordon Brown`, `Americans Andy
    // Roddick`: descriptive words before a known first name are not part of
    // the name (a first name must be followed by more name).
    if !ends_org && lex(name_start).first_name().is_none() {
        let given = (name_start + 1..end.saturating_sub(1))
            .find(|&k| toks[k].is(WORD) && lex(k).first_name().is_some());
        if let Some(k) = given.filter(|&k| !toks[k].is(HYPHEN_BEFORE)) {
            name_start = k;
        }
    }
    let first = word(name_start);
    let multi = (name_start..end).filter(|&k| toks[k].is(WORD)).count() > 1;
    // A lone demonym (`Russian hackers`, `Cuban said`) is kept: resolution
    // drops it unless it is the surname of a full name here (`Mark Cuban`).
    let first_demonym = gaz.is_demonym(first);
    let demonym = first_demonym && name_start + 1 == end;
    // `North American sales`: generic words and a demonym are an adjective.
    let last_demonym = if last == name_start {
        first_demonym
    } else {
        gaz.is_demonym(word(last))
    };
    let adjective = last_demonym && all_generic_to(name_start, last);
    if multi
        && (all_generic(name_start)
            || adjective
            || generic::is_generic(&para[toks[name_start].start as usize..toks[end - 1].end as usize]))
    {
        return; // `Double Olympic`, `Grand Slam`: nothing here names anything
    }
    let first_name = lex(name_start).first_name();
    if !titled && honorific.is_none() && !multi && !ends_org && lex(name_start).title() {
        return; // a bare title: `the Foreign Minister` (`says King`: see `aliases`)
    }
    if lex(last).title() && first_name.is_none() && honorific.is_none() && !ends_org {
        return; // `Prime Minister`, `Shadow Chancellor`
    }
    let mut hints = Hints::default();
    // `AT&T`: capitals joined by an ampersand name a firm.
    if ends_org || (name_start..end).any(|k| lex(k).org() || word(k) == "&") {
        hints.org = true;
    } else if lex(last).place() {
        hints.place = true;
    } else if titled || honorific.is_some() || (multi && first_name.is_some()) {
        hints.person = true;
        hints.gender = honorific
            .flatten()
            .or(if multi { first_name.flatten() } else { None });
    } else if name_start > 0 && lex(name_start - 1).place_preposition() {
        hints.place = true;
    }
    if demonym {
        hints = Hints::default(); // not a name of its own
    } else if !hints.person
        && first_name.is_none()
        && honorific.is_none()
        && (!initial && as_team(para, toks, name_start, end, false) || works_for(para, toks, start))
    {
        hints = Hints {
            org: true,
            ..Hints::default()
        };
    }
    if !multi && toks[name_start].is(ACRONYM) && !hints.person {
        hints.org = true; // `LSE`, `GM`: a lone acronym names an organisation
    }
    let work = first_name.is_some() && generic::after_a_person(words().count(), word(last));
    if work {
        hints = Hints::default();
    }
    // Asked once: the `the` test below needs it again.
    let speaks = followed_by_speech(para, toks, end);
    if speaks && !hints.org && !see && !work && !governed(para, toks, start, end) {
        hints.spoke = !hints.person;
        hints.person = true;
        hints.place = false;
    }
    // The whole noun phrase (`the Zorvex said`, `at the Zorvex.`), not a
    // modifier (`the Trump administration`: a person's name may be one).
    let modifier = || toks.get(end).is_some_and(|t| t.is(WORD) && !t.is(CAP)) && !speaks;
    hints.determined = name_start == start && start > 0 && word(start - 1) == "the" && !modifier();
    if hints.person && hints.gender.is_none() {
        hints.gender = first_name.flatten(); // `Fletcher's daughter Jill said`
    }
    push(
        para_idx,
        toks,
        name_start,
        end,
        initial && name_start == start,
        hints,
        out,
    );
}

fn push(
    para_idx: usize,
    toks: &[Token],
    start: usize,
    mut end: usize,
    initial: bool,
    hints: Hints,
    out: &mut Vec<Candidate>,
) {
    while end > start && !toks[end - 1].is(WORD) {
        end -= 1;
    }
    if end == start {
        return;
    }
    out.push(Candidate {
        para: para_idx,
        tok_start: start,
        tok_end: end,
        gaz: None,
        possessive: toks[end - 1].is(POSSESSIVE),
        initial: initial && !hints.person && !hints.org,
        weak: false,
        hints,
    });
}

#[cfg(test)]
#[path = "names_tests.rs"]
mod tests;
