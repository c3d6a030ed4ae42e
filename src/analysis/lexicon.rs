//! Closed word lists the rules lean on (`assets/lexicon.txt`), folded into
//! one table so a word's properties cost one lookup. Kept small and general:
//! anything article-specific belongs in the gazetteer, not here.

use std::sync::OnceLock;

use super::hash::{FxMap, WordFilter};
use super::packed::{self, Heads, PackedKey};

/// Grammatical gender a name or honorific tells us, for `he`/`she`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

const HONORIFIC: u16 = 1;
const MALE: u16 = 1 << 1;
const FEMALE: u16 = 1 << 2;
const TITLE: u16 = 1 << 3;
const ORG: u16 = 1 << 4;
const PLACE: u16 = 1 << 5;
const PLACE_PREP: u16 = 1 << 6;
const PARTICLE: u16 = 1 << 7;
const COMMON: u16 = 1 << 8;
const DAY: u16 = 1 << 9;
const ABBREVIATION: u16 = 1 << 10;
const SPEECH: u16 = 1 << 11;
const ROLE: u16 = 1 << 12;
const FILLER: u16 = 1 << 13;
const FIRST_NAME: u16 = 1 << 14;
/// A speech verb ending in `-ing`, whose subject is the clause's main subject.
const PARTICIPLE: u16 = 1 << 15;

/// The word table: ~1,400 words of up to 16 bytes (the lists' longer
/// words are never looked up) and their flags, keyed by their packed bytes.
type Table = packed::Table<u16>;

/// A word's key in the table: its bytes and its length.
#[inline]
fn key(b: &[u8]) -> PackedKey {
    PackedKey::new(b, b.len() as u32)
}

const LEXICON: &str = include_str!("../../assets/lexicon.txt");
/// Every given name, once (see its header): the sections name finding
/// trusts go into the word table; `speakers::gender` reads it all.
pub(super) const GIVEN_NAMES: &str = include_str!("../../assets/given_names.txt");

fn section_flag(section: &str) -> u16 {
    match section {
        "male-honorifics" => HONORIFIC | MALE,
        "female-honorifics" => HONORIFIC | FEMALE,
        "honorifics" => HONORIFIC,
        "titles" => TITLE,
        "org-words" => ORG,
        "place-words" => PLACE,
        "place-prepositions" => PLACE_PREP,
        "particles" => PARTICLE,
        "common" => COMMON,
        "days" => DAY | COMMON,
        "abbreviations" => ABBREVIATION,
        "speech-verbs" => SPEECH,
        "role-nouns" => ROLE,
        "fillers" => FILLER,
        "male-names" => FIRST_NAME | MALE,
        "female-names" => FIRST_NAME | FEMALE,
        "neutral-names" => FIRST_NAME,
        // Names for `he`/`she` only, read by `speakers::gender`.
        "male" | "female" => 0,
        other => panic!("assets/lexicon.txt or given_names.txt: unknown section [{other}]"),
    }
}

/// The word table, a filter of its words in front of it (three in four of
/// BBC's lowercase words are in no list, and it turns about nine in ten of
/// those away), and a filter of the particles (see `is_particle`).
struct Lists {
    words: Table,
    heads: Heads,
    particles: WordFilter,
}

static TABLE: OnceLock<Lists> = OnceLock::new();

fn table() -> &'static Lists {
    TABLE.get_or_init(|| {
        let mut words: FxMap<&'static str, u16> = FxMap::default();
        let mut flag = 0;
        for line in LEXICON.lines().chain(GIVEN_NAMES.lines()) {
            let line = line.split('#').next().unwrap_or("").trim();
            if let Some(section) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                flag = section_flag(section);
                continue;
            }
            if flag == 0 {
                continue;
            }
            for w in line.split_whitespace() {
                *words.entry(w).or_default() |= flag;
            }
        }
        let short = words.iter().filter(|(w, _)| w.len() <= 16);
        let mut t = Table::with_slots(Vec::new(), short.clone().count());
        let mut heads = Heads::default();
        for (&w, &f) in short {
            if let Err(at) = t.find(key(w.as_bytes()), |_| true) {
                t.insert(at, key(w.as_bytes()), f);
            }
            heads.insert(w.as_bytes());
        }
        let mut particles = WordFilter::default();
        for (w, _) in words.iter().filter(|(_, f)| *f & PARTICLE != 0) {
            particles.insert(w);
        }
        Lists {
            words: t,
            heads,
            particles,
        }
    })
}

