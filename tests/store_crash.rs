//! The saved index survives `kill -9` and a second reader: the real binary,
//! in a pseudo-terminal, is killed with SIGKILL while it loads and while it
//! saves, and two of them start and save at once on one archive. Each time
//! the next start must give what a clean load gives, and use the index left
//! behind if there is one (a damaged one would be refused, and fail this).
#![cfg(unix)]

mod common;

use common::TempDir;
use common::pty::Pty;
use common::store::{files_with, generate, generated, ids, start};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Enough articles that a debug build takes a while to load and to save.
const ARTICLES: usize = 1000;

/// `byline DIR` in a pty, its cache folder under `home`.
fn byline(home: &Path, dir: &Path) -> Pty {
    Pty::start(100, 30, home, |c| {
        c.arg(dir);
    })
}

fn cache_of(home: &Path) -> PathBuf {
    home.join("cache").join("byline")
}

/// The ids a clean load gives (no cache).
fn clean_ids(dir: &Path) -> Vec<String> {
    let nowhere = TempDir::new("crash-clean-cache");
    ids(&start(dir, nowhere.path()))
}

fn kill(mut s: Pty) {
    s.signal(libc::SIGKILL);
    let status = s.child.wait().expect("wait");
    assert!(!status.success(), "killed, not exited");
}

/// Polls `cache` until a file with `part` in its name is there or `limit` passes.
fn wait_for_file(cache: &Path, part: &str, limit: Duration) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if !files_with(cache, part).is_empty() {
            return true;
        }
        std::thread::sleep(Duration::from_micros(300));
    }
    false
}

/// The start after a kill: the clean load's articles; the index left
/// behind, if any, whole and used; a killed save's temporary file gone
/// once this start has saved.
fn check_next_start(dir: &Path, cache: &Path, clean: &[String], what: &str) {
    let had_index = !files_with(cache, ".bin").is_empty();
    let had_tmp = !files_with(cache, ".tmp-").is_empty();
    let app = start(dir, cache);
    assert_eq!(ids(&app), clean, "{what}: the same articles as a clean load");
    assert_eq!(
        app.loading().is_restored(),
        had_index,
        "{what}: the index left is whole and used"
    );
    if had_tmp {
        assert!(
            files_with(cache, ".tmp-").is_empty(),
            "{what}: the killed save's file went"
        );
    }
    assert_eq!(files_with(cache, ".bin").len(), 1, "{what}: one index");
}

#[test]
fn killed_at_any_moment_of_a_first_start_the_next_start_is_right() {
    let dir = generated("crash-load", ARTICLES);
    let clean = clean_ids(dir.path());
    // How long a whole first start takes here, to kill at moments across it.
    let home = TempDir::new("crash-load-timing");
    let t = Instant::now();
    let s = byline(home.path(), dir.path());
    assert!(wait_for_file(
        &cache_of(home.path()),
        ".bin",
        Duration::from_secs(60)
    ));
    let whole = t.elapsed();
    kill(s);
    for tenths in [0, 2, 5, 8] {
        let home = TempDir::new("crash-load-home");
        let s = byline(home.path(), dir.path());
        std::thread::sleep(whole * tenths / 10);
        kill(s);
        let what = format!("killed at {tenths}/10 of a first start");
        check_next_start(dir.path(), &cache_of(home.path()), &clean, &what);
    }
}

#[test]
fn killed_while_saving_the_index_the_next_start_is_right() {
    let dir = generated("crash-save", ARTICLES);
    let clean = clean_ids(dir.path());
    let mut caught = 0;
    for n in 0..3 {
        let home = TempDir::new("crash-save-home");
        let cache = cache_of(home.path());
        let s = byline(home.path(), dir.path());
        // Killed as soon as its temporary file shows (or the index, if the
        // save was too quick to see).
        let limit = Duration::from_secs(60);
        assert!(wait_for_file(&cache, "index-", limit), "a save began");
        caught += usize::from(!files_with(&cache, ".tmp-").is_empty());
        kill(s);
        check_next_start(dir.path(), &cache, &clean, &format!("save {n}"));
    }
    assert!(caught > 0, "at least one kill came during a save");
}

