//! Capitalised words that name nothing on their own (`assets/generic.txt`):
//! `News`, `Open`, `GMT`, `English`. The analysis drops a name that is only
//! one of these, and the corpus never links entities through one.

use super::hash::{FxSet, WordFilter};
use super::lexicon::Lex;
use std::sync::OnceLock;

/// The list, and a filter that turns most other names away before the
/// set's hash and string compare (names are asked about by the thousand).
fn table() -> &'static (FxSet<&'static str>, WordFilter) {
    static TABLE: OnceLock<(FxSet<&'static str>, WordFilter)> = OnceLock::new();
    TABLE.get_or_init(|| {
        let set: FxSet<&str> = include_str!("../../assets/generic.txt")
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim())
            .filter(|l| !l.is_empty())
            .collect();
        let mut filter = WordFilter::default();
        set.iter().for_each(|w| filter.insert(w));
        (set, filter)
    })
}

/// Whether `name`, as written, is a generic word or phrase, or a single
/// letter (`B`).
pub fn is_generic(name: &str) -> bool {
    let mut chars = name.chars();
    let (set, filter) = table();
    matches!((chars.next(), chars.next()), (Some(_), None)) || filter.may_hold(name) && set.contains(name)
}

/// Whether a name of `words` words that opens with a given name and ends in
/// `last` names a show or a prize after a person (`Jimmy Fox Live`, `the Ann
/// Lee Show`), not the person: three words or more, the last generic and
/// not an organisation's word (`Jamie Lee Foundation` is an organisation).
pub fn after_a_person(words: usize, last: &str) -> bool {
    words >= 3 && is_generic(last) && !Lex::of(last).org()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_words_are_case_sensitive_and_whole() {
        assert!(is_generic("News"));
        assert!(is_generic("Open"));
        assert!(is_generic("Grand Slam"));
        assert!(is_generic("B"));
        assert!(!is_generic("news"));
        assert!(!is_generic("Australian Open"));
        assert!(!is_generic("BBC News"));
    }

    #[test]
    fn a_persons_name_and_a_generic_word_name_a_show() {
        assert!(after_a_person(3, "Live") && after_a_person(4, "Show"));
        assert!(!after_a_person(2, "West")); // `Kanye West`
        assert!(!after_a_person(3, "Group")); // an organisation
    }
}
