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
/// the order articles arrive in cannot change it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyStats {
    /// `namekey::Key` of the name (`sergei lavrov`).
    pub key: String,
    /// Surface forms and their mentions as an article's full name (0: only
    /// ever an alias).
    pub forms: Vec<(String, u64)>,
    /// Articles calling it a person, organisation, place, or unsure.
    pub votes: [u32; 4],
    /// Ascending article indices.
    pub articles: Vec<u32>,
    pub mentions: u64,
}

impl KeyStats {
    fn new(key: &str) -> KeyStats {
        KeyStats {
            key: key.to_owned(),
            forms: Vec::new(),
            votes: [0; 4],
            articles: Vec::new(),
            mentions: 0,
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

#[derive(Default)]
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
    counts: Vec<u64>,
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

    /// An index over keys saved earlier, resolved.
    pub fn from_keys(keys: Vec<KeyStats>, corrections: Arc<Corrections>) -> Self {
        let mut index = EntityIndex::with_corrections(corrections);
        for (i, k) in keys.iter().enumerate() {
            index.by_key.insert(k.key.clone(), i as KeyId);
        }
        index.of_key = vec![HIDDEN; keys.len()];
        index.keys = keys;
        index.dirty = true;
        index.resolve();
        index
    }

    /// Adds article `article`'s entities; returns the key of each local
    /// entity (same order as `analysis.entities`). Until the next `resolve`,
    /// a key never seen before is an entity of its own.
    pub fn add(&mut self, article: u32, analysis: &ArticleAnalysis) -> Vec<KeyId> {
        let mut counts = std::mem::take(&mut self.counts);
        counts.clear();
        counts.resize(analysis.entities.len(), 0);
        for m in &analysis.mentions {
            counts[m.entity] += 1;
        }
        let mut key = std::mem::take(&mut self.key);
        let mut ids = Vec::with_capacity(analysis.entities.len());
        for (local, e) in analysis.entities.iter().enumerate() {
            key.set(&e.name);
            let text = if key.is_empty() {
                e.name.as_str()
            } else {
                key.as_str()
            };
            let id = match self.by_key.get(text) {
                Some(&id) => id,
                None => {
                    let id = self.keys.len() as KeyId;
                    self.keys.push(KeyStats::new(text));
                    self.by_key.insert(text.to_owned(), id);
                    let entity = self.provisional(&e.name, e.kind);
                    self.of_key.push(entity);
                    id
                }
            };
            let mentions = counts[local].max(1);
            let stats = &mut self.keys[id as usize];
            let new_article = insert_sorted(&mut stats.articles, article);
            if new_article {
                stats.votes[kind_slot(e.kind)] += 1;
            }
            stats.mentions += mentions;
            for (i, form) in std::iter::once(&e.name).chain(&e.aliases).enumerate() {
                let n = if i == 0 { mentions } else { 0 };
                match stats.forms.iter_mut().find(|(f, _)| f == form) {
                    Some((_, count)) => *count += n,
                    None => stats.forms.push((form.clone(), n)),
                }
            }
            let entity = self.of_key[id as usize];
            if entity != HIDDEN {
                let ent = &mut self.entities[entity as usize];
                insert_sorted(&mut ent.articles, article);
                ent.mentions += mentions as usize;
                for form in std::iter::once(&e.name).chain(&e.aliases) {
                    if !ent.aliases.contains(form) {
                        ent.aliases.push(form.clone());
                        self.by_alias.entry(form.to_lowercase()).or_insert(entity);
                    }
                }
            }
            ids.push(id);
        }
        self.dirty = true;
        (self.key, self.counts) = (key, counts);
        ids
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

    /// Decides the entities from every key's evidence (see `identity.rs`);
    /// false if nothing changed since the last time. Entity ids change.
    pub fn resolve(&mut self) -> bool {
        if !self.dirty {
            return false;
        }
        let (entities, of_key) = super::identity::resolve(&self.keys, &self.corrections);
        self.entities = entities;
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

    /// The entity a key belongs to (`HIDDEN` if the user hid it).
    pub fn entity_of_key(&self, key: KeyId) -> EntityId {
        self.of_key[key as usize]
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
