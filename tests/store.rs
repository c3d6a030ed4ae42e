//! The article store on the seeds, every format and every kind of bad input.

mod common;

use byline::store::{self, LoadOptions, Loaded};
use common::{TempDir, seeds_dir};
use std::path::PathBuf;

fn load(paths: &[PathBuf]) -> Loaded {
    store::load(paths.to_vec(), LoadOptions::default())
}

fn reason_for<'a>(loaded: &'a Loaded, name: &str) -> &'a str {
    loaded
        .skipped
        .iter()
        .find(|(p, _)| p.ends_with(name))
        .map(|(_, r)| r.as_str())
        .unwrap_or_else(|| panic!("{name} not skipped: {:?}", loaded.skipped))
}

#[test]
fn seeds_parse_titles_dates_and_authors() {
    let seeds = store::seeds();
    let ids: Vec<&str> = seeds.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "000_023100a4ace54a5b.txt",
            "001_4aa86e44a16b2bd5.txt",
            "002_60d49a33ba7128d3.txt",
            "003_81e3b47a2ed9e1ac.txt",
            "004_3470f3ac3604670e.txt"
        ]
    );
    assert_eq!(
        seeds[0].title,
        "Russia vetoes UN resolution to condemn Syria chemical attack"
    );
    assert_eq!(
        seeds[3].title,
        "Russian Federation vetoes West's Syria resolution at UN Security Council"
    );
    let date = |i: usize| seeds[i].date.map(|d| d.to_string());
    assert_eq!(date(2).as_deref(), Some("2017-04-15"));
    assert_eq!(date(4).as_deref(), Some("2017-04-17"));
    assert_eq!(date(0), None);
    assert_eq!(seeds[3].author.as_deref(), Some("Salvatore Jensen"));
    // The dateline is not body text; the byline, `Latest News` and related headlines are not either.
    assert!(seeds[2].paragraphs[0].starts_with("\"I expressed the view"));
    assert!(seeds[3].paragraphs.last().unwrap().starts_with("\"If they knew"));
    assert!(
        seeds[1]
            .paragraphs
            .last()
            .unwrap()
            .starts_with("Adding to more confusion")
    );
    assert!(
        seeds[0]
            .paragraphs
            .last()
            .unwrap()
            .starts_with("Asked whether Assad")
    );
    assert_eq!(
        seeds[4].paragraphs.last().unwrap(),
        "The Russian leader has previously met the American when he was head of U.S. oil giant ExxonMobil."
    );
}

#[test]
fn seeds_on_disk_load_like_the_built_in_ones() {
    let loaded = load(&[seeds_dir()]);
    let builtin = store::seeds();
    assert_eq!(loaded.articles.len(), 5);
    for (disk, mem) in loaded.articles.iter().zip(&builtin) {
        assert_eq!(disk.id, mem.id);
        assert_eq!(disk.title, mem.title);
        assert_eq!(disk.paragraphs, mem.paragraphs);
        assert!(disk.path.is_some());
    }
}

#[test]
fn ids_are_relative_sorted_and_recursive() {
    let dir = TempDir::new("ids");
    dir.write("b/2.txt", "Two\n\nBody.");
    dir.write("a.md", "A\n\nBody.");
    dir.write("b/1.text", "One\n\nBody.");
    dir.write("b/c/deep.txt", "Deep\n\nBody.");
    dir.write("notes.pdf", "ignored");
    let loaded = load(&[dir.path().to_path_buf()]);
    let ids: Vec<&str> = loaded.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a.md", "b/1.text", "b/2.txt", "b/c/deep.txt"]);
    assert_eq!(loaded.ignored, 1);
    let single = load(&[dir.path().join("b/2.txt")]);
    assert_eq!(single.articles[0].id, "2.txt");
}

