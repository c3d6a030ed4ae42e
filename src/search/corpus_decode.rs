//! Reading `Corpus`'s saved form back (`corpus_codec.rs` writes it): field
//! by field, every length and index checked, the word indexes optionally on
//! a thread of their own.

use super::body::{Recent, Stored};
use super::bytes::Dec;
use super::corpus::Corpus;
use super::flat::Flat;
use super::names::NameIndex;
use super::varint::Kind::Gaps;
use super::varint_lists::VarintLists;
use super::word_use::Indexed;
use super::words::WordIndex;
use crate::analysis::{Corrections, EntityIndex, Form, KeyStats, Said};
use crate::store::{Article, Date};
use std::sync::Arc;

impl Corpus {
    /// The corpus `encode` wrote, its entities resolved with `corrections`.
    pub(super) fn decode(d: &mut Dec, corrections: Arc<Corrections>) -> Result<Corpus, String> {
        let head = Head::decode(d)?;
        let (words, forms) = (read_words(d)?, read_words(d)?);
        let mut corpus = head.into_corpus(words, forms, corrections)?;
        corpus.entities_resolved();
        Ok(corpus)
    }

    /// Like `decode`, where `indexes` reads the two word indexes (from where
    /// they start) and `d` what comes before them: the word indexes, about
    /// half the work, are decoded on a thread of their own meanwhile. What
    /// is kept per entity is left to the caller (`entities_resolved`): a
    /// restore that finds files changed has the entities resolved again
    /// after applying them, and building it twice was a tenth of that start.
    pub(super) fn decode_split(
        d: &mut Dec,
        indexes: &mut Dec,
        corrections: Arc<Corrections>,
    ) -> Result<Corpus, String> {
        std::thread::scope(|s| {
            let words = std::thread::Builder::new()
                .name("byline-index-words".into())
                .spawn_scoped(s, || {
                    Ok::<_, String>((read_words(indexes)?, read_words(indexes)?))
                })
                .map_err(|e| e.to_string())?;
            let head = Head::decode(d);
            let (words, forms) = words.join().map_err(|_| "decoding the words failed")??;
            head?.into_corpus(words, forms, corrections)
        })
    }
}

/// Everything the saved form holds before the word indexes.
struct Head {
    max_file_bytes: u64,
    articles: Vec<Article>,
    stored: Vec<Stored>,
    hashes: Vec<u64>,
    quotes: Vec<u32>,
    keys: Vec<(u32, u32)>,
    initials: Vec<u64>,
    titles: String,
    title_ends: Vec<u32>,
    order: Vec<u32>,
    said: VarintLists,
    stats: Vec<KeyStats>,
}

impl Head {
    fn decode(d: &mut Dec) -> Result<Head, String> {
        let max_file_bytes = d.u64()?;
        let n = d.len()?;
        let mut articles = Vec::with_capacity(n);
        // Exact sizes: a vector grown by pushes keeps up to half its room unused.
        let (mut stored, mut hashes) = (Vec::with_capacity(n), Vec::with_capacity(n));
        let (mut quotes, mut keys) = (Vec::with_capacity(n), Vec::with_capacity(n));
        let (mut initials, mut title_ends) = (Vec::with_capacity(n), Vec::with_capacity(n));
        let mut titles = String::new();
        for _ in 0..n {
            let id = d.str()?;
            let path = d.opt(Dec::path)?;
            let title = d.str()?;
            let date = d.opt(|d| {
                let year = u16::try_from(d.u32()?).map_err(|_| "bad year")?;
                let md = d.u32()?;
                Date::new(year, (md >> 8) as u8, md as u8).ok_or_else(|| "bad date".to_owned())
            })?;
            let author = d.opt(Dec::str)?;
            let url = d.opt(Dec::str)?;
            let lossy = d.u32()? != 0;
            stored.push(match d.u32()? {
                0 => Stored::File,
                1 => Stored::Inline((0..d.len()?).map(|_| d.str()).collect::<Result<_, _>>()?),
                _ => return Err("bad body kind".into()),
            });
            titles.push_str(&title);
            title_ends.push(titles.len() as u32);
            articles.push(Article {
                id,
                path,
                title,
                date,
                author,
                url,
                paragraphs: Vec::new(),
                lossy,
            });
            hashes.push(d.u64()?);
            quotes.push(d.u32()?);
            keys.push((d.u32()?, d.u32()?));
            initials.push(d.u64()?);
        }
        titles.shrink_to_fit();
        let order = d.list(Gaps)?;
        let said = VarintLists::decode(d)?;
        let keys_len = d.len()?;
        let mut stats = Vec::with_capacity(keys_len);
        for _ in 0..keys_len {
            let key = d.str()?;
            let forms_len = d.len()?;
            let mut forms = Vec::with_capacity(forms_len);
            for _ in 0..forms_len {
                forms.push(Form {
                    text: d.str()?,
                    mentions: d.u64()?,
                    articles: d.u32()?,
                });
            }
            let votes = [d.u32()?, d.u32()?, d.u32()?, d.u32()?];
            stats.push(KeyStats {
                key,
                forms,
                votes,
                articles: d.list(Gaps)?,
                mentions: d.u64()?,
                quotes: d.u64()?,
                quoted_in: d.list(Gaps)?,
            });
        }
        Ok(Head {
            max_file_bytes,
            articles,
            stored,
            hashes,
            quotes,
            keys,
            initials,
            titles,
            title_ends,
            order,
            said,
            stats,
        })
    }

