//! Closed word lists the rules lean on (`assets/lexicon.txt`), folded into
//! one table so a word's properties cost one lookup. Kept small and general:
//! anything article-specific belongs in the gazetteer, not here.

use std::sync::OnceLock;

use super::hash::FxMap;

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

/// The word table. Words of up to eight bytes sit in a direct-mapped array
/// indexed by a cheap signature and keyed by their bytes packed in a `u64`,
/// so most lookups are one load and one compare; longer words, and the few
/// whose signatures collide, go to a hash map.
struct Table {
    slots: Vec<(u64, u16)>,
    spill: FxMap<&'static str, u16>,
}

/// Marks a slot whose signature several short words share: ask `spill`.
const SHARED: u64 = u64::MAX;

/// The word's first eight bytes packed in a `u64` (the whole word when short).
#[inline]
fn pack(b: &[u8]) -> u64 {
    match b.first_chunk::<8>() {
        Some(head) => u64::from_le_bytes(*head),
        None => b.iter().rev().fold(0, |v, &c| v << 8 | u64::from(c)),
    }
}

/// A 16-bit slot for a word: its packed bytes and length, mixed.
#[inline]
fn signature(packed: u64, len: usize) -> usize {
    ((packed ^ (len as u64) << 59).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
}

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
        other => panic!("assets/lexicon.txt: unknown section [{other}]"),
    }
}

#[inline]
fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut words: FxMap<&'static str, u16> = FxMap::default();
        let mut flag = 0;
        for line in include_str!("../../assets/lexicon.txt").lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            if let Some(section) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                flag = section_flag(section);
                continue;
            }
            for w in line.split_whitespace() {
                *words.entry(w).or_default() |= flag;
            }
        }
        let mut t = Table {
            slots: vec![(0, 0); 1 << 16],
            spill: FxMap::default(),
        };
        for (&w, &f) in &words {
            let b = w.as_bytes();
            let slot = &mut t.slots[signature(pack(b), b.len())];
            if b.len() > 8 || slot.0 == SHARED {
                t.spill.insert(w, f);
            } else if slot.0 == 0 {
                *slot = (pack(b), f);
            } else {
                // A second short word here: move both to the spill map.
                let other = words
                    .iter()
                    .find(|(o, _)| o.len() <= 8 && pack(o.as_bytes()) == slot.0);
                if let Some((&o, &of)) = other {
                    t.spill.insert(o, of);
                }
                t.spill.insert(w, f);
                *slot = (SHARED, 0);
            }
        }
        t
    })
}

#[inline]
fn flags(word: &str) -> u16 {
    let b = word.as_bytes();
    if b.is_empty() || b.len() > 16 {
        return 0;
    }
    let t = table();
    if b.len() > 8 {
        return t.spill.get(word).copied().unwrap_or(0);
    }
    let packed = pack(b);
    let (key, f) = t.slots[signature(packed, b.len())];
    if key == 0 {
        0
    } else if key == SHARED {
        t.spill.get(word).copied().unwrap_or(0)
    } else if key == packed {
        f
    } else {
        0
    }
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
    #[inline]
    pub fn of(word: &str) -> Lex {
        let mut f = flags(word);
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
