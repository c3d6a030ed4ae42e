//! The subject after a speech verb (`said Mr Brown`, `according to X`,
//! `said BIFA founder Elliot Grove`), kept apart from `cues` for size.

use super::{Speakers, Subject};
use crate::analysis::lexicon;
use crate::analysis::tokens::{CAP, DIGIT, POSSESSIVE, WORD};
use crate::analysis::types::EntityKind;

impl Speakers<'_> {
    /// A person (or a name of unknown kind) straight after up to four
    /// lowercase words from `k`.
    pub(super) fn person_after(&self, para: usize, k: usize, hi: usize) -> Option<usize> {
        let p = &self.paras[para];
        let j = (k..hi.min(k + 5)).find(|&j| !p.toks[j].is(WORD) || p.toks[j].is(CAP))?;
        (j > k && !p.quoted(j))
            .then(|| p.mention_start(j))
            .flatten()
            .filter(|&o| {
                let (c, e) = &self.located[o];
                !c.possessive && matches!(self.kinds[*e], EntityKind::Person | EntityKind::Other)
            })
    }

    /// A person named straight after a run (from `k`) of `and` and lowercase
    /// title words (`and chief executive`), with a role word in it: no
    /// preposition, so the name is the one the titles describe. A name of
    /// unknown kind counts (`said chief executive Todd Stitzer`): the titles
    /// say it is a person's.
    fn after_titles(&self, para: usize, k: usize, hi: usize) -> Option<usize> {
        let p = &self.paras[para];
        let mut role = false;
        let mut j = k;
        while j < hi.min(k + 5) {
            let t = p.toks[j];
            if !t.is(WORD) || t.is(CAP) || p.quoted(j) {
                break;
            }
            let w = t.text(p.text);
            role |= t.lex(p.text).role();
            if !(w == "and" || t.lex(p.text).role() || matches!(w, "chief" | "senior" | "deputy" | "general"))
            {
                return None;
            }
            j += 1;
        }
        (role && j > k)
            .then(|| p.mention_start(j))
            .flatten()
            .filter(|&m| {
                let (c, e) = &self.located[m];
                !c.possessive && matches!(self.kinds[*e], EntityKind::Person | EntityKind::Other)
            })
    }

    /// `Ernst and Young's Sanjay Mehta` after a name ending at `end`: the
    /// person after `and Y's` (one owner of two names), if any.
    fn after_joint_owner(&self, para: usize, end: usize, hi: usize) -> Option<usize> {
        let p = &self.paras[para];
        if p.toks.get(end)?.text(p.text) != "and" {
            return None;
        }
        let owner = (end + 1..hi.min(end + 4)).find(|&j| !p.toks[j].is(CAP) || p.toks[j].is(POSSESSIVE))?;
        if !p.toks[owner].is(CAP) {
            return None;
        }
        p.mention_start(owner + 1).filter(|&m| {
            let (c, e) = &self.located[m];
            !c.possessive && matches!(self.kinds[*e], EntityKind::Person | EntityKind::Other)
        })
    }

    /// Whether a mention is followed by a comma, a colon or a quote that
    /// opens on a capital (`says Ann Lee "We…"`); a quote woven on straight
    /// after it (`says Ali "talked the talk"`) has the name as its subject.
    pub(super) fn ends_clause(&self, para: usize, m: usize) -> bool {
        let p = &self.paras[para];
        let end = self.located[m].0.tok_end;
        let capital = || {
            (end..p.toks.len().min(end + 3))
                .find(|&k| p.toks[k].is(WORD))
                .is_some_and(|k| p.quoted(k) && p.toks[k].is(CAP))
        };
        p.quoted(end) && capital()
            || p.toks
                .get(end)
                .is_some_and(|t| matches!(t.text(p.text), "," | ":"))
    }

    /// `Said Ann Lee, "…"`, `Continued Lee: "…"`, `Added the senator, "…"`:
    /// a capitalised speech verb opening a sentence, a name or `the` next, is
    /// an inverted cue. Not `asked` (`Asked about it, Lee said`), nor a verb
    /// whose noun is its object (`Told the news, …`).
    pub(super) fn opens_inverted(&self, para: usize, k: usize) -> bool {
        let p = &self.paras[para];
        let w = p.toks[k].text(p.text);
        let opens = k == 0 || p.sentence_end(k - 1);
        let named = p
            .toks
            .get(k + 1)
            .is_some_and(|t| !p.quoted(k + 1) && (t.is(CAP) || t.text(p.text) == "the"));
        if !(opens && named && lexicon::capitalised_speech_verb(w)) {
            return false;
        }
        let lower = w.to_ascii_lowercase();
        lower != "asked" && !takes_object(&lower)
    }

    /// The subject straight after a verb: `said Mr Brown`, `according to X`.
    pub(super) fn subject_after(&self, para: usize, v: usize, hi: usize) -> Subject {
        let p = &self.paras[para];
        let mut k = v + 1;
        while k < hi.min(v + 8) && !p.quoted(k) {
            let t = p.toks[k];
            let w = t.text(p.text);
            if let Some(m) = p.mention_start(k).filter(|&m| !self.located[m].0.possessive) {
                // `said Opera spokeswoman, Berit Hanson`: the org only modifies.
                let end = self.located[m].0.tok_end;
                // `added Ernst and Young's Sanjay Mehta`: `X and Y's` is one
                // owner; the person after it speaks.
                if let Some(o) = self.after_joint_owner(para, end, hi) {
                    return Subject::Mention(o);
                }
                // `said Trump had …`: the name opens the reported clause.
                if p.toks.get(end).is_some_and(|t| clause_verb(t.text(p.text))) {
                    return Subject::None;
                }
                if !(end < p.toks.len() && self.role_head(para, end)) {
                    // `said BIFA founder and director Elliot Grove`: a person
                    // after a few lowercase words is who the org modifies.
                    if self.kinds[self.located[m].1] != EntityKind::Person
                        && let Some(o) = self.person_after(para, end, hi)
                    {
                        return Subject::Mention(o);
                    }
                    if let Some(s) = self.name_as_modifier(para, m, v, hi) {
                        return s;
                    }
                    return Subject::Mention(m);
                }
                k = end;
                continue;
            }
            // `said the American.`, `said the New Zealander.`: one or two
            // capitalised words no entity claims, or only a name of unknown
            // kind (a demonym), standing alone after `the` describe someone
            // named before.
            if w == "the" && k == v + 1 {
                let end = (k + 1..p.toks.len().min(k + 4))
                    .find(|&j| !(p.toks[j].is(CAP) && p.toks[j].is(WORD)))
                    .unwrap_or(k + 1);
                let demonym = end > k + 1
                    && end - k <= 3
                    && (k + 1..end).all(|j| {
                        p.mention_start(j)
                            .is_none_or(|m| self.kinds[self.located[m].1] == EntityKind::Other)
                    })
                    && matches!(p.toks[end].text(p.text), "." | ",");
                if demonym {
                    let words: Vec<&str> = (k + 1..end).map(|j| p.toks[j].text(p.text)).collect();
                    return Subject::Role(format!("the {}", words.join(" ")), true);
                }
            }
            if let Some(pr) = lexicon::pronoun(w).filter(|_| k == v + 1) {
                return Subject::Pronoun(pr, k);
            }
            if self.role_head(para, k) {
                let named = (p.toks.get(k + 1).map(|t| t.text(p.text)) == Some(","))
                    .then(|| p.mention_start(k + 2))
                    .flatten()
                    .filter(|&m| self.kinds[self.located[m].1] == EntityKind::Person);
                // `said RNC spokesman Sean Spicer`: the name after the role speaks.
                let named = named.or_else(|| {
                    p.mention_start(k + 1).filter(|&m| {
                        let (c, e) = &self.located[m];
                        !c.possessive && matches!(self.kinds[*e], EntityKind::Person | EntityKind::Other)
                    })
                });
                // `said Acme president and chief executive Bill Owens`: a
                // title of several roles still ends on the person it names.
                let named = named.or_else(|| self.after_titles(para, k + 1, hi));
                if let Some(m) = named {
                    return Subject::Mention(m);
                }
                let (r, definite) = self.role_phrase(para, k, v + 1);
                return Subject::Role(r, definite);
            }
            let skippable = t.is(CAP)
                || t.is(DIGIT)
                || matches!(w, "to" | "a" | "an" | "the" | "." | "one" | "-")
                // `said team-mate Chris Paterson`: a hyphenated compound goes on.
                || (t.is(WORD)
                    && !t.lex(p.text).filler()
                    && k + 1 < hi
                    && (p.toks[k + 1].is(WORD) || joined(p, k + 1)));
            // `think that if the U.S. pulls back`: a clause opens, no inverted subject.
            if !skippable
                || matches!(
                    w,
                    "," | "that"
                        | "if"
                        | "when"
                        | "whether"
                        | "because"
                        | "how"
                        | "why"
                        | "what"
                        | "of"
                        | "about"
                )
            {
                return Subject::None;
            }
            k += 1;
        }
        Subject::None
    }
}

