//! Finding a quote's cue: the speech verb before or after it, and the
//! subject standing next to that verb.

use super::inverted::takes_object;
use super::{Attribution, How, Piece, Speakers, Subject, clauses};
use crate::analysis::lexicon::{self, Pronoun, determiner};
use crate::analysis::tokens::{CAP, SENTENCE_END, WORD};

impl Speakers<'_> {
    /// `"…", X said` / `"…," said X` / `"…", he told reporters`.
    pub(super) fn post_cue(
        &self,
        para: usize,
        after: usize,
        prev: Option<(&Piece, &Attribution)>,
    ) -> Option<Attribution> {
        let p = &self.paras[para];
        let n = p.toks.len();
        let mut k = after;
        if k >= n || p.quoted(k) {
            return None;
        }
        let lead = p.toks[k].text(p.text);
        if matches!(lead, "." | "!" | "?") {
            return None;
        }
        // `"… to win." Neville admitted`: a new sentence, not this quote's cue.
        let text = &p.text[..p.toks[after - 1].start as usize];
        // `"… win?" Trump asked` keeps its cue: a question or exclamation
        // inside the marks does not end the writer's sentence.
        if p.toks[k].is(CAP) && text.trim_end().ends_with('.') {
            return None;
        }
        // `"…?" Mills then writes back, "…"`: that cue is the next quote's.
        let next_sentence = p.toks[k].is(CAP) && text.trim_end().ends_with(['?', '!']);
        if lead == "," {
            k += 1;
        }
        // The window runs to the sentence end, over any other quotes in it.
        let mut end = k;
        while end < n && end < k + 40 {
            end += 1;
            if p.toks[end - 1].is(SENTENCE_END) && !p.quoted(end - 1) {
                break;
            }
        }
        // A verb that reports only the quote beside it: the one before it here
        // (`"…," while Lee refers to him as "…"` is not this quote's cue).
        let verb = (k..end).find(|&j| {
            self.is_verb(para, j)
                && (!lexicon::quoting_verb(p.toks[j].text(p.text)) || self.quote_before(para, j))
        });
        // Only a quote the verb introduces (no comma before it but its own)
        // is the next one's: `"…?" Clinton asks as a man walks in, saying
        // "…"` is hers.
        let introduces = |v: usize, q: usize| {
            (v + 1..q.saturating_sub(1)).all(|j| p.toks[j].text(p.text) != "," && !self.is_verb(para, j))
        };
        if next_sentence
            && (k..end)
                .find(|&j| p.quoted(j))
                .is_some_and(|q| verb.is_none_or(|v| introduces(v, q)))
        {
            return None;
        }
        let Some(v) = verb else {
            return self.bare_after(para, after, k, prev);
        };
        // `"…," Lee is quoted as saying`, `"…" the paper quoted Lee as saying`.
        if let Some(subject) = self.quoted_by(para, v, k).or_else(|| self.quoted_as(para, v, k)) {
            return self
                .resolve(para, v, subject, prev)
                .map(|a| a.via(How::PostBefore));
        }
        // `"Today" to discuss …, saying`: a participle further on speaks of
        // what follows it, not of this quote.
        if v > k && p.toks[v].lex(p.text).speech_verb() == Some(true) {
            return None;
        }
        let inverted = !takes_object(p.toks[v].text(p.text));
        let mut how = How::PostBefore;
        // `"…," warned Clinton.`: a verb that takes an object, straight
        // after the quote, with only a name after it, is inverted too.
        let named_alone = || match self.subject_after(para, v, end) {
            Subject::Mention(m) => p
                .toks
                .get(self.located[m].0.tok_end)
                .is_some_and(|t| matches!(t.text(p.text), "." | ",")),
            _ => false,
        };
        let subject = if v == k && (inverted || named_alone()) {
            how = How::PostInverted;
            self.subject_after(para, v, end)
        } else if inverted
            && p.toks[v - 1].text(p.text) == ","
            && p.toks[v].text(p.text) != "according"
            && p.toks.get(v + 1).is_some_and(|t| {
                // `, said Professor X` / `, said the spokesman`; not `, said of Cruz`.
                t.is(CAP) || matches!(t.text(p.text), "a" | "an" | "the") || t.lex(p.text).role()
            })
        {
            // `"…" in the primary, said Professor X`: the comma makes it inverted.
            how = How::PostInvertedComma;
            match self.subject_after(para, v, end) {
                Subject::None => self.subject_before(para, v, k),
                s => s,
            }
        } else {
            self.subject_before(para, v, k)
        };
        self.resolve(para, v, subject, prev).map(|a| a.via(how))
    }

    /// `X said: "…"`, `X said it was "…"`, `according to X, "…"`: the first
    /// speech verb of the clause whose subject can be found.
    pub(super) fn pre_cue(
        &self,
        para: usize,
        s0: usize,
        first: usize,
        prev: Option<(&Piece, &Attribution)>,
        same_sentence_prev: Option<(&Piece, &Attribution)>,
        nearest_first: bool,
    ) -> Option<Attribution> {
        if let Some(a) = self.words_of(para, s0, first, prev) {
            return Some(a);
        }
        let p = &self.paras[para];
        // The clause: after the last `but` or `;` before the quote.
        // `… and Trump vowed to "…"`: `and` before a name and its speech
        // verb opens a clause too.
        let clause = (s0..first)
            .rev()
            .find(|&k| {
                !p.quoted(k)
                    && match p.toks[k].text(p.text) {
                        // `X said it helped but "needed policing"`, `Lee
                        // said she won, but not until Obama "admits it"`:
                        // a `but` clause with no speech verb of its own goes
                        // on with the clause before.
                        "but" => (k + 1..first).any(|j| self.is_verb(para, j)),
                        ";" | "But" => true,
                        // `X suggested …, while Cruz said that "…"`: a new
                        // subject and its own speech verb (fillers between).
                        "and" | "while" | "whereas" => p.mention_start(k + 1).is_some_and(|m| {
                            let mut end = self.located[m].0.tok_end;
                            while end < first && p.toks[end].is(WORD) && p.toks[end].lex(p.text).filler() {
                                end += 1;
                            }
                            end < first && self.is_verb(para, end)
                        }),
                        _ => false,
                    }
            })
            .map_or(s0, |k| k + 1);
        // `Graham, who says …, tweeted`: a relative clause's verb is not the cue.
        let relative = |k: usize| k > 0 && matches!(p.toks[k - 1].text(p.text), "who" | "which");
        // `As Blumenthal spoke, the NRA …`: nor is a subordinate clause's.
        let subordinate = (p.toks.get(s0)).is_some_and(|t| clauses::opens_subordinate_clause(t.text(p.text)));
        let main = if subordinate {
            (s0..first)
                .find(|&k| !p.quoted(k) && p.toks[k].text(p.text) == ",")
                .map_or(clause, |k| clause.max(k + 1))
        } else {
            clause
        };

        // `backed by Ann Lee who said: "…"`: a relative clause whose verb
        // introduces the quote itself (only punctuation between) is the cue.
        // `Quincy Jones, who described him as a "…"`: so is one whose clause
        // runs on to the quote (no punctuation or other speech verb between).
        let introduces = |k: usize| {
            first - k <= 3 && (k + 1..first).all(|j| !p.toks[j].is(WORD))
                || first - k <= 12 && (k + 1..first).all(|j| p.toks[j].is(WORD) && !self.is_verb(para, j))
        };
        let cue = |k: &usize| self.is_verb(para, *k) && (!relative(*k) || introduces(*k));
        let try_verb = |v: usize| {
            let verb = p.toks[v].text(p.text);
            if relative(v) {
                // `the daughter of King Tom Fry of Ruritania, who said it was
                // "…"`: a name inside an `of` phrase may not be what a clause
                // running on to its quote hangs on.
                let woven = (v + 1..first).any(|j| p.toks[j].is(WORD));
                let of_phrase = |m: usize| {
                    let start = self.located[m].0.tok_start;
                    (start.saturating_sub(4)..start).any(|j| p.toks[j].text(p.text) == "of")
                };
                let subject = self
                    .antecedent(para, v - 1, s0)
                    .filter(|&m| !(woven && of_phrase(m)))
                    .map_or(Subject::None, Subject::Mention);
                return self
                    .resolve(para, v, subject, prev)
                    .map(|a| a.via(How::PreRelative));
            }
            let aux = v > 0 && super::clauses::be_form(p.toks[v - 1].text(p.text));
            let participle = p.toks[v].lex(p.text).speech_verb() == Some(true);
            // `Lee is telling voters that "…"`: a participle after `is` is
            // the progressive, a finite verb whose subject stands before `is`.
            if aux && participle {
                let subject = match self.subject_before(para, v - 1, s0) {
                    Subject::Coordinated => self.first_subject(para, s0, v),
                    s => s,
                };
                return self
                    .resolve(para, v, subject, prev)
                    .map(|a| a.via(How::PreProgressive));
            }
            // `X was described as "…" by Y`: the agent after `by` speaks.
            if aux {
                let stop = (first + super::MAX_SENTENCE).min(p.toks.len());
                let end = (first..stop).find(|&k| p.toks[k].is(SENTENCE_END) && !p.quoted(k))?;
                let by = (first..end).find(|&k| !p.quoted(k) && p.toks[k].text(p.text) == "by")?;
                return self
                    .resolve(para, v, self.subject_after(para, by, end + 1), prev)
                    .map(|a| a.via(How::PrePassiveBy));
            }
            if verb.eq_ignore_ascii_case("according") {
                // `According to X, Lee said "…"`: the nearer verb speaks.
                if (v + 1..first).any(|k| cue(&k)) {
                    return None;
                }
                return self
                    .resolve(para, v, self.subject_after(para, v + 1, first), prev)
                    .map(|a| a.via(How::PreAccording));
            }
            // `Lee was quoted by the paper as saying it was "…"`.
            if let Some(subject) = participle.then(|| self.quoted_by(para, v, s0)).flatten() {
                return self
                    .resolve(para, v, subject, prev)
                    .map(|a| a.via(How::PreParticiple));
            }
            if participle {
                // `…, saying "…"`: the participle's subject is the sentence's,
                // unless it has its own (`… and Fry calling it "…"`).
                if let Some((_, a)) =
                    same_sentence_prev.filter(|(_, a)| a.known() && self.absolute_subject(para, v).is_none())
                {
                    return Some(
                        Attribution {
                            cue: Some(verb.to_string()),
                            ..a.clone()
                        }
                        .via(How::PreParticiplePrev),
                    );
                }
                let subject = self.participle_subject(para, s0, v);
                return self
                    .resolve(para, v, subject, prev)
                    .map(|a| a.via(How::PreParticiple));
            }
            // Walking back may cross `but` (`X did not…, but told …`): the
            // subject is then the sentence's.
            let mut how = How::PreFirstSubject;
            let subject = match self.subject_before(para, v, s0) {
                // `Kasich … told a woman "…"` with no subject found next to
                // `told`: the sentence's opening name was wrong one time in
                // three, so nobody.
                Subject::None if takes_object(verb) => Subject::None,
                // `31% of voters said they were`: `it`/`they` after the verb
                // open the reported clause.
                Subject::None => match self.subject_after(para, v, first) {
                    Subject::None | Subject::Pronoun(Pronoun::It | Pronoun::They, _) => {
                        self.first_subject(para, clause, v)
                    }
                    // `slammed the Girl Scouts for promoting "…"`: a name
                    // after the verb is its subject only if it ends the
                    // clause (`says Ann Lee: "…"`, `said Lee, "…"`).
                    Subject::Mention(m) if !self.ends_clause(para, m) => Subject::None,
                    // `"…," said Lee, who wore the slogan "…"`: that verb and
                    // its subject are the sentence's previous quote's.
                    Subject::Mention(m)
                        if same_sentence_prev.is_some_and(|(pq, _)| {
                            pq.close.is_some_and(|c| c <= p.toks[v].start as usize)
                        }) && (self.located[m].0.tok_end..first).any(|k| p.toks[k].is(WORD)) =>
                    {
                        Subject::None
                    }
                    s => {
                        how = How::PreInverted;
                        s
                    }
                },
                Subject::Coordinated => {
                    how = How::PreFirstSubjectCoord;
                    self.first_subject(para, s0, v)
                }
                s => {
                    how = How::PreBefore;
                    s
                }
            };
            self.resolve(para, v, subject, prev).map(|a| a.via(how))
        };
        // `a clip Lee called "vile," Fry wished to "…"`: a verb whose own
        // quote is woven straight after it (not set off by a comma: `said,
        // "…," Obama "…"` goes on), a new subject and verb after that quote,
        // is not this quote's cue.
        let owns_earlier = |k: usize| {
            let Some(j) = (k + 1..first.min(k + 4)).find(|&j| p.quoted(j)) else {
                return false;
            };
            let end = (j..first).find(|&i| !p.quoted(i)).unwrap_or(first);
            let subject = |i: usize| {
                p.mention_start(i).is_some_and(|m| {
                    let (c, _) = &self.located[m];
                    !c.possessive
                        && p.toks
                            .get(c.tok_end)
                            .is_some_and(|t| !p.quoted(c.tok_end) && clauses::verb_like(*t, p.text))
                })
            };
            (k + 1..j).all(|i| matches!(p.toks[i].text(p.text), "as" | "it" | "that"))
                && (end..first).any(subject)
        };
        // `in the release announcing it, Lee described … "…"`: a participle
        // straight after a noun (not set off by a comma) modifies it and
        // gives way to an active finite speech verb after it.
        let finite = |k: usize| {
            let before = p.toks[k - 1].text(p.text);
            p.toks[k].lex(p.text).speech_verb() == Some(false)
                && !(super::clauses::be_form(before) || before == "be" || before == "to")
        };
        let later_finite = |k: usize| {
            p.toks[k].lex(p.text).speech_verb() == Some(true)
                && k > 0
                && p.toks[k - 1].is(WORD)
                && !p.toks[k - 1].lex(p.text).filler()
                && (k + 1..first).any(|j| cue(&j) && finite(j))
        };
        let usable = |k: &usize| cue(k) && !owns_earlier(*k) && !later_finite(*k);
        // Speech set off by a comma or colon belongs to the verb next to it
        // (`As for those who claim…, Bolton said, "…"`).
        let found = if nearest_first {
            (main..first).rev().filter(usable).find_map(try_verb)
        } else {
            (main..first).filter(usable).find_map(try_verb)
        };
        // `As Ann Lee wrote, "…"`: with no speech verb in the main clause,
        // the `as` clause's is the quote's cue; not a verb of speaking with
        // no content, which makes `as` a time (`As Lee spoke, the union …`).
        let as_clause = subordinate && p.toks[s0].text(p.text) == "As" && !(main..first).any(|k| cue(&k));
        let content = |k: &usize| {
            !matches!(
                p.toks[*k].text(p.text),
                "spoke" | "speaks" | "talked" | "talks" | "testified"
            )
        };
        found
            .or_else(|| {
                as_clause
                    .then(|| (s0..main).filter(cue).filter(content).find_map(try_verb))
                    .flatten()
                    .map(|a| a.via(How::PreAsClause))
            })
            .or_else(|| self.colon_subject(para, s0..first, prev))
    }

    pub(super) fn is_verb(&self, para: usize, k: usize) -> bool {
        let known = &self.paras[para].slots[k].verb;
        match known.get() {
            0 => {
                let verb = self.verb_here(para, k);
                known.set(1 + u8::from(verb));
                verb
            }
            v => v == 2,
        }
    }

    /// `is_verb`, worked out.
    fn verb_here(&self, para: usize, k: usize) -> bool {
        let p = &self.paras[para];
        let t = p.toks[k];
        if !t.is(WORD) || p.quoted(k) {
            return false;
        }
        let w = t.text(p.text);
        let next = p.toks.get(k + 1).map(|t| t.text(p.text));
        // `according to X`; `According to X, …` opens a sentence: the one
        // capitalised cue.
        if matches!(w, "according" | "According") {
            return next == Some("to");
        }
        if t.is(CAP) {
            return self.opens_inverted(para, k);
        }
        // `as Lee put it, "…"`, `Lee put it bluntly: "…"`; not `put it on
        // hold`. Not in the lexicon, which would make `X was put` a speaker.
        if matches!(w, "put" | "puts") {
            return next == Some("it")
                && p.toks
                    .get(k + 2)
                    .is_some_and(|t| !t.is(WORD) || t.lex(p.text).filler());
        }
        let prev = k.checked_sub(1).map(|j| p.toks[j].text(p.text));
        if t.lex(p.text).speech_verb().is_none() {
            // `referred to X as "…"`, not `referred the case`; not a
            // passive (`will be remembered for his "…"`) nor a noun (`the notes`).
            // Few words are quoting verbs: asked first.
            let to = || !w.starts_with("refer") || next == Some("to");
            let passive = || prev.is_some_and(|w| w == "be" || super::clauses::be_form(w));
            return lexicon::quoting_verb(w)
                && to()
                && !passive()
                && !prev.is_some_and(determiner)
                && (self.quote_before(para, k) || self.quote_after(para, k));
        }
        if w.starts_with("point") && next != Some("out") {
            return false;
        }
        // `an implicit warning`, `the claims`: a noun, not a verb.
        !prev.is_some_and(determiner)
    }

    /// Whether a quote closes just before the verb at `k` or before its
    /// subject (`"…!" beamed Lee`, `"…," Lee remembered`).
    fn quote_before(&self, para: usize, k: usize) -> bool {
        let p = &self.paras[para];
        let before = match p.mention_end(k.saturating_sub(1)) {
            Some(m) => self.located[m].0.tok_start,
            None => k,
        };
        before > 0 && p.quoted(before - 1)
    }

    /// Whether a quote opens a few words after the verb at `k`, in its
    /// clause (`thanked him for "…"`, `posted: "…"`).
    fn quote_after(&self, para: usize, k: usize) -> bool {
        let p = &self.paras[para];
        for j in k + 1..(k + 9).min(p.toks.len()) {
            if p.quoted(j) {
                return true;
            }
            let t = p.toks[j];
            // `reacted coolly to the deal, "…"`: a comma straight before it.
            if t.text(p.text) == "," {
                return p.quoted(j + 1);
            }
            if t.is(SENTENCE_END) || matches!(t.text(p.text), ";" | "(" | "—" | "–") {
                return false;
            }
        }
        false
    }
}
