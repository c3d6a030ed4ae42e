//! The command line as a user runs it: exit codes, messages, JSON shapes.

mod common;

use common::{TempDir, seeds_dir};
use std::process::{Command, Output};

fn byline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .env("NO_COLOR", "1")
        // Never the user's config (its `paths` would replace the seeds).
        .env("XDG_CONFIG_HOME", "/nonexistent/byline-tests")
        .output()
        .expect("run byline")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 output")
}

fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect()
}

#[test]
fn missing_path_is_a_usage_error() {
    for args in [
        &["/no/such/place"][..],
        &["list", "/no/such/place"],
        &["check", "/no/such/place"],
    ] {
        let o = byline(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&o.stderr),
            "byline: /no/such/place: No such file or directory\n"
        );
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn bad_flags_exit_2_and_help_and_version_exit_0() {
    assert_eq!(byline(&["--bogus"]).status.code(), Some(2));
    let help = byline(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).contains("Usage: byline"));
    let version = byline(&["--version"]);
    assert_eq!(
        stdout(&version).trim(),
        format!("byline {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn list_json_on_the_built_in_seeds() {
    let o = byline(&["list", "--json"]);
    assert_eq!(o.status.code(), Some(0));
    let rows = json_lines(&o);
    assert_eq!(rows.len(), 5);
    let r = &rows[2];
    assert_eq!(r["id"], "002_60d49a33ba7128d3.txt");
    assert_eq!(
        r["title"],
        "Trump says US-Russia relations may be at 'all-time low'"
    );
    assert_eq!(r["date"], "2017-04-15");
    assert!(r["author"].is_null());
    assert!(r["words"].as_u64().unwrap() > 400);
    assert_eq!(rows[3]["author"], "Salvatore Jensen");
    let speakers: Vec<&str> = r["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(speakers.contains(&"Sergei Lavrov"), "{speakers:?}");
    let entities: Vec<&str> = r["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(
        entities.contains(&"Russia") && entities.contains(&"United States"),
        "{entities:?}"
    );
}

#[test]
fn list_of_a_folder_matches_the_built_in_seeds() {
    let dir = seeds_dir();
    let from_disk = byline(&["list", dir.to_str().unwrap()]);
    assert_eq!(stdout(&from_disk), stdout(&byline(&["list"])));
}

#[test]
fn show_wraps_and_json_has_the_paragraphs() {
    let o = byline(&["show", "003_81e3b47a2ed9e1ac.txt"]);
    assert_eq!(o.status.code(), Some(0));
    let text = stdout(&o);
    assert!(text.starts_with(
        "Russian Federation vetoes West's Syria resolution at UN Security Council\nSalvatore Jensen\n\n"
    ));
    assert!(
        text.lines().all(|l| l.chars().count() <= 80),
        "wrapped at 80 when not a terminal"
    );
    let o = byline(&["show", "--json", "004_3470f3ac3604670e.txt"]);
    let doc = &json_lines(&o)[0];
    assert_eq!(doc["date"], "2017-04-17");
    assert!(doc["paragraphs"].as_array().unwrap().len() > 20);
    let missing = byline(&["show", "nope.txt"]);
    assert_eq!(missing.status.code(), Some(1));
}

#[test]
fn check_reports_and_exits_by_what_was_skipped() {
    let dir = TempDir::new("check");
    dir.write("good.txt", "Good\n\nBody.");
    dir.write("latin1.txt", b"Caf\xe9\n\nBody.");
    let o = byline(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "lossy decoding is a warning, not a failure"
    );
    let text = stdout(&o);
    assert!(text.contains("warning:") && text.contains("latin1.txt"), "{text}");
    assert!(text.contains("2 articles loaded from 2 files"), "{text}");
    let one = TempDir::new("check-one");
    one.write(
        "a.json",
        r#"[{"title": "A", "text": "a"}, {"title": "B", "text": "b"}]"#,
    );
    let text = stdout(&byline(&["check", one.path().to_str().unwrap()]));
    assert!(
        text.contains("2 articles loaded from 1 file; 0 skipped; 0 loaded in part; 0 decoded lossily; 0 other files ignored"),
        "one file, not `1 files`: {text}"
    );
    dir.write("empty.txt", "");
    let o = byline(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("skipped: ") && stdout(&o).contains("empty.txt: empty"));
}

/// A JSONL file with one bad line is reported as loaded in part, with the
/// line left out, not as skipped; a check still fails on it (exit 1).
#[test]
fn check_reports_a_file_loaded_in_part_apart_from_the_skipped() {
    let dir = TempDir::new("check-partial");
    let mixed = dir.write(
        "mixed.jsonl",
        "{\"title\":\"A\",\"text\":\"a\"}\n{\"title\":\"No text\"}\n{\"title\":\"C\",\"text\":\"c\"}\n",
    );
    let o = byline(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "records left out fail a check");
    let text = stdout(&o);
    let line = format!(
        "loaded in part: {}: 1 of 3 lines left out: line 2: no text, body or content field",
        mixed.display()
    );
    assert!(text.lines().any(|l| l == line), "{line}\n{text}");
    assert!(!text.contains("skipped: "), "{text}");
    assert!(
        text.contains("2 articles loaded from 1 file; 0 skipped; 1 loaded in part; 0 decoded lossily;"),
        "{text}"
    );
}

#[test]
fn entities_json_merges_aliases() {
    let o = byline(&["entities", "--json"]);
    assert_eq!(o.status.code(), Some(0));
    let rows = json_lines(&o);
    let find = |name: &str| {
        rows.iter()
            .find(|r| r["name"] == name)
            .unwrap_or_else(|| panic!("{name} missing"))
    };
    let lavrov = find("Sergei Lavrov");
    assert_eq!(lavrov["kind"], "person");
    let aliases: Vec<&str> = lavrov["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(aliases.contains(&"Sergey Lavrov"), "{aliases:?}");
    assert!(lavrov["mentions"].as_u64().unwrap() >= 10);
    let haley = find("Nikki Haley");
    assert_eq!(
        haley["articles"],
        serde_json::json!(["000_023100a4ace54a5b.txt", "004_3470f3ac3604670e.txt"])
    );
    assert_eq!(find("United States")["kind"], "place");
}

#[test]
fn quotes_json_and_speaker_filter() {
    let o = byline(&["quotes", "--json"]);
    assert_eq!(o.status.code(), Some(0));
    let rows = json_lines(&o);
    assert!(rows.len() >= 50);
    for r in &rows {
        for key in ["article", "paragraph", "text", "speaker", "role", "cue"] {
            assert!(r.get(key).is_some(), "{key} missing in {r}");
        }
    }
    let she = rows
        .iter()
        .find(|r| {
            r["article"] == "003_81e3b47a2ed9e1ac.txt"
                && r["text"].as_str().unwrap().starts_with("Russia once again")
        })
        .expect("the she-added quote");
    assert!(she["speaker"].is_null(), "no woman is named before it: {she}");
    for alias in [
        "Lavrov",
        "Sergey Lavrov",
        "sergei lavrov",
        "sergey_lavrov",
        "LAVROV",
        "mr lavrov",
        "Minister_Lavrov",
    ] {
        let o = byline(&["quotes", "--json", "--speaker", alias]);
        let rows = json_lines(&o);
        let mut articles: Vec<&str> = rows.iter().map(|r| r["article"].as_str().unwrap()).collect();
        articles.dedup();
        assert_eq!(
            articles,
            [
                "001_4aa86e44a16b2bd5.txt",
                "002_60d49a33ba7128d3.txt",
                "003_81e3b47a2ed9e1ac.txt",
                "004_3470f3ac3604670e.txt"
            ],
            "{alias}"
        );
        assert!(rows.iter().all(|r| r["speaker"] == "Sergei Lavrov"));
    }
}

#[test]
fn check_without_a_path_says_it_read_the_built_in_seeds() {
    let o = byline(&["check"]);
    assert_eq!(o.status.code(), Some(0));
    let text = stdout(&o);
    assert!(text.contains("5 built-in seed articles loaded"), "{text}");
    assert!(!text.contains("from 0 files"), "{text}");
}

#[test]
fn entities_text_says_what_its_numbers_count() {
    let o = byline(&["entities"]);
    let text = stdout(&o);
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
    assert_eq!(header, ["mentions", "articles", "kind", "name"], "{text}");
    let lavrov: Vec<&str> = lines
        .find(|l| l.ends_with("Sergei Lavrov"))
        .expect("Lavrov's row")
        .split_whitespace()
        .collect();
    let json = json_lines(&byline(&["entities", "--json"]));
    let row = json.iter().find(|r| r["name"] == "Sergei Lavrov").unwrap();
    assert_eq!(lavrov[0], row["mentions"].to_string());
    assert_eq!(lavrov[1], row["articles"].as_array().unwrap().len().to_string());
}

#[test]
fn show_takes_a_unique_start_of_an_id() {
    let o = byline(&["show", "--json", "003"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(json_lines(&o)[0]["id"], "003_81e3b47a2ed9e1ac.txt");
    let o = byline(&["show", "00"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("5 ids start with \"00\"") && err.contains("000_023100a4ace54a5b.txt"),
        "{err}"
    );
}
