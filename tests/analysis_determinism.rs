//! The entities are a function of the set of articles alone: the order the
//! articles arrive in, the number of reader threads and a restored index
//! must not change a name, a kind, an alias or an article.

mod common;

use byline::search::{Analysed, Corpus, CorpusEvent, spawn_loading};
use byline::store::{self, Article, LoadOptions};
use common::seeds_dir;
use std::path::{Path, PathBuf};

/// What `byline entities --json` says of each entity, articles by id.
fn rows(corpus: &Corpus) -> Vec<String> {
    let mut rows: Vec<String> = corpus
        .entities()
        .entities()
        .iter()
        .map(|e| {
            let mut ids: Vec<&str> = e
                .articles
                .iter()
                .map(|&i| corpus.article(i).id.as_str())
                .collect();
            ids.sort_unstable();
            format!("{} {:?} {:?} {:?} {}", e.name, e.kind, e.aliases, ids, e.mentions)
        })
        .collect();
    rows.sort();
    rows
}

fn folders() -> Vec<PathBuf> {
    let styles = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/styles");
    vec![seeds_dir(), styles]
}

fn articles() -> Vec<Article> {
    let loaded = store::load(folders(), LoadOptions::default());
    assert!(loaded.articles.len() >= 13, "{} articles", loaded.articles.len());
    loaded.articles
}

/// Pushes the articles in the order `order` gives.
fn in_order(articles: &[Article], order: &[usize]) -> Corpus {
    let mut corpus = Corpus::new();
    for &i in order {
        corpus.push(Analysed::new(articles[i].clone(), (i as u32, 0)));
        if i % 3 == 0 {
            corpus.compact(); // resolves part-way, as a load does
        }
    }
    corpus.settle();
    corpus
}

fn streamed(threads: usize) -> Corpus {
    let mut corpus = Corpus::new();
    let options = LoadOptions {
        threads,
        ..LoadOptions::default()
    };
    for event in spawn_loading(folders(), options) {
        if let CorpusEvent::Article(item) = event {
            corpus.push(*item);
        }
    }
    corpus.settle();
    corpus
}

/// A reproducible shuffle (xorshift), so a failure can be replayed.
fn shuffled(n: usize, mut seed: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        order.swap(i, (seed % (i as u64 + 1)) as usize);
    }
    order
}

#[test]
fn entities_do_not_depend_on_load_order_or_threads() {
    let articles = articles();
    let n = articles.len();
    let reference = rows(&in_order(&articles, &(0..n).collect::<Vec<_>>()));
    assert!(reference.len() > 50, "{} entities", reference.len());
    let reversed: Vec<usize> = (0..n).rev().collect();
    assert_eq!(rows(&in_order(&articles, &reversed)), reference, "reversed");
    for seed in [1, 7, 2026, 99_991] {
        let order = shuffled(n, seed);
        assert_eq!(
            rows(&in_order(&articles, &order)),
            reference,
            "shuffle seed {seed}"
        );
    }
    for threads in [1, 2] {
        assert_eq!(rows(&streamed(threads)), reference, "{threads} reader threads");
    }
}
