//! Quotes with no speech verb we know: a woven quote in the clause of a
//! person named as its subject, and a signature line (`- Ann Lee.`) under
//! a paragraph of speech.

use super::clauses::verb_like;
use super::{Attribution, How, Piece, Speakers, Subject};
use crate::analysis::tokens::{CAP, WORD};
use crate::analysis::types::EntityKind;

impl Speakers<'_> {
    /// `Lee groused to a crowd that the network "doesn't treat me well"`: a
    /// woven quote with no speech verb we know, in a clause whose subject is
    /// a person named outright and followed by its verb, with nobody else
    /// named before the quote: that person's words.
    pub(super) fn woven_subject(
        &self,
        para: usize,
        s0: usize,
        first: usize,
        q: &Piece,
        prev: Option<(&Piece, &Attribution)>,
    ) -> Option<Attribution> {
        let p = &self.paras[para];
        // `known for his "odd odes"`: a quoted noun phrase after a determiner
        // is a term the writer marks, not the subject's words.
        let term = first.checked_sub(1).is_some_and(|k| {
            matches!(
                p.toks[k].text(p.text),
                "a" | "an"
                    | "the"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
                    | "of"
            )
        });
        // A speech verb that named nobody (`then told them "…"`) is not overruled.
        let verb = (s0..first).any(|k| self.is_verb(para, k));
        if verb || term || !p.text[q.start..q.end].trim().contains(' ') {
            return None;
        }
        let Subject::Mention(m) = self.first_subject(para, s0, first) else {
            return None;
        };
        let (c, e) = &self.located[m];
        // `The Bill proposes "…"`: a person's name takes no article.
        let article = c.tok_start > 0 && matches!(p.toks[c.tok_start - 1].text(p.text), "The" | "the");
        if c.possessive
            || article
            || self.kinds[*e] != EntityKind::Person
            || !verb_like(*p.toks.get(c.tok_end)?, p.text)
        {
            return None;
        }
        let clear = (c.tok_end..first).all(|k| {
            let other = p.mention_start(k).is_some_and(|o| {
                matches!(
                    self.kinds[self.located[o].1],
                    EntityKind::Person | EntityKind::Organization
                )
            });
            !p.quoted(k)
                && !other
                && !matches!(p.toks[k].text(p.text), ";" | "but" | "while" | "who" | "which")
        });
        if !clear {
            return None;
        }
        self.resolve(para, c.tok_end, Subject::Mention(m), prev)
            .map(|a| a.via(How::PreSubject))
    }

    /// `"…"` then a paragraph `— Ann Lee, Ohio.`: a dash and a person's
    /// name alone (a place or role may follow its comma) under a paragraph
    /// that ends with the quote sign that quote.
    pub(super) fn signature(&self, q: &Piece, prev: Option<(&Piece, &Attribution)>) -> Option<Attribution> {
        let p = &self.paras[q.para];
        let close = q.close?;
        if p.text[close..].chars().any(char::is_alphanumeric) {
            return None;
        }
        let n = self.paras.get(q.para + 1)?;
        let dash = n
            .toks
            .first()
            .is_some_and(|t| matches!(t.text(n.text), "-" | "—" | "–"));
        if !dash || n.toks.len() > 16 {
            return None;
        }
        let m = n.mention_start(1)?;
        let (c, e) = &self.located[m];
        let after = n.toks.get(c.tok_end).map_or(".", |t| t.text(n.text));
        if c.possessive || self.kinds[*e] != EntityKind::Person || !matches!(after, "." | ",") {
            return None;
        }
        let mut a = self.resolve(q.para + 1, c.tok_start, Subject::Mention(m), prev)?;
        a.cue = None;
        Some(a.via(How::Signature))
    }

    /// `Antonio "LA" Reid`: a nickname of one or two capitalised words
    /// between a person's names is nobody's speech.
    pub(super) fn nickname(&self, q: &Piece, first: usize) -> bool {
        let p = &self.paras[q.para];
        let Some(b) = first.checked_sub(1).filter(|&b| p.toks[b].is(WORD)) else {
            return false;
        };
        let inner = &p.text[q.start..q.end];
        let capitalised = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
        p.toks[b].is(CAP)
            && p.toks[b].end as usize + 1 == q.open
            && inner.split(' ').count() <= 2
            && inner.split(' ').all(capitalised)
            && q.close
                .is_some_and(|c| p.text[c..].strip_prefix(' ').is_some_and(capitalised))
    }
}
