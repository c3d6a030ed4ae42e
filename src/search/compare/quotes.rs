//! One quote as several outlets carry it: variants grouped when their words
//! overlap, with who each outlet says spoke and the words that changed.

use super::Place;
use super::text::{containment, words};

/// A quote as one article gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    pub place: Place,
    pub text: String,
    /// The speaker's canonical name.
    pub speaker: Option<String>,
    /// A role given instead of a name (`a Kremlin spokesman`).
    pub role: Option<String>,
    /// The speech verb as written (`said`, `told`).
    pub cue: Option<String>,
    /// Its words the group's first variant does not have …
    pub added: Vec<String>,
    /// … and the first variant's words it does not have. Neither when one
    /// is a run of the other's words: a quote cut short is not reworded.
    pub missing: Vec<String>,
}

/// The same quote in one or more articles.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteGroup {
    /// In article order (the story's), then place.
    pub variants: Vec<Variant>,
}

impl QuoteGroup {
    /// The articles carrying it, each once.
    pub fn articles(&self) -> Vec<u32> {
        let mut a: Vec<u32> = self.variants.iter().map(|v| v.place.article).collect();
        a.dedup();
        a
    }

    /// Outlets give the words to different people (a quote one outlet
    /// leaves unattributed or gives to a role does not count: `a spokesman`
    /// and `a spokesman for the club` may be one person).
    pub fn speakers_differ(&self) -> bool {
        let mut named: Vec<&str> = self
            .variants
            .iter()
            .filter_map(|v| v.speaker.as_deref())
            .collect();
        named.sort_unstable();
        named.dedup();
        named.len() > 1
    }

    pub fn wording_differs(&self) -> bool {
        let first = words(&self.variants[0].text);
        self.variants.iter().any(|v| words(&v.text) != first)
    }
}

/// Quotes shorter than this many words group only when their words are
/// the same, or (two words or more) run on in the other, longer quote:
/// `"No"` and `"butcher"` are said by many about many things, but one
/// outlet's "low point" inside another's "relations are at a low point" is
/// one statement quoted in part.
const SHORT: usize = 4;
/// Longer variants share at least this share of the shorter one's words.
const MIN_OVERLAP: f32 = 0.7;

/// Groups the quotes of a story's articles (given in the story's order).
pub(super) fn group(quotes: Vec<Variant>) -> Vec<QuoteGroup> {
    let tokens: Vec<Vec<String>> = quotes.iter().map(|q| words(&q.text)).collect();
    let mut group_of: Vec<usize> = (0..quotes.len()).collect();
    for i in 0..quotes.len() {
        for j in 0..i {
            if group_of[j] == j && same_quote(&tokens[i], &tokens[j]) {
                group_of[i] = j;
                break;
            }
        }
    }
    let mut groups: Vec<QuoteGroup> = Vec::new();
    let mut index_of = vec![usize::MAX; quotes.len()];
    for (i, mut q) in quotes.into_iter().enumerate() {
        let root = group_of[i];
        if root == i {
            index_of[i] = groups.len();
            groups.push(QuoteGroup { variants: vec![q] });
        } else {
            mark_changes(&mut q, &tokens[i], &tokens[root]);
            groups[index_of[root]].variants.push(q);
        }
    }
    groups
}

/// Sets the words `q` (its words `tokens`) adds to its group's first
/// variant (its words `root`) and leaves out, unless one is a run of the other.
fn mark_changes(q: &mut Variant, tokens: &[String], root: &[String]) {
    let absent = |from: &[String], other: &[String]| -> Vec<String> {
        from.iter().filter(|w| !other.contains(w)).cloned().collect()
    };
    (q.added, q.missing) = if is_run(tokens, root) || is_run(root, tokens) {
        Default::default()
    } else {
        (absent(tokens, root), absent(root, tokens))
    };
}

/// Quotes in articles of different stories (or of none) are one quote only
/// from this many words: a shorter one (`"We are disappointed"`) is said
/// by many about many things.
const ACROSS_STORIES: usize = 6;

