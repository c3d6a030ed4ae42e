//! The loaded articles with their analysis and the indexes the filter and the
//! entity jumps need, built incrementally as articles stream in.

use super::analysed::{Analysed, analyse_all};
use super::body::{self, Body, Recent, Stored};
use super::deferred::PerEntity;
use super::flat::Flat;
use super::names::NameIndex;
use super::varint_lists::VarintLists;
use super::word_use::Indexed;
use super::words::{WordIndex, initial_bit, letter_bit};
use crate::analysis::{ArticleAnalysis, Corrections, EntityId, EntityIndex, HIDDEN, Said};
use crate::store::{Article, DEFAULT_MAX_FILE_BYTES};
use std::borrow::Cow;
use std::sync::Arc;

/// Cloned to apply a batch of live changes to a copy off the UI thread
/// (`app/arrivals.rs`).
#[derive(Clone)]
pub struct Corpus {
    /// Without their paragraphs: see `body`.
    pub(super) articles: Vec<Article>,
    pub(super) stored: Vec<Stored>,
    /// Per article, `marks::content_hash` of the text that was indexed.
    pub(super) hashes: Vec<u64>,
    /// Per article, how many quotes it has.
    pub(super) quotes: Vec<u32>,
    /// Every title end to end (`title_ends` cuts them): the filter reads
    /// every title on a short query, and titles scattered over the heap made
    /// that a cache miss each.
    pub(super) titles: String,
    pub(super) title_ends: Vec<u32>,
    /// Per article: what it said of each local entity's name key (what is
    /// saved, and what taking it out again subtracts).
    pub(super) said: VarintLists,
    /// Per article: the corpus entity of each local entity (`HIDDEN`: none),
    /// from `said` as last resolved.
    pub(super) globals: Flat,
    pub(super) keys: Vec<(u32, u32)>,
    /// Article indices sorted by `keys`.
    pub(super) order: Vec<u32>,
    pub(super) entities: EntityIndex,
    /// Per corpus entity: quotes attributed to it, and the articles they are
    /// in, from the keys as last resolved.
    pub(super) quote_counts: Vec<usize>,
    pub(super) speaker_articles: Vec<Vec<u32>>,
    /// Articles in when the entities were last resolved.
    pub(super) resolved_at: usize,
    /// Bumped whenever entity ids change meaning.
    pub(super) generation: u64,
    pub(super) words: WordIndex,
    /// Words as written, for those with a capital (`ArticleWords::forms`).
    pub(super) forms: WordIndex,
    /// Per article, `ArticleWords::initials`.
    pub(super) initials: Vec<u64>,
    pub(super) names: NameIndex,
    pub(super) recent: Recent,
    /// The size limit for reading a body again.
    pub(super) max_file_bytes: u64,
}

impl Default for Corpus {
    fn default() -> Corpus {
        Corpus {
            articles: Vec::new(),
            stored: Vec::new(),
            hashes: Vec::new(),
            quotes: Vec::new(),
            titles: String::new(),
            title_ends: Vec::new(),
            said: VarintLists::default(),
            globals: Flat::default(),
            keys: Vec::new(),
            order: Vec::new(),
            entities: EntityIndex::default(),
            quote_counts: Vec::new(),
            speaker_articles: Vec::new(),
            resolved_at: 0,
            generation: 0,
            words: WordIndex::default(),
            forms: WordIndex::default(),
            initials: Vec::new(),
            names: NameIndex::default(),
            recent: Recent::default(),
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
        }
    }
}

impl Corpus {
    pub fn new() -> Corpus {
        Corpus::default()
    }

    /// A corpus whose entities follow the user's corrections (`entities.toml`).
    pub fn with_corrections(corrections: Arc<Corrections>) -> Corpus {
        Corpus {
            entities: EntityIndex::with_corrections(corrections),
            ..Corpus::default()
        }
    }

    /// Applies the user's entity corrections; only before any article is in.
    pub fn set_corrections(&mut self, corrections: Arc<Corrections>) {
        debug_assert!(self.is_empty());
        self.entities = EntityIndex::with_corrections(corrections);
    }

    /// Bodies are read again with this size limit (the one they loaded with).
    pub fn set_max_file_bytes(&mut self, limit: u64) {
        self.max_file_bytes = limit;
    }

