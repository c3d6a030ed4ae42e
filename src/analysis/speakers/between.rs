//! Speech reported between a quote and the one before it by a new source
//! the rules cannot name: `One leading broker said the reasons were
//! political. "If you …"` (or `"…," he said`). The later quote is that
//! source's, not the previous speaker's carried on.

use super::{Speakers, Subject};

impl Speakers<'_> {
    /// Whether the sentence that ends just before token `s0` of paragraph
    /// `para` (a sentence holding no quote) reports speech in its main
    /// clause by an indefinite subject we cannot read: someone new.
    pub(super) fn unnamed_report_before(&self, para: usize, s0: usize) -> bool {
        let p = &self.paras[para];
        let Some(pe) = s0.checked_sub(1) else {
            return false;
        };
        let Some(ps0) = self.unquoted_sentence_to(para, pe) else {
            return false;
        };
        let Some(v) = (ps0..pe).find(|&k| self.is_verb(para, k)) else {
            return false;
        };
        // `A reporter asked Mr Lee how …`: the reply is the addressee's.
        let mut to = v + 1;
        while to < pe && (p.toks[to].lex(p.text).honorific().is_some() || p.toks[to].text(p.text) == ".") {
            to += 1;
        }
        if p.mention_start(to).is_some() {
            return false;
        }
        // `Not long before Lee spoke, …`: a verb in a subordinate clause
        // reports nothing.
        if (ps0..v).any(|k| super::clauses::subordinator(p.toks[k].text(p.text))) {
            return false;
        }
        let subject = self.report_subject(para, v, ps0, pe);
        // Only a new source: a subject we cannot read that opens with an
        // indefinite determiner (`One leading broker`, `A fund manager in
        // Paris`). A definite one (`The TV host said`) is most often the
        // previous speaker described.
        let w = |k: usize| p.toks.get(k).map_or("", |t| t.text(p.text));
        let first = ps0 + usize::from(matches!(w(ps0), "But" | "And" | "Yet" | "So"));
        matches!(subject, Subject::None)
            && matches!(
                w(first),
                "A" | "An" | "One" | "Another" | "a" | "an" | "one" | "another"
            )
    }
}
