//! The index saved between runs: a second start over unchanged files gets
//! the same corpus without analysing anything; any change to the files, or
//! a damaged index file, means a full load (never a stale or broken one).

mod common;

use byline::app::App;
use byline::search::{Query, filter, spawn_loading_with};
use byline::store::LoadOptions;
use common::app::finish_loading;
use common::{TempDir, seeds_dir};
use std::path::Path;

/// A reader over `dir` once the load is over (and its index saved).
fn load(dir: &Path, cache: &Path) -> App {
    let mut app = App::streaming(spawn_loading_with(
        vec![dir.to_path_buf()],
        LoadOptions::default(),
        Some(cache),
        Default::default(),
    ));
    finish_loading(&mut app);
    app.finish_saving();
    app
}

/// What a person can see of a corpus: the list, who is quoted, what the
/// filter finds, and an article's text with its highlights.
fn described(app: &App) -> Vec<String> {
    let c = app.corpus();
    let mut out: Vec<String> = c
        .order()
        .iter()
        .map(|&i| {
            let body = c.body(i);
            let mentions: Vec<String> = (0..body.analysis.mentions.len())
                .filter_map(|m| body.mention_entity(m))
                .map(|id| c.entities().get(id).name.clone())
                .collect();
            format!(
                "{} | {} | {} quotes | {} paragraphs | {mentions:?}",
                c.article(i).id,
                c.article(i).title,
                c.quote_count(i),
                body.paragraphs.len()
            )
        })
        .collect();
    for (id, n) in c.speakers() {
        out.push(format!("speaker {} {n}", c.entities().get(id).name));
    }
    for q in [
        "lavrov",
        "@lavrov",
        "#tillerson",
        "'sanctions",
        "'Lavrov",
        "'LAVROV",
        "!trump",
        "ha",
    ] {
        let hits = filter(c, &Query::parse(q));
        let ids: Vec<&str> = hits.iter().map(|h| &c.article(h.article).id[..3]).collect();
        out.push(format!("{q}: {ids:?}"));
    }
    out
}

fn seeds_copy(tag: &str) -> TempDir {
    let dir = TempDir::new(tag);
    for entry in std::fs::read_dir(seeds_dir()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap();
        dir.write(name, std::fs::read(&path).unwrap());
    }
    dir.write("notes.txt", [0u8, 1, 2, 3]);
    dir
}

fn index_files(cache: &Path) -> Vec<std::path::PathBuf> {
    let entries = std::fs::read_dir(cache).map(|d| d.map(|e| e.unwrap().path()).collect());
    entries.unwrap_or_default()
}

#[test]
fn a_second_start_over_unchanged_files_restores_the_same_corpus() {
    let (dir, cache) = (seeds_copy("index-same"), TempDir::new("index-same-cache"));
    let first = load(dir.path(), cache.path());
    assert!(!first.loading().is_restored());
    assert_eq!(first.loading().skipped().len(), 1);
    assert_eq!(
        index_files(cache.path()).len(),
        1,
        "one index file, no temporary left"
    );
    let second = load(dir.path(), cache.path());
    assert!(
        second.loading().is_restored(),
        "unchanged files: the index is used"
    );
    assert_eq!(described(&second), described(&first));
    assert_eq!(second.corpus().len(), 5);
    assert_eq!(
        second.loading().skipped().len(),
        1,
        "the skipped file is still reported"
    );
}

/// What a load without any saved index gives for `dir`.
fn fresh(dir: &Path) -> Vec<String> {
    let empty = TempDir::new("index-fresh-cache");
    described(&load(dir, empty.path()))
}

#[test]
fn changed_added_and_removed_files_update_the_index_as_a_full_load_would() {
    let (dir, cache) = (seeds_copy("index-changed"), TempDir::new("index-changed-cache"));
    load(dir.path(), cache.path());
    let name = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("001"))
        })
        .unwrap();
    let text = std::fs::read_to_string(&name).unwrap();
    std::fs::write(&name, text.replace("Lavrov", "Lavroff")).unwrap();
    let app = load(dir.path(), cache.path());
    assert!(
        app.loading().is_restored(),
        "an edited file: the index, brought up to date"
    );
    let edited = described(&app);
    assert!(
        edited.iter().any(|l| l.contains("Lavroff")),
        "the edit is visible"
    );
    assert_eq!(edited, fresh(dir.path()), "as a full load gives");

    dir.write(
        "005_new.txt",
        "A new article\n\nSergei Lavrov said \"nothing much happened\".",
    );
    let app = load(dir.path(), cache.path());
    assert!(app.loading().is_restored(), "a new file");
    assert_eq!(app.corpus().len(), 6);
    assert_eq!(described(&app), fresh(dir.path()));

    // A file that gives no article: nothing comes or goes, the restored
    // corpus is still whole (what is kept per entity is built once).
    dir.write("006_empty.txt", "");
    let app = load(dir.path(), cache.path());
    assert!(app.loading().is_restored(), "a file that cannot be read");
    assert_eq!(described(&app), fresh(dir.path()));

    std::fs::remove_file(&name).unwrap();
    let app = load(dir.path(), cache.path());
    assert!(app.loading().is_restored(), "a removed file");
    assert_eq!(app.corpus().len(), 5);
    assert_eq!(described(&app), fresh(dir.path()));
    assert!(
        load(dir.path(), cache.path()).loading().is_restored(),
        "saved again"
    );
}

