//! Who said each quote, without a parser: a speech verb before or after the
//! quote and the subject next to it (a name, a pronoun, or a role such as
//! `a spokesman`), then continuation from the previous quote or sentence.
//! Finding the cue and its subject lives in `cues`, turning a subject into
//! an entity (pronouns, roles, descriptions) in `referents`.

mod before;
mod between;
mod binding;
mod business;
mod clauses;
mod continuation;
mod cues;
mod described;
mod descriptions;
mod echo;
mod gender;
mod inverted;
mod owners;
mod para;
mod path;
mod pronouns;
mod quoted;
mod referents;
mod sentence;
mod sole;
mod subjects;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_binding;
#[cfg(test)]
mod tests_continuation;
#[cfg(test)]
mod tests_cues;
#[cfg(test)]
mod tests_descriptions;
#[cfg(test)]
mod tests_pronouns;
#[cfg(test)]
mod tests_roles;
#[cfg(test)]
mod tests_sources;
mod uncued;

use super::lexicon::{Gender, Pronoun};
use super::names::Candidate;
use super::quotes::Piece;
use super::tokens::{CAP, SENTENCE_END, Token, WORD};
use super::types::{EntityKind, QuoteKind};
use para::Para;
pub use path::{How, Who};

/// The most tokens a sentence is searched back over. Real sentences are far
/// shorter; without a bound, a paragraph of many quotes and no full stop (a
/// file with no blank lines) made attribution quadratic.
const MAX_SENTENCE: usize = 160;

/// Who said a quote, as far as the text tells.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attribution {
    pub speaker: Option<usize>,
    pub role: Option<String>,
    pub cue: Option<String>,
    pub kind: Option<QuoteKind>,
    /// Which rule found the cue (`post-inverted`, `cont-prev-quote`, …) and
    /// how its subject became a speaker (`name`, `pron-subject`, …): kept so
    /// each path's precision can be measured against labels.
    pub how: How,
    pub who: Who,
}

impl Attribution {
    fn known(&self) -> bool {
        self.speaker.is_some() || self.role.is_some()
    }
    fn via(mut self, how: How) -> Self {
        self.how = how;
        self
    }
}

/// What stands next to a speech verb.
enum Subject {
    Mention(usize),
    /// An entity referred to without its name (`the federation`).
    Entity(usize),
    Pronoun(Pronoun, usize),
    /// A role, and whether it is definite (`the Tory leader`).
    Role(String, bool),
    /// `X said ... and asked`: the subject is the clause's first one.
    Coordinated,
    None,
}

pub struct Speakers<'a> {
    paras: Vec<Para<'a>>,
    located: &'a [(Candidate, usize)],
    kinds: Vec<EntityKind>,
    /// What the article tells of each entity's gender (see `gender`).
    genders: Vec<Option<Gender>>,
    /// Entities the gazetteer knows as neither person, organisation nor
    /// place (a work, an event, a product): never `he` or `she`.
    things: Vec<bool>,
    /// Whether each located mention is a clause subject (see `is_subject`),
    /// worked out when first asked: attribution asks about the few mentions
    /// near quotes, and the test is a fifth of the speakers' work.
    subject: Vec<std::cell::Cell<Option<bool>>>,
    /// People barred from the attribution under way (see `binding`).
    bars: [std::cell::Cell<Option<usize>>; 2],
}

impl Drop for Speakers<'_> {
    fn drop(&mut self) {
        para::recycle(&mut self.paras);
    }
}

impl<'a> Speakers<'a> {
    pub fn new(
        texts: &'a [String],
        toks: &'a [Vec<Token>],
        pieces: &[Piece],
        located: &'a [(Candidate, usize)],
        kinds: Vec<EntityKind>,
        genders: &[Option<Gender>],
    ) -> Self {
        let mut paras = para::build(texts, toks);
        for q in pieces {
            let p = &mut paras[q.para];
            let hi = q.close.unwrap_or(q.end);
            // Tokens are in text order: find the quoted range, don't scan.
            let from = p.toks.partition_point(|t| (t.start as usize) < q.open);
            let to = p.toks.partition_point(|t| (t.start as usize) < hi).max(from);
            for slot in &mut p.slots[from..to] {
                slot.quoted = true;
            }
        }
        for (i, (c, _)) in located.iter().enumerate() {
            paras[c.para].slots[c.tok_end - 1].mention_end = i as u32;
            paras[c.para].slots[c.tok_start].mention_start = i as u32;
        }
        let mut me = Speakers {
            paras,
            located,
            kinds,
            genders: Vec::new(),
            things: Vec::new(),
            subject: Vec::new(),
            bars: Default::default(),
        };
        me.things = vec![false; me.kinds.len()];
        for (c, e) in located {
            if c.gaz.is_some() && me.kinds[*e] == EntityKind::Other {
                me.things[*e] = true;
            }
        }
        let (genders, person) = gender::genders(&me.paras, located, &me.kinds, genders);
        me.genders = genders;
        // A name that opens with a known given name (or has a gendered noun
        // beside it) is a person's, for attribution, whatever name finding
        // made of it.
        for (kind, person) in me.kinds.iter_mut().zip(person) {
            if person && *kind == EntityKind::Other {
                *kind = EntityKind::Person;
            }
        }
        me.subject = vec![std::cell::Cell::new(None); located.len()];
        me
    }

