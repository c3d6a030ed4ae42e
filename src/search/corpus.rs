//! The loaded articles with their analysis and the indexes the filter and the
//! entity jumps need, built incrementally as articles stream in.

use super::names::NameIndex;
use super::words::{ArticleWords, WordIndex, initial_bit};
use crate::analysis::{ArticleAnalysis, EntityId, EntityIndex, Gazetteer, analyze};
use crate::store::Article;

/// An article with its analysis, as the loader hands it over.
pub struct Analysed {
    pub article: Article,
    pub analysis: ArticleAnalysis,
    /// Its place in the sorted walk: (file, record within the file).
    pub order: (u32, u32),
    words: ArticleWords,
}

impl Analysed {
    pub fn new(article: Article, order: (u32, u32)) -> Analysed {
        let analysis = analyze(Gazetteer::builtin(), &article.paragraphs);
        let texts =
            std::iter::once(article.title.as_str()).chain(article.paragraphs.iter().map(String::as_str));
        let words = ArticleWords::new(texts);
        Analysed {
            article,
            analysis,
            order,
            words,
        }
    }
}

#[derive(Default)]
pub struct Corpus {
    articles: Vec<Article>,
    analyses: Vec<ArticleAnalysis>,
    /// Per article: the corpus entity of each local entity.
    globals: Vec<Vec<EntityId>>,
    keys: Vec<(u32, u32)>,
    /// Article indices sorted by `keys`.
    order: Vec<u32>,
    entities: EntityIndex,
    /// Per corpus entity: quotes attributed to it, and the articles they are in.
    quote_counts: Vec<usize>,
    speaker_articles: Vec<Vec<u32>>,
    words: WordIndex,
    /// Per article, `ArticleWords::initials`.
    initials: Vec<u64>,
    names: NameIndex,
}

impl Corpus {
    pub fn new() -> Corpus {
        Corpus::default()
    }

    /// Analyses `articles` (in parallel) and indexes them in the given order.
    pub fn from_articles(articles: Vec<Article>) -> Corpus {
        let mut corpus = Corpus::new();
        for item in analyse_all(articles) {
            corpus.push(item);
        }
        corpus.compact();
        corpus
    }

    pub fn push(&mut self, item: Analysed) {
        let index = self.articles.len() as u32;
        let globals = self.entities.add(index, &item.analysis);
        for (local, &id) in item.analysis.entities.iter().zip(&globals) {
            self.names.add(
                id,
                std::iter::once(local.name.as_str()).chain(local.aliases.iter().map(String::as_str)),
            );
        }
        let need = self.entities.entities().len();
        if self.quote_counts.len() < need {
            self.quote_counts.resize(need, 0);
            self.speaker_articles.resize(need, Vec::new());
        }
        for q in &item.analysis.quotes {
            if let Some(local) = q.speaker {
                let id = globals[local] as usize;
                self.quote_counts[id] += 1;
                let list = &mut self.speaker_articles[id];
                if let Err(at) = list.binary_search(&index) {
                    list.insert(at, index);
                }
            }
        }
        self.words.add(index, &item.words);
        self.initials.push(item.words.initials);
        // Loader threads finish files roughly in order: the insertion point is near the end.
        let at = self
            .order
            .partition_point(|&i| self.keys[i as usize] <= item.order);
        self.order.insert(at, index);
        self.keys.push(item.order);
        self.globals.push(globals);
        self.articles.push(item.article);
        self.analyses.push(positions_only(item.analysis));
    }

    /// Finishes index work deferred while loading; call when a batch is in.
    pub fn compact(&mut self) {
        self.words.compact();
        self.names.compact();
    }

    pub fn len(&self) -> usize {
        self.articles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    pub fn article(&self, i: u32) -> &Article {
        &self.articles[i as usize]
    }

    /// The article's mentions and quotes. Local entities and quote texts are
    /// not kept (see `positions_only`): a mention's or speaker's local index
    /// goes through `entity_id` to `entities()`; a quote's text is `quote_text`.
    pub fn analysis(&self, i: u32) -> &ArticleAnalysis {
        &self.analyses[i as usize]
    }

    /// Every article index in corpus (sorted path) order.
    pub fn order(&self) -> &[u32] {
        &self.order
    }

    /// The corpus entities the article names, by local index.
    pub fn article_entities(&self, article: u32) -> &[EntityId] {
        &self.globals[article as usize]
    }

    pub fn entity_id(&self, article: u32, local: usize) -> EntityId {
        self.globals[article as usize][local]
    }

    pub fn entities(&self) -> &EntityIndex {
        &self.entities
    }

    pub(super) fn words(&self) -> &WordIndex {
        &self.words
    }

    /// Whether some word of the article starts with `c` (an ASCII letter or
    /// digit, lower-case); `None` for other characters.
    pub(super) fn has_initial(&self, article: u32, c: u8) -> Option<bool> {
        Some(self.initials[article as usize] & initial_bit(c)? != 0)
    }

    pub(super) fn names(&self) -> &NameIndex {
        &self.names
    }

    /// Whether anyone attributed a quote to `id`.
    pub fn is_speaker(&self, id: EntityId) -> bool {
        self.quote_counts.get(id as usize).is_some_and(|&n| n > 0)
    }

    /// Every speaker with their number of quotes, most quoted first.
    pub fn speakers(&self) -> Vec<(EntityId, usize)> {
        let mut s: Vec<(EntityId, usize)> = (0..self.quote_counts.len())
            .filter(|&i| self.quote_counts[i] > 0)
            .map(|i| (i as EntityId, self.quote_counts[i]))
            .collect();
        s.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then_with(|| self.entity_name(a.0).cmp(self.entity_name(b.0)))
        });
        s
    }

    fn entity_name(&self, id: EntityId) -> &str {
        &self.entities.get(id).name
    }

    /// Articles in which `speaker` is quoted, ascending.
    pub fn speaker_articles(&self, speaker: EntityId) -> &[u32] {
        self.speaker_articles
            .get(speaker as usize)
            .map_or(&[], Vec::as_slice)
    }

    /// A quote's text, cut from its paragraph.
    pub fn quote_text(&self, article: u32, quote: usize) -> &str {
        let span = self.analyses[article as usize].quotes[quote].span;
        &self.articles[article as usize].paragraphs[span.paragraph][span.start..span.end]
    }

    pub fn quote_speaker(&self, article: u32, quote: usize) -> Option<EntityId> {
        let local = self.analyses[article as usize].quotes.get(quote)?.speaker?;
        Some(self.entity_id(article, local))
    }

    /// Whether `article` names `entity`: a binary search, not a scan.
    pub fn mentions(&self, article: u32, entity: EntityId) -> bool {
        self.entities.get(entity).articles.binary_search(&article).is_ok()
    }
}

/// Drops what the corpus keeps elsewhere: local entities (the entity index
/// has their names, `entity_id` maps to it) and quote texts (the paragraphs
/// have them). At 100,000 articles these copies cost more memory than the
/// text itself.
fn positions_only(mut analysis: ArticleAnalysis) -> ArticleAnalysis {
    analysis.entities = Vec::new();
    for q in &mut analysis.quotes {
        q.text = String::new();
    }
    analysis.mentions.shrink_to_fit();
    analysis.quotes.shrink_to_fit();
    analysis
}

/// Analyses articles on every core, keeping their order.
fn analyse_all(articles: Vec<Article>) -> Vec<Analysed> {
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
                        .map(|(i, a)| Analysed::new(a, (i, 0)))
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
