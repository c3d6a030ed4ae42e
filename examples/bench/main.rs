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
mod synth;
mod threads;

use byline::app::{App, update};
use byline::keys::Action;
use byline::search::spawn_loading_with;
use byline::store::LoadOptions;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

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
        memory(Path::new(corpus), Path::new(cache));
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

fn memory(corpus: &Path, cache: &Path) {
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("test terminal");
    let s = start(corpus, cache, &mut terminal);
    // The folders' watch is set up on threads of its own once loaded.
    std::thread::sleep(std::time::Duration::from_secs(2));
    let parts = s.app.corpus().memory();
    let mb = |b: usize| b as f64 / 1e6;
    let (mut bytes, mut slack, mut allocations) = (0, 0, 0);
    println!("restored: {}", s.app.loading().is_restored());
    println!("{:>9} {:>9} {:>11}  structure", "MB", "slack MB", "allocations");
    for (name, h) in &parts {
        println!(
            "{:9.1} {:9.1} {:11}  {name}",
            mb(h.bytes),
            mb(h.slack),
            h.allocations
        );
        (bytes, slack, allocations) = (bytes + h.bytes, slack + h.slack, allocations + h.allocations);
    }
    println!(
        "{:9.1} {:9.1} {allocations:11}  all counted",
        mb(bytes),
        mb(slack)
    );
    println!("rss {:.1} MB", rss_bytes() as f64 / 1e6);
    // SAFETY: mallinfo2 only reads the allocator's own counters.
    let m = unsafe { libc::mallinfo2() };
    println!(
        "malloc: {:.1} MB in use, {:.1} MB free in its heap, {:.1} MB mapped apart",
        mb(m.uordblks),
        mb(m.fordblks),
        mb(m.hblkhd)
    );
    // Each arena's own figures (glibc's XML), to tell which thread's arena
    // holds free memory: `BYLINE_MALLOC_INFO=FILE`.
    if let Some(path) = std::env::var_os("BYLINE_MALLOC_INFO") {
        let path = std::ffi::CString::new(path.into_encoded_bytes()).expect("a path without NUL");
        // SAFETY: a file opened, written by glibc and closed here.
        unsafe {
            let f = libc::fopen(path.as_ptr(), c"w".as_ptr());
            if !f.is_null() {
                libc::malloc_info(0, f);
                libc::fclose(f);
            }
        }
    }
    let smaps = std::fs::read_to_string("/proc/self/smaps").unwrap_or_default();
    let (mut name, mut by) = (String::new(), std::collections::BTreeMap::<String, usize>::new());
    for line in smaps.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields
            .first()
            .is_some_and(|f| f.contains('-') && !f.ends_with(':'))
        {
            name = fields.get(5).map_or("[anonymous]", |n| n).to_owned();
        } else if fields.first() == Some(&"Rss:") {
            *by.entry(name.clone()).or_default() += fields[1].parse::<usize>().unwrap_or(0) * 1024;
        }
    }
    for (name, bytes) in by.iter().filter(|b| *b.1 >= 1_000_000) {
        println!("rss {:9.1} MB  {name}", mb(*bytes));
    }
}

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

/// fzf over the same titles and names, and rg over the folder for the
/// entity's name: the tools a person would otherwise use.
fn compare_tools(app: &App, corpus: &Path, entity: Option<&str>, keystroke: Duration, jump: Duration) {
    let c = app.corpus();
    let lines: String = c
        .order()
        .iter()
        .map(|&i| {
            let a = c.article(i);
            format!("{}\t{}\t{}\n", a.id, a.title, a.author.as_deref().unwrap_or(""))
        })
        .collect();
    let input = std::env::temp_dir().join("byline-bench-fzf-input.txt");
    if std::fs::write(&input, lines).is_err() {
        return;
    }
    if let Some(fzf) = tool_median("fzf", &["--filter", "blair"], Some(&input)) {
        println!(
            "fzf --filter blair over titles: {:.1} ms (byline keystroke p50 is {:.0}× faster)",
            ms(fzf),
            fzf.as_secs_f64() / keystroke.as_secs_f64().max(1e-9)
        );
    }
    let name = entity.unwrap_or("Blair");
    let path = corpus.to_string_lossy();
    if let Some(rg) = tool_median("rg", &["-l", "-F", name, &path], None) {
        println!(
            "rg -l {name:?} over the folder: {:.1} ms (byline's jump is {:.0}× faster)",
            ms(rg),
            rg.as_secs_f64() / jump.as_secs_f64().max(1e-9)
        );
    }
}

/// The median of 5 runs of a command, or `None` when it is not installed.
fn tool_median(tool: &str, args: &[&str], stdin: Option<&Path>) -> Option<Duration> {
    let mut runs = Vec::new();
    for _ in 0..5 {
        let mut cmd = Command::new(tool);
        cmd.args(args).stdout(Stdio::null()).stderr(Stdio::null());
        if let Some(f) = stdin {
            cmd.stdin(std::fs::File::open(f).ok()?);
        }
        let t = Instant::now();
        cmd.status().ok()?;
        runs.push(t.elapsed());
    }
    Some(median(runs))
}

fn corpus_dir(args: &[String]) -> PathBuf {
    match args.first().map(String::as_str) {
        Some("--copies") => {
            let n: usize = args.get(1).and_then(|s| s.parse().ok()).expect("--copies N FROM");
            let from = PathBuf::from(args.get(2).expect("--copies N FROM"));
            let dir = std::env::temp_dir().join(format!("byline-bench-copies-{n}"));
            if !dir.exists() {
                for i in 0..n {
                    copy_dir(&from, &dir.join(format!("c{i:02}"))).expect("copy corpus");
                }
            }
            dir
        }
        Some("--synthetic") | None => {
            let n: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(100_000);
            let dir = std::env::temp_dir().join(format!("byline-bench-synthetic-{n}"));
            if !dir.exists() {
                synth::write_corpus(&dir, n).expect("write synthetic corpus");
            }
            dir
        }
        Some(path) => PathBuf::from(path),
    }
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

fn dir_bytes(dir: &Path) -> u64 {
    let mut total = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            match e.file_type() {
                Ok(t) if t.is_dir() => stack.push(e.path()),
                Ok(_) => total += e.metadata().map_or(0, |m| m.len()),
                Err(_) => {}
            }
        }
    }
    total
}

/// User plus system time of the whole process so far (Linux; 0 elsewhere).
fn cpu_seconds() -> f64 {
    let ticks = 100.0; // USER_HZ on Linux
    (stat_field(11) + stat_field(12)) / ticks
}

/// Field `n` of `/proc/self/stat` counted after the command name (7: minor
/// faults, 11 and 12: user and system ticks); 0 elsewhere.
fn stat_field(n: usize) -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    rest.split_whitespace()
        .nth(n)
        .and_then(|v| v.parse::<f64>().ok())
        .unwrap_or(0.0)
}

fn rss_bytes() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("VmRSS:"))?.to_owned();
            line.split_whitespace().nth(1)?.parse::<u64>().ok()
        })
        .map_or(0, |kb| kb * 1024)
}

/// The theme the reader draws in when the config changes nothing.
fn default_theme() -> byline::ui::Theme {
    let config = byline::config::Config::default();
    byline::ui::Theme::from_config(&config, byline::config::ColorDepth::TrueColor, false)
}
