//! The one place fuzzy-matcher is used, so it can be measured and swapped.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use std::sync::OnceLock;

fn matcher() -> &'static SkimMatcherV2 {
    static M: OnceLock<SkimMatcherV2> = OnceLock::new();
    M.get_or_init(|| SkimMatcherV2::default().smart_case())
}

/// A pattern prepared once for many candidates: the cheap pre-check needs its
/// characters, lower-cased unless the pattern asks for case (smart case).
pub struct Pattern {
    text: String,
    chars: Vec<char>,
    case_sensitive: bool,
}

impl Pattern {
    pub fn new(text: &str) -> Pattern {
        let case_sensitive = text.chars().any(char::is_uppercase);
        Pattern {
            text: text.to_owned(),
            chars: text.chars().collect(),
            case_sensitive,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn case_sensitive(&self) -> bool {
        self.case_sensitive
    }

    /// Whether the pattern's characters occur in order in `candidate`: far
    /// cheaper than scoring, and scoring can only succeed when it holds.
    pub fn could_match(&self, candidate: &str) -> bool {
        if self.text.is_ascii() {
            // Bytes: a multi-byte char can never equal an ASCII pattern byte.
            let mut want = self.text.bytes().peekable();
            for b in candidate.bytes() {
                let Some(&w) = want.peek() else { return true };
                if b == w || (!self.case_sensitive && b.to_ascii_lowercase() == w) {
                    want.next();
                }
            }
            return want.peek().is_none();
        }
        let mut want = self.chars.iter().peekable();
        for c in candidate.chars() {
            let Some(&&w) = want.peek() else { return true };
            let hit = if self.case_sensitive {
                c == w
            } else {
                c == w
                    || c.to_lowercase()
                        .eq(std::iter::once(w).flat_map(char::to_lowercase))
            };
            if hit {
                want.next();
            }
        }
        want.peek().is_none()
    }

    /// fuzzy-matcher's score, or `None` when it does not match.
    pub fn score(&self, candidate: &str) -> Option<i64> {
        if !self.could_match(candidate) {
            return None;
        }
        if let [c] = self.chars[..] {
            return Some(self.one_char_score(c, candidate));
        }
        matcher().fuzzy_match(candidate, &self.text)
    }

    /// For a one-character pattern skim's score is the bonus of the best
    /// place the character stands (start, word start, elsewhere): the same
    /// order at a small part of the cost, which matters when the first key
    /// typed matches nearly every title of a big corpus.
    fn one_char_score(&self, c: char, candidate: &str) -> i64 {
        let same = |x: char| x == c || (!self.case_sensitive && x.to_lowercase().eq(c.to_lowercase()));
        let mut best = 0;
        let mut prev: Option<char> = None;
        for x in candidate.chars() {
            if same(x) {
                let bonus = match prev {
                    None => 3,
                    Some(p) if !p.is_alphanumeric() => 2,
                    _ => 1,
                };
                if bonus == 3 {
                    return 3;
                }
                best = best.max(bonus);
            }
            prev = Some(x);
        }
        best
    }

    /// The char indices of `candidate` that match, for highlighting.
    pub fn indices(&self, candidate: &str) -> Option<Vec<usize>> {
        if !self.could_match(candidate) {
            return None;
        }
        matcher().fuzzy_indices(candidate, &self.text).map(|(_, idx)| idx)
    }
}

/// Ranks `items` against `pattern` for the pickers: (item index, matched char
/// indices), best first, ties in input order; an empty pattern keeps all in order.
pub fn fuzzy_rank(pattern: &str, items: &[&str]) -> Vec<(usize, Vec<usize>)> {
    let pattern = pattern.trim();
    if pattern.is_empty() {
        return (0..items.len()).map(|i| (i, Vec::new())).collect();
    }
    let p = Pattern::new(pattern);
    let mut hits: Vec<(i64, usize, Vec<usize>)> = items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let score = p.score(item)?;
            Some((score, i, p.indices(item).unwrap_or_default()))
        })
        .collect();
    hits.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    hits.into_iter().map(|(_, i, idx)| (i, idx)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precheck_agrees_with_the_scorer() {
        for (pat, cand) in [
            ("lvr", "Sergei Lavrov"),
            ("xyz", "Lavrov"),
            ("LAV", "Lavrov"),
            ("lav", "LAVROV"),
        ] {
            let p = Pattern::new(pat);
            assert_eq!(
                p.could_match(cand),
                matcher().fuzzy_match(cand, pat).is_some(),
                "{pat} {cand}"
            );
        }
    }

    #[test]
    fn smart_case() {
        assert!(Pattern::new("lav").score("Lavrov").is_some());
        assert!(Pattern::new("Lav").score("lavrov").is_none());
    }

    #[test]
    fn ranks_best_first() {
        let ranked = fuzzy_rank("trump", &["Rex Tillerson", "Donald Trump", "Trumpet"]);
        let order: Vec<usize> = ranked.iter().map(|r| r.0).collect();
        assert!(order.contains(&1) && order.contains(&2) && !order.contains(&0));
    }
}
