//! The real reader in a pseudo-terminal with its own config and state
//! folders: marks outlive `kill -9`, the position outlives a clean exit, a
//! config error shows in the status bar while the defaults apply, and a
//! remapped key works.
#![cfg(unix)]

mod common;

use common::TempDir;
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(10);

struct Reader {
    master: File,
    _slave: OwnedFd,
    child: Child,
    screen: Arc<Mutex<vt100::Parser>>,
}

impl Reader {
    /// `byline` on the seeds, 120×40, with XDG folders under `home`.
    fn start(home: &Path, env: &[(&str, &str)]) -> Reader {
        let (master, slave) = open_pty(120, 40);
        let mut command = Command::new(env!("CARGO_BIN_EXE_byline"));
        command
            .env("TERM", "xterm-256color")
            .env_remove("NO_COLOR")
            .env_remove("COLORTERM")
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_STATE_HOME", home.join("state"))
            .envs(env.iter().copied())
            .stdin(Stdio::from(slave.try_clone().unwrap()))
            .stdout(Stdio::from(slave.try_clone().unwrap()))
            .stderr(Stdio::from(slave.try_clone().unwrap()));
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            command.pre_exec(|| {
                if libc::setsid() == -1 || libc::ioctl(0, libc::TIOCSCTTY, 0) == -1 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = command.spawn().expect("spawn byline");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            40.try_into().unwrap(),
            120.try_into().unwrap(),
            0,
        )));
        let mut output = master.try_clone().unwrap();
        let feed = Arc::clone(&screen);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n @ 1..) = output.read(&mut buf) {
                feed.lock().unwrap().process(&buf[..n]);
            }
        });
        Reader {
            master,
            _slave: slave,
            child,
            screen,
        }
    }

    fn send(&mut self, keys: &str) {
        for c in keys.chars() {
            self.master.write_all(c.to_string().as_bytes()).unwrap();
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    fn text(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    fn wait_for(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let text = self.text();
            if text.contains(needle) {
                return text;
            }
            assert!(start.elapsed() < TIMEOUT, "never saw {needle:?}:\n{text}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The row showing `needle`.
    fn row(&self, needle: &str) -> String {
        let text = self.wait_for(needle);
        text.lines().find(|l| l.contains(needle)).unwrap().to_owned()
    }

    fn wait_exit(&mut self) {
        let start = Instant::now();
        while self.child.try_wait().unwrap().is_none() {
            assert!(start.elapsed() < TIMEOUT, "byline did not exit:\n{}", self.text());
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Reader {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn open_pty(cols: u16, rows: u16) -> (File, OwnedFd) {
    let (mut master, mut slave) = (-1, -1);
    let size = libc::winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: openpty writes two new descriptors, which we then own.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(rc, 0);
    unsafe { (File::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) }
}

const SEED_2: &str = "Trump says US-Russia rel";
const SEED_3: &str = "Russian Federation vetoes";

#[test]
fn marks_outlive_kill_9_and_the_position_a_clean_exit() {
    let home = TempDir::new("state-pty");
    let mut r = Reader::start(home.path(), &[]);
    r.wait_for(" 5/5");
    assert!(r.row(SEED_2).starts_with('●'), "unread at first");
    r.send("jj\r"); // open 002: read
    r.wait_for("Reader · 002_");
    r.send("\x1bjm"); // star 003
    r.wait_for("starred");
    // The marks are on disk before any exit.
    let state = home.path().join("state/byline/state.json");
    let start = Instant::now();
    while !std::fs::read_to_string(&state).is_ok_and(|s| s.matches('"').count() >= 8) {
        assert!(start.elapsed() < TIMEOUT);
        std::thread::sleep(Duration::from_millis(20));
    }
    // SAFETY: a plain kill(2) of our own child.
    assert_eq!(unsafe { libc::kill(r.child.id() as i32, libc::SIGKILL) }, 0);
    r.wait_exit();
    drop(r);

    let mut r = Reader::start(home.path(), &[]);
    r.wait_for(" 5/5");
    assert!(r.row(SEED_2).starts_with("  "), "002 read: {}", r.row(SEED_2));
    assert!(r.row(SEED_3).starts_with("●*"), "003 starred: {}", r.row(SEED_3));
    // A position to come back to: filtered, the third hit open, scrolled.
    r.send("/trump\r");
    r.wait_for("filter: trump");
    r.send("jj\rjjjj");
    let reading = r.wait_for("Reader · ");
    let title = reading
        .lines()
        .find_map(|l| l.split("Reader · ").nth(1))
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    r.send("q");
    r.wait_exit();
    drop(r);

    let r = Reader::start(home.path(), &[]);
    let screen = r.wait_for(&format!("Reader · {title}"));
    assert!(screen.contains("filter: trump"), "{screen}");
}

#[test]
fn a_config_error_shows_in_the_status_bar_and_the_defaults_apply() {
    let home = TempDir::new("state-pty-config");
    let file = home.write(
        "config/byline/config.toml",
        "theme = \"light\"\n[keys.browse]\nquit = [\"x\", \"Ctrl-c\"]\nwarp = 1\n",
    );
    let mut r = Reader::start(home.path(), &[]);
    let screen = r.wait_for("config: ");
    let status = screen.lines().last().unwrap().to_owned();
    assert!(
        status.contains(&format!("{}:4", file.display())) || status.contains("keys.browse.warp"),
        "{status}"
    );
    // The defaults: q quits.
    r.send("q");
    r.wait_exit();
}

#[test]
fn a_remapped_key_and_the_light_theme_in_the_real_terminal() {
    let home = TempDir::new("state-pty-keys");
    home.write(
        "config/byline/config.toml",
        "theme = \"light\"\nmouse = false\n[keys.browse]\nquit = [\"x\", \"Ctrl-c\"]\ndown = [\"n\"]\n",
    );
    let mut r = Reader::start(home.path(), &[]);
    r.wait_for(" 5/5");
    r.send("?");
    let help = r.wait_for("Keys");
    assert!(help.contains("x Ctrl-c"), "{help}");
    r.send("\x1b");
    // The status bar in the light theme: black on light grey.
    {
        let parser = r.screen.lock().unwrap();
        let cell = parser.screen().cell(39, 2).unwrap().clone();
        assert_eq!(cell.bgcolor(), vt100::Color::Idx(7), "status bar background");
        let mouse = parser.screen().mouse_protocol_mode();
        assert_eq!(mouse, vt100::MouseProtocolMode::None, "mouse = false");
    }
    r.send("q"); // unbound now
    std::thread::sleep(Duration::from_millis(200));
    assert!(r.child.try_wait().unwrap().is_none(), "q no longer quits");
    r.send("x");
    r.wait_exit();
}

#[test]
fn no_color_sends_no_colour() {
    let home = TempDir::new("state-pty-nocolor");
    let mut r = Reader::start(home.path(), &[("NO_COLOR", "1")]);
    r.wait_for(" 5/5");
    r.send("\re");
    r.wait_for("entity: ");
    {
        let parser = r.screen.lock().unwrap();
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
    r.send("q");
    r.wait_exit();
}
