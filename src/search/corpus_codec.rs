//! `Corpus`'s own saved form, for the saved index (`snapshot.rs`; read back in
//! `corpus_decode.rs`). Both
//! directions destructure the corpus field by field, with no `..`: a field
//! added to `Corpus` does not compile until it is saved here, or said here
//! to be rebuilt on restore.

use super::body::Stored;
use super::bytes::{Dec, Enc, Sum};
use super::corpus::Corpus;
use super::varint::Kind::Gaps;
use crate::analysis::Corrections;
use std::io::{self, Write};
use std::sync::Arc;

/// What starts at a cut of the saved form (see `Corpus::records`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The size limit and the number of articles.
    Head,
    /// One article's metadata and per-article figures.
    Article,
    /// The order, every article's entity records and the name keys' evidence.
    Entities,
    /// The number of words of the next index.
    Vocabulary,
    /// One word of the body-word index (or of the words as written) and its postings.
    Word,
}

impl Corpus {
    /// Writes the saved form, calling `cut` where each `Part` starts.
    pub(super) fn encode<W: Write>(
        &self,
        e: &mut Enc<W>,
        mut cut: impl FnMut(&Enc<W>, Part),
    ) -> io::Result<()> {
        let Corpus {
            articles,
            stored,
            hashes,
            quotes,
            titles: _,     // rebuilt from the articles' titles
            title_ends: _, // likewise
            said,
            globals: _, // from `said`, when the entities are resolved
            keys,
            order,
            entities,
            quote_counts: _,     // from the keys' quotes
            speaker_articles: _, // likewise
            resolved_at: _,      // the restored corpus is resolved whole
            generation: _,       // ids are new in a new process anyway
            words,
            forms,
            initials,
            names: _,  // from the entities' names
            recent: _, // a cache of bodies read again
            max_file_bytes,
        } = self;
        cut(e, Part::Head);
        e.u64(*max_file_bytes)?;
        e.len(articles.len())?;
        for (i, a) in articles.iter().enumerate() {
            cut(e, Part::Article);
            e.str(&a.id)?;
            e.opt(a.path.as_deref(), Enc::path)?;
            e.str(&a.title)?;
            e.opt(a.date, |e, d| {
                e.u32(u32::from(d.year))?;
                e.u32(u32::from(d.month) << 8 | u32::from(d.day))
            })?;
            e.opt(a.author.as_deref(), Enc::str)?;
            e.opt(a.url.as_deref(), Enc::str)?;
            e.u32(u32::from(a.lossy))?;
            match &stored[i] {
                Stored::File => e.u32(0)?,
                Stored::Inline(paragraphs) => {
                    e.u32(1)?;
                    e.len(paragraphs.len())?;
                    paragraphs.iter().try_for_each(|p| e.str(p))?;
                }
            }
            e.u64(hashes[i])?;
            e.u32(quotes[i])?;
            e.u32(keys[i].0)?;
            e.u32(keys[i].1)?;
            e.u64(initials[i])?;
        }
        cut(e, Part::Entities);
        e.list(order, Gaps)?;
        said.encode(e)?;
        // The name keys' evidence, not the entities: a restored corpus
        // resolves them again (with today's corrections) and can grow.
        let stats = entities.keys();
        e.len(stats.len())?;
        for k in stats {
            e.str(&k.key)?;
            e.len(k.forms.len())?;
            for form in &k.forms {
                e.str(&form.text)?;
                e.u64(form.mentions)?;
                e.u32(form.articles)?;
            }
            k.votes.iter().try_for_each(|&v| e.u32(v))?;
            e.list(&k.articles, Gaps)?;
            e.u64(k.mentions)?;
            e.u64(k.quotes)?;
            e.list(&k.quoted_in, Gaps)?;
        }
        for index in [words, forms] {
            let (words, postings) = index.parts();
            cut(e, Part::Vocabulary);
            e.len(words.len())?;
            for (w, p) in words.iter().zip(postings) {
                cut(e, Part::Word);
                e.str(w)?;
                e.list(p, Gaps)?;
            }
        }
        Ok(())
    }

