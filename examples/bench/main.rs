//! The speed benchmark (see docs/PERFORMANCE.md):
//!
//!     cargo run --release --example bench -- [PATH | --copies N FROM | --synthetic N]
//!
//! PATH: a folder of articles. `--copies N FROM`: N copies of FROM in a temp
//! folder (45 copies of the BBC corpus make 100,125 articles). `--synthetic N`
//! (the default, N = 100,000): generated articles, so it runs on a fresh clone.
//! Drives the real reader (`App`, `update`, `ui::draw` on a test backend) the
//! way the terminal loop does, and compares with fzf and rg where installed.
//! The last line is one JSON object with every figure.

mod burst;
mod carry;
mod host;
mod memory;
mod synth;
mod threads;
mod tools;

use byline::app::{App, update};
use byline::keys::Action;
use byline::search::spawn_loading_with;
use byline::store::LoadOptions;
use host::{corpus_dir, cpu_seconds, dir_bytes, rss_bytes, stat_field};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use tools::compare_tools;

/// Queries typed one character at a time: bare words short and long,
/// speakers, entities, exact and negated terms.
const QUERIES: [&str; 8] = [
    "trade",
    "blair election",
    "@blair",
    "#london",
    "'government",
    "!sport",
    "gordon brown",
    "@brown budget",
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, corpus, cache] = &args[..]
        && flag == FIRST_START
    {
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("test terminal");
        let _ = SAMPLER.set(threads::ThreadCpu::start());
        let s = start(Path::new(corpus), Path::new(cache), &mut terminal);
        // On stderr, so the figures' line stays as `measure_issue14.sh` reads it.
        eprintln!("{}", s.listed_detail);
        let f = [
            ms(s.first_frame),
            ms(s.listed),
            ms(s.loaded),
            ms(s.draining),
            s.listed_cpu,
            s.cpu,
            rss_bytes() as f64,
        ];
        println!("{}", f.map(|x| x.to_string()).join(" "));
        return;
    }
    if let [flag, corpus, cache] = &args[..]
        && flag == BURST
    {
        burst::burst(Path::new(corpus), Path::new(cache), draw);
        return;
    }
    if let [flag, corpus, cache] = &args[..]
        && flag == CARRY
    {
        carry::carry(Path::new(corpus), Path::new(cache));
        return;
    }
    if let [flag, corpus, cache] = &args[..]
        && flag == MEMORY
    {
        memory::memory(Path::new(corpus), Path::new(cache));
        return;
    }
    let corpus = corpus_dir(&args);
    let bytes = dir_bytes(&corpus);

    // The first start analyses every file and saves the index; the next one
    // finds every file unchanged and uses it. Each in its own process, as a
    // person would start them, so neither's memory counts for the other.
    let cache = std::env::temp_dir().join(format!("byline-bench-cache-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&cache);
    let cold = first_start(&corpus, &cache);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("test terminal");
    let warm = start(&corpus, &cache, &mut terminal);
    let (mut app, first_frame, loaded) = (warm.app, warm.first_frame, warm.loaded);
    assert!(app.loading().is_restored(), "the second start used the index");
    let articles = app.corpus().len();
    let rss = rss_bytes();
    println!(
        "corpus: {} ({articles} articles, {bytes} bytes)",
        corpus.display()
    );
    println!(
        "first start (no index): first frame {:.1} ms; every article listed, words indexed {:.0} ms; names analysed {:.0} ms ({:.0} ms of it taking articles in on the UI thread); CPU {:.2} s until listed, {:.2} s in all, on {} cores; rss {} MB",
        cold.first_frame_ms,
        cold.listed_ms,
        cold.loaded_ms,
        cold.draining_ms,
        cold.listed_cpu,
        cold.cpu,
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        cold.rss / 1_000_000
    );
    println!(
        "next start (index saved by the first): first frame {:.1} ms; loaded {:.0} ms; CPU {:.2} s",
        ms(first_frame),
        ms(loaded),
        warm.cpu
    );

    // Render: the reader open at 200×60.
    update(&mut app, Action::Open);
    let frame = median((0..50).map(|_| timed(|| draw(&mut terminal, &app))).collect());
    update(&mut app, Action::Back);

    // Keystrokes: update + redraw, each character of each query.
    let mut keys = Vec::new();
    for q in QUERIES {
        update(&mut app, Action::FocusFilter);
        for (n, c) in q.char_indices() {
            let typed = &q[..n + c.len_utf8()];
            keys.push((
                timed(|| {
                    update(&mut app, Action::Insert(c));
                    // On a big corpus the filter runs on its worker: wait for the list.
                    while app.filter_pending() {
                        if !app.poll_filter() {
                            std::thread::sleep(Duration::from_micros(50));
                        }
                    }
                    draw(&mut terminal, &app);
                }),
                typed,
            ));
        }
        let shown = app.shown().len();
        update(&mut app, Action::Cancel);
        println!("  {q:<16} → {shown} articles");
    }
    keys.sort();
    let slowest: Vec<String> = (keys.iter().rev().take(5))
        .map(|(d, typed)| format!("{typed:?} {:.1} ms", ms(*d)))
        .collect();
    println!("  slowest keys: {}", slowest.join(", "));
    let keys: Vec<Duration> = keys.into_iter().map(|(d, _)| d).collect();
    let p = |q: f64| keys[((keys.len() - 1) as f64 * q).round() as usize];

    // Entity jump: focus the first mention of the first article, then `]`.
    update(&mut app, Action::Open);
    update(&mut app, Action::NextMention);
    let entity = app.focused_entity().map(|id| app.entity(id).name.clone());
    let jumps: Vec<Duration> = (0..20)
        .map(|_| timed(|| update(&mut app, Action::NextArticleNaming)))
        .collect();
    let jump = median(jumps);

    println!(
        "keystroke p50 {:.2} ms, p99 {:.2} ms over {} keys",
        ms(p(0.5)),
        ms(p(0.99)),
        keys.len()
    );
    println!(
        "jump ({}) {:.3} ms; frame {:.2} ms; rss {} MB ({:.2}× the corpus)",
        entity.as_deref().unwrap_or("-"),
        ms(jump),
        ms(frame),
        rss / 1_000_000,
        rss as f64 / bytes as f64
    );

    compare_tools(&app, &corpus, entity.as_deref(), p(0.5), jump);

    // Last, so its memory does not count in the figures above.
    drop(app);
    let update_one = update_one(&corpus, &cache, &mut terminal);
    let _ = std::fs::remove_dir_all(&cache);
    println!(
        "one file changed since (its time touched), then a start: loaded {:.0} ms",
        ms(update_one)
    );

    println!(
        "{{\"articles\": {articles}, \"bytes\": {bytes}, \"first_frame_ms\": {:.2}, \"loaded_ms\": {:.1}, \"keystroke_p50_ms\": {:.3}, \"keystroke_p99_ms\": {:.3}, \"jump_ms\": {:.4}, \"frame_ms\": {:.3}, \"rss_bytes\": {rss}, \"first_start_loaded_ms\": {:.1}, \"first_start_analysed_ms\": {:.1}, \"first_start_rss_bytes\": {}, \"update_one_ms\": {:.1}}}",
        ms(first_frame),
        ms(loaded),
        ms(p(0.5)),
        ms(p(0.99)),
        ms(jump),
        ms(frame),
        cold.listed_ms,
        cold.loaded_ms,
        cold.rss,
        ms(update_one)
    );
}

/// A start after one file changed: its modification time is moved on (and
/// put back after, so a folder of the user's is left as it was), so the
/// saved index must be brought up to date.
fn update_one(corpus: &Path, cache: &Path, terminal: &mut Terminal<TestBackend>) -> Duration {
    let mut first = None;
    byline::store::walk(&[corpus.to_path_buf()], |step| {
        if let byline::store::Step::Entry(e) = step {
            first = Some(e.path);
            return false;
        }
        true
    });
    let file = first.expect("a file in the corpus");
    let open = || {
        std::fs::File::options()
            .append(true)
            .open(&file)
            .expect("the file to touch")
    };
    let was = std::fs::metadata(&file)
        .and_then(|m| m.modified())
        .expect("its time");
    open().set_modified(was + Duration::from_secs(1)).expect("touch");
    let s = start(corpus, cache, terminal);
    assert!(s.app.loading().is_restored(), "the index was brought up to date");
    let _ = open().set_modified(was);
    s.loaded
}

/// The argument that makes the bench run one first start and report it.
const FIRST_START: &str = "--first-start-only";

/// The argument that makes the bench type while 1,000 files arrive in the
/// watched folder (`burst.rs`).
const BURST: &str = "--burst";

/// The argument that makes the bench start once (restoring CACHE if it
/// holds an index of CORPUS) and print the heap bytes of each structure.
const MEMORY: &str = "--memory";
/// `--carry CORPUS CACHE`: the first pass after a batch, whole or carried over (`carry.rs`).
const CARRY: &str = "--carry";

/// What a first start (no saved index yet) took, from a child process.
struct FirstStart {
    first_frame_ms: f64,
    /// Every article listed, the title and body-word filter working.
    listed_ms: f64,
    /// The names, quotes and speakers too: everything loaded.
    loaded_ms: f64,
    draining_ms: f64,
    /// CPU seconds until every article was listed, and until the end.
    listed_cpu: f64,
    cpu: f64,
    rss: u64,
}

fn first_start(corpus: &Path, cache: &Path) -> FirstStart {
    let exe = std::env::current_exe().expect("the bench's own path");
    let out = Command::new(exe)
        .arg(FIRST_START)
        .arg(corpus)
        .arg(cache)
        .stderr(Stdio::inherit())
        .output()
        .expect("run the first start");
    let text = String::from_utf8_lossy(&out.stdout);
    let f: Vec<f64> = text.split_whitespace().filter_map(|x| x.parse().ok()).collect();
    let [
        first_frame_ms,
        listed_ms,
        loaded_ms,
        draining_ms,
        listed_cpu,
        cpu,
        rss,
    ] = f[..]
    else {
        panic!("the first start printed {text:?}");
    };
    FirstStart {
        first_frame_ms,
        listed_ms,
        loaded_ms,
        draining_ms,
        listed_cpu,
        cpu,
        rss: rss as u64,
    }
}

/// One start of the reader over `corpus`, until everything is loaded and
/// the index is saved.
struct Start {
    app: App,
    first_frame: Duration,
    /// Every article listed (`Loading::is_listed`) and on the list; the
    /// names may come after.
    listed: Duration,
    loaded: Duration,
    draining: Duration,
    listed_cpu: f64,
    /// User and system CPU, minor page faults and CPU by thread when listed
    /// (the threads only with `SAMPLER` started).
    listed_detail: String,
    /// CPU seconds this start used (all threads).
    cpu: f64,
}

fn start(corpus: &Path, cache: &Path, terminal: &mut Terminal<TestBackend>) -> Start {
    let cpu = cpu_seconds();
    let begin = Instant::now();
    let events = spawn_loading_with(
        vec![corpus.to_path_buf()],
        LoadOptions::default(),
        Some(cache),
        Default::default(),
    );
    let mut app = App::streaming(events);
    // As the terminal does: what it holds for live folders counts too.
    app.watch_folders(vec![corpus.to_path_buf()], LoadOptions::default());
    let (width, height) = (200, 60);
    update(&mut app, Action::Resize { width, height });
    let (mut first_frame, mut listed, mut listed_cpu) = (None, None, 0.0);
    let mut listed_detail = String::new();
    let mut draining = Duration::ZERO;
    while app.loading().is_active() {
        let t = Instant::now();
        let changed = app.drain_loading(Duration::from_millis(15)) | app.poll_filter();
        draining += t.elapsed();
        if first_frame.is_none() && !app.shown().is_empty() {
            draw(terminal, &app);
            first_frame = Some(begin.elapsed());
        } else if listed.is_none() && app.loading().is_listed() && !app.filter_pending() {
            draw(terminal, &app);
            listed = Some(begin.elapsed());
            listed_cpu = cpu_seconds() - cpu;
            listed_detail = detail();
        } else if changed {
            std::thread::sleep(Duration::from_millis(1));
        }
    }
    draw(terminal, &app);
    let loaded = begin.elapsed();
    let cpu = cpu_seconds() - cpu;
    app.finish_saving();
    Start {
        app,
        first_frame: first_frame.unwrap_or(loaded),
        listed: listed.unwrap_or(loaded),
        loaded,
        draining,
        listed_cpu,
        listed_detail,
        cpu,
    }
}

/// Samples each thread's CPU in a first start run alone (`--first-start-only`).
static SAMPLER: std::sync::OnceLock<threads::ThreadCpu> = std::sync::OnceLock::new();

/// User and system seconds, minor faults, and CPU seconds by thread name.
fn detail() -> String {
    let [user, system, faults] = [11, 12, 7].map(stat_field);
    let mut s = format!(
        "listed: user {:.2} s, system {:.2} s, {faults:.0} minor faults",
        user / 100.0,
        system / 100.0
    );
    for (name, secs) in SAMPLER.get().map(threads::ThreadCpu::by_name).unwrap_or_default() {
        s.push_str(&format!("; {name} {secs:.2}"));
    }
    s
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App) {
    terminal
        .draw(|f| byline::ui::draw(f, app, &default_theme()))
        .expect("draw");
}

fn timed(f: impl FnOnce()) -> Duration {
    let t = Instant::now();
    f();
    t.elapsed()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The theme the reader draws in when the config changes nothing.
fn default_theme() -> byline::ui::Theme {
    let config = byline::config::Config::default();
    byline::ui::Theme::from_config(&config, byline::config::ColorDepth::TrueColor, false)
}
