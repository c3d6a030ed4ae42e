//! A person referred back to by a description rather than a name or a
//! pronoun: `the defender told reporters`, `"…," added the 30-year-old`,
//! `the Australian-born actress joked`. Such a subject is a definite role,
//! resolved like one (the person given that title, else the latest person
//! who is a subject, if the description's gender fits).

use super::Speakers;
use super::inverted::joined;
use crate::analysis::lexicon::{Gender, Pronoun};
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
            | "international"
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

    /// `Tom Fry … Coach Bob Hale praised him. The 25-year-old added that …
    /// He said`: the latest sentence, after `from` (a paragraph and a byte
    /// offset) and before token `before` of paragraph `para` (or in the
    /// paragraph before), whose subject is a definite description of a
    /// named person that `pr` can stand for. It is a mention of that
    /// person, so no name before it is the pronoun's latest subject.
    /// Returns the sentence's start (paragraph, token) and the description.
    pub(super) fn described_subject(
        &self,
        pr: Pronoun,
        para: usize,
        before: usize,
        from: (usize, usize),
    ) -> Option<((usize, usize), String)> {
        for q in (para.saturating_sub(1).max(from.0)..=para).rev() {
            let p = &self.paras[q];
            let hi = if q == para { before } else { p.toks.len() };
            let mut end = hi;
            for s in (0..hi).rev() {
                let starts = s == 0 || p.sentence_end(s - 1) && !p.quoted(s - 1);
                if !starts || p.quoted(s) {
                    continue;
                }
                if (q, p.toks[s].start as usize) <= from {
                    return None;
                }
                if let Some(r) = self.description_opening(q, s, end)
                    && super::descriptions::role_fits(pr, &r)
                {
                    return Some(((q, s), r));
                }
                end = s;
            }
        }
        None
    }

    /// The description a sentence from `s` to `end` opens with as its
    /// subject (`But the 25-year-old Dubliner underlined …`, `The former
    /// Scotland international added`): `the`, modifiers, a description's
    /// head (a capitalised noun may follow it), then a verb or a comma.
    fn description_opening(&self, para: usize, s: usize, end: usize) -> Option<String> {
        let p = &self.paras[para];
        let w = |k: usize| p.toks.get(k).filter(|_| k < end).map_or("", |t| t.text(p.text));
        let the = s + usize::from(matches!(w(s), "But" | "And" | "So" | "Yet"));
        if !matches!(w(the), "the" | "The") {
            return None;
        }
        let head = (the + 1..(the + 7).min(end)).find(|&k| self.describes_person(para, k))?;
        let modifiers = (the + 1..head).all(|k| {
            let t = p.toks[k];
            !p.quoted(k) && (t.is(WORD) || t.is(DIGIT) || w(k) == "-") && !self.is_verb(para, k)
        });
        let mut next = head + 1;
        if p.toks.get(next).is_some_and(|t| t.is(CAP) && t.is(WORD)) && p.mention_start(next).is_none() {
            next += 1; // `the 25-year-old Dubliner`
        }
        let verb = next < end && (w(next) == "," || super::clauses::verb_like(p.toks[next], p.text));
        (modifiers && verb).then(|| self.role_phrase(para, head, the + 1).0)
    }

    /// Who a description subject at sentence `s` of paragraph `para` means:
    /// one of the people in view before it (the latest fitting subject, the
    /// previous quote's speaker): the one the article titled with it
    /// (`defender Tom Fry`), else the only one; two make it a guess.
    pub(super) fn described_person(
        &self,
        para: usize,
        s: usize,
        role: &str,
        in_view: [Option<usize>; 2],
    ) -> Option<usize> {
        // `role_owner` may find the title by a name in another sentence
        // (`… his wife Ann. The pop star`): only someone in view counts.
        if let Some(e) = self
            .role_owner(para, s, role)
            .filter(|&e| in_view.contains(&Some(e)))
        {
            return Some(e);
        }
        let e = match in_view {
            [Some(a), Some(b)] if a != b => return None,
            [a, b] => a.or(b)?,
        };
        fits_gender(role, self.genders[e]).then_some(e)
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
