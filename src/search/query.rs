//! The filter's query language: fzf's extended search plus `@speaker` and `#entity`.

/// What one term asks of an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TermKind {
    /// Fuzzy on title, speakers and entity names, or a body word's start.
    Fuzzy,
    /// `'text`: an exact substring of the title or body.
    Exact,
    /// `^text`: the title starts with it.
    TitlePrefix,
    /// `@name`: someone quoted in the article (fuzzy on speaker names and aliases).
    Speaker,
    /// `#name`: an entity the article mentions.
    Entity,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    pub kind: TermKind,
    /// The text after the prefixes; for `@`/`#`, `_` stands for a space.
    pub text: String,
    /// `!term`: articles that do not match.
    pub negated: bool,
}

/// A parsed filter: every term must hold.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub terms: Vec<Term>,
    /// `*`: starred articles only (`Some(true)`); `!*`: unstarred ones. The
    /// filter leaves this to the reader, which knows the stars (`terms`
    /// holds no term for it).
    pub starred: Option<bool>,
}

impl Query {
    /// Never fails: a term with nothing after its prefixes (`@`, `!`) is
    /// ignored until more is typed.
    pub fn parse(input: &str) -> Query {
        let mut starred = None;
        let terms = input
            .split_whitespace()
            .filter(|token| match *token {
                "*" => {
                    starred = Some(true);
                    false
                }
                "!*" => {
                    starred = Some(false);
                    false
                }
                _ => true,
            })
            .filter_map(parse_term)
            .collect();
        Query { terms, starred }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// True when every result of `self` must also be a result of `previous`:
    /// `previous`'s terms each appear in `self`, the same or narrowed (a
    /// longer text for a positive term). Lets a typed character re-score
    /// only the last matches.
    pub fn narrows(&self, previous: &Query) -> bool {
        !previous.is_empty()
            && previous.terms.iter().enumerate().all(|(i, old)| {
                self.terms.get(i).is_some_and(|new| {
                    new.kind == old.kind
                        && new.negated == old.negated
                        && if old.negated {
                            new.text == old.text
                        } else {
                            extends(&new.text, &old.text, new.kind)
                        }
                })
            })
    }
}

/// Whether matching `new` implies matching `old`.
fn extends(new: &str, old: &str, kind: TermKind) -> bool {
    match kind {
        TermKind::Exact | TermKind::TitlePrefix => new.starts_with(old) && same_case_mode(new, old),
        // A fuzzy pattern whose characters contain the old one in order
        // matches only where the old one matched, when the case mode is the same.
        TermKind::Fuzzy => new.starts_with(old) && same_case_mode(new, old),
        // Speaker and entity terms resolve to a set of names by a best-match
        // rule, which may widen as text is typed: recompute.
        TermKind::Speaker | TermKind::Entity => new == old,
    }
}

fn same_case_mode(a: &str, b: &str) -> bool {
    a.chars().any(char::is_uppercase) == b.chars().any(char::is_uppercase)
}

fn parse_term(token: &str) -> Option<Term> {
    let (negated, rest) = match token.strip_prefix('!') {
        Some(r) => (true, r),
        None => (false, token),
    };
    let (kind, text) = match rest.chars().next()? {
        '\'' => (TermKind::Exact, &rest[1..]),
        '^' => (TermKind::TitlePrefix, &rest[1..]),
        '@' => (TermKind::Speaker, &rest[1..]),
        '#' => (TermKind::Entity, &rest[1..]),
        // fzf: `!term` is an inverse exact match.
        _ if negated => (TermKind::Exact, rest),
        _ => (TermKind::Fuzzy, rest),
    };
    if text.is_empty() {
        return None;
    }
    let text = match kind {
        TermKind::Speaker | TermKind::Entity => text.replace('_', " "),
        _ => text.to_owned(),
    };
    // `@_` is as empty as `@`: a name of spaces alone matches nothing useful.
    if text.trim().is_empty() {
        return None;
    }
    Some(Term { kind, text, negated })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(q: &str) -> Vec<(TermKind, String, bool)> {
        Query::parse(q)
            .terms
            .into_iter()
            .map(|t| (t.kind, t.text, t.negated))
            .collect()
    }

    #[test]
    fn parses_every_prefix() {
        use TermKind::*;
        assert_eq!(
            kinds("syria 'veto ^Russia !moab @sergei_lavrov #haley !@trump"),
            vec![
                (Fuzzy, "syria".into(), false),
                (Exact, "veto".into(), false),
                (TitlePrefix, "Russia".into(), false),
                (Exact, "moab".into(), true),
                (Speaker, "sergei lavrov".into(), false),
                (Entity, "haley".into(), false),
                (Speaker, "trump".into(), true),
            ]
        );
    }

    #[test]
    fn a_star_asks_for_starred_articles() {
        let q = Query::parse("* syria");
        assert_eq!((q.starred, q.terms.len()), (Some(true), 1));
        assert_eq!(Query::parse("!*").starred, Some(false));
        assert!(Query::parse("!*").is_empty());
        assert_eq!(Query::parse("*syria").starred, None);
    }

    #[test]
    fn bare_prefixes_are_ignored() {
        assert!(Query::parse("@ ! ' # ^ !@ @_ #__ !@_").is_empty());
    }

    #[test]
    fn narrowing() {
        let q = |s| Query::parse(s);
        assert!(q("lavr").narrows(&q("lav")));
        assert!(q("lav syria").narrows(&q("lav")));
        assert!(!q("la").narrows(&q("lav")));
        assert!(!q("Lav").narrows(&q("lav")));
        assert!(!q("@lavr").narrows(&q("@lav")));
        assert!(!q("!moabx").narrows(&q("!moab")));
        assert!(!q("lav").narrows(&q("")));
    }
}
