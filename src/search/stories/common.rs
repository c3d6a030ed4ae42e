//! How common a word is in English news, known before the folder is read:
//! a folder of five articles cannot show that `people` is in a third of all
//! articles, and weighted by its own counts alone it looks as rare as a
//! name. The folder's counts are pooled with `PRIOR_ARTICLES` imagined
//! articles in which each word is as common as this prior says, so the
//! prior rules small folders and fades in large ones.

use crate::analysis::common_words::{self, Level};

/// The imagined articles pooled with the folder's: at 100,000 articles
/// they move a weight by 1%, in a folder of ten they are nearly all of it.
pub(super) const PRIOR_ARTICLES: f32 = 1000.0;
/// The share of articles a word of SCOWL's level 10 (`[common]`) or a year
/// is taken to be in: in a folder of ten it weighs ln(1010/51) = 3 against
/// a name's ln(1010/2) = 6.2; in a large folder where it is rare, its
/// counts there rule.
const COMMON_SHARE: f32 = 0.05;
/// The share for a word of level 20 (`[frequent]`): ln(1010/12) = 4.4.
pub(super) const FREQUENT_SHARE: f32 = 0.01;

/// The share of articles the word is taken to be in before counting, 0 for
/// a word the lists do not know (a name, a rare word, most numbers).
pub(super) fn prior_share(word: &str) -> f32 {
    if is_year(word) {
        return COMMON_SHARE;
    }
    match common_words::level(word) {
        Some(Level::Common) => COMMON_SHARE,
        Some(Level::Frequent) => FREQUENT_SHARE,
        None => 0.0,
    }
}

/// 1900-2099: most articles of a year name it, and it dates nothing closer.
fn is_year(word: &str) -> bool {
    word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && (word.starts_with("19") || word.starts_with("20"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_words_and_years_are_common_names_and_figures_are_not() {
        assert_eq!(prior_share("people"), COMMON_SHARE);
        assert_eq!(prior_share("would"), COMMON_SHARE);
        assert_eq!(prior_share("2004"), COMMON_SHARE);
        assert_eq!(prior_share("football"), FREQUENT_SHARE);
        assert_eq!(prior_share("microsoft"), 0.0);
        assert_eq!(prior_share("89"), 0.0);
        assert_eq!(prior_share("3,000"), 0.0);
    }
}
