//! A map from one article's words or names to small values, for entity
//! resolution: a packed table (`packed::Table`), so a word of up to 16 bytes
//! (most names) is compared by its packed bytes and calls no string
//! compare; longer ones compare their text too. The slots are a vector the
//! caller keeps from article to article.

use super::packed::{self, PackedKey, Table};

/// A slot: the word (for words over 16 bytes) and its value. `None` in an
/// empty slot, so that one is all zero bytes, cheap to clear.
pub(super) type Slot<'a> = packed::Slot<(Option<&'a str>, usize)>;

pub(super) struct WordMap<'a> {
    table: Table<(Option<&'a str>, usize)>,
    /// The empty word's value, which no key can hold.
    empty: Option<usize>,
}

impl<'a> WordMap<'a> {
    /// An empty map with room for `n` words, on `slots`' allocation.
    pub(super) fn with_slots(slots: Vec<Slot<'a>>, n: usize) -> WordMap<'a> {
        WordMap {
            table: Table::with_slots(slots, n),
            empty: None,
        }
    }

    /// The slots, for the next article.
    pub(super) fn into_slots(self) -> Vec<Slot<'a>> {
        self.table.into_slots()
    }

    /// The value of `word`, inserting `f(word)` first if it has none.
    pub(super) fn get_or_insert_with(&mut self, word: &'a str, f: impl FnOnce(&'a str) -> usize) -> usize {
        if word.is_empty() {
            return *self.empty.get_or_insert_with(|| f(word));
        }
        let key = PackedKey::new(word.as_bytes(), word.len() as u32);
        match self
            .table
            .find(key, |&(w, _)| word.len() <= 16 || w == Some(word))
        {
            Ok((_, value)) => value,
            Err(at) => {
                let value = f(word);
                self.table.insert(at, key, (Some(word), value));
                value
            }
        }
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
