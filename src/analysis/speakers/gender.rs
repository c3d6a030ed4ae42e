//! What the article tells of each person's gender, so that `he said` skips
//! the women in view and `she said` the men. Evidence, strongest first:
//! an honorific (`Mrs`, `Sir`, from name finding), a gendered noun beside a
//! name (`actress Kate Hale`, `Prince Harry`, `his wife Ann Lee`, `Tom Fry,
//! her husband,`); a given name the lists know (`assets/given_names.txt`,
//! as the first word of a name of two words or more); the pronoun a
//! person's own report uses (`Ms Hale said she`). The strongest kind of
//! evidence there is decides, and where it disagrees the gender stays
//! unknown.

use std::sync::OnceLock;

use super::Para;
use crate::analysis::hash::FxMap;
use crate::analysis::lexicon::Gender;
use crate::analysis::names::Candidate;
use crate::analysis::tokens::{CAP, POSSESSIVE, SENTENCE_END, WORD};
use crate::analysis::types::EntityKind;

/// Given names and the gender they tell (`assets/given_names.txt`, every
/// section: those name finding trusts too).
fn given_names() -> &'static FxMap<&'static str, Gender> {
    static NAMES: OnceLock<FxMap<&'static str, Gender>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names = FxMap::default();
        let mut gender = None;
        for line in crate::analysis::lexicon::GIVEN_NAMES.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            if let Some(section) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                gender = match section {
                    "male" | "male-names" => Some(Gender::Male),
                    "female" | "female-names" => Some(Gender::Female),
                    _ => None,
                };
            } else if let Some(g) = gender {
                names.extend(line.split_whitespace().map(|w| (w, g)));
            }
        }
        names
    })
}

/// The gender a given name tells, if the lists know it.
pub(super) fn given_name(word: &str) -> Option<Gender> {
    given_names().get(word).copied()
}

/// Nouns that say a person is a man or a woman; titles capitalised too
/// (`Queen` before a name is cut from it as a title). A `match`, compiled
/// to a few comparisons: it runs beside every name.
pub(super) fn noun(word: &str) -> Option<Gender> {
    match word {
        "actress" | "spokeswoman" | "chairwoman" | "businesswoman" | "congresswoman" | "policewoman"
        | "sportswoman" | "woman" | "girl" | "wife" | "widow" | "mother" | "mum" | "daughter" | "sister"
        | "aunt" | "niece" | "grandmother" | "granddaughter" | "girlfriend" | "fiancee" | "bride"
        | "queen" | "princess" | "duchess" | "countess" | "heiress" | "waitress" | "headmistress"
        | "Queen" | "Princess" | "Duchess" | "Countess" | "Actress" => Some(Gender::Female),
        "actor" | "spokesman" | "chairman" | "businessman" | "congressman" | "policeman" | "sportsman"
        | "man" | "boy" | "husband" | "widower" | "father" | "dad" | "son" | "brother" | "uncle"
        | "nephew" | "grandfather" | "grandson" | "boyfriend" | "fiance" | "king" | "prince" | "duke"
        | "earl" | "monk" | "headmaster" | "King" | "Prince" | "Duke" | "Earl" | "Actor" => {
            Some(Gender::Male)
        }
        _ => None,
    }
}

/// Evidence counts per entity: [male, female] for each strength.
#[derive(Clone, Copy, Default)]
struct Votes([[u16; 2]; 3]);

const STRONG: usize = 0;
const NAME: usize = 1;
const WEAK: usize = 2;

impl Votes {
    fn add(&mut self, tier: usize, g: Gender) {
        self.0[tier][usize::from(g == Gender::Female)] += 1;
    }
    /// The strongest tier with any evidence decides, if it agrees.
    fn decide(self) -> Option<Gender> {
        let [m, f] = self.0.into_iter().find(|[m, f]| m + f > 0)?;
        match (m > 0, f > 0) {
            (true, false) => Some(Gender::Male),
            (false, true) => Some(Gender::Female),
            _ => None,
        }
    }
}

