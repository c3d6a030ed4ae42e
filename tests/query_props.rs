//! Issue 6: the query parser on arbitrary input: whatever is typed parses into
//! terms that write back to the same query.

mod common;

use byline::search::{Query, TermKind};
use proptest::prelude::*;

/// A query written back from its terms.
fn unparse(q: &Query) -> String {
    let mut out = String::new();
    for t in &q.terms {
        let (prefix, suffix) = match t.kind {
            TermKind::Fuzzy => ("", ""),
            TermKind::Exact => ("'", ""),
            TermKind::TitlePrefix => ("^", ""),
            TermKind::TitleSuffix => ("", "$"),
            TermKind::Title => ("^", "$"),
            TermKind::Speaker => ("@", ""),
            TermKind::Entity => ("#", ""),
        };
        let text = match t.kind {
            TermKind::Speaker | TermKind::Entity => t.text.replace(' ', "_"),
            _ => t.text.replace(' ', "\\ "),
        };
        let negated = if t.negated { "!" } else { "" };
        let joint = if t.or_next { " | " } else { " " };
        out += &format!("{negated}{prefix}{text}{suffix}{joint}");
    }
    out + match q.starred {
        Some(true) => "*",
        Some(false) => "!*",
        None => "",
    }
}

proptest! {
    #![proptest_config(common::prop_config(512))]

    #[test]
    fn query_parse_round_trips(
        input in prop_oneof![
            any::<String>(),
            "([!'^@#_*|$\\\\ \t]{0,3}[a-zA-Z_\u{e9}\u{65e5}!'^@#*|$]{0,6}[ \t\n\u{3000}]{1,2}){0,6}",
        ],
    ) {
        let q = Query::parse(&input);
        for t in &q.terms {
            prop_assert!(!t.text.trim().is_empty(), "empty term {:?} from {:?}", t, input);
            if !matches!(t.kind, TermKind::Speaker | TermKind::Entity) {
                // Only an escaped space (`\ `) stays inside a term.
                prop_assert!(!t.text.contains(|c: char| c.is_whitespace() && c != ' '), "{:?}", t);
            }
        }
        // A term ending in a backslash cannot be followed by another: `a\ b`
        // is one term. Such queries cannot be written back.
        prop_assume!(!q.terms.iter().any(|t| t.text.ends_with('\\')));
        let again = Query::parse(&unparse(&q));
        prop_assert_eq!(&again, &q, "{:?} -> {:?}", input, unparse(&q));
        prop_assert_eq!(q.narrows(&q), !q.is_empty());
    }
}
