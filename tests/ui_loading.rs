//! The reader while a folder streams in: the list fills, the status bar
//! shows progress, and files that could not be read are counted and listed.

mod common;

use byline::app::{App, Layer, update};
use byline::keys::Action;
use byline::search::{CorpusEvent, spawn_loading};
use byline::store::LoadOptions;
use byline::ui::StatusBar;
use common::app::finish_loading;
use common::app::{listed, press, screen_text};
use common::{TempDir, seeds_dir};
use std::time::Duration;

/// A reader of `width`×`height` over `dir`, once all of it has streamed in.
fn loaded(dir: &TempDir, width: u16, height: u16) -> App {
    let mut app = App::streaming(spawn_loading(
        vec![dir.path().to_path_buf()],
        LoadOptions::default(),
    ));
    update(&mut app, Action::Resize { width, height });
    finish_loading(&mut app);
    app
}

#[test]
fn a_folder_streams_in_and_skipped_files_are_listed() {
    let dir = TempDir::new("ui-loading");
    for entry in std::fs::read_dir(seeds_dir()).unwrap() {
        let path = entry.unwrap().path();
        dir.write(
            path.file_name().unwrap().to_str().unwrap(),
            std::fs::read(&path).unwrap(),
        );
    }
    dir.write("broken.txt", [0u8, 159, 146, 150, 0, 0, 1, 2]);
    let mut app = loaded(&dir, 120, 40);
    assert_eq!(listed(&app), ["000", "001", "002", "003", "004"]);
    assert_eq!(StatusBar::summary(&app), " 5/5 · 1 skipped (!)");
    assert_eq!(common::app::in_reader(&app).as_deref(), Some("000"));
    press(&mut app, "!");
    assert!(matches!(app.layer(), Layer::Skipped { .. }));
    let screen = screen_text(&app);
    assert!(screen.contains("Skipped files (1)"), "{screen}");
    assert!(screen.contains("broken.txt"), "{screen}");
    assert!(screen.contains("skipped: binary"), "{screen}");
    press(&mut app, "Esc");
    assert!(matches!(app.layer(), Layer::Panes));
}

/// A file decoded with replacement characters is counted in the status bar
/// and listed by `!` under a count of its kind (no `Skipped files (0)`
/// above it).
#[test]
fn a_lossy_file_is_counted_in_the_overlay_title() {
    let dir = TempDir::new("ui-lossy");
    dir.write("latin1.txt", b"Caf\xe9 news\n\nThe caf\xe9 opened on Monday.\n");
    let mut app = loaded(&dir, 120, 40);
    press(&mut app, "!");
    let screen = screen_text(&app);
    assert!(screen.contains("┌ Decoded lossily (1) ─"), "{screen}");
    assert!(!screen.contains("(0)"), "{screen}");
    assert!(screen.contains("decoded with replacement characters"), "{screen}");
}

/// A JSONL file with one bad line loads its other records: the status bar
/// and `!` say it loaded in part, counted and listed apart from the files
/// skipped (which gave nothing), never as a skipped file.
#[test]
fn a_file_loaded_in_part_is_listed_apart_from_the_skipped() {
    let dir = TempDir::new("ui-partial");
    dir.write(
        "mixed.jsonl",
        "{\"title\":\"First record\",\"text\":\"One.\"}\n{broken\n{\"title\":\"Third record\",\"text\":\"Three.\"}\n",
    );
    let mut app = loaded(&dir, 120, 40);
    assert_eq!(app.corpus().len(), 2);
    assert_eq!(StatusBar::summary(&app), " 2/2 · 1 loaded in part (!)");
    press(&mut app, "!");
    assert!(matches!(app.layer(), Layer::Skipped { .. }));
    let screen = screen_text(&app);
    assert!(screen.contains("┌ Loaded in part (1) ─"), "{screen}");
    assert!(
        !screen.contains("Skipped") && !screen.contains("skipped"),
        "{screen}"
    );
    let lines: Vec<&str> = screen.lines().map(|l| l.trim_matches(['│', ' '])).collect();
    let at = (lines.iter())
        .position(|l| l.ends_with("mixed.jsonl"))
        .unwrap_or_else(|| panic!("no path line in\n{screen}"));
    assert!(
        lines[at + 1].starts_with("loaded in part: 1 of 3 lines left out: line 2: invalid JSON"),
        "{screen}"
    );
    // The note whole, wrapped within the popup rather than cut at its border.
    let note = format!("loaded in part: {}", app.loading().partial()[0].1);
    let shown = lines[at + 1..]
        .iter()
        .take_while(|l| !l.is_empty() && !l.starts_with('└'));
    let shown: Vec<&str> = shown.flat_map(|l| l.split_whitespace()).collect();
    assert_eq!(
        shown.join(" "),
        note.split_whitespace().collect::<Vec<_>>().join(" ")
    );
    press(&mut app, "Esc");

    // With a file skipped besides: each kind counted and listed apart.
    dir.write("empty.txt", "");
    let mut app = loaded(&dir, 120, 40);
    assert_eq!(StatusBar::summary(&app), " 2/2 · 1 skipped, 1 loaded in part (!)");
    press(&mut app, "!");
    let screen = screen_text(&app);
    assert!(
        screen.contains("┌ Skipped files (1) · Loaded in part (1) ─"),
        "{screen}"
    );
    assert!(screen.contains("  skipped: empty"), "{screen}");
    assert!(screen.contains("  loaded in part: 1 of 3 lines"), "{screen}");
}

