//! Sentences and normalised words: what the comparisons of a story's
//! versions are made of.

/// One sentence: a byte range inside one paragraph, so a line of output can
/// name the place it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(in crate::search) struct Sentence<'a> {
    pub paragraph: usize,
    pub start: usize,
    pub text: &'a str,
}

/// Words before a full stop that do not end a sentence.
const ABBREVIATIONS: [&str; 12] = [
    "mr", "mrs", "ms", "dr", "st", "jr", "gen", "sen", "rep", "gov", "lt", "col",
];

/// The paragraphs cut into sentences at `.`, `!` or `?` (and a closing
/// quote) followed by a space and no lower-case letter, unless the stop ends
/// an abbreviation or an initial (`Mr.`, `U.S.`).
pub(in crate::search) fn sentences(paragraphs: &[String]) -> Vec<Sentence<'_>> {
    let mut out = Vec::new();
    for (paragraph, p) in paragraphs.iter().enumerate() {
        let mut start = 0;
        let bytes = p.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            let next_is_space = bytes.get(i + 1).is_none_or(|c| *c == b' ');
            let lower_after = bytes.get(i + 2).is_some_and(u8::is_ascii_lowercase);
            if matches!(b, b'.' | b'!' | b'?' | b'"')
                && next_is_space
                && !lower_after
                && ends_sentence(&p[start..=i])
            {
                push(&mut out, paragraph, p, start, i + 1);
                start = i + 1;
            }
        }
        push(&mut out, paragraph, p, start, p.len());
    }
    out
}

fn ends_sentence(piece: &str) -> bool {
    let trimmed = piece.trim_end_matches('"');
    if !trimmed.ends_with(['.', '!', '?']) {
        return false;
    }
    let last = trimmed[..trimmed.len() - 1]
        .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
        .next()
        .unwrap_or("");
    let initial =
        last.len() <= 3 && last.chars().next().is_some_and(char::is_uppercase) && last.contains('.');
    let single = last.chars().count() == 1 && last.chars().all(char::is_uppercase);
    !(initial || single || ABBREVIATIONS.contains(&last.to_lowercase().as_str()))
}

fn push<'a>(out: &mut Vec<Sentence<'a>>, paragraph: usize, p: &'a str, start: usize, end: usize) {
    let text = p[start..end].trim();
    if !text.is_empty() {
        let start = start + (p[start..end].len() - p[start..end].trim_start().len());
        out.push(Sentence {
            paragraph,
            start,
            text,
        });
    }
}

/// The text's words, lower-case, without punctuation: quotes reworded or
/// re-punctuated by another outlet compare on these.
pub(super) fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_matches('\'').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The share of the shorter list's distinct words that the other has too.
pub(super) fn containment(a: &[String], b: &[String]) -> f32 {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut distinct: Vec<&String> = short.iter().collect();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.is_empty() {
        return 0.0;
    }
    let shared = distinct.iter().filter(|w| long.contains(w)).count();
    shared as f32 / distinct.len() as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_skip_abbreviations_and_initials() {
        let p = vec!["Mr. Smith met U.S. officials. They left! \"Why?\" he asked.".to_owned()];
        let s: Vec<&str> = sentences(&p).iter().map(|s| s.text).collect();
        assert_eq!(
            s,
            [
                "Mr. Smith met U.S. officials.",
                "They left!",
                "\"Why?\" he asked."
            ]
        );
        assert_eq!(sentences(&p)[1].start, 30);
    }

    #[test]
    fn words_are_lower_case_without_punctuation() {
        assert_eq!(
            words("It's \"a TEST\", isn't it?"),
            ["it's", "a", "test", "isn't", "it"]
        );
    }
}