#[test]
fn json_and_jsonl_records() {
    let dir = TempDir::new("json");
    dir.write(
        "a.json",
        r#"[{"title":"First","text":"Para one.\n\nPara two.","date":"2017-04-15","author":"Ann Lee","url":"http://x"},
            {"title":"Second","body":"B.","id":"custom-7"}]"#,
    );
    dir.write("one.json", r#"{"title":"Solo","content":"C."}"#);
    dir.write(
        "b.jsonl",
        "{\"title\":\"L1\",\"text\":\"x\"}\n\n{\"title\":\"L2\",\"text\":\"y\",\"date\":\"April 3, 2005\"}\n",
    );
    dir.write("bad.json", "{not json");
    dir.write("nobody.jsonl", "{\"title\":\"no text\"}\n");
    let loaded = load(&[dir.path().to_path_buf()]);
    let ids: Vec<&str> = loaded.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        ["a.json#0", "custom-7", "b.jsonl#0", "b.jsonl#1", "one.json#0"]
    );
    let first = &loaded.articles[0];
    assert_eq!(first.paragraphs, ["Para one.", "Para two."]);
    assert_eq!(first.date.map(|d| d.to_string()).as_deref(), Some("2017-04-15"));
    assert_eq!(first.author.as_deref(), Some("Ann Lee"));
    assert_eq!(first.url.as_deref(), Some("http://x"));
    assert_eq!(
        loaded.articles[3].date.map(|d| d.to_string()).as_deref(),
        Some("2005-04-03")
    );
    assert!(reason_for(&loaded, "bad.json").contains("invalid JSON"));
    assert!(reason_for(&loaded, "nobody.jsonl").contains("no text"));
}

/// UTF-8 read as Windows-1252 and saved again (`PeÃ±a`, `â€œ`) is repaired
/// at load in every format, titles too, so the reader shows `Peña` and the
/// analysis names one person whichever file spelled him which way.
#[test]
fn mis_encoded_letters_are_repaired_in_every_format() {
    let dir = TempDir::new("mojibake");
    dir.write(
        "a.txt",
        "Enrique PeÃ±a Nieto visits\n\nâ€œWe agree,â€\u{9d} said Enrique PeÃ±a Nieto.\n",
    );
    dir.write(
        "b.json",
        r#"{"title":"PeÃ±a in Texas","text":"Mr PeÃ±a met JosÃ© Ruiz."}"#,
    );
    dir.write(
        "c.html",
        "<html><head><title>GuantÃ¡namo</title></head><body><article><p>PeÃ±a spoke at length about the base and its future.</p></article></body></html>",
    );
    let loaded = load(&[dir.path().to_path_buf()]);
    let by_id = |id: &str| loaded.articles.iter().find(|a| a.id == id).unwrap();
    let a = by_id("a.txt");
    assert_eq!(a.title, "Enrique Peña Nieto visits");
    assert_eq!(a.paragraphs, ["“We agree,” said Enrique Peña Nieto."]);
    let b = by_id("b.json#0");
    assert_eq!(b.title, "Peña in Texas");
    assert_eq!(b.paragraphs, ["Mr Peña met José Ruiz."]);
    let c = by_id("c.html");
    assert_eq!(c.title, "Guantánamo");
    assert!(
        c.paragraphs.iter().any(|p| p.starts_with("Peña spoke")),
        "{:?}",
        c.paragraphs
    );
    assert!(loaded.articles.iter().all(|a| !a.lossy));
}

/// One record without text, or one broken line, costs only itself: the
/// file's other records load, and the file is listed as loaded in part with
/// the records left out (so `byline check` and `!` say so), not among the
/// skipped, which gave nothing.
#[test]
fn a_bad_record_leaves_out_only_itself() {
    let dir = TempDir::new("json-partial");
    dir.write(
        "mixed.json",
        r#"[{"title":"No body"},{"title":"Kept","text":"K."},{"title":"Also","body":"A."}]"#,
    );
    dir.write(
        "mixed.jsonl",
        "{\"title\":\"L1\",\"text\":\"x\"}\n{broken\n{\"title\":\"L3\",\"text\":\"z\"}\n",
    );
    dir.write("all-bad.json", r#"[{"title":"a"},{"title":"b"}]"#);
    let loaded = load(&[dir.path().to_path_buf()]);
    let titles: Vec<&str> = loaded.articles.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, ["Kept", "Also", "L1", "L3"]);
    let partial: Vec<(&str, &str)> = (loaded.partial.iter())
        .map(|(p, note)| (p.file_name().unwrap().to_str().unwrap(), note.as_str()))
        .collect();
    assert_eq!(partial.len(), 2, "{partial:?}");
    assert_eq!(
        partial[0],
        (
            "mixed.json",
            "1 of 3 records left out: record 0: no text, body or content field"
        )
    );
    assert_eq!(partial[1].0, "mixed.jsonl");
    assert!(
        partial[1]
            .1
            .starts_with("1 of 3 lines left out: line 2: invalid JSON"),
        "{partial:?}"
    );
    assert_eq!(loaded.skipped.len(), 1, "only all-bad.json: {:?}", loaded.skipped);
    assert_eq!(
        reason_for(&loaded, "all-bad.json"),
        "record 0: no text, body or content field"
    );
}

