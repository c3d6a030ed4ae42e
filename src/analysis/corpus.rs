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
    /// Full form → mentions.
    forms: FxMap<String, usize>,
    /// Given names seen for a person; only variants of these may join.
    given: Vec<String>,
    /// Articles voting for each kind (person, organization, place, other).
    votes: [usize; 4],
}

#[derive(Default)]
pub struct EntityIndex {
    entities: Vec<CorpusEntity>,
    state: Vec<State>,
    by_key: FxMap<String, EntityId>,
    by_surname: FxMap<String, Vec<EntityId>>,
    by_alias: FxMap<String, EntityId>,
}

fn kind_slot(kind: EntityKind) -> usize {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        EntityKind::Place => 2,
        EntityKind::Other => 3,
    }
}

impl EntityIndex {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds article `article`'s entities; returns the global id of each local
    /// entity (same order as `analysis.entities`).
    pub fn add(&mut self, article: u32, analysis: &ArticleAnalysis) -> Vec<EntityId> {
        let mut counts = vec![0usize; analysis.entities.len()];
        for m in &analysis.mentions {
            counts[m.entity] += 1;
        }
        let mut ids = Vec::with_capacity(analysis.entities.len());
        for (local, e) in analysis.entities.iter().enumerate() {
            let key = Key::new(&e.name);
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
                let slot = format!("{:?}:{}", e.kind, key.as_str());
                match self.by_key.get(&slot) {
                    Some(&id) => id,
                    None => {
                        let id = self.create(e.kind);
                        self.by_key.insert(slot, id);
                        id
                    }
                }
            };
            self.update(id, article, &e.name, &e.aliases, e.kind, counts[local].max(1));
            ids.push(id);
        }
        ids
    }

    /// Finds or creates the person a name belongs to. A surname alone joins
    /// the best-known person with that surname; a full name joins a person
    /// whose given names are all spelling variants of its own.
    fn person(&mut self, key: &Key, kind: EntityKind) -> EntityId {
        let surname = key.last().to_string();
        let given = (key.len() > 1).then(|| key.first().to_string());
        let candidates = self.by_surname.get(&surname).map(Vec::as_slice).unwrap_or(&[]);
        let chosen = match &given {
            Some(g) => candidates
                .iter()
                .copied()
                .filter(|&c| {
                    let seen = &self.state[c as usize].given;
                    seen.iter().all(|s| namekey::variant(s, g))
                })
                .max_by_key(|&c| (self.state[c as usize].given.contains(g), std::cmp::Reverse(c))),
            None => candidates
                .iter()
                .copied()
                .max_by_key(|&c| (self.entities[c as usize].mentions, std::cmp::Reverse(c))),
        };
        let id = chosen.unwrap_or_else(|| {
            let id = self.create(kind);
            self.by_surname.entry(surname).or_default().push(id);
            id
        });
        if let Some(g) = given {
            let seen = &mut self.state[id as usize].given;
            if !seen.contains(&g) {
                seen.push(g);
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
        let new_article = match e.articles.binary_search(&article) {
            Ok(_) => false,
            Err(at) => {
                e.articles.insert(at, article);
                true
            }
        };
        e.mentions += mentions;
        if new_article {
            st.votes[kind_slot(kind)] += 1;
        }
        *st.forms.entry(name.to_string()).or_default() += mentions;
        e.name = canonical(&st.forms);
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
        for alias in std::iter::once(name).chain(aliases.iter().map(String::as_str)) {
            if !e.aliases.iter().any(|a| a == alias) {
                e.aliases.push(alias.to_string());
            }
        }
        let total = e.mentions;
        for alias in std::iter::once(name).chain(aliases.iter().map(String::as_str)) {
            let key = alias.to_lowercase();
            match self.by_alias.get(&key) {
                Some(&other) if other == id || self.entities[other as usize].mentions >= total => {}
                _ => {
                    self.by_alias.insert(key, id);
                }
            }
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

/// The canonical form: full names (two words or more) first, then the most
/// mentions, then alphabetical.
fn canonical(forms: &FxMap<String, usize>) -> String {
    forms
        .iter()
        .max_by(|(a, na), (b, nb)| {
            let full = |s: &str| s.split_whitespace().nth(1).is_some();
            (full(a), na).cmp(&(full(b), nb)).then_with(|| b.cmp(a))
        })
        .map(|(f, _)| f.clone())
        .unwrap_or_default()
}
