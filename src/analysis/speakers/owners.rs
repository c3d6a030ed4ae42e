//! Who a definite role or a document stands for: the person the article
//! titled with the role (`Tory leader Michael Howard` for `the Tory
//! leader`), the latest person subject, the organisation that issued a
//! report.

use super::Speakers;
use crate::analysis::names::Candidate;
use crate::analysis::tokens::CAP;
use crate::analysis::types::EntityKind;

impl Speakers<'_> {
    /// `said the report`, `an FA statement said`: a document speaks for the
    /// organisation named in the phrase, or else (`the report`) for the
    /// latest organisation the paragraph or the one before is about.
    pub(super) fn document_owner(&self, para: usize, v: usize, role: &str, definite: bool) -> Option<usize> {
        let head = super::descriptions::role_word(role);
        if !document(role) {
            return None;
        }
        let org = |e: usize| matches!(self.kinds[e], EntityKind::Organization | EntityKind::Place);
        let before = |c: &Candidate| (c.para, c.tok_start) < (para, v);
        let mut near = self.located.iter().rev().filter(|(c, e)| before(c) && org(*e));
        let in_phrase = self.located.iter().find(|(c, e)| {
            c.para == para
                && c.tok_start + 6 >= v
                && c.tok_start <= v + 6
                && org(*e)
                && !self.paras[para].quoted(c.tok_start)
        });
        match in_phrase {
            Some((_, e)) => Some(*e),
            // `the report`: the organisation named with a report before (`a World Bank report`).
            None if definite => near
                .find(|(c, _)| {
                    let p = &self.paras[c.para];
                    (c.tok_end..(c.tok_end + 2).min(p.toks.len())).any(|k| p.toks[k].text(p.text) == head)
                })
                .map(|(_, e)| *e),
            None => None,
        }
    }

    /// The person the text is about just before token `v`: the latest
    /// person subject in this paragraph or the one before.
    pub(super) fn latest_subject(&self, para: usize, v: usize) -> Option<usize> {
        self.located.iter().enumerate().rev().find_map(|(i, (c, e))| {
            let fits = (c.para, c.tok_start) < (para, v)
                && c.para + 1 >= para
                && self.subject(i)
                && self.kinds[*e] == EntityKind::Person;
            fits.then_some(*e)
        })
    }

    /// `the Tory leader said`: the person the article introduced with that
    /// title (`Tory leader Michael Howard`, `Michael Howard, the Tory leader`),
    /// nearest before the cue.
    pub(super) fn role_owner(&self, para: usize, v: usize, role: &str) -> Option<usize> {
        let head = super::descriptions::role_word(role);
        let pos = (para, v);
        self.located.iter().rev().find_map(|(c, e)| {
            // `Kostas Kenteris' lawyer`: the title is someone else's.
            if (c.para, c.tok_start) >= pos || self.kinds[*e] != EntityKind::Person || c.possessive {
                return None;
            }
            self.holds_title(c, head, 6).then_some(*e)
        })
    }

    /// Whether mention `c` carries a role whose head is `head` as its title:
    /// the head stands within three tokens before the name or within `reach`
    /// after it. A name that says whose role it is does not hold it: right
    /// before the head (`a BaFin spokeswoman`, `the senior Cruz adviser`) or
    /// after `to`, `for`, `of` (`an adviser to Tom Fry`, `lawyers for Cruz`).
    pub(super) fn holds_title(&self, c: &Candidate, head: &str, reach: usize) -> bool {
        let p = &self.paras[c.para];
        let object = c.tok_start > 0 && matches!(p.toks[c.tok_start - 1].text(p.text), "to" | "for" | "of");
        let before = c.tok_start.saturating_sub(if object { 0 } else { 3 })..c.tok_start;
        let after = c.tok_end + 1..(c.tok_end + reach).min(p.toks.len());
        before
            .chain(after)
            .any(|k| p.toks[k].text(p.text).eq_ignore_ascii_case(head))
    }

    /// Whether the article gives `e` a formal title (capitalised) other
    /// than the role's head right before a name (`Home Secretary Charles
    /// Clarke` is not `the prime minister`; `Wigan chairman Maurice Lindsay`
    /// may be `the Warriors chief`).
    pub(super) fn titled_otherwise(&self, e: usize, role: &str) -> bool {
        let head = super::descriptions::role_word(role);
        self.located.iter().any(|(c, o)| {
            let p = &self.paras[c.para];
            let Some(k) = c
                .tok_start
                .checked_sub(1)
                .filter(|_| *o == e && !p.quoted(c.tok_start))
            else {
                return false;
            };
            let lex = p.toks[k].lex(p.text);
            p.toks[k].is(CAP)
                && lex.honorific().is_none()
                && lex.title()
                && !p.toks[k].text(p.text).eq_ignore_ascii_case(head)
        })
    }
}

/// Whether a role phrase names a document (`the report`, `an FA statement`).
pub(super) fn document(role: &str) -> bool {
    matches!(
        super::descriptions::role_word(role),
        "report" | "statement" | "study" | "survey" | "letter" | "website" | "research"
    )
}

/// Roles that stand for an unnamed person (`the Kremlin spokesman`), as
/// opposed to a description of someone already named (`the comedian`).
pub(super) fn anonymous(role: &str) -> bool {
    let head = super::descriptions::role_word(role);
    matches!(
        head,
        "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "official"
            | "officials"
            | "source"
            | "sources"
            | "diplomat"
            | "diplomats"
            | "aide"
            | "aides"
            | "adviser"
            | "advisers"
            | "insider"
            | "insiders"
            | "analyst"
            | "analysts"
            | "expert"
            | "experts"
            | "witness"
            | "witnesses"
            | "resident"
            | "residents"
            | "police"
            | "authorities"
            | "statement"
            | "report"
            | "government"
            | "spokesmen"
    )
}
