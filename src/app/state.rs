//! The reader's whole state: a few parts that each own their fields (the
//! list, the reader pane, what is remembered, the load) and what lies
//! between them (the corpus, the focus, what is over the panes, the focused
//! entity). `update` changes it; the UI only borrows it, so everything a
//! pane draws is answered by a method here.

use super::document::Document;
use super::history::History;
use super::input::LineEdit;
use super::list::ArticleList;
use super::loading::Loading;
use super::memory::{Flag, Memory};
use super::picker::Picker;
use super::places::PlaceLines;
use super::quotes::QuotesView;
use super::reader::{Reader, ReaderView};
use super::settings::{self, Settings};
use super::threads::{Row, Threads};
use crate::analysis::{CorpusEntity, EntityId};
use crate::config::Config;
use crate::keys::{Action, Context, Keymap};
use crate::layout::{Areas, Pane};
use crate::search::{Corpus, CorpusEvent, Query, Stories};
use ratatui::layout::Rect;
use std::cell::Cell;
use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::mpsc::Receiver;

/// What is over the panes and takes the keys: nothing, the filter bar, a
/// popup or an overlay. Not to be confused with `Pane` (which of the two
/// panes under it has the keyboard) or `keys::Context` (the keymap table,
/// which `context` derives from this).
#[derive(Clone, Debug)]
pub enum Layer {
    /// Only the panes: keys go to the list or the reader.
    Panes,
    /// Typing in the filter bar.
    FilterBar,
    /// Typing the command `|` pipes the article to, in the status line.
    Command(LineEdit),
    Picker(Picker),
    /// What the versions of a story disagree on (`C`).
    Compare(PlaceLines),
    /// Every quote of the listed articles, by speaker (`Q`).
    Quotes(QuotesView),
    Help {
        scroll: usize,
    },
    Skipped {
        scroll: usize,
    },
}

impl Layer {
    /// The keymap table keys are looked up in while this is on top.
    pub fn context(&self) -> Context {
        match self {
            Layer::Panes => Context::Browse,
            Layer::FilterBar | Layer::Command(_) => Context::Filter,
            Layer::Picker(_) | Layer::Compare(_) | Layer::Quotes(_) => Context::Popup,
            Layer::Help { .. } | Layer::Skipped { .. } => Context::Overlay,
        }
    }
}

pub struct App {
    /// Shared with the filter's worker thread while a pass runs.
    pub(super) corpus: Arc<Corpus>,
    pub(super) keymap: Keymap,
    pub(super) settings: Settings,
    pub(super) screen: Rect,
    pub(super) focus: Pane,
    pub(super) layer: Layer,
    pub(super) list: ArticleList,
    pub(super) threads: Threads,
    pub(super) reader: Reader,
    /// The focused entity (`e`, a picker, …): what `]`/`[` look for.
    pub(super) entity: Option<EntityId>,
    /// The filter text the focus was last taken from (see `focus_named`).
    pub(super) focused_from: String,
    /// The entity that text focused.
    pub(super) filter_focus: Option<EntityId>,
    /// Speakers the filter names (`@lavrov`): their quotes are emphasised.
    pub(super) emphasised: Vec<EntityId>,
    /// What the status bar says while a `@`/`#` term names nobody and lists
    /// only names its letters run through (`refilter::closest_note`).
    pub(super) closest: Option<String>,
    pub(super) memory: Memory,
    pub(super) history: History,
    /// The quotes view the speaker picker was opened over (`Tab` in it):
    /// the pick narrows it, and it comes back.
    pub(super) quotes_behind: Option<QuotesView>,
    pub(super) message: Option<String>,
    /// Messages waiting their turn in the status bar.
    pub(super) notices: VecDeque<String>,
    /// What was wrong at the start (the config, entities.toml, the saved
    /// marks), all listed by `!`.
    pub(super) problems: Vec<String>,
    /// The furthest the open overlay scrolls, as it was last drawn (its
    /// lines wrap to the screen, which only the drawing knows).
    pub(super) overlay_end: Cell<usize>,
    pub(super) loading: Loading,
    pub(super) live: super::live::Live,
    /// What `o`, `|` or `y` asks the terminal loop to do.
    pub(super) external: Option<super::External>,
    pub(super) quit: bool,
}

impl App {
    /// A reader over a corpus that is ready.
    pub fn new(corpus: Corpus) -> App {
        App::with(corpus, Loading::default())
    }

    /// A reader that fills as `events` deliver articles (see `search::spawn_loading`).
    pub fn streaming(events: Receiver<CorpusEvent>) -> App {
        App::with(Corpus::new(), Loading::new(events))
    }

    fn with(corpus: Corpus, loading: Loading) -> App {
        let mut app = App {
            corpus: Arc::new(corpus),
            keymap: Keymap::default(),
            settings: Settings::default(),
            screen: Rect::new(0, 0, 120, 40),
            focus: Pane::List,
            layer: Layer::Panes,
            list: ArticleList::default(),
            threads: Threads::default(),
            reader: Reader::default(),
            entity: None,
            focused_from: String::new(),
            filter_focus: None,
            emphasised: Vec::new(),
            closest: None,
            memory: Memory::default(),
            history: History::default(),
            quotes_behind: None,
            message: None,
            notices: VecDeque::new(),
            problems: Vec::new(),
            overlay_end: Cell::new(usize::MAX),
            loading,
            live: Default::default(),
            external: None,
            quit: false,
        };
        app.refilter();
        app.poll_stories();
        app
    }

    // ----- what the UI reads -----

    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    pub fn keymap(&self) -> &Keymap {
        &self.keymap
    }