    fn into_corpus(
        self,
        words: WordIndex,
        forms: WordIndex,
        corrections: Arc<Corrections>,
    ) -> Result<Corpus, String> {
        let Head {
            max_file_bytes,
            articles,
            stored,
            hashes,
            quotes,
            keys,
            initials,
            titles,
            title_ends,
            order,
            said,
            stats,
        } = self;
        let n = articles.len();
        let mut c = Corpus {
            articles,
            stored,
            hashes,
            quotes,
            titles,
            title_ends,
            globals: Flat::default(),
            said,
            keys,
            order,
            entities: EntityIndex::with_corrections(Arc::clone(&corrections)),
            quote_counts: Vec::new(),
            speaker_articles: Vec::new(),
            resolved_at: n,
            generation: 0,
            words,
            forms,
            initials,
            names: NameIndex::default(),
            recent: Recent::default(),
            max_file_bytes,
        };
        check(&c, &stats)?;
        let words = Indexed::compacted(&mut c.words, &mut c.forms);
        c.entities = EntityIndex::from_keys(stats, corrections, &words);
        Ok(c)
    }
}

fn read_words(d: &mut Dec) -> Result<WordIndex, String> {
    let n = d.len()?;
    let (mut words, mut postings) = (Vec::with_capacity(n), Vec::with_capacity(n));
    for _ in 0..n {
        words.push(d.str()?.into_boxed_str());
        postings.push(d.list(Gaps)?);
    }
    Ok(WordIndex::from_parts(words, postings))
}

/// Every index in range, so no lookup into the restored corpus can panic.
fn check(c: &Corpus, keys: &[KeyStats]) -> Result<(), String> {
    let n = c.articles.len() as u32;
    let per_article = [
        c.stored.len(),
        c.hashes.len(),
        c.quotes.len(),
        c.said.len(),
        c.keys.len(),
        c.initials.len(),
    ];
    let articles_ok = |list: &[u32]| list.iter().all(|&a| a < n);
    let mut sorted = c.order.clone();
    sorted.sort_unstable();
    let ok = per_article.iter().all(|&len| len == n as usize)
        && sorted.iter().copied().eq(0..n)
        && c.said.all(|s| said_ok(s, keys))
        && keys
            .iter()
            .all(|k| articles_ok(&k.articles) && k.articles.is_sorted())
        && [&c.words, &c.forms]
            .iter()
            .all(|w| w.parts().1.iter().all(|l| articles_ok(l)));
    ok.then_some(()).ok_or_else(|| "an index out of range".into())
}

/// Every key and form a `Said` names exists, and its lengths add up.
fn said_ok(said: &[u32], keys: &[KeyStats]) -> bool {
    let mut used = 0;
    for e in Said::entities_of(said) {
        let Some(k) = keys.get(e.key as usize) else {
            return false;
        };
        if e.forms().iter().any(|&f| f as usize >= k.forms.len()) {
            return false;
        }
        used += 2 + e.forms().len();
    }
    used == said.len()
}
