//! Which name keys are one entity, and of what kind: a pure function of the
//! keys' summed evidence, taken in an order that depends only on that
//! evidence (most articles first, then the key), so the same set of articles
//! gives the same entities whatever order they were read in.
//!
//! - The user's corrections come first: their names are one entity, with
//!   their name and kind, or hidden.
//! - People: full names with one surname join when every given name is a
//!   spelling of the others (`Sergey`/`Sergei Lavrov`).
//! - A surname alone (`Lavrov`) joins the best-known person with it when
//!   the corpus calls it a person, and never when it is a generic word
//!   (`Open`, `Live`): such a word never links unrelated entities.
//! - `Liverpool FC` is `Liverpool` when the corpus calls `Liverpool` a club.
//! - A lone title (`Chancellor`) names nothing, nor does a common English
//!   word no article gives a kind (`Breakfast`, `Chapter`), nor a word the
//!   corpus mostly writes in lower case left alone (`Love`; `ordinary.rs`).
//! - Everything else is its own entity. The kind is the one most articles
//!   give; "other" only when no article gives any.

use super::corpus::{CorpusEntity, EntityId, Form, HIDDEN, KeyStats};
use super::corrections::Corrections;
use super::generic;
use super::hash::FxMap;
use super::lexicon::Lex;
use super::namekey::{self, Key};
use super::ordinary::{self, WordUse};
use super::surnames;
use super::types::EntityKind;
use super::variants;

struct Group {
    keys: Vec<u32>,
    /// Given names of a person's full-name keys.
    given: Vec<String>,
    /// The user's name and kind, if a correction made the group.
    name: Option<String>,
    kind: Option<EntityKind>,
    person: bool,
}

impl Group {
    fn new(person: bool) -> Group {
        Group {
            keys: Vec::new(),
            given: Vec::new(),
            name: None,
            kind: None,
            person,
        }
    }
}

