//! The subject before a speech verb (`Ann Lee, a lawyer, said`, `a
//! spokesman for Acme said`, `Ryan's office said`), kept apart from `cues`
//! for size; `inverted` holds the subject after one.

use super::inverted::joined;
use super::{Speakers, Subject};
use crate::analysis::lexicon::{self, Pronoun};
use crate::analysis::tokens::{CAP, POSSESSIVE, WORD};
use crate::analysis::types::EntityKind;

impl Speakers<'_> {
    /// The subject of the verb at `v`, or the sentence's opening subject
    /// when it is the second verb of `X said … and warned`.
    pub(super) fn verb_subject(&self, para: usize, v: usize, lo: usize) -> Subject {
        match self.subject_before(para, v, lo) {
            Subject::Coordinated => self.first_subject(para, lo, v),
            s => s,
        }
    }

    /// Walks back from the verb over adverbs and appositions to its subject.
    pub(super) fn subject_before(&self, para: usize, v: usize, lo: usize) -> Subject {
        let p = &self.paras[para];
        if let Some(matrix) = self.infinitive_matrix(para, v, lo) {
            return match self.subject_before(para, matrix, lo) {
                // `it's unrealistic to think that …`: an impersonal `it`.
                Subject::Pronoun(Pronoun::It, k)
                    if p.toks[k].is(POSSESSIVE)
                        || (k + 1..matrix).any(|j| matches!(p.toks[j].text(p.text), "is" | "was" | "be")) =>
                {
                    Subject::None
                }
                s => s,
            };
        }
        let mut k = v;
        while k > lo {
            k -= 1;
            if p.quoted(k) {
                return Subject::None;
            }
            let t = p.toks[k];
            let w = t.text(p.text);
            if let Some(m) = p.mention_end(k) {
                let mut b = self.located[m].0.tok_start;
                // Step over a determiner, a possessive (`for Manchester's
                // Trafford Centre`), a name right before this one (`for the
                // Oxford University Press`, found as two names) or one joined
                // on by `and` (`the star of Rain Man and Tootsie`: both names
                // stand in the phrase after `of`).
                loop {
                    if b > lo && (p.toks[b - 1].text(p.text) == "the" || p.mention_end(b - 1).is_some()) {
                        b = p
                            .mention_end(b - 1)
                            .map_or(b - 1, |o| self.located[o].0.tok_start);
                    } else if b > lo + 1
                        && p.toks[b - 1].text(p.text) == "and"
                        && let Some(o) = p.mention_end(b - 2)
                    {
                        b = self.located[o].0.tok_start;
                    } else {
                        break;
                    }
                }
                // `MP for Henley-on-Thames`: the whole hyphenated word.
                while b >= lo + 2 && joined(p, b - 1) {
                    b -= 2;
                }
                let preposition = b > lo
                    && matches!(
                        p.toks[b - 1].text(p.text),
                        "for" | "of" | "at" | "from" | "with" | "in" | "during" | "near"
                    );
                if !preposition {
                    if self.joint(para, m, lo) {
                        return Subject::None;
                    }
                    return Subject::Mention(m);
                }
                // Inside a prepositional phrase the name is not the subject:
                // `a spokesman for Darlington Council said` is the role speaking.
                if b - 1 > lo && p.toks[b - 2].lex(p.text).role() {
                    let (r, _) = self.role_phrase(para, b - 2, lo);
                    let from = p.toks[b - 2].end as usize - r.len();
                    // `Ann Lee, executive director of the Acme PAC, …, said`:
                    // the role stands in apposition to the name before it.
                    let mut start = p.toks.partition_point(|t| (t.start as usize) < from);
                    // `Matt Lee, a fund manager at Acme said`: over the article.
                    if start > lo && matches!(p.toks[start - 1].text(p.text), "a" | "an" | "the") {
                        start -= 1;
                    }
                    if let Some(m) = self.person_before_comma(para, start, lo) {
                        return Subject::Mention(m);
                    }
                    return Subject::Role(p.text[from..t.end as usize].to_string(), false);
                }
                // `Mr Johnson, MP for Henley, said`: a short phrase set off
                // after a person's name stands in apposition to it.
                let comma = (lo.max(b.saturating_sub(5))..b - 1)
                    .rev()
                    .find(|&j| !p.toks[j].is(WORD) || p.quoted(j) || self.is_verb(para, j));
                let named = comma
                    .filter(|&j| !p.quoted(j))
                    .and_then(|j| self.person_before_comma(para, j + 1, lo));
                if let Some(m) = named {
                    return Subject::Mention(m);
                }
                k = b - 1;
                continue;
            }
            if let Some(pr) = lexicon::pronoun(w) {
                return Subject::Pronoun(pr, k);
            }
            // `The Conservative Party Co-Chairman said`, `the Cardinal will
            // ask`: a title no name follows is the subject, not the
            // organisation it names.
            if (k + 1..v).all(|j| p.toks[j].is(WORD) && p.toks[j].lex(p.text).filler())
                && k > lo
                && t.is(CAP)
                && t.lex(p.text).title()
                && (joined(p, k - 1) || p.toks[k - 1].is(CAP) || p.toks[k - 1].text(p.text) == "the")
            {
                let (r, definite) = self.role_phrase(para, k, lo);
                return Subject::Role(r, definite);
            }
            // `Ryan's office said`, `Tanzi's statement said`: the owner speaks.
            if owner_noun(w)
                && let Some(m) = k.checked_sub(1).and_then(|j| p.mention_end(j))
                && self.located[m].0.possessive
            {
                return Subject::Mention(m);
            }
            if self.role_head(para, k) || t.is(WORD) && !t.is(CAP) && super::descriptions::org_noun(w) {
                if let Some(e) = self.definite_org(para, k) {
                    return Subject::Entity(e);
                }
                let (r, definite) = self.role_phrase(para, k, lo);
                // `Eric Abensur, Acme's chief executive told`: a role set off
                // after a person's name (its closing comma left out) is theirs.
                let from = p.toks[k].end as usize - r.len();
                let mut start = p.toks.partition_point(|t| (t.start as usize) < from);
                // `Tom Fry, a Lufthansa spokesman told`: over the article.
                if start > lo && matches!(p.toks[start - 1].text(p.text), "a" | "an") {
                    start -= 1;
                }
                let named = (!definite)
                    .then(|| self.person_before_comma(para, start, lo))
                    .flatten();
                if let Some(m) = named {
                    return Subject::Mention(m);
                }
                return Subject::Role(r, definite);
            }
            if let Some(e) = self.definite_org(para, k) {
                return Subject::Entity(e);
            }
            match w {
                "," | "-" | ")" => {
                    // Skip an apposition (`Clint Watts, a former agent, told`)
                    // unless it names the speaker (`A spokesman, Dr X, said`).
                    let open = if w == ")" { "(" } else { w };
                    let j = (lo..k)
                        .rev()
                        .find(|&j| p.toks[j].text(p.text) == open || p.quoted(j));
                    // `Mr Lee, who was forced to apologise last year for …, said`:
                    // a relative clause may run longer than an apposition.
                    let relative = |j: usize| {
                        w == "," && matches!(p.toks.get(j + 1).map(|t| t.text(p.text)), Some("who" | "whose"))
                    };
                    match j {
                        Some(j) if !p.quoted(j) && (k - j < 25 || relative(j) && k - j < 60) => {
                            let first = (j + 1..k).find(|&i| {
                                p.toks[i].lex(p.text).honorific().is_none() && p.toks[i].text(p.text) != "."
                            });
                            let named = first.into_iter().find_map(|i| {
                                p.mention_start(i).filter(|&m| {
                                    let (c, e) = &self.located[m];
                                    !c.possessive && self.kinds[*e] == EntityKind::Person
                                })
                            });
                            if let Some(m) = named.filter(|_| w == ",") {
                                return Subject::Mention(m);
                            }
                            // `The star witness, former finance chief Tom Fry,
                            // said`: an apposition after a role that ends on a
                            // person names the role.
                            if let Some(m) = (w == "," && j > lo && self.role_head(para, j - 1))
                                .then(|| self.title_then_person(para, j + 1, k))
                                .flatten()
                            {
                                return Subject::Mention(m);
                            }
                            k = j;
                        }
                        // `"…," shop owner Ann Lee, told`: a comma set between
                        // the clause's opening name (titles before it) and its verb.
                        _ => {
                            let open = j.map_or(lo, |j| j + 1);
                            return match (w == ",").then(|| self.titled_name(para, open, k)) {
                                Some(Some(m)) => Subject::Mention(m),
                                _ => Subject::None,
                            };
                        }
                    }
                }
                "and" | "but" => return Subject::Coordinated,
                _ if t.is(WORD) && t.lex(p.text).filler() => {}
                _ => return Subject::None,
            }
        }
        Subject::None
    }
}

impl Speakers<'_> {
    /// `chief executive Ann Lee and chief operating officer Tom Fry said`:
    /// two people speak together, so no one of them is the speaker (the
    /// labels name the first, or both); the nearest would be a guess.
    fn joint(&self, para: usize, m: usize, lo: usize) -> bool {
        let p = &self.paras[para];
        let (c, e) = &self.located[m];
        if self.kinds[*e] != EntityKind::Person {
            return false;
        }
        let Some(and) = (lo.max(c.tok_start.saturating_sub(6))..c.tok_start)
            .rev()
            .find(|&j| p.toks[j].text(p.text) == "and")
        else {
            return false;
        };
        and > 0
            && self.title_then_person(para, and + 1, c.tok_end) == Some(m)
            && p.mention_end(and - 1).is_some_and(|f| {
                let (fc, fe) = &self.located[f];
                !fc.possessive && self.kinds[*fe] == EntityKind::Person && *fe != *e
            })
    }
}

/// A noun after a possessive name whose owner speaks through it (`Ryan's
/// office said`, `Clinton's campaign took the step, accusing …`).
pub(super) fn owner_noun(w: &str) -> bool {
    matches!(w, "office" | "statement" | "campaign")
}
