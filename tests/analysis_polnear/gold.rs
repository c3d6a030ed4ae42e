//! PolNeAR gold quotes from BRAT annotations (see `analysis_polnear.rs`
//! for what counts).

use std::collections::HashSet;

/// One gold quote: where its text starts, its first words, the source span.
pub struct Gold {
    pub at: usize,
    pub start: String,
    pub source: String,
    pub named: bool,
    pub opens_content: bool,
}

/// Capitalised words that do not name anyone.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "this",
    "that",
    "these",
    "those",
    "one",
    "some",
    "many",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "senator",
    "sens",
    "reps",
    "rep",
    "gov",
    "governor",
    "president",
    "secretary",
    "speaker",
    "us",
    "u.s",
    "american",
    "americans",
    "democratic",
    "republican",
    "gop",
    "democrat",
    "democrats",
    "republicans",
    "former",
    "both",
    "and",
    "in",
    "of",
    "for",
    "on",
    "at",
    "as",
    "but",
    "according",
    "who",
    "which",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Words that end the noun phrase a source opens with.
const PHRASE_ENDS: &[&str] = &[
    "of", "for", "from", "with", "at", "who", "which", "that", "in", "on", "to", "and", "or", "by",
];

/// Whether a word is a name: capitalised, not a function word, title or
/// party word, and never written lowercase in the article.
fn is_name(word: &str, lower_words: &HashSet<String>) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    // `Trump's`, `We've`: the word before the clitic.
    let w = ["s", "ve", "re", "ll", "d", "m"]
        .iter()
        .find_map(|c| {
            w.strip_suffix(&format!("'{c}"))
                .or_else(|| w.strip_suffix(&format!("’{c}")))
        })
        .unwrap_or(w);
    let lower = w.to_lowercase();
    w.chars().next().is_some_and(char::is_uppercase)
        && !NOT_NAMES.contains(&lower.as_str())
        && !lower_words.contains(&lower)
}

/// Whether a source span names someone (see the module doc): some piece
/// between commas or brackets opens with a noun phrase holding a name,
/// unless that phrase is a description (`the Florida senator`, `a White
/// House report`: a determiner and a lowercase head).
fn names_someone(source: &str, lower_words: &HashSet<String>) -> bool {
    source.split([',', '(', ')', ';', '—']).any(|chunk| {
        let phrase: Vec<&str> = chunk
            .split_whitespace()
            .take_while(|w| !PHRASE_ENDS.contains(w))
            .collect();
        let described = phrase
            .first()
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an"))
            && phrase.last().is_some_and(|w| w.starts_with(char::is_lowercase));
        !described && phrase.iter().any(|w| is_name(w, lower_words))
    })
}

/// Gold quotes of one article, in text order.
pub fn gold_quotes(text: &str, ann: &str) -> Vec<Gold> {
    // BRAT offsets count characters; slice by byte.
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    let slice = |a: usize, b: usize| &text[bytes[a.min(bytes.len() - 1)]..bytes[b.min(bytes.len() - 1)]];
    let lower_words: HashSet<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
        .map(str::to_string)
        .collect();
    let title_end = text.find('\n').unwrap_or(text.len());
    let mut spans = std::collections::HashMap::new();
    let mut events = Vec::new();
    for line in ann.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 2 {
            continue;
        }
        if f[0].starts_with('T') {
            let Some((_, ranges)) = f[1].split_once(' ') else {
                continue;
            };
            let pieces: Vec<(usize, usize)> = ranges
                .split(';')
                .filter_map(|r| {
                    let (a, b) = r.split_once(' ')?;
                    Some((a.parse().ok()?, b.parse().ok()?))
                })
                .collect();
            spans.insert(f[0].to_string(), pieces);
        } else if f[0].starts_with('E') {
            let roles: std::collections::HashMap<&str, &str> = f[1]
                .split_whitespace()
                .filter_map(|p| p.split_once(':'))
                .collect();
            if let (Some(c), Some(s)) = (roles.get("Content"), roles.get("Source")) {
                events.push((c.to_string(), s.to_string()));
            }
        }
    }
    // segment start (byte) → (content length, gold)
    let mut best: std::collections::BTreeMap<usize, (usize, Gold)> = Default::default();
    for (c, src) in events {
        let (Some(content), Some(source)) = (spans.get(&c), spans.get(&src)) else {
            continue;
        };
        let source: String = source
            .iter()
            .map(|&(a, b)| slice(a, b))
            .collect::<Vec<_>>()
            .join(" ");
        let len: usize = content.iter().map(|&(a, b)| b.saturating_sub(a)).sum();
        for (n, &(a, b)) in content.iter().enumerate() {
            let from = bytes[a.min(bytes.len() - 1)];
            for (at, seg) in segments(slice(a, b)) {
                let at = from + at;
                if at < title_end || seg.split_whitespace().count() < 2 {
                    continue;
                }
                let opens_content = n == 0 && text[from..at].trim_end_matches(['"', '“']).trim().is_empty()
                    || text[..at].trim_end_matches(['"', '“']).ends_with('\n');
                let g = Gold {
                    at,
                    start: seg.split_whitespace().take(5).collect::<Vec<_>>().join(" "),
                    named: names_someone(&source, &lower_words),
                    source: source.clone(),
                    opens_content,
                };
                if best.get(&at).is_none_or(|(l, _)| len < *l) {
                    best.insert(at, (len, g));
                }
            }
        }
    }
    let mut out: Vec<Gold> = best.into_values().map(|(_, g)| g).collect();
    out.sort_by_key(|g| g.at);
    out
}

/// Quoted segments of a content span: (byte offset of the text, text). A
/// segment ends at its closing mark, a line break or the span's end; nested
/// double quotes stay inside.
fn segments(content: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut depth = 0;
    let mut prev = ' ';
    for (i, c) in content.char_indices() {
        let opening = c == '“' || c == '"' && (depth == 0 || prev.is_whitespace() || prev == '(');
        let closing = c == '”' || c == '"' && !opening;
        if c == '\n' && depth > 0 {
            out.push((open.unwrap_or(0), &content[open.unwrap_or(0)..i]));
            open = None;
            depth = 0;
        } else if opening {
            if depth == 0 {
                open = Some(i + c.len_utf8());
            }
            depth += 1;
        } else if closing && depth > 0 {
            depth -= 1;
            if depth == 0 {
                let o = open.take().unwrap_or(0);
                out.push((o, &content[o..i]));
            }
        }
        prev = c;
    }
    if let Some(o) = open {
        out.push((o, &content[o..]));
    }
    out.into_iter()
        .map(|(o, s)| (o + s.len() - s.trim_start().len(), s.trim()))
        .filter(|(_, s)| !s.is_empty())
        .collect()
}
