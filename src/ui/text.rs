//! Text helpers the panes share: fitting text to a display width with an
//! ellipsis while keeping matched characters highlighted, and numbers.

use crate::app::LineEdit;
use ratatui::style::Style;
use ratatui::text::Span;
use std::borrow::Cow;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// `text` cut to `width` columns (ending in `…` when cut, after the
/// word's end rather than a space), as spans styled
/// `base`, with the chars at indices `matched` (sorted) patched with `hl`.
/// Returns the spans and the columns they take. It counts and cuts by
/// grapheme, as ratatui draws: a family emoji or a flag is two columns and
/// never cut in two.
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
    let mut chars = 0;
    for (byte, grapheme) in text.grapheme_indices(true) {
        let w = grapheme.width();
        if used + w > room {
            end = byte;
            break;
        }
        used += w;
        // A grapheme is highlighted when any of its chars matched.
        chars += grapheme.chars().count();
        let mut hit = false;
        while matched.next_if(|&&m| m < chars).is_some() {
            hit = true;
        }
        if hit != run_hl {
            push(&mut spans, &text[run_start..byte], base, hl, run_hl);
            (run_start, run_hl) = (byte, hit);
        }
    }
    // Cut after a space, the `…` follows the word (`vetoes…`, not `vetoes …`).
    if !full {
        let kept = text[run_start..end].trim_end_matches(' ').len();
        used -= end - run_start - kept;
        end = run_start + kept;
    }
    push(&mut spans, &text[run_start..end], base, hl, run_hl);
    if !full && width > 0 {
        spans.push(Span::styled("…", base));
        used += 1;
    }
    (spans, used)
}

/// What of a typed line shows in `width` columns (after its prompt), and
/// the cursor's column in it: the whole line from its start while the
/// cursor fits, else cut on the left behind a `…` so that the cursor, and
/// what was just typed before it, stay in view.
pub fn input_view(line: &LineEdit, width: usize) -> (Cow<'_, str>, usize) {
    let before = line.before_cursor();
    let mut rest = before.width();
    if rest < width {
        return (Cow::Borrowed(line.text()), rest);
    }
    // Room for the `…` and the cursor's own cell.
    let room = width.saturating_sub(2);
    let mut start = 0;
    for (i, g) in before.grapheme_indices(true) {
        if rest <= room {
            break;
        }
        rest -= g.width();
        start = i + g.len();
    }
    let shown = format!("…{}", &line.text()[start..]);
    (Cow::Owned(shown), 1 + rest)
}

fn push<'a>(spans: &mut Vec<Span<'a>>, text: &'a str, base: Style, hl: Style, highlighted: bool) {
    if !text.is_empty() {
        spans.push(Span::styled(
            text,
            if highlighted { base.patch(hl) } else { base },
        ));
    }
}

/// Counts are worded in `app` (the quotes view's title uses it too).
pub use crate::app::thousands;

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
        let (spans, used) = fit("Tram strike vetoed", &[], Style::new(), hl, 13);
        assert_eq!(
            (render(&spans).as_str(), used),
            ("Tram strike…", 12),
            "no space before the `…`"
        );
    }

    /// A ZWJ family, a flag and a combining accent take the columns ratatui
    /// draws them in (2, 2, 1), are never cut in two, and a match on any
    /// char of one highlights it whole.
    #[test]
    fn counts_and_cuts_by_grapheme() {
        let hl = Style::new().add_modifier(Modifier::BOLD);
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}";
        let flag = "\u{1F1FA}\u{1F1E6}";
        let text = format!("{family}{flag} cafe\u{301} ok");
        let (spans, used) = fit(&text, &[], Style::new(), hl, 20);
        assert_eq!((render(&spans), used), (text.clone(), 12));
        // 5 columns: the family and the flag, and `…`.
        let (spans, used) = fit(&text, &[], Style::new(), hl, 5);
        assert_eq!((render(&spans), used), (format!("{family}{flag}…"), 5));
        // 4 columns: the flag does not fit beside the ellipsis, nor in half.
        let (spans, used) = fit(&text, &[], Style::new(), hl, 4);
        assert_eq!((render(&spans), used), (format!("{family}…"), 3));
        // Char 2 is the family's second person, char 11 the `e` the accent (char 12) sits on.
        let (spans, _) = fit(&text, &[2, 11], Style::new(), hl, 20);
        assert_eq!(render(&spans), format!("[{family}]{flag} caf[e\u{301}] ok"));
    }

    #[test]
    fn a_typed_line_too_long_keeps_the_cursor_in_view() {
        let mut line = LineEdit::default();
        line.set("@lavrov".into());
        assert_eq!(
            input_view(&line, 20),
            (Cow::Borrowed("@lavrov"), 7),
            "fits: all of it"
        );
        line.set("the quick brown fox jumps".into());
        let (shown, cursor) = input_view(&line, 12);
        assert_eq!(
            (shown.as_ref(), cursor),
            ("… fox jumps", 11),
            "the cursor on the last cell"
        );
        assert!(cursor < 12, "the cursor's cell is on screen");
        // Back to the start: the line shows from there again.
        for _ in 0..25 {
            line.left();
        }
        assert_eq!(input_view(&line, 12).1, 0);
        assert_eq!(input_view(&line, 12).0, "the quick brown fox jumps");
        // Wide characters are cut whole.
        line.set("東京の天気は晴れです".into());
        let (shown, cursor) = input_view(&line, 9);
        assert_eq!((shown.as_ref(), cursor), ("…れです", 7));
    }
}
