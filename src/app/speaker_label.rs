//! The label set after a quote to say who spoke (`— Lavrov`), and when a
//! quote needs none because its sentence names the speaker already.

use crate::analysis::EntityKind;
use crate::search::Corpus;

/// How far (bytes) to look for the ends of the sentence around a quote.
const SENTENCE_REACH: usize = 200;

/// How a quote's speaker is shown after it: a person by surname, anything
/// else by its full name, an unnamed speaker by the role given.
pub(super) fn speaker_label(corpus: &Corpus, article: u32, quote: usize) -> Option<String> {
    let body = corpus.body(article);
    let q = body.analysis.quotes.get(quote)?;
    let label = match body.quote_speaker(quote) {
        Some(id) => {
            let e = corpus.entities().get(id);
            match e.kind {
                EntityKind::Person => e.name.split_whitespace().last().unwrap_or(&e.name),
                _ => &e.name,
            }
        }
        None => q.role.as_deref()?,
    };
    // `"…", Lavrov said` needs no `— Lavrov`: label only quotes whose
    // sentence does not already name who spoke.
    let para = body.paragraphs.get(q.span.paragraph)?;
    let sentence = sentence_around(para, q.span.start, q.span.end).to_lowercase();
    (!sentence.contains(&label.to_lowercase())).then(|| format!("— {label}"))
}

/// The text of `para` around `start..end` out to the sentence ends on either
/// side (`. `, `? `, `! `), at most `SENTENCE_REACH` bytes each way.
fn sentence_around(para: &str, start: usize, end: usize) -> &str {
    let boundary = |mut i: usize| {
        while !para.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let from = boundary(start.saturating_sub(SENTENCE_REACH));
    let to = boundary((end + SENTENCE_REACH).min(para.len()));
    let is_end = |w: &[u8]| matches!(w, [b'.' | b'?' | b'!', b' ']);
    let bytes = para.as_bytes();
    let before = bytes[from..start]
        .windows(2)
        .rposition(is_end)
        .map_or(from, |i| from + i + 2);
    let after = bytes[end..to]
        .windows(2)
        .position(is_end)
        .map_or(to, |i| end + i + 1);
    &para[before..after]
}
