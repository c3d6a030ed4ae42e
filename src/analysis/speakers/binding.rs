//! Who cannot be a quote's speaker, whatever rule proposed them. Two
//! constraints that hold in any news text, not patterns of one set:
//! - a person the quote names in the third person is not its speaker
//!   (`"I've had a word with Olof," he told …` is not Olof's);
//! - a pronoun subject does not corefer with a name in its own clause
//!   (binding Condition C: in `He said Mr Lee had …`, `he` is not Lee).
//!
//! A barred person is skipped by the pronoun rules (`fits`, `could_fit`),
//! so the quote goes to the next person they find, or to nobody.

use super::inverted::joined;
use super::{Attribution, Piece, Speakers};
use crate::analysis::lexicon::Pronoun;
use crate::analysis::names::Candidate;
use crate::analysis::tokens::{CAP, SENTENCE_END, WORD};
use crate::analysis::types::EntityKind;

impl Speakers<'_> {
    /// Whether entity `e` is barred from the attribution under way.
    pub(super) fn barred(&self, e: usize) -> bool {
        self.bars.iter().any(|b| b.get() == Some(e))
    }

    /// Runs `f` with `e` barred in slot `slot` (0: named in the quote, 1:
    /// named in the pronoun's clause), then lifts the bar.
    fn barring<T>(&self, slot: usize, e: usize, f: impl FnOnce() -> T) -> T {
        let old = self.bars[slot].replace(Some(e));
        let out = f();
        self.bars[slot].set(old);
        out
    }

    /// `pronoun`, under Condition C: a pronoun subject at token `k` whose
    /// sentence names its antecedent after it (`He said Mr Lee had …`) means
    /// someone else.
    pub(super) fn bound_pronoun(
        &self,
        pr: Pronoun,
        para: usize,
        k: usize,
        prev: Option<(&Piece, &Attribution)>,
    ) -> Option<Attribution> {
        let a = self.pronoun(pr, para, k, prev)?;
        match a.speaker {
            Some(e) if self.named_after_in_sentence(para, k, e) => {
                self.barring(1, e, || self.pronoun(pr, para, k, prev))
            }
            _ => Some(a),
        }
    }

    /// Whether a mention of `e` stands after token `k` in `k`'s sentence,
    /// outside quotation marks, where `k` commands it: not the subject after
    /// a fronted clause that holds `k` (`Asked if he agreed, Lee said …`).
    fn named_after_in_sentence(&self, para: usize, k: usize, e: usize) -> bool {
        let p = &self.paras[para];
        let named = |j: usize| !p.quoted(j) && p.mention_start(j).is_some_and(|m| self.located[m].1 == e);
        // Most pronouns' people are not named again after them: a look at
        // the mention slots before any sentence is measured.
        if !(k + 1..p.toks.len()).any(named) {
            return false;
        }
        // The clause ends with the sentence, or where another is joined on
        // (`she said, but Lee …`: `she` does not command the second clause).
        let text = |j: usize| p.toks.get(j).map_or("", |t| t.text(p.text));
        let end = (k + 1..p.toks.len().min(k + super::MAX_SENTENCE))
            .find(|&j| {
                p.sentence_end(j)
                    || !p.quoted(j)
                        && (text(j) == ";"
                            || text(j) == "," && matches!(text(j + 1), "but" | "and" | "while" | "whereas"))
            })
            .unwrap_or(p.toks.len());
        let s0 = (k.saturating_sub(super::MAX_SENTENCE)..k)
            .rev()
            .find(|&j| p.sentence_end(j))
            .map_or(0, |j| j + 1);
        let first = p.toks[s0].text(p.text);
        let fronted = s0 < k
            && p.toks[s0].is(CAP)
            && (super::clauses::opens_fronted_clause(first)
                || super::clauses::opens_prepositional_phrase(first));
        // A pronoun inside an adverbial clause commands only that clause,
        // which ends at its first comma: `Asked if he agreed, Lee …`, `Two
        // weeks after Ann Lee lost, as she said, "…", Tom Fry jabbed at Lee`.
        // Inside: no comma between the pronoun and the clause's opener
        // (the sentence's first word, or a subordinator anywhere before it).
        let opener = |j: usize| {
            super::clauses::subordinator(text(j))
                || j == s0 && p.toks[s0].is(CAP) && super::clauses::opens_fronted_clause(first)
        };
        let inside = (s0..k).rev().take_while(|&j| text(j) != ",").any(opener);
        let end = if inside {
            (k + 1..end)
                .find(|&j| text(j) == "," && !p.quoted(j))
                .unwrap_or(end)
        } else {
            end
        };
        (k + 1..end).any(|j| {
            if !named(j) {
                return false;
            }
            let at = p.title_start(j);
            let main_subject = fronted && at > 0 && text(at - 1) == ",";
            !main_subject
        })
    }

    /// The attribution of quote `q`, under the constraint that a person it
    /// names in the third person does not say it: `a` (from `attribute`)
    /// when it passes; else the quote attributed again with that person
    /// barred, which moves a pronoun to the next person in view; nobody
    /// when the rules still name the barred person.
    pub(super) fn unnamed_inside(
        &self,
        q: &Piece,
        a: Attribution,
        again: impl FnOnce() -> Attribution,
    ) -> Attribution {
        // A piece that carries on a speech left open keeps the speaker its
        // first piece was given (and checked there): a long speech may name
        // its own speaker (`"… Lee swears shock. …`).
        if q.continues {
            return a;
        }
        let person = |e: usize| self.kinds[e] == EntityKind::Person;
        // Only a pronoun's guess gives way: a name in the cue (`Lee said`)
        // outweighs a self-naming (`no one is more loyal than Tom Lee`).
        let Some(e) = a
            .speaker
            .filter(|&e| a.who.pronoun() && person(e) && self.names_inside(q, e))
        else {
            return a;
        };
        let b = self.barring(0, e, again);
        if b.speaker == Some(e) {
            return Attribution {
                kind: b.kind,
                ..Attribution::default()
            };
        }
        b
    }

    /// Whether quote `q` names `e` in the third person: a mention of `e`
    /// inside it, or a capitalised word of `e`'s name that is no other
    /// name's (`Olof` for Olof Lund). Not `I, Olof Lund` nor `I'm Olof`.
    fn names_inside(&self, q: &Piece, e: usize) -> bool {
        let p = &self.paras[q.para];
        let from = p.toks.partition_point(|t| (t.start as usize) < q.start);
        let to = p.toks.partition_point(|t| (t.start as usize) < q.end);
        // A double mark inside the span means it ran past the quote (a mark
        // misread: `… 'what a thing.' "I'd take it." Fans balked, but Lee said: "…`):
        // what follows the mark may be the writer's.
        let to = (from..to)
            .find(|&k| matches!(p.toks[k].text(p.text), "\"" | "“" | "”"))
            .unwrap_or(to);
        let text = |k: usize| p.toks[k].text(p.text);
        let self_named = |k: usize| {
            k > from
                && (matches!(text(k - 1), "I'm" | "am" | "is")
                    && (k < from + 2 || matches!(text(k - 2), "I" | "name" | "This" | "this"))
                    || text(k - 1) == "," && k >= from + 2 && text(k - 2) == "I")
        };
        // `e`'s name words, gathered only if a capitalised word needs them.
        let mut words: Option<Vec<&str>> = None;
        // `a Lund-type`: a compound's modifier names nobody.
        let compound = |end: usize| end + 1 < p.toks.len() && joined(p, end);
        let mut k = from;
        while k < to {
            if let Some(m) = p.mention_start(k) {
                let (c, o) = &self.located[m];
                // `Olof` for Olof Lund, left a name of its own: a name whose
                // every word is one of `e`'s is `e`'s (not `Ann Lund`).
                let alias = *o != e && {
                    let ws = words.get_or_insert_with(|| self.name_words(e, false));
                    // This mention's words first: it seldom passes.
                    name_words_of(p, c).all(|w| ws.contains(&w))
                        && self.name_words(*o, true).iter().all(|w| ws.contains(w))
                };
                if (*o == e || alias) && !self_named(k) && !compound(c.tok_end) {
                    return true;
                }
                k = c.tok_end.max(k + 1);
                continue;
            }
            let t = p.toks[k];
            let capitalised = t.is(WORD) && t.is(CAP) && k > from && !p.toks[k - 1].is(SENTENCE_END);
            if capitalised
                && words
                    .get_or_insert_with(|| self.name_words(e, false))
                    .contains(&text(k))
                && !self_named(k)
                && !compound(k + 1)
            {
                return true;
            }
            k += 1;
        }
        false
    }

    /// The words of `e`'s names (outside quotes unless `quoted`), less
    /// honorifics and titles (`Olof` and `Lund` of `Mr Olof Lund`).
    fn name_words(&self, e: usize, quoted: bool) -> Vec<&str> {
        let mut words = Vec::new();
        for (c, _) in self.located.iter().filter(|(_, o)| *o == e) {
            let p = &self.paras[c.para];
            if quoted || !p.quoted(c.tok_start) {
                words.extend(name_words_of(p, c));
            }
        }
        words
    }
}

/// The words of one mention, less honorifics and titles.
fn name_words_of<'a>(p: &super::Para<'a>, c: &Candidate) -> impl Iterator<Item = &'a str> {
    p.toks[c.tok_start..c.tok_end].iter().filter_map(|t| {
        let lex = t.lex(p.text);
        (t.is(WORD) && lex.honorific().is_none() && !lex.title()).then(|| t.text(p.text))
    })
}
