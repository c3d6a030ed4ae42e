//! Cross-article entities, merged incrementally as articles arrive in any
//! order. Merging is key-based (exact name for organisations and places,
//! surname plus compatible given name for people), so an id, once handed
//! out, always means the same entity; nothing is ever re-merged.

use super::hash::FxMap;
use super::namekey::{self, Key};
use super::types::{ArticleAnalysis, EntityKind};

pub type EntityId = u32;

/// One entity across the corpus.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorpusEntity {
    /// The most frequent full form (most mentions; ties alphabetical), so the
    /// same set of articles gives the same name whatever their order.
    pub name: String,
    pub kind: EntityKind,
    /// Every distinct surface form, in order of first sight.
    pub aliases: Vec<String>,
    /// Ascending article indices.
    pub articles: Vec<u32>,
    pub mentions: usize,
}

#[derive(Default)]
struct State {
    /// Mentions under each alias (same order as `aliases`) when it was the
    /// article's full form, 0 when only ever an alias: no map of forms to
    /// look up, the alias scan finds the count.
    counts: Vec<usize>,
    /// The alias that is the canonical name.
    best: usize,
    /// The last (highest) article, so appending does not read `articles`.
    last: u32,
    /// Given names seen for a person; only variants of these may join.
    given: Vec<String>,
    /// Articles voting for each kind (person, organization, place, other).
    votes: [usize; 4],
    /// Every alias (lowercased) maps to this entity in `by_alias`, so an
    /// article bringing no new alias has nothing to change there. Cleared
    /// when another entity takes one of its aliases.
    owns_aliases: bool,
}

#[derive(Default)]
pub struct EntityIndex {
    entities: Vec<CorpusEntity>,
    state: Vec<State>,
    /// Organisations, places and unclassified names by kind slot, then key.
    by_key: [FxMap<String, EntityId>; 4],
    by_surname: FxMap<String, Vec<EntityId>>,
    by_alias: FxMap<String, EntityId>,
    /// Reused for lowercasing aliases: lookups allocate only on insert.
    scratch: String,
    /// Reused name key and mention counts of the article being added.
    key: Key,
    counts: Vec<usize>,
    /// Restored from a saved index, which keeps the entities but not the
    /// merging state: such an index can be read, not added to.
    sealed: bool,
}

fn kind_slot(kind: EntityKind) -> usize {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        EntityKind::Place => 2,
        EntityKind::Other => 3,
    }
}

/// Ordering of forms for the canonical name: full names (two words or
/// more) first, then the most mentions, then alphabetical.
fn rank(form: &str, mentions: usize) -> (bool, usize, std::cmp::Reverse<&str>) {
    let full = form.split_whitespace().nth(1).is_some();
    (full, mentions, std::cmp::Reverse(form))
}

