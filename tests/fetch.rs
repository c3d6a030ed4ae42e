//! `byline fetch` against servers the tests start on 127.0.0.1 (no test
//! reaches the internet): each item written once and atomically, nothing
//! the second time (304, or no new item), every kind of failure reported per
//! feed while the others go on and no earlier article is lost, `--full`, and
//! the polite parts (user agent, conditional GET, per-site delay).

mod common;

use byline::fetch::{self, FetchError, FetchOptions, Report, STATE_FILE, item_file_name};
use byline::store::{self, LoadOptions};
use common::TempDir;
use common::http::{Reply, Request, Server};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// An RSS 2.0 feed with items `(guid, title, body)`; a body of `None` makes
/// an item with only a description, linking to `/page/<guid>`.
fn rss(server: &str, items: &[(&str, &str, Option<&str>)]) -> Vec<u8> {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" \
         xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Test wire</title>\
         <link>https://wire.example/</link><description>d</description>\n",
    );
    for (guid, title, body) in items {
        xml.push_str(&format!(
            "<item><title>{title}</title><link>{server}/page/{guid}</link><guid>{guid}</guid>\
             <pubDate>Tue, 12 Mar 2024 08:00:00 +0000</pubDate><description>Summary of {title}.</description>"
        ));
        if let Some(body) = body {
            xml.push_str(&format!(
                "<content:encoded><![CDATA[<p>{body}</p>]]></content:encoded>"
            ));
        }
        xml.push_str("</item>\n");
    }
    xml.push_str("</channel></rss>\n");
    xml.into_bytes()
}

const THREE: [(&str, &str, Option<&str>); 3] = [
    ("a-1", "First story", Some("The first story's text.")),
    ("a-2", "Second story", Some("The second story's text.")),
    ("a-3", "Third story", Some("The third story's text.")),
];

fn options(into: &Path) -> FetchOptions {
    FetchOptions {
        max_bytes: 1024 * 1024,
        connect_timeout: Duration::from_secs(2),
        timeout: Duration::from_secs(2),
        site_delay: Duration::ZERO,
        ..FetchOptions::new(into.to_path_buf())
    }
}

fn run(urls: &[String], options: &FetchOptions) -> Report {
    fetch::fetch(urls, options, |_, _, _| {})
}

