//! Entity resolution's lookups by word within one article (`entities.rs`).

/// (word, candidate, group) lists by word, each in text order: one sorted
/// vector, where a map of vectors would allocate once per word.
/// Most lookups find nothing, and `sigs` answers those without a search.
pub(super) struct ByWord<'a> {
    entries: Vec<(&'a str, usize, usize)>,
    sigs: u64,
}

impl<'a> ByWord<'a> {
    pub(super) fn new(mut entries: Vec<(&'a str, usize, usize)>) -> ByWord<'a> {
        // Candidates are unique: the unstable sort keeps text order in a word.
        entries.sort_unstable_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        let sigs = entries.iter().fold(0, |s, e| s | sig(e.0));
        ByWord { entries, sigs }
    }

    pub(super) fn get(&self, word: &str) -> &[(&'a str, usize, usize)] {
        if self.sigs & sig(word) == 0 {
            return &[];
        }
        let start = self.entries.partition_point(|e| e.0 < word);
        let len = self.entries[start..].partition_point(|e| e.0 == word);
        &self.entries[start..start + len]
    }

    /// Each word's list.
    pub(super) fn lists(&self) -> impl Iterator<Item = &[(&'a str, usize, usize)]> {
        self.entries.chunk_by(|a, b| a.0 == b.0)
    }
}

/// A bit per (length, first byte) of a word: sets of a few words OR theirs
/// together, and a word whose bit is not set is in none of them.
pub(super) fn sig(word: &str) -> u64 {
    let first = word.as_bytes().first().copied().unwrap_or(0);
    1 << ((word.len() * 31 + usize::from(first)) & 63)
}
