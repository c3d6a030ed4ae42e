//! What the loader hands the corpus for each article: the article without
//! its body (unless kept), its analysis, its words split and hashed, made
//! on the loader's threads so the corpus's owner only indexes.

use super::body::Stored;
use super::words::ArticleWords;
use crate::analysis::{ArticleAnalysis, Gazetteer, analyze};
use crate::store::Article;

/// An article with its analysis, as the loader hands it over. The body has
/// been taken out (see `body`) unless it must stay in memory.
pub struct Analysed {
    pub article: Article,
    /// `None` on a first start's stream: the names come later, for all
    /// articles at once (`deferred`), so the list is complete sooner.
    pub(super) analysis: Option<ArticleAnalysis>,
    /// Its place in the sorted walk: (file, record within the file).
    pub order: (u32, u32),
    pub(super) words: ArticleWords,
    pub(super) hash: u64,
    pub(super) stored: Stored,
}

impl Analysed {
    /// For the reader: a text file's body is read again when it is opened.
    pub fn new(article: Article, order: (u32, u32)) -> Analysed {
        Analysed::make(article, order, false)
    }

    /// `new` without the analysis, which `deferred` does later: what a
    /// first start lists and indexes the words of at once.
    pub fn listed(article: Article, order: (u32, u32)) -> Analysed {
        Analysed::prepare(article, order, None, false)
    }

    /// `keep`: hold the body in memory, for articles handed over already
    /// read (`from_articles`): their files need not be there any more.
    pub(super) fn make(article: Article, order: (u32, u32), keep: bool) -> Analysed {
        let analysis = analyze(Gazetteer::builtin(), &article.paragraphs);
        Analysed::prepare(article, order, Some(analysis), keep)
    }

    fn prepare(
        mut article: Article,
        order: (u32, u32),
        analysis: Option<ArticleAnalysis>,
        keep: bool,
    ) -> Analysed {
        let texts =
            std::iter::once(article.title.as_str()).chain(article.paragraphs.iter().map(String::as_str));
        let words = ArticleWords::new(texts);
        let hash = words.content;
        let stored = Stored::take(&mut article, keep);
        Analysed {
            article,
            analysis,
            order,
            words,
            hash,
            stored,
        }
    }
}

/// Analyses articles on every core, keeping their order.
pub(super) fn analyse_all(articles: Vec<Article>) -> Vec<Analysed> {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let chunk = articles.len().div_ceil(threads).max(1);
    let mut items: Vec<(u32, Article)> = articles
        .into_iter()
        .enumerate()
        .map(|(i, a)| (i as u32, a))
        .collect();
    let mut chunks = Vec::new();
    while !items.is_empty() {
        let rest = items.split_off(chunk.min(items.len()));
        chunks.push(std::mem::replace(&mut items, rest));
    }
    std::thread::scope(|s| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|c| {
                s.spawn(move || {
                    c.into_iter()
                        .map(|(i, a)| Analysed::make(a, (i, 0), true))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("analysis thread panicked"))
            .collect()
    })
}