/// Joins the groups of stories compared apart (each story's groups, the
/// stories one after another) that are one quote: both at least
/// `ACROSS_STORIES` words, overlapping as a story's versions must. A group
/// joins the first earlier one it matches; its variants' changed words are
/// then against that group's first variant. Candidates come from the
/// words each quote shares with few others, enough of them that one must
/// be in any quote that holds 70% of its words, so not every pair is tried.
pub fn join_across(groups: Vec<QuoteGroup>) -> Vec<QuoteGroup> {
    let tokens: Vec<Vec<String>> = (groups.iter()).map(|g| words(&g.variants[0].text)).collect();
    let long: Vec<bool> = tokens.iter().map(|t| t.len() >= ACROSS_STORIES).collect();
    let mut postings: std::collections::HashMap<&str, Vec<usize>> = Default::default();
    for (i, t) in tokens.iter().enumerate().filter(|(i, _)| long[*i]) {
        for w in distinct(t) {
            postings.entry(w).or_default().push(i);
        }
    }
    // Each quote asks with its rarest words, one more than 30% of them may
    // miss; a pair found from either side is tried by the later one.
    let mut earlier: Vec<Vec<usize>> = vec![Vec::new(); groups.len()];
    for (i, t) in tokens.iter().enumerate().filter(|(i, _)| long[*i]) {
        let mut rare = distinct(t);
        rare.sort_by_key(|w| (postings[w].len(), *w));
        rare.truncate(rare.len() * 3 / 10 + 1);
        for &j in rare.iter().flat_map(|w| &postings[w]) {
            if j != i {
                earlier[i.max(j)].push(i.min(j));
            }
        }
    }
    let mut into: Vec<usize> = (0..groups.len()).collect();
    for i in 0..groups.len() {
        earlier[i].sort_unstable();
        earlier[i].dedup();
        if let Some(&j) = (earlier[i].iter()).find(|&&j| into[j] == j && same_quote(&tokens[i], &tokens[j])) {
            into[i] = j;
        }
    }
    let mut joined: Vec<Option<QuoteGroup>> = groups.into_iter().map(Some).collect();
    for i in 0..joined.len() {
        let j = into[i];
        if j == i {
            continue;
        }
        let mut variants = joined[i].take().map(|g| g.variants).unwrap_or_default();
        for v in &mut variants {
            mark_changes(v, &words(&v.text), &tokens[j]);
        }
        joined[j]
            .as_mut()
            .expect("a root stays")
            .variants
            .extend(variants);
    }
    joined.into_iter().flatten().collect()
}

fn same_quote(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < SHORT {
        return !short.is_empty() && (short == long || (short.len() > 1 && is_run(short, long)));
    }
    containment(a, b) >= MIN_OVERLAP
}

fn distinct(words: &[String]) -> Vec<&str> {
    let mut d: Vec<&str> = words.iter().map(String::as_str).collect();
    d.sort_unstable();
    d.dedup();
    d
}

/// Whether `part` is `whole` or a run of its words.
fn is_run(part: &[String], whole: &[String]) -> bool {
    !part.is_empty() && whole.windows(part.len()).any(|w| w == part)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        words(s)
    }

    fn group_of(article: u32, texts: &[&str]) -> Vec<QuoteGroup> {
        let variant = |text: &&str| Variant {
            place: Place {
                article,
                paragraph: 0,
                start: 0,
                end: 0,
            },
            text: (*text).to_owned(),
            speaker: None,
            role: None,
            cue: None,
            added: Vec::new(),
            missing: Vec::new(),
        };
        group(texts.iter().map(variant).collect())
    }

    /// An article outside the story carrying one of its quotes reworded
    /// joins that quote's group; a short quote both happen to have does not.
    #[test]
    fn a_long_quote_outside_the_story_joins_its_group() {
        let mut groups = group_of(0, &["We will rebuild the harbour wall before winter comes", "No"]);
        groups.extend(group_of(
            5,
            &["No", "We plan to rebuild the harbour wall before winter comes"],
        ));
        let joined = join_across(groups);
        let articles: Vec<Vec<u32>> = joined.iter().map(QuoteGroup::articles).collect();
        assert_eq!(articles, [vec![0, 5], vec![0], vec![5]]);
        let outside = &joined[0].variants[1];
        assert_eq!(outside.added, ["plan", "to"]);
        assert_eq!(outside.missing, ["will"]);
    }

    #[test]
    fn a_short_quote_groups_when_equal_or_a_run_of_the_longer_one() {
        let long = w("I expressed the view that relations are at a low point.");
        assert!(same_quote(&w("low point"), &long));
        assert!(same_quote(&long, &w("low point")));
        assert!(!same_quote(&w("point low"), &long), "the words in that order");
        assert!(
            !same_quote(&w("No"), &w("No, it can't be said so")),
            "one word only when equal"
        );
        assert!(same_quote(&w("No"), &w("no")));
        assert!(!same_quote(
            &w("certainly possible"),
            &w("but certainly they could have")
        ));
    }
}
