//! The noun a number counts: the head of the words after it, not their
//! first (`800,000 local government workers` counts `workers`), and no
//! noun at all when the number is part of a name (`Series 60 phones`,
//! `50 Cent`, `1230 GMT`); of a share or count `of` something, the head of
//! the words after `of` (`44% of Britons`).

use super::subject;
use super::word_class::{self, WordClass};
use crate::store::month_of;

/// Words after a number that are not what it counts.
const FUNCTION_WORDS: [&str; 22] = [
    "to", "and", "or", "of", "in", "on", "at", "by", "for", "from", "the", "a", "as", "than", "is", "was",
    "are", "were", "has", "have", "had", "per",
];
/// Plurals without an `s`; `police` and `staff` are left out, being as
/// often a modifier (`police officers`) as what is counted.
const IRREGULAR: [&str; 6] = ["people", "children", "men", "women", "feet", "personnel"];
/// Singulars ending in `s`.
const SINGULAR_S: [&str; 4] = ["news", "series", "species", "means"];
/// The longest noun phrase looked at after a number.
const MOST: usize = 4;

/// What the number at `tokens[n]` counts, reading from `tokens[from]`
/// (after `new`, `extra`…), lower case. The noun phrase is the plain words
/// there up to a function word, a generic or verb-like word (after the
/// first: `track purchased`) or the clause's end, at most four; its head is
/// its first plural (a count above one is of a plural), or else its last
/// word when something ends it (`93 minute film will`) and its first when
/// it is cut at four. None when the first word is a function word, when the
/// number belongs to a name (a capital right before it, or a name after it
/// and no plural: `Radio 1 DJ`), or when the head is a verb (`312,000
/// compared`, `400 came`); a participle before a noun is a modifier (`10
/// proposed routes`), an adjective may stand inside the phrase (`90 duty
/// free stores`). Verb, adjective and noun are the lexicon's (`word_class`):
/// `a 93 minute film opens` counts `film`.
pub(super) fn counted(tokens: &[&str], n: usize, from: usize) -> Option<String> {
    if inside_name(tokens, n) {
        return None;
    }
    let mut run: Vec<(String, bool)> = Vec::new();
    let mut ended = false;
    for (k, raw) in tokens.iter().skip(from).take(MOST).enumerate() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = word.to_lowercase();
        let plain = !word.is_empty()
            && !raw.starts_with('(')
            && word.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'');
        let ends_phrase = FUNCTION_WORDS.contains(&lower.as_str())
            || k > 0
                && (subject::says_nothing(&lower)
                    || word_class::class(&lower).ends_phrase()
                    || month_of(&lower).is_some());
        if !plain || ends_phrase {
            ended = true;
            break;
        }
        run.push((lower, word.starts_with(char::is_uppercase)));
        if raw.ends_with(|c: char| !c.is_alphanumeric()) {
            ended = true;
            break;
        }
    }
    let head = match run.iter().find(|(w, _)| plural(w)) {
        Some((head, _)) => head,
        // A name after the number and no plural: `50 Cent`, `1230 GMT`.
        None if run.first().is_some_and(|(_, capital)| *capital) => return None,
        None if ended => &run.last()?.0,
        None => &run.first()?.0,
    };
    (word_class::class(head) == WordClass::Noun).then(|| head.clone())
}

/// Words after `of` that point to what is counted without naming it.
const DETERMINERS: [&str; 10] = [
    "the", "a", "an", "its", "their", "his", "her", "our", "all", "this",
];
/// Words after `of` that stand for what is counted, named elsewhere
/// (`of those questioned`: people).
const PRONOUNS: [&str; 8] = ["which", "whom", "them", "it", "us", "you", "those", "these"];

