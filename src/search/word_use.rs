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

/// What `Indexed` answers for the words and forms asked (any other is 0):
/// the names analysed apart on a first start have no word index of their
/// own, so they ask the reader's.
#[derive(Default)]
pub struct WordCounts {
    anywhere: FxMap<String, u32>,
    written: FxMap<String, u32>,
}

impl WordUse for WordCounts {
    fn anywhere(&self, word: &str) -> u32 {
        self.anywhere.get(word).copied().unwrap_or(0)
    }
    fn written(&self, form: &str) -> u32 {
        self.written.get(form).copied().unwrap_or(0)
    }
}

/// The names' analysis asks for the counts of these words (lower case)
/// and forms (as written) once it has every key (`CorpusEvent::Words`);
/// answering is the reader's part.
pub struct WordsWanted {
    pub(super) words: Vec<String>,
    pub(super) forms: Vec<String>,
    pub(super) reply: SyncSender<WordCounts>,
}

impl WordsWanted {
    /// Sends the counts in `corpus` (dropped unanswered, the names come
    /// without them: no word is taken for ordinary).
    pub fn answer(self, corpus: &mut Corpus) {
        let indexed = Indexed::compacted(&mut corpus.words, &mut corpus.forms);
        let count = |list: Vec<String>, index: &WordIndex| {
            list.into_iter()
                .map(|w| {
                    let n = index.articles(&w);
                    (w, n)
                })
                .collect()
        };
        let counts = WordCounts {
            anywhere: count(self.words, indexed.words),
            written: count(self.forms, indexed.forms),
        };
        let _ = self.reply.send(counts);
    }
}

impl<'a> Indexed<'a> {
    /// Both indexes, compacted first (no word pending).
    pub fn compacted(words: &'a mut WordIndex, forms: &'a mut WordIndex) -> Indexed<'a> {
        words.compact();
        forms.compact();
        Indexed { words, forms }
    }
}