/// Every file in a folder, by name, with its bytes.
fn files(folder: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(folder)
        .map(|dir| {
            dir.filter_map(Result::ok)
                .map(|e| {
                    (
                        e.file_name().to_string_lossy().into_owned(),
                        std::fs::read(e.path()).unwrap(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn site_folder(report: &Report) -> PathBuf {
    report.feeds[0].result.as_ref().expect("fetched").folder.clone()
}

/// A server whose feed is `feed` with an ETag, answering 304 when asked with it.
fn etag_server(feed: Vec<u8>) -> Server {
    Server::start(move |r: &Request| match r.header("if-none-match") {
        Some("\"v1\"") => Reply::NotModified,
        _ => Reply::Body {
            content_type: "application/rss+xml",
            body: feed.clone(),
            etag: Some("\"v1\"".into()),
        },
    })
}

#[test]
fn the_first_run_writes_each_item_once_and_the_second_nothing() {
    let dir = TempDir::new("fetch-twice");
    let server = etag_server(rss("http://wire.example", &THREE));
    let url = server.url("/feed.xml");
    let first = run(std::slice::from_ref(&url), &options(dir.path()));
    assert_eq!(first.summary(), "3 new from 1 feed");
    let folder = site_folder(&first);
    assert!(folder.starts_with(dir.path()));
    let written = files(&folder);
    for guid in ["a-1", "a-2", "a-3"] {
        assert!(written.contains_key(&item_file_name(guid)), "{written:?}");
    }
    assert_eq!(written.len(), 4, "three items and the state file");

    let second = run(std::slice::from_ref(&url), &options(dir.path()));
    assert_eq!(second.summary(), "0 new from 1 feed");
    assert!(second.feeds[0].result.as_ref().unwrap().not_modified);
    assert_eq!(files(&folder), written, "nothing rewritten");
    let requests = server.requests();
    assert_eq!(
        requests[1].header("if-none-match"),
        Some("\"v1\""),
        "conditional GET"
    );
}

#[test]
fn a_damaged_state_file_costs_one_full_get_and_nothing_else() {
    let dir = TempDir::new("fetch-bad-state");
    let server = etag_server(rss("http://wire.example", &THREE));
    let url = server.url("/feed");
    let folder = site_folder(&run(std::slice::from_ref(&url), &options(dir.path())));
    let before = files(&folder);
    std::fs::write(folder.join(STATE_FILE), b"{not json").unwrap();
    let report = run(std::slice::from_ref(&url), &options(dir.path()));
    assert_eq!(report.summary(), "0 new from 1 feed");
    assert_eq!(server.requests()[1].header("if-none-match"), None);
    assert_eq!(
        files(&folder),
        before,
        "the state is written anew, the articles untouched"
    );
}

#[test]
fn a_feed_in_the_servers_charset_is_decoded() {
    let dir = TempDir::new("fetch-charset");
    let server = Server::start(|_: &Request| Reply::Body {
        content_type: "text/xml; charset=iso-8859-1",
        body: b"<rss version=\"2.0\"><channel><title>c</title><item><guid>c-1</guid>\
            <title>Caf\xe9 reopens</title><description>Na\xefve art on the walls.</description></item>\
            </channel></rss>"
            .to_vec(),
        etag: None,
    });
    let report = run(&[server.url("/latin")], &options(dir.path()));
    let loaded = store::load(vec![site_folder(&report)], LoadOptions::default());
    assert_eq!(loaded.articles[0].title, "Café reopens");
    assert_eq!(loaded.articles[0].paragraphs, ["Naïve art on the walls."]);
}

#[test]
fn with_no_validators_only_new_items_are_written_and_old_ones_stay() {
    let dir = TempDir::new("fetch-new-items");
    let items = Arc::new(std::sync::Mutex::new(THREE[..2].to_vec()));
    let served = Arc::clone(&items);
    let server = Server::start(move |_: &Request| Reply::Body {
        content_type: "application/rss+xml",
        body: rss("http://wire.example", &served.lock().unwrap()),
        etag: None,
    });
    let url = server.url("/rss");
    let report = run(std::slice::from_ref(&url), &options(dir.path()));
    assert_eq!(report.new_items(), 2);
    let folder = site_folder(&report);
    let before = files(&folder);
    assert_eq!(
        run(std::slice::from_ref(&url), &options(dir.path())).new_items(),
        0
    );
    items.lock().unwrap().push(THREE[2]);
    assert_eq!(
        run(std::slice::from_ref(&url), &options(dir.path())).summary(),
        "1 new from 1 feed"
    );
    let after = files(&folder);
    for (name, bytes) in &before {
        if name != STATE_FILE {
            assert_eq!(after.get(name), Some(bytes), "{name} changed");
        }
    }
    assert_eq!(after.len(), 4);
}

#[test]
fn the_reader_opens_the_folder_and_finds_the_articles() {
    let dir = TempDir::new("fetch-read");
    let server = etag_server(rss("http://wire.example", &THREE));
    let report = run(&[server.url("/feed")], &options(dir.path()));
    let loaded = store::load(vec![dir.path().to_path_buf()], LoadOptions::default());
    assert!(loaded.skipped.is_empty(), "{:?}", loaded.skipped);
    let mut titles: Vec<&str> = loaded.articles.iter().map(|a| a.title.as_str()).collect();
    titles.sort_unstable();
    assert_eq!(titles, ["First story", "Second story", "Third story"]);
    let first = loaded.articles.iter().find(|a| a.title == "First story").unwrap();
    assert_eq!(first.paragraphs, ["The first story's text."]);
    assert_eq!(first.date.map(|d| d.to_string()).as_deref(), Some("2024-03-12"));
    assert!(first.url.as_deref().unwrap().ends_with("/page/a-1"));
    // No temporary file is left, and the state file is hidden from the reader.
    let names: Vec<String> = files(&site_folder(&report)).into_keys().collect();
    assert!(names.iter().all(|n| !n.contains(".tmp")), "{names:?}");
    assert!(
        names
            .iter()
            .filter(|n| n.starts_with('.'))
            .eq([&STATE_FILE.to_owned()])
    );
}

#[test]
fn each_failure_is_reported_per_feed_the_rest_go_on_and_nothing_is_lost() {
    let dir = TempDir::new("fetch-failures");
    let broken = Arc::new(AtomicUsize::new(0));
    let turned = Arc::clone(&broken);
    let good = rss("http://wire.example", &THREE);
    let server = Server::start(move |r: &Request| match r.path.as_str() {
        // Good on the first run; malformed XML on the second.
        "/good" if turned.load(Ordering::Relaxed) == 0 => Reply::Body {
            content_type: "application/rss+xml",
            body: good.clone(),
            etag: None,
        },
        "/good" | "/malformed" => Reply::Body {
            content_type: "application/rss+xml",
            body: b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>cut".to_vec(),
            etag: None,
        },
        "/other" => Reply::Body {
            content_type: "application/rss+xml",
            body: rss(
                "http://other.example",
                &[("b-1", "Other story", Some("Other text."))],
            ),
            etag: None,
        },
        "/missing" => Reply::Status(404),
        "/error" => Reply::Status(500),
        "/silent" => Reply::Silent,
        "/endless" => Reply::Endless,
        "/loop" => Reply::Redirect("/loop".into()),
        _ => Reply::Status(404),
    });
    // Not TLS: whatever is sent, it answers in plain HTTP at once.
    let plain = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let plain_addr = plain.local_addr().unwrap();
    std::thread::spawn(move || {
        use std::io::Write;
        if let Ok((mut stream, _)) = plain.accept() {
            let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            std::thread::sleep(Duration::from_millis(500));
        }
    });
    let first = run(&[server.url("/good")], &options(dir.path()));
    let folder = site_folder(&first);
    let before = files(&folder);

    broken.store(1, Ordering::Relaxed);
    let urls: Vec<String> = [
        "/good",
        "/missing",
        "/error",
        "/silent",
        "/endless",
        "/loop",
        "/malformed",
    ]
    .iter()
    .map(|p| server.url(p))
    .chain([
        server.url("/other"),
        format!("https://{plain_addr}/tls"),
        "ftp://files.example/feed".to_owned(),
    ])
    .collect();
    let started = Instant::now();
    let report = common::within(60, "fetch with failures", {
        let (urls, options) = (urls.clone(), options(dir.path()));
        move || run(&urls, &options)
    });
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "{:?}",
        started.elapsed()
    );
    let error = |path: &str| {
        let feed = report.feeds.iter().find(|f| f.url.ends_with(path)).unwrap();
        feed.result
            .as_ref()
            .err()
            .unwrap_or_else(|| panic!("{path} did not fail"))
    };
    assert!(matches!(error("/good"), FetchError::Feed(m) if m.starts_with("invalid feed")));
    assert!(matches!(error("/malformed"), FetchError::Feed(_)));
    assert!(matches!(error("/missing"), FetchError::Status(404)));
    assert!(matches!(error("/error"), FetchError::Status(500)));
    assert!(
        matches!(error("/silent"), FetchError::Timeout(_)),
        "{}",
        error("/silent")
    );
    assert!(
        matches!(error("/endless"), FetchError::TooLarge(_)),
        "{}",
        error("/endless")
    );
    assert!(
        matches!(error("/loop"), FetchError::Redirects(5)),
        "{}",
        error("/loop")
    );
    assert!(matches!(error("/tls"), FetchError::Tls(_)), "{}", error("/tls"));
    assert!(matches!(error("/feed"), FetchError::BadUrl(_)));
    assert_eq!(report.new_items(), 1, "the other feed went on");
    let summary = report.summary();
    assert!(
        summary.starts_with("1 new from 10 feeds, 9 failed: "),
        "{summary}"
    );
    assert!(
        summary.contains("/missing: the server answered HTTP 404"),
        "{summary}"
    );
    assert!(
        summary.contains("/endless: larger than the size cap of 1048576 bytes"),
        "{summary}"
    );
    // The articles the good feed gave before are all still there, unchanged.
    let after = files(&folder);
    for (name, bytes) in before.iter().filter(|(n, _)| *n != STATE_FILE) {
        assert_eq!(after.get(name), Some(bytes), "{name}");
    }
}

#[test]
fn full_replaces_a_summary_with_the_pages_article_text() {
    let dir = TempDir::new("fetch-full");
    let page =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages/newsroom.html"))
            .unwrap();
    let server = Arc::new(std::sync::OnceLock::<String>::new());
    let base = Arc::clone(&server);
    let http = Server::start(move |r: &Request| match r.path.as_str() {
        "/feed" => Reply::Body {
            content_type: "application/rss+xml",
            body: rss(
                base.get().unwrap(),
                &[("s-1", "Grain prices climb", None), ("s-2", "Broken link", None)],
            ),
            etag: None,
        },
        "/page/s-1" => Reply::Body {
            content_type: "text/html; charset=utf-8",
            body: page.clone(),
            etag: None,
        },
        _ => Reply::Status(404),
    });
    server.set(format!("http://{}", http.addr)).unwrap();
    let report = run(
        &[http.url("/feed")],
        &FetchOptions {
            full: true,
            ..options(dir.path())
        },
    );
    let done = report.feeds[0].result.as_ref().unwrap();
    assert_eq!(done.new, 2);
    assert_eq!(done.warnings.len(), 1, "{:?}", done.warnings);
    assert!(done.warnings[0].contains("/page/s-2: the server answered HTTP 404; kept the summary"));
    let loaded = store::load(vec![done.folder.clone()], LoadOptions::default());
    let full = loaded
        .articles
        .iter()
        .find(|a| a.title == "Grain prices climb")
        .unwrap();
    assert_eq!(full.paragraphs.len(), 8, "{:?}", full.paragraphs);
    assert_eq!(full.author.as_deref(), Some("Idris Okafor"));
    let kept = loaded.articles.iter().find(|a| a.title == "Broken link").unwrap();
    assert_eq!(kept.paragraphs, ["Summary of Broken link."]);
}

#[test]
fn it_says_who_it_is_and_waits_between_requests_to_one_site() {
    let dir = TempDir::new("fetch-polite");
    let server = etag_server(rss("http://wire.example", &THREE[..1]));
    let delay = Duration::from_millis(400);
    let urls = [server.url("/one"), server.url("/two"), server.url("/one")];
    let report = run(
        &urls,
        &FetchOptions {
            site_delay: delay,
            ..options(dir.path())
        },
    );
    assert_eq!(report.feeds.len(), 2, "a URL given twice is fetched once");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    // The server notes a request when its thread gets to it, which a busy
    // machine can delay for the first one: without the wait the gap would be
    // about a millisecond, so a wide margin still shows the wait.
    let gap = requests[1].at - requests[0].at;
    assert!(gap >= delay - Duration::from_millis(150), "{gap:?}");
    let agent = requests[0].header("user-agent").unwrap();
    assert!(
        agent.starts_with(&format!("byline/{}", env!("CARGO_PKG_VERSION"))),
        "{agent}"
    );
    assert_eq!(agent, fetch::user_agent());
}
