//! What gives a story away when its sentences were reworded: the entities,
//! numbers and rare words two versions share. Built from the corpus's
//! indexes (the body-word index and the entities), so no body is read again:
//! at 100,000 articles re-reading them would cost seconds.

use crate::analysis::hash::FxHasher;
use crate::search::Corpus;
use std::hash::Hasher;

/// A word or entity one article shares with at least one other, hashed from
/// its text (not an index, so the hash does not depend on load order), with
/// its weight: rarer anchors say more.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Anchor {
    pub hash: u64,
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

/// Per article, its anchors sorted by hash, without duplicates.
pub(super) fn anchor_sets(corpus: &Corpus) -> Vec<Vec<Anchor>> {
    let n = corpus.len();
    let cap = (n / MAX_SHARE).max(MIN_CAP);
    let mut sets: Vec<Vec<Anchor>> = vec![Vec::new(); n];
    let mut add = |text: &str, salt: u8, articles: &[u32]| {
        let entity = salt > 0;
        let df = articles.len();
        if df < 2 || df > cap {
            return;
        }
        let anchor = Anchor {
            hash: hash_text(text, salt),
            weight: (n as f32 / df as f32).ln().max(0.1),
            entity,
        };
        for &a in articles {
            sets[a as usize].push(anchor);
        }
    };
    let (words, postings) = corpus.words().parts();
    for (word, articles) in words.iter().zip(postings) {
        if word.chars().any(|c| c.is_ascii_digit()) || word.chars().count() >= MIN_WORD_CHARS {
            add(word, 0, articles);
        }
    }
    for e in corpus.entities().entities() {
        add(&e.name, 1 + e.kind as u8, &e.articles);
    }
    for set in &mut sets {
        set.sort_unstable_by_key(|a| a.hash);
        set.dedup_by_key(|a| a.hash);
    }
    sets
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
    /// Shared entities over the fewer entities of the two.
    pub entity_share: f32,
}

/// Compares two sorted anchor sets.
pub(super) fn shared(a: &[Anchor], b: &[Anchor]) -> Shared {
    let (mut i, mut j, mut shared, mut entities) = (0, 0, 0.0, 0);
    while i < a.len() && j < b.len() {
        match a[i].hash.cmp(&b[j].hash) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += a[i].weight;
                entities += usize::from(a[i].entity);
                i += 1;
                j += 1;
            }
        }
    }
    let total = |s: &[Anchor]| s.iter().map(|x| x.weight).sum::<f32>();
    let lighter = total(a).min(total(b));
    let score = if lighter > 0.0 { shared / lighter } else { 0.0 };
    let count = |s: &[Anchor]| s.iter().filter(|x| x.entity).count();
    let fewer = count(a).min(count(b)).max(1);
    Shared {
        score,
        entities,
        entity_share: entities as f32 / fewer as f32,
    }
}
