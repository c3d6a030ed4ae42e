//! `stories`, `compare` and `quotes --by-story` as a script runs them: one
//! line or object a story, each line naming its article and paragraph.

use std::path::PathBuf;
use std::process::{Command, Output};

fn byline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .env("XDG_CONFIG_HOME", "/nonexistent/byline-tests")
        .output()
        .expect("run byline")
}

fn fixtures() -> String {
    let dir: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "fixtures", "stories"]
        .iter()
        .collect();
    dir.to_string_lossy().into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 output")
}

fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    (stdout(o).lines())
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect()
}

#[test]
fn stories_prints_one_story_a_line() {
    let o = byline(&["stories"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 1, "{out}");
    // Lead id, size, title, then the articles.
    let line = out.lines().next().expect("a line");
    assert!(
        line.starts_with("002_60d49a33ba7128d3.txt  5  Trump says"),
        "{line}"
    );
    assert!(line.ends_with("003_81e3b47a2ed9e1ac.txt"), "{line}");
}

#[test]
fn stories_json_names_the_story_and_its_articles() {
    let o = byline(&["stories", "--json", &fixtures()]);
    assert_eq!(o.status.code(), Some(0));
    let rows = json_lines(&o);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["id"], "courier-flood.txt");
    assert_eq!(rows[0]["title"], "Floods in Varnholm kill at least 12 people");
    assert_eq!(rows[0]["size"], 3);
    assert_eq!(
        rows[0]["articles"],
        serde_json::json!(["courier-flood.txt", "wire-flood.txt", "herald-flood.txt"])
    );
}

#[test]
fn compare_json_gives_the_figures_quotes_and_passages() {
    // Any article of the story, by the start of its id.
    let o = byline(&["compare", "--json", "herald", &fixtures()]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let doc = &json_lines(&o)[0];
    assert_eq!(doc["articles"].as_array().map(Vec::len), Some(3));
    let toll = &doc["figures"][0];
    assert_eq!(toll["about"], "people killed");
    assert_eq!(toll["differs"], true);
    let values: Vec<(&str, &str)> = (toll["values"].as_array().expect("values").iter())
        .map(|v| {
            (
                v["article"].as_str().unwrap_or(""),
                v["value"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        values,
        [
            ("courier-flood.txt", "at least 12"),
            ("wire-flood.txt", "11"),
            ("herald-flood.txt", "14")
        ]
    );
    assert_eq!(toll["values"][2]["paragraph"], 0);
    let quote = &doc["quotes"][0];
    assert_eq!(
        quote["speakers"],
        serde_json::json!(["Ingrid Solberg", "Ingrid Solberg", "Tomas Brekke"])
    );
    assert_eq!(quote["speakers_differ"], true);
    assert_eq!(
        quote["variants"][2]["added"],
        serde_json::json!(["this", "within"])
    );
    assert!(doc["unique"].as_array().is_some_and(|u| !u.is_empty()));
}

#[test]
fn compare_text_names_article_and_paragraph_on_each_line() {
    let o = byline(&["compare", "000"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.contains("  people killed  (differ)\n"), "{out}");
    for (article, value) in [
        ("000", "at least 89"),
        ("001", "over 80"),
        ("003", "at least 87"),
        ("004", "at least 86"),
    ] {
        let value = format!("  {value}  ");
        assert!(
            (out.lines()).any(|l| l.trim_start().starts_with(article) && l.contains(&value)),
            "{article} {value}: {out}"
        );
    }
    assert!(
        out.contains("000_023100a4ace54a5b.txt:4  at least 89  Tillerson said"),
        "{out}"
    );
}

#[test]
fn compare_outside_any_story_or_unknown_exits_1() {
    let o = byline(&["compare", "derby", &fixtures()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "byline: derby-match.txt is in no story: no other article reports it\n"
    );
    let o = byline(&["compare", "nothing-like-this", &fixtures()]);
    assert_eq!(o.status.code(), Some(1));
    // Not a story number: the error points at the list of stories' ids.
    let o = byline(&["compare", "1"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "byline: no article with id \"1\" (see `byline stories`)\n"
    );
}

#[test]
fn quotes_by_story_groups_the_same_words_across_articles() {
    let o = byline(&["quotes", "--by-story", "--json", &fixtures()]);
    assert_eq!(o.status.code(), Some(0));
    let rows = json_lines(&o);
    assert!(rows.iter().all(|r| r["story"] == "courier-flood.txt"));
    assert_eq!(rows[0]["articles"].as_array().map(Vec::len), Some(3));
    assert_eq!(rows[0]["wording_differs"], true);
    let text = stdout(&byline(&["quotes", "--by-story", &fixtures()]));
    assert!(
        text.starts_with("courier-flood.txt  3  Floods in Varnholm"),
        "{text}"
    );
    assert!(text.contains("    herald-flood.txt:1  Tomas Brekke: "), "{text}");
    assert!(text.contains("[+this +within -so -in]"), "{text}");
}

#[test]
fn quotes_by_story_and_speaker_do_not_go_together() {
    let o = byline(&["quotes", "--by-story", "--speaker", "Lavrov"]);
    assert_eq!(o.status.code(), Some(2));
}
