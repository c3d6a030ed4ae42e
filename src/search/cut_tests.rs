//! Tests of word cutting (`cut.rs`), kept apart to keep that file short.

use super::cut::*;

/// The distinct lower-case words of `text` as the plain library cuts
/// them: what the fast paths must give.
fn plain_lower(text: &str) -> Vec<String> {
    let mut words: Vec<String> = (text.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.sort();
    words.dedup();
    words
}

#[test]
fn a_long_article_keeps_every_distinct_word_and_the_next_starts_empty() {
    let text: String = (0..5000)
        .map(|i| format!("w{} W{} ", i % 3000, i % 3000))
        .collect();
    let w = ArticleWords::new([text.as_str()].into_iter());
    assert_eq!(w.lower.iter().count(), 3000);
    assert_eq!(w.forms.iter().count(), 3000);
    let next = ArticleWords::new(["w1 fresh"].into_iter());
    let mut words: Vec<&str> = next.lower.iter().map(|(_, _, s)| s).collect();
    words.sort();
    assert_eq!(words, ["fresh", "w1"]);
}

#[test]
fn words_are_cut_as_by_character() {
    let text = "Don’t—stop: naïve CAFÉ, x²+y², 3.5% «Quote» l'été Ωmega_x\u{a0}end 中文字";
    let want = plain_lower(text);
    let w = ArticleWords::new([text].into_iter());
    let mut got: Vec<&str> = w.lower.iter().map(|(_, _, s)| s).collect();
    got.sort();
    assert_eq!(got, want);
    let forms: Vec<&str> = w.forms.iter().map(|(_, _, s)| s).collect();
    assert_eq!(forms, ["Don", "CAFÉ", "Quote", "Ωmega"]);
}

#[test]
fn the_content_hash_is_that_of_the_title_and_paragraphs() {
    let paragraphs = ["Été, naïve", "", "eight888 and then some more words"].map(String::from);
    let texts = std::iter::once("The Title").chain(paragraphs.iter().map(String::as_str));
    let content = crate::marks::content_hash("The Title", &paragraphs);
    assert_eq!(ArticleWords::new(texts).content, content);
}

#[test]
fn words_are_distinct_and_lower_case() {
    let w = ArticleWords::new(["Été été ÉTÉ, l'été"].into_iter());
    let words: Vec<&str> = w.lower.iter().map(|(_, _, s)| s).collect();
    assert_eq!(words.len(), 2);
    assert!(words.contains(&"été") && words.contains(&"l"));
}
/// The words, hashes and checks the fast paths give are those of the
/// plain definition (`split` by character, `to_lowercase`, `fx` over the
/// word alone), for words of every length, at the text's very end (the
/// last chunk read byte by byte) and in the middle (read whole and masked).
#[test]
fn fast_paths_give_the_plain_words_and_hashes() {
    let pieces = [
        "a",
        "Z",
        "ab",
        "The",
        "NATO",
        "seven77",
        "Blairite",
        "eightABC",
        "Ninechars",
        "Westminster",
        "ABCDEFGHIJKLMNOPQ",
        "x9y8Z7",
        "Été",
        "naïve",
        "ÖL",
        "0",
    ];
    let mut texts = Vec::new();
    for n in 1..pieces.len() {
        for shift in 0..pieces.len() {
            let words: Vec<&str> = (0..n).map(|k| pieces[(k * 7 + shift) % pieces.len()]).collect();
            texts.push(words.join(if shift % 2 == 0 { " " } else { ", " }));
        }
    }
    for text in &texts {
        let got = ArticleWords::new([text.as_str()].into_iter());
        assert_eq!(got.content, crate::marks::content_hash(text, &[]), "{text}");
        let lower = plain_lower(text);
        let mut forms: Vec<&str> = (text.split(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty() && w.to_lowercase() != *w)
            .collect();
        forms.sort();
        forms.dedup();
        for (set, want) in [
            (&got.lower, lower.iter().map(String::as_str).collect()),
            (&got.forms, forms),
        ] {
            let mut have: Vec<&str> = set.iter().map(|(_, _, w)| w).collect();
            have.sort();
            assert_eq!(have, want, "{text}");
            for (hash, check, w) in set.iter() {
                assert_eq!(
                    (hash, check),
                    (fx(0, w.as_bytes()), check_hash(w)),
                    "{w} in {text}"
                );
            }
        }
    }
}

/// The initials and letters of `initials` are those of the plain words:
/// a bit for each ASCII letter or digit a word starts with, and one for
/// each ASCII letter a word contains (after lower-casing, as the index
/// holds it: `É` lower-cases to `é`, no ASCII letter; `K` (Kelvin sign) to `k`).
#[test]
fn initials_and_letters_are_those_of_the_plain_words() {
    let texts = [
        "The quick brown fox",
        "jumps over 42 lazy dogs",
        "Été naïve ÖL x²+y² \u{212a}elvin",
        "",
        "zzz, Q9 AbC-dEf",
    ];
    for text in texts {
        let got = ArticleWords::new([text].into_iter()).initials;
        let words = plain_lower(text);
        for c in (b'a'..=b'z').chain(b'0'..=b'9') {
            let starts = words.iter().any(|w| w.as_bytes()[0] == c);
            assert_eq!(
                got & initial_bit(c).unwrap() != 0,
                starts,
                "{} starts in {text:?}",
                c as char
            );
            if let Some(bit) = letter_bit(c) {
                let inside = words.iter().any(|w| w.as_bytes().contains(&c));
                assert_eq!(got & bit != 0, inside, "{} inside {text:?}", c as char);
            }
        }
        assert!(letter_bit(b'5').is_none() && letter_bit(b'A').is_none());
    }
}
