//! `bench --carry CORPUS CACHE`: the first pass after a live batch that only
//! added articles, whole or carried over (`search::Carry`, what the reader
//! does), for every prefix the bench types; CPU time of the process (both
//! of the filter's threads), and whether the two lists are the same.
//!
//! Starts the reader over CORPUS (restoring CACHE), then grows a copy of
//! its corpus by the corpus's first 1,000 files again, placed after the old
//! ones in walk order, as `bench --burst` does on disk.

use byline::search::{Analysed, Carry, Corpus, Query, matches, rank, refine};
use byline::store::{Outcome, Step, parse_bytes, walk};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::Path;

const FILES: usize = 1000;
/// Each pass is timed this many times; the least counts.
const RUNS: usize = 3;

pub fn carry(corpus: &Path, cache: &Path) {
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("test terminal");
    let app = super::start(corpus, cache, &mut terminal).app;
    let old: Corpus = app.corpus().clone();
    drop(app);
    let mut files = Vec::new();
    walk(&[corpus.to_path_buf()], |step| {
        if let Step::Entry(e) = step {
            files.push(e.path);
        }
        files.len() < FILES
    });
    let mut grown = old.clone();
    // A place in the walk after every file's.
    let after = 1 << 30;
    for (i, path) in files.iter().enumerate() {
        let bytes = std::fs::read(path).expect("a file of the corpus");
        let id = format!("burst/{i:04}.txt");
        if let Outcome::Loaded { articles, .. } = parse_bytes(&bytes, "txt", &id) {
            for (n, mut article) in articles.into_iter().enumerate() {
                article.path = Some(path.clone());
                grown.push(Analysed::new(article, (after + i as u32, n as u32)));
            }
        }
    }
    grown.settle();
    let mut prefixes = Vec::new();
    for query in super::QUERIES {
        for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
            prefixes.push(&query[..end]);
        }
    }
    let (mut whole, mut carried, mut same) = (Vec::new(), Vec::new(), 0);
    for text in &prefixes {
        let query = Query::parse(text);
        let before = matches(&old, &query);
        let (mut w, mut c) = (f64::MAX, f64::MAX);
        let (mut full, mut over) = (Vec::new(), Vec::new());
        for _ in 0..RUNS {
            let t = cpu_ms();
            full = rank(&matches(&grown, &query));
            w = w.min(cpu_ms() - t);
            let t = cpu_ms();
            let base = Carry::new(&old, &query).base(&grown, &before);
            over = rank(&refine(&grown, &query, base));
            c = c.min(cpu_ms() - t);
        }
        same += usize::from(full == over);
        whole.push((w, *text));
        carried.push((c, *text));
    }
    let total = |v: &[(f64, &str)]| v.iter().map(|x| x.0).sum::<f64>();
    let median = |v: &mut Vec<(f64, &str)>| {
        v.sort_by(|a, b| a.0.total_cmp(&b.0));
        v[v.len() / 2].0
    };
    let (tw, tc) = (total(&whole), total(&carried));
    let (mw, mc) = (median(&mut whole), median(&mut carried));
    let top = |v: &[(f64, &str)]| {
        (v.iter().rev().take(5))
            .map(|(ms, q)| format!("{q:?} {ms:.1}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    println!(
        "first pass after {} articles added to {}, for each of {} prefixes (CPU ms, least of {RUNS}): whole total {tw:.0}, median {mw:.2}; carried over total {tc:.0}, median {mc:.2}; same list {same}/{}",
        grown.len() - old.len(),
        old.len(),
        prefixes.len(),
        prefixes.len()
    );
    println!("  dearest whole: {}", top(&whole));
    println!("  dearest carried: {}", top(&carried));
}

/// CPU time of the whole process, in milliseconds.
fn cpu_ms() -> f64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid timespec for the call to fill.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut t) };
    t.tv_sec as f64 * 1e3 + t.tv_nsec as f64 / 1e6
}
