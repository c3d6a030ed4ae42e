//! The fuzzy popup shared by the speaker picker (`s`) and the entity index
//! (`i`): a list of entities narrowed as you type.

use super::input::LineEdit;
use super::scroll::Scroll;
use crate::analysis::{EntityId, EntityKind};
use crate::search::{Corpus, fuzzy_rank};
use unicode_width::UnicodeWidthStr;

/// Which popup, and so which filter term Enter applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickerKind {
    /// `@name`: articles quoting them.
    Speaker,
    /// `#name`: articles naming it.
    Entity,
}

impl PickerKind {
    pub fn sigil(self) -> char {
        match self {
            PickerKind::Speaker => '@',
            PickerKind::Entity => '#',
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            PickerKind::Speaker => "Speakers",
            PickerKind::Entity => "Entities",
        }
    }
}

/// One row: the canonical name and what the popup says about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PickItem {
    pub id: EntityId,
    pub name: String,
    pub detail: String,
}

#[derive(Clone, Debug)]
pub struct Picker {
    kind: PickerKind,
    items: Vec<PickItem>,
    /// Columns the longest name and its detail take side by side, over
    /// every item (so the popup keeps its width while the list narrows);
    /// counted once, not at every frame over thousands of names.
    widest: usize,
    input: LineEdit,
    /// (item, matched char indices of its name), best first.
    matches: Vec<(usize, Vec<usize>)>,
    selected: usize,
    scroll: Scroll,
}

impl Picker {
    /// Every speaker with their number of quotes, most first.
    pub fn speakers(corpus: &Corpus) -> Picker {
        let items = corpus
            .speakers()
            .into_iter()
            .map(|(id, quotes)| PickItem {
                id,
                name: corpus.entities().get(id).name.clone(),
                detail: plural(quotes, "quote"),
            })
            .collect();
        Picker::new(PickerKind::Speaker, items)
    }

    /// The speakers of the quotes view (`names`, with their number of
    /// quotes there, most first), so the picker over it lists what it
    /// counts rather than the whole folder's.
    pub(super) fn speakers_among<'a>(
        corpus: &Corpus,
        names: impl Iterator<Item = (&'a str, usize)>,
    ) -> Picker {
        let counts: std::collections::HashMap<&str, usize> = names.collect();
        let mut items: Vec<(usize, PickItem)> = (corpus.speakers().into_iter())
            .filter_map(|(id, _)| {
                let name = &corpus.entities().get(id).name;
                let quotes = *counts.get(name.as_str())?;
                let detail = plural(quotes, "quote");
                Some((
                    quotes,
                    PickItem {
                        id,
                        name: name.clone(),
                        detail,
                    },
                ))
            })
            .collect();
        items.sort_by(|(a, x), (b, y)| b.cmp(a).then_with(|| x.name.cmp(&y.name)));
        Picker::new(
            PickerKind::Speaker,
            items.into_iter().map(|(_, item)| item).collect(),
        )
    }

    /// Every entity with its kind and article count, most articles first.
    pub fn entities(corpus: &Corpus) -> Picker {
        let mut entities: Vec<(EntityId, _)> = (0..).zip(corpus.entities().entities()).collect();
        entities.sort_by(|(_, a), (_, b)| b.articles.len().cmp(&a.articles.len()).then(a.name.cmp(&b.name)));
        let items = entities
            .into_iter()
            .map(|(id, e)| PickItem {
                id,
                name: e.name.clone(),
                detail: format!("{} · {}", kind_name(e.kind), plural(e.articles.len(), "article")),
            })
            .collect();
        Picker::new(PickerKind::Entity, items)
    }

    fn new(kind: PickerKind, items: Vec<PickItem>) -> Picker {
        let widest = (items.iter())
            .map(|item| item.name.width() + item.detail.width())
            .max()
            .unwrap_or(0);
        let mut picker = Picker {
            kind,
            items,
            widest,
            input: LineEdit::default(),
            matches: Vec::new(),
            selected: 0,
            scroll: Scroll::default(),
        };
        picker.refresh();
        picker
    }

