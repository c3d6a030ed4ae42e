//! Words as integers: a word's first 16 bytes packed in two `u64`s, with a
//! tag beside them (its length; for the trie, the node too), so a table
//! keyed by them hashes and compares integers and calls no string compare.
//! One key, one hash and one probe loop for every such table: the lexicon,
//! the gazetteer's trie and resolution's word maps.

/// The word's first eight bytes packed in a `u64` (the whole word when
/// short), from at most three loads (overlapping ones for 4..8 bytes).
#[inline]
pub(super) fn pack(b: &[u8]) -> u64 {
    let n = b.len();
    if let Some(head) = b.first_chunk::<8>() {
        return u64::from_le_bytes(*head);
    }
    if n >= 4 {
        let lo = u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
        let hi = u64::from(u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]));
        return lo | hi << ((n - 4) * 8);
    }
    if n == 0 {
        return 0;
    }
    u64::from(b[0]) | u64::from(b[n / 2]) << (n / 2 * 8) | u64::from(b[n - 1]) << ((n - 1) * 8)
}

/// The hash of a packed key: `lo` and `hi` a word's bytes, `tag` what else
/// tells keys apart. Take the high bits (the multiply mixes upwards).
#[inline]
pub(super) fn mix(lo: u64, hi: u64, tag: u32) -> u64 {
    (lo ^ hi.rotate_left(29) ^ u64::from(tag) << 40).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// A word's key: its first 16 bytes packed (zero padding) and a tag, never
/// 0 (0 marks an empty slot). The tag holds the word's length, so a word of
/// up to 16 bytes is its key even with zero bytes in it; longer words share
/// their key with others of the same head and length.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct PackedKey {
    lo: u64,
    hi: u64,
    tag: u32,
}

impl PackedKey {
    /// The key of `word`, whose length is in `tag` (with, for the trie, the
    /// node the word leaves from).
    #[inline]
    pub(super) fn new(word: &[u8], tag: u32) -> PackedKey {
        let (lo, hi) = match word.split_at_checked(8) {
            Some((head, tail)) => (pack(head), pack(tail)),
            None => (pack(word), 0),
        };
        PackedKey { lo, hi, tag }
    }
}

/// One slot: a key and its value (an empty slot has tag 0). Flat, so a
/// `u32` value fits the key's padding.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Slot<V> {
    lo: u64,
    hi: u64,
    tag: u32,
    value: V,
}

/// Open addressing with linear probing over packed keys: a power of two
/// long and at most half full, so a miss is one probe or two. The slots
/// can be taken out and handed back (`into_slots`, `with_slots`) to keep
/// the allocation from one article to the next.
#[derive(Clone, Debug)]
pub(super) struct Table<V> {
    slots: Vec<Slot<V>>,
    shift: u32,
    len: usize,
}

impl<V: Copy + Default> Default for Table<V> {
    fn default() -> Table<V> {
        Table::with_slots(Vec::new(), 0)
    }
}

impl<V: Copy + Default> Table<V> {
    /// An empty table with room for `n` keys, on `slots`' allocation.
    pub(super) fn with_slots(slots: Vec<Slot<V>>, n: usize) -> Table<V> {
        let mut t = Table {
            slots,
            shift: 0,
            len: 0,
        };
        t.reset((2 * n).next_power_of_two().max(8));
        t
    }

    /// The slots, for the next table.
    pub(super) fn into_slots(self) -> Vec<Slot<V>> {
        self.slots
    }

    fn reset(&mut self, size: usize) {
        self.slots.clear();
        self.slots.resize(size, Slot::default());
        self.shift = 64 - size.trailing_zeros();
        self.len = 0;
    }

    /// `Ok` with the value of `key` (the first whose `same` holds, which
    /// tells apart long words sharing a key), or `Err` with the empty slot
    /// where `insert` puts it.
    #[inline]
    pub(super) fn find(&self, key: PackedKey, same: impl Fn(&V) -> bool) -> Result<V, usize> {
        // Masked, though the shift keeps it in range, so that no bounds check is needed.
        let mask = self.slots.len() - 1;
        let slots = &self.slots[..=mask];
        let mut i = (mix(key.lo, key.hi, key.tag) >> self.shift) as usize & mask;
        loop {
            let s = &slots[i];
            if s.tag == key.tag && s.lo == key.lo && s.hi == key.hi && same(&s.value) {
                return Ok(s.value);
            }
            if s.tag == 0 {
                return Err(i);
            }
            i = (i + 1) & mask;
        }
    }

    /// The value of `key`, for tables whose keys are their words.
    #[inline]
    pub(super) fn get(&self, key: PackedKey) -> Option<V> {
        self.find(key, |_| true).ok()
    }

    /// Puts `key` in the empty slot `at` that `find` gave; grows the table
    /// past half full (which moves the other slots).
    #[inline]
    pub(super) fn insert(&mut self, at: usize, key: PackedKey, value: V) {
        debug_assert!(key.tag != 0 && self.slots[at].tag == 0);
        self.slots[at] = Slot {
            lo: key.lo,
            hi: key.hi,
            tag: key.tag,
            value,
        };
        self.len += 1;
        if 2 * self.len > self.slots.len() {
            self.grow();
        }
    }

