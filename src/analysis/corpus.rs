//! Cross-article entities. Each article's entities are summed up under the
//! key of their name (`KeyStats`: forms, kind votes, articles), which does
//! not depend on the order articles arrive in; `resolve` then decides which
//! keys are one entity and of what kind, from the whole corpus's evidence
//! (`identity.rs`). So the entities are a function of the set of articles
//! alone: load order, thread count and a restored index change nothing.
//!
//! Between two `resolve`s a new key is a provisional entity of its own, so
//! ids handed out while loading always point at something.

use super::corrections::Corrections;
use super::hash::FxMap;
use super::namekey::Key;
use super::ordinary::{Uncounted, WordUse};
use super::types::{ArticleAnalysis, EntityKind};
use std::sync::Arc;

pub type EntityId = u32;
/// Index of a name key in `EntityIndex::keys`; stable as articles are added.
pub type KeyId = u32;

/// `of_key` for a key the user's corrections hide.
pub const HIDDEN: EntityId = EntityId::MAX;

/// One entity across the corpus.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorpusEntity {
    /// The most frequent full form (full names first, then most mentions,
    /// then alphabetical), or the user's name for it.
    pub name: String,
    pub kind: EntityKind,
    /// Every distinct surface form, the name first, then by mentions.
    pub aliases: Vec<String>,
    /// Ascending article indices.
    pub articles: Vec<u32>,
    pub mentions: usize,
}

/// Everything the articles said under one name key, summed: commutative, so
/// the order articles arrive in cannot change it, and exact to subtract
/// (`EntityIndex::remove`), so an article can be taken out again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyStats {
    /// `namekey::Key` of the name (`sergei lavrov`).
    pub key: String,
    /// Surface forms, their mentions as an article's full name (0: only
    /// ever an alias) and the number of articles that use them. A form no
    /// article uses any more keeps its place (ids in `Said` stay valid).
    pub forms: Vec<Form>,
    /// Articles calling it a person, organisation, place, or unsure.
    pub votes: [u32; 4],
    /// Ascending article indices.
    pub articles: Vec<u32>,
    pub mentions: u64,
    /// Quotes attributed to it, and the articles they are in (ascending).
    pub quotes: u64,
    pub quoted_in: Vec<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    pub text: String,
    pub mentions: u64,
    pub articles: u32,
}

/// What one article said of its names, for taking it out again: per local
/// entity its key, then one word packing its kind (and whether it was the
/// article's first under that key), how many forms follow, its mentions and
/// quotes (each capped, counted as capped, so subtracting stays exact), then
/// the ids of its forms in the key. Two words and the forms: at 100,000
/// articles this is most of what the index keeps per article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Said(pub Vec<u32>);

/// Most forms, mentions and quotes one article's entity records.
const MOST_FORMS: usize = 31;
const MOST_COUNT: u32 = 4095;

/// One local entity of a `Said`.
pub struct SaidEntity<'a> {
    pub key: KeyId,
    kind: usize,
    first: bool,
    mentions: u64,
    quotes: u64,
    forms: &'a [u32],
}

impl SaidEntity<'_> {
    /// Ids of its forms in its key (the name first).
    pub fn forms(&self) -> &[u32] {
        self.forms
    }
}

fn pack(kind: usize, first: bool, forms: usize, mentions: u32, quotes: u32) -> u32 {
    kind as u32 | u32::from(first) << 2 | (forms as u32) << 3 | mentions << 8 | quotes << 20
}

impl Said {
    pub fn entities(&self) -> impl Iterator<Item = SaidEntity<'_>> {
        Said::entities_of(&self.0)
    }

    /// `entities` of a `Said`'s words kept elsewhere.
    pub fn entities_of(words: &[u32]) -> impl Iterator<Item = SaidEntity<'_>> {
        let mut rest = words;
        std::iter::from_fn(move || {
            let [key, packed, tail @ ..] = rest else {
                return None;
            };
            let n = (*packed >> 3 & 31) as usize;
            let (forms, after) = tail.split_at(n.min(tail.len()));
            rest = after;
            Some(SaidEntity {
                key: *key,
                kind: (*packed & 3) as usize,
                first: *packed >> 2 & 1 != 0,
                mentions: u64::from(*packed >> 8 & MOST_COUNT),
                quotes: u64::from(*packed >> 20),
                forms,
            })
        })
    }

    /// The key of each local entity, in order.
    pub fn keys(&self) -> impl Iterator<Item = KeyId> + '_ {
        Said::keys_of(&self.0)
    }

    /// `keys` of a `Said`'s words kept elsewhere.
    pub fn keys_of(words: &[u32]) -> impl Iterator<Item = KeyId> + '_ {
        Said::entities_of(words).map(|e| e.key)
    }
}

impl KeyStats {
    fn new(key: &str) -> KeyStats {
        KeyStats {
            key: key.to_owned(),
            forms: Vec::new(),
            votes: [0; 4],
            articles: Vec::new(),
            mentions: 0,
            quotes: 0,
            quoted_in: Vec::new(),
        }
    }

