//! Text helpers the panes share: fitting text to a display width with an
//! ellipsis while keeping matched characters highlighted, and numbers.

use ratatui::style::Style;
use ratatui::text::Span;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `text` cut to `width` columns (ending in `…` when cut), as spans styled
/// `base`, with the chars at indices `matched` (sorted) patched with `hl`.
/// Returns the spans and the columns they take.
pub fn fit<'a>(
    text: &'a str,
    matched: &[usize],
    base: Style,
    hl: Style,
    width: usize,
) -> (Vec<Span<'a>>, usize) {
    let full = text.width() <= width;
    let room = if full { width } else { width.saturating_sub(1) };
    let mut spans = Vec::new();
    let (mut used, mut run_start, mut run_hl) = (0, 0, false);
    let mut end = text.len();
    let mut matched = matched.iter().peekable();
    for (i, (byte, c)) in text.char_indices().enumerate() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            end = byte;
            break;
        }
        used += w;
        let hit = matched.next_if_eq(&&i).is_some();
        if hit != run_hl {
            push(&mut spans, &text[run_start..byte], base, hl, run_hl);
            (run_start, run_hl) = (byte, hit);
        }
    }
    push(&mut spans, &text[run_start..end], base, hl, run_hl);
    if !full && width > 0 {
        spans.push(Span::styled("…", base));
        used += 1;
    }
    (spans, used)
}

fn push<'a>(spans: &mut Vec<Span<'a>>, text: &'a str, base: Style, hl: Style, highlighted: bool) {
    if !text.is_empty() {
        spans.push(Span::styled(
            text,
            if highlighted { base.patch(hl) } else { base },
        ));
    }
}

/// `1234567` as `1,234,567`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;

    fn render(spans: &[Span]) -> String {
        spans
            .iter()
            .map(|s| {
                if s.style.add_modifier.contains(Modifier::BOLD) {
                    format!("[{}]", s.content)
                } else {
                    s.content.to_string()
                }
            })
            .collect()
    }

    #[test]
    fn keeps_highlights_and_cuts_by_display_width() {
        let hl = Style::new().add_modifier(Modifier::BOLD);
        let (spans, used) = fit("Syria vetoes", &[0, 1, 7], Style::new(), hl, 20);
        assert_eq!((render(&spans).as_str(), used), ("[Sy]ria v[e]toes", 12));
        let (spans, used) = fit("世界和平 peace", &[1], Style::new(), hl, 6);
        assert_eq!((render(&spans).as_str(), used), ("世[界]…", 5));
        let (spans, used) = fit("abc", &[], Style::new(), hl, 0);
        assert_eq!((spans.len(), used), (0, 0));
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1234), "1,234");
        assert_eq!(thousands(100000), "100,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }
}
