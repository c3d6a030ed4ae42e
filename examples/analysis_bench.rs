//! Throughput of `analyze` on one core (median of several runs), and of
//! merging the results into an `EntityIndex`.
//! `cargo run --release --example analysis_bench -- [PATH]` where PATH is a
//! folder of .txt articles (searched recursively); without it, the seeds
//! repeated. Articles are split the simple way: title line, then blank-line
//! separated paragraphs. `BYLINE_BENCH_RUNS` sets the number of runs (5).

use std::path::{Path, PathBuf};
use std::time::Instant;

use byline::analysis::{EntityIndex, Gazetteer, analyze};

fn main() {
    let runs: usize = std::env::var("BYLINE_BENCH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    let root = std::env::args().nth(1).map(PathBuf::from);
    let articles = match &root {
        Some(path) => load(path),
        None => {
            let seeds = load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"));
            seeds.iter().cycle().take(seeds.len() * 400).cloned().collect()
        }
    };
    let bytes: usize = articles.iter().flatten().map(String::len).sum();
    let gaz = Gazetteer::builtin();
    let mut times = Vec::new();
    let mut analyses = Vec::new();
    for _ in 0..runs {
        drop(std::mem::take(&mut analyses)); // freeing the last run is not analysis
        let t = Instant::now();
        analyses = articles.iter().map(|p| analyze(gaz, p)).collect();
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let median = times[runs / 2];
    let t = Instant::now();
    let mut index = EntityIndex::new();
    for (i, a) in analyses.iter().enumerate() {
        index.add(i as u32, a);
    }
    let merge = t.elapsed().as_secs_f64();
    let quotes: usize = analyses.iter().map(|a| a.quotes.len()).sum();
    let mentions: usize = analyses.iter().map(|a| a.mentions.len()).sum();
    println!(
        "{} articles, {:.1} MB: analyze median {:.3} s = {:.1} MB/s per core (runs {:?})",
        articles.len(),
        bytes as f64 / 1e6,
        median,
        bytes as f64 / 1e6 / median,
        times.iter().map(|t| format!("{t:.3}")).collect::<Vec<_>>(),
    );
    println!(
        "{mentions} mentions, {quotes} quotes; EntityIndex::add {:.3} s for {} corpus entities",
        merge,
        index.entities().len()
    );
}

fn load(root: &Path) -> Vec<Vec<String>> {
    let mut files = Vec::new();
    walk(root, &mut files);
    files.sort();
    files
        .iter()
        .map(|f| paragraphs(&String::from_utf8_lossy(&std::fs::read(f).unwrap_or_default())))
        .collect()
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|x| x == "txt") {
            out.push(path);
        }
    }
}

/// Title on the first line, then blank-line separated paragraphs.
fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .skip(1)
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}
