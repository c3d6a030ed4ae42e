//! How the corpus writes its words, for the entity index to tell a
//! capitalised ordinary word from a name (`analysis::WordUse`): read from the
//! two word indexes, or from counts taken of them for the names analysed
//! apart on a first start (`deferred.rs`), which must decide exactly alike.

use super::corpus::Corpus;
use super::words::WordIndex;
use crate::analysis::WordUse;
use crate::analysis::hash::FxMap;
use std::sync::mpsc::SyncSender;

/// The corpus's word indexes (both compacted).
pub(super) struct Indexed<'a> {
    pub words: &'a WordIndex,
    pub forms: &'a WordIndex,
}

impl WordUse for Indexed<'_> {
    fn anywhere(&self, word: &str) -> u32 {
        self.words.articles(word)
    }
    fn written(&self, form: &str) -> u32 {
        self.forms.articles(form)
    }
}

/// What `Indexed` answers for every word with a capital somewhere (the only
/// words a name's key can be), counted once: the names analysed apart have
/// no word index of their own.
#[derive(Default)]
pub struct WordCounts {
    anywhere: FxMap<Box<str>, u32>,
    written: FxMap<Box<str>, u32>,
}

impl WordUse for WordCounts {
    fn anywhere(&self, word: &str) -> u32 {
        self.anywhere.get(word).copied().unwrap_or(0)
    }
    fn written(&self, form: &str) -> u32 {
        self.written.get(form).copied().unwrap_or(0)
    }
}

/// The analysis of the names asks for the counts once every article is
/// listed (`CorpusEvent::Listed`); answering is the reader's part.
pub struct WordsWanted(pub(super) SyncSender<WordCounts>);

impl WordsWanted {
    /// Sends the counts of `corpus`'s words (dropped unanswered, the names
    /// come without them: no word is taken for ordinary).
    pub fn answer(self, corpus: &mut Corpus) {
        let _ = self.0.send(corpus.word_counts());
    }
}

impl<'a> Indexed<'a> {
    /// Both indexes, compacted first (only words folded in are counted).
    pub fn compacted(words: &'a mut WordIndex, forms: &'a mut WordIndex) -> Indexed<'a> {
        words.compact();
        forms.compact();
        Indexed { words, forms }
    }
}

impl Corpus {
    /// What `Indexed` answers, counted for every word with a capital somewhere.
    pub fn word_counts(&mut self) -> WordCounts {
        let indexed = Indexed::compacted(&mut self.words, &mut self.forms);
        let mut counts = WordCounts::default();
        for (form, n) in indexed.forms.counts() {
            let word = form.to_lowercase();
            if !counts.anywhere.contains_key(word.as_str()) {
                let n = indexed.words.articles(&word);
                counts.anywhere.insert(word.into_boxed_str(), n);
            }
            counts.written.insert(form.into(), n);
        }
        counts
    }
}
