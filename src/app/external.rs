//! Getting an article out of the reader: `o` opens its URL or file, `|`
//! pipes its text to a command typed in the status line, `y` copies it. The
//! app only says what is wanted (`External`); the terminal loop hands the
//! terminal over, runs it, and takes the terminal back.

use super::clipboard::osc52;
use super::input::LineEdit;
use super::state::{App, Layer};
use std::path::PathBuf;

/// What the terminal loop is asked to do outside the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum External {
    /// Open with `$BROWSER` (or `xdg-open`).
    OpenUrl(String),
    /// Open with `$VISUAL`/`$EDITOR`.
    Edit(PathBuf),
    /// Run `command` with the shell, `text` on its standard input.
    Pipe { command: String, text: String },
    /// Write this OSC 52 sequence to the terminal.
    Copy(String),
}

impl App {
    /// The request waiting for the terminal loop, once.
    pub fn take_external(&mut self) -> Option<External> {
        self.external.take()
    }

    /// `o`: the article's URL (a web address only: a record's `url` could
    /// be anything, even a browser's option), or else its file.
    pub(super) fn open_external(&mut self) {
        let Some(a) = self.target() else {
            self.message = Some("no article".into());
            return;
        };
        let article = self.corpus.article(a);
        let web = |url: &&String| ["http://", "https://"].iter().any(|s| url.starts_with(s));
        self.external = match (article.url.as_ref().filter(web), &article.path) {
            (Some(url), _) => Some(External::OpenUrl(url.clone())),
            (None, Some(path)) => Some(External::Edit(path.clone())),
            (None, None) => {
                self.message = Some("this article has no URL or file".into());
                None
            }
        };
    }

    /// `|`: the status line asks for a command, `$PAGER` to start with.
    pub(super) fn start_pipe(&mut self) {
        if self.target().is_none() {
            self.message = Some("no article".into());
            return;
        }
        let mut line = LineEdit::default();
        line.set(
            std::env::var("PAGER")
                .ok()
                .filter(|p| !p.is_empty())
                .unwrap_or_else(|| "less".into()),
        );
        self.layer = Layer::Command(line);
    }

    /// Enter in the status line: the article's text to `command`.
    pub(super) fn pipe_to(&mut self, command: String) {
        let Some(a) = self.target().filter(|_| !command.trim().is_empty()) else {
            return;
        };
        let article = self.corpus.article(a);
        let mut text = format!("{}\n", article.title);
        for p in self.corpus.paragraphs(a).iter() {
            text.push_str(&format!("\n{p}\n"));
        }
        self.external = Some(External::Pipe { command, text });
    }

    /// `y`: the quote under the entity cursor with its speaker and article,
    /// or else the article's id and title, to the clipboard.
    pub(super) fn copy(&mut self) {
        let Some(a) = self.target() else {
            self.message = Some("no article".into());
            return;
        };
        let article = self.corpus.article(a);
        let (text, what) = match self.quote_under_cursor(a) {
            Some(q) => {
                let body = self.corpus.body(a);
                let quote = &body.analysis.quotes[q];
                let speaker = (body.quote_speaker(q).map(|id| self.entity(id).name.clone()))
                    .or_else(|| quote.role.clone())
                    .unwrap_or_else(|| "unknown speaker".into());
                let text = format!("“{}” — {speaker} ({}: {})", quote.text, article.id, article.title);
                (text, "copied the quote")
            }
            None => (
                format!("{}: {}", article.id, article.title),
                "copied the article's id and title",
            ),
        };
        self.external = Some(External::Copy(osc52(&text)));
        self.message = Some(what.into());
    }

    /// The quote the entity cursor's mention is in, if the reader shows `a`.
    fn quote_under_cursor(&self, a: u32) -> Option<usize> {
        let view = self.reader.view();
        let m = view.cursor.filter(|_| view.article == Some(a))?;
        let body = self.corpus.body(a);
        let at = body.analysis.mentions.get(m)?.span;
        (body.analysis.quotes.iter()).position(|q| {
            q.span.paragraph == at.paragraph && q.span.start <= at.start && at.end <= q.span.end
        })
    }
}
