//! Subjects found from the shape of a clause rather than from a speech
//! verb we know: `Hillary shot back, "…"`, `"…," Bennett shot back`, and
//! the subject of a participle (`Trump went after Bush, calling him "…"`).

use super::{Attribution, How, Piece, Speakers, Subject};
use crate::analysis::lexicon;
use crate::analysis::names::Candidate;
use crate::analysis::tokens::{CAP, SENTENCE_END, WORD};
use crate::analysis::types::EntityKind;

impl Speakers<'_> {
    /// `"…?" Trump went on` / `"…," Bennett shot back`: a quote that ends on
    /// a comma, question or exclamation, then a person and a lowercase word
    /// we do not know as a speech verb; that person speaks.
    pub(super) fn bare_after(
        &self,
        para: usize,
        after: usize,
        k: usize,
        prev: Option<(&Piece, &Attribution)>,
    ) -> Option<Attribution> {
        let p = &self.paras[para];
        let inside = &p.text[..p.toks[after - 1].start as usize];
        if !inside.trim_end().ends_with([',', '?', '!']) {
            return None;
        }
        let m = p.mention_start(k)?;
        let (c, e) = &self.located[m];
        let next = p.toks.get(c.tok_end)?;
        if c.possessive || self.kinds[*e] != EntityKind::Person || !next.is(WORD) || next.is(CAP) {
            return None;
        }
        if matches!(next.text(p.text), "and" | "or" | "of" | "who" | "which") {
            return None;
        }
        self.resolve(para, c.tok_end, Subject::Mention(m), prev)
            .map(|a| a.via(How::PostBare))
    }

    /// `After X criticised Y, Hillary shot back, "…"`: the clause before the
    /// quote's comma or colon is a subject and a few lowercase words with no
    /// speech verb we know; that subject speaks, not an earlier verb's. A
    /// name alone before a colon is a transcript's speaker label.
    pub(super) fn bare_clause(
        &self,
        para: usize,
        s0: usize,
        first: usize,
        prev: Option<(&Piece, &Attribution)>,
    ) -> Option<Attribution> {
        let p = &self.paras[para];
        let mark = first.checked_sub(1).filter(|&k| k > s0)?;
        if !matches!(p.toks[mark].text(p.text), "," | ":") {
            return None;
        }
        // Back to the clause's start, over a bracketed tag (`Rep. Ann Lee (R-Neb.)`).
        let mut k = mark;
        let mut tag = None;
        while k > s0 {
            let w = p.toks[k - 1].text(p.text);
            if w == ")" && tag.is_none() && k == mark {
                let open = (s0..k - 1).rev().find(|&j| p.toks[j].text(p.text) == "(")?;
                tag = Some(open);
                k = open;
                continue;
            }
            if p.quoted(k - 1) || matches!(w, "," | ";" | ":" | "(" | ")" | "—" | "–" | "-") {
                break;
            }
            k -= 1;
        }
        if p.toks
            .get(k)
            .is_some_and(|t| matches!(t.text(p.text), "But" | "And" | "Then" | "So"))
        {
            k += 1;
        }
        let k = past_honorifics(p, k, mark);
        let (subject, end) = if let Some(m) = p.mention_start(k) {
            let (c, e) = &self.located[m];
            if c.possessive || self.kinds[*e] == EntityKind::Place {
                return None;
            }
            (Subject::Mention(m), c.tok_end)
        } else if let Some(pr) = lexicon::pronoun(p.toks[k].text(p.text)) {
            (Subject::Pronoun(pr, k), k + 1)
        } else {
            return None;
        };
        // `Rep. Ann Lee (R-Neb.): "…"`: a transcript's speaker label.
        if p.toks[mark].text(p.text) == ":"
            && tag.unwrap_or(mark) == end
            && matches!(subject, Subject::Mention(_))
        {
            let mut a = self.resolve(para, end, subject, prev)?;
            a.cue = None;
            return Some(a.via(How::PreLabel));
        }
        let words = end..tag.unwrap_or(mark);
        let plain = |j: usize| {
            let t = p.toks[j];
            t.is(WORD) && !t.is(CAP) && !p.quoted(j) && t.lex(p.text).speech_verb().is_none()
        };
        if words.is_empty() || words.len() > 4 || !words.clone().all(plain) {
            return None;
        }
        self.resolve(para, end, subject, prev)
            .map(|a| a.via(How::PreBare))
    }

    /// `Lee listed one show as her guilty pleasure: "…"`: a sentence with no
    /// speech verb and no other quote, opening on a person's name and ending
    /// on the colon before the quote: that person speaks.
    /// `sentence` runs from its start to the quote's opening mark.
    pub(super) fn colon_subject(
        &self,
        para: usize,
        sentence: std::ops::Range<usize>,
        prev: Option<(&Piece, &Attribution)>,
    ) -> Option<Attribution> {
        let p = &self.paras[para];
        let s0 = sentence.start;
        let mark = sentence.end.checked_sub(1).filter(|&k| k > s0)?;
        if p.toks[mark].text(p.text) != ":" || (s0..mark).any(|k| p.quoted(k) || self.is_verb(para, k)) {
            return None;
        }
        let m = p.mention_start(past_honorifics(p, s0, mark))?;
        let (c, e) = &self.located[m];
        let next = *p.toks.get(c.tok_end)?;
        // The name is the subject: its verb or an apposition follows.
        if c.possessive
            || self.kinds[*e] != EntityKind::Person
            || !(verb_like(next, p.text) || next.text(p.text) == ",")
        {
            return None;
        }
        self.resolve(para, c.tok_end, Subject::Mention(m), prev)
            .map(|a| a.via(How::PreColonSubject))
    }

    /// `- Bolton boss Ann Lee "We were poor. …"`: a sentence that is only a
    /// person's name (after role words or a dash) and then speech opening on a
    /// capital, with no verb: a heading naming the speaker, as match reports
    /// and interviews print it.
    pub(super) fn name_heading(
        &self,
        para: usize,
        s0: usize,
        first: usize,
        q: &Piece,
        prev: Option<(&Piece, &Attribution)>,
    ) -> Option<Attribution> {
        let p = &self.paras[para];
        let m = p.mention_end(first.checked_sub(1)?)?;
        let (c, e) = &self.located[m];
        // A name we could not class is a person after a role (`boss Ann Lee`).
        let titled = c.tok_start > s0 && p.toks[c.tok_start - 1].lex(p.text).role();
        let person = match self.kinds[*e] {
            EntityKind::Person => true,
            EntityKind::Other => titled,
            _ => false,
        };
        if c.possessive || !person {
            return None;
        }
        // Speech, not a nickname (`Marion "Suge" Knight`).
        let text = &p.text[q.start..q.end];
        if !text.starts_with(char::is_uppercase) || text.split_whitespace().nth(2).is_none() {
            return None;
        }
        let heading = (s0..c.tok_start).all(|k| {
            let t = p.toks[k];
            !p.quoted(k) && (t.is(CAP) || matches!(t.text(p.text), "-" | "–" | "—") || t.lex(p.text).role())
        });
        if !heading {
            return None;
        }
        let mut a = self.resolve(para, c.tok_end, Subject::Mention(m), prev)?;
        a.cue = None;
        Some(a.via(How::PreHeading))
    }

    /// `in Forbes' words, "…"`, `in the words of Ann Lee: "…"`: the owner
    /// of the words speaks, when only punctuation stands before the quote.
    pub(super) fn words_of(
        &self,
        para: usize,
        s0: usize,
        first: usize,
        prev: Option<(&Piece, &Attribution)>,
    ) -> Option<Attribution> {
        let p = &self.paras[para];
        let k = (s0..first).rev().find(|&k| p.toks[k].is(WORD))?;
        let text = |j: usize| p.toks[j].text(p.text);
        let m = if text(k) == "words" {
            // `in Forbes' words`
            let m = p.mention_end(k.checked_sub(1)?)?;
            let start = self.located[m].0.tok_start;
            (self.located[m].0.possessive && start > s0 && text(start - 1).eq_ignore_ascii_case("in"))
                .then_some(m)?
        } else {
            // `in the words of Ann Lee`
            let m = p.mention_end(k)?;
            let start = self.located[m].0.tok_start;
            (start >= s0 + 4
                && !self.located[m].0.possessive
                && text(start - 4).eq_ignore_ascii_case("in")
                && [text(start - 3), text(start - 2), text(start - 1)] == ["the", "words", "of"])
            .then_some(m)?
        };
        self.resolve(para, k, Subject::Mention(m), prev)
            .map(|a| a.via(How::PreWords))
    }

    /// Whether a speech verb follows the mention (over an apposition set off
    /// by commas and fillers): `Ann Lee, a lawyer, said`; not a participle.
    pub(super) fn says_after(&self, c: &Candidate) -> bool {
        let p = &self.paras[c.para];
        let mut k = c.tok_end;
        while k < p.toks.len() {
            let w = p.toks[k].text(p.text);
            // A clause set off by commas or by dashes (`Ann Lee - who was
            // there - said`) is skipped to its closing mark.
            if matches!(w, "," | "-" | "–" | "—") {
                // `The head of the group, Ann Lee, says`: a full name closes
                // an apposition and the verb follows its comma, auxiliaries
                // between (`UKIP's leader, Ann Lee, has said`); so does a
                // single name after a person's noun (`Lee's father, Azmat, said`).
                if w == ","
                    && k == c.tok_end
                    && c.tok_start > 1
                    && p.toks[c.tok_start - 1].text(p.text) == ","
                    && (c.tok_end - c.tok_start >= 2 || {
                        // After a noun for a person, not any noun (`outside
                        // the state capital, Sacramento, said`).
                        let j = c.tok_start - 2;
                        self.role_head(c.para, j) || super::gender::noun(p.toks[j].text(p.text)).is_some()
                    })
                {
                    let v = (k + 1..p.toks.len().min(k + 4)).find(|&j| {
                        let t = p.toks[j];
                        !(t.is(WORD) && !t.is(CAP) && t.lex(p.text).filler())
                    });
                    if let Some(v) = v.filter(|&v| self.is_verb(c.para, v)) {
                        return p.toks[v].lex(p.text).speech_verb() == Some(false);
                    }
                }
                match (k + 1..p.toks.len().min(k + 25)).find(|&j| p.toks[j].text(p.text) == w) {
                    Some(j) => k = j + 1,
                    None => return false,
                }
                continue;
            }
            if self.is_verb(c.para, k) {
                return p.toks[k].lex(p.text).speech_verb() == Some(false);
            }
            if !(p.toks[k].is(WORD) && p.toks[k].lex(p.text).filler()) {
                return false;
            }
            k += 1;
        }
        false
    }

    /// `…, said Mr Jain.` / `"…," says Ann Lee`: a name straight after an
    /// inverted speech verb (a comma or a quote before the verb) that ends
    /// the clause is that verb's subject, so a pronoun after it can mean it;
    /// not a name that modifies what follows (`said Opera spokeswoman Ann Lee`).
    pub(super) fn inverted_subject(&self, c: &Candidate) -> bool {
        let p = &self.paras[c.para];
        let ends = p.toks.get(c.tok_end).is_none_or(|t| {
            p.quoted(c.tok_end) || matches!(t.text(p.text), "," | "." | ";" | ":" | "!" | "?")
        });
        if !ends {
            return false;
        }
        let mut at = c.tok_start;
        while at > 0
            && (p.toks[at - 1].is(CAP) && p.toks[at - 1].lex(p.text).honorific().is_some()
                || p.toks[at - 1].text(p.text) == ".")
        {
            at -= 1;
        }
        let Some(v) = at.checked_sub(1) else {
            return false;
        };
        // `… have educational elements said Mr Owen.`: a name that ends
        // the sentence right after the verb is its subject, comma or not.
        let last = p.toks.get(c.tok_end).is_some_and(|t| t.text(p.text) == ".");
        // The cheap tests first: this runs for every mention.
        v > 0
            && (p.toks[v - 1].text(p.text) == ","
                || p.quoted(v - 1)
                || last && p.mention_end(v - 1).is_none())
            && self.is_verb(c.para, v)
            && p.toks[v].lex(p.text).speech_verb() == Some(false)
            && !super::inverted::takes_object(p.toks[v].text(p.text))
    }

    /// `Realising his error, Mr Lee then wrote …`: a name straight after
    /// the comma closing a sentence's opening participle, subordinate
    /// clause or prepositional phrase, and followed by a lowercase word, is
    /// the main clause's subject.
    pub(super) fn after_opening_phrase(&self, c: &Candidate) -> bool {
        let p = &self.paras[c.para];
        let at = p.title_start(c.tok_start);
        if at == 0 || p.toks[at - 1].text(p.text) != "," {
            return false;
        }
        let Some(s0) = (0..at - 1)
            .rev()
            .take_while(|&k| !p.toks[k].is(SENTENCE_END) && !p.quoted(k))
            .last()
        else {
            return false;
        };
        if s0 > 0 && !p.toks[s0 - 1].is(SENTENCE_END) {
            return false;
        }
        let first = p.toks[s0].text(p.text);
        // `In Wednesday's Budget, Mr Brown doubled …`: a fronted
        // prepositional phrase is no subject either.
        let opener = opens_subordinate_clause(first)
            || opens_prepositional_phrase(first)
            || (first.len() > 4
                && first.ends_with("ing")
                && p.toks[s0].is(CAP)
                && p.mention_start(s0).is_none());
        let one_phrase = !(s0..at - 1).any(|k| matches!(p.toks[k].text(p.text), "," | ";"));
        opener
            && one_phrase
            && p.toks
                .get(c.tok_end)
                .is_some_and(|t| t.is(WORD) && !t.is(CAP) && !t.lex(p.text).role())
    }

    /// Whether a located mention can be a speaker: a person or organisation
    /// named outright, not a possessive.
    pub(super) fn speaks(&self, m: usize) -> bool {
        let (c, e) = &self.located[m];
        !c.possessive && matches!(self.kinds[*e], EntityKind::Person | EntityKind::Organization)
    }
}

