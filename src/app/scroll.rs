//! Where a popup's list (a picker, the compare and quotes views) is drawn
//! from: the selection moves within the rows on screen, and the list
//! scrolls only when the selection would leave them, as the article list
//! does. Computed when drawing, the one place that knows the popup's height,
//! and kept for the next draw.

use std::cell::Cell;

#[derive(Clone, Debug, Default)]
pub struct Scroll(Cell<usize>);

impl Scroll {
    /// The first of `len` lines to draw in `rows` rows so that line
    /// `selected` shows: the last draw's while the selection is still in
    /// view, else moved just enough. Scrolling up to the selection, the
    /// lines from `above` (its heading: no place to select) show with it
    /// when they fit.
    pub fn top(&self, selected: usize, above: usize, rows: usize, len: usize) -> usize {
        let kept = self.0.get().min(len.saturating_sub(rows));
        let top = if rows > 0 && selected < kept && selected - above.min(selected) < rows {
            above.min(selected)
        } else {
            in_view(kept, selected, rows, len)
        };
        self.0.set(top);
        top
    }
}

/// The first of `len` rows to show in `rows` rows, moved from `top` just
/// enough that row `selected` shows: the article list's rule, and the
/// popups' when no heading is to come with the selection.
pub(super) fn in_view(top: usize, selected: usize, rows: usize, len: usize) -> usize {
    top.clamp(selected.saturating_sub(rows.saturating_sub(1)), selected)
        .min(len.saturating_sub(rows))
}

#[cfg(test)]
mod tests {
    use super::Scroll;

    #[test]
    fn the_selection_moves_on_screen_until_it_would_leave_it() {
        let s = Scroll::default();
        assert_eq!(s.top(0, 0, 5, 20), 0);
        assert_eq!(s.top(4, 4, 5, 20), 0, "the last row on screen");
        assert_eq!(s.top(7, 7, 5, 20), 3, "down past it: scrolled just enough");
        // Back up: the bar moves up, the list stays where it is.
        assert_eq!(s.top(5, 5, 5, 20), 3);
        assert_eq!(s.top(3, 3, 5, 20), 3);
        assert_eq!(s.top(2, 2, 5, 20), 2, "up past the top: scrolled just enough");
    }

    #[test]
    fn scrolling_up_shows_the_heading_above_the_selection() {
        let s = Scroll::default();
        assert_eq!(s.top(12, 12, 5, 20), 8);
        assert_eq!(s.top(6, 4, 5, 20), 4, "the heading lines 4 and 5 show too");
        assert_eq!(s.top(19, 19, 5, 20), 15);
        assert_eq!(s.top(9, 2, 5, 20), 9, "a heading too far above is left out");
    }

    #[test]
    fn a_shorter_list_is_drawn_from_higher_up() {
        let s = Scroll::default();
        assert_eq!(s.top(15, 15, 5, 20), 11);
        assert_eq!(s.top(3, 3, 5, 6), 1, "six lines left: the last five show");
    }
}
