//! One file's bytes made into articles, by format: the pure part of loading.

use super::article::Article;
use super::charset::decode_markup;
use super::decode::{decode, has_utf16_bom, looks_binary};
use super::feed::{is_json_feed, is_xml_feed, parse_feed};
use super::html::parse_page;
use super::json::{Records, parse_json, parse_jsonl};
use super::load::Outcome;
use super::sanitize::clean;
use super::text::parse;

/// The pure part of loading a file: its bytes, decoded, cleaned and parsed as
/// the format its extension `ext` names (`json`, `jsonl`, `html`/`htm`,
/// `xml`/`rss`/`atom`; anything else is plain text) or its content shows (a
/// feed in a `.html` or `.json` file), with `id` for the article (or the
/// file's records and items). Never panics, whatever the bytes; the articles
/// have no `path`.
pub fn parse_bytes(bytes: &[u8], ext: &str, id: &str) -> Outcome {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Outcome::Skipped("empty".into());
    }
    let utf16 = has_utf16_bom(bytes);
    if !utf16 && looks_binary(bytes) {
        return Outcome::Skipped("binary (not text)".into());
    }
    let ext = ext.to_ascii_lowercase();
    let markup = matches!(ext.as_str(), "html" | "htm" | "xml" | "rss" | "atom");
    let decoded = if markup {
        decode_markup(bytes, None)
    } else {
        decode(bytes)
    };
    // A UTF-16 BOM only promises text: look at what it decoded to.
    if utf16 && looks_binary(decoded.text.as_bytes()) {
        return Outcome::Skipped("binary (not text)".into());
    }
    let text = clean(&decoded.text);
    // A BOM alone, escape sequences alone, Unicode spaces alone: nothing to show.
    if text.trim().is_empty() {
        return Outcome::Skipped("empty".into());
    }
    let parsed = match ext.as_str() {
        // The feed parser reads the bytes itself, in the encoding the XML declares.
        _ if markup && is_xml_feed(&decoded.text) => whole(parse_feed(bytes, id)),
        "html" | "htm" => whole(page_with_text(parse_page(&decoded.text, id))),
        "xml" | "rss" | "atom" => Err("not a feed (no rss, feed or RDF root element)".into()),
        "json" if is_json_feed(&decoded.text) => whole(parse_feed(bytes, id)),
        // JSON is parsed before cleaning (each field is cleaned on its own):
        // a control character inside a string must not eat the quotes and
        // commas around it. The cleaned text is the fallback for files that
        // are only valid JSON once raw controls are gone.
        "json" => raw_or_cleaned(parse_json(&decoded.text, id), || parse_json(&text, id)),
        "jsonl" => raw_or_cleaned(parse_jsonl(&decoded.text, id), || parse_jsonl(&text, id)),
        _ => whole(Ok(vec![text_article(&text, id)])),
    };
    match parsed {
        Ok(Records {
            mut articles,
            left_out,
        }) if !articles.is_empty() => {
            for a in &mut articles {
                a.lossy = decoded.lossy;
            }
            Outcome::Loaded {
                articles,
                lossy: decoded.lossy,
                left_out,
            }
        }
        Ok(_) => Outcome::Skipped("no articles in the file".into()),
        Err(reason) => Outcome::Skipped(reason),
    }
}

/// JSON read raw unless the cleaned text reads more of it (a raw control
/// character breaks a JSONL line, or the whole file); the raw reason when
/// neither reads.
fn raw_or_cleaned(
    raw: Result<Records, String>,
    cleaned: impl FnOnce() -> Result<Records, String>,
) -> Result<Records, String> {
    match raw {
        Ok(r) if r.left_out.is_none() => Ok(r),
        raw => match (raw, cleaned()) {
            (Ok(r), Ok(c)) if c.articles.len() > r.articles.len() => Ok(c),
            (Err(_), Ok(c)) => Ok(c),
            (raw, _) => raw,
        },
    }
}

/// A format whose file loads whole or not at all.
fn whole(parsed: Result<Vec<Article>, String>) -> Result<Records, String> {
    parsed.map(|articles| Records {
        articles,
        left_out: None,
    })
}

/// A page with neither a title nor a paragraph (an empty `<body>`, a
/// frameset, a page built by scripts) is skipped, not listed as an empty
/// "(untitled)" article; a title alone is kept, as a text file's is.
fn page_with_text(page: Article) -> Result<Vec<Article>, String> {
    if page.paragraphs.is_empty() && page.title == "(untitled)" {
        Err("no text in the page (no title, no paragraph)".into())
    } else {
        Ok(vec![page])
    }
}

/// Builds an article from clean plain text.
pub fn text_article(text: &str, id: &str) -> Article {
    let p = parse(text);
    Article {
        id: id.to_owned(),
        path: None,
        title: p.title,
        date: p.date,
        author: p.author,
        url: None,
        paragraphs: p.paragraphs,
        lossy: false,
    }
}
