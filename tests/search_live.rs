//! Live folders: files added, changed or removed while the reader is open
//! arrive as `Changes` within a couple of seconds, bursts batched, and
//! applying them gives what a fresh load gives.

mod common;

use byline::search::{Changes, Corpus, Summary, spawn_watch};
use byline::store::LoadOptions;
use common::{TempDir, seeds_dir};
use std::time::{Duration, Instant};

fn seeds_copy(tag: &str) -> TempDir {
    let dir = TempDir::new(tag);
    for entry in std::fs::read_dir(seeds_dir()).unwrap() {
        let path = entry.unwrap().path();
        dir.write(
            path.file_name().unwrap().to_str().unwrap(),
            std::fs::read(&path).unwrap(),
        );
    }
    dir
}

/// The folder loaded from scratch, and its file table.
fn loaded(dir: &TempDir) -> (Corpus, Summary, byline::search::FileTable) {
    let roots = vec![dir.path().to_path_buf()];
    let mut changes = Changes::since(&roots, &Default::default());
    changes.read(&LoadOptions::default());
    let (mut corpus, mut summary) = (Corpus::new(), Summary::default());
    let table = corpus.apply(changes, &mut summary);
    (corpus, summary, table)
}

fn titles(c: &Corpus) -> Vec<String> {
    c.order().iter().map(|&i| c.article(i).title.clone()).collect()
}

/// Waits for changes that add `added` files and remove `removed`, however batched.
fn wait_for(
    rx: &std::sync::mpsc::Receiver<Changes>,
    corpus: &mut Corpus,
    summary: &mut Summary,
    added: usize,
    removed: usize,
) {
    let start = Instant::now();
    let (mut a, mut r) = (0, 0);
    while (a, r) != (added, removed) {
        let left = Duration::from_secs(10).saturating_sub(start.elapsed());
        let changes = rx
            .recv_timeout(left)
            .unwrap_or_else(|_| panic!("saw {a} added, {r} removed in 10 s"));
        let (x, changed, y) = changes.counts();
        (a, r) = (a + x + changed, r + y);
        corpus.apply(changes, summary);
    }
}

#[test]
fn files_added_and_removed_while_open_arrive_and_apply() {
    let dir = seeds_copy("live");
    let (mut corpus, mut summary, table) = loaded(&dir);
    assert_eq!(corpus.len(), 5);
    let quoted = |c: &Corpus| {
        c.speaker_articles(c.entities().lookup("Nikki Haley").unwrap())
            .len()
    };
    let before = quoted(&corpus);
    let rx = spawn_watch(vec![dir.path().to_path_buf()], table, LoadOptions::default());
    std::thread::sleep(Duration::from_millis(200)); // the watch is set up
    let start = Instant::now();
    dir.write(
        "zz_new.txt",
        "Breaking: a new article\n\nNikki Haley said \"it is new\".",
    );
    wait_for(&rx, &mut corpus, &mut summary, 1, 0);
    assert!(
        start.elapsed() < Duration::from_secs(3),
        "took {:?}",
        start.elapsed()
    );
    assert_eq!(corpus.len(), 6);
    assert!(titles(&corpus).contains(&"Breaking: a new article".to_owned()));
    assert_eq!(quoted(&corpus), before + 1, "her quote in the new article counts");

    for n in 0..40 {
        dir.write(&format!("burst-{n:02}.txt"), format!("Burst {n}\n\nNothing {n}."));
    }
    std::fs::remove_file(dir.path().join("zz_new.txt")).unwrap();
    wait_for(&rx, &mut corpus, &mut summary, 40, 1);
    assert_eq!(corpus.len(), 45);
    assert_eq!(quoted(&corpus), before, "and goes with the file");
    let (fresh, _, _) = loaded(&dir);
    assert_eq!(titles(&corpus), titles(&fresh), "as a fresh load gives");
}

/// A JSONL file edited while open (one record broken, then mended): the
/// summary lists it as loaded in part, never as skipped, as a fresh load does.
#[test]
fn a_file_edited_into_one_loaded_in_part_is_listed_as_such() {
    let dir = seeds_copy("live-partial");
    let good = "{\"title\":\"Kept\",\"text\":\"Kept text.\"}\n";
    dir.write("feed.jsonl", good.repeat(2));
    let (mut corpus, mut summary, table) = loaded(&dir);
    assert!(summary.partial.is_empty() && summary.skipped.is_empty());
    let roots = vec![dir.path().to_path_buf()];
    // A new stamp even within the clock's tick: the size changes.
    dir.write("feed.jsonl", format!("{good}{{\"title\":\"No text\"}}\n{good}"));
    let mut changes = Changes::since(&roots, &table);
    assert_eq!(changes.counts(), (0, 1, 0));
    changes.read(&LoadOptions::default());
    let table = corpus.apply(changes, &mut summary);
    let (fresh, fresh_summary, _) = loaded(&dir);
    assert!(summary.skipped.is_empty(), "{:?}", summary.skipped);
    assert_eq!(summary.partial, fresh_summary.partial);
    assert_eq!(summary.partial.len(), 1);
    assert_eq!(
        summary.partial[0].1,
        "1 of 3 lines left out: line 2: no text, body or content field"
    );
    assert_eq!(titles(&corpus), titles(&fresh));

    dir.write("feed.jsonl", good.repeat(3));
    let mut changes = Changes::since(&roots, &table);
    changes.read(&LoadOptions::default());
    corpus.apply(changes, &mut summary);
    assert!(summary.partial.is_empty(), "mended: {:?}", summary.partial);
    assert_eq!(corpus.len(), 8);
}
