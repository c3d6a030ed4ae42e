//! The analysis a first start leaves until every article is listed: names,
//! quotes and speakers are most of the CPU a load costs (analysing 227 MB of
//! text is ~7 s of CPU on two cores), while the list, the titles and the
//! body-word filter need none of it. So the stream lists and indexes the
//! words first; then this pass reads each body again, analyses it on every
//! core and builds the entity side of the corpus apart (`EntityPart`), which
//! the reader takes over in one swap (`Corpus::install`).

use super::body::{self, Stored};
use super::corpus::Corpus;
use super::flat::Flat;
use super::names::NameIndex;
use super::varint_lists::VarintLists;
use super::word_use::WordCounts;
use crate::analysis::{
    ArticleAnalysis, Corrections, EntityId, EntityIndex, Gazetteer, HIDDEN, KeyId, Said, analyze,
};
use crate::marks::content_hash;
use crate::store::Article;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::channel;

/// One article to analyse: what reading its body again needs, and the
/// content hash of the text that was listed (a file changed since gets no
/// analysis: its names would not be those of the text indexed).
pub(super) struct Job {
    pub article: Article,
    pub stored: Stored,
    pub hash: u64,
}

/// Everything the corpus keeps of the articles' names, built apart.
pub struct EntityPart {
    pub(super) said: VarintLists,
    pub(super) quotes: Vec<u32>,
    pub(super) entities: EntityIndex,
    pub(super) per: PerEntity,
    /// The content hash of each article, in corpus order, to check the part
    /// belongs to the corpus it is installed into.
    hashes: Vec<u64>,
}

/// What is kept per entity and per article's entity, from the resolved
/// entities and what each article said.
pub(super) struct PerEntity {
    pub globals: Flat,
    pub quote_counts: Vec<usize>,
    pub speaker_articles: Vec<Vec<u32>>,
    pub names: NameIndex,
}

impl PerEntity {
    pub fn of(e: &EntityIndex, said: &VarintLists) -> PerEntity {
        let mut globals = Flat::default();
        let mut ids: Vec<EntityId> = Vec::new();
        said.all(|said| {
            ids.clear();
            ids.extend(Said::keys_of(said).map(|k| e.entity_of_key(k)));
            globals.push(&ids);
            true
        });
        let n = e.entities().len();
        let mut quote_counts = vec![0; n];
        let mut speaker_articles = vec![Vec::new(); n];
        for (key, stats) in e.keys().iter().enumerate() {
            let id = e.entity_of_key(key as KeyId);
            if id == HIDDEN || stats.quotes == 0 {
                continue;
            }
            quote_counts[id as usize] += stats.quotes as usize;
            speaker_articles[id as usize].extend_from_slice(&stats.quoted_in);
        }
        globals.shrink_to_fit();
        for list in &mut speaker_articles {
            list.sort_unstable();
            list.dedup();
            list.shrink_to_fit();
        }
        let mut names = NameIndex::default();
        for (id, ent) in (0..).zip(e.entities()) {
            let forms = std::iter::once(ent.name.as_str()).chain(ent.aliases.iter().map(String::as_str));
            names.add(id, forms);
        }
        names.shrink();
        PerEntity {
            globals,
            quote_counts,
            speaker_articles,
            names,
        }
    }
}

/// Articles handed to a worker at a time.
const CHUNK: usize = 32;

/// Analyses `jobs` (the corpus's articles in its order) on every core and
/// adds them to an entity index in that order, resolved at the end with
/// the counts of the corpus's words it `ask`s for.
/// `progress(done)` is called now and then; `false` from it stops the pass.
pub(super) fn analyse(
    jobs: Vec<Job>,
    max_file_bytes: u64,
    corrections: Arc<Corrections>,
    ask: impl FnOnce((Vec<String>, Vec<String>)) -> Option<WordCounts>,
    mut progress: impl FnMut(usize) -> bool,
) -> Option<EntityPart> {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let next = AtomicUsize::new(0);
    let (tx, rx) = channel::<(usize, Vec<ArticleAnalysis>)>();
    let mut entities = EntityIndex::with_corrections(corrections);
    let (mut said, mut quotes) = (VarintLists::default(), Vec::with_capacity(jobs.len()));
    let finished = std::thread::scope(|s| {
        for _ in 0..threads {
            let (tx, next, jobs) = (tx.clone(), &next, &jobs);
            let worker = std::thread::Builder::new().name("byline-names".into());
            worker
                .spawn_scoped(s, move || {
                    crate::store::yield_to_the_ui();
                    loop {
                        let start = next.fetch_add(CHUNK, Ordering::Relaxed);
                        let Some(chunk) = jobs.get(start..(start + CHUNK).min(jobs.len())) else {
                            return;
                        };
                        let done = chunk.iter().map(|j| one(j, max_file_bytes)).collect();
                        if tx.send((start, done)).is_err() {
                            return;
                        }
                    }
                })
                .expect("spawn a names thread");
        }
        drop(tx);
        // Chunks come back in any order; they are added in corpus order.
        let mut waiting = std::collections::BTreeMap::new();
        for (start, done) in rx {
            waiting.insert(start, done);
            while let Some(done) = waiting.remove(&quotes.len()) {
                for analysis in done {
                    let index = quotes.len() as u32;
                    said.push(&entities.add(index, &analysis).0);
                    quotes.push(analysis.quotes.len() as u32);
                }
                if !progress(quotes.len()) {
                    // Stops the workers: their next send fails.
                    return false;
                }
            }
        }
        true
    });
    if !finished || quotes.len() != jobs.len() {
        return None;
    }
    match ask(entities.words_asked()) {
        Some(counts) => entities.resolve_with(&counts),
        None => entities.resolve(),
    };
    said.shrink_to_fit();
    let per = PerEntity::of(&entities, &said);
    Some(EntityPart {
        said,
        quotes,
        entities,
        per,
        hashes: jobs.iter().map(|j| j.hash).collect(),
    })
}

/// One article's analysis, if its text is still the one listed.
fn one(job: &Job, max_file_bytes: u64) -> ArticleAnalysis {
    match body::text(&job.article, &job.stored, max_file_bytes) {
        Ok(paragraphs) if content_hash(&job.article.title, paragraphs.iter()) == job.hash => {
            analyze(Gazetteer::builtin(), &paragraphs)
        }
        _ => ArticleAnalysis::default(),
    }
}

impl Corpus {
    /// Takes over the names the analysis pass found for exactly these
    /// articles; false (and nothing changes) if the part is for others.
    pub fn install(&mut self, part: EntityPart) -> bool {
        if part.hashes != self.hashes {
            return false;
        }
        let EntityPart {
            said,
            quotes,
            entities,
            per,
            hashes: _,
        } = part;
        (self.said, self.quotes, self.entities) = (said, quotes, entities);
        (self.globals, self.quote_counts, self.speaker_articles, self.names) =
            (per.globals, per.quote_counts, per.speaker_articles, per.names);
        self.resolved_at = self.len();
        self.generation += 1;
        self.recent = Default::default();
        true
    }
}