#[test]
fn killed_while_saving_a_refreshed_index_the_old_one_still_serves() {
    let dir = generated("crash-refresh", ARTICLES);
    let home = TempDir::new("crash-refresh-home");
    let cache = cache_of(home.path());
    start(dir.path(), &cache);
    let old = files_with(&cache, ".bin");
    // A save renames a new file over the index (a restore only touches it).
    let renamed = || std::fs::metadata(&old[0]).map(|m| m.ino()).ok();
    let mut caught = 0;
    for n in 0..3 {
        // A few files change: the next start brings the index up to date and saves it.
        std::thread::sleep(Duration::from_millis(20));
        generate(dir.path(), 12 + n, 7 + n);
        let clean = clean_ids(dir.path());
        let before = renamed();
        let s = byline(home.path(), dir.path());
        // Killed as soon as its temporary file shows (or the index changes,
        // if the save was too quick to see).
        let t = Instant::now();
        while files_with(&cache, ".tmp-").is_empty() && renamed() == before {
            assert!(t.elapsed() < Duration::from_secs(60), "a save began");
            std::thread::sleep(Duration::from_micros(300));
        }
        caught += usize::from(!files_with(&cache, ".tmp-").is_empty());
        kill(s);
        assert_eq!(files_with(&cache, ".bin"), old, "the saved index is still there");
        check_next_start(dir.path(), &cache, &clean, &format!("refresh {n}"));
    }
    assert!(caught > 0, "at least one kill came during a save");
}

#[test]
fn two_readers_starting_and_saving_at_once_leave_one_whole_index() {
    let dir = generated("crash-two", ARTICLES);
    let clean = clean_ids(dir.path());
    for n in 0..2 {
        let home = TempDir::new("crash-two-home");
        let cache = cache_of(home.path());
        let mut both = [byline(home.path(), dir.path()), byline(home.path(), dir.path())];
        assert!(wait_for_file(&cache, ".bin", Duration::from_secs(60)));
        for s in &mut both {
            // Quitting waits for a save under way.
            while s.text().contains("loading") {
                std::thread::sleep(Duration::from_millis(20));
            }
            s.send("q");
            assert!(s.wait_exit().success());
        }
        assert!(files_with(&cache, ".tmp-").is_empty(), "{n}: both saves finished");
        check_next_start(dir.path(), &cache, &clean, &format!("two readers {n}"));
    }
}

#[test]
fn a_reader_restoring_while_another_prunes_its_index_gets_a_right_corpus() {
    let cache = TempDir::new("crash-prune-cache");
    let dir = generated("crash-prune-read", 300);
    let clean = clean_ids(dir.path());
    start(dir.path(), cache.path());
    // Folders of one-line articles, whose index is larger than the share of
    // the largest archive: saving one leaves room for nothing else, so every
    // save prunes the reader's index, while the reader may be reading it.
    let tiny: Vec<TempDir> = (0..2)
        .map(|n| {
            let d = TempDir::new(&format!("crash-prune-tiny-{n}"));
            (0..2000).for_each(|i| drop(d.write(&format!("{i}.txt"), format!("Note {i}\n\nSeen {n}.\n"))));
            d
        })
        .collect();
    std::thread::scope(|s| {
        let pruner = s.spawn(|| {
            for round in 0..6 {
                start(tiny[round % 2].path(), cache.path());
            }
        });
        let (mut starts, mut restored) = (0, 0);
        while !pruner.is_finished() {
            let app = start(dir.path(), cache.path());
            assert_eq!(ids(&app), clean);
            (starts, restored) = (starts + 1, restored + usize::from(app.loading().is_restored()));
        }
        pruner.join().unwrap();
        println!("{restored} of {starts} starts restored, the others loaded afresh");
        assert!(
            restored < starts,
            "the index was pruned under the reader at times"
        );
    });
}
