//! End to end, `|` and `y`: the real binary in a pseudo-terminal hands the
//! terminal to a piped command and takes it back; `y` writes one OSC 52
//! sequence and nothing else of the article's.
#![cfg(unix)]

mod common;

use common::TempDir;
use common::pty::{Pty, TIMEOUT};
use std::time::{Duration, Instant};

#[test]
fn a_pipe_gets_the_text_and_the_reader_comes_back() {
    let home = TempDir::new("ui-pty-pipe");
    let out = home.path().join("piped.txt");
    let mut s = Pty::start(100, 30, home.path(), |c| {
        c.env("PAGER", "cat").env("RUST_BACKTRACE", "0");
    });
    s.wait_for(" 5/5");
    s.send("|");
    s.wait_for("pipe to: cat");
    s.press("Ctrl-u");
    s.type_keys(&format!("cat > {}", out.display()));
    s.press("Enter");
    s.wait_for("press Enter to return to byline");
    s.press("Enter");
    s.wait_for(" 5/5");
    let start = Instant::now();
    while !out.exists() && start.elapsed() < TIMEOUT {
        std::thread::sleep(Duration::from_millis(20));
    }
    let text = std::fs::read_to_string(&out).expect("the command ran");
    assert!(text.starts_with("Russia"), "{text}");
    s.send("y");
    s.wait_for("copied the article's id and title");
    let raw = String::from_utf8_lossy(&s.raw()).into_owned();
    assert_eq!(raw.matches("\u{1b}]52;c;").count(), 1);
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}
