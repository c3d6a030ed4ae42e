//! Entity names by word: lets a term find the entities whose name has a word
//! starting with it without scoring every name in the corpus.

use super::words::{ArticleWords, WordIndex};
use crate::analysis::EntityId;
use crate::analysis::hash::{FxHasher, FxSet};
use std::hash::Hasher;

#[derive(Clone, Default)]
pub struct NameIndex {
    words: WordIndex,
    /// (entity, hash of a name form) already indexed.
    seen: FxSet<(EntityId, u64)>,
}

impl NameIndex {
    /// Indexes the words of every form of the entity's name not seen before.
    pub fn add<'a>(&mut self, id: EntityId, forms: impl Iterator<Item = &'a str>) {
        for form in forms {
            let mut h = FxHasher::default();
            h.write(form.as_bytes());
            if self.seen.insert((id, h.finish())) {
                self.words
                    .add(id, &ArticleWords::new(std::iter::once(form)).lower);
            }
        }
    }

    pub fn compact(&mut self) {
        self.words.compact();
    }

    /// `compact` for an index built whole, which only grows a little after.
    pub fn shrink(&mut self) {
        self.words.compact_and_shrink();
        self.seen.shrink_to_fit();
    }

    pub(super) fn heap(&self, h: &mut super::memory::Heap) {
        self.words.heap(h);
        h.set(&self.seen);
    }

    /// Entities with a name word starting with `prefix` (lower-case), ascending.
    pub fn starting_with(&self, prefix: &str) -> Vec<EntityId> {
        let mut ids = Vec::new();
        self.words.for_prefix(prefix, |p| ids.extend_from_slice(p));
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}
