//! What a number is about when its unit (`%`, `$`) is all it carries: the
//! words near it in its clause (`interest rates … at 4.75%`). Two figures of
//! one unit are about the same thing only when they share such a word, so
//! a story's growth, prices and stakes are not one group of percentages.

use crate::store::month_of;

/// Tokens looked at each side of the number, inside its clause.
const BEFORE: usize = 8;
const AFTER: usize = 5;

/// Words that say nothing of what a number counts: function words, the
/// verbs of change (`rose`, `fell`), time words, adverbs of degree and the
/// unit's own words.
const GENERIC: &[&str] = &[
    "the",
    "and",
    "but",
    "for",
    "from",
    "with",
    "into",
    "onto",
    "than",
    "that",
    "this",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "was",
    "were",
    "are",
    "has",
    "had",
    "have",
    "been",
    "being",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "not",
    "also",
    "which",
    "who",
    "what",
    "when",
    "where",
    "while",
    "although",
    "though",
    "however",
    "after",
    "before",
    "since",
    "between",
    "about",
    "over",
    "under",
    "some",
    "more",
    "less",
    "most",
    "least",
    "nearly",
    "almost",
    "around",
    "only",
    "just",
    "even",
    "again",
    "still",
    "well",
    "already",
    "said",
    "says",
    "say",
    "per",
    "cent",
    "percent",
    "percentage",
    "point",
    "rose",
    "rise",
    "risen",
    "rising",
    "fell",
    "fall",
    "fallen",
    "falling",
    "grew",
    "grow",
    "raised",
    "cut",
    "increased",
    "reduced",
    "added",
    "dropped",
    "up",
    "down",
    "high",
    "low",
    "higher",
    "lower",
    "highest",
    "lowest",
    "above",
    "below",
    "year",
    "month",
    "week",
    "day",
    "quarter",
    "previous",
    "last",
    "next",
    "earlier",
    "later",
    "rate",
    "figure",
    "number",
    "total",
    "level",
];

/// The words near the figure in tokens `n..=last` that may say what it is
/// about, lower case, without a possessive `'s`: up to `BEFORE` tokens back
/// and `AFTER` on, stopping at the clause's ends (`,` `;` `:` or a dash).
pub(super) fn near(tokens: &[&str], n: usize, last: usize) -> Vec<String> {
    let ends_clause = |t: &str| t.ends_with([',', ';', ':']) || matches!(t, "-" | "–" | "—");
    let mut out = Vec::new();
    for t in tokens[..n].iter().rev().take(BEFORE) {
        if ends_clause(t) {
            break;
        }
        out.extend(content(t));
    }
    if !ends_clause(tokens[last]) {
        for t in tokens[last + 1..].iter().take(AFTER) {
            if matches!(*t, "-" | "–" | "—") {
                break;
            }
            out.extend(content(t));
            if ends_clause(t) {
                break;
            }
        }
    }
    out
}

/// `token` as a word about something, if it is one.
fn content(token: &str) -> Option<String> {
    let word = token.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let word = word.strip_suffix("'s").unwrap_or(&word).to_owned();
    let letters = word.chars().all(char::is_alphabetic) && word.chars().count() >= 3;
    let generic = GENERIC.contains(&stem(&word).as_str()) || GENERIC.contains(&word.as_str());
    (letters && !generic && month_of(&word).is_none()).then_some(word)
}

/// What two spellings of one word share: without a plural `s`, at most
/// five letters (`economy` and `economic`, `rate` and `rates`).
pub(super) fn stem(word: &str) -> String {
    let word = match word.strip_suffix('s') {
        Some(w) if w.len() >= 3 && !w.ends_with('s') => w,
        _ => word,
    };
    word.chars().take(5).collect()
}

/// Whether two figures' words share one.
pub(super) fn share(a: &[String], b: &[String]) -> bool {
    a.iter().any(|x| b.iter().any(|y| stem(x) == stem(y)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn near_of(sentence: &str, number: &str) -> Vec<String> {
        let tokens: Vec<&str> = sentence.split_whitespace().collect();
        let n = tokens
            .iter()
            .position(|t| t.starts_with(number))
            .expect("the number");
        near(&tokens, n, n)
    }

    #[test]
    fn the_words_of_the_numbers_clause_only() {
        assert_eq!(
            near_of(
                "In the spring, the town's bakers raised bread prices by 4% this year.",
                "4%"
            ),
            ["prices", "bread", "bakers", "town"]
        );
        assert_eq!(
            near_of("Ferry fares rose 3%, while tram fares fell.", "3%"),
            ["fares", "ferry"],
            "the clause after the comma is another's"
        );
    }

    #[test]
    fn spellings_of_one_word_share_a_stem() {
        let w = |s: &[&str]| s.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(share(&w(&["economic"]), &w(&["economy"])));
        assert!(share(&w(&["rents"]), &w(&["rent"])));
        assert!(!share(&w(&["wages"]), &w(&["rents"])));
    }
}
