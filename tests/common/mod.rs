//! Helpers shared by the integration tests: temporary folders of fixtures,
//! article text read the simple way, the reader in-process (in `app`), and
//! the real binary in a pseudo-terminal (in `pty`).
#![allow(dead_code)] // each test binary uses a different part

pub mod app;
pub mod http;
pub mod labels;
pub mod path_rows;
#[cfg(unix)]
pub mod pty;
pub mod store;
pub mod stories;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A fresh folder under the system's temp dir, removed on drop.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "byline-test-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    /// Writes `bytes` at `rel` (creating folders) and returns the full path.
    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.0.join(rel);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(&p, bytes).expect("write fixture");
        p
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        // Restore permissions a test may have removed, so cleanup works.
        let _ = std::process::Command::new("chmod")
            .arg("-R")
            .arg("u+rwx")
            .arg(&self.0)
            .status();
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The seeds folder of this checkout.
pub fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// Runs `f` on its own thread and fails the test if it does not finish within
/// `secs`: a load that blocks (on a FIFO, a device) must fail, not hang CI.
pub fn within<T: Send + 'static>(secs: u64, what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    match rx.recv_timeout(std::time::Duration::from_secs(secs)) {
        Ok(v) => v,
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => panic!("{what}: still running after {secs} s"),
        Err(e) => panic!("{what}: panicked ({e})"),
    }
}

/// The characters in `s` a terminal could act on: C0 controls (tab too),
/// newline and carriage return, DEL, C1 controls, and the bidi embedding,
/// override and isolate controls.
pub fn terminal_controls(s: &str) -> Vec<char> {
    s.chars().filter(|&c| is_terminal_control(c)).collect()
}

/// `terminal_controls` but for tabs, which text that keeps its tabs may hold.
pub fn terminal_controls_but_tab(s: &str) -> Vec<char> {
    s.chars()
        .filter(|&c| c != '\t' && is_terminal_control(c))
        .collect()
}

fn is_terminal_control(c: char) -> bool {
    c < ' '
        || ('\u{7f}'..='\u{9f}').contains(&c)
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Body paragraphs of an article file read the simple way, as the store
/// does: the first line is the title; blank lines separate paragraphs; a
/// paragraph's lines are joined by a space.
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for line in text.lines().skip(1) {
        let line = line.trim();
        if line.is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        } else {
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(line);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// A corpus of one article a text (`title\n\nbody`), ids `0.txt`, `1.txt`…
pub fn corpus_of(texts: &[&str]) -> byline::search::Corpus {
    use byline::store::{Outcome, parse_bytes};
    let articles = texts.iter().enumerate().map(|(i, text)| {
        match parse_bytes(text.as_bytes(), "txt", &format!("{i}.txt")) {
            Outcome::Loaded { mut articles, .. } => articles.remove(0),
            other => panic!("{other:?}"),
        }
    });
    byline::search::Corpus::from_articles(articles.collect())
}

/// Lowercase alphanumerics of a quote's first five words: how a label's
/// `quote_start` meets a predicted quote (label scorers).
pub fn quote_start(text: &str) -> String {
    text.split_whitespace()
        .take(5)
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The folder an environment variable names (`BYLINE_BBC`, `BYLINE_POLNEAR`),
/// for the scorers that need a corpus a fresh clone does not have; `None`,
/// with a note on stderr, when it is not set or not there.
pub fn corpus_dir(var: &str) -> Option<PathBuf> {
    match std::env::var_os(var).map(PathBuf::from) {
        Some(dir) if dir.is_dir() => Some(dir),
        Some(dir) => {
            eprintln!("skipping: {} ({var}) is not a folder", dir.display());
            None
        }
        None => {
            eprintln!("skipping: set {var} to the corpus folder");
            None
        }
    }
}

/// How many times its usual case count a property test runs (`BYLINE_PROPTEST_SCALE`, or
/// one). A long soak (`BYLINE_PROPTEST_SCALE=1000 cargo test --release --test robust_props`)
/// looks for the rare inputs a CI run may draw, while the default run stays a few seconds.
pub fn prop_scale() -> u32 {
    std::env::var("BYLINE_PROPTEST_SCALE")
        .ok()
        .and_then(|s| s.parse::<u32>().ok())
        .unwrap_or(1)
        .max(1)
}

/// A property test's case count, scaled by [`prop_scale`].
pub fn prop_cases(cases: u32) -> u32 {
    cases.saturating_mul(prop_scale())
}

/// A property test's configuration: its cases scaled, and no failure files left in the tree.
pub fn prop_config(cases: u32) -> proptest::test_runner::Config {
    proptest::test_runner::Config {
        cases: prop_cases(cases),
        // `prop_assume!` rejects scale with the cases in a soak.
        max_global_rejects: 1024u32.saturating_mul(prop_scale()),
        failure_persistence: None,
        ..proptest::test_runner::Config::default()
    }
}