    /// The saved form cut into records, each with what it holds: what a
    /// store of records (a database) would keep, for `tools/store_compare`,
    /// which measures such stores against the one-file index.
    pub fn records(&self) -> Vec<(Part, Vec<u8>)> {
        let (mut bytes, mut cuts) = (Vec::new(), Vec::new());
        let mut e = Enc(&mut bytes, Sum::default());
        let encoded = self.encode(&mut e, |e, part| cuts.push((part, e.0.len())));
        encoded.expect("writing to memory");
        let ends = cuts.iter().skip(1).map(|c| c.1).chain([bytes.len()]);
        (cuts.iter().zip(ends))
            .map(|(&(part, start), end)| (part, bytes[start..end].to_vec()))
            .collect()
    }

    /// The corpus whose `records` these are, in their order.
    pub fn from_records<'a>(
        records: impl IntoIterator<Item = &'a [u8]>,
        corrections: Arc<Corrections>,
    ) -> Result<Corpus, String> {
        let mut bytes = Vec::new();
        let mut sum = Sum::default();
        for r in records {
            sum.feed(r);
            bytes.extend_from_slice(r);
        }
        bytes.extend_from_slice(&sum.finish().to_le_bytes());
        let mut d = Dec::checked(&bytes)?;
        let corpus = Corpus::decode(&mut d, corrections)?;
        d.at_end()
            .then_some(corpus)
            .ok_or_else(|| "trailing bytes".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::seeds;

    /// Everything a corpus answers with, field by field (no `..`: a new
    /// field fails to compile here until the round trip covers it).
    fn observed(c: &Corpus) -> Vec<String> {
        let Corpus {
            articles,
            stored,
            hashes,
            quotes,
            titles,
            title_ends,
            said,
            globals,
            keys,
            order,
            entities,
            quote_counts,
            speaker_articles,
            resolved_at: _, // bookkeeping of when to resolve, not content
            generation: _,  // likewise
            words,
            forms,
            initials,
            names,
            recent: _, // a cache
            max_file_bytes,
        } = c;
        let name_hits: Vec<Vec<u32>> = ["lav", "tru", "hal"]
            .iter()
            .map(|p| names.starting_with(p))
            .collect();
        vec![
            format!(
                "{:?}",
                articles
                    .iter()
                    .map(|a| (&a.id, &a.title, a.date, &a.author))
                    .collect::<Vec<_>>()
            ),
            format!("{stored:?} {hashes:?} {quotes:?} {titles:?} {title_ends:?}"),
            format!("{said:?} {globals:?} {keys:?} {order:?} {initials:?} {max_file_bytes}"),
            format!("{:?}", entities.entities()),
            format!("{:?} {quote_counts:?} {speaker_articles:?}", entities.keys()),
            format!("{:?} {:?}", words.parts(), forms.parts()),
            format!("{name_hits:?}"),
        ]
    }

    #[test]
    fn a_corpus_comes_back_whole_from_its_saved_form() {
        let corpus = Corpus::from_articles(seeds());
        let mut bytes = Vec::new();
        let mut e = Enc(&mut bytes, Default::default());
        corpus.encode(&mut e, |_, _| {}).unwrap();
        let sum = e.1.finish();
        bytes.extend_from_slice(&sum.to_le_bytes());
        let mut d = Dec::checked(&bytes).unwrap();
        let back = Corpus::decode(&mut d, Arc::default()).unwrap();
        assert!(d.at_end());
        let (want, got) = (observed(&corpus), observed(&back));
        for (w, g) in want.iter().zip(&got) {
            assert_eq!(w, g);
        }
    }

    #[test]
    fn records_put_together_give_the_corpus_back() {
        let corpus = Corpus::from_articles(seeds());
        let records = corpus.records();
        let count = |part| records.iter().filter(|r| r.0 == part).count();
        assert_eq!(count(Part::Article), corpus.len());
        assert_eq!(count(Part::Vocabulary), 2);
        assert_eq!(
            count(Part::Word),
            corpus.words.parts().0.len() + corpus.forms.parts().0.len()
        );
        let back = Corpus::from_records(records.iter().map(|r| &r.1[..]), Arc::default()).unwrap();
        assert_eq!(observed(&corpus), observed(&back));
        let fewer = records.iter().skip(1).map(|r| &r.1[..]);
        assert!(Corpus::from_records(fewer, Arc::default()).is_err());
    }
}
