//! What attribution needs to know about each token of a paragraph, built
//! once per article into buffers kept from article to article.

use std::cell::{Cell, RefCell};

use super::super::tokens::{SENTENCE_END, Token};

/// What attribution needs to know about one token.
#[derive(Clone)]
pub(super) struct Slot {
    /// Inside a quote (marks included).
    pub(super) quoted: bool,
    /// Whether the token is a speech verb (`cues::is_verb`): 0 not yet
    /// asked, 1 no, 2 yes. The rules ask of the same tokens again and again.
    pub(super) verb: Cell<u8>,
    /// `located` index of the mention starting / ending here, or `NONE`.
    pub(super) mention_start: u32,
    pub(super) mention_end: u32,
}

pub(super) const NONE: u32 = u32::MAX;
/// A slot nothing is known of yet.
fn free() -> Slot {
    Slot {
        quoted: false,
        verb: Cell::new(0),
        mention_start: NONE,
        mention_end: NONE,
    }
}

thread_local! {
    /// Slot buffers of articles analysed before: no allocation per paragraph.
    static SLOTS: RefCell<Vec<Vec<Slot>>> = const { RefCell::new(Vec::new()) };
}

/// Per-paragraph lookups built once per article.
pub(super) struct Para<'a> {
    pub(super) text: &'a str,
    pub(super) toks: &'a [Token],
    pub(super) slots: Vec<Slot>,
}

impl Para<'_> {
    pub(super) fn quoted(&self, k: usize) -> bool {
        self.slots.get(k).is_some_and(|s| s.quoted)
    }
    /// The mention starting at token `k`; `None` past the paragraph's end
    /// too, as the rules look one token ahead.
    pub(super) fn mention_start(&self, k: usize) -> Option<usize> {
        self.mention(k, |s| s.mention_start)
    }
    /// The mention ending at token `k` (its last token), as `mention_start`.
    pub(super) fn mention_end(&self, k: usize) -> Option<usize> {
        self.mention(k, |s| s.mention_end)
    }
    fn mention(&self, k: usize, which: fn(&Slot) -> u32) -> Option<usize> {
        self.slots
            .get(k)
            .map(which)
            .filter(|&m| m != NONE)
            .map(|m| m as usize)
    }
    /// Where the name at token `k` starts with the honorifics before it
    /// (`Mr`, `Dr.`), which the name does not include.
    pub(super) fn title_start(&self, mut k: usize) -> usize {
        while k > 0
            && (self.toks[k - 1].lex(self.text).honorific().is_some()
                || self.toks[k - 1].text(self.text) == ".")
        {
            k -= 1;
        }
        k
    }

    /// A sentence end outside quotes, or one that closes a quote: its mark
    /// is followed by unquoted text or by another quote's opening mark
    /// (`… race-baiting." "We're …`), not by more of the same quote. The
    /// rules ask it of token after token, most of them no sentence end: the
    /// flag is tested inline, the rest out of line.
    #[inline]
    pub(super) fn sentence_end(&self, k: usize) -> bool {
        self.toks[k].is(SENTENCE_END) && self.ends_outside_quote(k)
    }

    #[inline(never)]
    fn ends_outside_quote(&self, k: usize) -> bool {
        let mark = |j: usize| {
            self.toks
                .get(j)
                .is_some_and(|t| matches!(t.text(self.text), "\"" | "“" | "”" | "«" | "»"))
        };
        !self.quoted(k)
            || !self.quoted(k + 1)
            || mark(k) && mark(k + 1) && self.toks[k].end < self.toks[k + 1].start
    }
}

/// The paragraphs' lookups, all slots free, in buffers of earlier articles.
pub(super) fn build<'a>(texts: &'a [String], toks: &'a [Vec<Token>]) -> Vec<Para<'a>> {
    let mut pool = SLOTS.with(|p| std::mem::take(&mut *p.borrow_mut()));
    let paras = texts
        .iter()
        .zip(toks)
        .map(|(text, toks)| {
            let mut slots = pool.pop().unwrap_or_default();
            slots.clear();
            slots.resize(toks.len(), free());
            Para { text, toks, slots }
        })
        .collect();
    SLOTS.with(|p| *p.borrow_mut() = pool);
    paras
}

/// Keeps the paragraphs' slot buffers for the next article.
pub(super) fn recycle(paras: &mut Vec<Para>) {
    SLOTS.with(|p| p.borrow_mut().extend(paras.drain(..).map(|p| p.slots)));
}
