//! Finding a quote's cue: the speech verb before or after it, and the
//! subject standing next to that verb.

use super::inverted::{joined, takes_object};
use super::{Attribution, How, Piece, Speakers, Subject, clauses};
use crate::analysis::lexicon::{self, Pronoun};
use crate::analysis::tokens::{CAP, POSSESSIVE, SENTENCE_END, WORD};
use crate::analysis::types::EntityKind;

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
        if next_sentence && (k..end).any(|j| p.quoted(j)) {
            return None;
        }
        let Some(v) = (k..end).find(|&j| self.is_verb(para, j)) else {
            return self.bare_after(para, after, k, prev);
        };
        // `"Today" to discuss …, saying`: a participle further on speaks of
        // what follows it, not of this quote.
        if v > k && p.toks[v].lex(p.text).speech_verb() == Some(true) {
            return None;
        }
        let inverted = !takes_object(p.toks[v].text(p.text));
        let mut how = How::PostBefore;
        let subject = if v == k && inverted {
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
        let introduces = |k: usize| first - k <= 3 && (k + 1..first).all(|j| !p.toks[j].is(WORD));
        let cue = |k: &usize| self.is_verb(para, *k) && (!relative(*k) || introduces(*k));
        let try_verb = |v: usize| {
            let verb = p.toks[v].text(p.text);
            if relative(v) {
                let subject = self
                    .antecedent(para, v - 1, s0)
                    .map_or(Subject::None, Subject::Mention);
                return self
                    .resolve(para, v, subject, prev)
                    .map(|a| a.via(How::PreRelative));
            }
            let aux = v > 0
                && matches!(
                    p.toks[v - 1].text(p.text),
                    "was" | "were" | "been" | "being" | "is" | "are"
                );
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
            if participle {
                // `…, saying "…"`: the participle's subject is the sentence's.
                if let Some((_, a)) = same_sentence_prev.filter(|(_, a)| a.known()) {
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
        // Speech set off by a comma or colon belongs to the verb next to it
        // (`As for those who claim…, Bolton said, "…"`).
        if nearest_first {
            (main..first).rev().filter(cue).find_map(try_verb)
        } else {
            (main..first).filter(cue).find_map(try_verb)
        }
    }

    pub(super) fn is_verb(&self, para: usize, k: usize) -> bool {
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
        if t.lex(p.text).speech_verb().is_none() {
            return false;
        }
        let prev = k.checked_sub(1).map(|j| p.toks[j].text(p.text));
        if w.starts_with("point") && next != Some("out") {
            return false;
        }
        // `an implicit warning`, `the claims`: a noun, not a verb.
        !prev.is_some_and(determiner)
    }

    /// Walks back from the verb over adverbs and appositions to its subject.
    pub(super) fn subject_before(&self, para: usize, v: usize, lo: usize) -> Subject {
        let p = &self.paras[para];
        if let Some(matrix) = self.infinitive_matrix(para, v, lo) {
            return match self.subject_before(para, matrix, lo) {
                // `it's unrealistic to think that …`: an impersonal `it`.
                Subject::Pronoun(Pronoun::It, k)
                    if p.toks[k].is(POSSESSIVE)
                        || (k + 1..matrix).any(|j| matches!(p.toks[j].text(p.text), "is" | "was" | "be")) =>
                {
                    Subject::None
                }
                s => s,
            };
        }
        let mut k = v;
        while k > lo {
            k -= 1;
            if p.quoted(k) {
                return Subject::None;
            }
            let t = p.toks[k];
            let w = t.text(p.text);
            if let Some(m) = p.mention_end(k) {
                let mut b = self.located[m].0.tok_start;
                // Step over a determiner or a possessive (`for Manchester's Trafford Centre`).
                while b > lo
                    && (p.toks[b - 1].text(p.text) == "the"
                        || p.mention_end(b - 1).is_some_and(|o| self.located[o].0.possessive))
                {
                    b = p
                        .mention_end(b - 1)
                        .map_or(b - 1, |o| self.located[o].0.tok_start);
                }
                // `MP for Henley-on-Thames`: the whole hyphenated word.
                while b >= lo + 2 && joined(p, b - 1) {
                    b -= 2;
                }
                let preposition = b > lo
                    && matches!(
                        p.toks[b - 1].text(p.text),
                        "for" | "of" | "at" | "from" | "with" | "in" | "during" | "near"
                    );
                if !preposition {
                    return Subject::Mention(m);
                }
                // Inside a prepositional phrase the name is not the subject:
                // `a spokesman for Darlington Council said` is the role speaking.
                if b - 1 > lo && p.toks[b - 2].lex(p.text).role() {
                    let (r, _) = self.role_phrase(para, b - 2, lo);
                    let from = p.toks[b - 2].end as usize - r.len();
                    // `Ann Lee, executive director of the Acme PAC, …, said`:
                    // the role stands in apposition to the name before it.
                    let mut start = p.toks.partition_point(|t| (t.start as usize) < from);
                    // `Matt Lee, a fund manager at Acme said`: over the article.
                    if start > lo && matches!(p.toks[start - 1].text(p.text), "a" | "an" | "the") {
                        start -= 1;
                    }
                    if let Some(m) = self.person_before_comma(para, start, lo) {
                        return Subject::Mention(m);
                    }
                    return Subject::Role(p.text[from..t.end as usize].to_string(), false);
                }
                // `Mr Johnson, MP for Henley, said`: a short phrase set off
                // after a person's name stands in apposition to it.
                let comma = (lo.max(b.saturating_sub(5))..b - 1)
                    .rev()
                    .find(|&j| !p.toks[j].is(WORD) || p.quoted(j) || self.is_verb(para, j));
                let named = comma
                    .filter(|&j| !p.quoted(j))
                    .and_then(|j| self.person_before_comma(para, j + 1, lo));
                if let Some(m) = named {
                    return Subject::Mention(m);
                }
                k = b - 1;
                continue;
            }
            if let Some(pr) = lexicon::pronoun(w) {
                return Subject::Pronoun(pr, k);
            }
            // `The Conservative Party Co-Chairman said`: a title no name
            // follows is the subject, not the organisation it names.
            if k + 1 == v
                && k > lo
                && t.is(CAP)
                && t.lex(p.text).title()
                && (joined(p, k - 1) || p.toks[k - 1].is(CAP) || p.toks[k - 1].text(p.text) == "the")
            {
                let (r, definite) = self.role_phrase(para, k, lo);
                return Subject::Role(r, definite);
            }
            // `Ryan's office said`, `Tanzi's statement said`: the owner speaks.
            if matches!(w, "office" | "statement" | "campaign")
                && let Some(m) = k.checked_sub(1).and_then(|j| p.mention_end(j))
                && self.located[m].0.possessive
            {
                return Subject::Mention(m);
            }
            if t.is(WORD) && !t.is(CAP) && (t.lex(p.text).role() || super::descriptions::org_noun(w)) {
                if let Some(e) = self.definite_org(para, k) {
                    return Subject::Entity(e);
                }
                let (r, definite) = self.role_phrase(para, k, lo);
                // `Eric Abensur, Acme's chief executive told`: a role set off
                // after a person's name (its closing comma left out) is theirs.
                let from = p.toks[k].end as usize - r.len();
                let start = p.toks.partition_point(|t| (t.start as usize) < from);
                let named = (!definite)
                    .then(|| self.person_before_comma(para, start, lo))
                    .flatten();
                if let Some(m) = named {
                    return Subject::Mention(m);
                }
                return Subject::Role(r, definite);
            }
            if let Some(e) = self.definite_org(para, k) {
                return Subject::Entity(e);
            }
            match w {
                "," | "-" | ")" => {
                    // Skip an apposition (`Clint Watts, a former agent, told`)
                    // unless it names the speaker (`A spokesman, Dr X, said`).
                    let open = if w == ")" { "(" } else { w };
                    let j = (lo..k)
                        .rev()
                        .find(|&j| p.toks[j].text(p.text) == open || p.quoted(j));
                    // `Mr Lee, who was forced to apologise last year for …, said`:
                    // a relative clause may run longer than an apposition.
                    let relative = |j: usize| {
                        w == "," && matches!(p.toks.get(j + 1).map(|t| t.text(p.text)), Some("who" | "whose"))
                    };
                    match j {
                        Some(j) if !p.quoted(j) && (k - j < 25 || relative(j) && k - j < 60) => {
                            let first = (j + 1..k).find(|&i| {
                                p.toks[i].lex(p.text).honorific().is_none() && p.toks[i].text(p.text) != "."
                            });
                            let named = first.into_iter().find_map(|i| {
                                p.mention_start(i).filter(|&m| {
                                    let (c, e) = &self.located[m];
                                    !c.possessive && self.kinds[*e] == EntityKind::Person
                                })
                            });
                            if let Some(m) = named.filter(|_| w == ",") {
                                return Subject::Mention(m);
                            }
                            // `The star witness, former finance chief Tom Fry,
                            // said`: an apposition after a role that ends on a
                            // person names the role.
                            if let Some(m) = (w == "," && j > lo && self.role_head(para, j - 1))
                                .then(|| self.title_then_person(para, j + 1, k))
                                .flatten()
                            {
                                return Subject::Mention(m);
                            }
                            k = j;
                        }
                        _ => return Subject::None,
                    }
                }
                "and" | "but" => return Subject::Coordinated,
                _ if t.is(WORD) && t.lex(p.text).filler() => {}
                _ => return Subject::None,
            }
        }
        Subject::None
    }
}

/// A word after which a speech verb's form is a noun (`the claims`, `his
/// statement`, `our warning`).
pub(super) fn determiner(w: &str) -> bool {
    matches!(
        w,
        "a" | "an" | "the" | "his" | "her" | "its" | "their" | "this" | "that" | "our" | "my"
    )
}
