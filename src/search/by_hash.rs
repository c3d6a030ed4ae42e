//! The body-word index's table of word ids by hash (`WordIndex`'s own map),
//! apart from the index that fills it.

/// Word ids by hash: open addressing over 16-byte slots, kept at most 3/4
/// full, placed by the hash the loader threads computed (a general map
/// hashed it again and probed in 24-byte buckets). Most lookups are one
/// cache miss into the slot, the rest a step along the same line.
#[derive(Clone, Default)]
pub(super) struct ByHash {
    /// `(hash, id, check)`; empty where the id is `EMPTY`.
    slots: Vec<(u64, u32, u32)>,
    used: usize,
}

const EMPTY: u32 = u32::MAX;

/// Where `hash` starts its probe in a table of `mask + 1` slots: the
/// Fx hash's high bits are its best mixed.
fn place(hash: u64, mask: usize) -> usize {
    (hash >> 32) as usize & mask
}

/// What a hash finds: its word, another word with the same hash (a
/// different check), or the empty slot where it goes.
pub(super) enum Found {
    Word(u32),
    Taken,
    Empty(usize),
}

impl ByHash {
    pub(super) fn find(&mut self, hash: u64, check: u32) -> Found {
        if 4 * (self.used + 1) > 3 * self.slots.len() {
            self.reserve(self.used + 1);
        }
        self.get(hash, check)
    }

    /// `find` without making room: for looking up only.
    pub(super) fn get(&self, hash: u64, check: u32) -> Found {
        let Some(mask) = self.slots.len().checked_sub(1) else {
            return Found::Empty(0);
        };
        let mut i = place(hash, mask);
        loop {
            match self.slots[i] {
                (_, EMPTY, _) => return Found::Empty(i),
                (h, id, c) if h == hash => return if c == check { Found::Word(id) } else { Found::Taken },
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// Asks for the slot of `hash` to be brought into the cache, so that its
    /// lookup a few words on finds it there.
    pub(super) fn prefetch(&self, hash: u64) {
        #[cfg(target_arch = "x86_64")]
        if let Some(slot) = self
            .slots
            .get((hash >> 32) as usize & self.slots.len().wrapping_sub(1))
        {
            use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
            // SAFETY: a prefetch is a hint to the cache: it reads nothing the
            // program sees and never faults; SSE is in every x86-64.
            unsafe { _mm_prefetch::<_MM_HINT_T0>(std::ptr::from_ref(slot).cast()) }
        }
    }

    pub(super) fn put(&mut self, slot: usize, hash: u64, id: u32, check: u32) {
        self.slots[slot] = (hash, id, check);
        self.used += 1;
    }

    /// Room for `words` in all.
    pub(super) fn reserve(&mut self, words: usize) {
        let size = (4 * words).div_ceil(3).next_power_of_two().max(64);
        if size <= self.slots.len() {
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![(0, EMPTY, 0); size]);
        let mask = size - 1;
        for slot in old.into_iter().filter(|s| s.1 != EMPTY) {
            let mut i = place(slot.0, mask);
            while self.slots[i].1 != EMPTY {
                i = (i + 1) & mask;
            }
            self.slots[i] = slot;
        }
    }

    pub(super) fn heap(&self, h: &mut super::memory::Heap) {
        h.vec(&self.slots, self.slots.capacity());
    }
}
