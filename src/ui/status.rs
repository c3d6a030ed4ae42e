//! The status bar: counts, loading progress, the filter, the focused entity,
//! files skipped or loaded in part, and the last transient message (which wins for space).

use super::Theme;
use super::text::{fit, input_view, thousands};
use crate::app::{App, LineEdit, Row, SortOrder, plural};
use crate::keys::{Action, Context};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Widget};
use unicode_width::UnicodeWidthStr;

pub struct StatusBar<'a> {
    app: &'a App,
    theme: &'a Theme,
}

impl<'a> StatusBar<'a> {
    pub fn new(app: &'a App, theme: &'a Theme) -> StatusBar<'a> {
        StatusBar { app, theme }
    }

    /// The standing part: `4/5 · story: 5 articles, 3 unread · filter: @lavrov · entity: Sergei Lavrov (5 articles) · 1 skipped (!)`.
    pub fn summary(app: &App) -> String {
        Self::summary_with(app, false)
    }

    /// The summary's head, what a message never pushes off: `shown/total`
    /// and the selected story's counts (`story: 3/5 unread` when `compact`).
    fn head(app: &App, compact: bool) -> Vec<String> {
        let mut parts = vec![format!(
            "{}/{}",
            thousands(app.shown().len()),
            thousands(app.corpus().len())
        )];
        // What a story row's short count (`3/5`) stands for, said in full.
        if let Some(Row::Story { members, .. }) = app.rows().get(app.selected()) {
            let n = members.len();
            let unread = members.iter().filter(|&&m| !app.is_read(m)).count();
            parts.push(match (compact, unread) {
                (false, 0) => format!("story: {}, all read", plural(n, "article")),
                (false, _) => format!("story: {}, {unread} unread", plural(n, "article")),
                (true, 0) => format!("story: all {n} read"),
                (true, _) => format!("story: {unread}/{n} unread"),
            });
        }
        parts
    }

    fn summary_with(app: &App, compact: bool) -> String {
        let mut parts = Self::head(app, compact);
        if let Some((done, total)) = app.loading().analysing() {
            // Listed, searchable by title and words; `@`, `#` and `]` wait for this.
            parts.push(format!("analysing names {}%", done * 100 / total.max(1)));
        } else if app.loading().is_active() {
            let (done, total, walked) = app.loading().progress();
            let more = if walked { "" } else { "+" };
            parts.push(format!("loading {}/{}{more}", thousands(done), thousands(total)));
        }
        if !app.filter().text().is_empty() {
            parts.push(format!("filter: {}", app.filter().text()));
        }
        if let Some(note) = app.closest_note() {
            parts.push(note.to_owned());
        }
        if app.reader_unlisted() {
            parts.push("open article not in the list".to_owned());
        }
        if app.threads_on() && app.stories().is_none() {
            parts.push("threads: grouping stories…".to_owned());
        }
        if app.sort() != SortOrder::Path {
            parts.push(format!("sort: {}", app.sort().name()));
        }
        if app.unread_only() {
            parts.push(keyed(app, "unread only", Action::UnreadOnly));
        }
        if let Some(id) = app.focused_entity() {
            let e = app.entity(id);
            parts.push(format!(
                "entity: {} ({})",
                e.name,
                plural(e.articles.len(), "article")
            ));
        }
        // What `!` lists, each kind counted apart: files skipped, files
        // loaded in part (some records left out: not a missing file), and
        // files decoded lossily (a warning the status bar is the only place to give).
        let loading = app.loading();
        let kinds = [
            (loading.skipped().len(), "skipped"),
            (loading.partial().len(), "loaded in part"),
            (loading.lossy().len(), "decoded lossily"),
        ];
        let bad: Vec<String> = (kinds.iter())
            .filter(|(n, _)| *n > 0)
            .map(|(n, what)| format!("{} {what}", thousands(*n)))
            .collect();
        if !bad.is_empty() {
            parts.push(keyed(app, &bad.join(", "), Action::SkippedFiles));
        }
        format!(" {}", parts.join(" · "))
    }
}

/// `what (KEY)`, KEY being `action`'s in the user's keymap, or `what` alone
/// when it has none.
fn keyed(app: &App, what: &str, action: Action) -> String {
    match app.keymap().first_key(Context::Browse, &action) {
        Some(key) => format!("{what} ({key})"),
        None => what.to_owned(),
    }
}

/// The columns a message keeps however long the summary's head: a word or
/// two and `…`, enough to see that something was said.
const MESSAGE_MIN: usize = 14;

impl Widget for StatusBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let th = self.theme;
        buf.set_style(area, th.status);
        let width = usize::from(area.width);
        // The message takes the right end; what of the summary it leaves no
        // room for is cut with `…`, not run into the message mid-word. The
        // head (`5/5 · story: …`) yields last: it shortens to its compact
        // form, then the message is cut with `…` (down to `MESSAGE_MIN`
        // columns: half the bar would cut `2,225/2,225 · story: 2/2 unread`
        // at 60), and only then the head.
        let app = self.app;
        let message = app.message().map(|m| format!(" {m} ")).unwrap_or_default();
        let head_cols = |compact| format!(" {}", Self::head(app, compact).join(" · ")).width();
        let compact = message.width() + head_cols(false) > width;
        let room = if message.width() + head_cols(true) <= width {
            width
        } else {
            width
                .saturating_sub(head_cols(true))
                .max(MESSAGE_MIN.min(width / 2))
        };
        let (message, shown) = fit(&message, &[], th.message, th.message, room);
        let summary = Self::summary_with(app, compact);
        let (summary, _) = fit(&summary, &[], th.status, th.status, width - shown);
        buf.set_line(area.x, area.y, &Line::from(summary), area.width);
        let x = area.right() - shown as u16;
        buf.set_line(x, area.y, &Line::from(message), shown as u16);
    }
}

/// The status line while `|` asks for a command: ` | less`.
pub struct CommandLine<'a> {
    line: &'a LineEdit,
    theme: &'a Theme,
}

const PIPE_PROMPT: &str = " pipe to: ";

impl<'a> CommandLine<'a> {
    pub fn new(line: &'a LineEdit, theme: &'a Theme) -> CommandLine<'a> {
        CommandLine { line, theme }
    }

    /// Where the terminal cursor goes while typing.
    pub fn cursor(line: &LineEdit, area: Rect) -> Position {
        let room = usize::from(area.width).saturating_sub(PIPE_PROMPT.width());
        let before = PIPE_PROMPT.width() + input_view(line, room).1;
        Position::new(
            area.x + before.min(usize::from(area.width.saturating_sub(1))) as u16,
            area.y,
        )
    }
}

impl Widget for CommandLine<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let th = self.theme;
        // Drawn over the status bar: none of it may show after the command.
        Clear.render(area, buf);
        buf.set_style(area, th.status);
        let width = usize::from(area.width);
        let (x, _) = buf.set_stringn(area.x, area.y, PIPE_PROMPT, width, th.prompt);
        let rest = usize::from(area.right().saturating_sub(x));
        buf.set_stringn(x, area.y, input_view(self.line, rest).0, rest, th.status);
    }
}
