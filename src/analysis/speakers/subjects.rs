//! Which mentions can be antecedents: clause subjects, sources named after
//! `according to`, and not names that only modify a phrase.

use super::Speakers;
use crate::analysis::names::Candidate;
use crate::analysis::tokens::{CAP, SENTENCE_END, WORD};

impl Speakers<'_> {
    /// Whether a name only modifies a phrase (`the Acme spokeswoman`, `a
    /// spokesman for Manchester's Acme Centre`).
    pub(super) fn modifier(&self, c: &Candidate) -> bool {
        let p = &self.paras[c.para];
        let role_after = c.tok_end < p.toks.len() && self.role_head(c.para, c.tok_end);
        let preposition = (c.tok_start.saturating_sub(2)..c.tok_start).any(|k| {
            matches!(
                p.toks[k].text(p.text),
                "for" | "of" | "at" | "from" | "with" | "by"
            )
        });
        role_after || preposition
    }

    /// Whether located mention `i` is a clause subject, worked out once.
    pub(super) fn subject(&self, i: usize) -> bool {
        let cell = &self.subject[i];
        cell.get().unwrap_or_else(|| {
            let known = self.is_subject(&self.located[i].0) && !self.place_modifier(i);
            cell.set(Some(known));
            known
        })
    }

    /// Whether a mention is a clause subject: it opens its sentence (after
    /// titles and determiners) or a speech verb follows it.
    fn is_subject(&self, c: &Candidate) -> bool {
        let p = &self.paras[c.para];
        if c.possessive || p.quoted(c.tok_start) {
            return false;
        }
        // `Celtic manager O'Neill is …`, `Spain's minister of sport Jaime
        // Lissavetzky was …`: the lowercase words right before the name may
        // be a role (not `critics of Tom Fry`); looked up last, as that is rare.
        let mut run = c.tok_start;
        while run > 0
            && c.tok_start - run < 4
            && p.toks[run - 1].is(WORD)
            && !p.toks[run - 1].is(CAP)
            && !matches!(p.toks[run - 1].text(p.text), "the" | "a" | "an")
        {
            run -= 1;
        }
        let titled = (run..c.tok_start).any(|k| p.toks[k].lex(p.text).role());
        let title = if titled { run } else { c.tok_start };
        let opens = (0..title)
            .rev()
            .take_while(|&k| !p.toks[k].is(SENTENCE_END))
            .all(|k| {
                let t = p.toks[k];
                // `Under My Ask Jeeves users can …`: a phrase opens the sentence.
                t.is(CAP)
                    && !super::clauses::opens_subordinate_clause(t.text(p.text))
                    && !super::clauses::opens_prepositional_phrase(t.text(p.text))
                    || matches!(t.text(p.text), "the" | "a" | "an" | "to" | "of" | "\"" | "“")
            });
        if opens || self.after_opening_phrase(c) || self.inverted_subject(c) || self.according_to(c) {
            return true;
        }
        self.says_after(c)
    }

    /// `… powers, according to Q magazine editor Paul Rees.`: the source
    /// named after `according to` has just spoken, as a subject has.
    fn according_to(&self, c: &Candidate) -> bool {
        let p = &self.paras[c.para];
        let text = |k: usize| p.toks[k].text(p.text);
        (c.tok_start.saturating_sub(6)..c.tok_start.saturating_sub(1)).any(|j| {
            j > 0
                && text(j - 1) == "according"
                && text(j) == "to"
                && (j + 1..c.tok_start).all(|k| p.toks[k].is(WORD))
        })
    }
}
