//! Feed files: RSS 2.0, Atom and JSON Feed load one article per item, are
//! recognised by content, and hostile XML (entity bombs, external entities,
//! broken markup) is reported, never expanded or fetched; random markup
//! loads or is skipped, never panics, never carries a terminal control.

mod common;

use byline::store::{self, Article, LoadOptions, Outcome};
use common::TempDir;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/feeds")
        .join(name)
}

fn parse(bytes: &[u8], name: &str) -> Result<Vec<Article>, String> {
    let ext = name.rsplit('.').next().unwrap_or("");
    match store::parse_bytes(bytes, ext, name) {
        Outcome::Loaded { articles, .. } => Ok(articles),
        Outcome::Skipped(reason) => Err(reason),
    }
}

fn feed(name: &str) -> Vec<Article> {
    parse(&std::fs::read(fixture(name)).unwrap(), name).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn date(a: &Article) -> Option<String> {
    a.date.map(|d| d.to_string())
}

#[test]
fn rss_items_are_articles_with_content_encoded_extracted() {
    let items = feed("wire.rss");
    let ids: Vec<&str> = items.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "wire.rss#https://coastal-ledger.example/?p=4220",
            "wire.rss#https://coastal-ledger.example/?p=4198",
            // No guid: the item's link.
            "wire.rss#https://coastal-ledger.example/2024/03/09/market/",
        ]
    );
    let school = &items[0];
    assert_eq!(school.title, "New school opens its doors");
    assert_eq!(school.author.as_deref(), Some("Marta Quell"));
    assert_eq!(date(school).as_deref(), Some("2024-03-12"));
    assert_eq!(
        school.url.as_deref(),
        Some("https://coastal-ledger.example/2024/03/12/school/")
    );
    assert_eq!(
        school.paragraphs,
        [
            "Two hundred pupils started lessons at Portwen’s new primary school on Tuesday, a year later than planned.",
            "“The children walked in and went quiet,” said the head teacher, Owen Pryce. “Then they went very loud.”",
            "The old school building on Mill Lane will become a library.",
        ]
    );
    // Only a description: that is the text.
    assert_eq!(
        items[1].paragraphs,
        ["The crew of the Portwen lifeboat received the institution’s bronze medal for a rescue in January."]
    );
    assert_eq!(items[2].title, "Saturday market moves to the quay & stays there");
}

#[test]
fn atom_entries_keep_html_titles_as_text_and_quotes_as_paragraphs() {
    let items = feed("blog.atom");
    assert_eq!(items.len(), 2);
    assert_eq!(
        items[0].id,
        "blog.atom#tag:fieldnotes.example,2025:ice-on-the-tarrow"
    );
    assert_eq!(items[0].title, "Ice on the Tarrow");
    assert_eq!(items[0].author.as_deref(), Some("Ines Halloran"));
    assert_eq!(date(&items[0]).as_deref(), Some("2025-01-08"));
    assert_eq!(
        items[0].paragraphs[1],
        "I have never written a November date in that column."
    );
    // Only `updated` and a summary.
    assert_eq!(date(&items[1]).as_deref(), Some("2024-12-14"));
    assert_eq!(
        items[1].paragraphs,
        ["A gauge board, a notebook and forty years of high water."]
    );
}

#[test]
fn json_feeds_load_beside_json_records() {
    let items = feed("late-service.json");
    assert_eq!(items.len(), 2);
    assert_eq!(
        items[0].id,
        "late-service.json#https://lateservice.example/p/why-the-night-buses-matter"
    );
    assert_eq!(
        items[0].paragraphs[1],
        "None of them appear in the transit board’s ridership presentations."
    );
    assert_eq!(items[1].id, "late-service.json#post-118");
    assert_eq!(
        items[1].paragraphs,
        [
            "Start from when you must arrive.",
            "Then count the buses back to your door."
        ]
    );
    // byline's own JSON records are still records.
    let records = parse(
        br#"[{"title":"A","text":"One."},{"title":"B","text":"Two."}]"#,
        "r.json",
    )
    .unwrap();
    assert_eq!(records.len(), 2);
    assert_eq!(records[1].id, "r.json#1");
}

#[test]
fn feeds_are_recognised_by_content_not_only_by_name() {
    let rss = std::fs::read(fixture("wire.rss")).unwrap();
    assert_eq!(parse(&rss, "saved-feed.html").unwrap().len(), 3);
    assert_eq!(parse(&rss, "feed.xml").unwrap().len(), 3);
    let sitemap = b"<?xml version=\"1.0\"?><urlset><url><loc>https://x.example/</loc></url></urlset>";
    assert!(parse(sitemap, "sitemap.xml").unwrap_err().contains("not a feed"));
    let dir = TempDir::new("feeds-walk");
    for name in ["wire.rss", "blog.atom", "late-service.json"] {
        std::fs::copy(fixture(name), dir.path().join(name)).unwrap();
    }
    let loaded = store::load(vec![dir.path().to_path_buf()], LoadOptions::default());
    assert_eq!(loaded.articles.len(), 7, "{:?}", loaded.skipped);
}

#[test]
fn an_item_read_again_is_that_item_not_the_first() {
    // The reader and `show` read a body again from its file when it is opened.
    let dir = TempDir::new("feeds-reread");
    let path = dir.write("news/wire.rss", std::fs::read(fixture("wire.rss")).unwrap());
    let id = "news/wire.rss#https://coastal-ledger.example/?p=4198";
    let Outcome::Loaded { articles, .. } = store::read_article_file(&path, id, &LoadOptions::default())
    else {
        panic!("not loaded")
    };
    assert_eq!(articles[0].id, id);
    assert_eq!(articles[0].title, "Lifeboat crew honoured for winter rescue");
    let gone = store::read_article_file(&path, "news/wire.rss#no-such-guid", &LoadOptions::default());
    assert!(matches!(gone, Outcome::Skipped(r) if r == "no longer holds this item"));
    let shown = std::process::Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(["show", "wire.rss#https://coastal-ledger.example/?p=4198"])
        .arg(fixture(""))
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&shown.stdout);
    assert!(
        shown.contains("bronze medal") && !shown.contains("pupils"),
        "{shown}"
    );
}

