//! Tests of the filter (`filter.rs`), kept apart to keep that file short.

use super::*;
use crate::store::{Outcome, parse_bytes};

fn corpus(texts: &[&str]) -> Corpus {
    let articles = texts.iter().enumerate().map(|(i, text)| {
        match parse_bytes(text.as_bytes(), "txt", &format!("{i}.txt")) {
            Outcome::Loaded { mut articles, .. } => articles.remove(0),
            other => panic!("{other:?}"),
        }
    });
    Corpus::from_articles(articles.collect())
}

#[test]
fn two_letters_rank_titles_where_they_stand_together_above_scattered_ones() {
    let c = corpus(&[
        "Tar pits\n\nNothing else.",
        "Actress wins\n\nNothing else.",
        "Trade gap\n\nNothing else.",
    ]);
    let ranked: Vec<u32> = filter(&c, &Query::parse("tr"))
        .iter()
        .map(|h| h.article)
        .collect();
    // skim alone scores "Tar pits" (t…r) above "Actress wins".
    assert_eq!(ranked, [2, 1, 0]);
}

/// `'x` and `!x` for one letter (answered from `Corpus::has_letter`)
/// match where the text holds it in any case, and `'x.` (checked
/// against the text) where it holds it followed by a full stop.
#[test]
fn one_letter_exact_terms_match_where_the_text_holds_the_letter() {
    let texts = [
        "Zebra crossing\n\nNothing at all.",
        "Alpha\n\nA QUIET day.",
        "Beta\n\nNaïve été, x.",
        "Gamma\n\nKelvin and \u{212a}elvin.",
    ];
    let c = corpus(&texts);
    let lower: Vec<String> = texts.iter().map(|t| t.to_lowercase()).collect();
    let hits = |q: &str| {
        let mut v: Vec<u32> = filter(&c, &Query::parse(q)).iter().map(|h| h.article).collect();
        v.sort();
        v
    };
    for letter in 'a'..='z' {
        let holding: Vec<u32> = (0..texts.len() as u32)
            .filter(|&i| lower[i as usize].contains(letter))
            .collect();
        let others: Vec<u32> = (0..texts.len() as u32).filter(|i| !holding.contains(i)).collect();
        assert_eq!(hits(&format!("'{letter}")), holding, "'{letter}");
        assert_eq!(hits(&format!("!{letter}")), others, "!{letter}");
        let dotted: Vec<u32> = (0..texts.len() as u32)
            .filter(|&i| texts[i as usize].contains(&format!("{letter}.")))
            .collect();
        assert_eq!(hits(&format!("'{letter}.")), dotted, "'{letter}.");
    }
}

#[test]
fn a_negated_word_excludes_it_in_title_or_body() {
    let c = corpus(&[
        "Zebra crossing\n\nNothing.",
        "Alpha\n\nA zebra.",
        "Beta\n\nNothing.",
    ]);
    let kept: Vec<u32> = filter(&c, &Query::parse("!zebra"))
        .iter()
        .map(|h| h.article)
        .collect();
    assert_eq!(kept, [2]);
}

#[test]
fn retain_parallel_keeps_the_order_in_place() {
    let hits: Vec<Hit> = (0..3 * PARALLEL_MIN as u32)
        .map(|article| Hit { article, score: 0 })
        .collect();
    let keep = |h: &mut Hit| {
        h.score = i64::from(h.article % 7);
        !h.article.is_multiple_of(3)
    };
    let want: Vec<Hit> = (hits.iter().copied())
        .filter_map(|mut h| keep(&mut h).then_some(h))
        .collect();
    assert_eq!(retain_parallel(hits.clone(), keep, &|| false), Some(want));
    assert_eq!(retain_parallel(hits, keep, &|| true), None);
}

#[test]
fn rank_is_by_score_then_incoming_order() {
    let hits = [(5, 1), (3, 2), (9, 1), (1, 7), (2, 2)].map(|(article, score)| Hit { article, score });
    let order: Vec<u32> = rank(&hits).iter().map(|h| h.article).collect();
    assert_eq!(order, [1, 3, 2, 5, 9]);
}

#[test]
fn marks_keep_the_best_score_and_intersect() {
    let mut a = Marks::default();
    a.mark(4, &[0, 2], 5);
    a.mark(4, &[2, 3], 9);
    a.mark(4, &[0], i64::MIN);
    assert_eq!([0, 1, 2, 3].map(|i| a.get(i)), [Some(5), None, Some(9), Some(9)]);
    let mut b = Marks::default();
    b.mark(4, &[2, 1], 1);
    a.keep_common(&b);
    assert_eq!([0, 1, 2, 3].map(|i| a.get(i)), [None, None, Some(9), None]);
    a.keep_common(&Marks::default());
    assert_eq!(a.get(2), None);
}