impl EntityIndex {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds article `article`'s entities; returns the global id of each local
    /// entity (same order as `analysis.entities`).
    pub fn add(&mut self, article: u32, analysis: &ArticleAnalysis) -> Vec<EntityId> {
        assert!(!self.sealed, "a restored entity index cannot take new articles");
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
            // People merge by surname; a single word the article could not
            // classify joins a person with that surname if there is one.
            let surname_known = || self.by_surname.contains_key(key.last());
            let person_like = match e.kind {
                EntityKind::Person => !key.is_empty(),
                EntityKind::Other => key.len() == 1 && surname_known(),
                _ => false,
            };
            let id = if person_like {
                self.person(&key, e.kind)
            } else {
                match self.by_key[kind_slot(e.kind)].get(key.as_str()) {
                    Some(&id) => id,
                    None => {
                        let id = self.create(e.kind);
                        self.by_key[kind_slot(e.kind)].insert(key.as_str().to_string(), id);
                        id
                    }
                }
            };
            self.update(id, article, &e.name, &e.aliases, e.kind, counts[local].max(1));
            ids.push(id);
        }
        (self.key, self.counts) = (key, counts);
        ids
    }

    /// Finds or creates the person a name belongs to. A surname alone joins
    /// the best-known person with that surname; a full name joins a person
    /// whose given names are all spelling variants of its own.
    fn person(&mut self, key: &Key, kind: EntityKind) -> EntityId {
        let surname = key.last();
        let given = (key.len() > 1).then(|| key.first());
        let candidates = self.by_surname.get(surname).map(Vec::as_slice).unwrap_or(&[]);
        let chosen = match given {
            Some(g) => candidates
                .iter()
                .copied()
                .filter(|&c| {
                    let seen = &self.state[c as usize].given;
                    seen.iter().all(|s| namekey::variant(s, g))
                })
                .max_by_key(|&c| {
                    let seen = &self.state[c as usize].given;
                    (seen.iter().any(|s| s == g), std::cmp::Reverse(c))
                }),
            None => candidates
                .iter()
                .copied()
                .max_by_key(|&c| (self.entities[c as usize].mentions, std::cmp::Reverse(c))),
        };
        let id = chosen.unwrap_or_else(|| {
            let id = self.create(kind);
            match self.by_surname.get_mut(surname) {
                Some(list) => list.push(id),
                None => {
                    self.by_surname.insert(surname.to_string(), vec![id]);
                }
            }
            id
        });
        if let Some(g) = given {
            let seen = &mut self.state[id as usize].given;
            if !seen.iter().any(|s| s == g) {
                seen.push(g.to_string());
            }
        }
        id
    }

    fn create(&mut self, kind: EntityKind) -> EntityId {
        let id = self.entities.len() as EntityId;
        self.entities.push(CorpusEntity {
            name: String::new(),
            kind,
            aliases: Vec::new(),
            articles: Vec::new(),
            mentions: 0,
        });
        self.state.push(State::default());
        id
    }

    fn update(
        &mut self,
        id: EntityId,
        article: u32,
        name: &str,
        aliases: &[String],
        kind: EntityKind,
        mentions: usize,
    ) {
        let (e, st) = (&mut self.entities[id as usize], &mut self.state[id as usize]);
        // Articles mostly arrive in order: append without searching.
        let new_article = if e.articles.is_empty() || st.last < article {
            e.articles.push(article);
            st.last = article;
            true
        } else {
            match e.articles.binary_search(&article) {
                Ok(_) => false,
                Err(at) => {
                    e.articles.insert(at, article);
                    true
                }
            }
        };
        e.mentions += mentions;
        if new_article {
            st.votes[kind_slot(kind)] += 1;
        }
        let first = e.aliases.is_empty();
        let known = e.aliases.len();
        let mut at = 0;
        for (i, alias) in std::iter::once(name)
            .chain(aliases.iter().map(String::as_str))
            .enumerate()
        {
            let found = e.aliases.iter().position(|a| a == alias);
            let found = found.unwrap_or_else(|| {
                e.aliases.push(alias.to_string());
                e.aliases.len() - 1
            });
            if i == 0 {
                at = found;
            }
        }
        st.counts.resize(e.aliases.len(), 0);
        st.counts[at] += mentions;
        // Counts only grow and only `name`'s changed: the canonical form is
        // the old one or `name`, no need to rank every form again.
        if first {
            st.best = at;
            e.name = name.to_string();
        } else if st.best != at && rank(name, st.counts[at]) > rank(&e.aliases[st.best], st.counts[st.best]) {
            st.best = at;
            e.name.clear();
            e.name.push_str(name);
        }
        // The kind most articles give it; ties prefer the more specific kind.
        let [p, o, l, x] = st.votes;
        let best = p.max(o).max(l);
        e.kind = if x > best || best == 0 {
            EntityKind::Other
        } else if p == best {
            EntityKind::Person
        } else if o == best {
            EntityKind::Organization
        } else {
            EntityKind::Place
        };
        if st.owns_aliases && e.aliases.len() == known {
            return; // every alias already points here: nothing to change
        }
        let total = e.mentions;
        for alias in std::iter::once(name).chain(aliases.iter().map(String::as_str)) {
            let key = lowercase(alias, &mut self.scratch);
            match self.by_alias.get_mut(key) {
                Some(&mut other) if other == id || self.entities[other as usize].mentions >= total => {}
                Some(slot) => {
                    self.state[*slot as usize].owns_aliases = false;
                    *slot = id;
                }
                None => {
                    self.by_alias.insert(key.to_string(), id);
                }
            }
        }
        let e = &self.entities[id as usize];
        let owns = e.aliases.iter().all(|a| {
            let key = lowercase(a, &mut self.scratch);
            self.by_alias.get(key) == Some(&id)
        });
        self.state[id as usize].owns_aliases = owns;
    }

    /// An index holding `entities` as they were saved, for reading only.
    pub fn restored(entities: Vec<CorpusEntity>) -> EntityIndex {
        EntityIndex {
            entities,
            sealed: true,
            ..EntityIndex::default()
        }
    }

    pub fn entities(&self) -> &[CorpusEntity] {
        &self.entities
    }

    pub fn get(&self, id: EntityId) -> &CorpusEntity {
        &self.entities[id as usize]
    }

    /// Case-insensitive lookup by canonical name or any alias; an alias two
    /// entities share goes to the one mentioned more.
    pub fn lookup(&self, name: &str) -> Option<EntityId> {
        let key = name.trim().to_lowercase();
        if let Some(&id) = self.by_alias.get(&key) {
            return Some(id);
        }
        self.entities
            .iter()
            .position(|e| e.name.to_lowercase() == key)
            .map(|i| i as EntityId)
    }
}

/// `text.to_lowercase()`, into `buf` for ASCII text (the usual case).
fn lowercase<'b>(text: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    if text.is_ascii() {
        buf.push_str(text);
        buf.make_ascii_lowercase();
    } else {
        buf.push_str(&text.to_lowercase());
    }
    buf
}
