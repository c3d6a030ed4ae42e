//! Issue 6, below the UI: every kind of file the loader may meet, made here in
//! a temp folder, either loads (lossily where it must) or is skipped with a
//! clear reason: never a panic, never a hang. `tests/store.rs` covers the
//! everyday formats; this is the one place for the hostile corpus.
#![cfg(unix)]

mod common;
#[path = "robust_input/hostile.rs"]
mod hostile;

use byline::store::{self, Article, LoadOptions, Loaded};
use common::{TempDir, terminal_controls, terminal_controls_but_tab, within};
use hostile::{Expect, corpus};
use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The limit the corpus is loaded with: the 50 MB file is over it, the 1 MB
/// paragraph under it.
const LOWERED_LIMIT: u64 = 4 << 20;

/// Really unreadable here (not when the tests run as root).
fn unreadable(path: &Path) -> bool {
    if path.is_dir() {
        std::fs::read_dir(path).is_err()
    } else {
        std::fs::File::open(path).is_err()
    }
}

fn load_within(roots: Vec<PathBuf>, options: LoadOptions) -> Loaded {
    within(120, "loading the corpus", move || store::load(roots, options))
}

/// Every loaded article: one-line, inert fields; paragraphs may keep tabs.
fn assert_inert(a: &Article) {
    for (field, text) in [
        ("id", a.id.as_str()),
        ("title", &a.title),
        ("author", a.author.as_deref().unwrap_or("")),
        ("url", a.url.as_deref().unwrap_or("")),
    ] {
        let bad = terminal_controls(text);
        assert!(bad.is_empty(), "{}: {field} has {bad:?}", a.id);
    }
    for p in &a.paragraphs {
        let bad = terminal_controls_but_tab(p);
        assert!(bad.is_empty(), "{}: paragraph has {bad:?}", a.id);
    }
}

#[test]
fn every_file_of_the_corpus_loads_or_is_skipped_with_its_reason() {
    let dir = TempDir::new("robust-corpus");
    let cases = corpus(&dir);
    let loaded = load_within(
        vec![dir.path().to_path_buf()],
        LoadOptions {
            max_file_bytes: LOWERED_LIMIT,
            ..LoadOptions::default()
        },
    );
    let mut by_path: BTreeMap<&Path, Vec<&Article>> = BTreeMap::new();
    for a in &loaded.articles {
        assert_inert(a);
        by_path.entry(a.path.as_deref().unwrap()).or_default().push(a);
    }
    let skipped: BTreeMap<&Path, &str> = loaded
        .skipped
        .iter()
        .map(|(p, r)| (p.as_path(), r.as_str()))
        .collect();
    for (path, reason) in &skipped {
        assert!(terminal_controls(reason).is_empty(), "{reason:?}");
        assert!(
            cases.iter().any(|c| c.path == *path),
            "unexpected skip of {path:?}: {reason}"
        );
    }
    for case in &cases {
        let p = case.path.as_path();
        let lossy = loaded.lossy.iter().any(|l| l == p);
        match &case.expect {
            Expect::Loads(check) | Expect::Lossy(check) => {
                let articles = by_path
                    .get(p)
                    .unwrap_or_else(|| panic!("{p:?} not loaded: {:?}", skipped.get(p)));
                assert_eq!(lossy, matches!(case.expect, Expect::Lossy(_)), "{p:?} lossy");
                assert!(articles.iter().all(|a| a.lossy == lossy));
                check(articles);
            }
            Expect::Skipped(why) => {
                let reason = skipped
                    .get(p)
                    .unwrap_or_else(|| panic!("{p:?} not skipped (loaded: {})", by_path.contains_key(p)));
                assert!(reason.contains(why), "{p:?}: {reason:?} lacks {why:?}");
            }
            Expect::SkippedIfUnreadable(why) if unreadable(p) => {
                let reason = skipped.get(p).unwrap_or_else(|| panic!("{p:?} not skipped"));
                assert!(reason.contains(why), "{p:?}: {reason:?} lacks {why:?}");
            }
            Expect::SkippedIfUnreadable(_) => assert!(!skipped.contains_key(p), "{p:?}"),
        }
    }
}