    /// Number of parts of the key (`gordon brown`: 2).
    pub fn parts(&self) -> usize {
        if self.key.is_empty() {
            0
        } else {
            self.key.bytes().filter(|&b| b == b' ').count() + 1
        }
    }

    pub fn surname(&self) -> &str {
        self.key.rsplit(' ').next().unwrap_or("")
    }

    pub fn given(&self) -> &str {
        self.key.split(' ').next().unwrap_or("")
    }
}

pub fn kind_slot(kind: EntityKind) -> usize {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        EntityKind::Place => 2,
        EntityKind::Other => 3,
    }
}

#[derive(Clone, Default)]
pub struct EntityIndex {
    keys: Vec<KeyStats>,
    by_key: FxMap<String, KeyId>,
    /// The entity each key belongs to (`HIDDEN`: none).
    of_key: Vec<EntityId>,
    entities: Vec<CorpusEntity>,
    /// Lowercased names and aliases; a form two entities share goes to the
    /// one mentioned more.
    by_alias: FxMap<String, EntityId>,
    /// Keys changed since the last `resolve`.
    dirty: bool,
    corrections: Arc<Corrections>,
    /// Reused name key and per-entity mention counts of the article being added.
    key: Key,
    counts: Vec<(u32, u32)>,
}

impl EntityIndex {
    pub fn new() -> Self {
        Self::default()
    }

    /// An index that applies the user's corrections (merges, names, kinds,
    /// hidden names) whenever it resolves.
    pub fn with_corrections(corrections: Arc<Corrections>) -> Self {
        EntityIndex {
            corrections,
            ..Self::default()
        }
    }

    /// An index over keys saved earlier, resolved with the corpus's `words`.
    pub fn from_keys(keys: Vec<KeyStats>, corrections: Arc<Corrections>, words: &dyn WordUse) -> Self {
        let mut index = EntityIndex::with_corrections(corrections);
        for (i, k) in keys.iter().enumerate() {
            index.by_key.insert(k.key.clone(), i as KeyId);
        }
        index.of_key = vec![HIDDEN; keys.len()];
        index.keys = keys;
        index.dirty = true;
        index.resolve_with(words);
        index
    }

    /// Adds article `article`'s entities; returns what it said of each
    /// (same order as `analysis.entities`). Until the next `resolve`, a key
    /// never seen before is an entity of its own.
    pub fn add(&mut self, article: u32, analysis: &ArticleAnalysis) -> Said {
        let mut counts = std::mem::take(&mut self.counts);
        counts.clear();
        counts.resize(analysis.entities.len(), (0, 0));
        for m in &analysis.mentions {
            counts[m.entity].0 += 1;
        }
        for q in &analysis.quotes {
            if let Some(s) = q.speaker {
                counts[s].1 += 1;
            }
        }
        let mut key = std::mem::take(&mut self.key);
        let mut said = Vec::with_capacity(analysis.entities.len() * 4);
        for (local, e) in analysis.entities.iter().enumerate() {
            key.set(e.name());
            let text = if key.is_empty() { e.name() } else { key.as_str() };
            let id = match self.by_key.get(text) {
                Some(&id) => id,
                None => {
                    let id = self.keys.len() as KeyId;
                    self.keys.push(KeyStats::new(text));
                    self.by_key.insert(text.to_owned(), id);
                    let entity = self.provisional(e.name(), e.kind);
                    self.of_key.push(entity);
                    id
                }
            };
            let (mentions, quotes) = (
                counts[local].0.clamp(1, MOST_COUNT),
                counts[local].1.min(MOST_COUNT),
            );
            let stats = &mut self.keys[id as usize];
            let first = insert_sorted(&mut stats.articles, article);
            if first {
                stats.votes[kind_slot(e.kind)] += 1;
            }
            stats.mentions += u64::from(mentions);
            if quotes > 0 {
                stats.quotes += u64::from(quotes);
                insert_sorted(&mut stats.quoted_in, article);
            }
            let forms = e.forms().count().min(MOST_FORMS);
            said.extend([id, pack(kind_slot(e.kind), first, forms, mentions, quotes)]);
            for (i, form) in e.forms().take(forms).enumerate() {
                let n = if i == 0 { u64::from(mentions) } else { 0 };
                let at = match stats.forms.iter().position(|f| f.text == form) {
                    Some(at) => at,
                    None => {
                        let text = form.to_owned();
                        stats.forms.push(Form {
                            text,
                            mentions: 0,
                            articles: 0,
                        });
                        stats.forms.len() - 1
                    }
                };
                stats.forms[at].mentions += n;
                stats.forms[at].articles += 1;
                said.push(at as u32);
            }
            let entity = self.of_key[id as usize];
            if entity != HIDDEN {
                let ent = &mut self.entities[entity as usize];
                insert_sorted(&mut ent.articles, article);
                ent.mentions += mentions as usize;
                for form in e.forms() {
                    if !ent.aliases.iter().any(|a| a == form) {
                        ent.aliases.push(form.to_owned());
                        self.by_alias.entry(form.to_lowercase()).or_insert(entity);
                    }
                }
            }
        }
        self.dirty = true;
        (self.key, self.counts) = (key, counts);
        Said(said)
    }

