//! Resolves name candidates into the article's entities: drops unsupported
//! sentence-initial words, joins surnames and spelling variants to the full
//! name, votes on the kind, and emits mentions.

use super::aliases;
use super::byword::{ByWord, Entry, sig};
use super::entity_groups::{Group, is_org, merge, new_group};
use super::entity_scratch::{SCRATCH, Scratch, Words, recycle};
use super::gazetteer::Gazetteer;
use super::generic;
use super::lexicon::{Gender, Lex};
use super::namekey::{self, Key};
use super::names::Candidate;
use super::packed::pack;
use super::tokens::{HYPHEN_BEFORE, Token, WORD};
use super::types::{EntityKind, LocalEntity, Mention, Span};
use super::wordmap::WordMap;

/// The article's entities plus what attribution needs to know about them.
pub struct Resolved {
    pub entities: Vec<LocalEntity>,
    pub mentions: Vec<Mention>,
    /// Gender evidence per entity, for `he`/`she`.
    pub genders: Vec<Option<Gender>>,
    /// Surviving candidates with their entity, in text order.
    pub located: Vec<(Candidate, usize)>,
}

/// The group of a candidate that names nothing.
const DROPPED: usize = usize::MAX - 1;

/// The key of gazetteer groups, which match by id, not by name.
static NO_KEY: Key = Key::EMPTY;