#[test]
fn the_default_limit_skips_a_50_mb_file_and_the_limit_is_exact() {
    let dir = TempDir::new("robust-limit");
    let mut huge = b"Huge\n\n".to_vec();
    huge.resize(50_000_000, b'w');
    let huge = dir.write("huge.txt", huge);
    let loaded = load_within(vec![huge], LoadOptions::default());
    assert!(loaded.articles.is_empty());
    assert!(loaded.skipped[0].1.contains("too large"), "{:?}", loaded.skipped);
    const { assert!(store::DEFAULT_MAX_FILE_BYTES == 16 << 20) };

    let limit = 1000;
    let at = dir.write("at.txt", format!("At\n\n{}", "b".repeat(limit - 4)));
    let over = dir.write("over.txt", format!("Over\n\n{}", "b".repeat(limit - 5)));
    let options = LoadOptions {
        max_file_bytes: limit as u64,
        ..LoadOptions::default()
    };
    let loaded = load_within(vec![at, over], options);
    assert_eq!(loaded.articles.len(), 1, "{:?}", loaded.skipped);
    assert_eq!(loaded.articles[0].title, "At");
    assert!(
        loaded.skipped[0]
            .1
            .contains("too large (1001 bytes; the limit is 1000)")
    );
}

/// A "name" longer than one char could count (one capitalised word of
/// 1.2 MB, title and body) before `said "…"`: it loads and its analysis
/// neither panics nor loses the quote or its speaker.
#[test]
fn a_name_of_a_megabyte_loads_and_is_analysed() {
    let dir = TempDir::new("robust-long-name");
    let word = format!("A{}", "b".repeat(1_200_000));
    let file = dir.write(
        "name.txt",
        format!("{word}\n\n{word} said \"hello there friend\"\n"),
    );
    let loaded = load_within(vec![file], LoadOptions::default());
    assert_eq!(loaded.articles.len(), 1, "{:?}", loaded.skipped);
    let paragraphs = loaded.articles[0].paragraphs.clone();
    let a = within(120, "analysing the long name", move || {
        byline::analysis::analyze(byline::analysis::Gazetteer::builtin(), &paragraphs)
    });
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].text, "hello there friend");
    let speaker = a.quotes[0].speaker.map(|e| a.entities[e].name());
    assert_eq!(speaker, Some(word.as_str()));
}

#[test]
fn fifos_and_devices_given_as_paths_are_never_opened() {
    let dir = TempDir::new("robust-devices");
    let fifo = dir.path().join("pipe");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let link = dir.path().join("zero.txt");
    symlink("/dev/zero", &link).unwrap();
    let mut roots = vec![fifo, link, dir.path().to_path_buf()];
    for dev in ["/dev/null", "/dev/zero", "/dev/urandom", "/dev/tty"] {
        if std::fs::symlink_metadata(dev).is_ok() {
            roots.push(dev.into());
        }
    }
    let loaded = load_within(roots.clone(), LoadOptions::default());
    assert!(loaded.articles.is_empty());
    for root in &roots[..2] {
        let reason = &loaded.skipped.iter().find(|(p, _)| p == root).unwrap().1;
        assert!(reason.contains("not a regular file"), "{root:?}: {reason}");
    }
    for (path, reason) in &loaded.skipped {
        assert!(!reason.is_empty(), "{path:?}");
    }
}