    /// Takes article `article` out: the exact opposite of the `add` that
    /// returned `said`. The entities are stale until the next `resolve`.
    pub fn remove(&mut self, article: u32, said: &[u32]) {
        for e in Said::entities_of(said) {
            let Some(stats) = self.keys.get_mut(e.key as usize) else {
                continue;
            };
            if e.first {
                stats.votes[e.kind] = stats.votes[e.kind].saturating_sub(1);
                remove_sorted(&mut stats.articles, article);
            }
            stats.mentions = stats.mentions.saturating_sub(e.mentions);
            if e.quotes > 0 {
                stats.quotes = stats.quotes.saturating_sub(e.quotes);
                remove_sorted(&mut stats.quoted_in, article);
            }
            for (i, &f) in e.forms.iter().enumerate() {
                if let Some(form) = stats.forms.get_mut(f as usize) {
                    form.articles = form.articles.saturating_sub(1);
                    if i == 0 {
                        form.mentions = form.mentions.saturating_sub(e.mentions);
                    }
                }
            }
        }
        self.dirty = true;
    }

    /// Renumbers articles after some were taken out: `new[old]` is an
    /// article's new index (every article left is in it).
    pub fn renumber(&mut self, new: &[u32]) {
        for k in &mut self.keys {
            for list in [&mut k.articles, &mut k.quoted_in] {
                for a in list.iter_mut() {
                    *a = new[*a as usize];
                }
            }
        }
        self.dirty = true;
    }

    fn provisional(&mut self, name: &str, kind: EntityKind) -> EntityId {
        let id = self.entities.len() as EntityId;
        self.entities.push(CorpusEntity {
            name: name.to_owned(),
            kind,
            aliases: Vec::new(),
            articles: Vec::new(),
            mentions: 0,
        });
        id
    }

    /// `resolve_with` a corpus whose words are not counted (no word is
    /// taken for ordinary): an index of its own, a test.
    pub fn resolve(&mut self) -> bool {
        self.resolve_with(&Uncounted)
    }

    /// Decides the entities from every key's evidence and how the corpus
    /// writes its `words` (see `identity.rs`); false if nothing changed since
    /// the last time. Entity ids change.
    pub fn resolve_with(&mut self, words: &dyn WordUse) -> bool {
        if !self.dirty {
            return false;
        }
        let (entities, of_key) = super::identity::resolve(&self.keys, &self.corrections, words);
        self.entities = entities;
        for e in &mut self.entities {
            e.aliases.shrink_to_fit();
            e.articles.shrink_to_fit();
        }
        self.of_key = of_key;
        self.by_alias.clear();
        for (id, e) in self.entities.iter().enumerate() {
            // Ids go by articles, most first: the first owner is the better known.
            for form in std::iter::once(&e.name).chain(&e.aliases) {
                self.by_alias.entry(form.to_lowercase()).or_insert(id as EntityId);
            }
        }
        self.dirty = false;
        true
    }

    /// The words and forms `resolve_with` may ask its `WordUse` about.
    pub fn words_asked(&self) -> (Vec<String>, Vec<String>) {
        super::ordinary::words_asked(&self.keys)
    }

    /// The entity a key belongs to (`HIDDEN` if the user hid it).
    pub fn entity_of_key(&self, key: KeyId) -> EntityId {
        self.of_key[key as usize]
    }

    /// Allocated lengths of `keys` and `entities`, and the lookups beside
    /// them, for counting the index's memory (`Corpus::memory`).
    pub fn capacities(&self) -> (usize, usize) {
        (self.keys.capacity(), self.entities.capacity())
    }

    pub fn lookups(&self) -> (&FxMap<String, KeyId>, &FxMap<String, EntityId>, &Vec<EntityId>) {
        (&self.by_key, &self.by_alias, &self.of_key)
    }

    pub fn keys(&self) -> &[KeyStats] {
        &self.keys
    }

    pub fn entities(&self) -> &[CorpusEntity] {
        &self.entities
    }

    pub fn get(&self, id: EntityId) -> &CorpusEntity {
        &self.entities[id as usize]
    }

    /// Case-insensitive lookup by canonical name or any alias; an alias two
    /// entities share goes to the better-known one.
    pub fn lookup(&self, name: &str) -> Option<EntityId> {
        self.by_alias.get(&name.trim().to_lowercase()).copied()
    }
}

/// Removes `value` from an ascending list, if there.
fn remove_sorted(list: &mut Vec<u32>, value: u32) {
    if let Ok(at) = list.binary_search(&value) {
        list.remove(at);
    }
}

/// Inserts `value` into an ascending list; false if it was there.
/// Articles mostly arrive in order, so the end is tried first.
fn insert_sorted(list: &mut Vec<u32>, value: u32) -> bool {
    if list.last().is_none_or(|&l| l < value) {
        list.push(value);
        return true;
    }
    match list.binary_search(&value) {
        Ok(_) => false,
        Err(at) => {
            list.insert(at, value);
            true
        }
    }
}
