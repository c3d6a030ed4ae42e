//! Words that name nothing: a title alone, a common English word no article
//! gives a kind (`names_nothing`), and a capitalised ordinary word (`Love`
//! of a song's title, `Way`, `Organisers` opening a sentence), decided by how
//! the whole corpus writes
//! the word: one mostly written in lower case (`love`) names nothing on its
//! own, while a short name that is also a word stays (`Aids`, the film `Ray`:
//! rarely lower case in the news). Counted in articles from the corpus's word
//! indexes (`WordUse`), so it costs nothing per article and follows the
//! articles in and out of the index.

use super::common_words;
use super::corpus::KeyStats;
use super::gazetteer::Gazetteer;
use super::lexicon::Lex;
use super::types::EntityKind;

/// How the corpus writes its words, in articles.
pub trait WordUse {
    /// Articles holding `word` (lower case) written in any case.
    fn anywhere(&self, word: &str) -> u32;
    /// Articles holding `form` written exactly so (a form with a capital).
    fn written(&self, form: &str) -> u32;
}

/// A corpus whose words are not counted: no word is taken for ordinary.
pub struct Uncounted;

impl WordUse for Uncounted {
    fn anywhere(&self, _: &str) -> u32 {
        0
    }
    fn written(&self, _: &str) -> u32 {
        0
    }
}

/// A one-word name that names nothing: a title alone (`Chancellor`, left of
/// `the Lord Chancellor`), or a common English word no article gives a kind
/// (`Breakfast` of `Breakfast with Frost`, `Chapter` of `Chapter 11`, `Tests`)
/// unless the built-in gazetteer knows it (the film `Sideways`; a user keeps
/// a word with a correction, which comes first).
pub(super) fn names_nothing(k: &KeyStats, kind: EntityKind) -> bool {
    k.parts() == 1
        && (k
            .forms
            .iter()
            .filter(|f| f.articles > 0)
            .any(|f| Lex::of(&f.text).title())
            || kind == EntityKind::Other
                && common_words::level(&k.key).is_some()
                && !k
                    .forms
                    .iter()
                    .filter(|f| f.articles > 0)
                    .any(|f| Gazetteer::builtin().knows(&f.text)))
}

/// Whether a one-word key is an ordinary word of this corpus: more of its
/// articles write it only in lower case than write it with a capital (see
/// `asked` for which capitalised forms count).
pub(super) fn is_ordinary(k: &KeyStats, words: &dyn WordUse) -> bool {
    let Some((word, forms)) = asked(k) else {
        return false;
    };
    let capital: u32 = forms.iter().map(|f| words.written(f)).sum();
    capital > 0 && words.anywhere(word).saturating_sub(capital) > capital
}

/// The word a one-word key is, and its capitalised forms: the word
/// capitalised, in capitals, and every form the key was seen in. None when
/// a form is a given name, a title or in the gazetteer (the name's own
/// evidence comes first: `Will`, `Rose`), or the key is more than one
/// plain word.
fn asked(k: &KeyStats) -> Option<(&str, Vec<String>)> {
    let word = k.key.as_str();
    if k.parts() != 1 || word.is_empty() || !word.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    let mut forms: Vec<String> = Vec::with_capacity(4);
    for f in k.forms.iter().filter(|f| f.articles > 0) {
        let lex = Lex::of(&f.text);
        if lex.first_name().is_some() || lex.title() || Gazetteer::builtin().knows(&f.text) {
            return None;
        }
        if f.text != word && f.text.to_ascii_lowercase() == word {
            forms.push(f.text.clone());
        }
    }
    forms.extend([
        word[..1].to_ascii_uppercase() + &word[1..],
        word.to_ascii_uppercase(),
    ]);
    forms.sort_unstable();
    forms.dedup();
    Some((word, forms))
}

/// Every word and form `is_ordinary` may look up for these keys: what the
/// names analysed apart ask the reader to count (`search::WordsWanted`).
pub fn words_asked(keys: &[KeyStats]) -> (Vec<String>, Vec<String>) {
    let (mut words, mut forms) = (Vec::new(), Vec::new());
    for (word, f) in keys.iter().filter_map(asked) {
        words.push(word.to_owned());
        forms.extend(f);
    }
    (words, forms)
}

#[cfg(test)]
mod tests {
    use super::{Uncounted, WordUse};
    use crate::analysis::EntityIndex;
    use crate::analysis::test_util::run;

    /// Word counts over invented articles, as the corpus's word indexes count.
    struct Texts(Vec<&'static str>);

    impl Texts {
        fn count(&self, hit: impl Fn(&str) -> bool) -> u32 {
            let holds = |t: &&&str| t.split(|c: char| !c.is_alphanumeric()).any(&hit);
            self.0.iter().filter(holds).count() as u32
        }
    }

    impl WordUse for Texts {
        fn anywhere(&self, word: &str) -> u32 {
            self.count(|w| w.to_lowercase() == word)
        }
        fn written(&self, form: &str) -> u32 {
            self.count(|w| w == form)
        }
    }

    fn rows(texts: &Texts, words: &dyn WordUse) -> Vec<String> {
        let mut index = EntityIndex::new();
        for (i, t) in texts.0.iter().enumerate() {
            index.add(i as u32, &run(&[t]));
        }
        index.resolve_with(words);
        index.entities().iter().map(|e| e.name.clone()).collect()
    }

    #[test]
    fn a_word_the_corpus_mostly_writes_in_lower_case_names_nothing() {
        let texts = Texts(vec![
            "Fans voted Love the best song of the year in Zorbland.",
            "Fans of the singer love the new record, said Tom Brack.",
            "Residents love the quiet streets of the town.",
            "Many people love long walks in the hills.",
            "The charity said Aids remains a danger in Zorbland.",
            "Doctors warned that Aids is spreading across the region.",
            "The gadget aids hearing, said Mary Quill.",
        ]);
        let names = rows(&texts, &texts);
        assert!(!names.iter().any(|n| n == "Love"), "{names:?}");
        // Mostly capitalised in this corpus: a name.
        assert!(names.iter().any(|n| n == "Aids"), "{names:?}");
        // Uncounted, the word stays a row.
        assert!(rows(&texts, &Uncounted).iter().any(|n| n == "Love"));
    }
}
