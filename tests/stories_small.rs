//! Stories where the corpus is small or mostly unrelated: a handful of
//! invented articles (ordinary words there look rare), and a rewrite a day
//! later among filler from a town's paper.

mod common;

use byline::search::Corpus;
use byline::store::{self, Article, LoadOptions};
use common::stories::story_ids;
use std::path::Path;

fn small_fixtures() -> Vec<Article> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stories_small");
    store::load(vec![dir], LoadOptions::default()).articles
}

/// In a folder of a few articles every ordinary word (`people`, `would`,
/// `there`, a year) is in a large share of them; counted by the folder
/// alone it looked as rare as a name, and two unrelated articles were one
/// story. Five unrelated invented articles, each pair alone and all
/// together, make no story; a ferry fire told twice does.
#[test]
fn in_a_small_folder_ordinary_words_make_no_story() {
    let articles = small_fixtures();
    let unrelated: Vec<&Article> = (articles.iter()).filter(|a| !a.id.starts_with("ferry")).collect();
    assert_eq!(unrelated.len(), 5);
    for (i, a) in unrelated.iter().enumerate() {
        for b in &unrelated[i + 1..] {
            let corpus = Corpus::from_articles(vec![(*a).clone(), (*b).clone()]);
            assert!(story_ids(&corpus).is_empty(), "{} and {}", a.id, b.id);
        }
    }
    let ferry: Vec<Article> = (articles.iter())
        .filter(|a| a.id.starts_with("ferry"))
        .cloned()
        .collect();
    assert_eq!(
        story_ids(&Corpus::from_articles(ferry)),
        [["ferry-fire-update.txt", "ferry-fire.txt"]]
    );
    assert_eq!(
        story_ids(&Corpus::from_articles(articles)),
        [["ferry-fire-update.txt", "ferry-fire.txt"]]
    );
}

/// Invented articles on other things, undated, each with a few words of
/// its own (syllables put together), so that a folder holding them is
/// large enough to tell rare words (`anchors::RARE_KNOWN_FROM`). One in ten
/// is port news, as a town's paper has: the harbour, its ferry and people
/// are common words there, not an event's.
fn filler(count: usize) -> Vec<Article> {
    const SYLLABLES: [&str; 8] = ["ka", "lo", "ven", "dri", "mo", "sa", "tur", "bel"];
    let word = |i: usize, salt: usize| -> String {
        let k = i * 7 + salt;
        let w: String = (0..3).map(|d| SYLLABLES[(k >> (3 * d)) % 8]).collect();
        format!("{w}{}", SYLLABLES[(i + salt) % 8])
    };
    (0..count)
        .map(|i| {
            let (place, thing) = (word(i, 0), word(i, 3));
            let mut name = place.clone();
            name[..1].make_ascii_uppercase();
            let mut text = format!(
                "The council of {name} approved a plan for the {thing} on Monday. \
                 Officials said the work would start next year and take several months. \
                 Residents of {name} had asked for the {thing} for a long time."
            );
            if i % 10 == 0 {
                text.push_str(
                    " Harbourmaster Ellen Marsh said the ferry from Haldane Quay across the Tesk \
                     and the Cobble Lane crossing would stay open, and the pontoon was busy.",
                );
            }
            Article {
                id: format!("filler-{i:03}.txt"),
                path: None,
                title: format!("{name} approves plan"),
                date: None,
                author: None,
                url: None,
                paragraphs: vec![text],
                lossy: false,
            }
        })
        .collect()
}

fn cycle_fixtures() -> Vec<Article> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stories_cycle");
    store::load(vec![dir], LoadOptions::default()).articles
}

/// A barge accident told by two papers a day apart (`stories_cycle/`: 64%
/// of the anchor weight but 4 entities, under the dated rules' 5 and 10)
/// is one story in a folder large enough to tell their rare shared words
/// (the barge's name, the bridge, the cargo); the same paper's piece on
/// the ferry pontoon that day, on the same harbour, harbourmaster and
/// crossing (common words in this town's news), is in none. In a folder of
/// the three alone rarity cannot be told, and three days apart the two
/// reports are not one news cycle.
#[test]
fn a_rewrite_a_day_later_shares_the_events_rare_words() {
    let with_filler = |mut articles: Vec<Article>| {
        articles.extend(filler(300));
        story_ids(&Corpus::from_articles(articles))
    };
    assert_eq!(
        with_filler(cycle_fixtures()),
        [["courier-barge.txt", "gazette-barge.txt"]]
    );
    assert!(story_ids(&Corpus::from_articles(cycle_fixtures())).is_empty());
    let mut later = cycle_fixtures();
    for a in later.iter_mut().filter(|a| a.id == "gazette-barge.txt") {
        a.date = store::Date::new(2025, 5, 17);
    }
    assert!(with_filler(later).is_empty());
}