/// The first token from `k` (before `end`) past titles the name does not
/// include (`Rep.`, `Sen.`).
fn past_honorifics(p: &super::Para, mut k: usize, end: usize) -> usize {
    while k < end && (p.toks[k].lex(p.text).honorific().is_some() || p.toks[k].text(p.text) == ".") {
        k += 1;
    }
    k
}

/// A lowercase word that can follow a subject as its verb: not a function
/// word (`Trump went`, not `Bush and`, `Clinton of`).
pub(super) fn verb_like(t: crate::analysis::tokens::Token, text: &str) -> bool {
    t.is(WORD)
        && !t.is(CAP)
        && !matches!(
            t.text(text),
            "and"
                | "or"
                | "of"
                | "for"
                | "in"
                | "at"
                | "on"
                | "to"
                | "with"
                | "from"
                | "by"
                | "who"
                | "which"
                | "that"
                | "the"
                | "a"
                | "an"
                | "as"
                | "than"
                | "but"
                | "about"
                | "after"
                | "before"
                | "over"
                | "into"
                | "last"
                | "this"
                | "next"
        )
}

/// A capitalised conjunction that opens a subordinate clause (`As X spoke,
/// …`): what comes before its comma is not the sentence's main clause.
pub(super) fn opens_subordinate_clause(word: &str) -> bool {
    matches!(
        word,
        "As" | "While"
            | "When"
            | "After"
            | "Before"
            | "If"
            | "Although"
            | "Though"
            | "Because"
            | "Since"
            | "Once"
            | "Until"
            | "Unless"
    )
}

