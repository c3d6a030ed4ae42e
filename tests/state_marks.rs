//! Read marks, stars and the last position: kept across restarts (with or
//! without a clean exit), keyed by content, merged between two readers, a
//! corrupt file moved aside; the `u`, `U`, `m` keys and the `*` filter.

mod common;

use byline::app::App;
use byline::marks::{STATE_FILE, Store};
use byline::search::Corpus;
use common::TempDir;
use common::app::{article, in_reader, listed, press, screen_text, seeds_app, type_text};
use std::path::Path;
use std::time::{Duration, Instant};

/// A reader over the seeds remembering in `dir`, as the terminal reader starts.
fn open(dir: &Path, key: &str) -> App {
    let mut app = seeds_app(120, 40);
    let (store, marks, warning) = Store::open(dir);
    assert_eq!(warning, None);
    app.remember(store, marks, key.to_owned());
    app
}

#[test]
fn marks_survive_a_restart_without_a_clean_exit() {
    let state = TempDir::new("state-restart");
    {
        let mut app = open(state.path(), "builtin");
        press(&mut app, "j j Enter"); // 002 opened: read
        press(&mut app, "Esc j m"); // 003 starred
        assert!(app.is_read(article(&app, "002")));
        assert!(app.is_starred(article(&app, "003")));
        // Dropped with no save_position, as a killed process would be.
    }
    assert!(state.path().join(STATE_FILE).exists());
    let app = open(state.path(), "builtin");
    let read: Vec<_> = ["000", "001", "002", "003", "004"]
        .into_iter()
        .filter(|s| app.is_read(article(&app, s)))
        .collect();
    assert_eq!(read, ["002"]);
    assert!(app.is_starred(article(&app, "003")));
    assert!(!app.is_starred(article(&app, "002")));
}

#[test]
fn u_toggles_read_and_the_change_is_written_at_once() {
    let state = TempDir::new("state-u");
    let mut app = open(state.path(), "builtin");
    let first = article(&app, "000");
    press(&mut app, "u");
    assert!(app.is_read(first));
    assert!(screen_text(&app).contains("marked read"));
    assert!(open(state.path(), "x").is_read(first), "on disk already");
    press(&mut app, "u");
    assert!(!app.is_read(first));
    assert!(!open(state.path(), "x").is_read(first));
}

#[test]
fn capital_u_lists_unread_articles_only() {
    let state = TempDir::new("state-unread-only");
    let mut app = open(state.path(), "builtin");
    press(&mut app, "Enter Esc j Enter Esc"); // 000 and 001 read
    press(&mut app, "U");
    assert_eq!(listed(&app), ["002", "003", "004"]);
    assert!(screen_text(&app).contains("unread only (U)"));
    press(&mut app, "u"); // 002 read: it leaves the list
    assert_eq!(listed(&app), ["003", "004"]);
    press(&mut app, "U");
    assert_eq!(listed(&app).len(), 5);
    assert!(!screen_text(&app).contains("unread only"));
}

#[test]
fn star_filters_starred_articles_and_bang_star_the_others() {
    let state = TempDir::new("state-star");
    let mut app = open(state.path(), "builtin");
    press(&mut app, "j m G m");
    assert!(screen_text(&app).contains("starred"));
    press(&mut app, "/");
    type_text(&mut app, "*");
    assert_eq!(listed(&app), ["001", "004"]);
    press(&mut app, "Backspace");
    type_text(&mut app, "!*");
    assert_eq!(listed(&app), ["000", "002", "003"]);
    press(&mut app, "Ctrl-u");
    type_text(&mut app, "* trump");
    assert!(listed(&app).iter().all(|s| s == "001" || s == "004"));
    // Unstarring in a `*` list takes the article out.
    press(&mut app, "Ctrl-u");
    type_text(&mut app, "*");
    press(&mut app, "Enter g m");
    assert_eq!(listed(&app), ["004"]);
    // The list marks starred articles.
    press(&mut app, "Esc");
    let text = screen_text(&app);
    let row = text
        .lines()
        .find(|l| l.contains("Donald Trump"))
        .map(str::to_owned);
    assert!(text.lines().any(|l| l.starts_with("●*")), "{text}{row:?}");
}

