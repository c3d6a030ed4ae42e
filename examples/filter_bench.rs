//! Time of the filter alone (`search::matches` + `search::rank`) per query:
//! the median of 7 runs, wall clock and CPU (all threads), with the hit
//! count, after untimed passes that get the allocator past what a load left.
//! `cargo run --release --example filter_bench -- PATH [--dump FILE] [--against FILE] [--agree] [-q QUERY]...`
//! where PATH is a folder of articles; `-q` replaces the list of queries, and
//! `BYLINE_BENCH_RUNS` the number of runs (to profile one query). `--dump
//! FILE` writes each query's ranked article ids with their scores
//! (`id:score`); `--against FILE` compares
//! with such a dump (from before a change): the top 60 in common, and
//! whether all is the same. `--agree` prints, for a few short patterns, how
//! many of the filter's top 60 titles are in the top 60 of skim scoring
//! every title alone, and how many score at least skim's 60th (the same set
//! but for ties): for the whole filter, and for a corpus of the titles alone.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use byline::search::{Corpus, Hit, Query, matches, rank};
use byline::store::{Article, LoadOptions, load};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

const QUERIES: [&str; 18] = [
    "t", "tr", "tra", "trad", "trade", "go", "gor", "bl", "bla", "blair", "blair e", "@b", "@bl", "#l",
    "#lo", "'gov", "!s", "!sp",
];
const AGREE: [&str; 8] = ["tr", "tra", "go", "gor", "bl", "bla", "el", "ba"];
const TOP: usize = 60;
/// Untimed passes after loading (at least one per query).
const WARM_UP: usize = 24;

fn main() {
    let mut args = std::env::args().skip(1);
    let runs: usize = std::env::var("BYLINE_BENCH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(7);
    let (mut root, mut dump, mut against, mut agree) = (None, None, None, false);
    let mut queries = Vec::new();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--dump" => dump = args.next().map(PathBuf::from),
            "--against" => {
                against = args
                    .next()
                    .map(|p| std::fs::read_to_string(p).expect("dump to compare"))
            }
            "--agree" => agree = true,
            "-q" => queries.extend(args.next()),
            _ => root = Some(PathBuf::from(a)),
        }
    }
    let root = root.expect("usage: filter_bench PATH [--dump FILE] [--against FILE] [--agree] [-q QUERY]...");
    if queries.is_empty() {
        queries = QUERIES.map(String::from).to_vec();
    }
    let t = Instant::now();
    let articles = load(vec![root], LoadOptions::default()).articles;
    // Titles alone, for `--agree`: no names or body words to add to the score
    // (a title's own words still give body-word matches their point).
    let titles = agree.then(|| {
        let bare = articles.iter().map(|a| Article {
            paragraphs: Vec::new(),
            ..a.clone()
        });
        Corpus::from_articles(bare.collect())
    });
    let corpus = Corpus::from_articles(articles);
    println!(
        "{} articles loaded in {:.1} s",
        corpus.len(),
        t.elapsed().as_secs_f64()
    );
    // As the reader does when a load ends.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks the allocator's own free lists.
    unsafe {
        libc::malloc_trim(0);
    }
    // The first passes after a load run 2-3x slower at 100k (the allocator
    // sorts the free lists the load left): time the steady state after some
    // untimed passes, and say how long they took.
    let t = Instant::now();
    for q in queries.iter().cycle().take(WARM_UP.max(queries.len())) {
        rank(&matches(&corpus, &Query::parse(q)));
    }
    println!("untimed passes first: {:.2} s", t.elapsed().as_secs_f64());

    let mut out = dump.map(|p| std::io::BufWriter::new(std::fs::File::create(p).expect("dump file")));
    println!("{:<10} {:>9} {:>8} {:>8}", "query", "median ms", "cpu ms", "hits");
    for q in &queries {
        let query = Query::parse(q);
        let (mut times, mut cpu) = (Vec::new(), Vec::new());
        let mut ranked = Vec::new();
        for _ in 0..runs {
            drop(std::mem::take(&mut ranked)); // freeing the last answer is not filtering
            let (t, c) = (Instant::now(), cpu_ms());
            ranked = rank(&matches(&corpus, &query));
            times.push(t.elapsed().as_secs_f64() * 1e3);
            cpu.push(cpu_ms() - c);
        }
        let each: Vec<String> = times.iter().map(|t| format!("{t:.1}")).collect();
        times.sort_by(f64::total_cmp);
        cpu.sort_by(f64::total_cmp);
        // Id and score: "same" then means the same hits, order and scores.
        let ids: Vec<String> = ranked
            .iter()
            .map(|h| format!("{}:{}", h.article, h.score))
            .collect();
        let compared = against.as_deref().map_or(String::new(), |d| compare(d, q, &ids));
        println!(
            "{q:<10} {:>9.2} {:>8.2} {:>8}  {compared} runs (ms) {}",
            times[runs / 2],
            cpu[runs / 2],
            ranked.len(),
            each.join(" ")
        );
        if let Some(out) = &mut out {
            writeln!(out, "{q}\t{}", ids.join(" ")).expect("dump write");
        }
    }
    if let Some(titles) = titles {
        agreement(&corpus, "filter");
        agreement(&titles, "filter over titles alone");
    }
}

