//! `C`: the compare view of the story the article is in; `Q`: the quotes
//! of the listed articles; `Enter` on a line of either: the article opened
//! at that place, the place left recorded so `Ctrl-o` comes back.

use super::compare;
use super::quotes::{MAX_ARTICLES, QuotesView};
use super::state::{App, Layer};
use crate::search::{Comparison, Place};

impl App {
    /// Opens the compare view of the target article's story (where it was
    /// left, if `Enter` left it for one of its places).
    pub(super) fn open_compare(&mut self) {
        let Some(article) = self.target() else {
            self.message = Some("no article".into());
            return;
        };
        if self.threads.stories().is_none() && !self.loading.is_active() {
            self.wait_for_stories(); // built on first use: under a second at 100,000 articles
        }
        let Some(stories) = self.threads.stories() else {
            self.message = Some("the stories are grouped once the folder has loaded".into());
            return;
        };
        let Some(story) = stories.of(article) else {
            self.message = Some("this article is in no story: no other version to compare".into());
            return;
        };
        let (lead, articles) = (story.lead, story.articles.clone());
        let view = self.threads.come_back(lead).unwrap_or_else(|| {
            let comparison = Comparison::of(&self.corpus, &articles);
            compare::view(&self.corpus, &comparison)
        });
        self.layer = Layer::Compare(view);
    }

    /// Opens the quotes view over the listed articles (the first
    /// `MAX_ARTICLES` of them: each body is read again), narrowed to the
    /// speakers the filter names (`@lavrov`, or as the speaker picker left it).
    /// Comes back to the view where it was left if `Enter` left it for a
    /// place and the list is still the same.
    pub(super) fn open_quotes(&mut self) {
        if self.threads.stories().is_none() && !self.loading.is_active() {
            self.wait_for_stories();
        }
        let key = self.quotes_key();
        if let Some(view) = self.threads.come_back_to_quotes(&key) {
            self.layer = Layer::Quotes(view);
            return;
        }
        let shown = self.list.shown();
        let (some, speakers) = key;
        let listed = (&some[..], shown.len());
        let view = QuotesView::new(&self.corpus, self.threads.stories(), listed, speakers);
        if view.is_empty() {
            self.message = Some("no quotes in the listed articles".into());
            return;
        }
        if some.len() < shown.len() {
            self.message = Some(format!("quotes of the first {MAX_ARTICLES} articles listed"));
        }
        self.layer = Layer::Quotes(view);
    }

    /// What the quotes view is built on: the listed articles it reads (the
    /// first `MAX_ARTICLES`) and the filter's `@` terms.
    fn quotes_key(&self) -> (Vec<u32>, String) {
        let shown = self.list.shown();
        let some = shown[..shown.len().min(MAX_ARTICLES)].to_vec();
        let speakers: Vec<&str> = (self.list.filter().text().split_whitespace())
            .filter(|t| t.starts_with('@') && t.len() > 1)
            .collect();
        (some, speakers.join(" "))
    }

    /// Opens `place`'s article for reading with its line on screen; the
    /// place left goes in the history even if it was only previewed. A
    /// compare or quotes view left so is kept: `C` or `Q` comes back to it
    /// where it was.
    pub(super) fn open_at(&mut self, place: Place) {
        match std::mem::replace(&mut self.layer, Layer::Panes) {
            Layer::Compare(view) => {
                let lead = (self.threads.stories())
                    .and_then(|s| s.of(place.article))
                    .map(|s| s.lead);
                if let Some(lead) = lead {
                    self.threads.leave(lead, view);
                }
            }
            Layer::Quotes(view) => self.threads.leave_quotes(self.quotes_key(), view),
            _ => {}
        }
        self.jump_to(place.article);
        self.reader.mark_place(place);
        let line = (self.document()).map(|d| d.place_line(place.paragraph, place.start));
        // A third of the way down, as a jump to a mention puts it: at the
        // pane's foot (where merely revealing it left it) it is easy to miss.
        if let Some(line) = line {
            let rows = self.reader_rows();
            let top = line.saturating_sub(rows / 3).min(self.reader.max_scroll(rows));
            self.reader.set_scroll(top);
        }
    }
}
