//! HTML articles: a saved page (or a feed item's HTML) parsed with html5ever
//! (through `dom_query`), stripped of what is never the article, the main
//! content found by Readability's algorithm (`dom_smoothie`), and read out as
//! paragraphs of text. Only text nodes become body text: nothing in a
//! `<script>`, a style or an attribute does. Title, author and date come from
//! the meta tags and JSON-LD; every field goes through the sanitiser.

use super::article::Article;
use super::date::parse_date_field;
use super::nesting::limit_depth;
use super::sanitize::one_line;
use dom_query::{Document, NodeRef};
use dom_smoothie::Readability;

/// Elements that are never part of an article's text, removed before the
/// content is looked for. JSON-LD stays until Readability has read it.
const NEVER_TEXT: &str = "script:not([type='application/ld+json']), style, noscript, template, \
    nav, aside, form, iframe, button, input, select, textarea, svg, footer, figcaption, object, embed, \
    [hidden], [aria-hidden='true'], [role=navigation], [role=complementary], [role=contentinfo], \
    [role=dialog]";

/// Words of a `class` or `id` that mark boilerplate (`ad-slot`, `share-tools`).
const BOILERPLATE_WORDS: [&str; 20] = [
    "ad",
    "ads",
    "advertisement",
    "banner",
    "button",
    "consent",
    "cookie",
    "cookies",
    "menu",
    "modal",
    "nav",
    "navigation",
    "popup",
    "promo",
    "share",
    "sidebar",
    "social",
    "tags",
    "widget",
    "footer",
];

/// Starts of such words (`comments-area`, `jp-relatedposts`, `subscription-widget`).
const BOILERPLATE_STARTS: [&str; 9] = [
    "comment",
    "advert",
    "related",
    "newsletter",
    "subscri",
    "sponsor",
    "breadcrumb",
    "sharing",
    "sharedaddy",
];

/// Whole `class`/`id` values that mark boilerplate though no word of theirs does.
const BOILERPLATE_NAMES: [&str; 3] = ["most-read", "mostread", "most-popular"];

/// Elements whose text is one paragraph; their insides are not split further.
const BLOCKS: [&str; 10] = ["p", "blockquote", "pre", "h2", "h3", "h4", "h5", "h6", "li", "dd"];

/// Parses a whole page (already decoded) into an article with `id`.
pub fn parse_page(html: &str, id: &str) -> Article {
    let doc = Document::from(limit_depth(html).as_ref());
    let canonical = doc
        .select("link[rel~='canonical']")
        .attr("href")
        .map(|h| h.to_string());
    prune(&doc);
    // `with_document` fails only on a bad document URL, and none is given.
    let mut readability =
        Readability::with_document(doc, None, None).expect("no document URL, so no URL error");
    // Read before `parse`, which removes the scripts JSON-LD lives in.
    let json_ld = readability.parse_json_ld();
    let (meta, paragraphs) = match readability.parse() {
        Ok(found) => {
            let content = Document::fragment(found.content);
            let meta = (found.title, found.byline, found.published_time, found.url);
            (meta, paragraphs(content.root()))
        }
        // Too little text to score: every paragraph the pruned page has.
        Err(_) => {
            let m = readability.get_article_metadata(json_ld);
            // JSON-LD was kept for the metadata; it is not text.
            readability.doc.select("script").remove();
            let body = readability.doc.body().unwrap_or(readability.doc.root());
            ((m.title, m.byline, m.published_time, m.url), paragraphs(body))
        }
    };
    let (title, byline, published, url) = meta;
    let field = |s: Option<String>| s.map(|s| one_line(&s)).filter(|s| !s.is_empty());
    let author = field(byline).map(
        |a| match a.strip_prefix("By ").or_else(|| a.strip_prefix("by ")) {
            Some(name) => name.trim().to_owned(),
            None => a,
        },
    );
    Article {
        id: id.to_owned(),
        path: None,
        title: field(Some(title)).unwrap_or_else(|| "(untitled)".into()),
        date: published.as_deref().and_then(parse_date_field),
        author,
        url: field(canonical.or(url)).filter(|u| u.starts_with("https://") || u.starts_with("http://")),
        paragraphs,
        lossy: false,
    }
}