/// What a share or count `of` something counts (`tokens[of]` is the
/// `of`): the head of the words after it and any determiner (`44% of
/// Britons`, `300 of the workers`); none after a pronoun (`10 million of
/// which`, `50% of those questioned`).
pub(super) fn counted_of(tokens: &[&str], n: usize, of: usize) -> Option<String> {
    let lower = |i: usize| {
        let word = tokens.get(i)?.trim_matches(|c: char| !c.is_alphanumeric());
        Some(word.to_lowercase())
    };
    let mut from = of + 1;
    while lower(from).is_some_and(|w| DETERMINERS.contains(&w.as_str())) {
        from += 1;
    }
    if PRONOUNS.contains(&lower(from)?.as_str()) {
        return None;
    }
    counted(tokens, n, from)
}

/// The number at `tokens[n]` follows a capitalised word inside the sentence
/// that is not a possessive: it is part of a name (`Nintendo 64`, `Top
/// 100`, `Fathers 4 Justice`), not a count.
fn inside_name(tokens: &[&str], n: usize) -> bool {
    n >= 2
        && tokens[n - 1].starts_with(char::is_uppercase)
        && tokens[n - 1].chars().all(char::is_alphanumeric)
}

/// Whether `word` (lower case) is a plural noun by its form.
fn plural(word: &str) -> bool {
    IRREGULAR.contains(&word)
        || (word.chars().count() > 3
            && word.ends_with('s')
            && !["ss", "us", "is", "'s"].iter().any(|end| word.ends_with(end))
            && !SINGULAR_S.contains(&word))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the first number of `sentence` counts.
    fn counts(sentence: &str) -> Option<String> {
        let tokens: Vec<&str> = sentence.split_whitespace().collect();
        let n = (tokens.iter())
            .position(|t| t.starts_with(|c: char| c.is_ascii_digit()))
            .expect("a number");
        counted(&tokens, n, n + 1)
    }

    #[test]
    fn the_head_noun_not_its_modifiers() {
        let counts_as = |s, noun: &str| assert_eq!(counts(s).as_deref(), Some(noun), "{s}");
        counts_as(
            "The union will ballot 800,000 local government workers on pay.",
            "workers",
        );
        counts_as("Rangers fielded 11 young academy players last night.", "players");
        counts_as("The port handled 40 refrigerated cargo ships.", "ships");
        counts_as("Police questioned 30 passers-by, then left.", "passers-by");
        counts_as("A 93 minute documentary will open the festival.", "documentary");
        counts_as("Planners dropped 12 proposed cycle routes.", "routes");
        counts_as("The fund helped 300 single women into work.", "women");
        counts_as("Buyers took 200 garden table lamps.", "lamps");
    }

    #[test]
    fn a_verb_after_the_noun_ends_it() {
        assert_eq!(
            counts("Shops sold 50 copy machine parts bought abroad.").as_deref(),
            Some("parts")
        );
        assert_eq!(
            counts("Fans bought 20 ticket booked online.").as_deref(),
            Some("ticket")
        );
        assert_eq!(
            counts("Exports of 312,000 compared with 282,000 last year."),
            None
        );
        // A verb in `-s` after a singular is no plural head: the lexicon
        // knows `opens` for a verb, `workers` for a noun.
        assert_eq!(
            counts("Her 93 minute film opens in May.").as_deref(),
            Some("film")
        );
        assert_eq!(
            counts("Some 800 ferry workers walked out.").as_deref(),
            Some("workers")
        );
        // An irregular past is no head either.
        assert_eq!(counts("Bids of 400 came in by noon."), None);
        // An adjective stands inside the phrase.
        assert_eq!(
            counts("The chain runs 90 duty free stores.").as_deref(),
            Some("stores")
        );
    }

    #[test]
    fn a_number_inside_a_name_counts_nothing() {
        assert_eq!(counts("She shops at the Bakers 24 store in town."), None);
        assert_eq!(counts("Fans of rapper 50 Cent queued overnight."), None);
        assert_eq!(counts("The vote is at 1230 GMT on Friday."), None);
        assert_eq!(
            counts("The Ferrymen's 400 members voted.").as_deref(),
            Some("members"),
            "a possessive is no name around the number"
        );
        assert_eq!(
            counts("About 40 Dutch firms bid.").as_deref(),
            Some("firms"),
            "the sentence's first word is capitalised anyway"
        );
    }
}