/// The entities, ordered by articles (most first) then name, and the entity
/// of each key.
pub fn resolve(
    keys: &[KeyStats],
    corrections: &Corrections,
    words: &dyn WordUse,
) -> (Vec<CorpusEntity>, Vec<EntityId>) {
    let mut order: Vec<u32> = (0..keys.len() as u32).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&keys[a as usize], &keys[b as usize]);
        b.articles
            .len()
            .cmp(&a.articles.len())
            .then_with(|| a.key.cmp(&b.key))
    });
    let kinds: Vec<EntityKind> = keys.iter().map(kind).collect();
    const FREE: usize = usize::MAX;
    const GONE: usize = usize::MAX - 1;
    let mut group_of = vec![FREE; keys.len()];
    let mut groups: Vec<Group> = Vec::new();
    let by_key: FxMap<&str, u32> = (0..).zip(keys).map(|(i, k)| (k.key.as_str(), i)).collect();

    // Keys no article uses any more (all taken out) are no entity.
    for (k, stats) in keys.iter().enumerate() {
        if stats.articles.is_empty() {
            group_of[k] = GONE;
        }
    }
    for key in corrections.hidden_keys() {
        if let Some(&k) = by_key.get(key.as_str()) {
            group_of[k as usize] = GONE;
        }
    }
    for fix in corrections.entities() {
        let mut group = Group::new(fix.kind == Some(EntityKind::Person));
        group.name = Some(fix.name.clone());
        group.kind = fix.kind;
        let at = groups.len();
        for key in fix.keys() {
            if let Some(&k) = by_key.get(key.as_str())
                && group_of[k as usize] == FREE
            {
                group_of[k as usize] = at;
                group.keys.push(k);
            }
        }
        groups.push(group);
    }
    for (k, stats) in keys.iter().enumerate() {
        if group_of[k] == FREE && ordinary::names_nothing(stats, kinds[k]) {
            group_of[k] = GONE;
        }
    }

    // People by full name, best known first, so variants join the best-known spelling.
    let mut by_surname: FxMap<&str, Vec<usize>> = FxMap::default();
    let mut by_full: FxMap<&str, usize> = FxMap::default();
    let mut by_suffix: FxMap<&str, usize> = FxMap::default();
    for &k in &order {
        let (ks, i) = (&keys[k as usize], k as usize);
        if group_of[i] != FREE || kinds[i] != EntityKind::Person || ks.parts() < 2 {
            continue;
        }
        let given = ks.given();
        // `Kilroy Silk` and `Robert Kilroy Silk`: one name is the other's end.
        let shorter = suffixes(&ks.key).find_map(|s| by_full.get(s).copied());
        let longer = by_suffix.get(ks.key.as_str()).copied();
        let list = by_surname.entry(ks.surname()).or_default();
        let found = shorter.or(longer).or_else(|| {
            list.iter()
                .copied()
                .find(|&g| groups[g].given.iter().all(|s| namekey::variant(s, given)))
        });
        let g = found.unwrap_or_else(|| {
            groups.push(Group::new(true));
            list.push(groups.len() - 1);
            groups.len() - 1
        });
        if !groups[g].given.iter().any(|s| s == given) {
            groups[g].given.push(given.to_owned());
        }
        groups[g].keys.push(k);
        group_of[i] = g;
        by_full.entry(&ks.key).or_insert(g);
        for s in suffixes(&ks.key) {
            by_suffix.entry(s).or_insert(g);
        }
    }
    // A club's name with `FC` joins the bare name the corpus calls a club;
    // one name written two ways (`X-Box`, `Xbox`; `Grammy Award`, `Grammy
    // Awards`) joins the better-known spelling.
    let mut by_spelling: FxMap<(String, bool), usize> = FxMap::default();
    for &k in &order {
        let i = k as usize;
        if group_of[i] == GONE {
            continue;
        }
        // A person's name keeps its `s` (`Rolling Stones` is no `Rolling Stone`).
        let plural = kinds[i] != EntityKind::Person;
        let spelling = (variants::spelling(&keys[i].key, plural), plural);
        let club = (club_base(&keys[i]).and_then(|b| by_key.get(b)))
            .map(|&b| b as usize)
            .filter(|&b| kinds[b] == EntityKind::Organization && group_of[b] != GONE);
        let joins = club.or_else(|| by_spelling.get(&spelling).copied());
        by_spelling.entry(spelling).or_insert(i);
        let Some(b) = joins.filter(|_| group_of[i] == FREE) else {
            continue;
        };
        if group_of[b] == FREE {
            group_of[b] = groups.len();
            groups.push(Group::new(false));
            groups[group_of[b]].keys.push(b as u32);
        }
        groups[group_of[b]].keys.push(k);
        group_of[i] = group_of[b];
    }
    // A surname alone no article gives a kind: the one person who bears it
    // (with a given name, or called a person by most of its articles' cues:
    // `Nigel` is not in the short list of given names name finding trusts),
    // when their articles share context.
    let mut candidates = Vec::new();
    for (i, ks) in keys.iter().enumerate() {
        let other = kinds[i] == EntityKind::Other && ks.parts() == 1 && group_of[i] == FREE;
        if let Some(&[g]) = by_surname.get(ks.key.as_str()).map(Vec::as_slice)
            && other
            && !is_generic(ks)
            && groups[g]
                .keys
                .iter()
                .any(|&p| given_name_first(&keys[p as usize]) || mostly_a_person(&keys[p as usize]))
        {
            candidates.push((i, groups[g].keys.as_slice(), g));
        }
    }
    let lone = surnames::confirmed(keys, candidates);
    for &k in &order {
        let (ks, i) = (&keys[k as usize], k as usize);
        if group_of[i] != FREE {
            continue;
        }
        let surname_of = match kinds[i] {
            EntityKind::Other if lone.contains_key(&i) => lone.get(&i).copied(),
            EntityKind::Person if ks.parts() == 1 && !is_generic(ks) => {
                by_surname.get(ks.key.as_str()).and_then(|l| l.first().copied())
            }
            // `De Niro`, no article giving it a kind: the one person whose
            // name ends in it.
            EntityKind::Other => variants::particle_surname(ks)
                .and_then(|s| by_surname.get(s))
                .and_then(|list| match list[..] {
                    [g] => Some(g),
                    _ => None,
                }),
            _ => None,
        };
        // Left alone: a person's or kindless word the corpus mostly writes in lower case is none.
        let loose = matches!(kinds[i], EntityKind::Person | EntityKind::Other);
        if surname_of.is_none() && loose && ordinary::is_ordinary(ks, words) {
            group_of[i] = GONE;
            continue;
        }
        let g = surname_of.unwrap_or_else(|| {
            groups.push(Group::new(false));
            groups.len() - 1
        });
        groups[g].keys.push(k);
        group_of[i] = g;
    }

    let mut built: Vec<(CorpusEntity, usize)> = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| !g.keys.is_empty())
        .map(|(i, g)| (build(keys, &kinds, g), i))
        .collect();
    built.sort_by(|(a, _), (b, _)| {
        b.articles
            .len()
            .cmp(&a.articles.len())
            .then_with(|| a.name.cmp(&b.name))
    });
    let mut id_of_group = vec![HIDDEN; groups.len()];
    for (id, (_, g)) in built.iter().enumerate() {
        id_of_group[*g] = id as EntityId;
    }
    let of_key = group_of
        .iter()
        .map(|&g| if g >= GONE { HIDDEN } else { id_of_group[g] })
        .collect();
    (built.into_iter().map(|(e, _)| e).collect(), of_key)
}

/// The bare name of a football club's key (`liverpool` of `liverpool fc`).
fn club_base(k: &KeyStats) -> Option<&str> {
    (k.key.strip_suffix(" fc")).or_else(|| k.key.strip_suffix(" afc"))
}

/// The proper ends of a key of two parts or more (`w bush` of `george w
/// bush`).
fn suffixes(key: &str) -> impl Iterator<Item = &str> {
    key.match_indices(' ')
        .map(|(i, _)| &key[i + 1..])
        .filter(|s| s.contains(' '))
}

