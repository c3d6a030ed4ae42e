//! What gives a story away when its sentences were reworded: the entities,
//! numbers and rare words two versions share. Built from the corpus's
//! indexes (the body-word index and the entities), so no body is read again:
//! at 100,000 articles re-reading them would cost seconds.

use crate::analysis::hash::FxHasher;
use crate::search::Corpus;
use std::hash::Hasher;

/// A word or entity some articles share.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Anchor {
    /// From its text, not an index, so signatures do not depend on the
    /// order articles loaded in.
    pub hash: u64,
    /// Rarer anchors say more: ln(articles / articles having it).
    pub weight: f32,
    /// A corpus entity rather than a word.
    pub entity: bool,
}

/// An anchor is in at most this share of the articles (a word in one
/// article of 50 names no event) …
const MAX_SHARE: usize = 50;
/// … or in at most this many, for small folders, where every word is in a
/// large share of them.
const MIN_CAP: usize = 12;
/// Words shorter than this are anchors only if they hold a digit: short
/// words are function words, and names come in as entities.
const MIN_WORD_CHARS: usize = 5;

/// Every article's anchors, end to end: 100,000 separate lists cost more to
/// allocate than to fill.
pub(super) struct AnchorSets {
    pub anchors: Vec<Anchor>,
    starts: Vec<u32>,
    ids: Vec<u32>,
    /// Per article, its anchors' weight and its entity anchors: summed
    /// once, not at every check of a pair.
    totals: Vec<(f32, u32)>,
}

impl AnchorSets {
    /// The anchors of the articles `wanted` says (the others get none),
    /// each article's ascending.
    pub fn build(corpus: &Corpus, wanted: &[bool]) -> AnchorSets {
        let n = corpus.len();
        let cap = (n / MAX_SHARE).max(MIN_CAP);
        let anchor = |text: &str, salt: u8, df: usize| {
            (2..=cap).contains(&df).then(|| Anchor {
                hash: hash_text(text, salt),
                weight: (n as f32 / df as f32).ln().max(0.1),
                entity: salt > 0,
            })
        };
        let (words, postings) = corpus.words().parts();
        let word_anchors = (words.iter().zip(postings))
            .filter(|(w, _)| w.chars().any(|c| c.is_ascii_digit()) || w.chars().count() >= MIN_WORD_CHARS)
            .filter_map(|(w, articles)| Some((anchor(w, 0, articles.len())?, articles.as_slice())));
        let entities = corpus.entities().entities().iter();
        let entity_anchors = entities.filter_map(|e| {
            Some((
                anchor(&e.name, 1 + e.kind as u8, e.articles.len())?,
                e.articles.as_slice(),
            ))
        });
        let lists: Vec<(Anchor, &[u32])> = word_anchors.chain(entity_anchors).collect();
        // Count, then fill: anchors are visited in id order, so each
        // article's list comes out ascending.
        let mut starts = vec![0u32; n + 1];
        for (_, articles) in &lists {
            for &a in articles.iter().filter(|&&a| wanted[a as usize]) {
                starts[a as usize + 1] += 1;
            }
        }
        for i in 1..=n {
            starts[i] += starts[i - 1];
        }
        let mut next = starts.clone();
        let mut ids = vec![0u32; starts[n] as usize];
        for (id, (_, articles)) in lists.iter().enumerate() {
            for &a in articles.iter().filter(|&&a| wanted[a as usize]) {
                ids[next[a as usize] as usize] = id as u32;
                next[a as usize] += 1;
            }
        }
        let anchors: Vec<Anchor> = lists.into_iter().map(|(anchor, _)| anchor).collect();
        let totals = (starts.windows(2))
            .map(|w| {
                let own = ids[w[0] as usize..w[1] as usize]
                    .iter()
                    .map(|&x| anchors[x as usize]);
                own.fold((0.0, 0), |(w, e), a| (w + a.weight, e + u32::from(a.entity)))
            })
            .collect();
        AnchorSets {
            anchors,
            starts,
            ids,
            totals,
        }
    }

    /// The article's anchor ids, ascending.
    pub fn of(&self, article: u32) -> &[u32] {
        let a = article as usize;
        &self.ids[self.starts[a] as usize..self.starts[a + 1] as usize]
    }

    /// Compares two articles' anchors.
    pub fn shared(&self, a: u32, b: u32) -> Shared {
        let (mut i, mut j, mut weight, mut entities) = (0, 0, 0.0, 0);
        let (x, y) = (self.of(a), self.of(b));
        while i < x.len() && j < y.len() {
            match x[i].cmp(&y[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let anchor = self.anchors[x[i] as usize];
                    weight += anchor.weight;
                    entities += usize::from(anchor.entity);
                    i += 1;
                    j += 1;
                }
            }
        }
        let ((wa, ea), (wb, eb)) = (self.totals[a as usize], self.totals[b as usize]);
        let lighter = wa.min(wb);
        Shared {
            score: if lighter > 0.0 { weight / lighter } else { 0.0 },
            entities,
            entity_share: entities as f32 / ea.min(eb).max(1) as f32,
        }
    }
}

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