    /// Attributes every piece, in order (continuation needs the previous one).
    pub fn attribute(&self, pieces: &[Piece]) -> Vec<Attribution> {
        let mut out: Vec<Attribution> = Vec::with_capacity(pieces.len());
        for (i, q) in pieces.iter().enumerate() {
            // A title or scare quote of the paragraph that nobody says (`a
            // host on "Shark Tank." "I mean, …"`) is skipped: the quote
            // after it carries on from the speech before it.
            let untold = |j: usize| {
                pieces[j].para == q.para
                    && !out[j].known()
                    && matches!(out[j].kind, Some(QuoteKind::Scare | QuoteKind::Title))
            };
            let mut j = i.checked_sub(1);
            while let Some(k) = j.filter(|&k| k > 0 && untold(k) && pieces[k - 1].para == q.para) {
                j = Some(k - 1);
            }
            let prev = j.map(|j| (&pieces[j], &out[j]));
            let a = self.one(q, prev);
            let a = self.unnamed_inside(q, a, || self.one(q, prev));
            out.push(a);
        }
        self.echoes(pieces, &mut out);
        self.sole_speaker(pieces, &mut out);
        out
    }

    fn one(&self, q: &Piece, prev: Option<(&Piece, &Attribution)>) -> Attribution {
        let p = &self.paras[q.para];
        let n = p.toks.len();
        // Tokens are in text order: binary searches, not scans.
        let first = p.toks.partition_point(|t| (t.start as usize) < q.open);
        let after = q
            .close
            .map_or(n, |c| p.toks.partition_point(|t| (t.start as usize) < c));
        let reach = first.saturating_sub(MAX_SENTENCE);
        let s0 = (reach..first)
            .rev()
            .find(|&k| p.sentence_end(k))
            .map_or(reach, |k| k + 1);
        // A quote reopened within its paragraph (`… first. "Then …`) starts
        // its own sentence, whatever stood before the first mark.
        let s0 = if q.continues && prev.is_some_and(|(pq, _)| pq.para == q.para) {
            first
        } else {
            s0
        };
        let lead_in = (s0..first)
            .filter(|&k| !p.quoted(k) && p.toks[k].is(WORD))
            .count();
        let before = first.checked_sub(1).map(|k| p.toks[k].text(p.text));
        if lead_in > 0
            && let Some(mut a) = self.name_heading(q.para, s0, first, q, prev)
        {
            a.kind = Some(QuoteKind::Speech);
            return a;
        }
        let speech = lead_in == 0 || matches!(before, Some(":" | ","));
        if !speech && self.nickname(q, first) {
            return Attribution {
                kind: Some(QuoteKind::Scare),
                ..Attribution::default()
            };
        }
        let kind = if speech {
            QuoteKind::Speech
        } else {
            QuoteKind::Partial
        };
        let same_sentence_prev = prev.filter(|(pq, _)| {
            pq.para == q.para
                && pq
                    .close
                    .is_some_and(|c| c > p.toks.get(s0).map_or(0, |t| t.start as usize))
        });

        let post = || {
            if q.close.is_some() {
                self.post_cue(q.para, after, prev)
            } else {
                None
            }
        };
        let set_off = speech && lead_in > 0;
        let pre = || {
            set_off
                .then(|| self.bare_clause(q.para, s0, first, prev))
                .flatten()
                .or_else(|| self.pre_cue(q.para, s0, first, prev, same_sentence_prev, set_off))
        };
        let found = if speech || self.tail_cue(q, after) || self.closing_cue(q, after) {
            post().or_else(pre)
        } else {
            pre().or_else(post)
        };
        if let Some(mut a) = found {
            a.kind = Some(kind);
            return a;
        }
        // A woven phrase with no speech verb of its own is the writer's (a
        // scare quote or a title); only free-standing speech continues.
        if !speech {
            if let Some(mut a) = self.woven_subject(q.para, s0, first, q, prev) {
                a.kind = Some(kind);
                return a;
            }
            return Attribution {
                kind: Some(self.untold_kind(q)),
                ..Attribution::default()
            };
        }
        let mut a = self
            .signature(q, prev)
            .or_else(|| self.continuation(q, prev, s0))
            .unwrap_or_default();
        a.kind = Some(kind);
        a
    }

