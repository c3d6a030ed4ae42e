//! Moving by entity: the entity cursor within an article (`e`/`E`), the next
//! article naming the focused entity (`]`/`[`), back along the history
//! (Ctrl-o), and choosing an entity or speaker from a popup.

use super::pick_term::replace_term;
use super::picker::PickerKind;
use super::state::App;
use crate::analysis::EntityId;
use crate::keys::Action;
use crate::layout::Pane;

/// Which way `e`/`E` and `]`/`[` go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Direction {
    Forward,
    Backward,
}

impl App {
    /// Why `n` or `]` did nothing, naming the user's key for `e`.
    fn no_focus(&self) -> String {
        let hint = "press KEY to pick one in the article";
        self.with_key_hint("no entity focused", Action::NextMention, hint)
    }

    /// Moves the entity cursor to the next (or previous) mention in the
    /// reader's article, wrapping around, and focuses its entity.
    pub(super) fn step_mention(&mut self, direction: Direction) {
        let Some(article) = self.reader.article() else {
            self.message = Some("no article open".into());
            return;
        };
        let count = self.corpus.body(article).analysis.mentions.len();
        if count == 0 {
            self.message = Some("this article names no one".into());
            return;
        }
        self.focus = Pane::Reader;
        self.open_for_reading(article);
        let next = match (self.reader.view().cursor, direction) {
            (Some(c), Direction::Forward) => (c + 1) % count,
            (Some(c), Direction::Backward) => (c + count - 1) % count,
            (None, _) => self.first_mention_on_screen(count, direction),
        };
        self.put_cursor(article, next);
    }

    /// Moves the entity cursor to the next (or previous) mention of the
    /// focused entity in the reader's article, wrapping around (`n`/`N`).
    pub(super) fn step_focused_mention(&mut self, direction: Direction) {
        let Some(entity) = self.entity else {
            self.message = Some(self.no_focus());
            return;
        };
        let Some(article) = self.reader.article() else {
            self.message = Some("no article open".into());
            return;
        };
        let body = self.corpus.body(article);
        let mentions: Vec<usize> = (0..body.analysis.mentions.len())
            .filter(|&m| body.mention_entity(m) == Some(entity))
            .collect();
        let here = self.reader.view().cursor;
        let next = match direction {
            Direction::Forward => (mentions.iter())
                .find(|&&m| here.is_none_or(|c| m > c))
                .or(mentions.first()),
            Direction::Backward => (mentions.iter().rev())
                .find(|&&m| here.is_some_and(|c| m < c))
                .or(mentions.last()),
        };
        let Some(&next) = next else {
            self.message = Some(format!(
                "{} is not named in this article",
                self.entity(entity).name
            ));
            return;
        };
        self.focus = Pane::Reader;
        self.open_for_reading(article);
        self.put_cursor(article, next);
    }

    /// Without a cursor yet, `e` starts at the first mention on screen and
    /// `E` at the last one.
    fn first_mention_on_screen(&self, count: usize, direction: Direction) -> usize {
        let Some(doc) = self.document() else { return 0 };
        let (top, rows) = (self.reader.view().scroll, self.reader_rows());
        let visible = |m: &usize| (top..top + rows).contains(&doc.mention_line(*m));
        match direction {
            Direction::Forward => (0..count).find(visible).unwrap_or(0),
            Direction::Backward => (0..count).rev().find(visible).unwrap_or(count - 1),
        }
    }

    fn put_cursor(&mut self, article: u32, mention: usize) {
        self.entity = self.corpus.body(article).mention_entity(mention);
        let rows = self.reader_rows();
        self.reader.put_cursor(mention, rows);
    }

    /// Opens the next (or previous) article in list order that names the
    /// focused entity, wrapping around, with the cursor on its first mention.
    pub(super) fn jump_naming(&mut self, direction: Direction) {
        let Some(entity) = self.entity else {
            self.message = Some(self.no_focus());
            return;
        };
        // In the order the rows show them: through a story, then on.
        let shown = self.list.in_row_order();
        let n = shown.len();
        let open = self.reader.article();
        let position = |article: Option<u32>| article.and_then(|a| shown.iter().position(|&s| s == a));
        let here = position(open);
        // From the reader's article (excluded); from the selection (included) if it is not listed.
        let selected = position(self.list.selected_article()).unwrap_or(0);
        let (start, skip) = here.map_or((selected, 0), |i| (i, 1));
        let step = |k: usize| match direction {
            Direction::Forward => (start + k) % n,
            Direction::Backward => (start + n - k) % n,
        };
        let found = (skip..n)
            .map(|k| (k, shown[step(k)]))
            .find(|&(_, a)| Some(a) != open && self.corpus.mentions(a, entity));
        let Some((k, target)) = found else {
            let name = &self.entity(entity).name;
            self.message = Some(format!("no other article names {name}"));
            return;
        };
        self.message = match direction {
            Direction::Forward if start + k >= n => Some("wrapped around to the top of the list".into()),
            Direction::Backward if k > start => Some("wrapped around to the bottom of the list".into()),
            _ => None,
        };
        let body = self.corpus.body(target);
        let first = (0..body.analysis.mentions.len()).find(|&m| body.mention_entity(m) == Some(entity));
        self.jump_to(target);
        match first {
            Some(m) => self.put_cursor(target, m),
            None => self.entity = Some(entity),
        }
    }

    /// Returns to the place before the last jump.
    pub(super) fn history_back(&mut self) {
        let Some(jump) = self.history.pop() else {
            self.message = Some("nothing to go back to".into());
            return;
        };
        self.focus = Pane::Reader;
        self.reader.return_to(jump);
        self.open_for_reading(jump.article);
        self.reader.set_scroll(jump.scroll);
        self.select_reader_article();
        if let Some(m) = jump.cursor {
            self.put_cursor(jump.article, m);
        }
    }

    /// Puts the chosen speaker (`@`) or entity (`#`) in the filter, in place
    /// of the terms of the same kind, and focuses it.
    pub(super) fn apply_pick(&mut self, kind: PickerKind, id: EntityId) {
        let term = self.filter_term(kind.sigil(), id);
        let text = replace_term(self.list.filter().text(), kind.sigil(), &term);
        self.list.filter_mut().set(text);
        self.entity = Some(id);
        self.focus = Pane::List;
        self.list.go_to_top();
        self.refilter();
    }

    /// The filter term for an entity: its canonical name, lowercased, with
    /// `_` for spaces (`@sergei_lavrov`, `#nikki_haley`), which the query
    /// language reads as that name and nothing looser.
    pub fn filter_term(&self, sigil: char, id: EntityId) -> String {
        let name = self.entity(id).name.to_lowercase();
        let words: Vec<&str> = name.split_whitespace().collect();
        format!("{sigil}{}", words.join("_"))
    }
}
