//! Passages: the sentences only one version of a story has, and those every
//! version has (reworded or not), found by the words sentences share.

use super::Place;
use super::text::{Sentence, containment, words};

/// A sentence of one article.
#[derive(Clone, Debug, PartialEq)]
pub struct Passage {
    pub place: Place,
    pub text: String,
}

/// A sentence of another version with this share of a sentence's words
/// tells the same thing.
const SAME: f32 = 0.6;
/// Shorter sentences (`"No", Trump said.`) are in every story and prove nothing.
const MIN_WORDS: usize = 6;

/// Per article (in the story's order) its sentences; returns the passages
/// only one article has and those all have (each once, from the first).
pub(super) fn passages(articles: &[(u32, Vec<Sentence<'_>>)]) -> (Vec<Passage>, Vec<Passage>) {
    let tokens: Vec<Vec<Vec<String>>> = (articles.iter())
        .map(|(_, ss)| ss.iter().map(|s| words(s.text)).collect())
        .collect();
    let (mut unique, mut common) = (Vec::new(), Vec::new());
    for (a, (article, sentences)) in articles.iter().enumerate() {
        for (s, sentence) in sentences.iter().enumerate() {
            let mine = &tokens[a][s];
            if mine.len() < MIN_WORDS {
                continue;
            }
            let elsewhere = (0..articles.len())
                .filter(|&b| b != a)
                .filter(|&b| {
                    tokens[b]
                        .iter()
                        .any(|t| t.len() >= MIN_WORDS && containment(mine, t) >= SAME)
                })
                .count();
            let passage = || Passage {
                place: Place {
                    article: *article,
                    paragraph: sentence.paragraph,
                    start: sentence.start,
                    end: sentence.start + sentence.text.len(),
                },
                text: sentence.text.to_owned(),
            };
            if elsewhere == 0 {
                unique.push(passage());
            } else if a == 0 && elsewhere == articles.len() - 1 {
                common.push(passage());
            }
        }
    }
    (unique, common)
}
