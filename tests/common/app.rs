//! The reader in-process: an `App` over the seeds, keys pressed through the
//! real keymap, an entity reached by name, and the screen rendered as text.

use byline::app::{App, update};
use byline::config::{ColorDepth, Config};
use byline::keys::{Action, Key, handle_key};
use byline::search::Corpus;
use byline::ui::{self, Theme};
use crossterm::event::{KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use std::time::{Duration, Instant};
use unicode_width::UnicodeWidthStr;

/// The reader over the five seed articles on a `width`×`height` screen.
pub fn seeds_app(width: u16, height: u16) -> App {
    app_of(byline::store::seeds(), width, height)
}

/// The seeds' reader with the stories built and threads on (`t`).
pub fn threaded(width: u16, height: u16) -> App {
    let mut app = seeds_app(width, height);
    app.wait_for_stories();
    press(&mut app, "t");
    app
}

/// The articles of the first row, a story's.
pub fn first_story(app: &App) -> Vec<u32> {
    match &app.rows()[0] {
        byline::app::Row::Story { members, .. } => members.clone(),
        row => panic!("not a story row: {row:?}"),
    }
}

/// The reader over `articles` on a `width`×`height` screen.
pub fn app_of(articles: Vec<byline::store::Article>, width: u16, height: u16) -> App {
    let mut app = App::new(Corpus::from_articles(articles));
    update(&mut app, Action::Resize { width, height });
    app
}

/// Presses keys named as in the keymap (`j`, `Enter`, `Ctrl-o`), separated by
/// spaces, each through `handle_key` and `update` as the terminal loop does.
pub fn press(app: &mut App, keys: &str) {
    for name in keys.split(' ') {
        let key = Key::parse(name).unwrap_or_else(|e| panic!("{e}"));
        let modifiers = if key.ctrl {
            KeyModifiers::CONTROL
        } else {
            KeyModifiers::NONE
        };
        if let Some(action) = handle_key(app.keymap(), app.context(), KeyEvent::new(key.code, modifiers)) {
            update(app, action);
        }
    }
}

/// Types `text` one key at a time.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let name = if c == ' ' {
            "Space".to_string()
        } else {
            c.to_string()
        };
        press(app, &name);
    }
}

/// Drains a streaming load until it is over, as the terminal loop does each tick.
pub fn finish_loading(app: &mut App) {
    let start = Instant::now();
    while app.loading().is_active() {
        app.drain_loading(Duration::from_millis(5));
        std::thread::sleep(Duration::from_millis(2));
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "loading never finished"
        );
    }
}

/// The focused entity's canonical name.
pub fn focused(app: &App) -> Option<String> {
    app.focused_entity().map(|id| app.entity(id).name.clone())
}

/// Puts the entity cursor on the next mention of `name` in the reader's
/// article, pressing `e` as a reader would: once to place the cursor, then
/// as often as it takes to reach `name`. Gives how many presses it took.
pub fn focus_entity(app: &mut App, name: &str) -> usize {
    press(app, "e");
    let article = app.reader().article.expect("an article in the reader");
    let here = app.reader().cursor.expect("an entity cursor");
    let body = app.corpus().body(article);
    let count = body.analysis.mentions.len();
    let names = |m: usize| body.mention_entity(m).map(|id| app.entity(id).name.as_str());
    let steps = (0..count)
        .find(|k| names((here + k) % count) == Some(name))
        .unwrap_or_else(|| panic!("no mention of {name} in the open article"));
    for _ in 0..steps {
        press(app, "e");
    }
    assert_eq!(focused(app).as_deref(), Some(name));
    steps + 1
}

/// The seed number (`000`…`004`) of an article.
pub fn seed(app: &App, article: u32) -> String {
    app.corpus().article(article).id[..3].to_string()
}

/// Whether the line of the entity cursor's mention is on screen.
pub fn cursor_on_screen(app: &App) -> bool {
    let doc = app.document().expect("an article in the reader");
    let line = doc.mention_line(app.reader().cursor.expect("an entity cursor"));
    let rows = usize::from(app.areas().reader_text().height);
    (app.reader().scroll..app.reader().scroll + rows).contains(&line)
}

/// The listed articles' seed numbers, in order.
pub fn listed(app: &App) -> Vec<String> {
    app.shown().iter().map(|&a| seed(app, a)).collect()
}

/// The seed number of the article in the reader.
pub fn in_reader(app: &App) -> Option<String> {
    app.reader().article.map(|a| seed(app, a))
}

/// The article index of seed `number` (`"004"`).
pub fn article(app: &App, number: &str) -> u32 {
    (0..app.corpus().len() as u32)
        .find(|&a| app.corpus().article(a).id.starts_with(number))
        .expect("a seed with that number")
}

/// The theme the reader draws in when the config changes nothing.
pub fn default_theme() -> Theme {
    Theme::from_config(&Config::default(), ColorDepth::TrueColor, false)
}

/// Applies `config` as the reader does at start, and gives the theme it asks
/// for on a terminal of `depth` colours (none with `no_color`).
pub fn configure(app: &mut App, config: &Config, no_color: bool, depth: ColorDepth) -> Theme {
    app.configure(config);
    Theme::from_config(config, depth, no_color)
}

/// Draws the whole screen at the app's size, in the default theme.
pub fn render(app: &App) -> Buffer {
    render_in(app, &default_theme())
}

/// Draws the whole screen at the app's size, in `theme`.
pub fn render_in(app: &App, theme: &Theme) -> Buffer {
    let screen = app.screen();
    let mut terminal = Terminal::new(TestBackend::new(screen.width, screen.height)).expect("test terminal");
    terminal.draw(|frame| ui::draw(frame, app, theme)).expect("draw");
    terminal.backend().buffer().clone()
}

/// The screen as text, one line a row, trailing spaces trimmed.
pub fn screen_text(app: &App) -> String {
    buffer_text(&render(app))
}

/// A buffer as text; the cell a wide character covers is not repeated.
pub fn buffer_text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut row = String::new();
        let mut covered = 0;
        for x in area.left()..area.right() {
            if covered > 0 {
                covered -= 1;
                continue;
            }
            let symbol = buf[(x, y)].symbol();
            covered = symbol.width().saturating_sub(1);
            row.push_str(symbol);
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}

/// The cell at the first place `needle` is shown in the reader (right of
/// the list, at 120 columns), in the default theme.
pub fn reader_cell(app: &App, needle: &str) -> ratatui::buffer::Cell {
    reader_cell_in(app, &default_theme(), needle)
}

/// The cell at the first place `needle` is shown in the reader, in `theme`.
pub fn reader_cell_in(app: &App, theme: &Theme, needle: &str) -> ratatui::buffer::Cell {
    let buf = render_in(app, theme);
    let text = buffer_text(&buf);
    for (y, line) in text.lines().enumerate() {
        if let Some(byte) = line.find(needle) {
            let x = line[..byte].chars().count();
            if x > 48 {
                return buf[(x as u16, y as u16)].clone();
            }
        }
    }
    panic!("{needle:?} is not in the reader:\n{text}");
}

/// Opens the filter bar (`/`) and types `query` into it.
pub fn type_filter(app: &mut App, query: &str) {
    press(app, "/");
    type_text(app, query);
}

/// Remembers marks and positions in `dir` from now on, as the terminal
/// reader does at start, restoring the position saved for the seeds.
pub fn remember_in(app: &mut App, dir: &std::path::Path) {
    let (store, marks, _) = byline::marks::Store::open(dir);
    app.remember(store, marks, "builtin".into());
}
