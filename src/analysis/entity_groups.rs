//! An entity in the making while an article is resolved (`entities.rs`):
//! its key or gazetteer entry, its surface forms with their counts, and the
//! kind and gender votes of its mentions.

use super::byword::Forms;
use super::gazetteer::Gazetteer;
use super::lexicon::Gender;
use super::namekey::Key;
use super::names::Candidate;
use super::types::EntityKind;

/// One entity in the making: the candidates resolved to it so far.
pub(super) struct Group<'k> {
    /// Borrowed from the candidates' keys: no copy per group.
    pub(super) key: &'k Key,
    pub(super) gaz: Option<u32>,
    /// Surface forms in order of first appearance, and their counts.
    pub(super) forms: Forms<'k>,
    pub(super) votes: [usize; 3], // person, org, place
    /// Of the person votes, those only a speech verb gave (`Hints::spoke`).
    pub(super) spoke: usize,
    /// Some mention follows a lowercase `the` (`Hints::determined`).
    pub(super) determined: bool,
    /// Some mention carries an org cue: only exact names join it.
    pub(super) org: bool,
    pub(super) gender: Option<Option<Gender>>,
}

impl<'k> Group<'k> {
    pub(super) fn vote(&mut self, c: &Candidate) {
        let h = c.hints;
        self.votes[0] += usize::from(h.person);
        self.votes[1] += usize::from(h.org);
        self.votes[2] += usize::from(h.place);
        self.spoke += usize::from(h.spoke);
        self.determined |= h.determined;
        if let Some(g) = h.gender {
            // Conflicting evidence leaves the gender unknown.
            self.gender = match self.gender {
                None => Some(Some(g)),
                Some(Some(old)) if old != g => Some(None),
                keep => keep,
            };
        }
    }

    pub(super) fn kind(&self, gaz: &Gazetteer) -> EntityKind {
        let [mut p, mut o, l] = self.votes;
        if let Some(id) = self.gaz {
            // A known place's only org cue is its use as a club (`teams`).
            return match gaz.entry(id).kind {
                EntityKind::Place if o > 0 => EntityKind::Organization,
                kind => kind,
            };
        }
        if self.determined {
            // A name that takes `the` and speaks is a body that speaks (`the
            // Zorvex deal` … `Zorvex said`): no person's name takes `the`.
            let spoke = self.spoke.min(p);
            p -= spoke;
            o += spoke;
        }
        if p == 0 && o == 0 && l == 0 {
            EntityKind::Other
        } else if p >= o && p >= l {
            EntityKind::Person
        } else if o >= l {
            EntityKind::Organization
        } else {
            EntityKind::Place
        }
    }

    /// The fullest form: most words, then most frequent, then alphabetical.
    pub(super) fn name<'a>(&self, gaz: &'a Gazetteer) -> &'a str
    where
        'k: 'a,
    {
        if let Some(id) = self.gaz {
            return &gaz.entry(id).name;
        }
        let best = self.forms.iter().max_by(|(a, na), (b, nb)| {
            let words = |s: &str| s.split_whitespace().count();
            (words(a), na).cmp(&(words(b), nb)).then_with(|| b.cmp(a))
        });
        best.map_or("", |(f, _)| f)
    }
}

/// Makes candidate `y`'s entity one with candidate `x`'s (`X, also known as Y`).
pub(super) fn merge(groups: &mut [Group], assign: &mut [usize], x: usize, y: usize) {
    let (gx, gy) = (assign[x], assign[y]);
    if gx == gy || gx >= groups.len() || gy >= groups.len() {
        return;
    }
    for g in assign.iter_mut().filter(|g| **g == gy) {
        *g = gx;
    }
    let (votes, org) = (groups[gy].votes, groups[gy].org);
    let (spoke, determined) = (groups[gy].spoke, groups[gy].determined);
    let into = &mut groups[gx];
    into.votes.iter_mut().zip(votes).for_each(|(v, w)| *v += w);
    into.org |= org;
    into.spoke += spoke;
    into.determined |= determined;
}

/// Organisations are matched by their exact name only.
pub(super) fn is_org(g: &Group, c: &Candidate) -> bool {
    c.hints.org || g.org
}

pub(super) fn new_group<'k>(groups: &mut Vec<Group<'k>>, key: &'k Key, gaz: Option<u32>) -> usize {
    groups.push(Group {
        key,
        gaz,
        forms: Forms::default(),
        votes: [0; 3],
        spoke: 0,
        determined: false,
        org: false,
        gender: None,
    });
    groups.len() - 1
}