/// CPU time of the whole process (every thread): steadier than the wall
/// clock on a machine shared with other work.
fn cpu_ms() -> f64 {
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `usage` is a valid rusage for getrusage to fill.
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    let ms = |t: libc::timeval| t.tv_sec as f64 * 1e3 + t.tv_usec as f64 / 1e3;
    ms(usage.ru_utime) + ms(usage.ru_stime)
}

/// `q`'s line in the dump against `ids`: top 60 in common, and whether the
/// whole ranking is the same.
fn compare(dump: &str, q: &str, ids: &[String]) -> String {
    let Some(old) = dump.lines().find_map(|l| l.strip_prefix(q)?.strip_prefix('\t')) else {
        return "not in dump".into();
    };
    let old: Vec<&str> = old.split(' ').filter(|s| !s.is_empty()).collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let common = ids
        .iter()
        .take(TOP)
        .filter(|a| old[..TOP.min(old.len())].contains(a))
        .count();
    let same = if old == ids { "same" } else { "CHANGED" };
    format!("top{TOP} {common:>2}/{TOP} {same:<7}")
}

/// For each short pattern: of the filter's top titles, how many skim alone,
/// scoring every title, also puts in its top (ties broken by corpus order),
/// and how many skim scores at least as high as its own last in the top.
fn agreement(corpus: &Corpus, what: &str) {
    let skim = SkimMatcherV2::default().smart_case();
    println!("top {TOP} titles: {what} vs skim scoring every title");
    for p in AGREE {
        let mut by_skim: Vec<(i64, usize, u32)> = corpus
            .order()
            .iter()
            .enumerate()
            .filter_map(|(place, &a)| Some((-skim.fuzzy_match(&corpus.article(a).title, p)?, place, a)))
            .collect();
        by_skim.sort_unstable();
        let skim_top: Vec<u32> = by_skim.iter().take(TOP).map(|h| h.2).collect();
        let ours: Vec<Hit> = rank(&matches(corpus, &Query::parse(p)));
        let ours_top: Vec<u32> = ours.iter().take(TOP).map(|h| h.article).collect();
        let common = ours_top.iter().filter(|a| skim_top.contains(a)).count();
        let cut = by_skim.get(TOP - 1).map_or(i64::MIN, |h| -h.0);
        let as_good = ours_top
            .iter()
            .filter(|&&a| {
                skim.fuzzy_match(&corpus.article(a).title, p)
                    .is_some_and(|s| s >= cut)
            })
            .count();
        println!("{p:<4} same {common}/{TOP}, scoring >= skim's #{TOP} ({cut}) {as_good}/{TOP}");
    }
}
