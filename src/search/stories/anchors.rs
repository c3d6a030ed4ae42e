//! What gives a story away when its sentences were reworded: the entities,
//! numbers and rare words two versions share. Built from the corpus's
//! indexes (the body-word index and the entities), so no body is read again:
//! at 100,000 articles re-reading them would cost seconds.

use super::common::{FREQUENT_SHARE, PRIOR_ARTICLES, prior_share};
use crate::analysis::hash::FxHasher;
use crate::search::Corpus;
use crate::store::WEEKDAYS;
use std::hash::Hasher;

/// A word or entity some articles share.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Anchor {
    /// From its text, not an index, so signatures do not depend on the
    /// order articles loaded in.
    pub hash: u64,
    /// Rarer anchors say more: ln(articles / articles having it), counted
    /// with the imagined articles of the prior (`common`).
    pub weight: f32,
    /// A corpus entity rather than a word.
    pub entity: bool,
    /// The articles having it.
    pub articles: u32,
}

/// An anchor in at most this many articles is rare: a name or a word the
/// event brought (a website, a gun's make), not one of the topic's.
pub(super) const RARE_ARTICLES: u32 = 3;
/// Rarity is known only from a folder where a word of the prior's
/// `[frequent]` level would be in more articles than that: in a folder of
/// twenty, every name is in at most three.
const RARE_KNOWN_FROM: f32 = RARE_ARTICLES as f32 / FREQUENT_SHARE;

/// An anchor is in at most this share of the articles (a word in one
/// article of 50 names no event) …
const MAX_SHARE: usize = 50;
/// … or in at most this many, for small folders, where every word is in a
/// large share of them.
const MIN_CAP: usize = 12;
/// Words shorter than this are anchors only if they hold a digit: short
/// words are function words, and names come in as entities.
const MIN_WORD_CHARS: usize = 5;

/// Per article, a sorted list of ids, end to end: 100,000 separate lists
/// cost more to allocate than to fill.
struct Lists {
    starts: Vec<u32>,
    ids: Vec<u32>,
}

impl Lists {
    /// From lists of articles, one per id, keeping the articles `wanted`
    /// says. Count, then fill: ids are visited in order, so each article's
    /// list comes out ascending.
    fn invert<'a>(n: usize, lists: impl Iterator<Item = &'a [u32]> + Clone, wanted: &[bool]) -> Lists {
        let mut starts = vec![0u32; n + 1];
        for articles in lists.clone() {
            for &a in articles.iter().filter(|&&a| wanted[a as usize]) {
                starts[a as usize + 1] += 1;
            }
        }
        for i in 1..=n {
            starts[i] += starts[i - 1];
        }
        let mut next = starts.clone();
        let mut ids = vec![0u32; starts[n] as usize];
        for (id, articles) in lists.enumerate() {
            for &a in articles.iter().filter(|&&a| wanted[a as usize]) {
                ids[next[a as usize] as usize] = id as u32;
                next[a as usize] += 1;
            }
        }
        Lists { starts, ids }
    }

    fn of(&self, article: u32) -> &[u32] {
        let a = article as usize;
        &self.ids[self.starts[a] as usize..self.starts[a + 1] as usize]
    }
}

/// The ids two ascending lists share, and how many each has alone.
fn overlap(x: &[u32], y: &[u32], mut on_shared: impl FnMut(u32)) -> (usize, usize, usize) {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                on_shared(x[i]);
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    (shared, x.len() - shared, y.len() - shared)
}

/// Every article's anchors, and what dates an event in an undated text: its
/// numbers (words with a digit, however common) and the weekdays it names.
pub(super) struct AnchorSets {
    pub anchors: Vec<Anchor>,
    of: Lists,
    numbers: Lists,
    /// Per article, a bit per weekday it names.
    weekdays: Vec<u8>,
    /// Per article, its anchors' weight and its entity anchors: summed
    /// once, not at every check of a pair.
    totals: Vec<(f32, u32)>,
    /// Whether the folder is large enough to tell a rare anchor
    /// (`RARE_KNOWN_FROM`).
    pub rare_known: bool,
}

