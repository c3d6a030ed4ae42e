//! `byline list --filter QUERY`: the reader's query language for scripts,
//! ranked as the reader ranks, like `fzf --filter`.

use byline::search::{Corpus, Query, filter};
use byline::store;
use std::process::{Command, Output};

fn byline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .env("XDG_CONFIG_HOME", "/nonexistent/byline-tests")
        .env("XDG_STATE_HOME", "/nonexistent/byline-tests")
        .output()
        .expect("run byline")
}

/// The ids `list --filter` prints, in its order.
fn listed(query: &str) -> Vec<String> {
    let o = byline(&["list", "--filter", query]);
    let text = String::from_utf8(o.stdout).unwrap();
    text.lines()
        .map(|l| l.split("  ").next().unwrap().to_owned())
        .collect()
}

/// The ids the reader's filter shows, best first.
fn reader(query: &str) -> Vec<String> {
    let c = Corpus::from_articles(store::seeds());
    let hits = filter(&c, &Query::parse(query));
    hits.iter().map(|h| c.article(h.article).id.clone()).collect()
}

#[test]
fn filter_ranks_as_the_reader_does() {
    for q in [
        "tr",
        "lavrov",
        "@lavrov",
        "#haley",
        "'veto",
        "^Russia",
        "!@lavrov",
        "syria !moab",
    ] {
        let want = reader(q);
        assert!(!want.is_empty(), "{q}");
        assert_eq!(listed(q), want, "{q}");
    }
}

#[test]
fn filter_json_has_the_list_fields_and_no_match_exits_1() {
    let o = byline(&["list", "--json", "--filter", "@sergey_lavrov"]);
    assert_eq!(o.status.code(), Some(0));
    let rows: Vec<serde_json::Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 4);
    for r in &rows {
        let speakers = r["speakers"].as_array().unwrap();
        assert!(speakers.iter().any(|s| s == "Sergei Lavrov"), "{r}");
        assert!(r["title"].is_string() && r["id"].is_string());
    }
    let none = byline(&["list", "--filter", "'nothing like this anywhere"]);
    assert_eq!((none.status.code(), none.stdout.len()), (Some(1), 0));
}

#[test]
fn a_star_reads_the_readers_stars_without_writing_them() {
    let state = std::env::temp_dir().join(format!("byline-test-stars-{}", std::process::id()));
    std::fs::create_dir_all(state.join("byline")).unwrap();
    let c = Corpus::from_articles(store::seeds());
    let file = state.join("byline").join("state.json");
    let json = format!(r#"{{"version":1,"starred":["{:016x}"]}}"#, c.hash(2));
    std::fs::write(&file, &json).unwrap();
    let run = |q: &str| {
        let o = Command::new(env!("CARGO_BIN_EXE_byline"))
            .args(["list", "--filter", q])
            .env("XDG_CONFIG_HOME", "/nonexistent/byline-tests")
            .env("XDG_STATE_HOME", &state)
            .output()
            .unwrap();
        let text = String::from_utf8(o.stdout).unwrap();
        text.lines().map(|l| l[..3].to_owned()).collect::<Vec<_>>()
    };
    assert_eq!(run("* trump"), ["002"]);
    assert_eq!(run("*trump"), ["002"], "a star glued to a term");
    assert_eq!(run("!* lavrov"), ["000", "001", "003", "004"]);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), json);
    let _ = std::fs::remove_dir_all(&state);
}

#[test]
fn help_man_page_and_completions_know_the_filter() {
    let help = String::from_utf8(byline(&["list", "--help"]).stdout).unwrap();
    for form in [
        "--filter <QUERY>",
        "'text",
        "^text",
        "text$",
        "@name",
        "#name",
        " | ",
        "!",
        "*",
    ] {
        assert!(help.contains(form), "{form} missing from list --help:\n{help}");
    }
    // byline(1) refers to byline-list(1) and the others: `byline man list` prints it.
    let man = String::from_utf8(byline(&["man"]).stdout).unwrap();
    assert!(man.contains("byline\\-list(1)"), "{man}");
    let o = byline(&["man", "list"]);
    let page = String::from_utf8(o.stdout).unwrap();
    assert!(
        page.contains(".TH byline-list 1") || page.contains(".TH byline\\-list 1"),
        "{page}"
    );
    assert!(page.contains("\\-\\-filter") && page.contains("text$"), "{page}");
    assert_eq!(byline(&["man", "nonesuch"]).status.code(), Some(2));
    let bash = String::from_utf8(byline(&["completions", "bash"]).stdout).unwrap();
    assert!(bash.contains("--filter"));
}