#[test]
fn marks_follow_the_content_not_the_folder() {
    let state = TempDir::new("state-moved");
    let one = TempDir::new("state-moved-one");
    one.write("a/story.txt", "A story\n\nIt happened.\n");
    one.write("a/other.txt", "Another story\n\nIt did not.\n");
    let load = |dir: &Path| {
        let loaded = byline::store::load(vec![dir.to_owned()], Default::default());
        let mut app = App::new(Corpus::from_articles(loaded.articles));
        let (store, marks, _) = Store::open(state.path());
        app.remember(store, marks, byline::marks::position_key(&[dir.to_owned()]));
        app
    };
    let mut app = load(one.path());
    press(&mut app, "Enter");
    let id = in_reader_id(&app);
    // The same files, moved and renamed.
    let two = TempDir::new("state-moved-two");
    for (from, to) in [("a/story.txt", "x/1.txt"), ("a/other.txt", "x/2.txt")] {
        two.write(to, std::fs::read(one.path().join(from)).unwrap());
    }
    let app = load(two.path());
    let read: Vec<String> = (0..2)
        .filter(|&a| app.is_read(a))
        .map(|a| app.corpus().article(a).title.clone())
        .collect();
    let title = if id == "a/other.txt" {
        "Another story"
    } else {
        "A story"
    };
    assert_eq!(read, [title]);
}

fn in_reader_id(app: &App) -> String {
    app.corpus().article(app.reader().article.unwrap()).id.clone()
}

#[test]
fn two_readers_keep_each_others_marks() {
    let state = TempDir::new("state-two");
    let mut a = open(state.path(), "builtin");
    let mut b = open(state.path(), "builtin");
    press(&mut a, "Enter"); // 000 read by a
    press(&mut b, "G m"); // 004 starred by b, after a wrote
    press(&mut a, "Esc j m"); // 001 starred by a, after b wrote
    let c = open(state.path(), "builtin");
    assert!(c.is_read(article(&c, "000")));
    assert!(c.is_starred(article(&c, "004")));
    assert!(c.is_starred(article(&c, "001")));
    // Each picked up the other's marks when it wrote.
    assert!(a.is_starred(article(&a, "004")));
}

