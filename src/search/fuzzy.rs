//! The one place fuzzy-matcher is used, so it can be measured and swapped.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use std::sync::OnceLock;

mod shape;

use shape::{Shape, starts_word};

/// Pattern lengths `Pattern::title_score` narrows skim's work for.
const SHORT: std::ops::RangeInclusive<usize> = 2..=shape::LONGEST;
/// The title score of a short pattern whose letters are merely scattered:
/// below skim's scores of the matches it is still asked for (19 and up over
/// the 2,225 BBC titles; only pieces far apart in a long title go below 0).
const SCATTERED: i64 = 0;

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
    /// For an ASCII pattern of one to three letters: where they stand in a
    /// title, found fast.
    shape: Option<Shape>,
}

impl Pattern {
    pub fn new(text: &str) -> Pattern {
        let case_sensitive = text.chars().any(char::is_uppercase);
        Pattern {
            text: text.to_owned(),
            chars: text.chars().collect(),
            case_sensitive,
            shape: Shape::new(text, case_sensitive),
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
            // Without capitals in the pattern, a letter matches either case.
            let mut rest = candidate.as_bytes();
            for w in self.text.bytes() {
                let fold = if !self.case_sensitive && w.is_ascii_alphabetic() {
                    0x20
                } else {
                    0
                };
                match rest.iter().position(|&b| (b | fold) == w) {
                    Some(i) => rest = &rest[i + 1..],
                    None => return false,
                }
            }
            return true;
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
        if let [c] = self.chars[..] {
            return self.one_char_score(c, candidate);
        }
        if !self.could_match(candidate) {
            return None;
        }
        self.skim(candidate)
    }

    /// skim's score of `candidate`, given to skim as its shortest window
    /// with the same score: for an ASCII pattern, from the char before the
    /// first place its first letter matches (that char gives the place its
    /// bonus) to the last place its last letter matches. skim's matrix
    /// starts at the first place, every cell depends on the ones to its
    /// left, the char before a place and positions relative to the first,
    /// and no cell after the last place can score; its cost grows with the
    /// chars it is given (about half of a title on 2-3 letters).
    fn skim(&self, candidate: &str) -> Option<i64> {
        let bytes = candidate.as_bytes();
        let (first, last) = match self.text.as_bytes() {
            [f, .., l] if self.text.is_ascii() => (*f, *l),
            _ => return matcher().fuzzy_match(candidate, &self.text),
        };
        // As skim compares: with case, or ignoring ASCII case.
        let same = |b: u8, p: u8| b == p || !self.case_sensitive && b.eq_ignore_ascii_case(&p);
        let from = bytes.iter().position(|&b| same(b, first))?;
        let to = bytes.iter().rposition(|&b| same(b, last))?;
        if to < from {
            return None; // the last letter only before the first: no match
        }
        // The char before `from` (ASCII bytes are char boundaries).
        let from = candidate[..from].char_indices().next_back().map_or(0, |(i, _)| i);
        matcher().fuzzy_match(&candidate[from..=to], &self.text)
    }

    /// `score` for a title. Two or three letters thread through most titles
    /// of a big corpus by chance, and skim's scoring of all of them was most
    /// of a keystroke: only titles where the letters mean something (see
    /// `Shape::meaningful`) are scored; the rest still match, with `SCATTERED`.
    pub fn title_score(&self, title: &str) -> Option<i64> {
        match &self.shape {
            Some(shape) if SHORT.contains(&self.text.len()) => {
                if shape.meaningful(title)? {
                    self.skim(title)
                } else {
                    Some(SCATTERED)
                }
            }
            _ => self.score(title),
        }
    }

    /// For a one-character pattern skim's score is the bonus of the best
    /// place the character stands (start, word start, elsewhere): the same
    /// order at a small part of the cost, which matters when the first key
    /// typed matches nearly every title of a big corpus.
    fn one_char_score(&self, c: char, candidate: &str) -> Option<i64> {
        match self.shape.as_ref().and_then(|s| s.one_letter(candidate)) {
            Some(known) => known,
            None => self.one_char_by_chars(c, candidate),
        }
    }

    /// `one_char_score` a char at a time: for any char and title.
    fn one_char_by_chars(&self, c: char, candidate: &str) -> Option<i64> {
        // As `could_match`: an ASCII character matches ASCII alone.
        let same = |x: char| {
            x == c
                || (!self.case_sensitive
                    && if c.is_ascii() {
                        x.to_ascii_lowercase() == c
                    } else {
                        x.to_lowercase().eq(c.to_lowercase())
                    })
        };
        let mut elsewhere = None;
        for (i, _) in candidate.char_indices().filter(|&(_, x)| same(x)) {
            // The first place that starts a word is the best there is.
            if i == 0 {
                return Some(3);
            } else if starts_word(candidate, i) {
                return Some(2);
            }
            elsewhere = Some(1);
        }
        elsewhere
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

    #[test]
    fn title_score_matches_exactly_where_skim_does() {
        let titles = [
            "Trade gap narrows",
            "The car",
            "Tony Rice wins",
            "Üt ßr",
            "Émile très bien",
            "£5bn for rail",
            "ÉTÉ",
            "été",
            "K-pop",
            "Go on radio",
            "Singapore growth",
            "",
        ];
        for pat in [
            "t", "T", "é", "É", "k", "tr", "Tr", "rt", "gor", "go", "£5", "été", "trade", "sin",
        ] {
            let p = Pattern::new(pat);
            for title in titles {
                let skim = matcher().fuzzy_match(title, pat);
                let ours = p.title_score(title);
                if pat.is_ascii() {
                    assert_eq!(ours.is_some(), skim.is_some(), "{pat} in {title}");
                } else {
                    // Non-ASCII letters are compared without case here, not by skim.
                    assert!(ours.is_some() || skim.is_none(), "{pat} in {title}");
                }
                if ours != Some(SCATTERED) && pat.chars().count() > 1 {
                    assert_eq!(ours, skim, "{pat} in {title}");
                }
            }
        }
    }

    #[test]
    fn skim_on_the_window_scores_as_skim_on_the_whole() {
        // Invented words, joined in every order of three: places at the
        // start, after separators, camel humps, digits and non-ASCII chars.
        let words = [
            "Trade", "tr", "o-rta", "GoRo", "été", "Ürtag", "(go)", "x9r", "Rt", "a.tar", "gaol", "TRAG",
        ];
        let mut titles = Vec::new();
        for a in words {
            for b in words {
                for c in words {
                    titles.push(format!("{a} {b}{c}"));
                    titles.push(format!("{a}/{b} {c}!"));
                }
            }
        }
        let pats = [
            "tr", "tra", "go", "gor", "rt", "Tr", "TR", "gr", "ta", "ro", "trad", "trade", "Go", "r9", "o-r",
            "été",
        ];
        for pat in pats {
            let p = Pattern::new(pat);
            for title in &titles {
                let want = matcher().fuzzy_match(title, pat);
                assert_eq!(p.score(title), want, "{pat} in {title}");
                if p.could_match(title) {
                    assert_eq!(p.skim(title), want, "{pat} in {title}");
                }
            }
        }
    }

    #[test]
    fn a_meaningful_short_match_outranks_a_scattered_one() {
        let p = Pattern::new("tr");
        let scattered = p.title_score("The car").expect("matches");
        assert_eq!(scattered, SCATTERED);
        for title in ["Trade gap", "Tony Rice", "Call centre actress"] {
            assert!(p.title_score(title).expect("matches") > scattered, "{title}");
        }
        // Four letters or more: skim alone, as ever.
        let p = Pattern::new("trde");
        assert_eq!(
            p.title_score("The rude"),
            matcher().fuzzy_match("The rude", "trde")
        );
    }

    #[test]
    fn one_character_scores_by_place() {
        let p = Pattern::new("t");
        assert_eq!(p.score("Trade"), Some(3));
        assert_eq!(p.score("A tax"), Some(2));
        assert_eq!(p.score("Üt"), Some(1));
        assert_eq!(p.score("Cat"), Some(1));
        assert_eq!(p.score("Cat tax"), Some(2));
        assert_eq!(p.score("Abc"), None);
        assert_eq!(Pattern::new("T").score("the"), None);
        assert_eq!(Pattern::new("é").score("Été"), Some(3));
    }
}
