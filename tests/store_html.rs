//! Saved web pages: metadata, the article's paragraphs and nothing else, the
//! declared charset, and nothing from scripts or attributes. The extraction
//! figures in docs/ACCURACY.md are the ones `extraction_keeps_the_article_
//! and_leaves_the_boilerplate` prints.

mod common;

use byline::store::{self, Article, LoadOptions, Outcome};
use common::{TempDir, terminal_controls};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages")
}

fn page(name: &str) -> Article {
    let bytes = std::fs::read(fixtures().join(name)).expect("fixture");
    match store::parse_bytes(&bytes, "html", name) {
        Outcome::Loaded { mut articles, .. } => articles.remove(0),
        Outcome::Skipped(reason) => panic!("{name} skipped: {reason}"),
    }
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// (share of the expected words kept, share of the words shown that are not
/// the article's), counting each word as often as it occurs.
fn kept_and_boilerplate(got: &[String], expected: &str) -> (f64, f64) {
    let mut bag: HashMap<String, i32> = HashMap::new();
    for w in words(expected) {
        *bag.entry(w).or_default() += 1;
    }
    let total: i32 = bag.values().sum();
    let (mut kept, mut extra) = (0, 0);
    for w in got.iter().flat_map(|p| words(p)) {
        match bag.get_mut(&w) {
            Some(n) if *n > 0 => {
                *n -= 1;
                kept += 1;
            }
            _ => extra += 1,
        }
    }
    (
        f64::from(kept) / f64::from(total),
        f64::from(extra) / f64::from((kept + extra).max(1)),
    )
}

#[test]
fn extraction_keeps_the_article_and_leaves_the_boilerplate() {
    for name in ["wordpress", "newsroom", "substack", "latin1"] {
        let article = page(&format!("{name}.html"));
        let expected = std::fs::read_to_string(fixtures().join(format!("{name}.expected"))).unwrap();
        let (kept, boilerplate) = kept_and_boilerplate(&article.paragraphs, &expected);
        println!(
            "{name:10} {:5.1}% of the words kept, {:4.1}% boilerplate, {} paragraphs",
            kept * 100.0,
            boilerplate * 100.0,
            article.paragraphs.len()
        );
        assert!(
            kept >= 0.95,
            "{name}: {:.3} kept: {:#?}",
            kept,
            article.paragraphs
        );
        assert!(
            boilerplate <= 0.05,
            "{name}: {:.3} boilerplate: {:#?}",
            boilerplate,
            article.paragraphs
        );
    }
}

#[test]
fn title_date_author_and_canonical_url_come_from_the_meta_tags() {
    let wp = page("wordpress.html");
    assert_eq!(wp.title, "Harbour Council Approves New Ferry Route");
    assert_eq!(wp.date.map(|d| d.to_string()).as_deref(), Some("2024-03-11"));
    assert_eq!(wp.author.as_deref(), Some("Marta Quell"));
    assert_eq!(
        wp.url.as_deref(),
        Some("https://coastal-ledger.example/2024/03/11/harbour-council-ferry-route/")
    );
    // JSON-LD NewsArticle: headline, datePublished, an author list.
    let news = page("newsroom.html");
    assert_eq!(news.title, "Grain prices climb as river freezes early");
    assert_eq!(news.date.map(|d| d.to_string()).as_deref(), Some("2025-01-07"));
    assert_eq!(news.author.as_deref(), Some("Idris Okafor"));
    assert_eq!(
        news.url.as_deref(),
        Some("https://meridian-news.example/business/2025/01/grain-prices-river-freeze")
    );
    let post = page("substack.html");
    assert_eq!(post.title, "Why the night buses matter");
    assert_eq!(post.author.as_deref(), Some("Noor Haddad"));
    assert_eq!(post.date.map(|d| d.to_string()).as_deref(), Some("2024-11-20"));
}

#[test]
fn entities_and_the_declared_charset_are_decoded() {
    let wp = page("wordpress.html");
    let text = wp.paragraphs.join("\n");
    assert!(text.contains("“This is the day the island stops being an afterthought,”"));
    assert!(text.contains("£4.2 million") && text.contains("residents & students"));
    let latin = page("latin1.html");
    assert_eq!(latin.title, "Café owners fight rent rise");
    assert_eq!(latin.author.as_deref(), Some("René Dubois"));
    assert!(latin.paragraphs[0].contains("cafés") && latin.paragraphs[0].contains("40€"));
    assert!(latin.paragraphs[1].starts_with("“We are not asking for charity,”"));
}

#[test]
fn block_quotes_are_paragraphs_of_their_own() {
    let news = page("newsroom.html");
    assert!(
        news.paragraphs
            .iter()
            .any(|p| p == "Every day the barges wait costs farmers money they will not get back.")
    );
}

#[test]
fn a_pull_quote_in_a_figure_is_kept_and_a_caption_is_not() {
    let html = "<html><body><article><p>The first paragraph of the story runs long enough to be \
        found as the article text, with a clause or two, and then some more words.</p>\
        <figure class=\"wp-block-pullquote\"><blockquote><p>Quoted in a figure.</p></blockquote></figure>\
        <figure><img src=\"a.jpg\" alt=\"ALT\"><figcaption>A caption.</figcaption></figure>\
        <p>The second paragraph is here, and it too is long enough to count as article text.</p>\
        </article></body></html>";
    let Outcome::Loaded { articles, .. } = store::parse_bytes(html.as_bytes(), "html", "x.html") else {
        panic!("not loaded")
    };
    let paragraphs = &articles[0].paragraphs;
    assert!(
        paragraphs.iter().any(|p| p == "Quoted in a figure."),
        "{paragraphs:?}"
    );
    assert!(
        !paragraphs
            .iter()
            .any(|p| p.contains("caption") || p.contains("ALT")),
        "{paragraphs:?}"
    );
}

#[test]
fn nothing_from_scripts_styles_forms_or_attributes_is_shown() {
    for name in ["wordpress.html", "newsroom.html", "substack.html", "latin1.html"] {
        let a = page(name);
        let all = format!("{} {:?} {}", a.title, a.author, a.paragraphs.join(" "));
        for leak in [
            "LEAK",
            "JSONLD_DESCRIPTION_ONLY",
            "wpApiSettings",
            "color:red",
            "Post Comment",
        ] {
            assert!(!all.contains(leak), "{name}: {leak} in {all}");
        }
    }
}

#[test]
fn markup_that_could_drive_the_terminal_is_cleaned() {
    let html = "<html><head><title>T&#27;[2J</title></head><body><article>\
        <p>An escape &#27;]0;owned&#7; inside a paragraph that is long enough to be the article text, \
        with a bidi override &#8238; too, and it goes on for a while longer than that.</p>\
        <p>\u{1b}[31mRaw escapes in the source are removed as well, as they are from plain text files.</p>\
        </article></body></html>";
    let Outcome::Loaded { articles, .. } = store::parse_bytes(html.as_bytes(), "html", "x.html") else {
        panic!("not loaded")
    };
    let a = &articles[0];
    for s in std::iter::once(&a.title).chain(&a.paragraphs) {
        assert!(terminal_controls(s).is_empty(), "{s:?}");
        assert!(!s.contains('\u{202e}'), "{s:?}");
    }
    assert!(a.paragraphs[0].starts_with("An escape"));
}

#[test]
fn broken_and_hostile_html_never_stops_a_load() {
    let dir = TempDir::new("html-bad");
    dir.write(
        "unclosed.html",
        "<html><body><p>Unclosed <b>tags <i>everywhere<div><p>and more",
    );
    dir.write("deep.html", "<div>".repeat(100_000) + "<p>Deep inside.</p>");
    dir.write("empty.htm", "   \n");
    dir.write("binary.html", [0u8, 1, 2, 3, 0xff]);
    dir.write("only-script.html", "<script>SCRIPT_LEAK</script>");
    dir.write("empty-body.html", "<html><head></head><body> </body></html>");
    dir.write(
        "title-only.html",
        "<html><head><title>Just a headline</title></head><body></body></html>",
    );
    dir.write(
        "short.html",
        "<body><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Short\",\
         \"description\":\"LD_LEAK\"}</script><p>Too short to score.</p></body>",
    );
    let loaded = common::within(60, "bad html", {
        let root = dir.path().to_path_buf();
        move || store::load(vec![root], LoadOptions::default())
    });
    let ids: Vec<&str> = loaded.articles.iter().map(|a| a.id.as_str()).collect();
    assert!(
        ids.contains(&"unclosed.html") && ids.contains(&"deep.html"),
        "{ids:?}"
    );
    let short = loaded.articles.iter().find(|a| a.id == "short.html").unwrap();
    assert_eq!(
        (short.title.as_str(), &short.paragraphs[..]),
        ("Short", &["Too short to score.".to_owned()][..])
    );
    let deep = loaded.articles.iter().find(|a| a.id == "deep.html").unwrap();
    assert_eq!(deep.paragraphs, ["Deep inside."]);
    for a in &loaded.articles {
        assert!(!format!("{a:?}").contains("LEAK"));
    }
    let skipped: Vec<String> = loaded
        .skipped
        .iter()
        .map(|(p, r)| format!("{}: {r}", p.display()))
        .collect();
    assert!(
        skipped.iter().any(|s| s.contains("empty.htm: empty")),
        "{skipped:?}"
    );
    assert!(
        skipped.iter().any(|s| s.contains("binary.html: binary")),
        "{skipped:?}"
    );
    // A page with nothing to read is skipped with why; a headline alone is listed.
    for empty in ["empty-body.html", "only-script.html"] {
        assert!(
            skipped
                .iter()
                .any(|s| s.contains(&format!("{empty}: no text in the page"))),
            "{skipped:?}"
        );
    }
    let headline = loaded
        .articles
        .iter()
        .find(|a| a.id == "title-only.html")
        .unwrap();
    assert_eq!(headline.title, "Just a headline");
}

#[test]
fn a_folder_of_saved_pages_lists_each_with_its_title() {
    let loaded = store::load(vec![fixtures()], LoadOptions::default());
    let titles: Vec<(&str, &str)> = loaded
        .articles
        .iter()
        .map(|a| (a.id.as_str(), a.title.as_str()))
        .collect();
    assert_eq!(
        titles,
        [
            ("latin1.html", "Café owners fight rent rise"),
            ("newsroom.html", "Grain prices climb as river freezes early"),
            ("substack.html", "Why the night buses matter"),
            ("wordpress.html", "Harbour Council Approves New Ferry Route"),
        ]
    );
}
