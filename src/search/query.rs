//! The filter's query language: fzf's extended search plus `@speaker` and `#entity`.
//!
//! Terms are separated by spaces (`\ ` is a space inside a term) and must all
//! hold, except that terms joined by `|` need only one of them to.

/// What one term asks of an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TermKind {
    /// Fuzzy on title, speakers and entity names, or a body word's start.
    Fuzzy,
    /// `'text`: an exact substring of the title or body.
    Exact,
    /// `^text`: the title starts with it.
    TitlePrefix,
    /// `text$`: the title ends with it.
    TitleSuffix,
    /// `^text$`: the title is it.
    Title,
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
    /// `term | next`: this term or the next one must hold.
    pub or_next: bool,
}

/// A parsed filter: every term must hold, or one of each run joined by `|`.
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
    /// ignored until more is typed, as is a `|` with no term on one side.
    pub fn parse(input: &str) -> Query {
        let mut query = Query::default();
        for token in tokens(input) {
            query.add(&token);
        }
        if let Some(last) = query.terms.last_mut() {
            last.or_next = false;
        }
        query
    }

    /// One space-separated token: `|`, a star (`*`, `!*`, or glued to a
    /// term: `*trump`), or a term.
    fn add(&mut self, token: &str) {
        if token == "|" {
            if let Some(last) = self.terms.last_mut() {
                last.or_next = true;
            }
        } else if let Some(rest) = token.strip_prefix('*') {
            self.starred = Some(true);
            self.add(rest);
        } else if let Some(rest) = token.strip_prefix("!*") {
            self.starred = Some(false);
            self.add(rest);
        } else if let Some(term) = parse_term(token) {
            self.terms.push(term);
        }
    }

    /// The runs of terms joined by `|`: each run must have a term that holds.
    pub fn clauses(&self) -> impl Iterator<Item = &[Term]> {
        let mut rest = self.terms.as_slice();
        std::iter::from_fn(move || {
            let len = rest.iter().position(|t| !t.or_next)? + 1;
            let (clause, after) = rest.split_at(len);
            rest = after;
            Some(clause)
        })
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// True when every result of `self` must also be a result of `previous`:
    /// `previous`'s terms each appear in `self`, the same or narrowed (a
    /// longer text for a positive term), joined by the same `|`s. Lets a typed character re-score
    /// only the last matches.
    pub fn narrows(&self, previous: &Query) -> bool {
        !previous.is_empty()
            && previous.terms.iter().enumerate().all(|(i, old)| {
                self.terms.get(i).is_some_and(|new| {
                    new.kind == old.kind
                        && new.negated == old.negated
                        && new.or_next == old.or_next
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
        TermKind::TitleSuffix => new.ends_with(old) && same_case_mode(new, old),
        TermKind::Title => new == old,
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

/// The input split at spaces, except a space after a backslash, which
/// stays in the token (`'prime\ minister`) without its backslash.
fn tokens(input: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut token = String::new();
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek() == Some(&' ') {
            token.push(' ');
            chars.next();
        } else if c.is_whitespace() {
            out.extend((!token.is_empty()).then(|| std::mem::take(&mut token)));
        } else {
            token.push(c);
        }
    }
    out.extend((!token.is_empty()).then_some(token));
    out
}

fn parse_term(token: &str) -> Option<Term> {
    let (negated, rest) = match token.strip_prefix('!') {
        Some(r) => (true, r),
        None => (false, token),
    };
    // `$` ends a title term, or a bare one (fzf: `!attack$` is a negated suffix).
    let suffix = |text: &str| {
        text.strip_suffix('$')
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
    };
    let (kind, text) = match rest.chars().next()? {
        '\'' => (TermKind::Exact, rest[1..].to_owned()),
        '^' => match suffix(&rest[1..]) {
            Some(text) => (TermKind::Title, text),
            None => (TermKind::TitlePrefix, rest[1..].to_owned()),
        },
        '@' => (TermKind::Speaker, rest[1..].replace('_', " ")),
        '#' => (TermKind::Entity, rest[1..].replace('_', " ")),
        _ => match suffix(rest) {
            Some(text) => (TermKind::TitleSuffix, text),
            // fzf: `!term` is an inverse exact match.
            None if negated => (TermKind::Exact, rest.to_owned()),
            None => (TermKind::Fuzzy, rest.to_owned()),
        },
    };
    // `@_` is as empty as `@`: a name of spaces alone matches nothing useful.
    if text.trim().is_empty() {
        return None;
    }
    Some(Term {
        kind,
        text,
        negated,
        or_next: false,
    })
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
        // Glued to a term, as fzf users type it.
        let q = Query::parse("*trump");
        assert_eq!(
            (q.starred, kinds("*trump")),
            (Some(true), vec![(TermKind::Fuzzy, "trump".into(), false)])
        );
        let q = Query::parse("!*'veto");
        assert_eq!(
            (q.starred, kinds("!*'veto")),
            (Some(false), vec![(TermKind::Exact, "veto".into(), false)])
        );
    }

    #[test]
    fn dollar_ends_a_title_and_a_backslash_keeps_a_space() {
        use TermKind::*;
        assert_eq!(
            kinds(r"attack$ !attack$ ^Syria$ 'prime\ minister ^a\ b $ 'x$ @a\ b"),
            vec![
                (TitleSuffix, "attack".into(), false),
                (TitleSuffix, "attack".into(), true),
                (Title, "Syria".into(), false),
                (Exact, "prime minister".into(), false),
                (TitlePrefix, "a b".into(), false),
                (Fuzzy, "$".into(), false),
                (Exact, "x$".into(), false),
                (Speaker, "a b".into(), false),
            ]
        );
    }

    #[test]
    fn a_bar_joins_terms_either_of_which_may_hold() {
        let q = Query::parse("syria @haley | @rycroft | 'veto ^uk | | !moab |");
        let clauses: Vec<Vec<&str>> = q
            .clauses()
            .map(|c| c.iter().map(|t| t.text.as_str()).collect())
            .collect();
        assert_eq!(
            clauses,
            [
                vec!["syria"],
                vec!["haley", "rycroft", "veto"],
                vec!["uk", "moab"]
            ]
        );
        assert!(Query::parse("| a").terms.iter().all(|t| !t.or_next));
        assert!(Query::parse("a | b c").narrows(&Query::parse("a | b")));
        assert!(!Query::parse("a | b").narrows(&Query::parse("a")));
        assert!(Query::parse("attack$").narrows(&Query::parse("ack$")));
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
