//! What the label scorers (`analysis_labels`, `analysis_polnear`) and the
//! ranker's trainer (`examples/train_speaker_model.rs`) share: reading an
//! article and labels, and when a predicted speaker counts as right. Needs
//! nothing but the library, so the example can include it by path.

use std::path::Path;

use byline::analysis::ArticleAnalysis;

/// Body paragraphs of an article file read the simple way, as the store
/// does: the first line is the title; blank lines separate paragraphs; a
/// paragraph's lines are joined by a space.
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for line in text.lines().skip(1) {
        let line = line.trim();
        if line.is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        } else {
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(line);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Lowercase alphanumerics of a quote's first five words: how a label's
/// `quote_start` meets a predicted quote (label scorers).
pub fn quote_start(text: &str) -> String {
    text.split_whitespace()
        .take(5)
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One labelled quote.
pub struct Label {
    pub file: String,
    pub start: String,
    pub kind: String,
    pub speaker: String,
    pub role: String,
}

pub fn read_labels(path: &Path) -> Vec<Label> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .skip(1)
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let get = |i: usize| f.get(i).map_or(String::new(), |s| s.trim().to_string());
            Label {
                file: get(0),
                start: get(1),
                kind: get(2),
                speaker: get(3),
                role: get(4),
            }
        })
        .collect()
}

/// Whether a predicted speaker matches a label: the canonical name or an
/// alias equals it, or the surnames (last words) agree.
pub fn speaker_matches(analysis: &ArticleAnalysis, speaker: Option<usize>, label: &str) -> bool {
    let Some(e) = speaker.map(|i| &analysis.entities[i]) else {
        return false;
    };
    let label = label.to_lowercase();
    let last = |s: &str| s.split_whitespace().last().unwrap_or("").to_lowercase();
    std::iter::once(&e.name)
        .chain(&e.aliases)
        .any(|n| n.to_lowercase() == label)
        || last(&e.name) == last(&label)
}

/// Whether the entity's name, an alias or its surname appears in `source`.
pub fn names_in(analysis: &ArticleAnalysis, e: usize, source: &str) -> bool {
    let ent = &analysis.entities[e];
    let src = format!(" {} ", words(source).join(" "));
    let surname = ent.name.split_whitespace().last().unwrap_or("").to_string();
    std::iter::once(&ent.name)
        .chain(&ent.aliases)
        .chain(std::iter::once(&surname))
        .map(|n| words(n).join(" "))
        .any(|n| !n.is_empty() && src.contains(&format!(" {n} ")))
}

/// Lowercase alphanumeric words, a possessive `'s` dropped.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == '-' || c == '—')
        .map(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w);
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}
