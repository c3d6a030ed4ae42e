//! Live folders in the reader: a file added while it is open shows up (with
//! `+1 new` in the status bar) and the selection stays on its article.

mod common;

use byline::app::{App, update};
use byline::keys::Action;
use byline::search::spawn_loading_with;
use byline::store::LoadOptions;
use common::app::finish_loading;
use common::{TempDir, seeds_dir};
use std::time::{Duration, Instant};

/// The reader over a copy of the seeds in `dir`, loaded and watching it.
fn watching_seeds(dir: &TempDir) -> App {
    watching_seeds_with(dir, None)
}

/// `watching_seeds`, saving the index in `cache` if given.
fn watching_seeds_with(dir: &TempDir, cache: Option<&TempDir>) -> App {
    for entry in std::fs::read_dir(seeds_dir()).unwrap() {
        let path = entry.unwrap().path();
        dir.write(
            path.file_name().unwrap().to_str().unwrap(),
            std::fs::read(&path).unwrap(),
        );
    }
    let roots = vec![dir.path().to_path_buf()];
    let cache = cache.map(TempDir::path);
    let loading = spawn_loading_with(roots.clone(), LoadOptions::default(), cache, Default::default());
    let mut app = App::streaming(loading);
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

/// Writes `files` (name, text) outside `dir`, then moves them in with one
/// rename, and waits until the batch is installed.
fn drop_batch(app: &mut App, dir: &TempDir, folder: &str, files: &[(String, String)]) {
    std::thread::sleep(Duration::from_millis(200)); // the watch is set up
    let staging = TempDir::new("ui-live-drop");
    for (name, text) in files {
        staging.write(&format!("{folder}/{name}"), text);
    }
    std::fs::rename(staging.path().join(folder), dir.path().join(folder)).unwrap();
    let start = Instant::now();
    while !app.drain_changes() {
        assert!(start.elapsed() < Duration::from_secs(10), "the batch never came");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// A batch that only adds articles carries the last pass's matches over
/// (`search::carried_over`): the list after it is the one a whole pass over
/// the grown corpus gives, and the selection stays.
#[test]
fn after_a_batch_that_only_adds_the_list_is_what_a_whole_pass_gives() {
    carried_over_as_a_whole_pass(false);
}

/// The same with the filter on its worker thread, as on a big corpus.
#[test]
fn after_a_batch_that_only_adds_the_worker_s_list_is_what_a_whole_pass_gives() {
    carried_over_as_a_whole_pass(true);
}

/// Waits for the filter's worker, if it runs a pass.
fn filtered(app: &mut App) {
    let start = Instant::now();
    while app.filter_pending() {
        app.poll_filter();
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "no filter result in 5 s"
        );
        std::thread::sleep(Duration::from_millis(1));
    }
}

fn carried_over_as_a_whole_pass(on_worker: bool) {
    let dir = TempDir::new("ui-live-carry");
    let mut app = watching_seeds(&dir);
    if on_worker {
        app.set_async_from(0);
    }
    update(&mut app, Action::FocusFilter);
    for c in "tr".chars() {
        update(&mut app, Action::Insert(c));
        filtered(&mut app);
    }
    let id = |app: &App| app.corpus().article(app.selected_article().unwrap()).id.clone();
    let selected = id(&app);
    let files: Vec<(String, String)> = (0..40)
        .map(|i| {
            let text = match i % 3 {
                0 => format!("Donald Trump speaks {i}\n\n\"Growth is strong,\" said Donald Trump."),
                1 => format!("Trade figures {i}\n\nExports rose in the quarter."),
                _ => format!("Rain {i}\n\nShowers are expected in the north."),
            };
            (format!("{i:02}.txt"), text)
        })
        .collect();
    drop_batch(&mut app, &dir, "batch", &files);
    filtered(&mut app);
    assert_eq!(app.message(), Some("+40 new"));
    assert_eq!(id(&app), selected, "the selection stays on its article");
    let carried = app.shown().to_vec();
    // "t" does not narrow "tr": a whole pass, then "tr" narrows it.
    for action in [Action::DeleteChar, Action::Insert('r')] {
        update(&mut app, action);
        filtered(&mut app);
    }
    assert_eq!(app.shown(), carried);
    let new = (carried.iter()).filter(|&&a| a >= 5).count();
    assert!(
        new >= 27,
        "the new articles naming Trump or trade are listed ({new})"
    );
    assert!(!carried.iter().any(|&a| app.corpus().title(a).starts_with("Rain")));
}

/// After a live batch the index is saved again once the burst is over, not
/// while the new articles arrive; and at the latest on the way out.
#[test]
fn the_index_is_saved_again_once_a_batch_has_settled() {
    let (dir, cache) = (TempDir::new("ui-live-save"), TempDir::new("ui-live-save-cache"));
    let mut app = watching_seeds_with(&dir, Some(&cache));
    app.finish_saving(); // the first start's
    let index = common::store::files_with(cache.path(), "index");
    assert_eq!(index.len(), 1, "{index:?}");
    let saved = std::fs::read(&index[0]).unwrap();
    let files = [(
        "new.txt".to_owned(),
        "A new article\n\nNothing much happened.".to_owned(),
    )];
    drop_batch(&mut app, &dir, "batch", &files);
    assert_eq!(app.corpus().len(), 6);
    assert_eq!(
        std::fs::read(&index[0]).unwrap(),
        saved,
        "not saved as the batch lands"
    );
    let installed = Instant::now();
    while std::fs::read(&index[0]).unwrap() == saved {
        assert!(installed.elapsed() < Duration::from_secs(10), "never saved");
        app.drain_changes();
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        installed.elapsed() >= Duration::from_secs(2),
        "saved before the burst settled"
    );
    // A second batch, and straight out: saved on the way out.
    let saved = std::fs::read(&index[0]).unwrap();
    let files = [(
        "newer.txt".to_owned(),
        "Another article\n\nNothing else happened.".to_owned(),
    )];
    drop_batch(&mut app, &dir, "later", &files);
    app.finish_saving();
    assert_ne!(std::fs::read(&index[0]).unwrap(), saved, "saved on the way out");
}