    /// Analyses `articles` (in parallel) and indexes them in the given order,
    /// keeping their bodies in memory.
    pub fn from_articles(articles: Vec<Article>) -> Corpus {
        Corpus::from_articles_with(articles, Arc::default())
    }

    /// `from_articles` with the user's entity corrections.
    pub fn from_articles_with(articles: Vec<Article>, corrections: Arc<Corrections>) -> Corpus {
        let mut corpus = Corpus::with_corrections(corrections);
        for item in analyse_all(articles) {
            corpus.push(item);
        }
        corpus.settle();
        corpus
    }

    /// Room for `more` articles, once their number is known (the walk is
    /// over): 100,000 pushes grew each per-article vector by doubling, every
    /// step a copy into fresh pages.
    pub fn reserve(&mut self, more: usize) {
        self.articles.reserve_exact(more);
        self.stored.reserve_exact(more);
        self.hashes.reserve_exact(more);
        self.quotes.reserve_exact(more);
        self.title_ends.reserve_exact(more);
        self.keys.reserve_exact(more);
        self.order.reserve_exact(more);
        self.initials.reserve_exact(more);
        // Titles as long as those in so far, or 64 bytes each.
        let each = match self.title_ends.len() {
            0 => 64,
            n => self.titles.len().div_ceil(n),
        };
        self.titles.reserve_exact(more * each);
    }

    pub fn push(&mut self, item: Analysed) {
        let index = self.articles.len() as u32;
        let (said, globals) = match &item.analysis {
            Some(analysis) => self.add_entities(index, analysis),
            None => (Said::default(), Vec::new()),
        };
        self.words.add(index, &item.words.lower);
        self.forms.add(index, &item.words.forms);
        self.initials.push(item.words.initials);
        // Loader threads finish files roughly in order: the insertion point is near the end.
        let at = self
            .order
            .partition_point(|&i| self.keys[i as usize] <= item.order);
        self.order.insert(at, index);
        self.keys.push(item.order);
        self.said.push(&said.0);
        self.globals.push(&globals);
        self.push_title(&item.article.title);
        self.articles.push(item.article);
        self.stored.push(item.stored);
        self.hashes.push(item.hash);
        self.quotes
            .push(item.analysis.map_or(0, |a| a.quotes.len() as u32));
    }

    /// Article `index`'s entities into the entity index, the name index
    /// and the speakers: what it said, and its local entities' corpus ids.
    fn add_entities(&mut self, index: u32, analysis: &ArticleAnalysis) -> (Said, Vec<EntityId>) {
        let said = self.entities.add(index, analysis);
        let globals: Vec<EntityId> = said.keys().map(|k| self.entities.entity_of_key(k)).collect();
        for (local, &id) in analysis.entities.iter().zip(&globals) {
            if id != HIDDEN {
                let forms = local.forms();
                self.names.add(id, forms);
            }
        }
        let entities = self.entities.entities().len();
        self.quote_counts.resize(entities.max(self.quote_counts.len()), 0);
        self.speaker_articles.resize(self.quote_counts.len(), Vec::new());
        for q in &analysis.quotes {
            if let Some(id) = q.speaker.map(|local| globals[local]).filter(|&id| id != HIDDEN) {
                self.quote_counts[id as usize] += 1;
                insert_sorted(&mut self.speaker_articles[id as usize], index);
            }
        }
        (said, globals)
    }

    pub(super) fn push_title(&mut self, title: &str) {
        self.titles.push_str(title);
        self.title_ends.push(self.titles.len() as u32);
    }

    /// The article's title (as `article(i).title`, stored for fast scans).
    pub fn title(&self, i: u32) -> &str {
        let i = i as usize;
        let start = if i == 0 {
            0
        } else {
            self.title_ends[i - 1] as usize
        };
        &self.titles[start..self.title_ends[i] as usize]
    }

    /// Finishes index work deferred while loading; call when a batch is in.
    /// The entities are resolved again each time the corpus has doubled, so
    /// a load resolves them a logarithmic number of times (twice the cost of
    /// the last, in all); call `settle` when it is done.
    pub fn compact(&mut self) {
        if self.len() >= 2 * self.resolved_at + 64 {
            self.resolve_entities();
        }
        self.words.compact();
        self.forms.compact();
        self.names.compact();
    }

    /// `compact`, with the entities resolved from everything loaded: what a
    /// finished load calls. Entity ids change when anything was added.
    pub fn settle(&mut self) {
        self.resolve_entities();
        self.compact();
        self.words.compact_and_release();
        self.forms.compact_and_release();
    }

