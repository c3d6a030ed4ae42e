//! Sources named by description rather than by name: `the club said`, `the
//! Delta subsidiary said`, `Mr Tanzi's statement said`. An organisation noun
//! stays a role (guessing which organisation it means was as often wrong as
//! right), never a person; a document speaks for the person whose
//! possessive it carries.

use super::{Speakers, Subject};
use crate::analysis::lexicon::{self, Gender, Pronoun};
use crate::analysis::tokens::{CAP, DIGIT, SENTENCE_END, WORD};
use crate::analysis::types::EntityKind;

/// Nouns that stand for an organisation (`the club`, `the firm`).
pub(super) fn org_noun(w: &str) -> bool {
    matches!(
        w,
        "club"
            | "company"
            | "firm"
            | "group"
            | "bank"
            | "airline"
            | "carrier"
            | "union"
            | "campaign"
            | "committee"
            | "agency"
            | "department"
            | "ministry"
            | "council"
            | "board"
            | "team"
            | "network"
            | "retailer"
            | "chain"
            | "maker"
            | "giant"
            | "subsidiary"
            | "insurer"
            | "lender"
            | "organisation"
            | "organization"
            | "foundation"
            | "charity"
            | "university"
            | "league"
            | "association"
            | "federation"
            | "institute"
            | "operator"
            | "manufacturer"
            | "publisher"
            | "newspaper"
            | "paper"
            | "broadcaster"
            | "regulator"
            | "watchdog"
            | "corporation"
            | "studio"
            | "label"
    )
}

/// A role phrase's head noun, its last word (`spokesman` of `a senior
/// spokesman`): what the role rules look up.
pub(super) fn role_word(role: &str) -> &str {
    role.rsplit(' ').next().unwrap_or("")
}

/// Whether a pronoun can stand for an unnamed role: `she` only for a role
/// that says it is a woman's (`a spokeswoman`), `he` for any other.
pub(super) fn role_fits(pr: Pronoun, role: &str) -> bool {
    let g = super::gender::noun(role_word(role));
    match pr {
        Pronoun::She => g == Some(Gender::Female),
        Pronoun::He => g != Some(Gender::Female),
        Pronoun::It | Pronoun::They => true,
    }
}

/// An unnamed role that is a speech verb's subject (`a spokesman said`),
/// and where that verb stands.
pub(super) struct RoleSubject {
    pub(super) role: String,
    pub(super) definite: bool,
    pub(super) para: usize,
    pub(super) verb: usize,
    /// Where the verb's sentence starts (a byte offset in `para`).
    pub(super) sentence: usize,
}

/// A role that stands for a person, not an organisation or a document.
fn personal(role: &str) -> bool {
    !org_noun(role_word(role)) && !super::owners::document(role)
}