#[test]
fn a_folder_mostly_changed_is_loaded_afresh() {
    let (dir, cache) = (
        seeds_copy("index-rewritten"),
        TempDir::new("index-rewritten-cache"),
    );
    load(dir.path(), cache.path());
    for n in 0..70 {
        dir.write(
            &format!("new-{n}.txt"),
            format!("Article {n}\n\nSomething else {n}."),
        );
    }
    let app = load(dir.path(), cache.path());
    assert!(!app.loading().is_restored(), "most of it changed: a full load");
    assert_eq!(app.corpus().len(), 75);
}

#[test]
fn a_damaged_index_is_ignored_and_replaced() {
    let (dir, cache) = (seeds_copy("index-damaged"), TempDir::new("index-damaged-cache"));
    let good = described(&load(dir.path(), cache.path()));
    let file = index_files(cache.path()).remove(0);
    let bytes = std::fs::read(&file).unwrap();
    // Cut short anywhere, or with any byte flipped: refused, a full load.
    for cut in [0, 9, bytes.len() / 3, bytes.len() / 2, bytes.len() - 1] {
        std::fs::write(&file, &bytes[..cut]).unwrap();
        let app = load(dir.path(), cache.path());
        assert!(!app.loading().is_restored(), "cut at {cut}");
        assert_eq!(described(&app), good);
    }
    for at in (0..bytes.len()).step_by(bytes.len() / 40 + 1) {
        let mut damaged = bytes.clone();
        damaged[at] ^= 0xff;
        std::fs::write(&file, &damaged).unwrap();
        let app = load(dir.path(), cache.path());
        assert!(!app.loading().is_restored(), "byte {at} flipped: refused");
        assert_eq!(described(&app), good);
    }
}

/// What the status bar and `!` are told about the files: each kind apart,
/// with file names and notes.
fn file_problems(app: &App) -> Vec<String> {
    let name = |p: &Path| p.file_name().unwrap().to_string_lossy().into_owned();
    let l = app.loading();
    let skipped = l
        .skipped()
        .iter()
        .map(|(p, r)| format!("skipped {}: {r}", name(p)));
    let partial = l
        .partial()
        .iter()
        .map(|(p, n)| format!("in part {}: {n}", name(p)));
    let lossy = l.lossy().iter().map(|p| format!("lossy {}", name(p)));
    skipped.chain(partial).chain(lossy).collect()
}

/// A file loaded in part is saved as such in the index: a restored start,
/// and one after the file was edited (brought up to date), say what a first
/// start says, never that the file was skipped.
#[test]
fn a_file_loaded_in_part_is_reported_alike_on_every_start() {
    let (dir, cache) = (seeds_copy("index-partial"), TempDir::new("index-partial-cache"));
    let good = |t: &str| format!("{{\"title\":\"{t}\",\"text\":\"{t} text.\"}}\n");
    let mixed = format!("{}{{broken\n{}", good("First"), good("Third"));
    dir.write("mixed.jsonl", &mixed);
    let first = load(dir.path(), cache.path());
    assert!(!first.loading().is_restored());
    let said = file_problems(&first);
    assert_eq!(said.len(), 2, "{said:?}");
    assert_eq!(said[0], "skipped notes.txt: binary (not text)");
    assert!(
        said[1].starts_with("in part mixed.jsonl: 1 of 3 lines left out: line 2: invalid JSON"),
        "{said:?}"
    );
    let second = load(dir.path(), cache.path());
    assert!(second.loading().is_restored());
    assert_eq!(file_problems(&second), said);

    // Worse: two bad lines of four, through the index brought up to date.
    dir.write("mixed.jsonl", format!("{mixed}[1]\n"));
    let worse = load(dir.path(), cache.path());
    assert!(worse.loading().is_restored(), "one file edited");
    let fresh_start = load(dir.path(), TempDir::new("index-partial-fresh").path());
    assert_eq!(file_problems(&worse), file_problems(&fresh_start));
    assert!(
        file_problems(&worse)[1].starts_with("in part mixed.jsonl: 2 of 4 lines left out"),
        "{:?}",
        file_problems(&worse)
    );
    assert_eq!(described(&worse), described(&fresh_start));

    // Mended: no longer listed at all.
    dir.write("mixed.jsonl", good("First") + &good("Third"));
    let mended = load(dir.path(), cache.path());
    assert!(mended.loading().is_restored());
    assert_eq!(file_problems(&mended), ["skipped notes.txt: binary (not text)"]);
    assert_eq!(mended.corpus().len(), 7);
}