    /// Changes whenever entity ids change meaning (the entities were
    /// resolved again): ids kept from before must be looked up again.
    pub fn entity_generation(&self) -> u64 {
        self.generation
    }

    /// Decides the entities from all the evidence (see `analysis::identity`)
    /// and rebuilds what is kept per entity.
    pub(super) fn resolve_entities(&mut self) {
        self.resolved_at = self.len();
        let words = Indexed::compacted(&mut self.words, &mut self.forms);
        if self.entities.resolve_with(&words) {
            self.entities_resolved();
        }
    }

    /// Rebuilds what is kept per entity after the entities were resolved.
    pub(super) fn entities_resolved(&mut self) {
        self.generation += 1;
        let per = PerEntity::of(&self.entities, &self.said);
        (self.globals, self.quote_counts, self.speaker_articles, self.names) =
            (per.globals, per.quote_counts, per.speaker_articles, per.names);
        // Bodies kept for the reader carry entity ids from before.
        self.recent = Recent::default();
    }

    pub fn len(&self) -> usize {
        self.articles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// The article without its paragraphs: `body` has them.
    pub fn article(&self, i: u32) -> &Article {
        &self.articles[i as usize]
    }

    /// The article's text and analysis, read and analysed again (the last
    /// few are kept). If the file changed or went since it was indexed, the
    /// body says so and carries no analysis.
    pub fn body(&self, i: u32) -> Arc<Body> {
        self.recent.get_or(i, || self.read_body(i))
    }

    /// `body` without keeping it: for passes over many articles.
    pub fn read_body(&self, i: u32) -> Body {
        let n = i as usize;
        body::read(
            &self.articles[n],
            &self.stored[n],
            self.hashes[n],
            self.globals.get(n),
            self.max_file_bytes,
        )
    }

    /// The body's paragraphs alone, without analysis; empty if they can no
    /// longer be read. For checking text, not for showing it (see `body`).
    pub fn paragraphs(&self, i: u32) -> Cow<'_, [String]> {
        let n = i as usize;
        body::text(&self.articles[n], &self.stored[n], self.max_file_bytes).unwrap_or_default()
    }

    /// The content hash of the article as indexed (what read marks key on).
    pub fn hash(&self, i: u32) -> u64 {
        self.hashes[i as usize]
    }

    /// How many quotes the article has.
    pub fn quote_count(&self, i: u32) -> usize {
        self.quotes[i as usize] as usize
    }

    /// The article with this id (a scan: for finding a place again, not
    /// for a hot path).
    pub fn find(&self, id: &str) -> Option<u32> {
        (0..self.len() as u32).find(|&a| self.articles[a as usize].id == id)
    }

    /// Every article index in corpus (sorted path) order.
    pub fn order(&self) -> &[u32] {
        &self.order
    }

    /// The corpus entities the article names, by local index (`HIDDEN` for
    /// a name the user hid or that names nothing, `identity::names_nothing`).
    pub fn article_entities(&self, article: u32) -> &[EntityId] {
        self.globals.get(article as usize)
    }

    pub fn entities(&self) -> &EntityIndex {
        &self.entities
    }

    pub(super) fn words(&self) -> &WordIndex {
        &self.words
    }

    pub(super) fn forms(&self) -> &WordIndex {
        &self.forms
    }

    /// Whether some word of the article starts with `c` (an ASCII letter or
    /// digit, lower-case); `None` for other characters.
    pub(super) fn has_initial(&self, article: u32, c: u8) -> Option<bool> {
        Some(self.initials[article as usize] & initial_bit(c)? != 0)
    }

    /// Whether some word of the article contains `c` (an ASCII letter,
    /// lower-case); `None` for other characters.
    pub(super) fn has_letter(&self, article: u32, c: u8) -> Option<bool> {
        Some(self.initials[article as usize] & letter_bit(c)? != 0)
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

    /// Whether `article` names `entity`: a binary search, not a scan.
    pub fn mentions(&self, article: u32, entity: EntityId) -> bool {
        self.entities.get(entity).articles.binary_search(&article).is_ok()
    }
}

/// Inserts into an ascending list unless there.
fn insert_sorted(list: &mut Vec<u32>, value: u32) {
    if let Err(at) = list.binary_search(&value) {
        list.insert(at, value);
    }
}
