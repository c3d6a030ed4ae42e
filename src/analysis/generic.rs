//! Capitalised words that name nothing on their own (`assets/generic.txt`):
//! `News`, `Open`, `GMT`, `English`. The analysis drops a name that is only
//! one of these, and the corpus never links entities through one.

use super::hash::FxSet;
use std::sync::OnceLock;

fn table() -> &'static FxSet<&'static str> {
    static TABLE: OnceLock<FxSet<&'static str>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("../../assets/generic.txt")
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim())
            .filter(|l| !l.is_empty())
            .collect()
    })
}

/// Whether `name`, as written, is a generic word or phrase, or a single
/// letter (`B`).
pub fn is_generic(name: &str) -> bool {
    let mut chars = name.chars();
    matches!((chars.next(), chars.next()), (Some(_), None)) || table().contains(name)
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
}
