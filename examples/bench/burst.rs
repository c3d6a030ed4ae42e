//! `bench --burst CORPUS CACHE`: typing while a sync drops 1,000 files into
//! a watched folder (issue 14: "listed within 5 s, with typing still fluent").
//!
//! Starts the reader over CORPUS (restoring CACHE when it holds its index),
//! watching the folder as the terminal does; then copies the corpus's first
//! 1,000 files into a new subfolder `CORPUS/burst-PID` (removed at the end)
//! while keys arrive every 50 ms, as a fast typist's would. Each key's
//! latency runs from when it was due to the list filtered and drawn, so a
//! key that waited behind the batch being applied counts that wait. The loop
//! is the terminal's: keys, then the filter's result, then live changes.

use byline::app::{App, update};
use byline::keys::Action;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::Path;
use std::time::{Duration, Instant};

const FILES: usize = 1000;
/// Time between two keys.
const KEY_EVERY: Duration = Duration::from_millis(50);
/// Typing goes on this long after the new files are listed.
const AFTER: Duration = Duration::from_secs(1);
/// Keys slower than this are listed with when they were due.
const SLOW: Duration = Duration::from_millis(16);

pub fn burst(corpus: &Path, cache: &Path, draw: impl Fn(&mut Terminal<TestBackend>, &App)) {
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("test terminal");
    let threads = super::threads::ThreadCpu::start();
    let roots = vec![corpus.to_path_buf()];
    // Loaded and watching, as the terminal is (`start`).
    let mut app = super::start(corpus, cache, &mut terminal).app;
    let before = app.corpus().len();
    let rss_before = crate::host::rss_bytes();
    println!(
        "started: {before} articles, index used: {}",
        app.loading().is_restored()
    );
    std::thread::sleep(Duration::from_millis(500)); // the watch is set up
    let mut files = Vec::new();
    byline::store::walk(&roots, |step| {
        if let byline::store::Step::Entry(e) = step {
            files.push(e.path);
        }
        files.len() < FILES
    });
    let target = corpus.join(format!("burst-{}", std::process::id()));
    let copy = {
        let target = target.clone();
        byline::store::spawn_named("burst-copy", move || {
            let staging = target.with_extension("tmp");
            std::fs::create_dir_all(&staging).expect("the burst's folder");
            for (i, f) in files.iter().enumerate() {
                std::fs::copy(f, staging.join(format!("{i:04}.txt"))).expect("copy a file");
            }
            // One rename, as a sync tool finishing a folder would: the
            // watcher sees the folder appear with its 1,000 files.
            std::fs::rename(&staging, &target).expect("the burst's folder in place");
        })
    };
    let cpu_before = threads.by_name();
    let begin = Instant::now();
    let keys: Vec<char> = super::QUERIES.join(" ").chars().collect();
    let (mut latencies, mut listed, mut typed) = (Vec::new(), None, 0);
    // How long each batch of changes took to apply on the UI thread.
    let mut applies = Vec::new();
    // Keys that took longer than `SLOW`: when they were due, and how long.
    let mut slow = Vec::new();
    let (mut taken, mut installed) = (None, None);
    let mut due = begin;
    update(&mut app, Action::FocusFilter);
    while listed.is_none_or(|at: Duration| begin.elapsed() < at + AFTER) {
        if begin.elapsed() > Duration::from_secs(60) {
            break;
        }
        if Instant::now() >= due {
            let c = keys[typed % keys.len()];
            if c == ' ' && typed % 3 == 0 {
                update(&mut app, Action::Cancel);
                update(&mut app, Action::FocusFilter);
            } else {
                update(&mut app, Action::Insert(c));
            }
            while app.filter_pending() {
                if !app.poll_filter() {
                    std::thread::sleep(Duration::from_micros(50));
                }
            }
            draw(&mut terminal, &app);
            latencies.push(due.elapsed());
            if due.elapsed() > SLOW {
                slow.push((due - begin, due.elapsed(), c));
            }
            typed += 1;
            due += KEY_EVERY;
        }
        let t = Instant::now();
        let applied = app.drain_changes();
        if applied {
            applies.push(t.elapsed());
            installed = installed.or(Some(begin.elapsed()));
        }
        if app.applying_changes() {
            taken = taken.or(Some(begin.elapsed()));
        }
        let changed = app.poll_filter() | applied;
        if changed {
            draw(&mut terminal, &app);
        }
        if listed.is_none() && app.corpus().len() >= before + FILES {
            listed = Some(begin.elapsed());
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    let cpu_typing = threads.by_name();
    copy.join().expect("the copy");
    let _ = std::fs::remove_dir_all(&target);
    app.finish_saving();
    // Let the old corpus be freed (on a thread of its own) before counting.
    std::thread::sleep(Duration::from_millis(300));
    let since = |now: Vec<(String, f64)>| -> Vec<String> {
        (now.into_iter())
            .map(|(name, secs)| {
                let was = cpu_before.iter().find(|(n, _)| *n == name).map_or(0.0, |b| b.1);
                (name, secs - was)
            })
            .filter(|(_, secs)| *secs >= 0.005)
            .map(|(name, secs)| format!("{name} {secs:.2}"))
            .collect()
    };
    let (cpu, cpu_typing) = (since(threads.by_name()), since(cpu_typing));
    let rss_after = crate::host::rss_bytes();
    latencies.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let p = |q: f64| ms(latencies[((latencies.len() - 1) as f64 * q).round() as usize]);
    println!(
        "{FILES} files added while open: listed after {} ms ({} → {} articles); {} keys typed meanwhile, every {} ms: latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        listed.map_or("never (60 s)".to_owned(), |d| format!("{:.0}", ms(d))),
        before,
        app.corpus().len(),
        latencies.len(),
        KEY_EVERY.as_millis(),
        p(0.5),
        p(0.99),
        p(1.0),
    );
    println!("  CPU seconds by thread during the burst: {}", cpu.join(", "));
    println!("  of which while keys were typed: {}", cpu_typing.join(", "));
    let applies: Vec<String> = applies.iter().map(|d| format!("{:.0} ms", ms(*d))).collect();
    println!("  batches installed on the UI thread: {}", applies.join(", "));
    println!(
        "  resident memory before the burst {:.0} MB, after it {:.0} MB",
        rss_before as f64 / 1e6,
        rss_after as f64 / 1e6
    );
    let at = |d: Option<Duration>| d.map_or("never".to_owned(), |d| format!("{:.0} ms", ms(d)));
    let slow: Vec<String> = (slow.iter())
        .map(|(due, took, c)| format!("{:.0} {c:?}: {:.0}", ms(*due), ms(*took)))
        .collect();
    println!(
        "  batch taken at {}, installed at {}; keys over {} ms (due at ms, key: took ms): {}",
        at(taken),
        at(installed),
        SLOW.as_millis(),
        slow.join(", ")
    );
}
