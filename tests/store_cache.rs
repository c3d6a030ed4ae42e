//! The cache folder stays bounded by bytes: the indexes used last are kept
//! while together they stay within a share of the largest archive they
//! index (an archive's own index beside its subfolders'), older ones go,
//! and so do temporary files whose save cannot finish.

mod common;

use common::TempDir;
use common::store::{dir_bytes, files_with, generate, generated, start};
use std::path::Path;
use std::time::{Duration, SystemTime};

/// The share of the largest archive the cache may take (`search::cache`).
const SHARE: f64 = 0.6;

/// Lets file times tell one start from the next.
fn tick() {
    std::thread::sleep(Duration::from_millis(20));
}

fn folder_bytes(dir: &Path) -> u64 {
    let subfolders = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path());
    subfolders
        .map(|p| if p.is_dir() { dir_bytes(&p) } else { 0 })
        .sum::<u64>()
        + dir_bytes(dir)
}

#[test]
fn an_archive_and_four_of_its_subfolders_fit_within_the_share() {
    let (archive, cache) = (
        generated("cache-archive", 1500),
        TempDir::new("cache-archive-cache"),
    );
    let corpus = folder_bytes(archive.path());
    start(archive.path(), cache.path());
    let index = dir_bytes(cache.path());
    println!(
        "archive {corpus} bytes, its index {index} ({:.2}×)",
        index as f64 / corpus as f64
    );
    assert!(
        (index as f64) < 0.45 * corpus as f64,
        "the index is well under the text"
    );
    for sub in ["s0", "s1", "s2", "s3"] {
        tick();
        start(&archive.path().join(sub), cache.path());
        let cached = dir_bytes(cache.path());
        assert!(
            cached as f64 <= SHARE * corpus as f64,
            "{sub}: {cached} of {corpus}"
        );
    }
    assert_eq!(files_with(cache.path(), ".bin").len(), 5, "all five fit");
    for dir in [archive.path().to_path_buf(), archive.path().join("s0")] {
        assert!(start(&dir, cache.path()).loading().is_restored(), "{dir:?} kept");
    }
}

#[test]
fn of_five_archives_of_one_size_the_last_used_are_kept_within_the_share() {
    let cache = TempDir::new("cache-five-cache");
    let dirs: Vec<TempDir> = (0..5)
        .map(|n| {
            let dir = TempDir::new(&format!("cache-five-{n}"));
            generate(dir.path(), 400, n);
            dir
        })
        .collect();
    let largest = dirs.iter().map(|d| folder_bytes(d.path())).max().unwrap();
    for dir in &dirs {
        tick();
        start(dir.path(), cache.path());
        let cached = dir_bytes(cache.path());
        assert!(cached as f64 <= SHARE * largest as f64, "{cached} of {largest}");
    }
    let kept = files_with(cache.path(), ".bin").len();
    assert!(
        (1..5).contains(&kept),
        "{kept} kept: bounded, and the last one is there"
    );
    // The first archives' indexes went, the last ones' are used.
    assert!(!start(dirs[0].path(), cache.path()).loading().is_restored());
    tick();
    assert!(start(dirs[4].path(), cache.path()).loading().is_restored());
}

#[test]
fn an_index_used_again_is_kept_over_newer_ones() {
    let cache = TempDir::new("cache-used-cache");
    let dirs: Vec<TempDir> = (0..6)
        .map(|n| {
            let dir = TempDir::new(&format!("cache-used-{n}"));
            generate(dir.path(), 300, n);
            dir
        })
        .collect();
    let index_of = |n: usize| {
        let before = files_with(cache.path(), ".bin");
        start(dirs[n].path(), cache.path());
        tick();
        let mut after = files_with(cache.path(), ".bin");
        after.retain(|f| !before.contains(f));
        after.pop().expect("a new index")
    };
    let (first, second) = (index_of(0), index_of(1));
    // Restoring the first marks it used: the second is now the older.
    assert!(start(dirs[0].path(), cache.path()).loading().is_restored());
    tick();
    let mut n = 2;
    while second.exists() {
        assert!(n < dirs.len(), "the cache never pruned");
        index_of(n);
        n += 1;
    }
    assert!(first.exists(), "the index used last outlives the older one");
    assert!(start(dirs[0].path(), cache.path()).loading().is_restored());
}

#[test]
fn temporary_files_go_once_their_save_cannot_finish() {
    let (dir, cache) = (generated("cache-tmp", 50), TempDir::new("cache-tmp-cache"));
    // A process that has exited: its pid is (for now) no one's.
    let mut gone = std::process::Command::new("true").spawn().unwrap();
    gone.wait().unwrap();
    let own = std::process::id();
    let dead = cache.write(&format!("index-00000000000000aa.tmp-{}-0", gone.id()), "killed");
    let running = cache.write(&format!("index-00000000000000bb.tmp-{own}-99"), "saving");
    let old = cache.write(&format!("index-00000000000000cc.tmp-{own}-98"), "stuck");
    let hours_ago = SystemTime::now() - Duration::from_secs(7200);
    let file = std::fs::File::options().append(true).open(&old).unwrap();
    file.set_modified(hours_ago).unwrap();
    start(dir.path(), cache.path());
    assert!(!dead.exists(), "its process is gone");
    assert!(!old.exists(), "over an hour old");
    assert!(running.exists(), "a running process's save is left alone");
    assert_eq!(files_with(cache.path(), ".bin").len(), 1);
}
