//! `the company said` in a report about one business. An organisation noun
//! in general stays a role (`the paper denied` after another paper was
//! named was as often wrong as right), but a business noun in an article
//! that names one organisation again and again, and no other more than
//! once, can only mean that one.

use super::Speakers;
use super::descriptions::role_word;
use crate::analysis::types::EntityKind;

/// Nouns for a business speaking as itself: not bodies the entity finder
/// often leaves unnamed (`the committee`), nor papers or clubs, several of
/// which a report names.
fn business_noun(w: &str) -> bool {
    matches!(
        w,
        "company"
            | "firm"
            | "group"
            | "bank"
            | "airline"
            | "carrier"
            | "retailer"
            | "maker"
            | "giant"
            | "insurer"
            | "lender"
            | "manufacturer"
            | "operator"
            | "corporation"
    )
}

/// Mentions the article's one business needs (outside quotes).
const MIN_MENTIONS: usize = 3;

impl Speakers<'_> {
    /// The organisation a definite business noun (`the company`, role `r`)
    /// at the verb `v` of paragraph `para` stands for: the only one named
    /// more than once outside quotes, named at least `MIN_MENTIONS` times
    /// and once before the verb; else none.
    pub(super) fn sole_business(&self, para: usize, v: usize, r: &str) -> Option<usize> {
        if !business_noun(role_word(r)) {
            return None;
        }
        let at = (para, v);
        let mut counts = vec![0usize; self.kinds.len()];
        let mut before = vec![false; self.kinds.len()];
        for (c, e) in self.located {
            if self.kinds[*e] == EntityKind::Organization && !self.paras[c.para].quoted(c.tok_start) {
                counts[*e] += 1;
                before[*e] |= (c.para, c.tok_start) < at;
            }
        }
        let mut repeated = (0..counts.len()).filter(|&e| counts[e] > 1);
        let e = repeated.next()?;
        (repeated.next().is_none() && counts[e] >= MIN_MENTIONS && before[e]).then_some(e)
    }
}