#[test]
fn bad_input_is_skipped_with_a_reason_or_decoded_lossily() {
    let dir = TempDir::new("bad");
    dir.write("empty.txt", "");
    dir.write("blank.txt", "  \n\n ");
    dir.write("binary.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    dir.write("big.txt", vec![b'a'; 2048]);
    dir.write("latin1.txt", b"Caf\xe9\n\nCr\xe8me br\xfbl\xe9e.");
    dir.write(
        "bom.txt",
        b"\xEF\xBB\xBFTitle\r\n\r\nBody one.\r\n\r\nBody two.\rStill two.",
    );
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend("Wide\n\nText body.".encode_utf16().flat_map(u16::to_le_bytes));
    dir.write("utf16.txt", utf16);
    dir.write(
        "evil.txt",
        "Ti\x1b[2Jtle\x1b]0;pwned\x07\n\nBody \x1b]52;c;SGVsbG8=\x07with\u{9b}31m tricks\u{202e}.",
    );
    let options = LoadOptions {
        max_file_bytes: 1024,
        ..LoadOptions::default()
    };
    let loaded = store::load(vec![dir.path().to_path_buf()], options);
    assert_eq!(reason_for(&loaded, "empty.txt"), "empty");
    assert_eq!(reason_for(&loaded, "blank.txt"), "empty");
    assert!(reason_for(&loaded, "binary.txt").contains("binary"));
    assert!(reason_for(&loaded, "big.txt").contains("too large"));
    let by_id = |id: &str| loaded.articles.iter().find(|a| a.id == id).unwrap();
    assert!(by_id("latin1.txt").lossy);
    assert!(loaded.lossy.iter().any(|p| p.ends_with("latin1.txt")));
    assert_eq!(by_id("latin1.txt").title, "Caf\u{FFFD}");
    let bom = by_id("bom.txt");
    assert_eq!(bom.title, "Title");
    assert_eq!(bom.paragraphs, ["Body one.", "Body two. Still two."]);
    assert_eq!(by_id("utf16.txt").paragraphs, ["Text body."]);
    let evil = by_id("evil.txt");
    assert_eq!(evil.title, "Title");
    assert_eq!(evil.paragraphs, ["Body with tricks."]);
}

#[cfg(unix)]
#[test]
fn special_files_never_block_or_crash() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let dir = TempDir::new("special");
    dir.write("ok.txt", "Fine\n\nBody.");
    let fifo = dir.path().join("pipe.txt");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    symlink("/dev/zero", dir.path().join("zero.txt")).unwrap();
    symlink(dir.path().join("missing.txt"), dir.path().join("dangling.txt")).unwrap();
    std::fs::create_dir(dir.path().join("loop")).unwrap();
    symlink(dir.path(), dir.path().join("loop/back")).unwrap();
    let locked = dir.write("locked.txt", "Secret\n\nBody.");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let mut deep = String::new();
    for _ in 0..200 {
        deep.push_str("d/");
    }
    dir.write(&format!("{deep}leaf.txt"), "Leaf\n\nBody.");

    let loaded = load(&[dir.path().to_path_buf()]);
    let ids: Vec<&str> = loaded.articles.iter().map(|a| a.id.as_str()).collect();
    assert!(ids.contains(&"ok.txt"));
    assert!(ids.iter().any(|id| id.ends_with("leaf.txt")));
    assert!(reason_for(&loaded, "pipe.txt").contains("not a regular file"));
    assert!(reason_for(&loaded, "zero.txt").contains("not a regular file"));
    assert!(reason_for(&loaded, "dangling.txt").contains("dangling symlink"));
    assert!(reason_for(&loaded, "back").contains("loop"));
    // root can read anything: only assert the skip where permissions hold.
    if std::fs::read(&locked).is_err() {
        assert!(reason_for(&loaded, "locked.txt").contains("ermission"));
    }
}