impl Speakers<'_> {
    /// Whether token `k` is a role noun (`witness`, `spokesman`) or
    /// describes a named person (`the defender`, `the 30-year-old`).
    pub(super) fn role_head(&self, para: usize, k: usize) -> bool {
        let t = self.paras[para].toks[k];
        t.is(WORD) && !t.is(CAP) && t.lex(self.paras[para].text).role() || self.describes_person(para, k)
    }

    /// A person's name that ends the span `from..to` after nothing but
    /// title words (lowercase or capitalised, no verb or preposition):
    /// `former finance chief Tom Fry`.
    pub(super) fn title_then_person(&self, para: usize, from: usize, to: usize) -> Option<usize> {
        self.titled_name(para, from, to)
            .filter(|&m| self.kinds[self.located[m].1] == EntityKind::Person)
    }

    /// `title_then_person` for a name of unknown kind too: where the titles
    /// or the syntax already say a person is meant (`shop owner Ann Lee,
    /// told`, `quoted chief executive Ann Lee as saying`).
    pub(super) fn titled_name(&self, para: usize, from: usize, to: usize) -> Option<usize> {
        let p = &self.paras[para];
        let m = p.mention_end(to.checked_sub(1)?)?;
        let (c, e) = &self.located[m];
        let titles = (from..c.tok_start).all(|k| {
            let t = p.toks[k];
            t.is(WORD)
                && !self.is_verb(para, k)
                && !matches!(
                    t.text(p.text),
                    "who"
                        | "whose"
                        | "which"
                        | "that"
                        | "for"
                        | "of"
                        | "at"
                        | "from"
                        | "with"
                        | "in"
                        | "and"
                        | "by"
                )
        });
        (titles && !c.possessive && matches!(self.kinds[*e], EntityKind::Person | EntityKind::Other))
            .then_some(m)
    }

    /// `But a UKIP spokesman said … "…," he added`: the latest speech verb
    /// before token `before` of paragraph `para` (or in the paragraph before),
    /// in the pronoun's sentence or the two before it,
    /// whose subject is an unnamed role the pronoun can stand for; `None`
    /// when the latest speech verb has another subject or stands no later
    /// than `floor` (a paragraph and a byte offset).
    pub(super) fn role_subject(
        &self,
        pr: Pronoun,
        para: usize,
        before: usize,
        floor: (usize, usize),
    ) -> Option<RoleSubject> {
        // The pronoun's sentence and the two before it: a role further
        // back is not who a pronoun means.
        let mut ends = 0;
        for q in (para.saturating_sub(1).max(floor.0)..=para).rev() {
            let p = &self.paras[q];
            let hi = if q == para { before } else { p.toks.len() };
            for v in (0..hi).rev() {
                if (q, p.toks[v].start as usize) <= floor {
                    return None;
                }
                if p.toks[v].is(SENTENCE_END) && !p.quoted(v) {
                    ends += 1;
                    if ends > 2 {
                        return None;
                    }
                }
                // No quoted word is a cue: not asked (the scan crosses quotes).
                if p.quoted(v) || !self.is_verb(q, v) {
                    continue;
                }
                let lo = (v.saturating_sub(super::MAX_SENTENCE)..v)
                    .rev()
                    .find(|&k| p.sentence_end(k))
                    .map_or(v.saturating_sub(super::MAX_SENTENCE), |k| k + 1);
                return match self.subject_before(q, v, lo) {
                    Subject::Role(role, definite)
                        if personal(&role)
                            && role_fits(pr, &role)
                            && !super::described::description(&role) =>
                    {
                        Some(RoleSubject {
                            role,
                            definite,
                            para: q,
                            verb: v,
                            sentence: p.toks[lo].start as usize,
                        })
                    }
                    _ => None,
                };
            }
        }
        None
    }

    /// `"…," a campaign spokesman said. … The spokesman, Tom Fry, added`:
    /// a singular role whose person the next two sentences name with the
    /// same title (`spokesman Tom Fry`, `Tom Fry, the spokesman`).
    pub(super) fn role_named_later(&self, para: usize, v: usize, role: &str) -> Option<usize> {
        let head = role_word(role);
        if head.ends_with('s') || org_noun(head) || matches!(head, "statement" | "report" | "police") {
            return None;
        }
        // The end of the second sentence after the cue.
        let p = &self.paras[para];
        let mut ends = (v..p.toks.len()).filter(|&k| p.toks[k].is(SENTENCE_END));
        let limit = ends.nth(2).map_or((para + 1, usize::MAX), |k| (para, k));
        self.located.iter().find_map(|(c, e)| {
            if (c.para, c.tok_start) <= (para, v) || (c.para, c.tok_start) > limit || c.para > para + 1 {
                return None;
            }
            let q = &self.paras[c.para];
            if self.kinds[*e] != EntityKind::Person || c.possessive || q.quoted(c.tok_start) {
                return None;
            }
            self.holds_title(c, head, 4).then_some(*e)
        })
    }

    /// `Mr Tanzi's statement said`: the person whose possessive sits in the
    /// phrase next to the verb `v`.
    pub(super) fn possessive_owner(&self, para: usize, v: usize) -> Option<usize> {
        self.located.iter().find_map(|(c, e)| {
            (c.para == para
                && c.possessive
                && c.tok_end + 4 >= v
                && c.tok_start <= v + 4
                && self.kinds[*e] == EntityKind::Person
                && !self.paras[para].quoted(c.tok_start))
            .then_some(*e)
        })
    }

    /// `the federation said`: a definite noun that is the last word of an
    /// organisation named earlier (`Police Federation`).
    pub(super) fn definite_org(&self, para: usize, k: usize) -> Option<usize> {
        let p = &self.paras[para];
        let t = p.toks[k];
        if !t.is(WORD) || t.is(CAP) || k == 0 || !matches!(p.toks[k - 1].text(p.text), "the" | "The") {
            return None;
        }
        let w = t.text(p.text);
        let mut named = self.located.iter().rev().filter_map(|(c, e)| {
            let q = &self.paras[c.para];
            let earlier = (c.para, c.tok_start) < (para, k);
            let last = q.toks[c.tok_end - 1].text(q.text);
            (earlier
                && self.kinds[*e] == EntityKind::Organization
                && c.tok_end - c.tok_start > 1
                && last.eq_ignore_ascii_case(w))
            .then_some(*e)
        });
        // `Citizens Bank and Canal Bank … The bank said`: two banks named
        // before, so which one is meant is a guess.
        let e = named.next()?;
        named.all(|o| o == e).then_some(e)
    }

    /// `the Kremlin spokesman` → `Kremlin spokesman`: modifiers back to a determiner.
    pub(super) fn role_phrase(&self, para: usize, k: usize, lo: usize) -> (String, bool) {
        let p = &self.paras[para];
        let mut s = k;
        while s > lo && s + 5 > k {
            let t = p.toks[s - 1];
            let w = t.text(p.text);
            // `The home secretary said` opening a sentence is definite too.
            // `the 47-year-old director`, `the Australian-born actress`: a
            // hyphenated modifier (its number and hyphens) belongs to the phrase.
            let hyphenated = !p.quoted(s - 1)
                && (s >= 2 && super::inverted::joined(p, s - 1)
                    || p.toks[s - 1].is(DIGIT) && s < k && super::inverted::joined(p, s));
            let modifier = hyphenated
                || t.is(WORD)
                    && ![
                        "a", "an", "the", "one", "his", "her", "its", "their", "and", "but",
                    ]
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(w))
                    && t.lex(p.text).speech_verb().is_none()
                    && !p.quoted(s - 1);
            if !modifier {
                break;
            }
            s -= 1;
        }
        let definite = s > 0 && matches!(p.toks[s - 1].text(p.text), "the" | "The");
        (
            p.text[p.toks[s].start as usize..p.toks[k].end as usize].to_string(),
            definite,
        )
    }

    /// The name a relative pronoun at `r` hangs on (`Ann Lee who`, `Ann Lee,
    /// who`; `the Acme Group, which`): a person for `who`, an organisation
    /// for `which`, else none.
    pub(super) fn antecedent(&self, para: usize, r: usize, lo: usize) -> Option<usize> {
        let p = &self.paras[para];
        let mut end = r.checked_sub(1).filter(|&b| b >= lo)?;
        if p.toks[end].text(p.text) == "," {
            end = end.checked_sub(1).filter(|&b| b >= lo)?;
        }
        let who = p.toks[r].text(p.text) == "who";
        p.mention_end(end).filter(|&m| {
            let (c, e) = &self.located[m];
            !c.possessive
                && match self.kinds[*e] {
                    EntityKind::Person | EntityKind::Other => who,
                    EntityKind::Organization => !who,
                    EntityKind::Place => false,
                }
        })
    }

    /// `X … went on to say, "…"`: the verb before an infinitive speech verb's
    /// `to` (a lowercase word, adverbs such as `on` between), whose subject
    /// is the infinitive's; not a noun (`Brown's decision to announce`).
    pub(super) fn infinitive_matrix(&self, para: usize, v: usize, lo: usize) -> Option<usize> {
        let p = &self.paras[para];
        if v <= lo + 1 || p.toks[v - 1].text(p.text) != "to" {
            return None;
        }
        let mut j = v - 1;
        while j > lo + 1 && p.toks[j - 1].is(WORD) && p.toks[j - 1].lex(p.text).filler() {
            j -= 1;
        }
        let matrix = &p.toks[j - 1];
        let noun = j >= 2
            && (lexicon::determiner(p.toks[j - 2].text(p.text))
                || p.mention_end(j - 2).is_some_and(|m| self.located[m].0.possessive));
        (j > lo + 1 && matrix.is(WORD) && !matrix.is(CAP) && !p.quoted(j - 1) && !noun).then_some(j - 1)
    }

    /// The person's name (not a possessive) that ends just before a comma at
    /// token `start - 1`, no earlier than `lo`: the name a phrase set off
    /// after it stands in apposition to (`Ann Lee, Acme's chief, said`).
    pub(super) fn person_before_comma(&self, para: usize, start: usize, lo: usize) -> Option<usize> {
        let p = &self.paras[para];
        (start >= lo + 2 && p.toks[start - 1].text(p.text) == ",")
            .then(|| p.mention_end(start - 2))
            .flatten()
            .filter(|&m| {
                let (c, e) = &self.located[m];
                !c.possessive && self.kinds[*e] == EntityKind::Person
            })
    }
}
