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
            let absent = |from: &[String], other: &[String]| -> Vec<String> {
                from.iter().filter(|w| !other.contains(w)).cloned().collect()
            };
            if !is_run(&tokens[i], &tokens[root]) && !is_run(&tokens[root], &tokens[i]) {
                q.added = absent(&tokens[i], &tokens[root]);
                q.missing = absent(&tokens[root], &tokens[i]);
            }
            groups[index_of[root]].variants.push(q);
        }
    }
    groups
}

fn same_quote(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < SHORT {
        return !short.is_empty() && (short == long || (short.len() > 1 && is_run(short, long)));
    }
    containment(a, b) >= MIN_OVERLAP
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
