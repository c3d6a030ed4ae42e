//! Property tests of the story views' pure paths on arbitrary articles: grouping
//! (`Stories::build`) and comparing (`Comparison::of`) never panic, and every place
//! they point the reader at is inside its article, on character boundaries.
//! `BYLINE_PROPTEST_SCALE` multiplies the cases for a soak.

mod common;

use byline::search::{Comparison, Corpus, Place, Stories};
use byline::store::{self, Outcome};
use proptest::prelude::*;

/// Pieces that make figures, units, quotes and shared names likely.
const STORY_BITS: &[&str] = &[
    " ",
    " ",
    " ",
    ", ",
    ". ",
    "\n\n",
    "\"",
    "\u{201c}",
    "\u{201d}",
    "'",
    "said ",
    "told ",
    "killed",
    "people",
    "died",
    "at least ",
    "over ",
    "more than ",
    "about ",
    "%",
    " per cent",
    "$",
    "£",
    "€",
    "bn",
    "m",
    " million",
    " billion",
    "thousand",
    "-",
    "\u{2013}",
    "to ",
    "from ",
    "0",
    "1",
    "2",
    "5",
    "9",
    "10",
    "86",
    "87",
    "89",
    "1,000",
    "3.5",
    "0.",
    ".5",
    "2004",
    "Jan",
    "Monday",
    "Sergei Lavrov",
    "Mr Lavrov",
    "Kyiv",
    "UN",
    "The",
    "A",
    "tax",
    "rate",
    "fares",
    "e\u{301}",
    "\u{65e5}",
    "\u{1f600}",
    "\t",
    "\u{a0}",
];

fn article() -> impl Strategy<Value = String> {
    let bits = prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(STORY_BITS).prop_map(str::to_owned),
            1 => any::<char>().prop_map(String::from),
        ],
        0..120,
    );
    (bits.clone(), bits).prop_map(|(title, body)| format!("{}\n\n{}", title.concat(), body.concat()))
}

fn check_place(corpus: &Corpus, place: &Place) -> Result<(), TestCaseError> {
    let paragraphs = corpus.paragraphs(place.article);
    prop_assert!(place.paragraph < paragraphs.len(), "{:?}", place);
    let p = &paragraphs[place.paragraph];
    prop_assert!(place.start <= place.end && place.end <= p.len(), "{:?}", place);
    prop_assert!(p.is_char_boundary(place.start) && p.is_char_boundary(place.end));
    Ok(())
}

proptest! {
    #![proptest_config(common::prop_config(128))]

    #[test]
    fn stories_and_comparisons_never_panic_and_point_inside_articles(
        texts in prop::collection::vec(article(), 1..5),
    ) {
        // What a folder of these files would load: an empty one is skipped.
        let articles = texts.iter().enumerate().filter_map(|(i, text)| {
            match store::parse_bytes(text.as_bytes(), "txt", &format!("{i}.txt")) {
                Outcome::Loaded { mut articles, .. } => Some(articles.remove(0)),
                Outcome::Skipped(_) => None,
            }
        });
        let corpus = Corpus::from_articles(articles.collect());
        let stories = Stories::build(&corpus);
        for story in stories.all() {
            prop_assert!(story.articles.len() >= 2);
            prop_assert!(story.articles.iter().all(|&a| (a as usize) < corpus.len()));
        }
        let all: Vec<u32> = (0..corpus.len() as u32).collect();
        let c = Comparison::of(&corpus, &all);
        for g in &c.figures {
            for v in &g.values {
                check_place(&corpus, &v.place)?;
            }
        }
        for g in &c.quotes {
            for v in &g.variants {
                check_place(&corpus, &v.place)?;
            }
        }
        for p in c.unique.iter().chain(&c.common) {
            check_place(&corpus, &p.place)?;
        }
    }
}
