//! Pronouns to the person or organisation they mean: the latest fitting
//! subject, unless a rival the pronoun could also mean stands in between.

use super::owners::anonymous;
use super::{Attribution, Piece, Speakers, Who};
use crate::analysis::lexicon::Pronoun;
use crate::analysis::names::Candidate;
use crate::analysis::tokens::SENTENCE_END;
use crate::analysis::types::EntityKind;

impl Speakers<'_> {
    /// `he`/`she` → the latest fitting subject (a name that opens a sentence
    /// or says something, or the previous quote's speaker) in this paragraph
    /// or the one before; else the nearest fitting person in the paragraph;
    /// else the nearest fitting person earlier in the article. `it`/`they`
    /// likewise for organisations. Mentions inside quotes are not antecedents.
    pub(super) fn pronoun(
        &self,
        pr: Pronoun,
        para: usize,
        k: usize,
        prev: Option<(&Piece, &Attribution)>,
    ) -> Option<Attribution> {
        let p = &self.paras[para];
        let at = p.toks[k].start as usize;
        // `Mr Blair has failed, he claimed, …`: a parenthetical cue's pronoun
        // is not anyone its own sentence is about.
        let text = |j: usize| p.toks.get(j).map_or("", |t| t.text(p.text));
        let parenthetical = k > 0 && text(k - 1) == "," && matches!(text(k + 2), "," | ".");
        let s0 = (k.saturating_sub(super::MAX_SENTENCE)..k)
            .rev()
            .find(|&j| p.toks[j].is(SENTENCE_END) && !p.quoted(j))
            .map_or(0, |j| j + 1);
        // `Mr Lee "made the decisions," he said`: a name before the quote
        // in the pronoun's sentence is who the quote is about, not its speaker.
        let woven = (s0 + 1..k).any(|j| p.quoted(j) && !p.quoted(j - 1) && p.mention_end(j - 1).is_some());
        let before = if parenthetical || woven { s0 } else { k };
        // Names before the quote, nearest first, outside quotation marks.
        let earlier = || {
            self.located.iter().enumerate().rev().filter(move |(_, (c, _))| {
                (c.para < para || c.para == para && c.tok_start < before)
                    && !self.paras[c.para].quoted(c.tok_start)
            })
        };
        let candidates = || earlier().filter(move |(_, (_, e))| self.fits(pr, *e));
        let as_attr = |e: usize, who: Who| Attribution {
            speaker: Some(e),
            who,
            ..Attribution::default()
        };
        let nobody = |who: Who| Attribution {
            who,
            ..Attribution::default()
        };
        // `he said "A", but stressed "B"`: B's pronoun is A's, already resolved.
        if let Some((_, a)) = prev.filter(|(pq, a)| {
            pq.para == para
                && pq.open > at
                && a.who.pronoun()
                && a.speaker.is_none_or(|e| !self.barred(e))
                && !(k..p.toks.partition_point(|t| (t.start as usize) < pq.open))
                    .any(|j| p.toks[j].is(SENTENCE_END) && !p.quoted(j))
        }) {
            return Some(Attribution {
                speaker: a.speaker,
                role: a.role.clone(),
                who: a.who,
                ..Attribution::default()
            });
        }
        // A speaker we could not classify, named in full and not inside a
        // phrase (`Fidelis Nanga …, said`), is as good a subject for `he` as
        // a known person.
        let subject = earlier().find(|(i, (c, e))| {
            c.para + 1 >= para
                && self.subject(*i)
                && (self.fits(pr, *e)
                    || self.kinds[*e] == EntityKind::Other
                        && c.tok_end - c.tok_start >= 2
                        && !self.modifier(c)
                        && self.could_fit(pr, *e)
                        && (self.says_after(c) || self.inverted_subject(c)))
        });
        let subject_pos =
            subject.map(|(_, (c, _))| (c.para, self.paras[c.para].toks[c.tok_start].start as usize));
        // `"…," Ann Lee said. A spokesman for Acme said that … "…," he
        // said`: an unnamed role that spoke after the name (or the previous
        // quote) is who the pronoun means, not the name before it; a
        // definite one (`the cardinal said`) only when the article titled
        // someone with it (`Cardinal Tom Fry`).
        let gendered = matches!(pr, Pronoun::He | Pronoun::She);
        let role_since = |from: (usize, usize)| {
            let r = gendered
                .then(|| self.role_subject(pr, para, before, from))
                .flatten()?;
            // A name inside the role's own sentence (`The head of Acme, Orvel
            // Tamsk, says`) is no earlier speaker.
            if (r.para, r.sentence) <= from {
                return None;
            }
            // `The Acme spokeswoman said`: definite, but nobody's title.
            if !r.definite || anonymous(&r.role) {
                return Some(Attribution {
                    role: Some(r.role),
                    who: Who::PronRoleSubject,
                    ..Attribution::default()
                });
            }
            self.role_owner(r.para, r.verb, &r.role)
                .filter(|&e| self.could_fit(pr, e))
                .map(|e| as_attr(e, Who::PronRoleOwner))
        };
        // `One broker said the risk was small. "…," he said`: the pronoun
        // is that unnamed source, not the person named or quoted before.
        let new_source = |from: (usize, usize)| {
            gendered && from < (para, p.toks[s0].start as usize) && self.unnamed_report_before(para, s0)
        };
        // `"…," Lee said. Coach Tom Fry … The 25-year-old added: "…" he
        // said`: a description of someone named, later than any named
        // subject and the previous quote, is the pronoun's subject.
        let prev_pos = prev.map(|(pq, _)| (pq.para, pq.open));
        let from = subject_pos.max(prev_pos).unwrap_or((0, 0));
        if let Some(((q, s), r)) = gendered
            .then(|| self.described_subject(pr, para, before, from))
            .flatten()
        {
            let speaker = prev
                .filter(|(pq, _)| pq.para + 1 >= para)
                .and_then(|(_, a)| a.speaker);
            let named = subject.map(|(_, (_, e))| *e);
            let e = self.described_person(q, s, &r, [named, speaker]);
            return Some(match e.filter(|&e| self.could_fit(pr, e)) {
                Some(e) => as_attr(e, Who::PronDescribed),
                None => nobody(Who::PronAmbiguousDescribed),
            });
        }
        if let Some((pq, a)) = prev.filter(|(pq, _)| pq.para + 1 >= para && (pq.para, pq.open) < (para, at)) {
            let fits = match a.speaker {
                Some(e) => self.could_fit(pr, e),
                None => a
                    .role
                    .as_deref()
                    .is_some_and(|r| super::descriptions::role_fits(pr, r)),
            };
            if fits && subject_pos.is_none_or(|sp| sp < (pq.para, pq.open)) {
                if let Some(a) = role_since((pq.para, pq.open)) {
                    return Some(a);
                }
                if self.rival_after(pr, a.speaker, (pq.para, pq.open), (para, before)) {
                    return Some(nobody(Who::PronAmbiguousPrev));
                }
                if new_source((pq.para, pq.open)) {
                    return Some(nobody(Who::PronAmbiguousPrev));
                }
                return Some(Attribution {
                    speaker: a.speaker,
                    role: a.role.clone(),
                    who: Who::PronPrevQuote,
                    ..Attribution::default()
                });
            }
        }
        if let Some((_, (c, e))) = subject {
            let from = (c.para, self.paras[c.para].toks[c.tok_start].start as usize);
            if let Some(a) = role_since(from) {
                return Some(a);
            }
            if self.rival_after(pr, Some(*e), from, (para, before)) || new_source(from) {
                return Some(nobody(Who::PronAmbiguousSubject));
            }
            return Some(as_attr(*e, Who::PronSubject));
        }
        // With no subject to go by, only a sole candidate is trusted: the
        // nearest of several names is a guess.
        let sole = |mut it: Box<dyn Iterator<Item = usize> + '_>| {
            let e = it.next()?;
            it.all(|o| o == e).then_some(e)
        };
        let maybe = |c: &Candidate, e: usize| {
            (c.para < para || c.para == para && c.tok_start < before)
                && !self.paras[c.para].quoted(c.tok_start)
                && self.could_fit(pr, e)
        };
        // Nobody named is a subject, but an unnamed role is (`a UKIP
        // spokesman said …`): the pronoun is the role's, not a guess at
        // the nearest name.
        if let Some(r) = gendered
            .then(|| self.role_subject(pr, para, before, (0, 0)))
            .flatten()
        {
            return Some(role_since((0, 0)).unwrap_or(Attribution {
                role: Some(r.role),
                who: Who::PronRoleSubject,
                ..Attribution::default()
            }));
        }
        if candidates().any(|(_, (c, _))| c.para == para) {
            let near = self
                .located
                .iter()
                .filter(|(c, e)| c.para == para && maybe(c, *e));
            return Some(match sole(Box::new(near.map(|(_, e)| *e))) {
                Some(e) => as_attr(e, Who::PronParaNearest),
                None => nobody(Who::PronAmbiguousPara),
            });
        }
        // `it said` with no organisation in view: the office, the report
        // or the firm the writer means is rarely the last one named.
        // `he` with nobody in view: right after a quote (`"…," he said`)
        // the nearest man named (the writer is following him); elsewhere
        // (`he criticised "…"`) only the one man named so far, as the
        // nearest of several was wrong more often than right.
        if matches!(pr, Pronoun::He | Pronoun::She)
            && let Some((_, (c, e))) = candidates().next()
        {
            let after_quote = k > 0 && (p.quoted(k - 1) || k > 1 && text(k - 1) == "," && p.quoted(k - 2));
            // `"…," Tom Fry said. … Moore's film … "…," he said`: the last
            // speaker, quoted after the nearest name, is still followed.
            let spoke_since = prev.and_then(|(pq, a)| {
                let named = (c.para, self.paras[c.para].toks[c.tok_start].start as usize);
                a.speaker
                    .filter(|&s| self.fits(pr, s) && (pq.para, pq.open) > named)
            });
            return Some(match sole(Box::new(candidates().map(|(_, (_, e))| *e))) {
                _ if after_quote => spoke_since.map_or(as_attr(*e, Who::PronArticleNearest), |s| {
                    as_attr(s, Who::PronPrevQuote)
                }),
                Some(e) => as_attr(e, Who::PronArticleNearest),
                None => nobody(Who::PronAmbiguousArticle),
            });
        }
        // `she` with no known woman about: the one person of unknown gender
        // who is a subject in this paragraph or the one before, if unique.
        if pr != Pronoun::She {
            return None;
        }
        let mut unknown = self.located.iter().enumerate().filter(|(i, (c, e))| {
            (c.para, c.tok_start) < (para, before)
                && c.para + 1 >= para
                && self.subject(*i)
                && self.kinds[*e] == EntityKind::Person
                && self.genders[*e].is_none()
                && !self.modifier(c)
        });
        let (_, (_, e)) = unknown.next()?;
        unknown
            .all(|(_, (_, o))| o == e)
            .then(|| as_attr(*e, Who::PronSheUnique))
    }

    /// Whether a subject the pronoun could also mean, other than `e`, stands
    /// after `from` and before `to`: `Elliott Wilson, an editor, said …
    /// "…," he said` after a quote by 50 Cent is ambiguous, so nobody.
    fn rival_after(&self, pr: Pronoun, e: Option<usize>, from: (usize, usize), to: (usize, usize)) -> bool {
        self.located.iter().enumerate().any(|(i, (c, o))| {
            let at = (c.para, self.paras[c.para].toks[c.tok_start].start as usize);
            at > from
                && (c.para, c.tok_start) < to
                && self.subject(i)
                && Some(*o) != e
                && self.could_fit(pr, *o)
        })
    }
}
