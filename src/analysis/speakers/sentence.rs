//! The subject of a whole sentence (its opening noun phrase, past a scene
//! setting phrase) and of a participle cue (`…, saying "…"`), kept apart
//! from `clauses` for size.

use super::clauses::{opens_fronted_clause, verb_like};
use super::inverted::joined;
use super::{Speakers, Subject};
use crate::analysis::lexicon;
use crate::analysis::tokens::{ACRONYM, CAP, WORD};
use crate::analysis::types::EntityKind;

impl Speakers<'_> {
    /// The subject of a participle cue at `v`: the subject of a speech verb
    /// before it, a name straight before it
    /// (`, with Gorka noting`), the sentence's opening subject, or the last
    /// name followed by its verb (`…, Trump went after Bush, calling`).
    /// Never a name that only stands as an object.
    pub(super) fn participle_subject(&self, para: usize, s0: usize, v: usize) -> Subject {
        if let Some(m) = self.absolute_subject(para, v) {
            return Subject::Mention(m);
        }
        if let Some(s) = self.quoted_as(para, v, s0) {
            return s;
        }
        let p = &self.paras[para];
        // `…, Spicer said, adding "…"`: the speaker of the verb before.
        let said = (s0..v).rev().find(|&k| {
            !p.quoted(k) && self.is_verb(para, k) && p.toks[k].lex(p.text).speech_verb() == Some(false)
        });
        if let Some(k) = said {
            // `Cuban complained that …, suggesting`: that verb's subject or no one.
            return self.verb_subject(para, k, s0);
        }
        match self.first_subject(para, s0, v) {
            Subject::None => {}
            s => return s,
        }
        (s0..v)
            .rev()
            .filter(|&k| !p.quoted(k))
            .find_map(|k| {
                p.mention_start(k).filter(|&m| {
                    let c = &self.located[m].0;
                    let mut j = c.tok_end;
                    // `Sen. Bernie Sanders (I-Vt.) visited`: step over the tag.
                    if p.toks.get(j).is_some_and(|t| t.text(p.text) == "(") {
                        j = (j..v)
                            .find(|&i| p.toks[i].text(p.text) == ")")
                            .map_or(v, |i| i + 1);
                    }
                    self.speaks(m) && j < v && verb_like(p.toks[j], p.text)
                })
            })
            .map_or(Subject::None, Subject::Mention)
    }

    /// The subject of an absolute participle: a name straight before it
    /// (adverbs between), after `with`, a dash or `and`, titles between
    /// (`, with Sen. Ann Lee calling it "…"`, `– Lee saying she was "…" and
    /// Fry calling it "…"`). That name speaks, whatever verb the sentence
    /// had before.
    pub(super) fn absolute_subject(&self, para: usize, v: usize) -> Option<usize> {
        let p = &self.paras[para];
        let mut k = v.checked_sub(1)?;
        while k > 0 && p.toks[k].is(WORD) && !p.toks[k].is(CAP) && p.toks[k].lex(p.text).filler() {
            k -= 1;
        }
        let m = p.mention_end(k).filter(|&m| self.speaks(m))?;
        let mut start = self.located[m].0.tok_start;
        // Over a title the name does not include (`Sen.`, `Republican Senator`).
        while start > 0 {
            let t = p.toks[start - 1];
            let w = t.text(p.text);
            if w == "." || t.lex(p.text).honorific().is_some() || t.lex(p.text).title() {
                start -= 1;
            } else {
                break;
            }
        }
        let before = start.checked_sub(1).map(|j| p.toks[j].text(p.text))?;
        matches!(before, "with" | "and" | "—" | "–").then_some(m)
    }

    /// The subject of a sentence from its opening noun phrase (`U.S.
    /// Ambassador to the U.N. Nikki Haley and …`): its last person, else its
    /// first name or role; possessives (`Trump's envoy`) are skipped.
    pub(super) fn first_subject(&self, para: usize, s0: usize, hi: usize) -> Subject {
        let p = &self.paras[para];
        let (mut person, mut other) = (None, None);
        // `Speaking to MSNBC's Morning Joe, Bush …`: an opening participle or
        // adverbial phrase is not the subject; it ends at its comma.
        // Not a name that happens to end so (`Boreing said`, `King says`).
        let opener = p.toks.get(s0).is_some_and(|t| {
            let w = t.text(p.text);
            t.is(CAP) && t.is(WORD) && p.mention_start(s0).is_none() && opens_fronted_clause(w)
        });
        // `In a statement released Thursday, Lee …`, `At the debate, Lee …`:
        // a prepositional phrase sets the scene, unless a dash or bracket
        // comes first (`In the letter - addressed to X, Y - Lee asks`).
        let scene = p.toks.get(s0).is_some_and(|t| {
            matches!(
                t.text(p.text),
                "In" | "At" | "On" | "After" | "Before" | "Since" | "Amid" | "Under" | "Over"
            )
        });
        let s0 = if opener {
            (s0..hi.min(s0 + 25))
                .find(|&k| p.toks[k].text(p.text) == "," && !p.quoted(k))
                .map_or(s0, |k| k + 1)
        } else if scene {
            (s0..hi.min(s0 + 25))
                .find(|&k| {
                    let w = p.toks[k].text(p.text);
                    !p.quoted(k) && (matches!(w, "," | "—" | "–" | "(") || w == "-" && !joined(p, k))
                })
                .filter(|&k| p.toks[k].text(p.text) == ",")
                .map_or(s0, |k| k + 1)
        } else {
            s0
        };
        for k in s0..hi {
            if p.quoted(k) {
                continue;
            }
            let t = p.toks[k];
            let w = t.text(p.text);
            if let Some(m) = p.mention_start(k) {
                let (c, e) = &self.located[m];
                // A dateline (`WASHINGTON —`, `DOVER, May 3`) or a place that
                // sets the scene (`In Iowa,`) is not who speaks.
                let next = p.toks.get(c.tok_end).map_or("", |t| t.text(p.text));
                let dateline = c.tok_start == 0
                    && (matches!(next, "—" | "–" | "-" | "(") || next == "," && p.toks[0].is(ACRONYM));
                let setting = dateline
                    || self.kinds[*e] == EntityKind::Place
                        && (p.toks.get(c.tok_end).is_some_and(|t| !t.is(WORD))
                            || c.tok_start > 0
                                && matches!(
                                    p.toks[c.tok_start - 1].text(p.text),
                                    "In" | "At" | "From" | "Outside"
                                ));
                // `Ryan's campaign shrugged it off, telling …`: the owner speaks.
                if c.possessive
                    && person.is_none()
                    && other.is_none()
                    && p.toks
                        .get(c.tok_end)
                        .is_some_and(|t| super::before::owner_noun(t.text(p.text)))
                {
                    return Subject::Mention(m);
                }
                if !c.possessive && !setting {
                    if self.kinds[*e] == EntityKind::Person {
                        person = Some(m);
                    } else {
                        other = other.or(Some(m));
                    }
                }
                continue;
            }
            if let Some(pr) = lexicon::pronoun(w).filter(|_| person.is_none() && other.is_none()) {
                return Subject::Pronoun(pr, k);
            }
            if self.role_head(para, k) {
                if person.is_none() && other.is_none() {
                    let (r, definite) = self.role_phrase(para, k, s0);
                    return Subject::Role(r, definite);
                }
                continue; // `Home Office minister Hazel Blears`
            }
            if t.is(WORD) && !t.is(CAP) && !matches!(w, "the" | "a" | "an" | "to" | "of") {
                if k + 1 == hi && self.modifies_head(para, k) {
                    return Subject::None;
                }
                break; // past the sentence's opening noun phrase
            }
        }
        person.or(other).map_or(Subject::None, Subject::Mention)
    }

    /// `The Oscar winner said`, `A US firm said`: a name after a determiner,
    /// straight before the one lowercase word before the verb, only modifies
    /// that word, the phrase's head; the subject is a description naming
    /// nobody. Not an adverb (`The firm also said`, `Acme reportedly said`).
    fn modifies_head(&self, para: usize, k: usize) -> bool {
        let p = &self.paras[para];
        let t = p.toks[k];
        let w = t.text(p.text);
        if t.lex(p.text).filler() || w.ends_with("ly") || w.ends_with("self") || w.ends_with("selves") {
            return false;
        }
        let Some(m) = k.checked_sub(1).and_then(|j| p.mention_end(j)) else {
            return false;
        };
        let c = &self.located[m].0;
        !c.possessive
            && c.tok_start > 0
            && matches!(
                p.toks[c.tok_start - 1].text(p.text),
                "The" | "the" | "A" | "a" | "An" | "an"
            )
    }

    /// `The UK economy is …`, `A US firm has …`: a place after a determiner,
    /// a noun after it, only modifies that noun, the clause's subject.
    pub(super) fn place_modifier(&self, i: usize) -> bool {
        let (c, e) = &self.located[i];
        let p = &self.paras[c.para];
        self.kinds[*e] == EntityKind::Place
            && p.toks.get(c.tok_end).is_some_and(|t| {
                t.is(WORD)
                    && !t.is(CAP)
                    && t.lex(p.text).speech_verb().is_none()
                    && !t.text(p.text).ends_with("ed")
            })
            && self.modifies_head(c.para, c.tok_end)
    }
}
