//! End to end: the real binary in a pseudo-terminal, keys pressed by name, the
//! screen read back through a terminal emulator (vt100), and after it exits
//! a check that the terminal was given back as it was found: main screen,
//! no mouse reporting, cursor shown, cooked mode.
#![cfg(unix)]

mod common;

use common::TempDir;
use common::app::{focus_entity, press, seeds_app};
use common::pty::Pty;

/// `byline` on a `cols`×`rows` pty, its config and state under `home`.
fn start(home: &TempDir, cols: u16, rows: u16) -> Pty {
    Pty::start(cols, rows, home.path(), |_| {})
}

#[test]
fn filters_jumps_and_quits_cleanly_with_q() {
    let home = TempDir::new("ui-pty");
    let mut s = start(&home, 120, 40);
    s.wait_for(" 5/5");
    s.send("/");
    s.type_keys("@lavrov");
    let screen = s.wait_for(" 4/5 · filter: @lavrov");
    assert!(
        !screen.contains("Russia vetoes UN resolution"),
        "000 does not quote Lavrov"
    );
    s.press("Esc");
    s.wait_for(" 5/5");
    // Open 000, put the entity cursor on Nikki Haley, jump to 004, come back.
    // The same keys in the reader in-process tell how many `e` that takes.
    let mut twin = seeds_app(120, 40);
    press(&mut twin, "g Enter");
    let presses = focus_entity(&mut twin, "Nikki Haley");
    s.press("g Enter");
    s.press(&vec!["e"; presses].join(" "));
    s.wait_for("entity: Nikki Haley (2 articles)");
    s.press("]");
    let screen = s.wait_for("Reader · 004_");
    assert!(screen.contains("Nikki Haley"), "the mention is on screen");
    s.press("Ctrl-o");
    s.wait_for("Reader · 000_");
    s.press("?");
    s.wait_for("back along the jump history");
    s.press("Esc");
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
    let home = TempDir::new("ui-pty-sigterm");
    let mut s = start(&home, 80, 24);
    s.wait_for(" 5/5");
    s.send("/abc");
    s.signal(libc::SIGTERM);
    assert!(s.wait_exit().success());
    s.assert_restored();
}
