//! Who spoke a quote, as its paragraph's tag names them (`Lavrov` in
//! `— Lavrov`), and when a quote needs none because its sentence names the
//! speaker already.

use crate::analysis::EntityKind;
use crate::search::Corpus;

/// How far (bytes) to look for the ends of the sentence around a quote.
const SENTENCE_REACH: usize = 1000;

/// How a quote's speaker is named in its paragraph's tag: a person by surname, anything
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
    (!sentence.contains(&label.to_lowercase())).then(|| label.to_owned())
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
    let is_end = |i: usize| {
        matches!(para.as_bytes()[i..i + 2], [b'.' | b'?' | b'!', b' ']) && !abbreviation(&para[..i])
    };
    let before = (from..start.saturating_sub(1))
        .rev()
        .find(|&i| is_end(i))
        .map_or(from, |i| i + 2);
    let after = (end..to.saturating_sub(1))
        .find(|&i| is_end(i))
        .map_or(to, |i| i + 1);
    &para[before..after]
}

/// Whether the word before a full stop is an abbreviation, not a sentence's
/// end: initials (`U.S`, `J`) or a title (`Mr`, `Dr`).
fn abbreviation(before: &str) -> bool {
    let word = before.rsplit(' ').next().unwrap_or("");
    let single = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    word.contains('.')
        || single
        || matches!(
            word,
            "Mr" | "Mrs" | "Ms" | "Dr" | "St" | "Gen" | "Sen" | "Rep" | "Gov"
        )
}

#[cfg(test)]
mod tests {
    use super::sentence_around;

    #[test]
    fn initials_and_titles_do_not_end_a_sentence() {
        let para = "Safronkov asked U.S. Secretary Tillerson and Mr. Smith \"to act\" now. Next one.";
        let q = para.find("to act").unwrap();
        let s = sentence_around(para, q, q + 6);
        assert!(s.starts_with("Safronkov asked"), "{s}");
        assert!(s.ends_with("now."), "{s}");
    }
}
