//! The reader's whole state. `update` changes it; the UI only borrows it, so
//! everything a pane draws is answered by a method here.

use super::document::Document;
use super::filtering::{ASYNC_FROM, FilterWorker};
use super::history::{History, Jump};
use super::input::LineEdit;
use super::loading::Loading;
use super::picker::Picker;
use super::remember::Memory;
use super::settings::Settings;
use crate::analysis::{CorpusEntity, EntityId, EntityKind};
use crate::keys::{Context, Keymap};
use crate::layout::{Areas, Pane};
use crate::search::{self, Corpus, CorpusEvent, Query};
use ratatui::layout::Rect;
use std::sync::Arc;
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

/// What is over the panes and so where keys go.
#[derive(Clone, Debug)]
pub enum Mode {
    Browse,
    /// Typing in the filter bar.
    Filter,
    Picker(Picker),
    Help {
        scroll: usize,
    },
    Skipped {
        scroll: usize,
    },
}

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
}

/// How far (bytes) to look for the ends of the sentence around a quote.
const SENTENCE_REACH: usize = 200;

/// The text of `para` around `start..end` out to the sentence ends on either
/// side (`. `, `? `, `! `), at most `SENTENCE_REACH` bytes each way.
fn sentence_around(para: &str, start: usize, end: usize) -> &str {
    let boundary = |mut i: usize| {
        while !para.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let from = boundary(start.saturating_sub(SENTENCE_REACH));
    let to = boundary((end + SENTENCE_REACH).min(para.len()));
    let is_end = |w: &[u8]| matches!(w, [b'.' | b'?' | b'!', b' ']);
    let bytes = para.as_bytes();
    let before = bytes[from..start]
        .windows(2)
        .rposition(is_end)
        .map_or(from, |i| from + i + 2);
    let after = bytes[end..to]
        .windows(2)
        .position(is_end)
        .map_or(to, |i| end + i + 1);
    &para[before..after]
}

/// Hands back to the system the memory a load freed (its buffers, the
/// analysis's temporary strings): glibc keeps it otherwise, about a sixth of
/// the resident size after 100,000 articles.
fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks the allocator's own free lists.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// How often the list is refiltered while articles stream in.
const LOADING_REFILTER: Duration = Duration::from_millis(250);

pub struct App {
    /// Shared with the filter's worker thread while a pass runs.
    pub(super) corpus: Arc<Corpus>,
    pub(super) keymap: Keymap,
    pub(super) settings: Settings,
    pub(super) screen: Rect,
    pub(super) focus: Pane,
    pub(super) mode: Mode,
    pub(super) filter: LineEdit,
    /// The filter bar's query, as typed.
    pub(super) query: Query,
    /// The query whose result the list shows (behind `query` while the
    /// worker runs).
    pub(super) applied: Query,
    /// The filter's hits, in list order.
    pub(super) shown: Vec<u32>,
    /// The shown query's matches unranked, and the corpus size they cover: a
    /// query that narrows it re-scores only these (`search::refine`).
    pub(super) matched: Vec<search::Hit>,
    pub(super) matched_len: usize,
    /// Counts filter requests, so a late answer to an old one is ignored.
    pub(super) generation: u64,
    /// A pass for the newest request is running on the worker.
    pub(super) pending: bool,
    pub(super) worker: Option<FilterWorker>,
    /// From how many articles on the filter runs on the worker.
    pub(super) async_from: usize,
    pub(super) selected: usize,
    list_offset: usize,
    pub(super) reader: ReaderView,
    document: Option<Document>,
    /// The focused entity (`e`, a picker, …): what `]`/`[` look for.
    pub(super) entity: Option<EntityId>,
    /// Speakers the filter names (`@lavrov`): their quotes are emphasised.
    pub(super) emphasised: Vec<EntityId>,
    /// Read and starred articles, the last position.
    pub(super) memory: Memory,
    pub(super) history: History,
    pub(super) message: Option<String>,
    /// Messages waiting their turn in the status bar (start-up warnings).
    pub(super) notices: std::collections::VecDeque<String>,
    pub(super) loading: Loading,
    pub(super) last_refilter: Instant,
    /// When the newest filter request was made, and how long the last pass
    /// took from request to list: while loading, the list is refreshed less
    /// often when a pass is slow, so the filter never starves the load.
    pub(super) requested: Instant,
    pub(super) pass_time: Duration,
    pub(super) quit: bool,
    /// Writing the index for the next start, in the background.
    saving: Option<std::thread::JoinHandle<()>>,
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
            mode: Mode::Browse,
            filter: LineEdit::default(),
            query: Query::parse(""),
            applied: Query::parse(""),
            shown: Vec::new(),
            matched: Vec::new(),
            matched_len: 0,
            generation: 0,
            pending: false,
            worker: None,
            async_from: ASYNC_FROM,
            selected: 0,
            list_offset: 0,
            reader: ReaderView::default(),
            document: None,
            entity: None,
            emphasised: Vec::new(),
            memory: Memory::default(),
            history: History::default(),
            message: None,
            notices: Default::default(),
            loading,
            last_refilter: Instant::now(),
            requested: Instant::now(),
            pass_time: Duration::ZERO,
            quit: false,
            saving: None,
        };
        app.refilter();
        app
    }

    // ----- what the UI reads -----

    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    pub fn keymap(&self) -> &Keymap {
        &self.keymap
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

    pub fn mode(&self) -> &Mode {
        &self.mode
    }

    /// The keymap table keys are looked up in.
    pub fn context(&self) -> Context {
        match self.mode {
            Mode::Browse => Context::Browse,
            Mode::Filter => Context::Filter,
            Mode::Picker(_) => Context::Popup,
            Mode::Help { .. } | Mode::Skipped { .. } => Context::Overlay,
        }
    }

    pub fn filter(&self) -> &LineEdit {
        &self.filter
    }

    pub fn query(&self) -> &Query {
        &self.query
    }

    /// Articles in the list, in order.
    pub fn shown(&self) -> &[u32] {
        &self.shown
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    pub fn selected_article(&self) -> Option<u32> {
        self.shown.get(self.selected).copied()
    }

    /// The first list row on screen.
    pub fn list_offset(&self) -> usize {
        self.list_offset
    }

    pub fn reader(&self) -> &ReaderView {
        &self.reader
    }

    /// The reader's article laid out at the reader's width.
    pub fn document(&self) -> Option<&Document> {
        self.document.as_ref()
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

    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    pub fn loading(&self) -> &Loading {
        &self.loading
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// How a quote's speaker is shown after it: a person by surname, anything
    /// else by its full name, an unnamed speaker by the role given.
    pub fn speaker_label(&self, article: u32, quote: usize) -> Option<String> {
        let body = self.corpus.body(article);
        let q = body.analysis.quotes.get(quote)?;
        let label = match body.quote_speaker(quote) {
            Some(id) => {
                let e = self.entity(id);
                match e.kind {
                    EntityKind::Person => e.name.split_whitespace().last().unwrap_or(&e.name),
                    _ => &e.name,
                }
            }
            None => q.role.as_deref()?,
        };
        // `"…", Lavrov said` needs no `— Lavrov`: label only quotes whose
        // sentence does not already name who spoke.
        let para = body.paragraphs.get(q.span.paragraph)?;
        let sentence = sentence_around(para, q.span.start, q.span.end).to_lowercase();
        (!sentence.contains(&label.to_lowercase())).then(|| format!("— {label}"))
    }

    // ----- changes, for update and its helpers -----

    /// Takes in streamed articles for at most `budget`; true if anything changed.
    pub fn drain_loading(&mut self, budget: Duration) -> bool {
        if !self.loading.is_active() {
            return false;
        }
        // While a filter pass holds the corpus, new articles wait a tick.
        let Some(corpus) = Arc::get_mut(&mut self.corpus) else {
            return true;
        };
        let added = self.loading.drain(corpus, budget);
        if let Some(old) = self.loading.take_replaced() {
            self.corpus_replaced(&old);
        }
        let Some(corpus) = Arc::get_mut(&mut self.corpus) else {
            return true;
        };
        // The first articles show at once; after that the list catches up a few times a second.
        let due = self.shown.is_empty()
            || (!self.pending && self.last_refilter.elapsed() >= LOADING_REFILTER.max(self.pass_time * 8));
        if !self.loading.is_active() || (added > 0 && due) {
            corpus.compact();
        }
        if !self.loading.is_active() {
            release_freed_memory();
            if let Some((path, files, summary)) = self.loading.take_complete() {
                let corpus = Arc::clone(&self.corpus);
                self.saving = Some(std::thread::spawn(move || {
                    // A failed save only costs the next start its speed.
                    let _ = search::save_index(&path, &files, &corpus, &summary);
                    drop(files);
                    release_freed_memory();
                }));
            }
        }
        if !self.loading.is_active() || (added > 0 && due) {
            self.refilter();
            self.sync();
        }
        // The progress figure moves even when the list does not.
        true
    }

    /// The saved index replaced the streamed corpus: article indices and
    /// entity ids mean other things now. The selection and the open article
    /// are found again by id; the entity focus and the jump history go.
    fn corpus_replaced(&mut self, old: &Corpus) {
        let corpus = &self.corpus;
        let find = |article: Option<u32>| {
            let id = &old.article(article?).id;
            corpus
                .order()
                .iter()
                .copied()
                .find(|&a| corpus.article(a).id == *id)
        };
        let (selected, open) = (find(self.selected_article()), find(self.reader.article));
        self.shown = selected.into_iter().collect();
        self.selected = 0;
        (self.matched, self.matched_len) = (Vec::new(), usize::MAX);
        self.reader.article = open;
        self.reader.cursor = None;
        self.document = None;
        self.entity = None;
        self.history = History::default();
        self.pending = false;
        self.refilter();
        self.sync();
    }

    /// Waits for the index being saved, if any (before exiting, so the next
    /// start finds it whole).
    pub fn finish_saving(&mut self) {
        if let Some(saving) = self.saving.take() {
            let _ = saving.join();
        }
    }

    /// Selects list row `index` (clamped); the reader follows while the list
    /// has the keyboard.
    pub(super) fn select(&mut self, index: usize) {
        self.selected = index.min(self.shown.len().saturating_sub(1));
        if self.focus == Pane::List
            && let Some(article) = self.selected_article()
        {
            self.show(article, false);
        }
        self.keep_selection_visible();
    }

    pub(super) fn list_rows(&self) -> usize {
        usize::from(self.areas().list_rows().height).max(1)
    }

    fn keep_selection_visible(&mut self) {
        let rows = self.list_rows();
        let last_offset = self.shown.len().saturating_sub(rows);
        self.list_offset = self
            .list_offset
            .clamp(self.selected.saturating_sub(rows - 1), self.selected)
            .min(last_offset);
    }

    /// Puts `article` in the reader; `enter` marks it opened for reading.
    /// Leaving an article that was opened records it in the history.
    pub(super) fn show(&mut self, article: u32, enter: bool) {
        if self.reader.article != Some(article) {
            if self.reader.entered
                && let Some(left) = self.reader.article
            {
                self.history.push(Jump {
                    article: left,
                    scroll: self.reader.scroll,
                    cursor: self.reader.cursor,
                });
            }
            self.reader = ReaderView {
                article: Some(article),
                ..ReaderView::default()
            };
        }
        if enter {
            self.reader.entered = true;
            self.mark_read(article);
        }
        self.sync_document();
    }

    /// Makes the list row of the reader's article the selected one, if listed.
    pub(super) fn select_reader_article(&mut self) {
        if let Some(index) = (self.reader.article).and_then(|a| self.shown.iter().position(|&s| s == a)) {
            self.selected = index;
            self.keep_selection_visible();
        }
    }

    /// Lines of text the reader shows at once.
    pub(super) fn reader_rows(&self) -> usize {
        usize::from(self.areas().reader_text().height).max(1)
    }

    pub(super) fn max_scroll(&self) -> usize {
        let lines = self.document.as_ref().map_or(0, Document::len);
        lines.saturating_sub(self.reader_rows())
    }

    pub(super) fn scroll_by(&mut self, lines: isize) {
        self.reader.scroll = self
            .reader
            .scroll
            .saturating_add_signed(lines)
            .min(self.max_scroll());
    }

    /// Scrolls so `line` is on screen; a line far away is put a third of the
    /// way down so there is context above it.
    pub(super) fn reveal_line(&mut self, line: usize) {
        let rows = self.reader_rows();
        if line < self.reader.scroll || line >= self.reader.scroll + rows {
            self.reader.scroll = line.saturating_sub(rows / 3).min(self.max_scroll());
        }
    }

    /// Re-lays out the reader's article if it or the width changed, keeping
    /// the reading position (and the entity cursor in view).
    fn sync_document(&mut self) {
        let Some(article) = self.reader.article else {
            self.document = None;
            return;
        };
        let width = self.areas().reader_text().width;
        let generation = self.corpus.len();
        if (self.document.as_ref()).is_some_and(|d| d.is_for(article, width, generation)) {
            return;
        }
        let ratio = (self.document.as_ref())
            .filter(|d| d.article() == article)
            .map(|d| self.reader.scroll as f64 / d.len().max(1) as f64);
        let doc = Document::build(
            article,
            self.corpus.article(article),
            self.corpus.body(article),
            width,
            generation,
            |q| self.speaker_label(article, q),
        );
        if let Some(ratio) = ratio {
            self.reader.scroll = (ratio * doc.len() as f64) as usize;
        }
        let cursor_line = self.reader.cursor.map(|m| doc.mention_line(m));
        self.document = Some(doc);
        if let Some(line) = cursor_line {
            self.reveal_line(line);
        }
        self.reader.scroll = self.reader.scroll.min(self.max_scroll());
    }

    /// After any change: the layout may differ, so re-wrap and re-clamp.
    pub(super) fn sync(&mut self) {
        self.restore_position();
        self.sync_document();
        self.reader.scroll = self.reader.scroll.min(self.max_scroll());
        self.selected = self.selected.min(self.shown.len().saturating_sub(1));
        self.keep_selection_visible();
    }
}
