//! The real `byline` on the slave side of a pseudo-terminal whose master the
//! test holds: keys typed as bytes, the screen read back through a terminal
//! emulator (vt100) fed by a reader thread.

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// How long a wait may take before the test fails. Only a failure waits this long; it is
/// generous because a loaded 2-core CI box once took over 10 s to redraw after a resize.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// `byline` running in a pty; killed (and waited for) on drop.
pub struct Pty {
    master: File,
    /// Kept open to read the terminal modes once the child has exited.
    slave: OwnedFd,
    pub child: Child,
    screen: Arc<Mutex<vt100::Parser>>,
    /// Every byte the program wrote, for checks on what reached the terminal.
    raw: Arc<Mutex<Vec<u8>>>,
}

impl Pty {
    /// `byline` on a `cols`×`rows` pty with `TERM=xterm-256color` and its
    /// config and state folders under `home`, so no run sees another's (or
    /// the user's); `configure` adds what a test needs (env vars, args).
    pub fn start(cols: u16, rows: u16, home: &Path, configure: impl FnOnce(&mut Command)) -> Pty {
        let (master, slave) = open_pty(cols, rows);
        let mut command = Command::new(env!("CARGO_BIN_EXE_byline"));
        command
            .env("TERM", "xterm-256color")
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_STATE_HOME", home.join("state"))
            .env("XDG_CACHE_HOME", home.join("cache"));
        configure(&mut command);
        command
            .stdin(Stdio::from(slave.try_clone().expect("dup")))
            .stdout(Stdio::from(slave.try_clone().expect("dup")))
            .stderr(Stdio::from(slave.try_clone().expect("dup")));
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            command.pre_exec(|| {
                // A session of its own with the pty as controlling terminal.
                if libc::setsid() == -1 || libc::ioctl(0, libc::TIOCSCTTY, 0) == -1 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = command.spawn().expect("spawn byline");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(nonzero(rows), nonzero(cols), 0)));
        let mut output = master.try_clone().expect("dup master");
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (feed, record) = (Arc::clone(&screen), Arc::clone(&raw));
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n @ 1..) = output.read(&mut buf) {
                feed.lock().unwrap().process(&buf[..n]);
                record.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Pty {
            master,
            slave,
            child,
            screen,
            raw,
        }
    }

    /// Every byte written to the terminal so far.
    pub fn raw(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    /// Writes `bytes` in one write, then lets it arrive as its own read.
    pub fn send(&mut self, bytes: &str) {
        self.master.write_all(bytes.as_bytes()).expect("write to pty");
        std::thread::sleep(Duration::from_millis(30));
    }

    /// Types `text` one character at a time, each its own read, as a person
    /// types.
    pub fn type_keys(&mut self, text: &str) {
        for c in text.chars() {
            self.send(&c.to_string());
        }
    }

    /// Presses keys named as in the keymap (`j`, `Enter`, `Esc`, `Ctrl-o`),
    /// separated by spaces, each its own read (so `Esc j` is Esc then `j`,
    /// not Alt-j).
    pub fn press(&mut self, keys: &str) {
        for name in keys.split(' ') {
            self.send(&key_bytes(name));
        }
    }

    /// The emulated terminal, for its cells and modes.
    pub fn parser(&self) -> MutexGuard<'_, vt100::Parser> {
        self.screen.lock().unwrap()
    }

    /// The screen as text.
    pub fn text(&self) -> String {
        self.parser().screen().contents()
    }

    /// Waits until the screen shows `needle`; fails with the screen if it never does.
    pub fn wait_for(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let text = self.text();
            if text.contains(needle) {
                return text;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "never saw {needle:?}; the screen:\n{text}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The row showing `needle`, once it shows.
    pub fn row(&self, needle: &str) -> String {
        let text = self.wait_for(needle);
        text.lines().find(|l| l.contains(needle)).unwrap().to_owned()
    }

    /// Resizes the pty (the kernel sends SIGWINCH) and the emulated screen.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        let size = winsize(cols, rows);
        // SAFETY: TIOCSWINSZ reads a winsize; the kernel sends SIGWINCH.
        assert_ne!(
            unsafe { libc::ioctl(self.master.as_raw_fd(), libc::TIOCSWINSZ, &size) },
            -1
        );
        self.parser().screen_mut().set_size(nonzero(rows), nonzero(cols));
    }

    /// Sends `signal` to the child.
    pub fn signal(&self, signal: libc::c_int) {
        // SAFETY: a plain kill(2) of our own child.
        assert_eq!(unsafe { libc::kill(self.child.id() as libc::pid_t, signal) }, 0);
    }

    /// Whether the child is still running.
    pub fn running(&mut self) -> bool {
        self.child.try_wait().expect("wait").is_none()
    }

    /// Waits for the child to exit; fails with the screen if it does not.
    pub fn wait_exit(&mut self) -> ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                // Let the reader thread take in the last bytes written.
                std::thread::sleep(Duration::from_millis(100));
                return status;
            }
            if start.elapsed() > TIMEOUT {
                let _ = self.child.kill();
                panic!("byline did not exit; the screen:\n{}", self.text());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The terminal is as a shell expects it: main screen, no mouse
    /// reporting, a visible cursor, line editing and echo on.
    pub fn assert_restored(&self) {
        let parser = self.parser();
        let screen = parser.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse still captured"
        );
        assert!(!screen.hide_cursor(), "cursor still hidden");
        // SAFETY: tcgetattr fills the termios it is given.
        let mut modes: libc::termios = unsafe { std::mem::zeroed() };
        assert_eq!(unsafe { libc::tcgetattr(self.slave.as_raw_fd(), &mut modes) }, 0);
        assert_ne!(modes.c_lflag & libc::ICANON, 0, "still in raw mode");
        assert_ne!(modes.c_lflag & libc::ECHO, 0, "echo still off");
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What a terminal sends for the key `name`.
fn key_bytes(name: &str) -> String {
    match name {
        "Enter" => "\r".into(),
        "Esc" => "\x1b".into(),
        "Tab" => "\t".into(),
        "Backspace" => "\x7f".into(),
        "Space" => " ".into(),
        _ => match name.strip_prefix("Ctrl-").map(str::as_bytes) {
            // Ctrl with a letter is the letter's code minus 0x60: Ctrl-o is 0x0f.
            Some(&[c @ b'a'..=b'z']) => char::from(c - 0x60).to_string(),
            _ if name.chars().count() == 1 => name.into(),
            _ => panic!("no bytes for the key {name:?}"),
        },
    }
}

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("a screen is at least 1×1")
}

fn winsize(cols: u16, rows: u16) -> libc::winsize {
    libc::winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    }
}

fn open_pty(cols: u16, rows: u16) -> (File, OwnedFd) {
    let (mut master, mut slave) = (-1, -1);
    let size = winsize(cols, rows);
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
    assert_eq!(rc, 0, "openpty: {}", std::io::Error::last_os_error());
    unsafe { (File::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) }
}
