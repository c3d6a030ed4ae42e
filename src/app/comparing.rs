//! `C`: the compare view of the story the article is in, and `Enter` on one
//! of its lines: the article opened at that place, the place left recorded
//! so `Ctrl-o` comes back.

use super::compare;
use super::state::{App, Layer};
use crate::layout::Pane;
use crate::search::{Comparison, Place};

impl App {
    /// Opens the compare view of the target article's story.
    pub(super) fn open_compare(&mut self) {
        let Some(article) = self.target() else {
            self.message = Some("no article".into());
            return;
        };
        let Some(stories) = self.threads.stories() else {
            self.message = Some("the stories are still being grouped".into());
            return;
        };
        let Some(story) = stories.of(article) else {
            self.message = Some("this article is in no story: no other version to compare".into());
            return;
        };
        let comparison = Comparison::of(&self.corpus, &story.articles);
        self.layer = Layer::Compare(compare::view(&self.corpus, &comparison));
    }

    /// Opens `place`'s article for reading with its line on screen; the
    /// place left goes in the history even if it was only previewed.
    pub(super) fn open_at(&mut self, place: Place) {
        self.layer = Layer::Panes;
        if let Some(here) = self.reader.place() {
            self.history.push(here);
        }
        self.focus = Pane::Reader;
        self.open_for_reading(place.article);
        self.select_reader_article();
        let line = (self.document()).map(|d| d.place_line(place.paragraph, place.start));
        if let Some(line) = line {
            let rows = self.reader_rows();
            self.reader.reveal_line(line, rows);
        }
    }
}
