//! A map from one article's words or names to small values, for entity
//! resolution: a word of up to 16 bytes (most names) is compared by its
//! packed bytes (`lexicon::key`), so a lookup hashes two integers and calls
//! no string compare; longer ones compare their text too. The slots are a
//! vector the caller keeps from article to article.

use super::lexicon;

#[derive(Clone, Copy, Default)]
pub(super) struct Slot<'a> {
    lo: u64,
    hi: u64,
    /// Empty in an empty slot.
    word: &'a str,
    value: usize,
}

pub(super) struct WordMap<'a> {
    /// A power of two long, at most half full.
    slots: Vec<Slot<'a>>,
    shift: u32,
    len: usize,
    /// The empty word's value, which no slot can hold.
    empty: Option<usize>,
}

impl<'a> WordMap<'a> {
    /// An empty map with room for `n` words, on `slots`' allocation.
    pub(super) fn with_slots(slots: Vec<Slot<'a>>, n: usize) -> WordMap<'a> {
        let mut map = WordMap {
            slots,
            shift: 0,
            len: 0,
            empty: None,
        };
        map.reset((2 * n).next_power_of_two().max(8));
        map
    }

    /// The slots, for the next article.
    pub(super) fn into_slots(self) -> Vec<Slot<'a>> {
        self.slots
    }

    fn reset(&mut self, size: usize) {
        self.slots.clear();
        self.slots.resize(size, Slot::default());
        self.shift = 64 - size.trailing_zeros();
        self.len = 0;
    }

    /// The value of `word`, inserting `f(word)` first if it has none.
    pub(super) fn get_or_insert_with(&mut self, word: &'a str, f: impl FnOnce(&'a str) -> usize) -> usize {
        if word.is_empty() {
            return *self.empty.get_or_insert_with(|| f(word));
        }
        let (lo, hi) = lexicon::key(word.as_bytes());
        let mask = self.slots.len() - 1;
        let mut i = self.slot(lo, hi, word.len());
        loop {
            let s = &self.slots[i];
            if s.word.is_empty() {
                break;
            }
            if s.lo == lo && s.hi == hi && s.word.len() == word.len() && (word.len() <= 16 || s.word == word)
            {
                return s.value;
            }
            i = (i + 1) & mask;
        }
        let value = f(word);
        self.slots[i] = Slot { lo, hi, word, value };
        self.len += 1;
        if 2 * self.len > self.slots.len() {
            self.grow();
        }
        value
    }

    fn grow(&mut self) {
        let old = std::mem::take(&mut self.slots);
        self.reset(old.len() * 2);
        for s in old.into_iter().filter(|s| !s.word.is_empty()) {
            self.get_or_insert_with(s.word, |_| s.value);
        }
    }

    #[inline]
    fn slot(&self, lo: u64, hi: u64, len: usize) -> usize {
        let h = (lo ^ hi.rotate_left(29) ^ (len as u64) << 56).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> self.shift) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each distinct word keeps the value it was first given, past growth,
    /// short or long, and words differing only beyond 16 bytes differ.
    #[test]
    fn first_value_per_word() {
        let words = [
            "Ann Lee",
            "Ann Lees",
            "",
            "Wilhelmina Fairweather-Smythe",
            "Wilhelmina Fairweather-Smith",
            "Ann Lee",
            "",
            "a\0",
            "a",
        ];
        let mut map = WordMap::with_slots(Vec::new(), 1);
        let got: Vec<usize> = (words.iter().enumerate())
            .map(|(i, w)| map.get_or_insert_with(w, |_| i))
            .collect();
        assert_eq!(got, [0, 1, 2, 3, 4, 0, 2, 7, 8]);
        let slots = map.into_slots();
        let mut again = WordMap::with_slots(slots, 2);
        assert_eq!(again.get_or_insert_with("Ann Lee", |_| 9), 9);
    }
}
