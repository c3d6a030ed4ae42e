//! The gazetteer's trie over token texts. A step is one probe of an
//! open-addressing table keyed by (node, the word's packed bytes): the
//! lexicon's key, so no string hash or compare per capitalised word, most
//! of which start no name. Words over 16 bytes, rare, go to a map.

use super::hash::FxMap;
use super::lexicon;

#[derive(Clone, Debug)]
pub(super) struct Trie {
    /// What each node's path names (node 0 is the root).
    entries: Vec<Option<u32>>,
    /// A power of two long, at most half full, so a miss is one probe or two.
    edges: Vec<Edge>,
    shift: u32,
    /// Words over 16 bytes: (node, child) pairs by word.
    long: FxMap<Box<[u8]>, Vec<(u32, u32)>>,
}

/// One edge: the word packed (`lexicon::key`) with its node and length in
/// `tag`, which is 0 in an empty slot (no word is empty).
#[derive(Clone, Copy, Debug, Default)]
struct Edge {
    lo: u64,
    hi: u64,
    tag: u32,
    child: u32,
}

/// A node and a word length, never 0 for a word of 1 to 16 bytes.
fn tag(node: u32, len: usize) -> u32 {
    node << 5 | len as u32
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
        let (lo, hi) = lexicon::key(word);
        let tag = tag(node, n);
        let mask = self.edges.len() - 1;
        let mut i = self.slot(lo, hi, tag);
        loop {
            let e = &self.edges[i];
            if e.tag == tag && e.lo == lo && e.hi == hi {
                return Some(e.child);
            }
            if e.tag == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// The entry a node's path names.
    #[inline]
    pub(super) fn entry(&self, node: u32) -> Option<u32> {
        self.entries[node as usize]
    }

    #[inline]
    fn slot(&self, lo: u64, hi: u64, tag: u32) -> usize {
        let h = (lo ^ hi.rotate_left(29) ^ u64::from(tag) << 40).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> self.shift) as usize
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
        let size = (self.edges.len() * 2).next_power_of_two().max(2);
        let mut trie = Trie {
            entries: self.entries,
            edges: vec![Edge::default(); size],
            shift: 64 - size.trailing_zeros(),
            long: FxMap::default(),
        };
        let mask = size - 1;
        for ((node, word), child) in self.edges {
            if word.len() > 16 {
                trie.long.entry(word).or_default().push((node, child));
                continue;
            }
            let (lo, hi) = lexicon::key(&word);
            let tag = tag(node, word.len());
            let mut i = trie.slot(lo, hi, tag);
            while trie.edges[i].tag != 0 {
                i = (i + 1) & mask;
            }
            trie.edges[i] = Edge { lo, hi, tag, child };
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
        assert_eq!(walk(&[b"York"]), None);
        assert_eq!(walk(&[b"a\0\0", b"b"]), None);
        assert_eq!(walk(&[b"Ltd"]), None);
        assert_eq!(walk(&[b"Telecommunications-Authorit", b"Ltd"]), None);
        assert_eq!(Trie::default().child(Trie::ROOT, b"New"), None);
    }
}
