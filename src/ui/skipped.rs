//! The problems overlay (`!`): what was wrong at the start (the config file,
//! entities.toml, the saved marks), each in full with its file and line; files
//! that could not be read, with why; and files decoded with replacement characters.

use super::Theme;
use super::{centered, overlay_footer, popup_frame, scrolled};
use crate::app::App;
use crate::store;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
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
        for problem in self.app.problems() {
            let options = textwrap::Options::new(width).subsequent_indent("  ");
            lines.extend(
                textwrap::wrap(problem, options)
                    .into_iter()
                    .map(|l| Line::raw(l.into_owned())),
            );
        }
        let files = !(loading.skipped().is_empty() && loading.lossy().is_empty());
        if !lines.is_empty() && files {
            lines.push(Line::raw(""));
        }
        for (path, reason) in loading.skipped() {
            lines.push(Line::raw(store::printable_name(&path.to_string_lossy())));
            lines.push(Line::styled(format!("  skipped: {reason}"), th.detail));
        }
        for path in loading.lossy() {
            lines.push(Line::raw(store::printable_name(&path.to_string_lossy())));
            lines.push(Line::styled("  decoded with replacement characters", th.detail));
        }
        // The lossy files are listed too: counted apart, so the count never
        // reads `(0)` above a list.
        let mut title = match self.app.problems().len() {
            0 => " ".to_owned(),
            n => format!(" Problems at start ({n}) · "),
        };
        title += &format!("Skipped files ({})", loading.skipped().len());
        if !loading.lossy().is_empty() {
            title += &format!(", {} decoded lossily", loading.lossy().len());
        }
        title.push(' ');
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
