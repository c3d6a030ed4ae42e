//! Speech set off on its own with no cue, in an article whose quotes all
//! go to one person (an interview piece: `"…," says Tom Fry`, then
//! paragraphs of his words with no verb of their own): that person's. Not
//! when anyone else, named or unnamed, is given a quote, nor when the run
//! of uncued speech was opened by words the rules could not read.

use super::{Attribution, How, Piece, QuoteKind, Speakers};

impl Speakers<'_> {
    /// Gives each quote of speech left without speaker or role the one
    /// speaker every attributed quote of the article names, when at least
    /// two quotes name them and no other speaker or role is given.
    pub(super) fn sole_speaker(&self, pieces: &[Piece], out: &mut [Attribution]) {
        let mut known = out.iter().filter(|a| a.known());
        let Some(first) = known.next() else {
            return;
        };
        let (speaker, who) = (first.speaker, first.who);
        let Some(e) = speaker else {
            return;
        };
        if !known.all(|a| a.speaker == speaker) || out.iter().filter(|a| a.speaker == speaker).count() < 2 {
            return;
        }
        let open = |a: &Attribution| !a.known() && a.kind == Some(QuoteKind::Speech);
        // Speech before the person's first quote may be someone else's
        // (`"…" That quote from Ann Lee …`): only after it.
        let Some(from) = out.iter().position(|a| a.speaker == speaker) else {
            return;
        };
        let mut run_ok = false;
        for i in from..pieces.len() {
            if !open(&out[i]) {
                continue;
            }
            // A run of uncued speech is judged by the quote that opens it:
            // `Ann Lee recalls: "…" "…"` is hers, whoever the article quotes.
            if i == 0 || !open(&out[i - 1]) && out[i - 1].how != How::Sole {
                // Within a paragraph the carried-on rules have already
                // judged the quote after another: their abstention stands.
                let after_quote = i > 0 && pieces[i - 1].para == pieces[i].para;
                run_ok = !after_quote && self.set_off(&pieces[i]);
            }
            // `"Jeremy said he …"`: a quote that names the person is not
            // their words, nor is the rest of its run.
            run_ok &= !self.names_in(&pieces[i], e);
            if run_ok {
                out[i] = Attribution {
                    speaker,
                    kind: out[i].kind,
                    how: How::Sole,
                    who,
                    ..Attribution::default()
                };
            }
        }
    }

    /// Whether a quote stands as a sentence of its own: only a sentence's
    /// end before it in its paragraph (no `X recalls:`, no new unnamed
    /// source just before), and no words of its sentence after it (no
    /// `"…," reads a memo`).
    fn set_off(&self, q: &Piece) -> bool {
        let p = &self.paras[q.para];
        let ends = |s: &str| s.ends_with(['.', '!', '?']);
        let before = p.text[..q.open].trim_end();
        let before = before.trim_end_matches(['"', '\u{201d}', '\'']);
        if !(before.is_empty() || ends(before)) {
            return false;
        }
        let first = p.toks.partition_point(|t| (t.start as usize) < q.open);
        if self.unnamed_report_before(q.para, first) {
            return false;
        }
        let Some(close) = q.close else {
            return true;
        };
        let after = p.text[close..].trim_start();
        after.is_empty() || ends(&p.text[q.start..q.end]) && !after.starts_with(|c: char| c.is_lowercase())
    }

    /// Whether entity `e` is named inside quote `q`.
    fn names_in(&self, q: &Piece, e: usize) -> bool {
        let p = &self.paras[q.para];
        self.located.iter().any(|(c, o)| {
            *o == e && c.para == q.para && (q.start..q.end).contains(&(p.toks[c.tok_start].start as usize))
        })
    }
}