/// A microblog feed's items have no title: each is named by its first
/// words, not listed as a column of "(untitled)".
#[test]
fn an_item_without_a_title_is_named_by_its_first_words() {
    let rss = br#"<?xml version="1.0"?><rss version="2.0"><channel><title>Posts</title>
        <item><guid>1</guid><description>&lt;p&gt;Polls close at ten tonight; results by morning.&lt;/p&gt;</description></item>
        <item><guid>2</guid><title>Titled</title><description>Body.</description></item>
        </channel></rss>"#;
    let items = parse(rss, "posts.xml").unwrap();
    let titles: Vec<&str> = items.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Polls close at ten tonight; results by morning.", "Titled"]
    );
    assert_eq!(
        items[0].paragraphs,
        ["Polls close at ten tonight; results by morning."]
    );
}

#[test]
fn malformed_xml_is_reported() {
    let broken = b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>Half";
    let reason = parse(broken, "broken.rss").unwrap_err();
    assert!(reason.starts_with("invalid feed"), "{reason}");
    let mismatched = b"<rss version=\"2.0\"><channel><item><title>A</item></title></channel></rss>";
    assert!(parse(mismatched, "m.rss").is_err());
}

#[test]
fn entity_bombs_are_never_expanded() {
    let mut bomb = String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
    for n in 1..=9 {
        let prev = if n == 1 {
            "lol".to_owned()
        } else {
            format!("lol{}", n - 1)
        };
        bomb.push_str(&format!(
            "<!ENTITY lol{n} \"{}\">\n",
            format!("&{prev};").repeat(10)
        ));
    }
    bomb.push_str(
        "]>\n<rss version=\"2.0\"><channel><title>t</title><item><guid>1</guid>\
        <title>Laughs &lol9;</title><description>Body &lol9; here.</description></item></channel></rss>",
    );
    let started = Instant::now();
    let items = parse(bomb.as_bytes(), "bomb.rss").expect("the feed loads");
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(items[0].title, "Laughs &lol9;");
    assert!(items[0].paragraphs[0].len() < 100, "{:?}", items[0].paragraphs);
}

#[test]
fn external_entities_are_never_fetched_or_read() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    let xxe = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n\
         <!ENTITY net SYSTEM \"http://127.0.0.1:{port}/secret\">\n\
         <!ENTITY file SYSTEM \"file:///etc/passwd\">\n\
         <!ENTITY % remote SYSTEM \"http://127.0.0.1:{port}/dtd\"> %remote;\n]>\n\
         <rss version=\"2.0\"><channel><title>t</title><item><guid>x</guid><title>A &net;</title>\
         <description>B &file; C</description></item></channel></rss>"
    );
    let items = parse(xxe.as_bytes(), "xxe.rss").expect("the feed loads");
    assert_eq!(items[0].title, "A &net;");
    assert!(!items[0].paragraphs.join(" ").contains("root:"));
    std::thread::sleep(Duration::from_millis(100));
    assert!(
        listener.accept().is_err(),
        "the parser connected to the entity's URL"
    );
}

/// Pieces of pages and feeds, so random input reaches the parsers' corners.
const MARKUP_BITS: &[&str] = &[
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<script>",
    "</script>",
    "<style>",
    "words here ",
    "&amp;",
    "&#27;",
    "\u{1b}[2J",
    "\u{202e}",
    "<!--",
    "-->",
    "<?xml version=\"1.0\"?>",
    "<rss version=\"2.0\">",
    "<channel>",
    "<item>",
    "</item>",
    "<title>",
    "</title>",
    "<guid>",
    "</guid>",
    "<![CDATA[",
    "]]>",
    "<!DOCTYPE x [<!ENTITY a \"&a;&a;\">]>",
    "&a;",
    "<feed>",
    "<entry>",
    "<content type=\"html\">",
    "&lt;p&gt;",
    "{\"version\":\"https://jsonfeed.org/version/1\",\"items\":[{",
    "\"title\":\"t\"",
    "}]}",
    "<meta charset=\"windows-1252\">",
    "<html>",
    "<body>",
    "<blockquote>",
    "<",
    ">",
    "\"",
    "é",
    "\u{fffd}",
    "<a href=\"javascript:x\">",
    "</a>",
];

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config { cases: common::prop_cases(96), failure_persistence: None, ..Default::default() })]

    /// Whatever the bytes, a page or feed loads or is skipped with a reason,
    /// and nothing that could drive the terminal gets through.
    #[test]
    fn any_markup_loads_or_is_skipped(
        bits in proptest::collection::vec(proptest::sample::select(MARKUP_BITS), 0..120),
        ext in proptest::sample::select(&["html", "htm", "xml", "rss", "atom", "json"][..]),
    ) {
        let text = bits.concat();
        if let Outcome::Loaded { articles, .. } = store::parse_bytes(text.as_bytes(), ext, "x") {
            for a in &articles {
                for s in std::iter::once(&a.title).chain(&a.paragraphs) {
                    proptest::prop_assert!(common::terminal_controls(s).is_empty(), "{s:?}");
                }
            }
        }
    }
}