impl AnchorSets {
    /// The anchors of the articles `wanted` says (the others get none),
    /// each article's ascending.
    pub fn build(corpus: &Corpus, wanted: &[bool]) -> AnchorSets {
        let n = corpus.len();
        let pooled = n as f32 + PRIOR_ARTICLES;
        let cap = (n / MAX_SHARE).max(MIN_CAP);
        // ln(articles / articles having it), both with the imagined ones.
        let anchor = |text: &str, salt: u8, df: usize, prior: f32| {
            let having = df as f32 + PRIOR_ARTICLES * prior;
            (1..=cap).contains(&df).then(|| Anchor {
                hash: hash_text(text, salt),
                weight: (pooled / having).ln().max(0.1),
                entity: salt > 0,
                articles: df as u32,
            })
        };
        let (words, postings) = corpus.words().parts();
        let has_digit = |w: &str| w.bytes().any(|b| b.is_ascii_digit());
        let word_anchors = (words.iter().zip(postings))
            .filter(|(w, _)| has_digit(w) || w.chars().count() >= MIN_WORD_CHARS)
            .filter_map(|(w, articles)| {
                let anchor = anchor(w, 0, articles.len(), prior_share(w))?;
                Some((anchor, articles.as_slice()))
            });
        let entities = corpus.entities().entities().iter();
        let entity_anchors = entities.filter_map(|e| {
            let anchor = anchor(&e.name, 1 + e.kind as u8, e.articles.len(), 0.0)?;
            Some((anchor, e.articles.as_slice()))
        });
        // An anchor of one article is shared with none, but its weight counts
        // in that article's: leaving it out, two articles of a folder of two
        // would be all shared anchors, whatever they tell. (Entities stay
        // counted among those others name too, as `entity_share` was set on.)
        let mut alone = vec![0.0f32; n];
        let mut lists: Vec<(Anchor, &[u32])> = Vec::new();
        for (anchor, articles) in word_anchors.chain(entity_anchors) {
            match articles {
                [a] => alone[*a as usize] += anchor.weight,
                _ => lists.push((anchor, articles)),
            }
        }
        let of = Lists::invert(n, lists.iter().map(|(_, articles)| *articles), wanted);
        let number_lists = (words.iter().zip(postings))
            .filter(|(w, _)| has_digit(w))
            .map(|(_, articles)| articles.as_slice());
        let numbers = Lists::invert(n, number_lists, wanted);
        let mut weekdays = vec![0u8; n];
        for (w, articles) in words.iter().zip(postings) {
            if let Some(day) = WEEKDAYS.iter().position(|d| **d == **w) {
                for &a in articles {
                    weekdays[a as usize] |= 1 << day;
                }
            }
        }
        let anchors: Vec<Anchor> = lists.into_iter().map(|(anchor, _)| anchor).collect();
        let totals = (0..n as u32)
            .map(|a| {
                let own = of.of(a).iter().map(|&x| anchors[x as usize]);
                own.fold((alone[a as usize], 0), |(w, e), a| {
                    (w + a.weight, e + u32::from(a.entity))
                })
            })
            .collect();
        AnchorSets {
            anchors,
            of,
            numbers,
            weekdays,
            totals,
            rare_known: n as f32 >= RARE_KNOWN_FROM,
        }
    }

    /// The article's anchor ids, ascending.
    pub fn of(&self, article: u32) -> &[u32] {
        self.of.of(article)
    }

    /// Compares two articles' anchors.
    pub fn shared(&self, a: u32, b: u32) -> Shared {
        let (mut weight, mut entities) = (0.0, 0);
        overlap(self.of(a), self.of(b), |id| {
            let anchor = self.anchors[id as usize];
            weight += anchor.weight;
            entities += usize::from(anchor.entity);
        });
        let ((wa, ea), (wb, eb)) = (self.totals[a as usize], self.totals[b as usize]);
        let lighter = wa.min(wb);
        Shared {
            score: if lighter > 0.0 { weight / lighter } else { 0.0 },
            entities,
            entity_share: entities as f32 / ea.min(eb).max(1) as f32,
        }
    }

    /// Whether two articles tell of one day: every number of one is in the
    /// other (two or more shared: an update repeats the figures it had, a
    /// later event brings new ones, a score, a vote, a new day's count), and
    /// they do not both name weekdays with none in common. Asked only of
    /// the few pairs the anchors leave in doubt.
    pub fn same_day(&self, a: u32, b: u32) -> bool {
        let (shared, only_a, only_b) = overlap(self.numbers.of(a), self.numbers.of(b), |_| {});
        let (da, db) = (self.weekdays[a as usize], self.weekdays[b as usize]);
        shared >= MIN_NUMBERS && only_a.min(only_b) == 0 && !(da != 0 && db != 0 && da & db == 0)
    }
}

/// Numbers one version must repeat of the other: one alone (a year) says little.
const MIN_NUMBERS: usize = 2;

fn hash_text(text: &str, salt: u8) -> u64 {
    let mut h = FxHasher::default();
    h.write_u8(salt);
    h.write(text.as_bytes());
    h.finish()
}

/// What two articles' anchors have in common.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Shared {
    /// The weight shared over the lighter set's weight: 1 when one
    /// version's anchors are all in the other (a shortened copy).
    pub score: f32,
    pub entities: usize,
    /// Shared entities over the entities of the version naming fewer.
    pub entity_share: f32,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Article;

    fn article(id: &str, text: &str) -> Article {
        Article {
            id: id.to_string(),
            path: None,
            title: String::new(),
            date: None,
            author: None,
            url: None,
            paragraphs: vec![text.to_string()],
            lossy: false,
        }
    }

    /// An update repeats the report's figures and day; the march days later
    /// brings a figure of its own and another weekday.
    #[test]
    fn an_update_repeats_the_figures_and_a_follow_up_brings_new_ones() {
        let corpus = Corpus::from_articles(vec![
            article(
                "vote",
                "On Tuesday the council voted 31 to 12 to close the library.",
            ),
            article(
                "update",
                "The council voted 31 to 12 on Tuesday to close the library, and 400 people protested.",
            ),
            article(
                "march",
                "On Saturday 2000 people marched against the library the council voted to close.",
            ),
            article("other", "Nothing counted here, on Tuesday."),
            article(
                "march-again",
                "On Saturday people marched against the 31 to 12 vote to close the library.",
            ),
        ]);
        let sets = AnchorSets::build(&corpus, &[true; 5]);
        assert!(sets.same_day(0, 1), "the update");
        assert!(!sets.same_day(0, 2), "the march: a new figure, another weekday");
        assert!(!sets.same_day(0, 4), "every figure repeated, but another weekday");
        assert!(!sets.same_day(2, 3), "no number shared");
    }
}
