//! A fast non-cryptographic hasher (the Fx algorithm used inside rustc) for
//! the short word keys of the hot path; SipHash costs more than the lookup.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8-byte chunk")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The zero-padded bytes, packed from overlapping loads: no copy.
            self.add(super::packed::pack(rest));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
pub type FxSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// A bit filter over words (16,384 bits, one per word): `may_hold` is
/// false for most words not inserted, at the cost of one hash and no
/// string comparison.
#[derive(Clone, Debug)]
pub struct WordFilter(Vec<u64>);

impl Default for WordFilter {
    fn default() -> WordFilter {
        WordFilter(vec![0; 256])
    }
}

impl WordFilter {
    pub fn insert(&mut self, word: &str) {
        let (i, bit) = Self::bit(word);
        self.0[i] |= bit;
    }

    pub fn may_hold(&self, word: &str) -> bool {
        let (i, bit) = Self::bit(word);
        self.0[i] & bit != 0
    }

    /// Where a word sits: (u64 index, bit).
    fn bit(word: &str) -> (usize, u64) {
        let b = word.as_bytes();
        let h = super::packed::mix(super::packed::pack(b), 0, b.len() as u32);
        let slot = (h >> 50) as usize; // 14 bits: 256 words of 64
        (slot >> 6, 1 << (slot & 63))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The packed tail hashes as the zero-padded copy it replaced: maps
    /// keep their order, so output does not change.
    #[test]
    fn a_short_tail_hashes_as_its_zero_padded_bytes() {
        let text = b"Ann Lee of the Dover party";
        for n in 0..=text.len() {
            let mut fast = FxHasher::default();
            fast.write(&text[..n]);
            let mut slow = FxHasher::default();
            let mut chunks = text[..n].chunks(8);
            for c in &mut chunks {
                let mut buf = [0u8; 8];
                buf[..c.len()].copy_from_slice(c);
                slow.add(u64::from_le_bytes(buf));
            }
            assert_eq!(fast.finish(), slow.finish(), "{n} bytes");
        }
    }
}
