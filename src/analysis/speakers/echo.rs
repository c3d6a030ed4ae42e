//! A fragment nobody is said to say (`a "slim" chance`) whose words a quote
//! of the same article gives to a named speaker (`"… are very slim," said
//! Tom Fry`) is that speaker's: the writer quoted him ahead of his own
//! words. Only when every quote holding the fragment has the same
//! speaker, and not when the article uses those words in its own voice
//! (`control orders`, `Gang of Eight`: a term many quote, not an echo).

use super::{Attribution, How, Piece, QuoteKind, Speakers, WORD, Who};

impl Speakers<'_> {
    /// Gives each woven fragment left without speaker or role the speaker
    /// of the later quotes that repeat its words, if they agree on one.
    /// Compared token by token, and only with quotes that hold the
    /// fragment's longest word as written.
    pub(super) fn echoes(&self, pieces: &[Piece], out: &mut [Attribution]) {
        // Woven fragments only (a scare quote, a partial quote): speech set
        // off on its own is not a repetition of other words.
        let fragment =
            |a: &Attribution| !a.known() && matches!(a.kind, Some(QuoteKind::Scare | QuoteKind::Partial));
        // A headline's quoted words summarise the story and may be a body's
        // (`'false economy' - TUC`) that its leader repeats.
        if !out.iter().zip(pieces).any(|(a, q)| fragment(a) && q.para > 0)
            || !out.iter().any(|a| a.speaker.is_some())
        {
            return;
        }
        let mut frag = Vec::new();
        let mut unquoted: Option<String> = None;
        let mut holders = Vec::new();
        for i in 0..pieces.len() {
            if !fragment(&out[i]) || pieces[i].para == 0 {
                continue;
            }
            self.word_toks(&pieces[i], &mut frag);
            // `"A"`, `"I"`: too short to be anyone's words; a long partial
            // quote is not repeated word for word.
            if frag.len() == 1 && pieces[i].end - pieces[i].start < 4 || frag.len() > 6 {
                continue;
            }
            // Its longest word, as written: a quote without it is passed
            // over at once (a capitalised first word may be missed).
            let fp = &self.paras[pieces[i].para];
            let key = frag
                .iter()
                .map(|&k| fp.toks[k].text(fp.text))
                .max_by_key(|w| w.len())
                .unwrap_or_default();
            // Longer quotes holding the words, and the same words quoted
            // elsewhere with a source.
            holders.clear();
            holders.extend((0..pieces.len()).filter(|&j| {
                j != i
                    && pieces[j].end - pieces[j].start >= pieces[i].end - pieces[i].start
                    && self.paras[pieces[j].para].text[pieces[j].start..pieces[j].end].contains(key)
                    && self
                        .holds(&pieces[i], &frag, &pieces[j])
                        .is_some_and(|n| n > frag.len() || out[j].known())
            }));
            let Some(&first) = holders.first() else {
                continue;
            };
            let speaker = out[first].speaker;
            if speaker.is_some()
                && first > i
                && out[first].who == Who::Name
                && holders.iter().all(|&j| out[j].speaker == speaker)
                && !(self.unquoted_has(pieces, key)
                    && unquoted.get_or_insert_with(|| self.unquoted(pieces)).contains(
                        words(&self.paras[pieces[i].para].text[pieces[i].start..pieces[i].end]).as_str(),
                    ))
            {
                out[i] = Attribution {
                    speaker,
                    kind: out[i].kind,
                    how: How::Echo,
                    who: out[first].who,
                    ..Attribution::default()
                };
            }
        }
    }

    /// The word tokens of quote `q` (indices into its paragraph's tokens).
    fn word_toks(&self, q: &Piece, into: &mut Vec<usize>) {
        let p = &self.paras[q.para];
        let from = p.toks.partition_point(|t| (t.start as usize) < q.start);
        let to = p.toks.partition_point(|t| (t.start as usize) < q.end);
        into.clear();
        into.extend((from..to).filter(|&k| p.toks[k].is(WORD)));
    }

    /// How many words quote `h` has, if it holds the words `frag` of quote
    /// `f` in a row (any case); compared token by token, not copied.
    fn holds(&self, f: &Piece, frag: &[usize], h: &Piece) -> Option<usize> {
        let (fp, hp) = (&self.paras[f.para], &self.paras[h.para]);
        let same = |a: usize, b: usize| {
            let (ta, tb) = (fp.toks[a], hp.toks[b]);
            ta.end - ta.start == tb.end - tb.start && ta.text(fp.text).eq_ignore_ascii_case(tb.text(hp.text))
        };
        let from = hp.toks.partition_point(|t| (t.start as usize) < h.start);
        let to = hp.toks.partition_point(|t| (t.start as usize) < h.end);
        let (&f0, rest) = frag.split_first()?;
        let mut n = 0;
        let mut found = false;
        for k in (from..to).filter(|&k| hp.toks[k].is(WORD)) {
            n += 1;
            if found || !same(f0, k) {
                continue;
            }
            let mut next = (k + 1..to).filter(|&j| hp.toks[j].is(WORD));
            found = rest.iter().all(|&a| next.next().is_some_and(|b| same(a, b)));
        }
        found.then_some(n)
    }

    /// Whether `key` stands anywhere outside quotation marks, as written or
    /// with its first letter's case turned: if not, the fragment is no term
    /// of the writer's, and `unquoted` need not be built.
    fn unquoted_has(&self, pieces: &[Piece], key: &str) -> bool {
        let mut chars = key.chars();
        let turned: String = chars
            .next()
            .map(|c| {
                if c.is_uppercase() {
                    c.to_lowercase().collect::<String>()
                } else {
                    c.to_uppercase().collect()
                }
            })
            .unwrap_or_default()
            + chars.as_str();
        let has = |t: &str| t.contains(key) || t.contains(turned.as_str());
        let mut pieces = pieces.iter().peekable();
        self.paras.iter().enumerate().any(|(para, p)| {
            let mut from = 0;
            let mut found = false;
            while let Some(q) = pieces.next_if(|q| q.para == para) {
                found |= has(&p.text[from..q.open.max(from)]);
                from = q.close.unwrap_or(q.end).max(from);
            }
            found || has(&p.text[from..])
        })
    }

    /// The article's words outside quotation marks, as `words` gives them.
    fn unquoted(&self, pieces: &[Piece]) -> String {
        let mut text = String::new();
        let mut pieces = pieces.iter().peekable();
        for (para, p) in self.paras.iter().enumerate() {
            let mut from = 0;
            while let Some(q) = pieces.next_if(|q| q.para == para) {
                text.push_str(&p.text[from..q.open.max(from)]);
                text.push(' ');
                from = q.close.unwrap_or(q.end).max(from);
            }
            text.push_str(&p.text[from..]);
            text.push(' ');
        }
        words(&text)
    }
}

/// Text's words, lowercase, each between spaces (` very slim `), so that
/// one text holds another's words only whole.
fn words(text: &str) -> String {
    let mut s = String::with_capacity(text.len() + 2);
    s.push(' ');
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if w.is_ascii() {
            s.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            s.extend(w.chars().flat_map(char::to_lowercase));
        }
        s.push(' ');
    }
    s
}
