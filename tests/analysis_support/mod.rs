//! Shared helper for the analysis tests: reading articles the simple way
//! (title line, then blank-line separated paragraphs), as the store does.

/// Body paragraphs of an article file: the first line is the title; blank
/// lines separate paragraphs; a paragraph's lines are joined by a space.
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
