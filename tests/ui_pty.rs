//! End to end: the real binary in a pseudo-terminal, keys typed as bytes, the
//! screen read back through a terminal emulator (vt100), and after it exits
//! a check that the terminal was given back as it was found: main screen,
//! no mouse reporting, cursor shown, cooked mode.
#![cfg(unix)]

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(10);

/// `byline` running on the slave side of a pty whose master we hold.
struct Session {
    master: File,
    /// Kept open to read the terminal modes once the child has exited.
    slave: OwnedFd,
    child: Child,
    screen: Arc<Mutex<vt100::Parser>>,
    /// Its own config and state folders, so no run sees another's (or the user's).
    home: std::path::PathBuf,
}

impl Session {
    fn start(cols: u16, rows: u16) -> Session {
        let (master, slave) = open_pty(cols, rows);
        static SESSIONS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = SESSIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let home = std::env::temp_dir().join(format!("byline-pty-{}-{n}", std::process::id()));
        let mut command = Command::new(env!("CARGO_BIN_EXE_byline"));
        command
            .env("TERM", "xterm-256color")
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_STATE_HOME", home.join("state"))
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
        let feed = Arc::clone(&screen);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n @ 1..) = output.read(&mut buf) {
                feed.lock().unwrap().process(&buf[..n]);
            }
        });
        Session {
            master,
            slave,
            child,
            screen,
            home,
        }
    }

    fn send(&mut self, bytes: &str) {
        self.master.write_all(bytes.as_bytes()).expect("write to pty");
        // Let each key arrive as its own read, as a person types.
        std::thread::sleep(Duration::from_millis(30));
    }

    fn text(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `needle`; fails with the screen if it never does.
    fn wait_for(&self, needle: &str) -> String {
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

    fn resize(&mut self, cols: u16, rows: u16) {
        let size = winsize(cols, rows);
        // SAFETY: TIOCSWINSZ reads a winsize; the kernel sends SIGWINCH.
        assert_ne!(
            unsafe { libc::ioctl(self.master.as_raw_fd(), libc::TIOCSWINSZ, &size) },
            -1
        );
        self.screen
            .lock()
            .unwrap()
            .screen_mut()
            .set_size(nonzero(rows), nonzero(cols));
    }

    fn wait_exit(&mut self) -> ExitStatus {
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
    fn assert_restored(&self) {
        let parser = self.screen.lock().unwrap();
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

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.home);
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

#[test]
fn filters_jumps_and_quits_cleanly_with_q() {
    let mut s = Session::start(120, 40);
    s.wait_for(" 5/5");
    s.send("/");
    for key in "@lavrov".chars() {
        s.send(&key.to_string());
    }
    let screen = s.wait_for(" 4/5 · filter: @lavrov");
    assert!(
        !screen.contains("Russia vetoes UN resolution"),
        "000 does not quote Lavrov"
    );
    s.send("\x1b");
    s.wait_for(" 5/5");
    // Open 000, put the entity cursor on Nikki Haley, jump to 004, come back.
    s.send("g");
    s.send("\r");
    for _ in 0..60 {
        s.send("e");
        if s.text().contains("entity: Nikki Haley") {
            break;
        }
    }
    s.wait_for("entity: Nikki Haley (2 articles)");
    s.send("]");
    let screen = s.wait_for("Reader · 004_");
    assert!(screen.contains("Nikki Haley"), "the mention is on screen");
    s.send("\x0f");
    s.wait_for("Reader · 000_");
    s.send("?");
    s.wait_for("back along the jump history");
    s.send("\x1b");
    s.resize(19, 4);
    s.wait_for("Terminal too small");
    s.resize(120, 40);
    s.wait_for(" 5/5 · entity: Nikki Haley");
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut s = Session::start(80, 24);
    s.wait_for(" 5/5");
    s.send("/abc");
    // SAFETY: signalling our own child.
    assert_eq!(
        unsafe { libc::kill(s.child.id() as libc::pid_t, libc::SIGTERM) },
        0
    );
    assert!(s.wait_exit().success());
    s.assert_restored();
}
