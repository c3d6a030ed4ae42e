//! The real reader in a pseudo-terminal with its own config and state
//! folders: marks outlive `kill -9`, the position outlives a clean exit, a
//! config error shows in the status bar while the defaults apply, and a
//! remapped key works.
#![cfg(unix)]

mod common;

use common::TempDir;
use common::pty::{Pty, TIMEOUT};
use std::path::Path;
use std::time::{Duration, Instant};

/// `byline` on the seeds, 120×40, with HOME and the XDG folders under `home`
/// and no colour settings but those in `env`.
fn reader(home: &Path, env: &[(&str, &str)]) -> Pty {
    Pty::start(120, 40, home, |command| {
        command
            .env_remove("NO_COLOR")
            .env_remove("COLORTERM")
            .env("HOME", home)
            .envs(env.iter().copied());
    })
}

const SEED_2: &str = "Trump says US-Russia rel";
const SEED_3: &str = "Russian Federation vetoes";

#[test]
fn marks_outlive_kill_9_and_the_position_a_clean_exit() {
    let home = TempDir::new("state-pty");
    let mut r = reader(home.path(), &[]);
    r.wait_for(" 5/5");
    assert!(r.row(SEED_2).starts_with('●'), "unread at first");
    r.press("j j Enter"); // open 002: read
    r.wait_for("Reader · 002_");
    r.press("Esc j m"); // star 003
    r.wait_for("starred");
    // The marks are on disk before any exit.
    let state = home.path().join("state/byline/state.json");
    let start = Instant::now();
    while !std::fs::read_to_string(&state).is_ok_and(|s| s.matches('"').count() >= 8) {
        assert!(start.elapsed() < TIMEOUT);
        std::thread::sleep(Duration::from_millis(20));
    }
    r.signal(libc::SIGKILL);
    r.wait_exit();
    drop(r);

    let mut r = reader(home.path(), &[]);
    r.wait_for(" 5/5");
    assert!(r.row(SEED_2).starts_with("  "), "002 read: {}", r.row(SEED_2));
    assert!(r.row(SEED_3).starts_with("●*"), "003 starred: {}", r.row(SEED_3));
    // A position to come back to: filtered, the third hit open, scrolled.
    r.type_keys("/trump");
    r.press("Enter");
    r.wait_for("filter: trump");
    r.press("j j Enter j j j j");
    let reading = r.wait_for("Reader · ");
    let title = reading
        .lines()
        .find_map(|l| l.split("Reader · ").nth(1))
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    r.type_keys("q");
    r.wait_exit();
    drop(r);

    let r = reader(home.path(), &[]);
    // Both, in whichever order the first frame's bytes arrive.
    r.wait_for(&format!("Reader · {title}"));
    r.wait_for("filter: trump");
}

/// Killed with no chance to save (a crash, or a hang-up the loop never
/// sees), the reader still comes back to the place it had a second before.
#[test]
fn the_position_outlives_kill_9_once_it_has_settled() {
    let home = TempDir::new("state-pty-settle");
    let mut r = reader(home.path(), &[]);
    r.wait_for(" 5/5");
    r.press("j j Enter");
    r.wait_for("Reader · 002_");
    let state = home.path().join("state/byline/state.json");
    let start = Instant::now();
    while !std::fs::read_to_string(&state).is_ok_and(|s| s.contains("002_")) {
        assert!(start.elapsed() < TIMEOUT, "the position is never written");
        std::thread::sleep(Duration::from_millis(50));
    }
    r.signal(libc::SIGKILL);
    r.wait_exit();
    drop(r);
    let r = reader(home.path(), &[]);
    r.wait_for("Reader · 002_");
}

#[test]
fn a_config_error_shows_in_the_status_bar_and_the_good_settings_apply() {
    let home = TempDir::new("state-pty-config");
    let file = home.write(
        "config/byline/config.toml",
        "theme = \"light\"\n[keys.browse]\nquit = [\"x\", \"Ctrl-c\"]\nwarp = 1\n",
    );
    let mut r = reader(home.path(), &[]);
    let screen = r.wait_for("config: ");
    let status = screen.lines().last().unwrap().to_owned();
    assert!(
        status.contains(&format!("{}:4", file.display())) || status.contains("keys.browse.warp"),
        "{status}"
    );
    // The good settings apply: x quits, q no longer does.
    r.type_keys("q");
    std::thread::sleep(Duration::from_millis(200));
    r.wait_for("config: ");
    r.type_keys("x");
    r.wait_exit();
}

#[test]
fn a_remapped_key_and_the_light_theme_in_the_real_terminal() {
    let home = TempDir::new("state-pty-keys");
    home.write(
        "config/byline/config.toml",
        "theme = \"light\"\nmouse = false\n[keys.browse]\nquit = [\"x\", \"Ctrl-c\"]\ndown = [\"n\"]\n",
    );
    let mut r = reader(home.path(), &[]);
    r.wait_for(" 5/5");
    r.type_keys("?");
    r.wait_for("Keys");
    r.wait_for("x Ctrl-c");
    r.press("Esc");
    // The status bar in the light theme: black on light grey.
    {
        let parser = r.parser();
        let cell = parser.screen().cell(39, 2).unwrap().clone();
        assert_eq!(cell.bgcolor(), vt100::Color::Idx(7), "status bar background");
        let mouse = parser.screen().mouse_protocol_mode();
        assert_eq!(mouse, vt100::MouseProtocolMode::None, "mouse = false");
    }
    r.type_keys("q"); // unbound now
    std::thread::sleep(Duration::from_millis(200));
    assert!(r.running(), "q no longer quits");
    r.type_keys("x");
    r.wait_exit();
}

#[test]
fn no_color_sends_no_colour() {
    let home = TempDir::new("state-pty-nocolor");
    let mut r = reader(home.path(), &[("NO_COLOR", "1")]);
    r.wait_for(" 5/5");
    r.press("Enter e");
    r.wait_for("entity: ");
    {
        let parser = r.parser();
        let screen = parser.screen();
        for row in 0..40 {
            for col in 0..120 {
                let cell = screen.cell(row, col).unwrap();
                assert_eq!(cell.fgcolor(), vt100::Color::Default, "fg at {row},{col}");
                assert_eq!(cell.bgcolor(), vt100::Color::Default, "bg at {row},{col}");
            }
        }
        assert!(
            screen.cell(39, 2).unwrap().inverse(),
            "the status bar is in reverse video"
        );
    }
    r.type_keys("q");
    r.wait_exit();
}
