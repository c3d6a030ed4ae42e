//! A popup of lines, some of which are places in articles (the compare and
//! quotes views): headings and details to read, and a selection that moves
//! over the places only, for `Enter` to open the article there.

use super::scroll::Scroll;
use crate::search::Place;

/// How a line is drawn: what it is in the view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// A section: `Figures that disagree`.
    Heading,
    /// What the lines under it have in common: a figure's subject, a quote.
    Group,
    /// One article's value, variant or passage: a place to go.
    Item,
}

/// One line of the view.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceLine {
    pub kind: LineKind,
    pub text: String,
    pub place: Option<Place>,
    /// Differs from the others of its group (a figure, a speaker, words).
    pub marked: bool,
    /// Where in `text` the part to keep whole starts (its length when
    /// none): a line too long for the view cuts the quote or title before
    /// it, not the flags or changed words after it.
    pub tail: usize,
    /// What replaces the tail when the whole line does not fit, if it may
    /// shorten: a version's id cut to the start that names it alone
    /// (` · 002…`), so a narrow view gives the room to its title.
    pub short_tail: Option<String>,
}

impl PlaceLine {
    fn new(kind: LineKind, text: String, place: Option<Place>, marked: bool) -> PlaceLine {
        PlaceLine {
            kind,
            tail: text.len(),
            short_tail: None,
            text,
            place,
            marked,
        }
    }

    pub(super) fn heading(text: impl Into<String>) -> PlaceLine {
        PlaceLine::new(LineKind::Heading, text.into(), None, false)
    }

    pub(super) fn group(text: impl Into<String>, marked: bool) -> PlaceLine {
        PlaceLine::new(LineKind::Group, text.into(), None, marked)
    }

    pub(super) fn item(text: impl Into<String>, place: Place, marked: bool) -> PlaceLine {
        PlaceLine::new(LineKind::Item, text.into(), Some(place), marked)
    }

    /// Appends `tail`, the part of the line kept whole when it is cut.
    pub(super) fn with_tail(mut self, tail: &str) -> PlaceLine {
        self.tail = self.text.len();
        self.text.push_str(tail);
        self
    }

    /// Gives the tail `short`, drawn in its place when the line is cut.
    pub(super) fn with_short_tail(mut self, short: String) -> PlaceLine {
        self.short_tail = Some(short);
        self
    }
}

/// The lines, with the selection on one that has a place.
#[derive(Clone, Debug)]
pub struct PlaceLines {
    title: String,
    lines: Vec<PlaceLine>,
    selected: Option<usize>,
    scroll: Scroll,
}

impl PlaceLines {
    pub(super) fn new(title: String, lines: Vec<PlaceLine>) -> PlaceLines {
        let selected = lines.iter().position(|l| l.place.is_some());
        PlaceLines {
            title,
            lines,
            selected,
            scroll: Scroll::default(),
        }
    }

    pub fn title(&self) -> &str {
        &self.title
    }

    pub fn lines(&self) -> &[PlaceLine] {
        &self.lines
    }

    /// The selected line's index, if any line has a place.
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// The first line to draw in `rows` rows: the selection stays in view,
    /// with the headings above it when it is scrolled up to (see `Scroll`).
    pub fn top(&self, rows: usize) -> usize {
        let Some(s) = self.selected else {
            return 0;
        };
        let above = ((0..s).rev())
            .take_while(|&i| self.lines[i].place.is_none())
            .last()
            .unwrap_or(s);
        self.scroll.top(s, above, rows, self.lines.len())
    }

    /// The first line to draw in `rows` rows, and the section heading to
    /// pin on the top row when that line is inside a section (the lines
    /// then start one row lower): scrolled inside `Quotes` or a speaker's
    /// quotes, the view still says whose or what they are.
    pub fn window(&self, rows: usize) -> (Option<usize>, usize) {
        let top = self.top(rows);
        if rows < 2 || self.heading_over(top).is_none() {
            return (None, top);
        }
        let top = self.top(rows - 1);
        (self.heading_over(top), top)
    }

    /// The heading of the section line `top` is inside, unless it is a
    /// heading (or a blank between sections) itself.
    fn heading_over(&self, top: usize) -> Option<usize> {
        let is_heading = |i: usize| self.lines[i].kind == LineKind::Heading;
        if self.lines.get(top).is_none_or(|_| is_heading(top)) {
            return None;
        }
        (0..top)
            .rev()
            .find(|&i| is_heading(i) && !self.lines[i].text.is_empty())
    }

    /// Moves the selection by `delta` places, stopping at the ends.
    pub(super) fn move_by(&mut self, delta: isize) {
        let places: Vec<usize> = (0..self.lines.len())
            .filter(|&i| self.lines[i].place.is_some())
            .collect();
        let Some(here) = self.selected.and_then(|s| places.iter().position(|&p| p == s)) else {
            return;
        };
        let to = here.saturating_add_signed(delta).min(places.len() - 1);
        self.selected = Some(places[to]);
    }

    pub(super) fn chosen(&self) -> Option<crate::search::Place> {
        self.lines[self.selected?].place
    }
}

#[cfg(test)]
mod tests {
    use super::{PlaceLine, PlaceLines};
    use crate::search::Place;

    fn place(article: u32) -> Place {
        Place {
            article,
            paragraph: 0,
            start: 0,
            end: 0,
        }
    }

    /// Two sections of six places each, a blank line between them.
    fn two_sections() -> PlaceLines {
        let mut lines = vec![PlaceLine::heading("Figures")];
        lines.extend((0..6).map(|a| PlaceLine::item(format!("figure {a}"), place(a), false)));
        lines.push(PlaceLine::heading(""));
        lines.push(PlaceLine::heading("Quotes"));
        lines.extend((6..12).map(|a| PlaceLine::item(format!("quote {a}"), place(a), false)));
        PlaceLines::new("compare".to_owned(), lines)
    }

    #[test]
    fn scrolled_inside_a_section_its_heading_is_pinned_above_the_lines() {
        let mut view = two_sections();
        assert_eq!(view.window(4), (None, 0), "the heading shows in its place");
        view.move_by(4);
        let (pinned, top) = view.window(4);
        assert_eq!(pinned, Some(0), "`Figures` over figure 4");
        let selected = view.selected().expect("a place");
        assert!(
            (top..top + 3).contains(&selected),
            "the selection shows in the three rows under the heading: {top}, {selected}"
        );
        view.move_by(3);
        assert_eq!(view.window(4).0, None, "`Quotes` shows in its place");
        view.move_by(2);
        let (pinned, top) = view.window(4);
        assert_eq!(pinned, Some(8), "`Quotes`, not the blank line");
        assert!(top > 9);
        view.move_by(-4);
        assert_eq!(view.selected(), Some(6));
        assert_eq!(
            view.window(4).0,
            Some(0),
            "back in the figures, their heading again"
        );
    }

    #[test]
    fn at_a_heading_or_a_blank_nothing_is_pinned() {
        let view = two_sections();
        assert_eq!(view.heading_over(7), None, "the blank between sections");
        assert_eq!(view.heading_over(8), None);
        assert_eq!(view.heading_over(9), Some(8));
        assert_eq!(view.window(1).0, None, "one row: no room to pin");
    }
}
