//! Time of grouping a folder into stories (`Stories::build`), after loading
//! it as the reader does: the median of 5 runs, with the number of stories
//! and their sizes. `--list` also prints every story (size, ids, titles), to
//! judge them by reading. `--keys` drives the reader instead (`App`,
//! `update`, `ui::draw` on a test backend, as `examples/bench` does): after
//! the load, the time from `t` to the threads shown, and each keystroke of
//! filter queries (update, filter, regroup, redraw) with threads off and on.
//! `cargo run --release --example stories_bench -- PATH [--list | --keys]`

use byline::app::{App, update};
use byline::keys::Action;
use byline::search::{Corpus, CorpusEvent, Stories, spawn_loading};
use byline::store::LoadOptions;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Typed a character at a time, as `examples/bench` types them.
const QUERIES: [&str; 6] = [
    "trade",
    "blair election",
    "@blair",
    "#london",
    "!sport",
    "@brown budget",
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let paths: Vec<PathBuf> = (args.iter())
        .filter(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .collect();
    if args.iter().any(|a| a == "--keys") {
        return keys(paths);
    }
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
    if args.iter().any(|a| a == "--list") {
        for s in all {
            println!("{}", s.articles.len());
            for &a in &s.articles {
                let a = corpus.article(a);
                println!("  {}  {}", a.id, a.title);
            }
        }
    }
}

/// The reader's cost of threads: `t` after the load, and keystrokes.
fn keys(paths: Vec<PathBuf>) {
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("test terminal");
    let started = Instant::now();
    let mut app = App::streaming(spawn_loading(paths, LoadOptions::default()));
    update(
        &mut app,
        Action::Resize {
            width: 200,
            height: 60,
        },
    );
    while app.loading().is_active() {
        app.drain_loading(Duration::from_millis(15));
    }
    draw(&mut terminal, &app);
    println!(
        "{} articles loaded in {:.1?}",
        app.corpus().len(),
        started.elapsed()
    );
    let off = typing(&mut app, &mut terminal);
    let t = Instant::now();
    update(&mut app, Action::ToggleThreads);
    app.wait_for_stories();
    draw(&mut terminal, &app);
    let grouped = t.elapsed();
    let stories = app.stories().map_or(0, |s| s.all().len());
    println!("t: {stories} stories grouped and the list shown in threads in {grouped:.1?}");
    let on = typing(&mut app, &mut terminal);
    for (name, mut keys) in [("off", off), ("on", on)] {
        keys.sort();
        let p = |q: f64| keys[((keys.len() - 1) as f64 * q).round() as usize];
        println!(
            "threads {name}: keystroke p50 {:.2?}, p99 {:.2?}, max {:.2?} over {} keys",
            p(0.5),
            p(0.99),
            keys[keys.len() - 1],
            keys.len()
        );
    }
}

/// Each character of each query: update, the filter (on its worker from
/// 20,000 articles: waited for), the list regrouped, a frame drawn.
fn typing(app: &mut App, terminal: &mut Terminal<TestBackend>) -> Vec<Duration> {
    let mut keys = Vec::new();
    for q in QUERIES {
        update(app, Action::FocusFilter);
        for c in q.chars() {
            let t = Instant::now();
            update(app, Action::Insert(c));
            while app.filter_pending() {
                if !app.poll_filter() {
                    std::thread::sleep(Duration::from_micros(50));
                }
            }
            draw(terminal, app);
            keys.push(t.elapsed());
        }
        update(app, Action::Cancel);
    }
    keys
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App) {
    let theme = byline::ui::Theme::from_config(
        &byline::config::Config::default(),
        byline::config::ColorDepth::TrueColor,
        false,
    );
    terminal.draw(|f| byline::ui::draw(f, app, &theme)).expect("draw");
}
