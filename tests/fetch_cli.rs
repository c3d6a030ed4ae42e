//! `byline fetch` as a command, against a server on 127.0.0.1: the summary,
//! the config's `feeds`, the default store folder under XDG_DATA_HOME, exit
//! codes, and a reader-side `list` of what was fetched.

mod common;

use common::TempDir;
use common::http::{Reply, Request, Server};
use std::path::Path;
use std::process::{Command, Output};

const FEED: &str = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>W</title>\
    <item><title>Ferry route approved</title><guid>f-1</guid><description>The council voted.</description></item>\
    <item><title>School opens</title><guid>f-2</guid><description>Pupils arrived.</description></item>\
    </channel></rss>";

fn server() -> Server {
    Server::start(|r: &Request| match r.path.as_str() {
        "/feed" => Reply::Body {
            content_type: "application/rss+xml",
            body: FEED.as_bytes().to_vec(),
            etag: Some("\"e\"".into()),
        },
        _ => Reply::Status(404),
    })
}

fn byline(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env_remove("XDG_STATE_HOME")
        .output()
        .expect("run byline")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn fetch_prints_a_summary_and_list_reads_the_folder() {
    let home = TempDir::new("fetch-cli");
    let server = server();
    let into = home.path().join("news");
    let into_arg = into.to_string_lossy().into_owned();
    let o = byline(home.path(), &["fetch", &server.url("/feed"), "--into", &into_arg]);
    assert_eq!(
        stdout(&o),
        "2 new from 1 feed\n",
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(o.status.success());
    let again = byline(home.path(), &["fetch", &server.url("/feed"), "--into", &into_arg]);
    assert_eq!(stdout(&again), "0 new from 1 feed\n");
    let list = stdout(&byline(home.path(), &["list", &into_arg]));
    assert!(
        list.contains("Ferry route approved") && list.contains("School opens"),
        "{list}"
    );
}

#[test]
fn the_configs_feeds_go_into_the_data_folder_and_a_failure_exits_1() {
    let home = TempDir::new("fetch-cli-config");
    let server = server();
    home.write(
        "config/byline/config.toml",
        format!(
            "feeds = [\"{}\", \"{}\"]\n",
            server.url("/feed"),
            server.url("/gone")
        ),
    );
    let o = byline(home.path(), &["fetch"]);
    let out = stdout(&o);
    assert!(
        out.starts_with("2 new from 2 feeds, 1 failed: http://127.0.0.1:")
            && out.contains("/gone: the server answered HTTP 404"),
        "{out}"
    );
    assert_eq!(o.status.code(), Some(1));
    let site = format!("127.0.0.1_{}", server.addr.port());
    let folder = home.path().join("data/byline/articles").join(site);
    let names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names
            .iter()
            .filter(|n| n.ends_with(".json") && !n.starts_with('.'))
            .count(),
        2,
        "{names:?}"
    );
}

#[test]
fn no_feed_at_all_is_a_usage_error_and_bad_feed_settings_are_reported() {
    let home = TempDir::new("fetch-cli-none");
    let o = byline(home.path(), &["fetch"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no feed to fetch"));
    home.write("config/byline/config.toml", "feeds = [\"file:///etc/passwd\"]\n");
    let o = byline(home.path(), &["fetch"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("feeds: \"file:///etc/passwd\" is not an http:// or https:// URL"),
        "{err}"
    );
    assert_eq!(o.status.code(), Some(2));
}