#[test]
fn the_status_bar_shows_progress_until_the_load_is_over() {
    let (events, rx) = std::sync::mpsc::channel();
    let mut app = App::streaming(rx);
    events.send(CorpusEvent::Found { total: 100_000 }).unwrap();
    for _ in 0..1234 {
        events.send(CorpusEvent::FileDone).unwrap();
    }
    app.drain_loading(Duration::from_secs(5));
    assert_eq!(StatusBar::summary(&app), " 0/0 · loading 1,234/100,000+");
    events
        .send(CorpusEvent::Walked {
            total: 100_001,
            ignored: 3,
        })
        .unwrap();
    app.drain_loading(Duration::from_secs(5));
    assert_eq!(StatusBar::summary(&app), " 0/0 · loading 1,234/100,001");
    assert!(screen_text(&app).contains("loading…"), "the empty list says why");
    drop(events);
    app.drain_loading(Duration::from_secs(5));
    assert!(!app.loading().is_active());
    assert_eq!(StatusBar::summary(&app), " 0/0");
}

/// Files that change or vanish under a running reader: the open article
/// stays readable (its body is kept while open); one opened afterwards says
/// what became of its file, and a changed text is shown without the old
/// analysis, whose positions would point at the wrong words.
#[test]
fn files_that_change_or_vanish_while_reading_stay_readable() {
    let dir = TempDir::new("ui-vanish");
    let gone = dir.write("a.txt", "Gone soon\n\nThe zebra paragraph.");
    let binary = dir.write("b.txt", "Binary soon\n\nThe original words.");
    let edited = dir.write("c.txt", "Edited soon\n\nTony Blair spoke.");
    let mut app = loaded(&dir, 100, 30);
    press(&mut app, "Enter");
    assert!(screen_text(&app).contains("The zebra paragraph."));
    std::fs::remove_file(&gone).unwrap();
    std::fs::write(&binary, [0u8, 1, 2, 3]).unwrap();
    std::fs::write(&edited, "Edited soon\n\nGordon Brown spoke at length.").unwrap();
    press(&mut app, "Esc");
    update(
        &mut app,
        Action::Resize {
            width: 60,
            height: 30,
        },
    );
    press(&mut app, "Enter");
    assert!(
        screen_text(&app).contains("The zebra paragraph."),
        "still open, re-wrapped"
    );
    press(&mut app, "Esc j Enter");
    let screen = screen_text(&app);
    assert!(
        screen.contains("Binary soon") && screen.contains("can no longer be read"),
        "{screen}"
    );
    press(&mut app, "Esc j Enter");
    let screen = screen_text(&app);
    assert!(
        screen.contains("Gordon Brown spoke") && screen.contains("changed on disk"),
        "{screen}"
    );
    assert_eq!(
        app.corpus()
            .body(app.reader().article.unwrap())
            .analysis
            .mentions
            .len(),
        0
    );
}