    /// Ranks the items against the typed text: names with a word starting
    /// with it first, in the popup's order (most quotes or articles first),
    /// so `brown` finds Gordon Brown before Brownsville; then looser fuzzy
    /// matches, best first.
    fn refresh(&mut self) {
        let names: Vec<&str> = self.items.iter().map(|i| i.name.as_str()).collect();
        let typed = self.input.text().to_lowercase();
        let (mut matches, fuzzy): (Vec<_>, Vec<_>) = fuzzy_rank(self.input.text(), &names)
            .into_iter()
            .partition(|(i, _)| starts_a_word(names[*i], &typed));
        matches.sort_by_key(|(i, _)| *i);
        matches.extend(fuzzy);
        self.matches = matches;
        self.selected = 0;
    }

    pub fn kind(&self) -> PickerKind {
        self.kind
    }

    pub fn input(&self) -> &LineEdit {
        &self.input
    }

    /// Changes the typed text and narrows the list again.
    pub fn edit(&mut self, change: impl FnOnce(&mut LineEdit)) {
        let before = self.input.text().to_owned();
        change(&mut self.input);
        if self.input.text() != before {
            self.refresh();
        }
    }

    /// Moves the selection, stopping at the ends.
    pub fn move_by(&mut self, delta: isize) {
        let last = self.matches.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The first row to draw in `rows` rows (see `Scroll`).
    pub fn top(&self, rows: usize) -> usize {
        self.scroll
            .top(self.selected, self.selected, rows, self.matches.len())
    }

    pub fn total(&self) -> usize {
        self.items.len()
    }

    /// Columns the widest item takes, name and detail (counted in `new`).
    pub fn widest(&self) -> usize {
        self.widest
    }

    /// The rows still matching, best first, with the name's matched chars.
    pub fn matches(&self) -> impl ExactSizeIterator<Item = (&PickItem, &[usize])> {
        self.matches
            .iter()
            .map(|(i, hl)| (&self.items[*i], hl.as_slice()))
    }

    pub fn chosen(&self) -> Option<&PickItem> {
        self.matches.get(self.selected).map(|(i, _)| &self.items[*i])
    }
}

/// Whether a word of `name` starts with `typed` (lowercase), ignoring case.
pub(super) fn starts_a_word(name: &str, typed: &str) -> bool {
    let name = name.to_lowercase();
    name.char_indices()
        .filter(|&(i, _)| i == 0 || !name[..i].ends_with(char::is_alphanumeric))
        .any(|(i, _)| name[i..].starts_with(typed))
}

pub fn kind_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Place => "place",
        EntityKind::Other => "other",
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

/// `1 quote`, `3 quotes`.
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1234), "1,234");
        assert_eq!(thousands(100000), "100,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }

    #[test]
    fn word_starts_come_first_in_popup_order_then_loose_matches() {
        let items = ["Gordon Brown", "Bob Rowan", "Dan Brown", "Brownsville", "Lavrov"]
            .into_iter()
            .zip(0..)
            .map(|(name, id)| PickItem {
                id,
                name: name.into(),
                detail: String::new(),
            })
            .collect();
        let mut picker = Picker::new(PickerKind::Entity, items);
        assert_eq!(picker.matches().len(), 5, "nothing typed: everything");
        picker.edit(|line| "brown".chars().for_each(|c| line.insert(c)));
        let names: Vec<&str> = picker.matches().map(|(item, _)| item.name.as_str()).collect();
        assert_eq!(names, ["Gordon Brown", "Dan Brown", "Brownsville", "Bob Rowan"]);
        picker.move_by(10);
        assert_eq!(picker.chosen().unwrap().name, "Bob Rowan");
        picker.edit(LineEdit::clear);
        assert_eq!((picker.selected(), picker.matches().len()), (0, 5));
    }
}
