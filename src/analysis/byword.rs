//! Entity resolution's small tables within one article (`entities.rs`):
//! candidates by word, and how often each form of a name occurs.

use super::packed::pack;

/// One entry of a `ByWord`: a word, its first eight bytes packed (`pack`,
/// worked out once: the sort and the searches compare it first, and most
/// pairs are settled by it without a string compare), the candidate and
/// its group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Entry<'a> {
    head: u64,
    pub(super) word: &'a str,
    pub(super) cand: usize,
    pub(super) group: usize,
}

impl<'a> Entry<'a> {
    pub(super) fn new(word: &'a str, cand: usize, group: usize) -> Entry<'a> {
        Entry {
            head: pack(word.as_bytes()),
            word,
            cand,
            group,
        }
    }
}

/// (word, candidate, group) lists by word, each in text order: one sorted
/// vector, where a map of vectors would allocate once per word. Words are
/// ordered by their packed first bytes first (`Entry::head`), then as
/// strings; which word comes first matters to no caller. Most lookups find
/// nothing, and `sigs` answers those without a search.
pub(super) struct ByWord<'a> {
    entries: Vec<Entry<'a>>,
    sigs: u64,
}

impl<'a> ByWord<'a> {
    pub(super) fn new(mut entries: Vec<Entry<'a>>) -> ByWord<'a> {
        // Candidates are unique: the unstable sort keeps text order in a word.
        entries.sort_unstable_by(|a, b| (a.head, a.word, a.cand).cmp(&(b.head, b.word, b.cand)));
        let sigs = entries.iter().fold(0, |s, e| s | sig(e.word));
        ByWord { entries, sigs }
    }

    pub(super) fn get(&self, word: &str) -> &[Entry<'a>] {
        if self.sigs & sig(word) == 0 {
            return &[];
        }
        let head = pack(word.as_bytes());
        let start = self.entries.partition_point(|e| (e.head, e.word) < (head, word));
        let len = self.entries[start..].partition_point(|e| e.head == head && e.word == word);
        &self.entries[start..start + len]
    }

    /// The entries, for reuse (see `entities::Scratch`).
    pub(super) fn into_entries(self) -> Vec<Entry<'a>> {
        self.entries
    }

    /// Each word's list.
    pub(super) fn lists(&self) -> impl Iterator<Item = &[Entry<'a>]> {
        self.entries.chunk_by(|a, b| a.word == b.word)
    }
}

/// A bit per (length, first byte) of a word: sets of a few words OR theirs
/// together, and a word whose bit is not set is in none of them.
pub(super) fn sig(word: &str) -> u64 {
    let first = word.as_bytes().first().copied().unwrap_or(0);
    1 << ((word.len() * 31 + usize::from(first)) & 63)
}

/// How often each of a group's forms occurs, by form index: the first few
/// inline, as most groups have one or two forms and a vector of counts
/// would cost each group an allocation.
#[derive(Default)]
pub(super) struct FormCounts {
    inline: [usize; 3],
    more: Vec<usize>,
}

impl FormCounts {
    /// Counts one more of form `i`, the next new form or one seen before.
    pub(super) fn bump(&mut self, i: usize) {
        match self.inline.get_mut(i) {
            Some(n) => *n += 1,
            None => {
                let j = i - self.inline.len();
                if j == self.more.len() {
                    self.more.push(0);
                }
                self.more[j] += 1;
            }
        }
    }

    pub(super) fn get(&self, i: usize) -> usize {
        match self.inline.get(i) {
            Some(&n) => n,
            None => self.more[i - self.inline.len()],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_counts_past_the_inline_ones() {
        let mut c = FormCounts::default();
        let seen = [0, 1, 0, 2, 3, 4, 3, 0, 4, 4];
        for &i in &seen {
            c.bump(i);
        }
        let counts: Vec<usize> = (0..5).map(|i| c.get(i)).collect();
        assert_eq!(counts, [3, 1, 1, 2, 3]);
    }

    #[test]
    fn by_word_lists_each_word_in_text_order() {
        let entries = |list: &[(&'static str, usize, usize)]| {
            list.iter()
                .map(|&(w, c, g)| Entry::new(w, c, g))
                .collect::<Vec<_>>()
        };
        let words = ByWord::new(entries(&[
            ("Lee", 5, 1),
            ("Fry", 2, 0),
            ("Lee", 1, 1),
            ("Ann", 3, 2),
        ]));
        assert_eq!(words.get("Lee"), entries(&[("Lee", 1, 1), ("Lee", 5, 1)]));
        assert!(words.get("Lea").is_empty() && words.get("Zed").is_empty());
        assert_eq!(words.lists().count(), 3);
        // Words sharing their first eight bytes, or one a prefix of another.
        let long = ByWord::new(entries(&[
            ("Abercrombie", 4, 0),
            ("Abercromby", 1, 1),
            ("Abercrombie", 2, 0),
            ("Aber", 3, 2),
            ("Abercromb", 0, 3),
        ]));
        assert_eq!(
            long.get("Abercrombie"),
            entries(&[("Abercrombie", 2, 0), ("Abercrombie", 4, 0)])
        );
        assert_eq!(long.get("Abercromby"), entries(&[("Abercromby", 1, 1)]));
        assert_eq!(long.get("Aber"), entries(&[("Aber", 3, 2)]));
        assert!(long.get("Abercrombi").is_empty());
        assert_eq!(long.lists().count(), 4);
    }
}
