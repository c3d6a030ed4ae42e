//! What a number is about when its unit (`%`, `$`) is all it carries: the
//! words near it in its clause (`interest rates … at 4.75%`). Two figures of
//! one unit are about the same thing only when they share such a word, so
//! a story's growth, prices and stakes are not one group of percentages.

use super::word_class::{self, WordClass};
use crate::store::month_of;

/// Tokens looked at each side of the number, inside its clause.
const BEFORE: usize = 8;
const AFTER: usize = 5;

/// Words that say nothing of what a number counts: function words, the
/// verbs of change (`rose`, `fell`), time words, adverbs of degree, the
/// unit's own words and the currencies a sum is converted from (`20bn yen
/// (£102m)`).
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
    "they",
    "them",
    "she",
    "him",
    "you",
    "your",
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
    "through",
    "during",
    "against",
    "within",
    "first",
    "second",
    "third",
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
    "million",
    "billion",
    "trillion",
    "dollar",
    "dollars",
    "pound",
    "euro",
    "yen",
    "won",
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
    // Number words count, they do not say what (`48% use two or three`).
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozen",
    "hundred",
    "thousand",
];

/// The words near the figure in tokens `n..=last` that may say what it is
/// about, without a possessive `'s`, lower case but for a name inside the
/// sentence (`Singapore`): up to `BEFORE` tokens back and `AFTER` on,
/// stopping at the clause's ends (`,` `;` `:` or a dash). A word between
/// `a` and the number says how big it is, not what (`a breakneck 9.5%`).
/// Where a coordinated conjunct with a figure of its own lies beside it
/// (`Altria rising 5% and Reynolds 4.5%`), that conjunct's words are its
/// figure's: the window stops at the `and`.
pub(super) fn near(tokens: &[&str], n: usize, last: usize) -> Vec<String> {
    let ends_clause = |t: &str| t.ends_with([',', ';', ':']) || matches!(t, "-" | "–" | "—");
    let degree = n >= 2 && matches!(tokens[n - 2].to_lowercase().as_str(), "a" | "an");
    let mut out = Vec::new();
    // Words taken since the last coordinator passed, walking back.
    let mut conjunct = 0;
    let mut coordinated = false;
    for (i, t) in tokens[..n].iter().enumerate().rev().take(BEFORE) {
        if ends_clause(t) {
            break;
        }
        if coordinated && is_figure(t) {
            // The words before the `and` are the other figure's.
            out.truncate(conjunct);
            break;
        }
        if is_coordinator(t) && !out.is_empty() && !coordinated {
            (conjunct, coordinated) = (out.len(), true);
        }
        if !(degree && i == n - 1) {
            out.extend(content(t, i == 0));
        }
    }
    if !ends_clause(tokens[last]) {
        let rest = &tokens[last + 1..];
        let clause = rest
            .iter()
            .position(|t| ends_clause(t))
            .map_or(rest.len(), |e| e + 1);
        for (i, t) in rest.iter().take(AFTER).enumerate() {
            if matches!(*t, "-" | "–" | "—") {
                break;
            }
            // `… 5% and Reynolds showing gains of 4.5%`: past the `and`,
            // another figure's conjunct.
            if is_coordinator(t) && opens_conjunct(&rest[i + 1..clause]) {
                break;
            }
            out.extend(content(t, false));
            if ends_clause(t) {
                break;
            }
        }
    }
    out
}

/// Words that join two conjuncts, each of which may give a figure.
fn is_coordinator(token: &str) -> bool {
    matches!(
        token.to_lowercase().as_str(),
        "and" | "but" | "while" | "whereas" | "or"
    )
}

/// A token holding a figure (a digit), not a year (`in 2004`, which is a
/// time, not another conjunct's value).
fn is_figure(token: &str) -> bool {
    let digits = token.trim_matches(|c: char| !c.is_alphanumeric());
    let year =
        digits.len() == 4 && digits.chars().all(|c| c.is_ascii_digit()) && digits.starts_with(['1', '2']);
    token.chars().any(|c| c.is_ascii_digit()) && !year
}

/// Whether `tokens` (after a coordinator, to the clause's end) are a
/// conjunct with words of its own and then a figure.
fn opens_conjunct(tokens: &[&str]) -> bool {
    let figure = tokens.iter().position(|t| is_figure(t));
    figure.is_some_and(|f| tokens[..f].iter().any(|t| content(t, false).is_some()))
}

