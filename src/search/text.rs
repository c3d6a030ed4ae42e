//! Smart-case comparisons of a term with text, and the title characters a
//! query matches (to highlight them).

use super::fuzzy::Pattern;
use super::query::{Query, TermKind};

pub(super) fn starts_with(hay: &str, needle: &str, case_sensitive: bool) -> bool {
    if case_sensitive {
        hay.starts_with(needle)
    } else {
        let mut h = hay.chars().flat_map(char::to_lowercase);
        needle
            .chars()
            .flat_map(char::to_lowercase)
            .all(|c| h.next() == Some(c))
    }
}

pub(super) fn ends_with(hay: &str, needle: &str, case_sensitive: bool) -> bool {
    if case_sensitive {
        hay.ends_with(needle)
    } else {
        let mut h = hay.chars().rev().flat_map(char::to_lowercase);
        // Lower-casing a char may give several: compare them reversed too.
        let n: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
        n.iter().rev().all(|&c| h.next() == Some(c))
    }
}

pub(super) fn contains(hay: &str, needle: &str, case_sensitive: bool) -> bool {
    if case_sensitive {
        hay.contains(needle)
    } else if needle.is_ascii() {
        let n = needle.as_bytes();
        hay.as_bytes().windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
    } else {
        hay.to_lowercase().contains(&needle.to_lowercase())
    }
}

/// The char indices of `title` the query's positive title terms match, to highlight.
pub fn title_match_indices(query: &Query, title: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for t in query.terms.iter().filter(|t| !t.negated) {
        let pattern = Pattern::new(&t.text);
        match t.kind {
            TermKind::Fuzzy => out.extend(pattern.indices(title).unwrap_or_default()),
            TermKind::TitlePrefix | TermKind::Title
                if starts_with(title, &t.text, pattern.case_sensitive()) =>
            {
                out.extend(0..t.text.chars().count())
            }
            TermKind::TitleSuffix if ends_with(title, &t.text, pattern.case_sensitive()) => {
                let len = title.chars().count();
                out.extend(len - t.text.chars().count()..len)
            }
            TermKind::Exact => {
                let (hay, needle) = if pattern.case_sensitive() {
                    (title.to_owned(), t.text.clone())
                } else {
                    (title.to_lowercase(), t.text.to_lowercase())
                };
                if let Some(byte) = hay.find(&needle) {
                    let start = hay[..byte].chars().count();
                    out.extend(start..start + needle.chars().count());
                }
            }
            _ => {}
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchored_terms_highlight_the_title_they_match() {
        let title = "Terror attack";
        let at = |q: &str| title_match_indices(&Query::parse(q), title);
        assert_eq!(at("attack$"), (7..13).collect::<Vec<_>>());
        assert_eq!(at(r"^terror\ attack$"), (0..13).collect::<Vec<_>>());
        assert!(at("terror$").is_empty());
        assert!(ends_with("Terror ATTACK", "attack", false) && !ends_with("ab", "xab", false));
    }
}
