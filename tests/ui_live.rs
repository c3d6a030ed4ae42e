//! Live folders in the reader: a file added while it is open shows up (with
//! `+1 new` in the status bar) and the selection stays on its article.

mod common;

use byline::app::{App, update};
use byline::keys::Action;
use byline::search::spawn_loading;
use byline::store::LoadOptions;
use common::app::finish_loading;
use common::{TempDir, seeds_dir};
use std::time::{Duration, Instant};

/// The reader over a copy of the seeds in `dir`, loaded and watching it.
fn watching_seeds(dir: &TempDir) -> App {
    for entry in std::fs::read_dir(seeds_dir()).unwrap() {
        let path = entry.unwrap().path();
        dir.write(
            path.file_name().unwrap().to_str().unwrap(),
            std::fs::read(&path).unwrap(),
        );
    }
    let roots = vec![dir.path().to_path_buf()];
    let mut app = App::streaming(spawn_loading(roots.clone(), LoadOptions::default()));
    app.watch_folders(roots, LoadOptions::default());
    finish_loading(&mut app);
    app
}

#[test]
fn a_file_added_while_reading_shows_up_and_the_selection_stays() {
    let dir = TempDir::new("ui-live");
    let mut app = watching_seeds(&dir);
    update(&mut app, Action::Down);
    update(&mut app, Action::Down);
    let id = |app: &App| app.corpus().article(app.selected_article().unwrap()).id.clone();
    let before = id(&app);
    std::thread::sleep(Duration::from_millis(200)); // the watch is set up
    dir.write(
        "000_aaa_first.txt",
        "A new first article\n\nNothing much happened.",
    );
    let start = Instant::now();
    while !app.drain_changes() {
        assert!(start.elapsed() < Duration::from_secs(5), "no change seen in 5 s");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(app.corpus().len(), 6);
    assert_eq!(id(&app), before, "the selection stays on its article");
    assert_eq!(app.message(), Some("+1 new"));
    assert_eq!(app.shown().len(), 6);
}

/// A large batch is applied off the UI thread: the call that takes it
/// returns with the corpus as it was, keys go on being answered from it while
/// the batch is applied to a copy, and then it is installed whole, the
/// selection still on its article.
#[test]
fn a_large_batch_is_applied_off_the_ui_thread() {
    const NEW: usize = 300;
    let dir = TempDir::new("ui-live-batch");
    let mut app = watching_seeds(&dir);
    update(&mut app, Action::Down);
    let id = |app: &App| app.corpus().article(app.selected_article().unwrap()).id.clone();
    std::thread::sleep(Duration::from_millis(200)); // the watch is set up
    // Written outside the watched folder, then moved in with one rename: one batch.
    let staging = TempDir::new("ui-live-staging");
    for i in 0..NEW {
        staging.write(
            &format!("burst/{i:03}.txt"),
            format!("Burst article number {i}\n\nGordon Brown said the figures for {i} were good."),
        );
    }
    std::fs::rename(staging.path().join("burst"), dir.path().join("burst")).unwrap();
    let start = Instant::now();
    while !app.applying_changes() {
        assert!(!app.drain_changes(), "a batch installed the moment it was taken");
        assert!(start.elapsed() < Duration::from_secs(5), "no change seen in 5 s");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(app.corpus().len(), 5, "the batch is not applied on the UI thread");
    // A key while the batch is applied elsewhere: answered at once.
    update(&mut app, Action::Down);
    let selected = id(&app);
    assert_eq!(app.shown().len(), 5);
    while !app.drain_changes() {
        assert!(start.elapsed() < Duration::from_secs(10), "the batch never came");
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(!app.applying_changes());
    assert_eq!(app.corpus().len(), 5 + NEW);
    assert_eq!(id(&app), selected, "the selection stays on its article");
    assert_eq!(app.message(), Some(format!("+{NEW} new").as_str()));
    assert_eq!(app.shown().len(), 5 + NEW);
}
