//! `quoted … as saying`: a report of a report. The person quoted speaks,
//! not the paper that quoted them (`the paper quoted chief executive Tom
//! Fry as saying`, `Fry was quoted by the paper as saying`, `Fry is quoted
//! as saying`).

use super::{Speakers, Subject};

/// How far back from `as saying` the word `quoted` may stand.
const REACH: usize = 10;

impl Speakers<'_> {
    /// The subject of `as saying` at `v` when `quoted` stands a few words
    /// before it: the object of an active `X quoted Tom Fry as saying` (a
    /// name after titles only, else a role), else the subject of a passive
    /// `Fry was quoted by the paper as saying`. `None` when `quoted` is not
    /// there.
    pub(super) fn quoted_by(&self, para: usize, v: usize, lo: usize) -> Option<Subject> {
        let p = &self.paras[para];
        let w = |k: usize| p.toks[k].text(p.text);
        if v < lo + 3 || w(v - 1) != "as" || !w(v).starts_with("say") {
            return None;
        }
        let quoted = (lo.max((v - 1).saturating_sub(REACH))..v - 1)
            .rev()
            .find(|&k| w(k) == "quoted" && !p.quoted(k))?;
        if let Some(m) = self.titled_name(para, quoted + 1, v - 1) {
            return Some(Subject::Mention(m));
        }
        let passive = quoted > lo && super::clauses::be_form(w(quoted - 1)) && w(quoted + 1) == "by";
        if passive {
            return Some(self.verb_subject(para, quoted - 1, lo));
        }
        // `Reuters quoted a central bank official as saying`: the role. Not
        // a definite one (`quoted the president as saying`), which the role
        // rules would tie to a person on less evidence than a cue gives.
        if v - 2 <= quoted || !self.role_head(para, v - 2) {
            return None;
        }
        let (r, definite) = self.role_phrase(para, v - 2, quoted + 1);
        (!definite).then_some(Subject::Role(r, false))
    }

    /// `Lee was quoted as saying`: the subject of the passive before `quoted as`.
    pub(super) fn quoted_as(&self, para: usize, v: usize, lo: usize) -> Option<Subject> {
        let p = &self.paras[para];
        let w = |k: usize| p.toks[k].text(p.text);
        if v < lo + 3 || w(v - 1) != "as" || w(v - 2) != "quoted" {
            return None;
        }
        let aux = v - 3;
        super::clauses::be_form(w(aux)).then(|| self.verb_subject(para, aux, lo))
    }
}