/// `cands` is the caller's buffer (reused across articles); unsupported
/// candidates are removed from it. `keys` too is the caller's: name keys
/// are set in place, keeping their text's allocation from article to article.
pub fn resolve(
    gaz: &Gazetteer,
    paras: &[String],
    toks: &[Vec<Token>],
    cands: &mut Vec<Candidate>,
    keys: &mut Vec<Key>,
) -> Resolved {
    let surface = |c: &Candidate| {
        let t = &toks[c.para];
        &paras[c.para][t[c.tok_start].start as usize..t[c.tok_end - 1].end as usize]
    };
    aliases::weak_surnames(paras, toks, cands);
    aliases::hyphen_descriptors(paras, toks, cands);
    aliases::plural_descriptors(paras, toks, cands);
    let mut s = SCRATCH.with(|s| std::mem::take(&mut *s.borrow_mut()));
    // A sentence's first word alone is a name only if used as one somewhere
    // else: the words in doubt, less each word some other name uses. (Far
    // fewer than the words of all names, which a set would have to hold.)
    // A few words: a sorted vector kept from article to article (a hash set
    // costs an allocation and a hash per word), each word beside its packed
    // head, which settles most compares without a string compare.
    let doubted = |c: &Candidate| c.initial && c.tok_end - c.tok_start == 1;
    fn headed(w: &str) -> (u64, &str) {
        (pack(w.as_bytes()), w)
    }
    let mut unattested: Vec<(u64, &str)> = recycle(std::mem::take(&mut s.unattested));
    unattested.extend(cands.iter().filter(|c| doubted(c)).map(|c| headed(surface(c))));
    unattested.sort_unstable();
    unattested.dedup();
    // Most other words are none of them, and `sig` says so without a search.
    let sigs = unattested.iter().fold(0, |s, &(_, w)| s | sig(w));
    for c in cands.iter().filter(|c| !c.initial && !c.weak) {
        if unattested.is_empty() {
            break;
        }
        let t = &toks[c.para];
        for k in (c.tok_start..c.tok_end).filter(|&k| t[k].is(WORD)) {
            let w = t[k].text(&paras[c.para]);
            if sigs & sig(w) != 0
                && let Ok(at) = unattested.binary_search(&headed(w))
            {
                unattested.remove(at);
            }
        }
    }
    cands.retain(|c| !doubted(c) || unattested.binary_search(&headed(surface(c))).is_err());
    s.unattested = recycle(unattested);
    let cands = &*cands;
    // Each candidate's text, cut once: several steps below ask for it.
    let mut surfaces: Vec<&str> = recycle(std::mem::take(&mut s.surfaces));
    surfaces.extend(cands.iter().map(surface));

    // One key per distinct surface form: names repeat, and a key costs an
    // allocation and a pass over its parts.
    let mut used = 0;
    let mut by_surface = WordMap::with_slots(recycle(std::mem::take(&mut s.by_surface)), cands.len());
    let mut key_at = std::mem::take(&mut s.key_at);
    key_at.clear();
    key_at.extend(cands.iter().zip(&surfaces).map(|(c, &text)| {
        c.gaz.is_none().then(|| {
            by_surface.get_or_insert_with(text, |s| {
                if used == keys.len() {
                    keys.push(Key::default());
                }
                keys[used].set(s);
                used += 1;
                used - 1
            })
        })
    }));
    let unique = &keys[..used];
    let mut keys: Vec<&Key> = recycle(std::mem::take(&mut s.keys));
    keys.extend(key_at.iter().map(|k| k.map_or(&NO_KEY, |k| &unique[k])));
    let mut groups: Vec<Group> = recycle(std::mem::take(&mut s.groups));
    groups.reserve(cands.len());
    let mut by_gaz = std::mem::take(&mut s.by_gaz);
    by_gaz.clear();
    let mut by_key = WordMap::with_slots(recycle(std::mem::take(&mut s.by_key)), cands.len());
    let mut assign = std::mem::take(&mut s.assign);
    assign.clear();
    assign.resize(cands.len(), usize::MAX);
    // A hyphenated surname alone (`Kilroy-Silk`) is a key of two parts, but
    // no full name: it joins the one full name ending in it, once all are known.
    let mut hyphen_alone = Vec::new();
    // Gazetteer names and full (multi-part) names first, so surnames can join them.
    for (i, c) in cands.iter().enumerate() {
        let key = keys[i];
        let g = if let Some(id) = c.gaz {
            *by_gaz
                .entry(id)
                .or_insert_with(|| new_group(&mut groups, &NO_KEY, Some(id)))
        } else if key.len() > 1 {
            let hyphen_only = c.tok_end - c.tok_start == 3 && toks[c.para][c.tok_end - 1].is(HYPHEN_BEFORE);
            if key.len() == 2 && !c.hints.org && hyphen_only {
                hyphen_alone.push(i);
                continue;
            }
            by_key.get_or_insert_with(key.as_str(), |_| {
                groups
                    .iter()
                    .position(|g| g.gaz.is_none() && !is_org(g, c) && namekey::same_person(g.key, key))
                    .unwrap_or_else(|| new_group(&mut groups, key, None))
            })
        } else {
            continue;
        };
        assign[i] = g;
        groups[g].org |= c.hints.org;
    }
    for i in hyphen_alone {
        let (key, tail) = (keys[i], keys[i].as_str());
        let ends = |g: &Group| {
            let k = g.key.as_str();
            g.gaz.is_none() && !g.org && k.len() > tail.len() && k.ends_with(tail) && {
                k.as_bytes()[k.len() - tail.len() - 1] == b' '
            }
        };
        let one = {
            let mut full = groups.iter().enumerate().filter(|(_, g)| ends(g)).map(|(g, _)| g);
            (full.next(), full.next())
        };
        let g = match one {
            (Some(g), None) => g,
            _ => by_key.get_or_insert_with(tail, |_| new_group(&mut groups, key, None)),
        };
        assign[i] = g;
    }
    // Surnames and single words: join the full name they shorten, the
    // nearest one before, else the first one after.
    let [w0, w1, w2, w3] = std::mem::take(&mut s.words).map(recycle);
    let mut by_surname: Words = w0;
    // People by given name: `Paul` alone is the one Paul with a full name here.
    let mut by_given: Words = w1;
    // The first halves of full names' hyphenated surnames (`Kilroy`), with
    // their groups: few articles have any.
    let mut halves: Vec<(&str, usize)> = Vec::new();
    for (j, &g) in assign.iter().enumerate() {
        if groups
            .get(g)
            .is_some_and(|g| g.gaz.is_none() && !g.org && g.key.len() > 1)
        {
            by_surname.push(Entry::new(keys[j].last(), j, g));
            by_given.push(Entry::new(keys[j].first(), j, g));
            let last = surfaces[j].rsplit(' ').next().unwrap_or("");
            if let Some((half, _)) = last.split_once('-') {
                halves.push((half, g));
            }
        }
    }
    let (by_surname, by_given) = (ByWord::new(by_surname), ByWord::new(by_given));
    // A generic word (`United`, `Open`) names only the longer name it ends
    // in this article (`Manchester United`), organisations included; alone
    // it names nothing and is dropped.
    let mut by_last_word: Words = w2;
    for (j, c) in cands.iter().enumerate() {
        if assign[j] != usize::MAX && c.tok_end - c.tok_start > 1 {
            by_last_word.push(Entry::new(
                toks[c.para][c.tok_end - 1].text(&paras[c.para]),
                j,
                assign[j],
            ));
        }
    }
    let by_last_word = ByWord::new(by_last_word);
    // Organisations by their first word: `Nortel` alone in an article
    // about `Nortel Networks` is that company, not a person of its own.
    let mut by_org_head: Words = w3;
    for (j, c) in cands.iter().enumerate() {
        let Some(g) = groups.get(assign[j]) else { continue };
        let org = match g.gaz {
            Some(id) => gaz.entry(id).kind == EntityKind::Organization,
            None => g.org,
        };
        if org && c.tok_end - c.tok_start > 1 {
            by_org_head.push(Entry::new(
                toks[c.para][c.tok_start].text(&paras[c.para]),
                j,
                assign[j],
            ));
        }
    }
    let by_org_head = ByWord::new(by_org_head);
    let mut org_head = std::mem::take(&mut s.org_head);
    org_head.clear();
    org_head.resize(cands.len(), false);
    // The full names by surname, split once rather than for every word.
    let mut surnames: Vec<&[Entry]> = recycle(std::mem::take(&mut s.surnames));
    surnames.extend(by_surname.lists());
    let nearest = |list: &[Entry], c: &Candidate| {
        let before = list.iter().rev().find(|e| {
            let j = e.cand;
            (cands[j].para, cands[j].tok_start) < (c.para, c.tok_start)
        });
        before.or(list.first()).map(|e| e.group)
    };
    for (i, c) in cands.iter().enumerate() {
        if assign[i] != usize::MAX || keys[i].is_empty() {
            continue;
        }
        if c.tok_end - c.tok_start == 1 && generic::is_generic(surfaces[i]) {
            assign[i] = nearest(by_last_word.get(surfaces[i]), c).unwrap_or(DROPPED);
            continue;
        }
        let word = keys[i].as_str();
        if c.weak {
            let g = nearest(by_surname.get(word), c);
            assign[i] = g.unwrap_or(DROPPED);
            if let Some(g) = g {
                groups[g].votes[0] += 1;
            }
            continue;
        }
        // A lone demonym names only a person it is the surname of.
        if c.tok_end - c.tok_start == 1 && gaz.is_demonym(surfaces[i]) {
            assign[i] = nearest(by_surname.get(word), c).unwrap_or(DROPPED);
            continue;
        }
        let given = || match by_given.get(word) {
            [first, rest @ ..]
                if rest.iter().all(|e| e.group == first.group)
                    && (c.hints.person || Lex::of(surfaces[i]).first_name().is_some()) =>
            {
                Some(first.group)
            }
            _ => None,
        };
        // `Hassel` in an article about `Brian Hassell`: the one full name
        // whose surname it misspells.
        let misspelt = || {
            let mut near = (surnames.iter())
                .filter(|l| namekey::surname_variant(word, l[0].word))
                .flat_map(|l| l.iter().map(|e| e.group));
            let g = near.next()?;
            (!c.hints.org && near.all(|o| o == g)).then_some(g)
        };
        // `Kilroy` in an article about `Robert Kilroy-Silk`: the first half
        // of one full name's hyphenated surname.
        let half = || {
            let mut near = halves.iter().filter(|(a, _)| a.eq_ignore_ascii_case(word));
            let g = near.next()?.1;
            (!c.hints.org && near.all(|o| o.1 == g)).then_some(g)
        };
        let full = (nearest(by_surname.get(word), c).or_else(given).or_else(misspelt)).or_else(half);
        if full.is_none()
            && c.tok_end - c.tok_start == 1
            && let Some(g) = nearest(by_org_head.get(surfaces[i]), c)
        {
            assign[i] = g;
            org_head[i] = true;
            continue;
        }
        let g = full
            .unwrap_or_else(|| by_key.get_or_insert_with(word, |_| new_group(&mut groups, keys[i], None)));
        assign[i] = g;
        groups[g].votes[0] += usize::from(full.is_some());
    }
    for (x, y) in aliases::known_as(paras, toks, cands) {
        merge(&mut groups, &mut assign, x, y);
    }
    // An abbreviation joins its name only when it named nothing else here,
    // and its own cue (a lone acronym is guessed an organisation) is no
    // vote: `IE` does not make `Internet Explorer` a company.
    for (x, y) in aliases::initialisms(paras, toks, cands) {
        let gy = assign[y];
        if groups.get(gy).is_some_and(|g| g.key.len() == 1) {
            for (i, _) in assign.iter().enumerate().filter(|&(_, &g)| g == gy) {
                org_head[i] = true;
            }
            merge(&mut groups, &mut assign, x, y);
        }
    }
    for (i, c) in cands.iter().enumerate() {
        if assign[i] == DROPPED {
            continue;
        }
        let g = &mut groups[assign[i]];
        g.forms.add(surfaces[i]);
        // A short form's own cues (`Nortel said`, `IE`) do not make the
        // company a person, nor the product a company.
        if !org_head[i] {
            g.vote(c);
        }
    }
    let resolved = finish(gaz, &mut groups, cands, &assign, paras, toks, &mut s);
    // Back, emptied, for the next article.
    s.surfaces = recycle(surfaces);
    s.by_surface = recycle(by_surface.into_slots());
    s.by_key = recycle(by_key.into_slots());
    s.key_at = key_at;
    s.keys = recycle(keys);
    s.groups = recycle(groups);
    s.by_gaz = by_gaz;
    s.assign = assign;
    s.org_head = org_head;
    s.surnames = recycle(surnames);
    let words = [by_surname, by_given, by_last_word, by_org_head];
    s.words = words.map(|w| recycle(w.into_entries()));
    SCRATCH.with(|c| *c.borrow_mut() = s);
    resolved
}