/// Each entity's gender as far as the article tells it, and whether the
/// article shows it is a person's name (a given name the lists know, as in
/// `Fidelis Nanga`, or a gendered noun beside it), where name finding, which
/// knows fewer given names, could not say. `known` is what name finding saw
/// (honorifics, the lexicon's given names).
pub(super) fn genders(
    paras: &[Para],
    located: &[(Candidate, usize)],
    kinds: &[EntityKind],
    known: &[Option<Gender>],
) -> (Vec<Option<Gender>>, Vec<bool>) {
    let mut votes = vec![Votes::default(); known.len()];
    for (e, g) in known.iter().enumerate() {
        if let Some(g) = g {
            votes[e].add(STRONG, *g);
        }
    }
    for (c, e) in located {
        // Organisations and places are never `he` or `she`: not looked at.
        if matches!(kinds[*e], EntityKind::Organization | EntityKind::Place) {
            continue;
        }
        let p = &paras[c.para];
        if p.quoted(c.tok_start) {
            continue;
        }
        let v = &mut votes[*e];
        if let Some(g) = beside(p, c) {
            v.add(STRONG, g);
        }
        // Weaker evidence only counts where there is no stronger, so it is
        // looked for only while there is none (one given name is enough).
        if v.0[STRONG] != [0, 0] || v.0[NAME] != [0, 0] {
            continue;
        }
        if c.tok_end - c.tok_start >= 2
            && let Some(g) = given_name(p.toks[c.tok_start].text(p.text))
        {
            v.add(NAME, g);
        } else if let Some(g) = own_report(p, c) {
            v.add(WEAK, g);
        }
    }
    let person = votes
        .iter()
        .map(|v| v.0[STRONG] != [0, 0] || v.0[NAME] != [0, 0])
        .collect();
    (votes.into_iter().map(Votes::decide).collect(), person)
}

/// A gendered noun right before the name (`actress Kate Hale`, `his wife,
/// Ann Lee`) or heading an apposition after it (`Tom Fry, her husband,`),
/// or `Tom Fry and his wife`.
fn beside(p: &Para, c: &Candidate) -> Option<Gender> {
    let text = |k: usize| p.toks.get(k).map_or("", |t| t.text(p.text));
    let is_noun = |k: usize| {
        p.toks
            .get(k)
            .filter(|t| t.is(WORD) && !t.is(POSSESSIVE) && !p.quoted(k))
            .and_then(|t| noun(t.text(p.text)))
    };
    // Past the honorific or title cut from the name (`his wife, Dr Ann Lee`).
    let mut start = c.tok_start;
    while start > 0 && {
        let t = p.toks[start - 1];
        t.is(WORD) && t.is(CAP) && (t.lex(p.text).honorific().is_some() || t.lex(p.text).title())
            || text(start - 1) == "."
    } {
        start -= 1;
        // `Queen Rania`, `Prince Harry`: the title itself may tell.
        if let Some(g) = is_noun(start) {
            return Some(g);
        }
    }
    let before = start.checked_sub(1).and_then(|k| {
        if text(k) == "," {
            // `his wife, Ann Lee`: the noun owned or determined.
            let owned = k >= 2 && matches!(text(k - 2), "his" | "her" | "the" | "a" | "His" | "Her" | "The");
            k.checked_sub(1).filter(|_| owned).and_then(is_noun)
        } else {
            is_noun(k)
        }
    });
    if before.is_some() {
        return before;
    }
    let end = c.tok_end;
    match text(end) {
        // `Tom Fry and his wife`: his/her right after `and` is the name's.
        "and" => match text(end + 1) {
            "his" => Some(Gender::Male),
            "her" => Some(Gender::Female),
            _ => None,
        },
        // `Tom Fry, her husband,`, `Ann Lee, a mother of two,`: the first
        // noun of a determined phrase set off by the comma.
        "," if matches!(text(end + 1), "the" | "a" | "an" | "his" | "her") => (end + 2..end + 5)
            .take_while(|&k| {
                p.toks.get(k).is_some_and(|t| {
                    t.is(WORD) && !t.is(CAP) && !matches!(t.text(p.text), "of" | "who" | "whose" | "and")
                })
            })
            .find_map(is_noun),
        _ => None,
    }
}

/// `Ms Hale said she …`, `Tom Fry told reporters he`: a person's own report
/// of themself; the pronoun right after the speech verb (and `that`).
fn own_report(p: &Para, c: &Candidate) -> Option<Gender> {
    let mut k = c.tok_end;
    let word = |k: usize| p.toks.get(k).filter(|t| t.is(WORD) && !p.quoted(k));
    // Most names are followed by punctuation or a capital: no lookup.
    if word(k).is_none_or(|t| t.is(CAP)) {
        return None;
    }
    while word(k).is_some_and(|t| !t.is(CAP) && t.lex(p.text).filler()) && k < c.tok_end + 3 {
        k += 1;
    }
    word(k).filter(|t| t.lex(p.text).speech_verb() == Some(false))?;
    k += 1;
    if word(k).is_some_and(|t| t.text(p.text) == "that") {
        k += 1;
    }
    let t = word(k)?;
    if p.toks[c.tok_start..k].iter().any(|t| t.is(SENTENCE_END)) {
        return None;
    }
    match t.text(p.text) {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    }
}