impl Speakers<'_> {
    /// `said Cobain biographer Charles Cross`, `says the Waterford man`: a
    /// name followed by common nouns only modifies them, since the noun
    /// phrase's head is its last noun. The subject is the person those nouns
    /// lead to, else (after `the`, the phrase closed) the role they head.
    fn name_as_modifier(&self, para: usize, m: usize, v: usize, hi: usize) -> Option<Subject> {
        let p = &self.paras[para];
        let c = &self.located[m].0;
        let noun = |j: usize| {
            let t = p.toks[j];
            let w = t.text(p.text);
            t.is(WORD)
                && !t.is(CAP)
                && !p.quoted(j)
                && !t.lex(p.text).filler()
                && t.lex(p.text).speech_verb().is_none()
                && !clause_verb(w)
                && !matches!(
                    w,
                    "and"
                        | "or"
                        | "but"
                        | "of"
                        | "to"
                        | "for"
                        | "with"
                        | "by"
                        | "from"
                        | "as"
                        | "after"
                        | "before"
                        | "when"
                        | "that"
                        | "which"
                        | "who"
                        | "afterwards"
                        | "if"
                        | "about"
                )
        };
        let person = |o: usize| {
            let (c, e) = &self.located[o];
            !c.possessive && matches!(self.kinds[*e], EntityKind::Person | EntityKind::Other)
        };
        // `said Acme Equity Group insurance analyst Jay Gelb`: more of the
        // organisation's name (capitalised words, another name that is no
        // person's) may run on before its nouns.
        // `said UK Chancellor of the Exchequer Ann Lee`: a capitalised title
        // (and the `of the` of its office) heads the phrase as a noun does.
        let reach = hi.min(c.tok_end + 6);
        let (mut end, mut nouns, mut titled) = (c.tok_end, false, false);
        while end < reach {
            match p.mention_start(end) {
                Some(o) if !nouns && self.kinds[self.located[o].1] != EntityKind::Person => {
                    end = self.located[o].0.tok_end
                }
                Some(_) => break,
                None if noun(end) => (end, nouns) = (end + 1, true),
                None if p.toks[end].is(CAP) && !p.quoted(end) => {
                    titled |= p.toks[end].lex(p.text).title();
                    nouns |= titled;
                    end += 1
                }
                None if titled && matches!(p.toks[end].text(p.text), "of" | "the") => end += 1,
                None => break,
            }
        }
        if !nouns || end >= p.toks.len() {
            return None;
        }
        if let Some(o) = p.mention_start(end).filter(|&o| person(o)) {
            return Some(Subject::Mention(o));
        }
        let the = c.tok_start > 0 && p.toks[c.tok_start - 1].text(p.text).eq_ignore_ascii_case("the");
        let closed = matches!(p.toks[end].text(p.text), "," | "." | ";" | "who");
        (the && closed).then(|| {
            let (r, definite) = self.role_phrase(para, end - 1, v + 1);
            Subject::Role(r, definite)
        })
    }
}

