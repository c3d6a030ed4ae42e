//! The reader pane's state: which article is in it, the place in it (first
//! line, entity cursor), and the article laid out at the pane's width. The
//! methods take the pane's height (`rows`) from the caller, which knows the
//! layout.

use super::document::Document;
use super::history::Jump;
use crate::search::Place;

/// The article in the reader and the place in it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReaderView {
    pub article: Option<u32>,
    /// First visible line.
    pub scroll: usize,
    /// The entity cursor: a mention index in the article.
    pub cursor: Option<usize>,
    /// Opened for reading rather than shown because the list moved over it;
    /// only such places are worth a history entry.
    pub entered: bool,
    /// The figure, quote or sentence a view opened the article at, marked
    /// until another article is opened.
    pub mark: Option<Place>,
}

#[derive(Default)]
pub(super) struct Reader {
    view: ReaderView,
    document: Option<Document>,
}

impl Reader {
    pub(super) fn view(&self) -> &ReaderView {
        &self.view
    }

    pub(super) fn article(&self) -> Option<u32> {
        self.view.article
    }

    pub(super) fn document(&self) -> Option<&Document> {
        self.document.as_ref()
    }

    /// Puts `article` in the reader at its top, unless it is there already.
    /// Gives the place left behind when it was opened for reading, for the
    /// history.
    pub(super) fn switch_to(&mut self, article: u32) -> Option<Jump> {
        if self.view.article == Some(article) {
            return None;
        }
        let left = (self.view.article.filter(|_| self.view.entered)).map(|left| Jump {
            article: left,
            scroll: self.view.scroll,
            cursor: self.view.cursor,
        });
        self.view = ReaderView {
            article: Some(article),
            ..ReaderView::default()
        };
        left
    }

    /// The place in the reader, for the history before a jump from a view.
    pub(super) fn place(&self) -> Option<Jump> {
        self.view.article.map(|article| Jump {
            article,
            scroll: self.view.scroll,
            cursor: self.view.cursor,
        })
    }

    /// Marks `place` if its article is the one in the reader.
    pub(super) fn mark_place(&mut self, place: Place) {
        if self.view.article == Some(place.article) && place.end > place.start {
            self.view.mark = Some(place);
        }
    }

    /// The article is read, not only shown as the list moves over it.
    pub(super) fn mark_entered(&mut self) {
        self.view.entered = true;
    }

    /// Back to a place from the history, not yet opened for reading.
    pub(super) fn return_to(&mut self, jump: Jump) {
        self.view = ReaderView {
            article: Some(jump.article),
            scroll: jump.scroll,
            cursor: None,
            entered: false,
            mark: None,
        };
    }

    /// The corpus was replaced: `article` is the open one found again (or
    /// none); the cursor and the layout belong to the old corpus.
    pub(super) fn reopen(&mut self, article: Option<u32>) {
        self.view.article = article;
        self.view.cursor = None;
        self.view.mark = None;
        self.document = None;
    }

    /// The corpus's entity ids changed meaning: the document is laid out
    /// again (same article, same place, same cursor).
    pub(super) fn forget_document(&mut self) {
        self.document = None;
    }

    pub(super) fn set_scroll(&mut self, scroll: usize) {
        self.view.scroll = scroll;
    }

    pub(super) fn max_scroll(&self, rows: usize) -> usize {
        let lines = self.document.as_ref().map_or(0, Document::len);
        lines.saturating_sub(rows)
    }

    pub(super) fn scroll_by(&mut self, lines: isize, rows: usize) {
        self.view.scroll = self
            .view
            .scroll
            .saturating_add_signed(lines)
            .min(self.max_scroll(rows));
    }

    pub(super) fn scroll_to_top(&mut self) {
        self.view.scroll = 0;
    }

    pub(super) fn scroll_to_bottom(&mut self, rows: usize) {
        self.view.scroll = self.max_scroll(rows);
    }

    /// Re-clamps the first line after the document or the screen changed.
    pub(super) fn clamp(&mut self, rows: usize) {
        self.view.scroll = self.view.scroll.min(self.max_scroll(rows));
    }

    /// Scrolls so `line` is on screen; a line far away is put a third of the
    /// way down so there is context above it.
    pub(super) fn reveal_line(&mut self, line: usize, rows: usize) {
        if line < self.view.scroll || line >= self.view.scroll + rows {
            self.view.scroll = line.saturating_sub(rows / 3).min(self.max_scroll(rows));
        }
    }

    /// Puts the entity cursor on `mention` and scrolls to it.
    pub(super) fn put_cursor(&mut self, mention: usize, rows: usize) {
        self.view.cursor = Some(mention);
        if let Some(line) = self.document().map(|d| d.mention_line(mention)) {
            self.reveal_line(line, rows);
        }
    }

    /// Lays the article out again (with `build`) if it, the `width` or the
    /// `generation` changed, keeping the reading position and the entity
    /// cursor in view.
    pub(super) fn lay_out(
        &mut self,
        width: u16,
        rows: usize,
        generation: usize,
        build: impl FnOnce(u32) -> Document,
    ) {
        let Some(article) = self.view.article else {
            self.document = None;
            return;
        };
        if (self.document.as_ref()).is_some_and(|d| d.is_for(article, width, generation)) {
            return;
        }
        let ratio = (self.document.as_ref())
            .filter(|d| d.article() == article)
            .map(|d| self.view.scroll as f64 / d.len().max(1) as f64);
        let doc = build(article);
        if let Some(ratio) = ratio {
            self.view.scroll = (ratio * doc.len() as f64) as usize;
        }
        let cursor_line = self.view.cursor.map(|m| doc.mention_line(m));
        self.document = Some(doc);
        if let Some(line) = cursor_line {
            self.reveal_line(line, rows);
        }
        self.clamp(rows);
    }
}
