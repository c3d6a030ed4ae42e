//! Time of grouping a folder into stories (`Stories::build`), after loading
//! it as the reader does: the median of 5 runs, with the number of stories
//! and their sizes. `--list` also prints every story (size, ids, titles), to
//! judge them by reading.
//! `cargo run --release --example stories_bench -- PATH [--list]`

use byline::search::{Corpus, CorpusEvent, Stories, spawn_loading};
use byline::store::LoadOptions;
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let list = args.iter().any(|a| a == "--list");
    let paths: Vec<PathBuf> = args
        .iter()
        .filter(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .collect();
    let started = Instant::now();
    let mut corpus = Corpus::new();
    for event in spawn_loading(paths, LoadOptions::default()) {
        if let CorpusEvent::Article(item) = event {
            corpus.push(*item);
        }
    }
    corpus.settle();
    eprintln!("{} articles loaded in {:.1?}", corpus.len(), started.elapsed());
    let mut times = Vec::new();
    let mut stories = Stories::default();
    for _ in 0..5 {
        let t = Instant::now();
        stories = Stories::build(&corpus);
        times.push(t.elapsed());
    }
    times.sort();
    let all = stories.all();
    let grouped: usize = all.iter().map(|s| s.articles.len()).sum();
    let largest = all.iter().map(|s| s.articles.len()).max().unwrap_or(0);
    println!(
        "{} articles: {} stories of 2 or more ({} articles, largest {}); build {:.1?} (median of 5, min {:.1?})",
        corpus.len(),
        all.len(),
        grouped,
        largest,
        times[2],
        times[0]
    );
    if list {
        for s in all {
            println!("{}", s.articles.len());
            for &a in &s.articles {
                let a = corpus.article(a);
                println!("  {}  {}", a.id, a.title);
            }
        }
    }
}
