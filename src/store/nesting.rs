//! A bound on how deeply HTML nests before it is parsed. html5ever's tree
//! building and Readability's scoring both slow down with depth faster than
//! linearly (8,000 nested `<div>`s: 0.4 s to parse, 19 s to score), so a
//! hostile page could hang a load; real pages nest a few dozen deep.

use std::borrow::Cow;

/// Tags deeper than this are dropped (their text is kept).
const MAX_DEPTH: usize = 256;

/// Elements that never hold others open: void elements, and those whose end
/// tag may be left out (`<p>`, `<li>`, `<td>`…), which real pages often do.
const NO_DEPTH: [&str; 27] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup",
    "rt",
];

/// Elements whose content is raw text: a `<` inside is not a tag.
const RAW_TEXT: [&str; 5] = ["script", "style", "textarea", "title", "xmp"];

/// `html` with every start tag past `MAX_DEPTH` open elements removed, and as
/// many end tags after them. An estimate, not a parse: it only has to keep
/// the real parser's input shallow, and it leaves ordinary pages untouched.
pub fn limit_depth(html: &str) -> Cow<'_, str> {
    let (mut depth, mut over) = (0usize, 0usize);
    let mut out: Option<String> = None;
    let (mut copied, mut at) = (0, 0);
    while let Some(offset) = html[at..].find('<') {
        let start = at + offset;
        let rest = &html[start + 1..];
        if rest.starts_with("!--") {
            at = rest.find("-->").map_or(html.len(), |e| start + 1 + e + 3);
            continue;
        }
        let closing = rest.starts_with('/');
        let name: String = rest[usize::from(closing)..]
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        let end = rest.find('>').map_or(html.len(), |e| start + 1 + e + 1);
        at = end;
        if name.is_empty() || NO_DEPTH.contains(&name.as_str()) || html[start..end].ends_with("/>") {
            continue;
        }
        if !closing && RAW_TEXT.contains(&name.as_str()) {
            at = end_of_raw_text(html, end, &name);
        }
        let drop = if closing {
            if over > 0 {
                over -= 1;
                true
            } else {
                depth = depth.saturating_sub(1);
                false
            }
        } else if depth >= MAX_DEPTH {
            over += 1;
            true
        } else {
            depth += 1;
            false
        };
        if drop {
            let out = out.get_or_insert_with(|| String::with_capacity(html.len()));
            out.push_str(&html[copied..start]);
            copied = end;
        }
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut out) => {
            out.push_str(&html[copied..]);
            Cow::Owned(out)
        }
    }
}

/// Where the raw text opened at `from` ends: at its `</name` (any case).
fn end_of_raw_text(html: &str, from: usize, name: &str) -> usize {
    let bytes = html.as_bytes();
    let mut at = from;
    while let Some(offset) = html[at..].find("</") {
        let tag = at + offset + 2;
        if bytes
            .get(tag..tag + name.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(name.as_bytes()))
        {
            return at + offset;
        }
        at = tag;
    }
    html.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_untouched() {
        let page = "<html><body><div><p>a<p>b<ul><li>c<li>d</ul><br><img src=x/>\
            <script>if (a<b && c<d) {}</script><!-- <div><div> --></div></body></html>";
        assert!(matches!(limit_depth(page), Cow::Borrowed(_)));
        let many_paragraphs = "<div>".to_owned() + &"<p>unclosed".repeat(1000) + "</div>";
        assert!(matches!(limit_depth(&many_paragraphs), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_nesting_is_cut_and_the_text_kept() {
        let deep =
            "<div>".repeat(10_000) + "<p>Deep inside.</p>" + &"</div>".repeat(10_000) + "<p>After.</p>";
        let cut = limit_depth(&deep);
        assert_eq!(cut.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(cut.matches("</div>").count(), MAX_DEPTH);
        assert!(cut.contains("<p>Deep inside.</p>") && cut.ends_with("<p>After.</p>"));
    }
}
