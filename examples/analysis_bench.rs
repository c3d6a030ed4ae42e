//! Throughput of `analyze` on one core (median of several runs), and of
//! merging the results into an `EntityIndex`.
//! `cargo run --release --example analysis_bench -- [PATH]` where PATH is a
//! folder of .txt articles (searched recursively); without it, the seeds
//! repeated. Articles are split the simple way: title line, then blank-line
//! separated paragraphs. `BYLINE_BENCH_RUNS` sets the number of runs (5);
//! `BYLINE_BENCH_ADD` also times `EntityIndex::add` over that many articles
//! (the analyses cycled, as a stand-in for a large corpus);
//! `BYLINE_BENCH_DUMP=FILE` writes the index, and `BYLINE_BENCH_ANALYSES=FILE`
//! every article's analysis in full (spans, quote kinds), to check that a
//! change keeps the output byte for byte the same.

use std::path::{Path, PathBuf};
use std::time::Instant;

use byline::analysis::{EntityIndex, Gazetteer, analyze, analyze_with_kinds};

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
    let t = Instant::now();
    let gaz = Gazetteer::builtin();
    let gaz_ms = t.elapsed().as_secs_f64() * 1e3;
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
    for i in arrival(analyses.len()) {
        index.add(i as u32, &analyses[i]);
    }
    let merge = t.elapsed().as_secs_f64();
    let t = Instant::now();
    index.resolve();
    let resolve = t.elapsed().as_secs_f64();
    if let Ok(path) = std::env::var("BYLINE_BENCH_DUMP") {
        dump(&index, &path);
    }
    if let Ok(path) = std::env::var("BYLINE_BENCH_ANALYSES") {
        dump_analyses(gaz, &articles, &path);
    }
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
    println!("built-in gazetteer, first use: {gaz_ms:.1} ms");
    println!(
        "{mentions} mentions, {quotes} quotes; EntityIndex::add {merge:.3} s, resolve {resolve:.3} s, for {} corpus entities",
        index.entities().len()
    );
    if let Some(n) = std::env::var("BYLINE_BENCH_ADD")
        .ok()
        .and_then(|n| n.parse::<usize>().ok())
    {
        let t = Instant::now();
        let mut index = EntityIndex::new();
        for (i, a) in analyses.iter().cycle().take(n).enumerate() {
            index.add(i as u32, a);
        }
        let add = t.elapsed().as_secs_f64();
        let t = Instant::now();
        index.resolve();
        let resolve = t.elapsed().as_secs_f64();
        let bytes: usize = articles.iter().cycle().take(n).flatten().map(String::len).sum();
        println!(
            "EntityIndex::add {add:.3} s, resolve {resolve:.3} s, for {n} articles ({:.0} MB), {} corpus entities",
            bytes as f64 / 1e6,
            index.entities().len()
        );
    }
}

/// Article order for the index: sorted, or with `BYLINE_BENCH_SHUFFLE=N`
/// a fixed pseudo-random order (as loader threads deliver them).
fn arrival(n: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    if let Some(mut x) = std::env::var("BYLINE_BENCH_SHUFFLE")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
    {
        for i in (1..n).rev() {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            order.swap(i, (x >> 33) as usize % (i + 1));
        }
    }
    order
}

/// Every corpus entity, one a line, in id order.
fn dump(index: &EntityIndex, path: &str) {
    use std::fmt::Write;
    let mut s = String::new();
    for (i, e) in index.entities().iter().enumerate() {
        let found: Vec<Option<u32>> = std::iter::once(&e.name)
            .chain(&e.aliases)
            .map(|a| index.lookup(a))
            .collect();
        let _ = writeln!(
            s,
            "{i} {:?} {:?} {:?} {:?} x{} lookup={found:?}",
            e.kind, e.name, e.aliases, e.articles, e.mentions
        );
    }
    std::fs::write(path, s).unwrap_or_else(|e| panic!("{path}: {e}"));
}

/// Each article's analysis and quote kinds, one article a line, in file order.
fn dump_analyses(gaz: &Gazetteer, articles: &[Vec<String>], path: &str) {
    use std::fmt::Write;
    let mut s = String::new();
    for (i, paras) in articles.iter().enumerate() {
        let (analysis, kinds) = analyze_with_kinds(gaz, paras);
        let _ = writeln!(s, "{i} {analysis:?} {kinds:?}");
    }
    std::fs::write(path, s).unwrap_or_else(|e| panic!("{path}: {e}"));
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
