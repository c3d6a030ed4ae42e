//! Who says a quote with no cue of its own: a reopened quote's speaker,
//! the speaker of the sentence or paragraph before, or the previous quote's,
//! each only while nobody else has come into view.

use super::{Attribution, How, MAX_SENTENCE, Piece, Speakers, Subject};
use crate::analysis::tokens::{CAP, SENTENCE_END, WORD};
use crate::analysis::types::EntityKind;

impl Speakers<'_> {
    /// The speaker of the speech verb in the last sentence of paragraph
    /// `para`, when that sentence holds no quote (reported speech).
    pub(super) fn last_report(
        &self,
        para: usize,
        prev: Option<(&Piece, &Attribution)>,
    ) -> Option<Attribution> {
        let p = &self.paras[para];
        let pe = p.toks.len().checked_sub(1)?;
        let ps0 = self.unquoted_sentence_to(para, pe)?;
        // Its first speech verb: `…, Mr Howard said.`, `…, said Mr Howard.`,
        // `He warned that …`.
        let v = (ps0..pe).find(|&k| self.is_verb(para, k))?;
        // `Not long before Trump spoke, …`: a verb in a subordinate clause
        // reports nothing.
        let subordinate = (ps0..v).any(|k| subordinator(p.toks[k].text(p.text)));
        if subordinate {
            return None;
        }
        let subject = self.report_subject(para, v, ps0, pe);
        self.resolve(para, v, subject, prev)
            .map(|a| a.via(How::LastReport))
    }

    /// The start of the sentence of paragraph `para` that ends at token
    /// `pe`, if it holds no quote (reported speech only).
    pub(super) fn unquoted_sentence_to(&self, para: usize, pe: usize) -> Option<usize> {
        let p = &self.paras[para];
        let reach = pe.saturating_sub(MAX_SENTENCE);
        let ps0 = (reach..pe)
            .rev()
            .find(|&k| p.toks[k].is(SENTENCE_END))
            .map_or(reach, |k| k + 1);
        (!(ps0..=pe).any(|k| p.quoted(k))).then_some(ps0)
    }

    /// The subject of speech verb `v` in a sentence of reported speech
    /// running from `ps0` to `pe`: before the verb, else after it when it
    /// opens the sentence or follows a comma (`…, said Mr Howard.`), else
    /// the sentence's first subject when the verb's clause is coordinated.
    pub(super) fn report_subject(&self, para: usize, v: usize, ps0: usize, pe: usize) -> Subject {
        let p = &self.paras[para];
        match self.subject_before(para, v, ps0) {
            Subject::None if v == ps0 || p.toks[v - 1].text(p.text) == "," => {
                self.subject_after(para, v, pe + 1)
            }
            Subject::Coordinated => self.first_subject(para, ps0, v),
            s => s,
        }
    }

    /// `… Acme issued the following statement:` / `As Ann Lee observed, …:`
    /// ending paragraph `para`: the name that introduces the next paragraph's
    /// quote, the subject of that sentence's speech verb (even in an `as`
    /// clause, even an organisation), else of the sentence.
    fn colon_lead(&self, para: usize, prev: Option<(&Piece, &Attribution)>) -> Option<Attribution> {
        let p = &self.paras[para];
        let pe = p.toks.len().checked_sub(1)?;
        if p.quoted(pe) || p.toks[pe].text(p.text) != ":" {
            return None;
        }
        let reach = pe.saturating_sub(MAX_SENTENCE);
        let ps0 = (reach..pe)
            .rev()
            .find(|&k| p.sentence_end(k))
            .map_or(reach, |k| k + 1);
        let verb = (ps0..pe).find(|&k| self.is_verb(para, k));
        let subject = match verb {
            Some(v) => match self.subject_before(para, v, ps0) {
                Subject::None if v == ps0 || p.toks[v - 1].text(p.text) == "," => {
                    self.subject_after(para, v, pe)
                }
                Subject::Coordinated => self.first_subject(para, ps0, v),
                s => s,
            },
            None => self.first_subject(para, ps0, pe),
        };
        self.resolve(para, verb.unwrap_or(pe), subject, prev)
            .filter(|a| a.speaker.is_some())
    }

    /// No cue of its own: who the quote carries on from (`carried`). From
    /// the paragraph before (or its subject), not if the quote names that
    /// speaker itself (`"Bob was a driven man"` is said of Bob, not by him).
    pub(super) fn continuation(
        &self,
        q: &Piece,
        prev: Option<(&Piece, &Attribution)>,
        s0: usize,
    ) -> Option<Attribution> {
        let a = self.carried(q, prev, s0)?;
        let named_inside = |e: usize| {
            let p = &self.paras[q.para];
            self.located.iter().any(|(c, o)| {
                *o == e
                    && c.para == q.para
                    && (q.start..q.end).contains(&(p.toks[c.tok_start].start as usize))
            })
        };
        let distant = matches!(a.how, How::ContPrevParaQuote | How::ContFirstSubject);
        (!(distant && a.speaker.is_some_and(named_inside))).then_some(a)
    }

    /// A reopened quote continues its speaker; otherwise the speaker of a
    /// speech verb in the sentence before, then the previous quote nearby,
    /// then the person the sentence before is about.
    fn carried(&self, q: &Piece, prev: Option<(&Piece, &Attribution)>, s0: usize) -> Option<Attribution> {
        let p = &self.paras[q.para];
        let inherit = |a: &Attribution| Attribution {
            speaker: a.speaker,
            role: a.role.clone(),
            who: a.who,
            ..Attribution::default()
        };
        let prev_known = prev.filter(|(_, a)| a.known());
        if q.continues {
            return prev_known.map(|(_, a)| inherit(a).via(How::ContReopened));
        }
        // A speech verb of its own whose named subject we could not read is
        // someone we cannot name, not the previous speaker.
        if self.own_cue_at(q).is_some_and(|(_, named)| named) {
            return None;
        }
        // Nor is one introduced by a speech verb of its own (`a video that
        // said, "…"`) whose subject we could not resolve.
        let first = p.toks.partition_point(|t| (t.start as usize) < q.open);
        let introduced = first >= 2
            && matches!(p.toks[first - 1].text(p.text), "," | ":")
            && !p.toks[first - 2].is(CAP)
            && p.toks[first - 2].lex(p.text).speech_verb().is_some();
        if introduced {
            return None;
        }
        let person_or_role = |a: &Attribution| match a.speaker {
            Some(e) => self.kinds[e] == EntityKind::Person,
            None => a.role.is_some(),
        };
        // The previous sentence of the paragraph, if it holds no quote.
        let sentence = s0.checked_sub(1).and_then(|pe| {
            let reach = pe.saturating_sub(MAX_SENTENCE);
            let ps0 = (reach..pe)
                .rev()
                .find(|&k| p.toks[k].is(SENTENCE_END))
                .map_or(reach, |k| k + 1);
            (!(ps0..=pe).any(|k| p.quoted(k))).then_some((ps0, pe))
        });
        if let Some((ps0, pe)) = sentence
            && let Some(v) = (ps0..pe).find(|&k| self.is_verb(q.para, k))
        {
            let subject = self.verb_subject(q.para, v, ps0);
            if let Some(a) = self.resolve(q.para, v, subject, prev).filter(person_or_role) {
                return Some(inherit(&a).via(How::ContSentenceVerb));
            }
        }
        let opens_para = p
            .toks
            .iter()
            .take_while(|t| (t.start as usize) < q.open)
            .all(|t| !t.is(WORD));
        if opens_para
            && q.para > 0
            && !self.own_cue(q)
            && let Some(a) = self.colon_lead(q.para - 1, prev)
        {
            return Some(inherit(&a).via(How::ContColonLead));
        }
        // A paragraph that opens with a quote after one that ends on reported
        // speech (`…, Mr Howard said.`) carries that speaker on, unless the
        // quote has a speech verb of its own (`"…," Powell's office said`).
        if opens_para
            && q.para > 0
            && !self.own_cue(q)
            && let Some(a) = self.last_report(q.para - 1, prev).filter(person_or_role)
        {
            return Some(inherit(&a).via(How::ContLastReport));
        }
        // Nor after a sentence reporting speech by someone we cannot name
        // (`One leading broker said …`): the quote is more likely theirs.
        if let Some((pq, a)) = prev_known
            && (pq.para == q.para || pq.para + 1 == q.para && opens_para)
            && !self.named_between(pq, q, a.speaker)
            && !self.unnamed_report_before(q.para, s0)
        {
            return Some(inherit(a).via(if pq.para == q.para {
                How::ContPrevQuote
            } else {
                How::ContPrevParaQuote
            }));
        }
        let (ps0, pe) = sentence?;
        // Only a sentence about one person: in `Ross will …, while King is
        // …` the quote after it may be either's.
        let mut people = self.located.iter().filter(|(c, e)| {
            c.para == q.para
                && (ps0..=pe).contains(&c.tok_start)
                && matches!(self.kinds[*e], EntityKind::Person | EntityKind::Other)
        });
        if people.next().is_some_and(|(_, e)| people.any(|(_, o)| o != e)) {
            return None;
        }
        // The sentence's subject is itself a guess when it is a pronoun
        // resolved only to the nearest person in view: a guess about a guess
        // names nobody.
        let a = self
            .resolve(q.para, pe, self.first_subject(q.para, ps0, pe), prev)
            .filter(|a| person_or_role(a) && !a.who.nearest_guess())?;
        Some(inherit(&a).via(How::ContFirstSubject))
    }

    /// Whether a person other than `speaker` is named outside quotes between
    /// two quotes (`… Tessa Jowell who said: "…"`): the later quote may be
    /// theirs, so it does not inherit the earlier one's speaker.
    fn named_between(&self, pq: &Piece, q: &Piece, speaker: Option<usize>) -> bool {
        let from = (pq.para, pq.close.unwrap_or(pq.end));
        self.located.iter().enumerate().any(|(i, (c, e))| {
            let p = &self.paras[c.para];
            let at = (c.para, p.toks[c.tok_start].start as usize);
            let who_says = p.toks.get(c.tok_end).is_some_and(|t| t.text(p.text) == "who")
                && c.tok_end + 1 < p.toks.len()
                && self.is_verb(c.para, c.tok_end + 1);
            // `"…," Hooton said after Rubio spoke. "…"`: the subject of a
            // clause hanging off the previous quote's sentence is not in view.
            let hanging = c.para == pq.para
                && c.tok_start > 0
                && subordinator(p.toks[c.tok_start - 1].text(p.text))
                && !(p.toks.partition_point(|t| (t.start as usize) < from.1)..c.tok_start)
                    .any(|k| p.toks[k].is(SENTENCE_END));
            at >= from
                && at < (q.para, q.open)
                && !hanging
                && (self.subject(i) || who_says)
                && Some(*e) != speaker
                && matches!(self.kinds[*e], EntityKind::Person | EntityKind::Other)
        })
    }
}

/// Words opening a subordinate clause, whose verb reports nothing.
fn subordinator(w: &str) -> bool {
    const SUBORDINATORS: [&str; 14] = [
        "before", "after", "when", "while", "as", "since", "until", "because", "if", "although", "though",
        "once", "who", "which",
    ];
    SUBORDINATORS.iter().any(|s| s.eq_ignore_ascii_case(w))
}
