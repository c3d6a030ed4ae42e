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
    /// … and the first variant's words it does not have.
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
/// the same: `"No"` and `"butcher"` are said by many about many things.
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
            let absent = |from: &[String], other: &[String]| -> Vec<String> {
                from.iter().filter(|w| !other.contains(w)).cloned().collect()
            };
            q.added = absent(&tokens[i], &tokens[root]);
            q.missing = absent(&tokens[root], &tokens[i]);
            groups[index_of[root]].variants.push(q);
        }
    }
    groups
}

fn same_quote(a: &[String], b: &[String]) -> bool {
    if a.len().min(b.len()) < SHORT {
        return !a.is_empty() && a == b;
    }
    containment(a, b) >= MIN_OVERLAP
}
