//! The reader: the article's wrapped lines (prepared once per width by
//! `app::Document`), of which only the visible ones are styled and drawn:
//! mentions coloured by kind, quotes set apart with their speaker, the
//! entity cursor, and how far down the article the view is.

use super::Theme;
use crate::app::{App, DocLine, Document, Segment};
use crate::layout::Pane;
use crate::layout::{header, text_area};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use std::borrow::Cow;
use std::ops::Range;

pub struct ReaderPane<'a> {
    app: &'a App,
    theme: &'a Theme,
}

impl<'a> ReaderPane<'a> {
    pub fn new(app: &'a App, theme: &'a Theme) -> ReaderPane<'a> {
        ReaderPane { app, theme }
    }
}

impl Widget for ReaderPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let th = self.theme;
        let text = text_area(area, app.settings().wrap_width);
        let doc = app
            .document()
            .filter(|d| Some(d.article()) == app.reader().article);
        self.header(header(area), buf, doc.map(|d| d.len()), usize::from(text.height));
        let Some(doc) = doc else {
            let note = if app.loading().is_active() {
                "loading…"
            } else {
                "no article"
            };
            buf.set_stringn(text.x, text.y, note, usize::from(text.width), th.dim);
            return;
        };
        let lines = doc.lines().iter().skip(app.reader().scroll);
        for (line, y) in lines.zip(text.y..text.bottom()) {
            buf.set_line(text.x, y, &self.line(doc, line), text.width);
        }
    }
}

impl ReaderPane<'_> {
    /// ` Reader · 004_….txt` and, on the right, how far down the view reaches.
    fn header(&self, area: Rect, buf: &mut Buffer, lines: Option<usize>, rows: usize) {
        let app = self.app;
        let th = self.theme;
        let style = if app.focus() == Pane::Reader {
            th.header_focused
        } else {
            th.header
        };
        buf.set_style(area, style);
        let width = usize::from(area.width);
        let position = lines.map_or(String::new(), |total| {
            let bottom = (app.reader().scroll + rows).min(total);
            format!(" {}% ", bottom * 100 / total.max(1))
        });
        let room = width.saturating_sub(position.len());
        let title = match app.reader().article {
            Some(a) => format!(" Reader · {}", app.corpus().article(a).id),
            None => " Reader".to_owned(),
        };
        // A long id (a feed item's `file#https://…`) ends in `…` when cut.
        let (title, _) = super::text::fit(&title, &[], style, style, room);
        buf.set_line(area.x, area.y, &Line::from(title), area.width);
        if position.len() <= width {
            buf.set_string(area.right() - position.len() as u16, area.y, &position, style);
        }
    }

    fn line<'b>(&'b self, doc: &'b Document, line: &'b DocLine) -> Line<'b> {
        let th = self.theme;
        match line {
            DocLine::Title(t) => Line::styled(t.as_str(), th.title),
            DocLine::Meta(t) => Line::styled(t.as_str(), th.dim),
            DocLine::Blank => Line::default(),
            DocLine::Body { paragraph, segments } => {
                let text = doc.body().paragraphs.get(*paragraph).map_or("", String::as_str);
                let mark = (self.app.reader().mark)
                    .filter(|m| m.paragraph == *paragraph)
                    .map(|m| m.start..m.end);
                let mut spans = Vec::with_capacity(segments.len());
                for segment in segments {
                    match segment {
                        Segment::Text {
                            range,
                            mention,
                            quote,
                        } => {
                            let style = self.style(doc, *mention, *quote);
                            marked_spans(text, range.clone(), mark.clone(), style, th.matched, &mut spans);
                        }
                        Segment::Speaker { text, .. } => spans.push(Span::styled(text.as_str(), th.speaker)),
                    }
                }
                Line::from(spans)
            }
        }
    }

    /// A quote is set apart (more so if the filter names its speaker); a
    /// mention takes its kind's colour, and the entity cursor stands out.
    fn style(&self, doc: &Document, mention: Option<usize>, quote: Option<usize>) -> Style {
        let app = self.app;
        let th = self.theme;
        let mut style = Style::new();
        if let Some(q) = quote {
            style = style.patch(th.quote);
            if app.is_emphasised(doc.article(), q) {
                style = style.patch(th.quote_emphasis);
            }
        }
        if let Some((m, id)) = mention.and_then(|m| Some((m, doc.body().mention_entity(m)?))) {
            style = style.patch(th.entity(app.entity(id).kind));
            if app.reader().cursor == Some(m) {
                style = style.patch(th.cursor);
            } else if app.focused_entity() == Some(id) {
                style = style.patch(th.focused_entity);
            }
        }
        style
    }
}

/// The text of `range`, in `style`, with the bytes `mark` covers patched
/// with `marked`: one span, or up to three where the mark starts or ends
/// inside it.
fn marked_spans<'b>(
    text: &'b str,
    range: Range<usize>,
    mark: Option<Range<usize>>,
    style: Style,
    marked: Style,
    out: &mut Vec<Span<'b>>,
) {
    // A tab is a space here: the terminal draws no control character, so
    // `a\tb` would read `ab` (the wrap counted it a column, as this is).
    let piece = |r: Range<usize>| -> Cow<'b, str> {
        let piece = text.get(r).unwrap_or("");
        if piece.contains('\t') {
            Cow::Owned(piece.replace('\t', " "))
        } else {
            Cow::Borrowed(piece)
        }
    };
    let Some(mark) = mark.filter(|m| m.start < range.end && range.start < m.end) else {
        out.push(Span::styled(piece(range), style));
        return;
    };
    let (from, to) = (mark.start.max(range.start), mark.end.min(range.end));
    let parts = [
        (range.start..from, style),
        (from..to, style.patch(marked)),
        (to..range.end, style),
    ];
    out.extend(
        (parts.into_iter())
            .filter(|(r, _)| !r.is_empty())
            .map(|(r, s)| Span::styled(piece(r), s)),
    );
}
