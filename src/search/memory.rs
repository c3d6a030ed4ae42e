//! Heap bytes per structure of a corpus (`Corpus::memory`), for
//! `examples/bench --memory`: what a restored index holds and where the
//! allocator's slack is. Capacities, not lengths, and each allocation as
//! glibc sizes its chunk (the request plus 8, rounded up to 16, at least 32).

use super::corpus::Corpus;
use crate::analysis::hash::{FxMap, FxSet};
use std::mem::size_of;

/// Bytes and allocations of one structure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Heap {
    /// Chunk bytes of every allocation.
    pub bytes: usize,
    /// Bytes asked for but not used (capacity past the length).
    pub slack: usize,
    pub allocations: usize,
}

impl Heap {
    pub(super) fn alloc(&mut self, capacity: usize, len: usize) {
        if capacity > 0 {
            self.bytes += (capacity + 8).div_ceil(16).max(2) * 16;
            self.slack += capacity - len;
            self.allocations += 1;
        }
    }

    pub(super) fn vec<T>(&mut self, v: &[T], capacity: usize) {
        self.alloc(capacity * size_of::<T>(), std::mem::size_of_val(v));
    }

    pub(super) fn str(&mut self, s: &String) {
        self.alloc(s.capacity(), s.len());
    }

    /// A hashbrown table: a slot and a control byte per bucket.
    fn table(&mut self, capacity: usize, len: usize, slot: usize) {
        if capacity > 0 {
            let buckets = (capacity * 8 / 7).next_power_of_two();
            let all = buckets * (slot + 1) + 16;
            self.alloc(all, (len * (slot + 1)).min(all));
        }
    }

    pub(super) fn map<K, V>(&mut self, m: &FxMap<K, V>) {
        self.table(m.capacity(), m.len(), size_of::<(K, V)>());
    }

    pub(super) fn set<K>(&mut self, s: &FxSet<K>) {
        self.table(s.capacity(), s.len(), size_of::<K>());
    }
}

impl Corpus {
    /// Heap bytes of each structure, by name, the largest first.
    pub fn memory(&self) -> Vec<(&'static str, Heap)> {
        let mut parts: Vec<(&'static str, Heap)> = Vec::new();
        let mut part = |name, fill: &dyn Fn(&mut Heap)| {
            let mut h = Heap::default();
            fill(&mut h);
            parts.push((name, h));
        };
        part("articles (metadata: id, path, title, author, url)", &|h| {
            h.vec(&self.articles, self.articles.capacity());
            for a in &self.articles {
                h.str(&a.id);
                if let Some(p) = &a.path {
                    h.alloc(p.capacity(), p.as_os_str().len());
                }
                h.str(&a.title);
                a.author.iter().chain(&a.url).for_each(|s| h.str(s));
            }
        });
        part(
            "per-article figures (stored, hashes, quotes, keys, order, initials)",
            &|h| {
                h.vec(&self.stored, self.stored.capacity());
                h.vec(&self.hashes, self.hashes.capacity());
                h.vec(&self.quotes, self.quotes.capacity());
                h.vec(&self.keys, self.keys.capacity());
                h.vec(&self.order, self.order.capacity());
                h.vec(&self.initials, self.initials.capacity());
            },
        );
        part("titles end to end", &|h| {
            h.str(&self.titles);
            h.vec(&self.title_ends, self.title_ends.capacity());
        });
        part("said (each article's entity records)", &|h| self.said.heap(h));
        part("globals (each article's entity ids)", &|h| self.globals.heap(h));
        part("name keys (KeyStats: forms, article lists)", &|h| {
            let keys = self.entities.keys();
            h.vec(keys, self.entities.capacities().0);
            for k in keys {
                h.str(&k.key);
                h.vec(&k.forms, k.forms.capacity());
                k.forms.iter().for_each(|f| h.str(&f.text));
                h.vec(&k.articles, k.articles.capacity());
                h.vec(&k.quoted_in, k.quoted_in.capacity());
            }
        });
        part("entities (CorpusEntity: aliases, article lists)", &|h| {
            let entities = self.entities.entities();
            h.vec(entities, self.entities.capacities().1);
            for e in entities {
                h.str(&e.name);
                h.vec(&e.aliases, e.aliases.capacity());
                e.aliases.iter().for_each(|a| h.str(a));
                h.vec(&e.articles, e.articles.capacity());
            }
        });
        part("entity lookups (by key, by alias, key → entity)", &|h| {
            let (by_key, by_alias, of_key) = self.entities.lookups();
            for m in [by_key, by_alias] {
                h.map(m);
                m.keys().for_each(|k| h.str(k));
            }
            h.vec(of_key, of_key.capacity());
        });
        part("per entity (quote counts, speaker articles)", &|h| {
            h.vec(&self.quote_counts, self.quote_counts.capacity());
            h.vec(&self.speaker_articles, self.speaker_articles.capacity());
            self.speaker_articles.iter().for_each(|l| h.vec(l, l.capacity()));
        });
        part("body words (vocabulary, postings)", &|h| self.words.heap(h));
        part("words as written", &|h| self.forms.heap(h));
        part("name index", &|h| self.names.heap(h));
        parts.sort_by_key(|p| std::cmp::Reverse(p.1.bytes));
        parts
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::seeds;

    #[test]
    fn chunks_are_sized_as_glibc_does_and_slack_is_capacity_past_length() {
        let mut h = Heap::default();
        h.alloc(1, 1);
        h.alloc(100, 60);
        h.alloc(0, 0);
        assert_eq!(
            h,
            Heap {
                bytes: 32 + 112,
                slack: 40,
                allocations: 2
            }
        );
    }

    #[test]
    fn every_structure_is_counted_and_globals_are_shrunk() {
        let corpus = Corpus::from_articles(seeds());
        let parts = corpus.memory();
        assert_eq!(parts.len(), 12);
        let all: usize = parts.iter().map(|p| p.1.bytes).sum();
        assert!(all > 0);
        let globals = parts.iter().find(|p| p.0.starts_with("globals")).unwrap();
        assert_eq!(globals.1.slack, 0, "globals are shrunk once built");
    }
}