/// The kind most articles give. For a single word "other" (no cue at all)
/// must beat every specific kind to win: `in Windows` is no evidence of a
/// place; and a tie of person and organisation is the organisation (a firm
/// that `said` reads as a person; a person named by one word is rarely read
/// as a firm). A full name is a person when articles say so at least as
/// often as anything specific, or when it starts with a known given name and most
/// articles do not call it an organisation or place, and some article calls
/// it a person (not so the gazetteer's works: `Harry Potter`).
fn kind(k: &KeyStats) -> EntityKind {
    let [p, o, l, x] = k.votes;
    let full = k.parts() > 1;
    if full && given_name_first(k) {
        // `Harry Potter`: no article calls it a person (the gazetteer
        // knows the work), most give it no kind.
        if p == 0 && x > o + l {
            return EntityKind::Other;
        }
        if o.max(l) * 2 <= p + o + l + x {
            return EntityKind::Person;
        }
    }
    let best = p.max(o).max(l);
    if best == 0 || x > best && !full {
        EntityKind::Other
    } else if p == best && (full || o < best) {
        EntityKind::Person
    } else if o == best {
        EntityKind::Organization
    } else if x > best {
        EntityKind::Other
    } else {
        EntityKind::Place
    }
}

/// Some form opens with a known given name and does not end in a word that
/// makes it a thing (`Harry Potter film`).
fn given_name_first(k: &KeyStats) -> bool {
    live(k).any(|f| {
        let mut words = f.text.split(' ');
        let first = words.next().is_some_and(|w| Lex::of(w).first_name().is_some());
        let (n, last) = words.fold((1, ""), |(n, _), w| (n + 1, w));
        first && !generic::after_a_person(n, last)
    })
}

/// Most articles that name the key call it a person (`Nigel Quashie`; not
/// `Pop Idol`, which one article's `said` made a person).
fn mostly_a_person(k: &KeyStats) -> bool {
    let [p, o, l, x] = k.votes;
    p > o + l + x
}

/// The forms some article still uses.
fn live(k: &KeyStats) -> impl Iterator<Item = &Form> {
    k.forms.iter().filter(|f| f.articles > 0)
}

fn is_generic(k: &KeyStats) -> bool {
    live(k).any(|f| generic::is_generic(&f.text))
}

fn build(keys: &[KeyStats], kinds: &[EntityKind], g: &Group) -> CorpusEntity {
    let mut articles: Vec<u32> = Vec::new();
    let mut forms: FxMap<&str, u64> = FxMap::default();
    let mut votes = [0u64; 4];
    let mut mentions = 0;
    for &k in &g.keys {
        let ks = &keys[k as usize];
        articles.extend_from_slice(&ks.articles);
        for f in live(ks) {
            *forms.entry(f.text.as_str()).or_default() += f.mentions;
        }
        // Each key's own verdict, weighted by its articles.
        votes[super::corpus::kind_slot(kinds[k as usize])] += ks.articles.len() as u64;
        mentions += ks.mentions;
    }
    if g.keys.len() > 1 {
        articles.sort_unstable();
        articles.dedup();
    }
    let mut forms: Vec<(&str, u64)> = forms.into_iter().collect();
    // Forms some article gave as the full name first (a gazetteer's name
    // included), then full names (for a person, the fullest: `Robert
    // Kilroy-Silk` over `Kilroy Silk`), then the most mentions, then
    // alphabetical.
    // A spaced spelling of a one-word form (`Bit Torrent`, `BitTorrent`) is no fuller.
    let squash = |f: &str| variants::spelling(Key::new(f).as_str(), false);
    let solid: Vec<String> = match g.keys.len() {
        1 => Vec::new(),
        _ => forms
            .iter()
            .filter(|(f, _)| !f.contains(' '))
            .map(|(f, _)| squash(f))
            .collect(),
    };
    let full = |f: &str| match g.person {
        true => Key::new(f).len(),
        false => usize::from(f.contains(' ') && (solid.is_empty() || !solid.contains(&squash(f)))),
    };
    // Ranked once per form: `full` squashes a spelling, too dear per comparison.
    forms.sort_by_cached_key(|&(f, n)| (std::cmp::Reverse((n > 0, full(f), n)), f));
    let name = g.name.clone().unwrap_or_else(|| forms[0].0.to_owned());
    let mut aliases = vec![name.clone()];
    aliases.extend(forms.iter().map(|(f, _)| (*f).to_owned()).filter(|f| *f != name));
    let kind = g.kind.unwrap_or_else(|| {
        if g.person {
            return EntityKind::Person;
        }
        let [p, o, l, x] = votes;
        let best = p.max(o).max(l);
        if best == 0 || x > 2 * best {
            EntityKind::Other
        } else if p == best {
            EntityKind::Person
        } else if o == best {
            EntityKind::Organization
        } else {
            EntityKind::Place
        }
    });
    CorpusEntity {
        name,
        kind,
        aliases,
        articles,
        mentions: mentions as usize,
    }
}

#[cfg(test)]
#[path = "identity_tests.rs"]
mod tests;
