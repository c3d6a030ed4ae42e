//! The article, as every other module sees it.

use super::date::Date;
use std::path::PathBuf;

/// The title of an item that has none (a microblog post in a feed, a JSON
/// record without `title`): its first words, so a list of such items reads
/// as something other than rows of "(untitled)"; cut at a word before
/// `TITLE_FROM_TEXT` characters, with `…`.
pub(super) fn title_from_text(paragraphs: &[String]) -> String {
    const TITLE_FROM_TEXT: usize = 80;
    let Some(first) = paragraphs.iter().find(|p| !p.trim().is_empty()) else {
        return "(untitled)".into();
    };
    let first = first.trim();
    if first.chars().count() <= TITLE_FROM_TEXT {
        return first.to_owned();
    }
    // One character more, so a word ending right at the limit is kept whole.
    let head: String = first.chars().take(TITLE_FROM_TEXT + 1).collect();
    let cut = match head.rfind(' ').filter(|&i| i > 0) {
        Some(space) => space,
        None => head.char_indices().last().map_or(0, |(i, _)| i),
    };
    format!("{}…", head[..cut].trim_end_matches([',', ';', ':', ' ']))
}

/// One article, clean and ready to analyse and show.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// Stable id: path relative to the PATH it was found under, `file#n` for a
    /// JSON record without an id of its own, or the seed's file name.
    pub id: String,
    /// Where it came from on disk; `None` for the built-in seeds.
    pub path: Option<PathBuf>,
    pub title: String,
    pub date: Option<Date>,
    pub author: Option<String>,
    pub url: Option<String>,
    /// Body paragraphs, each on one line, without title, dateline or trailer.
    pub paragraphs: Vec<String>,
    /// Set when invalid bytes were replaced while decoding.
    pub lossy: bool,
}

#[cfg(test)]
mod tests {
    use super::title_from_text;

    #[test]
    fn an_item_without_a_title_is_named_by_its_first_words() {
        let p = |s: &[&str]| s.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(title_from_text(&p(&["", "Short post."])), "Short post.");
        let long = "Ministers met in Brussels on Tuesday to agree the budget, and talks went on well past midnight without a deal";
        let t = title_from_text(&p(&[long]));
        assert_eq!(
            t,
            "Ministers met in Brussels on Tuesday to agree the budget, and talks went on well…"
        );
        assert!(t.chars().count() <= 81, "{t}");
        // No space to cut at: cut at the limit, on a character boundary.
        let t = title_from_text(&p(&[&"é".repeat(100)]));
        assert_eq!(t, format!("{}…", "é".repeat(80)));
        assert_eq!(title_from_text(&[]), "(untitled)");
    }
}
