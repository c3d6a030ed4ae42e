//! The problems overlay (`!`): what was wrong at the start (the config file,
//! entities.toml, the saved marks), each in full with its file and line; files
//! that could not be read, with why; files loaded in part (JSON records left
//! out), with which; and files decoded with replacement characters.

use super::Theme;
use super::{centered, overlay_footer, popup_frame, scrolled};
use crate::app::App;
use crate::store;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;

/// The popup's widest.
const WIDTH: u16 = 100;

pub struct SkippedOverlay<'a> {
    app: &'a App,
    theme: &'a Theme,
    scroll: usize,
}

impl<'a> SkippedOverlay<'a> {
    pub fn new(app: &'a App, theme: &'a Theme, scroll: usize) -> SkippedOverlay<'a> {
        SkippedOverlay { app, theme, scroll }
    }
}

impl Widget for SkippedOverlay<'_> {
    fn render(self, screen: Rect, buf: &mut Buffer) {
        let th = self.theme;
        let loading = self.app.loading();
        // The popup's inside: the border and a column each side.
        let width = usize::from(screen.width.min(WIDTH).saturating_sub(2)).max(20);
        let mut lines = Vec::new();
        // Wrapped, not cut at the border: a JSON file's note names up to
        // three records left out, each with its reason.
        let wrapped = |lines: &mut Vec<Line<'static>>, text: &str, indent: (&str, &str), style| {
            let options = textwrap::Options::new(width)
                .initial_indent(indent.0)
                .subsequent_indent(indent.1);
            (textwrap::wrap(text, options).into_iter())
                .for_each(|l| lines.push(Line::styled(l.into_owned(), style)));
        };
        for problem in self.app.problems() {
            wrapped(&mut lines, problem, ("", "  "), Style::default());
        }
        // Each kind of file problem, listed and counted apart: a file loaded
        // in part is not a file left out.
        let kinds = [
            ("Skipped files", "skipped: ", loading.skipped()),
            ("Loaded in part", "loaded in part: ", loading.partial()),
        ];
        let lossy = loading.lossy();
        let files = kinds.iter().any(|(_, _, list)| !list.is_empty()) || !lossy.is_empty();
        if !lines.is_empty() && files {
            lines.push(Line::raw(""));
        }
        for (_, label, list) in &kinds {
            for (path, note) in *list {
                lines.push(Line::raw(store::printable_name(&path.to_string_lossy())));
                wrapped(&mut lines, &format!("{label}{note}"), ("  ", "    "), th.detail);
            }
        }
        for path in lossy {
            lines.push(Line::raw(store::printable_name(&path.to_string_lossy())));
            lines.push(Line::styled("  decoded with replacement characters", th.detail));
        }
        // Only the kinds there are, so no count reads `(0)` above a list.
        let counts = [("Problems at start", self.app.problems().len())]
            .into_iter()
            .chain(kinds.iter().map(|(title, _, list)| (*title, list.len())))
            .chain([("Decoded lossily", lossy.len())]);
        let counted: Vec<String> = counts
            .filter(|(_, n)| *n > 0)
            .map(|(what, n)| format!("{what} ({n})"))
            .collect();
        let title = match counted.is_empty() {
            true => " No problems ".to_owned(),
            false => format!(" {} ", counted.join(" · ")),
        };
        let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
        let inner = popup_frame(
            centered(screen, WIDTH, height),
            &title,
            &overlay_footer(self.app.keymap(), height > screen.height),
            th,
            buf,
        );
        self.app
            .set_overlay_end(scrolled(&lines, self.scroll, inner, buf));
    }
}
