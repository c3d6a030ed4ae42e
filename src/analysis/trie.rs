//! The gazetteer's trie over token texts. A step is one probe of a packed
//! table keyed by (the word's packed bytes, its length and the node): no
//! string hash or compare per capitalised word, most of which start no
//! name. Words over 16 bytes, rare, go to a map.

use super::hash::FxMap;
use super::packed::{Heads, PackedKey, Table};

#[derive(Clone, Debug)]
pub(super) struct Trie {
    /// What each node's path names (node 0 is the root).
    entries: Vec<Option<u32>>,
    /// Each edge's child, by (word, node).
    edges: Table<u32>,
    /// Words over 16 bytes: (node, child) pairs by word.
    long: FxMap<Box<[u8]>, Vec<(u32, u32)>>,
    /// The words of the root's edges: most capitalised words start no name,
    /// and this turns most of them away before a probe.
    starts: Heads,
}

/// The key of the edge for `word` (1 to 16 bytes) from `node`: the tag
/// holds both, and is never 0.
#[inline]
fn edge_key(node: u32, word: &[u8]) -> PackedKey {
    PackedKey::new(word, node << 5 | word.len() as u32)
}

impl Default for Trie {
    fn default() -> Trie {
        TrieBuilder::default().finish()
    }
}

impl Trie {
    pub(super) const ROOT: u32 = 0;

    /// The node reached from `node` by the token `word`.
    #[inline]
    pub(super) fn child(&self, node: u32, word: &[u8]) -> Option<u32> {
        let n = word.len();
        if n == 0 || n > 16 {
            let pairs = self.long.get(word)?;
            return pairs.iter().find(|&&(from, _)| from == node).map(|&(_, to)| to);
        }
        self.edges.get(edge_key(node, word))
    }

    /// False when no name starts with `word`; true when one may.
    #[inline]
    pub(super) fn may_start(&self, word: &[u8]) -> bool {
        self.starts.may_hold(word)
    }

    /// The entry a node's path names.
    #[inline]
    pub(super) fn entry(&self, node: u32) -> Option<u32> {
        self.entries[node as usize]
    }
}

/// Builds a `Trie`: names are inserted into a map, then packed into the table.
#[derive(Default)]
pub(super) struct TrieBuilder {
    entries: Vec<Option<u32>>,
    edges: FxMap<(u32, Box<[u8]>), u32>,
}

impl TrieBuilder {
    /// Adds a name, as its tokens' texts, naming `entry` (a later one wins).
    pub(super) fn insert<'w>(&mut self, words: impl IntoIterator<Item = &'w [u8]>, entry: u32) {
        if self.entries.is_empty() {
            self.entries.push(None);
        }
        let mut node = Trie::ROOT;
        for w in words {
            let next = self.entries.len() as u32;
            node = *self.edges.entry((node, w.into())).or_insert(next);
            if node == next {
                self.entries.push(None);
            }
        }
        self.entries[node as usize] = Some(entry);
    }

    pub(super) fn finish(mut self) -> Trie {
        if self.entries.is_empty() {
            self.entries.push(None);
        }
        let mut trie = Trie {
            entries: self.entries,
            edges: Table::with_slots(Vec::new(), self.edges.len()),
            long: FxMap::default(),
            starts: Heads::default(),
        };
        for ((node, word), child) in self.edges {
            if node == Trie::ROOT {
                trie.starts.insert(&word);
            }
            if word.is_empty() || word.len() > 16 {
                trie.long.entry(word).or_default().push((node, child));
                continue;
            }
            let key = edge_key(node, &word);
            if let Err(at) = trie.edges.find(key, |_| true) {
                trie.edges.insert(at, key, child);
            }
        }
        trie
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word finds its own edge and no other, short or long, whatever
    /// bytes it holds (a zero byte packs like padding: the length tells).
    #[test]
    fn each_word_leads_to_its_own_node() {
        let names: [&[&[u8]]; 5] = [
            &[b"New", b"York"],
            &[b"New", b"Zealand"],
            &[b"Telecommunications-Authority", b"Ltd"],
            &[b"a\0", b"b"],
            &[b"a", b"b"],
        ];
        let mut b = TrieBuilder::default();
        for (id, name) in names.iter().enumerate() {
            b.insert(name.iter().copied(), id as u32);
        }
        let trie = b.finish();
        let walk = |words: &[&[u8]]| {
            let mut node = Trie::ROOT;
            for w in words {
                node = trie.child(node, w)?;
            }
            trie.entry(node)
        };
        for (id, name) in names.iter().enumerate() {
            assert_eq!(walk(name), Some(id as u32), "{name:?}");
        }
        assert_eq!(walk(&[b"New"]), None);
        // The first words start names; `York` and `Ltd` start none.
        assert!(names.iter().all(|n| trie.may_start(n[0])));
        assert!(!trie.may_start(b"York") && !trie.may_start(b"Ltd"));
        assert_eq!(walk(&[b"York"]), None);
        assert_eq!(walk(&[b"a\0\0", b"b"]), None);
        assert_eq!(walk(&[b"Ltd"]), None);
        assert_eq!(walk(&[b"Telecommunications-Authorit", b"Ltd"]), None);
        assert_eq!(Trie::default().child(Trie::ROOT, b"New"), None);
    }
}