/// Folders nested past PATH_MAX (4096 bytes): made with `mkdir -p`, which
/// walks down by relative steps; the leaf is written through `openat`.
#[test]
fn nesting_past_path_max_is_skipped_with_a_reason() {
    let dir = TempDir::new("robust-pathmax");
    let segment = "s".repeat(60);
    let levels = 80; // 80 * 61 bytes: past 4096
    let rel: PathBuf = std::iter::repeat_n(segment.as_str(), levels).collect();
    let ok = Command::new("mkdir")
        .arg("-p")
        .arg(&rel)
        .current_dir(dir.path())
        .stderr(Stdio::null())
        .status()
        .unwrap()
        .success();
    if !ok {
        eprintln!("mkdir -p cannot make a path past PATH_MAX here; skipped");
        return;
    }
    write_leaf_at_depth(dir.path(), &segment, levels, b"Deep leaf\n\nBody.");
    dir.write("top.txt", "Top\n\nBody.");
    let loaded = load_within(vec![dir.path().to_path_buf()], LoadOptions::default());
    assert!(loaded.articles.iter().any(|a| a.title == "Top"));
    let leaf_loaded = loaded.articles.iter().any(|a| a.title == "Deep leaf");
    let too_long = loaded
        .skipped
        .iter()
        .any(|(_, r)| r.to_lowercase().contains("too long"));
    assert!(leaf_loaded || too_long, "{:?}", loaded.skipped);
}

/// Creates `leaf.txt` at `levels` x `segment` below `root` without ever
/// naming the whole path (which is longer than the kernel takes).
fn write_leaf_at_depth(root: &Path, segment: &str, levels: usize, bytes: &[u8]) {
    use std::ffi::CString;
    let c = |s: &[u8]| CString::new(s).unwrap();
    // SAFETY: plain POSIX calls on file descriptors this function owns and closes.
    unsafe {
        let mut fd = libc::open(
            c(root.as_os_str().as_bytes()).as_ptr(),
            libc::O_RDONLY | libc::O_DIRECTORY,
        );
        assert!(fd >= 0);
        for _ in 0..levels {
            let next = libc::openat(
                fd,
                c(segment.as_bytes()).as_ptr(),
                libc::O_RDONLY | libc::O_DIRECTORY,
            );
            libc::close(fd);
            assert!(next >= 0, "openat");
            fd = next;
        }
        let file = libc::openat(fd, c(b"leaf.txt").as_ptr(), libc::O_WRONLY | libc::O_CREAT, 0o644);
        libc::close(fd);
        assert!(file >= 0, "create the leaf");
        assert_eq!(
            libc::write(file, bytes.as_ptr().cast(), bytes.len()),
            bytes.len() as isize
        );
        libc::close(file);
    }
}

/// Runs the real binary, failing (not hanging) after `secs`.
fn run_byline(args: &[&OsStr], secs: u64) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run byline");
    let (mut out, mut err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let stdout = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut out, &mut v).map(|_| v)
    });
    let stderr = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut err, &mut v).map(|_| v)
    });
    let deadline = Instant::now() + Duration::from_secs(secs);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("byline {args:?}: still running after {secs} s");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    std::process::Output {
        status,
        stdout: stdout.join().unwrap().unwrap(),
        stderr: stderr.join().unwrap().unwrap(),
    }
}

#[test]
fn check_lists_every_skipped_file_with_its_reason_and_exits_1() {
    let dir = TempDir::new("robust-check");
    let cases = corpus(&dir);
    let o = run_byline(&[OsStr::new("check"), dir.path().as_os_str()], 120);
    let text = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{text}");
    for case in &cases {
        let why = match case.expect {
            Expect::Skipped(why) => why,
            Expect::SkippedIfUnreadable(why) if unreadable(&case.path) => why,
            Expect::Lossy(_) => {
                let line = format!("warning: {}: invalid UTF-8", case.path.display());
                assert!(text.contains(&line), "{line}\n{text}");
                continue;
            }
            _ => continue,
        };
        let line = format!("skipped: {}: ", case.path.display());
        let found = text
            .lines()
            .find(|l| l.starts_with(&line))
            .unwrap_or_else(|| panic!("no line for {:?} in\n{text}", case.path));
        assert!(found.contains(why), "{found} lacks {why}");
    }
    let summary = text.lines().last().unwrap();
    assert!(summary.contains(" skipped;"), "{summary}");
}
