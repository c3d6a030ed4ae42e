//! Entity resolution's small tables within one article (`entities.rs`):
//! candidates by word, and a group's forms of a name with how often each occurs.

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

/// A group's surface forms in order of first appearance, each with how
/// often it occurs: up to three inline, as most groups have one or two
/// forms and a vector would cost each group an allocation; past three, all
/// in vectors, so that the forms are always one slice. The forms are
/// borrowed from the text; only the entity built from them copies them,
/// all into one allocation (`LocalEntity::new`).
#[derive(Default)]
pub(super) struct Forms<'a> {
    inline: [&'a str; 3],
    inline_counts: [usize; 3],
    len: usize,
    more: Vec<&'a str>,
    more_counts: Vec<usize>,
}

impl<'a> Forms<'a> {
    /// Counts one more of `form`, adding it if new.
    pub(super) fn add(&mut self, form: &'a str) {
        let i = self.find_or_add(form);
        match self.more_counts.get_mut(i) {
            Some(n) => *n += 1,
            None => self.inline_counts[i] += 1,
        }
    }

    /// Adds `form`, uncounted, if it is not there yet.
    pub(super) fn add_uncounted(&mut self, form: &'a str) {
        self.find_or_add(form);
    }

    /// The index of `form`, added (uncounted) if new.
    fn find_or_add(&mut self, form: &'a str) -> usize {
        if let Some(i) = self.forms().iter().position(|&f| f == form) {
            return i;
        }
        if self.more.is_empty() && self.len < self.inline.len() {
            self.inline[self.len] = form;
            self.len += 1;
            return self.len - 1;
        }
        if self.more.is_empty() {
            self.more.extend(self.inline);
            self.more_counts.extend(self.inline_counts);
        }
        self.more.push(form);
        self.more_counts.push(0);
        self.more.len() - 1
    }

    /// The forms, in order of first appearance.
    pub(super) fn forms(&self) -> &[&'a str] {
        if self.more.is_empty() {
            &self.inline[..self.len]
        } else {
            &self.more
        }
    }

    /// Each form and its count.
    pub(super) fn iter(&self) -> impl Iterator<Item = (&'a str, usize)> + '_ {
        let counts: &[usize] = if self.more.is_empty() {
            &self.inline_counts
        } else {
            &self.more_counts
        };
        self.forms().iter().copied().zip(counts.iter().copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Forms keep their order of first appearance and their counts past
    /// the inline ones; an uncounted form is added once, with no count.
    #[test]
    fn forms_past_the_inline_ones() {
        let mut forms = Forms::default();
        for w in ["a", "b", "a", "c", "d", "e", "d", "a", "e", "e"] {
            forms.add(w);
        }
        forms.add_uncounted("b");
        forms.add_uncounted("f");
        forms.add_uncounted("f");
        let got: Vec<(&str, usize)> = forms.iter().collect();
        assert_eq!(got, [("a", 3), ("b", 1), ("c", 1), ("d", 2), ("e", 3), ("f", 0)]);
        assert_eq!(forms.forms(), ["a", "b", "c", "d", "e", "f"]);
        let mut few = Forms::default();
        few.add("a");
        few.add_uncounted("b");
        assert_eq!(few.iter().collect::<Vec<_>>(), [("a", 1), ("b", 0)]);
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