/// `token` as a word about something, if it is one; its capital kept when
/// it is a name (capitalised and not the sentence's `first` word).
fn content(token: &str, first: bool) -> Option<String> {
    let word = token.trim_matches(|c: char| !c.is_alphanumeric());
    let word = word.strip_suffix("'s").unwrap_or(word);
    let lower = word.to_lowercase();
    let letters = word.chars().all(char::is_alphabetic) && word.chars().count() >= 3;
    let generic = GENERIC.contains(&stem(&lower).as_str()) || GENERIC.contains(&lower.as_str());
    let name = !first && word.starts_with(char::is_uppercase);
    (letters && !generic && month_of(&lower).is_none()).then(|| if name { word.to_owned() } else { lower })
}

/// Whether `word` (lower case, as written) is one that says nothing of
/// what a number counts: it ends the noun phrase after a number
/// (`21 films will`).
pub(super) fn says_nothing(word: &str) -> bool {
    GENERIC.contains(&word)
}

/// How well `word` names what a figure counts, to choose among words the
/// figures share: a common noun (`economy`, `fares`) before a name
/// (`Singapore`) or a noun that is also a participle (`borrowing`), those
/// before a word that is more often a verb, an adjective or an adverb
/// (`predicted`, `compares`, `came`: `word_class`).
pub(super) fn names_it(word: &str) -> u8 {
    if word.starts_with(char::is_uppercase) {
        return 1;
    }
    match word_class::class(word) {
        WordClass::Noun => 2,
        WordClass::Participle => 1,
        WordClass::Verb | WordClass::Adjective | WordClass::Adverb => 0,
    }
}

/// What two spellings of one word share: lower case, without a plural
/// `s`, at most five letters (`economy` and `economic`, `rate` and `rates`).
pub(super) fn stem(word: &str) -> String {
    let word = word.to_lowercase();
    let word = match word.strip_suffix('s') {
        Some(w) if w.len() >= 3 && !w.ends_with('s') => w,
        _ => &word,
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
            near_of("Output at Westfield grew by a robust 6% in May.", "6%"),
            ["Westfield", "output"],
            "`robust` says how much, not what; a name keeps its capital"
        );
        assert_eq!(
            near_of("Ferry fares rose 3%, while tram fares fell.", "3%"),
            ["fares", "ferry"],
            "the clause after the comma is another's"
        );
    }

    #[test]
    fn a_conjunct_with_its_own_figure_keeps_its_words() {
        let s = "Last year Bakers raised rents by 5% and Millers raised wages by 4.5%.";
        assert_eq!(near_of(s, "5%"), ["rents", "Bakers"]);
        assert_eq!(near_of(s, "4.5%"), ["wages", "Millers"]);
        // No words of its own between: the figures share the clause's.
        let s = "Ferry fares rose from 4% to 4.5% in spring.";
        assert_eq!(near_of(s, "4.5%"), ["fares", "ferry", "spring"]);
        let s = "Tram fares of 3% and 4% were agreed.";
        assert_eq!(near_of(s, "4%"), ["fares", "tram", "agreed"]);
        // A year is a time, not another conjunct's figure.
        let s = "Sales in 2004 and exports rose 5%.";
        assert_eq!(near_of(s, "5%"), ["exports", "sales"]);
    }

    #[test]
    fn spellings_of_one_word_share_a_stem() {
        let w = |s: &[&str]| s.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(share(&w(&["economic"]), &w(&["economy"])));
        assert!(share(&w(&["rents"]), &w(&["rent"])));
        assert!(!share(&w(&["wages"]), &w(&["rents"])));
        assert!(share(&w(&["Economy"]), &w(&["economy"])));
    }

    #[test]
    fn a_noun_names_a_figure_before_a_name_or_a_verb() {
        assert!(names_it("fares") > names_it("Westfield"));
        assert!(names_it("Westfield") > names_it("predicted"));
        assert_eq!(names_it("speed"), names_it("fares"));
        assert_eq!(names_it("taking"), names_it("sharply"));
        assert!(names_it("costs") > names_it("borrowing"));
        // Whatever the ending: a verb in `-s` or irregular, an adjective.
        assert!(names_it("Westfield") > names_it("compares"));
        assert!(names_it("Westfield") > names_it("came"));
        assert!(names_it("fares") > names_it("national"));
    }
}
