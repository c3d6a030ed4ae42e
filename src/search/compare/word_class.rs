//! Which words name a thing (`assets/not_nouns.txt`, from WordNet's senses
//! and forms; `tools/not_nouns.py`): the common English words that are a
//! noun less often than a verb, an adjective or an adverb (listed under the
//! commonest), and the nouns that are also a verb's participle. A figure's group is named by the noun
//! it is about, not by the verb beside it (`This compares with 4%`, `came
//! seventh with $3m`), whatever the verb's ending, and by a plain noun
//! before a participle (`borrowing costs`: `costs`).

use crate::analysis::hash::FxMap;
use std::sync::OnceLock;

/// What a lowercase word is, as a name for what a figure counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum WordClass {
    /// A noun, or a word the list does not know (a name, a rare noun,
    /// `e-mails`).
    Noun,
    /// A noun that is also a verb's `-ing` or `-ed` form (`forecasting`).
    Participle,
    /// More often a verb than a noun (`compares`, `came`): it ends a noun
    /// phrase (`a 93 minute film opens`).
    Verb,
    /// More often an adjective (`annual`, `free`), which may stand inside a
    /// noun phrase (`duty free stores`), but names nothing alone.
    Adjective,
    /// More often an adverb (`sharply`), which ends a noun phrase.
    Adverb,
}

impl WordClass {
    /// Whether the word ends a noun phrase after the number.
    pub(super) fn ends_phrase(self) -> bool {
        matches!(self, WordClass::Participle | WordClass::Verb | WordClass::Adverb)
    }
}

pub(super) fn class(word: &str) -> WordClass {
    static WORDS: OnceLock<FxMap<&'static str, WordClass>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let mut words = FxMap::default();
        let mut class = WordClass::Verb;
        for line in include_str!("../../../assets/not_nouns.txt").lines() {
            match line {
                "[verbs]" => class = WordClass::Verb,
                "[adjectives]" => class = WordClass::Adjective,
                "[adverbs]" => class = WordClass::Adverb,
                "[participles]" => class = WordClass::Participle,
                _ if line.starts_with('#') => {}
                _ => words.extend(line.split_whitespace().map(|w| (w, class))),
            }
        }
        words
    });
    words.get(word).copied().unwrap_or(WordClass::Noun)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_and_adjectives_of_any_ending_are_not_nouns() {
        for word in [
            "compares",
            "came",
            "took",
            "sold",
            "suggests",
            "predicted",
            "taking",
        ] {
            assert_eq!(class(word), WordClass::Verb, "{word}");
        }
        for word in ["annual", "secondary", "likely"] {
            assert_eq!(class(word), WordClass::Adjective, "{word}");
        }
        assert_eq!(class("sharply"), WordClass::Adverb);
        for word in ["fares", "growth", "shares", "tax", "firms", "people", "westfield"] {
            assert_eq!(class(word), WordClass::Noun, "{word}");
        }
        for word in ["forecasting", "borrowing", "spending"] {
            assert_eq!(class(word), WordClass::Participle, "{word}");
        }
    }
}