    /// Whether the speaker picker on top was opened over the quotes view,
    /// which its pick narrows (and `Esc` goes back to), not the filter.
    pub fn picking_for_quotes(&self) -> bool {
        self.quotes_behind.is_some()
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn screen(&self) -> Rect {
        self.screen
    }

    /// Where each pane is on the current screen.
    pub fn areas(&self) -> Areas {
        Areas::new(self.screen, self.focus).with_wrap(self.settings.wrap_width)
    }

    pub fn focus(&self) -> Pane {
        self.focus
    }

    pub fn layer(&self) -> &Layer {
        &self.layer
    }

    /// The keymap table keys are looked up in.
    pub fn context(&self) -> Context {
        self.layer.context()
    }

    pub fn filter(&self) -> &LineEdit {
        self.list.filter()
    }

    pub fn query(&self) -> &Query {
        self.list.query()
    }

    /// Articles in the list, in order.
    pub fn shown(&self) -> &[u32] {
        self.list.shown()
    }

    /// The list's rows: one per article, or stories when threads are on.
    pub fn rows(&self) -> &[Row] {
        self.list.rows()
    }

    /// Whether threads are on (`t`), and the stories once built.
    pub fn threads_on(&self) -> bool {
        self.threads.on()
    }

    pub fn stories(&self) -> Option<&Stories> {
        self.threads.stories()
    }

    /// The selected row.
    pub fn selected(&self) -> usize {
        self.list.selected()
    }

    pub fn selected_article(&self) -> Option<u32> {
        self.list.selected_article()
    }

    /// The first list row on screen.
    pub fn list_offset(&self) -> usize {
        self.list.offset()
    }

    /// Whether any article has a date: without one, the list gives the
    /// date's column to the titles and `O`'s date order changes nothing.
    pub fn any_dated(&self) -> bool {
        (self.corpus.order().iter()).any(|&i| self.corpus.article(i).date.is_some())
    }

    /// The list's order (`O`).
    pub fn sort(&self) -> super::SortOrder {
        self.list.sort()
    }

    /// Whether the list shows unread articles only (`U`).
    pub fn unread_only(&self) -> bool {
        self.list.unread_only()
    }

    /// The reader's article and the place in it.
    pub fn reader(&self) -> &ReaderView {
        self.reader.view()
    }

    /// The reader's article laid out at the reader's width.
    pub fn document(&self) -> Option<&Document> {
        self.reader.document()
    }

    /// Whether the reader shows an article the list does not (filtered out
    /// since it was opened): the status bar says so.
    pub fn reader_unlisted(&self) -> bool {
        (self.reader.article()).is_some_and(|a| self.list.row_of(a).is_none())
    }

    pub fn is_read(&self, article: u32) -> bool {
        self.memory.has(Flag::Read, self.corpus.hash(article))
    }

    pub fn is_starred(&self, article: u32) -> bool {
        self.memory.has(Flag::Star, self.corpus.hash(article))
    }

    pub fn focused_entity(&self) -> Option<EntityId> {
        self.entity
    }

    pub fn entity(&self, id: EntityId) -> &CorpusEntity {
        self.corpus.entities().get(id)
    }

    /// Whether quote `quote` of `article` is by a speaker the filter names.
    pub fn is_emphasised(&self, article: u32, quote: usize) -> bool {
        !self.emphasised.is_empty()
            && (self.corpus.body(article).quote_speaker(quote)).is_some_and(|s| self.emphasised.contains(&s))
    }

    /// `no speaker named haley: …` while the filter lists only fuzzy matches.
    pub fn closest_note(&self) -> Option<&str> {
        self.closest.as_deref()
    }

    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    pub fn loading(&self) -> &Loading {
        &self.loading
    }

    /// Whether a filter pass for the current text is still running.
    pub fn filter_pending(&self) -> bool {
        self.list.is_pending()
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    // ----- small changes the terminal loop and tests make -----

    /// Applies a configuration: the default keymap patched by its keys,
    /// list columns and wrap width.
    pub fn configure(&mut self, config: &Config) {
        self.keymap = settings::keymap(config);
        self.settings = Settings::new(config);
        self.restore_position_and_relayout();
    }

    /// Shows `text` in the status bar until the next key; after the message
    /// already there, if any.
    pub fn notify(&mut self, text: String) {
        if self.message.is_none() {
            self.message = Some(text);
        } else {
            self.notices.push_back(text);
        }
    }

    /// Takes what was wrong at the start: the status bar shows one, or
    /// how many and the first, and `!` lists them all.
    pub fn report_problems(&mut self, problems: Vec<String>) {
        let [first, rest @ ..] = problems.as_slice() else {
            return;
        };
        if rest.is_empty() {
            self.notify(first.clone());
        } else {
            let count = format!("{} problems at start", problems.len());
            let count = self.with_key_hint(&count, Action::SkippedFiles, "KEY lists them");
            self.notify(format!("{count}; the first: {first}"));
        }
        self.problems = problems;
    }

    /// Called by the drawing: the open overlay scrolls at most `end` lines,
    /// so a key past its end is not counted (and `k` moves at once).
    pub fn set_overlay_end(&self, end: usize) {
        self.overlay_end.set(end);
    }

    /// What was wrong at the start, in the order found.
    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    /// Runs the filter on the worker from `n` articles on (tests use 0).
    pub fn set_async_from(&mut self, n: usize) {
        self.list.set_async_from(n);
    }

    /// Waits for the index being saved, if any, and saves live changes not
    /// saved yet (before exiting, so the next start finds it whole and them).
    pub fn finish_saving(&mut self) {
        self.loading.finish_saving(&self.corpus);
    }
}