/// A subordinating conjunction anywhere in a sentence (`after`, `When`):
/// the list above, whatever the first letter's case.
pub(super) fn subordinator(w: &str) -> bool {
    let mut buf = [0u8; 8];
    let Some(b) = buf.get_mut(..w.len()).filter(|b| !b.is_empty()) else {
        return false;
    };
    b.copy_from_slice(w.as_bytes());
    b[0] = b[0].to_ascii_uppercase();
    std::str::from_utf8(b).is_ok_and(opens_subordinate_clause)
}

/// A word that opens a fronted clause or phrase, before the sentence's
/// subject and its comma (`Asked about it, Lee said`, `Despite …`,
/// `When …`): shared by subject finding and Condition C.
pub(super) fn opens_fronted_clause(w: &str) -> bool {
    opens_subordinate_clause(w) || w == "Despite" || w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed"))
}

/// A capitalised preposition that opens a sentence (`Under`, `In`): a name
/// after it is inside a phrase, not the subject.
pub(super) fn opens_prepositional_phrase(w: &str) -> bool {
    matches!(
        w,
        "Under"
            | "In"
            | "At"
            | "On"
            | "With"
            | "For"
            | "From"
            | "By"
            | "Of"
            | "To"
            | "During"
            | "Without"
            | "Unlike"
    )
}

/// A form of `be` that makes a passive or progressive (`is quoted`, `was
/// told`, `is telling`), the bare `be` left out: several rules ask it of
/// the word before a verb.
pub(super) fn be_form(w: &str) -> bool {
    matches!(w, "is" | "was" | "are" | "were" | "been" | "being")
}