/// Numbers entities in order of first mention and builds the output.
fn finish<'a>(
    gaz: &'a Gazetteer,
    groups: &mut [Group<'a>],
    cands: &[Candidate],
    assign: &[usize],
    paras: &'a [String],
    toks: &[Vec<Token>],
    s: &mut Scratch,
) -> Resolved {
    let (order, index) = (&mut s.order, &mut s.index);
    order.clear();
    order.extend((0..cands.len()).filter(|&i| assign[i] != DROPPED));
    // The index breaks ties as a stable sort would, without its buffer.
    order.sort_unstable_by_key(|&i| (cands[i].para, cands[i].tok_start, i));
    index.clear();
    index.resize(groups.len(), usize::MAX);
    let mut out = Resolved {
        entities: Vec::with_capacity(groups.len()),
        mentions: Vec::with_capacity(cands.len()),
        genders: Vec::with_capacity(groups.len()),
        located: Vec::with_capacity(cands.len()),
    };
    // Each entity's group and name, in order of first mention: the entity is
    // built once its last alias is known, its name chosen before those.
    let mut named: Vec<(usize, &str)> = recycle(std::mem::take(&mut s.named));
    for &i in order.iter() {
        let g = assign[i];
        if index[g] == usize::MAX {
            index[g] = named.len();
            named.push((g, groups[g].name(gaz)));
            out.genders.push(groups[g].gender.flatten());
        }
        let c = cands[i];
        let t = &toks[c.para];
        if let Some(style) = aliases::peer_style(&paras[c.para], t, c.tok_start, c.tok_end) {
            groups[g].forms.add_uncounted(style);
        }
        let span = Span {
            paragraph: c.para,
            start: t[c.tok_start].start as usize,
            end: t[c.tok_end - 1].end as usize,
        };
        out.mentions.push(Mention {
            span,
            entity: index[g],
        });
        out.located.push((c, index[g]));
    }
    out.entities.extend(named.iter().map(|&(g, name)| {
        let group = &groups[g];
        LocalEntity::new(name, group.kind(gaz), group.forms.forms())
    }));
    s.named = recycle(named);
    out
}
