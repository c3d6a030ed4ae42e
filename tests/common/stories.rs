//! For the stories tests (`tests/stories*.rs`): the invented fixtures (one flood
//! told three ways among unrelated articles) and an article's index by id.

use byline::search::{Corpus, Stories};
use byline::store::{self, Article, LoadOptions};
use std::path::Path;

pub fn fixtures() -> Vec<Article> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stories");
    store::load(vec![dir], LoadOptions::default()).articles
}

pub fn id_of(corpus: &Corpus, id: &str) -> u32 {
    (0..corpus.len() as u32)
        .find(|&i| corpus.article(i).id == id)
        .expect("article")
}

/// Each story as its articles' ids (in the story's order), the lead first.
pub fn story_ids(corpus: &Corpus) -> Vec<Vec<String>> {
    let stories = Stories::build(corpus);
    let mut all: Vec<Vec<String>> = (stories.all().iter())
        .map(|s| {
            assert_eq!(s.lead, s.articles[0]);
            s.articles.iter().map(|&a| corpus.article(a).id.clone()).collect()
        })
        .collect();
    all.sort();
    all
}