    /// Doubles the table and puts each key in again: rare (tables are
    /// made with room), so out of the way of `insert`.
    #[cold]
    #[inline(never)]
    fn grow(&mut self) {
        let old = std::mem::take(&mut self.slots);
        self.reset(old.len() * 2);
        for s in old.into_iter().filter(|s| s.tag != 0) {
            let key = PackedKey {
                lo: s.lo,
                hi: s.hi,
                tag: s.tag,
            };
            // Keys are distinct: `find` goes on to the first empty slot.
            if let Err(at) = self.find(key, |_| false) {
                self.insert(at, key, s.value);
            }
        }
    }
}

/// A filter in front of a table of words: which (first, second and last
/// byte, length) its words have, the bytes mixed into one of 2,048 cells
/// of a bit per length (1 to 16 bytes). False for most words not inserted,
/// at three byte loads, where a lookup packs, hashes and probes. Words it
/// cannot tell (empty, over 16 bytes) always pass.
#[derive(Clone, Debug)]
pub(super) struct Heads([u16; 2048]);

impl Default for Heads {
    fn default() -> Heads {
        Heads([0; 2048])
    }
}

impl Heads {
    /// The cell and bit of a word of 1 to 16 bytes.
    #[inline]
    fn at(b: &[u8]) -> (usize, u16) {
        let (first, second, last) = (b[0], b[usize::from(b.len() > 1)], b[b.len() - 1]);
        let cell = (usize::from(first) << 5 ^ usize::from(second) << 3 ^ usize::from(last)) & 2047;
        (cell, 1 << (b.len() - 1))
    }

    pub(super) fn insert(&mut self, b: &[u8]) {
        if (1..=16).contains(&b.len()) {
            let (cell, bit) = Heads::at(b);
            self.0[cell] |= bit;
        }
    }

    /// False: no word inserted is `b`. True: it may be.
    #[inline]
    pub(super) fn may_hold(&self, b: &[u8]) -> bool {
        if !(1..=16).contains(&b.len()) {
            return true;
        }
        let (cell, bit) = Heads::at(b);
        self.0[cell] & bit != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pack_is_the_bytes_little_endian() {
        let w = b"abcdefghij";
        for n in 0..=w.len() {
            let slow = w[..n]
                .iter()
                .take(8)
                .rev()
                .fold(0u64, |v, &c| v << 8 | u64::from(c));
            assert_eq!(pack(&w[..n]), slow, "{n}");
        }
    }

    /// A key is its word's first 16 bytes and the tag: a zero byte is not
    /// padding (the length differs), bytes past 16 are not in it.
    #[test]
    fn a_key_is_the_head_and_the_tag() {
        let key = |w: &[u8]| PackedKey::new(w, w.len() as u32);
        assert_ne!(key(b"a\0"), key(b"a"));
        assert_ne!(key(b"Ann Lee"), key(b"Ann Lea"));
        assert_ne!(key(b"Wilhelmina Fairw"), key(b"Wilhelmina Fairx"));
        assert_eq!(
            key(b"Wilhelmina Fairweather-Smythe"),
            key(b"Wilhelmina Fairweather-Smithe")
        );
        assert_ne!(PackedKey::new(b"Lee", 1 << 5 | 3), key(b"Lee"));
    }

    /// Every key keeps its first value past growth, `same` tells apart
    /// keys shared by long words, and a table taken apart and built again
    /// on the same slots starts empty.
    #[test]
    fn each_key_finds_its_own_value() {
        let words: [&[u8]; 6] = [
            b"Ann Lee",
            b"a\0",
            b"a",
            b"Wilhelmina Fairweather-Smythe",
            b"Wilhelmina Fairweather-Smithe",
            b"Bo",
        ];
        let mut t: Table<(usize, usize)> = Table::with_slots(Vec::new(), 1);
        for (i, w) in words.iter().enumerate() {
            let key = PackedKey::new(w, w.len() as u32);
            let same = |&(j, _): &(usize, usize)| words[j] == *w;
            let at = t.find(key, same).expect_err("new");
            t.insert(at, key, (i, i * 10));
        }
        for (i, w) in words.iter().enumerate() {
            let key = PackedKey::new(w, w.len() as u32);
            assert_eq!(t.find(key, |&(j, _)| words[j] == *w), Ok((i, i * 10)), "{w:?}");
        }
        assert!(t.get(PackedKey::new(b"Lee", 3)).is_none());
        let again: Table<(usize, usize)> = Table::with_slots(t.into_slots(), 2);
        assert!(again.get(PackedKey::new(b"Ann Lee", 7)).is_none());
    }

    /// Every word put in passes, and so do words the filter cannot tell
    /// (empty, over 16 bytes); most others, short or differing in one
    /// byte or in length, do not.
    #[test]
    fn heads_pass_what_was_put_in() {
        let mut h = Heads::default();
        for w in ["Ann", "Lee", "Dover", "a", "Telecommunications"] {
            h.insert(w.as_bytes());
        }
        for w in [
            "Ann",
            "Lee",
            "Dover",
            "a",
            "",
            "Telecommunications",
            "Telecommunicationz",
        ] {
            assert!(h.may_hold(w.as_bytes()), "{w}");
        }
        for w in ["ann", "Anne", "Tom", "Fry", "Lea", "Dove", "Rover"] {
            assert!(!h.may_hold(w.as_bytes()), "{w}");
        }
    }
}
