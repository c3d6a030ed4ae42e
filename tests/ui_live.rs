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

#[test]
fn a_file_added_while_reading_shows_up_and_the_selection_stays() {
    let dir = TempDir::new("ui-live");
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
