//! Feeds (RSS 0.9x/1.0/2.0, Atom, JSON Feed), one article per item, parsed
//! with `feed-rs`. Recognised by what the file holds, not only its name. XML
//! entities other than the five predefined ones are never expanded (they stay
//! as written, `&lol9;`) and nothing external is ever fetched; an item's HTML
//! goes through the same extraction as a saved page.

use super::article::{Article, title_from_text};
use super::date::parse_date_field;
use super::html::{fragment_paragraphs, fragment_text};
use super::json::paragraphs;
use super::sanitize::{clean, one_line};
use feed_rs::model::{Entry, Link, Text};
use serde::Deserialize;
use std::collections::HashSet;

/// One feed item: the article, the item's own id (its guid, else its link),
/// and whether it carried only a summary (what `byline fetch --full` completes).
#[derive(Clone, Debug)]
pub struct FeedItem {
    pub guid: String,
    pub article: Article,
    pub summary_only: bool,
}

/// True when the markup's root element is a feed's (`rss`, `feed`, `rdf:RDF`),
/// after any XML declaration, comments and doctype.
pub fn is_xml_feed(text: &str) -> bool {
    let mut rest = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    // A prolog longer than this is not a feed's.
    fn skip_to<'a>(s: &'a str, end: &str) -> Option<&'a str> {
        s.find(end).map(|i| &s[i + end.len()..])
    }
    for _ in 0..64 {
        let next = if rest.starts_with("<?") {
            skip_to(rest, "?>")
        } else if rest.starts_with("<!--") {
            skip_to(rest, "-->")
        } else if rest.starts_with("<!") {
            // A doctype, with its internal subset (where entity bombs live).
            match (rest.find('['), rest.find('>')) {
                (Some(open), Some(close)) if open < close => skip_to(rest, "]>"),
                _ => skip_to(rest, ">"),
            }
        } else {
            let Some(tag) = rest.strip_prefix('<') else {
                return false;
            };
            let name: String = tag
                .chars()
                .take_while(|c| !c.is_whitespace() && !matches!(c, '>' | '/'))
                .collect();
            let local = name.rsplit(':').next().unwrap_or("");
            return matches!(local, "rss" | "feed" | "RDF");
        };
        match next {
            Some(r) => rest = r.trim_start(),
            None => return false,
        }
    }
    false
}

/// True when JSON text is a JSON Feed: an object whose `version` is
/// `https://jsonfeed.org/version/…` (byline's own records have no such field).
pub fn is_json_feed(text: &str) -> bool {
    #[derive(Deserialize)]
    struct Version {
        version: Option<String>,
    }
    text.contains("jsonfeed.org/version")
        && serde_json::from_str::<Version>(text)
            .ok()
            .and_then(|v| v.version)
            .is_some_and(|v| v.starts_with("https://jsonfeed.org/version/"))
}

/// A feed file's articles, each with id `file_id#guid` (or `file_id#link`).
pub fn parse_feed(bytes: &[u8], file_id: &str) -> Result<Vec<Article>, String> {
    Ok(feed_items(bytes, file_id)?
        .into_iter()
        .map(|i| i.article)
        .collect())
}

/// A feed's items, in the feed's order. `bytes` are the file's own: the XML
/// parser honours the encoding the feed declares.
pub fn feed_items(bytes: &[u8], file_id: &str) -> Result<Vec<FeedItem>, String> {
    let parser = feed_rs::parser::Builder::new()
        // No guid: the item's link stands for it, as the issue's ids say.
        .id_generator(|links, title, _| match links.first() {
            Some(link) => link.href.clone(),
            None => title.as_ref().map(|t| t.content.clone()).unwrap_or_default(),
        })
        .build();
    let feed = parser.parse(bytes).map_err(|e| format!("invalid feed: {e}"))?;
    let mut seen = HashSet::new();
    Ok(feed
        .entries
        .into_iter()
        .enumerate()
        .filter_map(|(n, entry)| item(entry, file_id, n, &mut seen))
        .collect())
}

fn item(entry: Entry, file_id: &str, n: usize, seen: &mut HashSet<String>) -> Option<FeedItem> {
    let guid = one_line(&entry.id);
    // An id given twice in one feed: the later item is told apart by its place.
    let id = if !guid.is_empty() && seen.insert(guid.clone()) {
        format!("{file_id}#{guid}")
    } else {
        format!("{file_id}#{n}")
    };
    let title = entry.title.as_ref().map(text).filter(|t| !t.is_empty());
    let summary_only = entry.content.as_ref().is_none_or(|c| c.body.is_none());
    let body = match entry
        .content
        .as_ref()
        .and_then(|c| Some((c.body.as_ref()?, &c.content_type)))
    {
        Some((body, kind)) => Some((body.as_str(), kind.to_string())),
        None => entry
            .summary
            .as_ref()
            .map(|s| (s.content.as_str(), s.content_type.to_string())),
    };
    let paragraphs = match body {
        Some((body, kind)) if kind.contains("html") || body.contains('<') => fragment_paragraphs(body),
        Some((body, _)) => paragraphs(&clean(body)),
        None => Vec::new(),
    };
    if title.is_none() && paragraphs.is_empty() {
        return None;
    }
    let article = Article {
        id,
        path: None,
        title: title.unwrap_or_else(|| title_from_text(&paragraphs)),
        date: (entry.published.or(entry.updated))
            .and_then(|d| parse_date_field(&d.format("%Y-%m-%d").to_string())),
        author: entry
            .authors
            .first()
            .map(|p| one_line(&p.name))
            .filter(|a| !a.is_empty()),
        url: link(&entry.links),
        paragraphs,
        lossy: false,
    };
    Some(FeedItem {
        guid: if guid.is_empty() { article.id.clone() } else { guid },
        article,
        summary_only,
    })
}

/// A title as one clean line; markup and character references in it
/// (`Tom &amp;#8217;s`, type `html`) read as text.
fn text(t: &Text) -> String {
    if t.content.contains(['<', '&']) {
        fragment_text(&t.content)
    } else {
        one_line(&t.content)
    }
}

/// The item's page: its `alternate` link (or its first), if it is http(s).
fn link(links: &[Link]) -> Option<String> {
    links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or(links.first())
        .map(|l| one_line(&l.href))
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feeds_are_told_by_their_root_element() {
        assert!(is_xml_feed(
            "<?xml version=\"1.0\"?>\n<!-- hi --><rss version=\"2.0\">"
        ));
        assert!(is_xml_feed("<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        assert!(is_xml_feed("<!DOCTYPE rss [<!ENTITY a \"b>\">]><rss>"));
        assert!(is_xml_feed("<rdf:RDF xmlns:rdf=\"x\">"));
        assert!(!is_xml_feed("<!DOCTYPE html><html><body>rss</body></html>"));
        assert!(!is_xml_feed("<?xml version=\"1.0\"?><urlset>"));
        assert!(!is_xml_feed("plain text"));
    }

    #[test]
    fn json_feeds_and_records_are_told_apart() {
        assert!(is_json_feed(
            r#"{"version":"https://jsonfeed.org/version/1.1","items":[]}"#
        ));
        assert!(!is_json_feed(
            r#"{"title":"jsonfeed.org/version is a url","text":"x"}"#
        ));
        assert!(!is_json_feed(r#"[{"version":"https://jsonfeed.org/version/1"}]"#));
    }
}
