//! The body-word index: vocabulary → articles, so a bare filter term can match
//! the start of any word in the body without scanning the text.

use std::collections::HashMap;

#[derive(Default)]
pub struct WordIndex {
    ids: HashMap<Box<str>, u32>,
    words: Vec<Box<str>>,
    /// Articles containing each word, in the order they were added.
    postings: Vec<Vec<u32>>,
    /// Word ids sorted by word, for prefix ranges; words added since the last
    /// `compact` are in `tail` and scanned linearly.
    sorted: Vec<u32>,
    tail: Vec<u32>,
}

impl WordIndex {
    /// Adds one article's words (lower-cased alphanumeric runs).
    pub fn add<'a>(&mut self, article: u32, texts: impl Iterator<Item = &'a str>) {
        let mut lower = String::new();
        for text in texts {
            for word in text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
            {
                let word = if word.chars().any(char::is_uppercase) {
                    lower.clear();
                    lower.extend(word.chars().flat_map(char::to_lowercase));
                    lower.as_str()
                } else {
                    word
                };
                let id = match self.ids.get(word) {
                    Some(&id) => id,
                    None => {
                        let id = self.words.len() as u32;
                        self.ids.insert(word.into(), id);
                        self.words.push(word.into());
                        self.postings.push(Vec::new());
                        self.tail.push(id);
                        id
                    }
                };
                let list = &mut self.postings[id as usize];
                if list.last() != Some(&article) {
                    list.push(article);
                }
            }
        }
        if self.tail.len() > 4096 {
            self.compact();
        }
    }

    /// Folds the words added lately into the sorted vocabulary.
    pub fn compact(&mut self) {
        if self.tail.is_empty() {
            return;
        }
        self.sorted.append(&mut self.tail);
        let words = &self.words;
        self.sorted
            .sort_unstable_by(|a, b| words[*a as usize].cmp(&words[*b as usize]));
    }

    /// Calls `f` with the postings of every word starting with `prefix`
    /// (which must be lower-case).
    pub fn for_prefix(&self, prefix: &str, mut f: impl FnMut(&[u32])) {
        let start = self
            .sorted
            .partition_point(|&id| *self.words[id as usize] < *prefix);
        for &id in &self.sorted[start..] {
            if !self.words[id as usize].starts_with(prefix) {
                break;
            }
            f(&self.postings[id as usize]);
        }
        for &id in &self.tail {
            if self.words[id as usize].starts_with(prefix) {
                f(&self.postings[id as usize]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_finds_each_article_once() {
        let mut w = WordIndex::default();
        w.add(0, ["Lavrov said Lavrov"].into_iter());
        w.add(1, ["the Lavrovs"].into_iter());
        w.compact();
        w.add(2, ["lavish"].into_iter());
        let mut hits = Vec::new();
        w.for_prefix("lavr", |p| hits.extend_from_slice(p));
        hits.sort();
        assert_eq!(hits, [0, 1]);
        let mut hits = Vec::new();
        w.for_prefix("lav", |p| hits.extend_from_slice(p));
        hits.sort();
        assert_eq!(hits, [0, 1, 2]);
    }
}