/// Auxiliaries and past forms that show a name after `said` is the subject
/// of the reported clause (`said Trump had`, `said Smith would`).
fn clause_verb(w: &str) -> bool {
    matches!(
        w,
        "had"
            | "has"
            | "have"
            | "was"
            | "is"
            | "were"
            | "are"
            | "would"
            | "will"
            | "could"
            | "should"
            | "can"
            | "may"
            | "might"
            | "must"
            | "did"
            | "does"
            | "wanted"
            | "wants"
            | "needed"
            | "needs"
    )
}

/// Whether token `k` is a hyphen with no space on either side (`Henley-on-Thames`).
pub(super) fn joined(p: &super::Para, k: usize) -> bool {
    p.toks[k].text(p.text) == "-"
        && k > 0
        && p.toks[k - 1].end == p.toks[k].start
        && p.toks.get(k + 1).is_some_and(|t| t.start == p.toks[k].end)
}

/// Verbs whose following noun is an object, not an inverted subject: in
/// `told the BBC` the BBC is told, while in `said Mr Brown` Mr Brown speaks.
pub(super) fn takes_object(verb: &str) -> bool {
    matches!(
        verb,
        "told"
            | "tells"
            | "telling"
            | "urged"
            | "accused"
            | "called"
            | "calls"
            | "described"
            | "labelled"
            | "labeled"
            | "branded"
            | "dubbed"
            | "praised"
            | "criticised"
            | "criticized"
            | "blamed"
            | "condemned"
            | "questioned"
            | "dismissed"
            | "attacked"
            | "warned"
            | "hailed"
            | "reminded"
            | "credited"
            | "characterized"
            | "characterised"
            | "characterizes"
            | "characterises"
    )
}
