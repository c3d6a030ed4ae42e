//! Cutting one paragraph into wrapped lines of styled segments: its words
//! (and speaker labels) as fragments for textwrap, then each line's bytes
//! cut wherever a mention or quote starts or ends.

use crate::analysis::{ArticleAnalysis, Span};
use std::ops::Range;
use textwrap::WordSeparator;
use textwrap::core::Fragment;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// A run of a body line that is styled one way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    /// Bytes of the paragraph, inside mention `mention` and/or quote `quote`
    /// (indices into the article's analysis).
    Text {
        range: Range<usize>,
        mention: Option<usize>,
        quote: Option<usize>,
    },
    /// Who spoke the paragraph's quotes (`— Lavrov`), after its last word;
    /// not article text.
    Speaker { text: String },
}

/// Quotation marks set around a quote's span (the span excludes them).
const QUOTE_MARKS: &[char] = &['"', '“', '”', '«', '»', '„', '‘', '’', '\''];

/// The valid mention and quote spans of one paragraph, as byte ranges.
pub(super) struct ParagraphSpans {
    pub(super) mentions: Vec<(Range<usize>, usize)>,
    /// Widened to take in the quotation spans around the quote.
    pub(super) quotes: Vec<(Range<usize>, usize)>,
}

impl ParagraphSpans {
    pub(super) fn of(analysis: &ArticleAnalysis, paragraph: usize, text: &str) -> ParagraphSpans {
        let valid = |s: &Span| {
            s.paragraph == paragraph
                && s.start < s.end
                && s.end <= text.len()
                && text.is_char_boundary(s.start)
                && text.is_char_boundary(s.end)
        };
        let mentions = (analysis.mentions.iter().enumerate())
            .filter(|(_, m)| valid(&m.span))
            .map(|(i, m)| (m.span.start..m.span.end, i))
            .collect();
        let quotes = (analysis.quotes.iter().enumerate())
            .filter(|(_, q)| valid(&q.span))
            .map(|(i, q)| {
                let before = text[..q.span.start]
                    .chars()
                    .next_back()
                    .filter(|c| QUOTE_MARKS.contains(c));
                let after = text[q.span.end..]
                    .chars()
                    .next()
                    .filter(|c| QUOTE_MARKS.contains(c));
                let start = q.span.start - before.map_or(0, char::len_utf8);
                let end = q.span.end + after.map_or(0, char::len_utf8);
                (start..end, i)
            })
            .collect();
        ParagraphSpans { mentions, quotes }
    }

    fn at(list: &[(Range<usize>, usize)], byte: usize) -> Option<usize> {
        list.iter().find(|(r, _)| r.contains(&byte)).map(|(_, i)| *i)
    }
}

/// What textwrap places: a word (or one grapheme of a word too wide to keep
/// whole, or of CJK text) with its following spaces, or a speaker label.
/// Widths are counted by grapheme, as ratatui draws (textwrap's own count
/// adds up chars: a family emoji would take 6 columns, not 2).
#[derive(Debug)]
pub(super) struct Frag {
    kind: FragKind,
    width: f64,
    space: f64,
}

#[derive(Debug)]
enum FragKind {
    /// `start..end` is the word, `end..space_end` the spaces after it.
    Text {
        start: usize,
        end: usize,
        space_end: usize,
    },
    /// `lead`: the word before it has no space after it (it ends the paragraph).
    Speaker { text: String, lead: bool },
}

impl Fragment for Frag {
    fn width(&self) -> f64 {
        self.width
    }
    fn whitespace_width(&self) -> f64 {
        self.space
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Splits a paragraph into fragments, with its speaker tag, if any, after
/// the last word; a word too wide for a line, or with wide graphemes, is
/// cut between graphemes (never inside a ZWJ sequence or a flag).
pub(super) fn fragments(text: &str, cols: usize, tag: Option<&str>) -> Vec<Frag> {
    let mut frags = Vec::new();
    let mut offset = 0;
    for word in WordSeparator::AsciiSpace.find_words(text) {
        let start = offset;
        let end = start + word.word.len();
        let space_end = end + word.whitespace.len();
        offset = space_end;
        let width = word.word.width();
        // ASCII is one column a char: only other words are walked by grapheme.
        let wide = !word.word.is_ascii() && word.word.graphemes(true).any(|g| g.width() > 1);
        if width > cols || wide {
            let mut graphemes = word.word.grapheme_indices(true).peekable();
            while let Some((i, g)) = graphemes.next() {
                let grapheme_end = start + i + g.len();
                let last = graphemes.peek().is_none();
                frags.push(Frag {
                    kind: FragKind::Text {
                        start: start + i,
                        end: grapheme_end,
                        space_end: if last { space_end } else { grapheme_end },
                    },
                    width: g.width() as f64,
                    space: if last { word.whitespace.len() as f64 } else { 0.0 },
                });
            }
        } else {
            frags.push(Frag {
                kind: FragKind::Text {
                    start,
                    end,
                    space_end,
                },
                width: width as f64,
                space: word.whitespace.len() as f64,
            });
        }
    }
    if let Some(label) = tag {
        let lead = matches!(frags.last(), Some(Frag { kind: FragKind::Text { end, space_end, .. }, .. }) if end == space_end);
        frags.push(Frag {
            width: (label.width() + usize::from(lead)) as f64,
            space: 1.0,
            kind: FragKind::Speaker {
                text: label.to_owned(),
                lead,
            },
        });
    }
    frags
}

/// One wrapped line's fragments as styled segments.
pub(super) fn segments(line: &[Frag], spans: &ParagraphSpans) -> Vec<Segment> {
    let mut segments = Vec::new();
    let mut run: Option<Range<usize>> = None;
    for (i, frag) in line.iter().enumerate() {
        let last = i + 1 == line.len();
        match &frag.kind {
            FragKind::Text {
                start,
                end,
                space_end,
            } => {
                let stop = if last { *end } else { *space_end };
                run = Some(run.map_or(*start..stop, |r| r.start..stop));
            }
            FragKind::Speaker { text, lead } => {
                if let Some(r) = run.take() {
                    split(r, spans, &mut segments);
                }
                let lead = if *lead && i > 0 { " " } else { "" };
                let trail = if last { "" } else { " " };
                let text = format!("{lead}{text}{trail}");
                segments.push(Segment::Speaker { text });
            }
        }
    }
    if let Some(r) = run {
        split(r, spans, &mut segments);
    }
    segments
}

/// Cuts a byte range wherever a mention or quote starts or ends.
fn split(range: Range<usize>, spans: &ParagraphSpans, out: &mut Vec<Segment>) {
    let mut cuts: Vec<usize> = (spans.mentions.iter().chain(&spans.quotes))
        .flat_map(|(r, _)| [r.start, r.end])
        .filter(|b| range.contains(b))
        .chain([range.start, range.end])
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    for pair in cuts.windows(2) {
        out.push(Segment::Text {
            range: pair[0]..pair[1],
            mention: ParagraphSpans::at(&spans.mentions, pair[0]),
            quote: ParagraphSpans::at(&spans.quotes, pair[0]),
        });
    }
}