/// The paragraphs of an HTML fragment that is all article (a feed item's
/// content): the same pruning and reading out, without looking for the content.
pub fn fragment_paragraphs(html: &str) -> Vec<String> {
    let doc = Document::fragment(limit_depth(html).as_ref());
    prune(&doc);
    doc.select("script").remove();
    paragraphs(doc.root())
}

/// Plain text that came from HTML markup (a feed title of type `html`).
pub fn fragment_text(html: &str) -> String {
    let doc = Document::fragment(limit_depth(html).as_ref());
    doc.select("script, style").remove();
    one_line(&text_of(doc.root()))
}

/// Removes what is never article text, and containers whose class or id
/// says boilerplate — unless they hold the article itself (a `<body
/// class="comments-open">`, a wrapper with more than half the page's text).
fn prune(doc: &Document) {
    doc.select(NEVER_TEXT).remove();
    let whole = doc.root().text().len();
    for node in doc.select("[class], [id]").nodes() {
        let names = format!(
            "{} {}",
            node.attr("class").unwrap_or_default(),
            node.attr("id").unwrap_or_default()
        )
        .to_ascii_lowercase();
        if says_boilerplate(&names) && !holds_the_article(node, whole) {
            node.remove_from_parent();
        }
    }
}

fn says_boilerplate(names: &str) -> bool {
    BOILERPLATE_NAMES.iter().any(|n| names.contains(n))
        || names
            .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
            .any(|w| BOILERPLATE_WORDS.contains(&w) || BOILERPLATE_STARTS.iter().any(|s| w.starts_with(s)))
}

fn holds_the_article(node: &NodeRef, whole: usize) -> bool {
    let name = node.node_name().unwrap_or_default();
    matches!(name.as_ref(), "html" | "body" | "main" | "article")
        || node
            .descendants_it()
            .any(|d| d.is("article, main, [itemprop='articleBody']"))
        || node.text().len() * 2 > whole
}

/// The text of each outermost block under `root`, in order, one line each,
/// sanitised; text outside any block (a feed's `description` is often bare
/// text) is a paragraph of its own between the blocks around it; empty ones
/// are left out. Iterative: no nesting depth can overflow the stack.
fn paragraphs(root: NodeRef) -> Vec<String> {
    let mut out = Vec::new();
    let mut loose = String::new();
    let push = |out: &mut Vec<String>, text: &str| {
        let text = one_line(text);
        if !text.is_empty() {
            out.push(text);
        }
    };
    let mut stack: Vec<NodeRef> = root.children_it(true).collect();
    while let Some(node) = stack.pop() {
        if node.is_text() {
            loose.push_str(&node.text());
            continue;
        }
        let Some(name) = node.node_name() else { continue };
        if BLOCKS.contains(&name.as_ref()) {
            push(&mut out, &std::mem::take(&mut loose));
            push(&mut out, &text_of(node));
        } else {
            if BREAKS.contains(&name.as_ref()) {
                loose.push(' ');
            }
            stack.extend(node.children_it(true));
        }
    }
    push(&mut out, &loose);
    out
}

/// Elements that start on a new line: their text is not glued to the text before.
const BREAKS: [&str; 16] = [
    "br",
    "p",
    "div",
    "li",
    "cite",
    "blockquote",
    "td",
    "th",
    "tr",
    "dd",
    "dt",
    "h2",
    "h3",
    "h4",
    "pre",
    "figcaption",
];

/// The text nodes under `node`, with a space where a block starts (so
/// `<p>a</p><cite>b</cite>` reads `a b`, not `ab`, while `<b>W</b>ord` stays `Word`).
fn text_of(node: NodeRef) -> String {
    let mut text = String::new();
    for d in node.descendants_it() {
        if d.is_text() {
            text.push_str(&d.text());
        } else if d.node_name().is_some_and(|n| BREAKS.contains(&n.as_ref())) {
            text.push(' ');
        }
    }
    text
}