#[test]
fn a_corrupt_state_file_is_moved_aside_and_the_reader_starts_fresh() {
    let state = TempDir::new("state-corrupt");
    state.write(STATE_FILE, "{\"read\": [\"00ff\", oops");
    let (mut store, marks, warning) = Store::open(state.path());
    let warning = warning.expect("a warning");
    assert!(
        warning.contains("corrupt") && warning.contains("state.json.corrupt-"),
        "{warning}"
    );
    assert!(marks.read.is_empty());
    let aside: Vec<String> = std::fs::read_dir(state.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("state.json.corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(
        std::fs::read_to_string(state.path().join(&aside[0])).unwrap(),
        "{\"read\": [\"00ff\", oops",
        "kept as it was"
    );
    assert!(!state.path().join(STATE_FILE).exists());
    // The next change writes a good file.
    store.set_read(7, true);
    let merged = store.save().unwrap();
    assert!(merged.read.contains(&7));
    let (_, marks, warning) = Store::open(state.path());
    assert_eq!((warning, marks.read.len()), (None, 1));
}

#[test]
fn the_warning_of_a_corrupt_file_shows_in_the_status_bar() {
    let state = TempDir::new("state-corrupt-ui");
    state.write(STATE_FILE, [0u8, 159, 146, 150]);
    let mut app = seeds_app(120, 40);
    let (store, marks, warning) = Store::open(state.path());
    app.remember(store, marks, "builtin".into());
    app.notify("config: first".into());
    app.notify(warning.unwrap());
    let status = |app: &App| screen_text(app).lines().last().unwrap().to_owned();
    assert!(status(&app).ends_with("config: first"), "{}", status(&app));
    press(&mut app, "j");
    assert!(
        status(&app).contains("moved to"),
        "one at a time: {}",
        status(&app)
    );
    press(&mut app, "j");
    assert!(!status(&app).contains("moved to"));
}

#[test]
fn the_last_position_is_restored_for_the_same_paths_only() {
    let state = TempDir::new("state-position");
    {
        let mut app = open(state.path(), "builtin");
        press(&mut app, "/");
        type_text(&mut app, "trump");
        press(&mut app, "Enter j Enter j j j j j");
        assert_eq!(app.reader().scroll, 5);
        app.save_position();
    }
    let app = open(state.path(), "builtin");
    assert_eq!(app.filter().text(), "trump");
    assert_eq!(app.reader().scroll, 5);
    assert_eq!(app.focus(), byline::app::Pane::Reader);
    let restored = in_reader(&app);
    let mut again = seeds_app(120, 40);
    press(&mut again, "/");
    type_text(&mut again, "trump");
    press(&mut again, "Enter j");
    assert_eq!(restored, in_reader(&again));

    // Marked unread while reading, it stays unread when reopened there.
    let mut app = open(state.path(), "builtin");
    let article = app.reader().article.unwrap();
    press(&mut app, "u");
    app.save_position();
    let app = open(state.path(), "builtin");
    assert_eq!(app.reader().article, Some(article));
    assert!(!app.is_read(article));

    let other = open(state.path(), "/some/other/folder");
    assert_eq!(other.filter().text(), "");
    assert_eq!(other.reader().scroll, 0);
    assert_eq!(other.selected(), 0);
}

/// A hang-up or crash (no `save_position`) keeps the place and threads
/// once they have stayed put for a second; until then the old one stands,
/// so scrolling writes nothing per line.
#[test]
fn the_position_is_written_once_it_settles_without_a_clean_exit() {
    let state = TempDir::new("state-settle");
    {
        let mut app = open(state.path(), "builtin");
        press(&mut app, "t");
        app.wait_for_stories();
        press(&mut app, "Enter j j");
        let start = Instant::now();
        app.save_position_when_settled(start);
        app.save_position_when_settled(start + Duration::from_millis(500));
        assert!(!open(state.path(), "builtin").threads_on(), "not settled yet");
        app.save_position_when_settled(start + Duration::from_millis(1100));
        // Dropped with no save_position, as a killed process would be.
    }
    let mut app = open(state.path(), "builtin");
    app.wait_for_stories();
    assert!(app.threads_on());
    assert_eq!(app.focus(), byline::app::Pane::Reader);
    assert_eq!(app.reader().scroll, 2);
    // Restored, it is not written again.
    let stamp = || {
        std::fs::metadata(state.path().join(STATE_FILE))
            .unwrap()
            .modified()
            .unwrap()
    };
    let before = stamp();
    std::thread::sleep(Duration::from_millis(20));
    let later = Instant::now() + Duration::from_secs(5);
    app.save_position_when_settled(later);
    app.save_position_when_settled(later + Duration::from_secs(5));
    assert_eq!(stamp(), before);
}

#[test]
fn an_unwritable_state_folder_is_a_message_not_a_crash() {
    let state = TempDir::new("state-unwritable");
    let blocker = state.write("file", "not a folder");
    let mut app = seeds_app(120, 40);
    let (store, marks, _) = Store::open(&blocker.join("byline"));
    app.remember(store, marks, "builtin".into());
    press(&mut app, "Enter");
    assert!(screen_text(&app).contains("could not save read marks"));
    assert!(app.is_read(article(&app, "000")), "still read for this run");
}
