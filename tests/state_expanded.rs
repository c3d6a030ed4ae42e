//! Expanded stories (`z`) are part of the remembered position: a restart,
//! clean or not, opens them again, and so does a corpus change (a file added
//! to a watched folder), which renumbers the articles and rebuilds the
//! stories.

mod common;

use byline::app::{App, Row, update};
use byline::keys::Action;
use byline::marks::{STATE_FILE, Store};
use byline::search::spawn_loading_with;
use byline::store::LoadOptions;
use common::app::{finish_loading, press, seeds_app};
use common::{TempDir, seeds_dir};
use std::path::Path;
use std::time::{Duration, Instant};

/// A reader over the seeds remembering in `dir`, as the terminal reader starts.
fn open(dir: &Path) -> App {
    let mut app = seeds_app(120, 40);
    let (store, marks, warning) = Store::open(dir);
    assert_eq!(warning, None);
    app.remember(store, marks, "builtin".to_owned());
    app
}

/// Whether the first row is the seeds' story, expanded.
fn expanded(app: &App) -> bool {
    matches!(&app.rows()[0], Row::Story { expanded: true, .. })
}

fn selected_id(app: &App) -> String {
    app.corpus().article(app.selected_article().unwrap()).id.clone()
}

#[test]
fn an_expanded_story_is_expanded_again_after_a_restart() {
    let state = TempDir::new("state-expanded");
    let member;
    {
        let mut app = open(state.path());
        press(&mut app, "t");
        app.wait_for_stories();
        press(&mut app, "z j j");
        assert!(expanded(&app));
        member = selected_id(&app);
        let start = Instant::now();
        app.save_position_when_settled(start);
        app.save_position_when_settled(start + Duration::from_millis(1100));
        // Dropped with no save_position, as a killed process would be.
    }
    let saved = std::fs::read_to_string(state.path().join(STATE_FILE)).unwrap();
    assert!(saved.contains("\"expanded\""), "{saved}");
    let mut app = open(state.path());
    app.wait_for_stories();
    assert!(expanded(&app), "{:?}", app.rows());
    assert_eq!(selected_id(&app), member, "the member stays selected");
    assert!(matches!(app.rows()[app.selected()], Row::Member(_)));

    // Collapsed and saved on quitting: collapsed on the next start.
    press(&mut app, "z");
    app.save_position();
    let mut app = open(state.path());
    app.wait_for_stories();
    assert!(!expanded(&app));
    let saved = std::fs::read_to_string(state.path().join(STATE_FILE)).unwrap();
    assert!(!saved.contains("\"expanded\""), "{saved}");
}

#[test]
fn an_expanded_story_stays_expanded_when_a_file_is_added() {
    let dir = TempDir::new("state-expanded-live");
    for entry in std::fs::read_dir(seeds_dir()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        dir.write(&name, std::fs::read(&path).unwrap());
    }
    let roots = vec![dir.path().to_path_buf()];
    let loading = spawn_loading_with(roots.clone(), LoadOptions::default(), None, Default::default());
    let mut app = App::streaming(loading);
    update(
        &mut app,
        Action::Resize {
            width: 120,
            height: 40,
        },
    );
    app.watch_folders(roots, LoadOptions::default());
    finish_loading(&mut app);
    press(&mut app, "t");
    app.wait_for_stories();
    press(&mut app, "z");
    assert!(expanded(&app));
    std::thread::sleep(Duration::from_millis(200)); // the watch is set up
    // Sorts first, so every seed is renumbered.
    dir.write(
        "000_aaa_first.txt",
        "A bakery opens\n\nThe bakery opened on the corner.",
    );
    let start = Instant::now();
    while !app.drain_changes() {
        assert!(start.elapsed() < Duration::from_secs(5), "no change seen in 5 s");
        std::thread::sleep(Duration::from_millis(20));
    }
    app.wait_for_stories();
    let story = app.rows().iter().find(|r| matches!(r, Row::Story { .. }));
    assert!(
        matches!(story, Some(Row::Story { expanded: true, .. })),
        "{:?}",
        app.rows()
    );
}

#[test]
fn a_restored_member_shows_under_its_story_row() {
    let state = TempDir::new("state-expanded-top");
    {
        let mut app = open(state.path());
        press(&mut app, "t");
        app.wait_for_stories();
        press(&mut app, "z j");
        app.save_position();
    }
    // As the terminal starts: the position restored before the screen's
    // size is known, a short screen, then the stories built.
    let mut app = App::new(byline::search::Corpus::from_articles(byline::store::seeds()));
    let (store, marks, _) = Store::open(state.path());
    app.remember(store, marks, "builtin".to_owned());
    let size = Action::Resize {
        width: 120,
        height: 6,
    };
    update(&mut app, size);
    app.wait_for_stories();
    assert!(matches!(app.rows()[app.selected()], Row::Member(_)));
    let story = app.rows()[..app.selected()]
        .iter()
        .rposition(|r| matches!(r, Row::Story { .. }));
    assert!(
        app.list_offset() <= story.unwrap(),
        "the story row {story:?} is above the first row on screen {}",
        app.list_offset()
    );
}