    /// Whether a speech verb follows the quote's closing mark in its
    /// sentence, within a few words (`"…," the office said`).
    fn own_cue(&self, q: &Piece) -> bool {
        self.own_cue_at(q).is_some()
    }

    /// `own_cue`'s verb and whether a capitalised word stands before it
    /// (`"…," Eric Woolson, a strategist, said`: a name we did not find).
    fn own_cue_at(&self, q: &Piece) -> Option<(usize, bool)> {
        let p = &self.paras[q.para];
        let close = q.close?;
        // `"… stronger." Hodgson revealed …`: a new sentence, not this quote's cue.
        if p.text[..q.end].trim_end().ends_with('.') {
            return None;
        }
        let after = p.toks.partition_point(|t| (t.start as usize) < close);
        let v = (after..p.toks.len().min(after + 12))
            .take_while(|&k| !p.quoted(k) && !p.toks[k].is(SENTENCE_END))
            .find(|&k| self.is_verb(q.para, k))?;
        Some((v, (after..v).any(|k| p.toks[k].is(CAP))))
    }

    /// `Comey cannot say that "…," Lewandowski added.`: after the quote, a
    /// name and a speech verb that close the sentence (or lead only to a
    /// comma or a place or time) are the cue of the whole sentence.
    fn tail_cue(&self, q: &Piece, after: usize) -> bool {
        let (para, p) = (q.para, &self.paras[q.para]);
        let text = |k: usize| p.toks.get(k).map_or(".", |t| t.text(p.text));
        let name = if text(after) == "," {
            after + 1
        } else if q.close.is_some() && p.text[..q.end].ends_with(',') {
            after
        } else {
            return false;
        };
        let Some(m) = p.mention_start(name) else {
            return false;
        };
        let mut v = self.located[m].0.tok_end;
        while p
            .toks
            .get(v)
            .is_some_and(|t| t.is(WORD) && !t.is(CAP) && t.lex(p.text).filler())
        {
            v += 1;
        }
        v < p.toks.len()
            && self.is_verb(para, v)
            && p.toks[v].lex(p.text).speech_verb() == Some(false)
            && matches!(
                text(v + 1),
                "," | "." | "in" | "on" | "at" | "during" | "of" | "to"
            )
    }

    /// `… denies — "why wouldn't you?" asked Dunn`: a quote that ends on a
    /// comma, question or exclamation inside its marks and is followed at
    /// once by a speech verb (`asked Dunn`, `Lee said`) is set-off speech,
    /// whatever precedes it: that verb is its cue, not one before it.
    fn closing_cue(&self, q: &Piece, after: usize) -> bool {
        let p = &self.paras[q.para];
        if q.close.is_none() || !p.text[q.start..q.end].ends_with([',', '?', '!']) {
            return false;
        }
        (after..p.toks.len().min(after + 4))
            .take_while(|&k| !p.quoted(k) && !p.toks[k].is(SENTENCE_END))
            .find(|&k| self.is_verb(q.para, k))
            // `…," Trump said: "…"`: that cue introduces the next quote.
            .is_some_and(|k| {
                p.toks[k].lex(p.text).speech_verb() == Some(false)
                    && !p.quoted(k + 1)
                    && p.toks.get(k + 1).is_none_or(|t| t.text(p.text) != ":")
            })
    }

    /// A woven quote nobody is said to say: a title of a work or a scare quote.
    fn untold_kind(&self, q: &Piece) -> QuoteKind {
        let p = &self.paras[q.para];
        let text = &p.text[q.start..q.end];
        let words: Vec<&str> = text.split_whitespace().collect();
        let caps = words.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
        let cue = p.text[..q.open].split_whitespace().rev().take(3).any(|w| {
            matches!(
                w.trim_matches(|c: char| !c.is_alphanumeric()),
                "film"
                    | "book"
                    | "song"
                    | "album"
                    | "programme"
                    | "program"
                    | "show"
                    | "series"
                    | "novel"
                    | "single"
                    | "play"
                    | "musical"
                    | "entitled"
                    | "titled"
                    | "track"
                    | "game"
                    | "movie"
            )
        });
        if cue && caps * 2 > words.len() {
            QuoteKind::Title
        } else {
            QuoteKind::Scare
        }
    }
}