/// Whether `word` is a name particle (`al`, `van`): `Lex::of(word).particle()`,
/// for name finding, which asks it of the short lowercase word before every
/// capital. Few are particles, and a filter turns most away at a third of a
/// lookup's cost.
pub(super) fn is_particle(word: &str) -> bool {
    let lists = table();
    lists.particles.may_hold(word) && Lex::of_in(lists, word).particle()
}

#[inline]
fn flags(t: &Lists, word: &str) -> u16 {
    let b = word.as_bytes();
    if b.is_empty() || b.len() > 16 || !t.heads.may_hold(b) {
        return 0;
    }
    t.words.get(key(b)).unwrap_or(0)
}

fn gender(f: u16) -> Option<Gender> {
    if f & MALE != 0 {
        Some(Gender::Male)
    } else if f & FEMALE != 0 {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Everything the word lists say about one word, looked up once (tokens
/// carry it, see `tokens::Token::lex`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lex(u16);

impl Lex {
    /// Makes no call once the table is built: a call would make every
    /// lookup (~470k an hour of news) save and restore registers.
    #[inline]
    pub fn of(word: &str) -> Lex {
        match TABLE.get() {
            Some(t) => Lex::of_in(t, word),
            None => Lex::first(word),
        }
    }

    /// The first lookup: builds the table.
    #[cold]
    #[inline(never)]
    fn first(word: &str) -> Lex {
        Lex::of_in(table(), word)
    }

    #[inline]
    fn of_in(t: &Lists, word: &str) -> Lex {
        let mut f = flags(t, word);
        let b = word.as_bytes();
        if b.len() > 3 && b[b.len() - 2] == b'l' && b[b.len() - 1] == b'y' {
            f |= FILLER;
        }
        if f & SPEECH != 0 && word.ends_with("ing") {
            f |= PARTICIPLE;
        }
        Lex(f)
    }

    fn has(self, bits: u16) -> bool {
        self.0 & bits != 0
    }

    /// An honorific (`Mr`, `Dr`) and the gender it tells, if any.
    pub fn honorific(self) -> Option<Option<Gender>> {
        self.has(HONORIFIC).then(|| gender(self.0))
    }

    /// A known given name and its gender where reliable.
    pub fn first_name(self) -> Option<Option<Gender>> {
        self.has(FIRST_NAME).then(|| gender(self.0))
    }

    pub fn title(self) -> bool {
        self.has(TITLE)
    }

    pub fn org(self) -> bool {
        self.has(ORG)
    }

    pub fn place(self) -> bool {
        self.has(PLACE)
    }

    pub fn place_preposition(self) -> bool {
        self.has(PLACE_PREP)
    }

    pub fn particle(self) -> bool {
        self.has(PARTICLE)
    }

    /// Capitalised but never a name on its own (`The`, `However`, `Monday`).
    pub fn common(self) -> bool {
        self.has(COMMON)
    }

    pub fn day(self) -> bool {
        self.has(DAY)
    }

    /// A full stop after it does not end the sentence.
    pub fn abbreviation(self) -> bool {
        self.has(ABBREVIATION | HONORIFIC)
    }

    /// A speech verb: `Some(true)` for an `-ing` participle, whose subject is
    /// the clause's main subject rather than the word before it.
    pub fn speech_verb(self) -> Option<bool> {
        self.has(SPEECH).then(|| self.has(PARTICIPLE))
    }

    /// A lowercase noun naming a role rather than a person (`spokesman`).
    pub fn role(self) -> bool {
        self.has(ROLE)
    }

    /// Adverbs, auxiliaries and time words between a subject and its verb.
    pub fn filler(self) -> bool {
        self.has(FILLER | DAY)
    }
}

/// Subject pronouns and what they can refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    He,
    She,
    It,
    They,
}

/// A lowercase determiner: after it a speech verb's form is a noun (`the
/// claims`, `his statement`), and a title word is no surname (`the King`).
pub fn determiner(w: &str) -> bool {
    matches!(
        w,
        "a" | "an" | "the" | "his" | "her" | "its" | "their" | "this" | "that" | "our" | "my"
    )
}

/// A finite speech verb written with a capital (`Said`, `Adds`), as when it
/// opens a sentence before its subject (`Said Ann Lee, "…"`).
pub fn capitalised_speech_verb(word: &str) -> bool {
    let b = word.as_bytes();
    if b.len() > 16 || !b.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let mut buf = [0u8; 16];
    buf[..b.len()].copy_from_slice(b);
    buf[0] = buf[0].to_ascii_lowercase();
    std::str::from_utf8(&buf[..b.len()]).is_ok_and(|w| Lex::of(w).speech_verb() == Some(false))
}

/// Verbs that report words only when the words are quoted beside them
/// (`thanked him for "…"`, `"…!" beamed Lee`): as plain speech verbs they
/// would make speakers of `Lee thanked the staff` or `the notes`.
pub fn quoting_verb(word: &str) -> bool {
    matches!(
        word,
        "thanked"
            | "thanks"
            | "referred"
            | "refers"
            | "beamed"
            | "boomed"
            | "reacted"
            | "retaliated"
            | "elaborated"
            | "notes"
            | "remembered"
            | "remembers"
            | "posted"
    )
}

/// Subject pronouns (`he said`, `She added`); `I`/`we` are not resolved.
pub fn pronoun(word: &str) -> Option<Pronoun> {
    match word {
        "he" | "He" => Some(Pronoun::He),
        "she" | "She" => Some(Pronoun::She),
        "it" | "It" => Some(Pronoun::It),
        "they" | "They" => Some(Pronoun::They),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    /// `is_particle` is the table's answer, and its filter turns away the
    /// short words that stand before capitals without the table.
    #[test]
    fn particles_past_the_filter() {
        use super::{Lex, is_particle, table};
        for w in [
            "al", "van", "bin", "de", "della", "the", "of", "in", "and", "Van", "", "x",
        ] {
            assert_eq!(is_particle(w), Lex::of(w).particle(), "{w}");
        }
        assert!(is_particle("van") && is_particle("al") && !is_particle("Van"));
        let turned_away = ["the", "of", "in", "to", "and", "for", "by", "at", "on", "a"];
        assert!(turned_away.iter().all(|w| !table().particles.may_hold(w)));
    }

    /// The heads filter lets every word of the table through (a word it
    /// turned away would lose its flags) and turns away most others.
    #[test]
    fn heads_filter_before_the_table() {
        use super::{GIVEN_NAMES, LEXICON, Lex, key, table};
        let (heads, words) = (&table().heads, &table().words);
        for w in LEXICON.lines().chain(GIVEN_NAMES.lines()) {
            let w = w.split('#').next().unwrap_or("");
            for w in w.split_whitespace().filter(|w| w.len() <= 16) {
                let listed = words.get(key(w.as_bytes())).is_some();
                assert!(!listed || heads.may_hold(w.as_bytes()), "{w}");
            }
        }
        assert!(Lex::of("said").speech_verb().is_some() && Lex::of("also").filler());
        let unlisted = [
            "zebra", "quixotic", "jumped", "gravel", "umbrella", "market", "people",
        ];
        assert!(unlisted.iter().all(|w| !heads.may_hold(w.as_bytes())));
    }

    /// One source of truth for given names: each stands in one section of
    /// `given_names.txt`, and the lexicon lists none.
    #[test]
    fn every_given_name_is_listed_once() {
        use super::{GIVEN_NAMES, LEXICON, Lex};
        let mut seen = std::collections::HashMap::new();
        let mut section = "";
        for line in GIVEN_NAMES.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            if let Some(s) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = s;
                continue;
            }
            for w in line.split_whitespace() {
                if let Some(first) = seen.insert(w, section) {
                    panic!("{w} is in [{first}] and [{section}]");
                }
            }
        }
        assert!(seen.len() > 1_300, "{} names", seen.len());
        assert!(
            !LEXICON
                .lines()
                .any(|l| l.starts_with('[') && l.trim_end().ends_with("-names]")),
            "given names belong in given_names.txt"
        );
        // The trusted sections reach name finding with their gender; the
        // others do not make a word a given name.
        assert_eq!(Lex::of("Tessa").first_name(), Some(Some(super::Gender::Female)));
        assert_eq!(Lex::of("Jordan").first_name(), Some(None));
        assert_eq!(Lex::of("Fidelis").first_name(), None);
    }
}
