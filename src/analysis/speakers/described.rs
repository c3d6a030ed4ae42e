//! A person referred back to by a description rather than a name or a
//! pronoun: `the defender told reporters`, `"…," added the 30-year-old`,
//! `the Australian-born actress joked`. Such a subject is a definite role,
//! resolved like one (the person given that title, else the latest person
//! who is a subject, if the description's gender fits).

use super::Speakers;
use super::inverted::joined;
use crate::analysis::lexicon::Gender;
use crate::analysis::tokens::{CAP, DIGIT, WORD};

/// Nouns news uses for someone it has already named (a profession or a
/// standing, not an office held by someone unnamed: `the judge` is not here).
fn description_noun(w: &str) -> bool {
    matches!(
        w,
        "defender"
            | "striker"
            | "midfielder"
            | "goalkeeper"
            | "winger"
            | "skipper"
            | "sprinter"
            | "athlete"
            | "champion"
            | "golfer"
            | "boxer"
            | "singer"
            | "actor"
            | "actress"
            | "star"
            | "presenter"
            | "comedian"
            | "rapper"
            | "musician"
            | "guitarist"
            | "novelist"
            | "legend"
            | "peer"
            | "politician"
            | "youngster"
            | "teenager"
    )
}

/// `30-year-old`: `old` joined by hyphens to `year` and a number.
fn age(p: &super::Para, k: usize) -> bool {
    k >= 4
        && p.toks[k].text(p.text) == "old"
        && joined(p, k - 1)
        && p.toks[k - 2].text(p.text) == "year"
        && joined(p, k - 3)
        && p.toks[k - 4].is(DIGIT)
}

/// Whether a role phrase is such a description (`attacking midfielder`,
/// `67-year-old`): no unnamed person, so no rival for a later pronoun.
pub(super) fn description(role: &str) -> bool {
    let head = super::descriptions::role_word(role);
    description_noun(head) || head.ends_with("-year-old")
}

impl Speakers<'_> {
    /// Whether token `k` heads a description of a named person (`the
    /// defender`, `the 30-year-old`).
    pub(super) fn describes_person(&self, para: usize, k: usize) -> bool {
        let p = &self.paras[para];
        let t = p.toks[k];
        t.is(WORD) && !t.is(CAP) && (description_noun(t.text(p.text)) || age(p, k))
    }
}

/// Whether a person of gender `g` (if known) can be what `role` describes:
/// `the actress` is no man, nor anyone whose gender the article never tells.
pub(super) fn fits_gender(role: &str, g: Option<Gender>) -> bool {
    match (super::gender::noun(super::descriptions::role_word(role)), g) {
        (Some(want), Some(have)) => want == have,
        (Some(Gender::Female), None) => false,
        _ => true,
    }
}
