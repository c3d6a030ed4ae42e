//! An article laid out for the reader at one width. Wrapping happens once per
//! (article, width) and keeps byte offsets, so mentions and quotes (byte spans
//! in a paragraph) land on the right characters across line breaks, and the
//! state can ask which line a mention is on to scroll to it.

use crate::analysis::{ArticleAnalysis, Span};
use crate::search::Body;
use crate::store::Article;
use std::ops::Range;
use std::sync::Arc;
use textwrap::WordSeparator;
use textwrap::core::{Fragment, display_width};
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_width::UnicodeWidthChar;

/// One screen line of the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocLine {
    Title(String),
    /// Date and author.
    Meta(String),
    Blank,
    /// Part of body paragraph `paragraph`.
    Body {
        paragraph: usize,
        pieces: Vec<Piece>,
    },
}

/// A run of a body line that is styled one way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Bytes of the paragraph, inside mention `mention` and/or quote `quote`
    /// (indices into the article's analysis).
    Text {
        range: Range<usize>,
        mention: Option<usize>,
        quote: Option<usize>,
    },
    /// Who said quote `quote` (`— Lavrov`), set after it; not article text.
    Speaker { quote: usize, text: String },
}

/// The wrapped article and where each mention ended up.
#[derive(Clone, Debug)]
pub struct Document {
    article: u32,
    width: u16,
    generation: usize,
    /// The text the lines cut from, and its analysis.
    body: Arc<Body>,
    lines: Vec<DocLine>,
    /// Line of each mention's first character, by mention index.
    mention_lines: Vec<usize>,
}

/// Quotation marks set around a quote's span (the span excludes them).
const QUOTE_MARKS: &[char] = &['"', '“', '”', '«', '»', '„', '‘', '’', '\''];

impl Document {
    /// Lays out `article` (its title and metadata) with `body` at `width` columns. `speaker` names the speaker of
    /// quote `i` (`— Lavrov`), or gives `None` to show nothing. `generation`
    /// is whatever else the caller's cache depends on (the corpus size while
    /// loading, since speaker names can change as articles arrive).
    pub fn build(
        index: u32,
        article: &Article,
        body: Arc<Body>,
        width: u16,
        generation: usize,
        speaker: impl Fn(usize) -> Option<String>,
    ) -> Document {
        let cols = usize::from(width.max(1));
        let mut lines: Vec<DocLine> = textwrap::wrap(&article.title, cols)
            .into_iter()
            .map(|l| DocLine::Title(l.into_owned()))
            .collect();
        let meta: Vec<String> = article
            .date
            .map(|d| d.to_string())
            .into_iter()
            .chain(article.author.clone())
            .collect();
        let meta = meta
            .into_iter()
            .chain(body.problem.iter().map(|p| format!("⚠ {p}")));
        let meta: Vec<String> = meta.collect();
        if !meta.is_empty() {
            let meta = meta.join(" · ");
            lines.extend(
                textwrap::wrap(&meta, cols)
                    .into_iter()
                    .map(|l| DocLine::Meta(l.into_owned())),
            );
        }
        let analysis = &body.analysis;
        let mut mention_lines = vec![None; analysis.mentions.len()];
        for (p, text) in body.paragraphs.iter().enumerate() {
            lines.push(DocLine::Blank);
            let marks = Marks::of(analysis, p, text);
            let attributions: Vec<(usize, usize, String)> = marks
                .quotes
                .iter()
                .filter_map(|(range, q)| speaker(*q).map(|s| (range.end, *q, s)))
                .collect();
            let frags = fragments(text, cols, &attributions);
            for line in wrap_first_fit(&frags, &[cols as f64]) {
                let pieces = pieces(line, &marks);
                for piece in &pieces {
                    if let Piece::Text { mention: Some(m), .. } = piece {
                        mention_lines[*m].get_or_insert(lines.len());
                    }
                }
                lines.push(DocLine::Body { paragraph: p, pieces });
            }
        }
        Document {
            article: index,
            width,
            generation,
            body,
            lines,
            mention_lines: mention_lines.into_iter().map(Option::unwrap_or_default).collect(),
        }
    }

    /// Whether this layout is still the one to show.
    pub fn is_for(&self, article: u32, width: u16, generation: usize) -> bool {
        (self.article, self.width, self.generation) == (article, width, generation)
    }

    pub fn article(&self) -> u32 {
        self.article
    }

    pub fn body(&self) -> &Body {
        &self.body
    }

    pub fn lines(&self) -> &[DocLine] {
        &self.lines
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The line mention `m` starts on (0 for a mention the analysis placed
    /// outside the text).
    pub fn mention_line(&self, m: usize) -> usize {
        self.mention_lines.get(m).copied().unwrap_or(0)
    }
}

/// The valid mention and quote spans of one paragraph, as byte ranges.
struct Marks {
    mentions: Vec<(Range<usize>, usize)>,
    /// Widened to take in the quotation marks around the quote.
    quotes: Vec<(Range<usize>, usize)>,
}

impl Marks {
    fn of(analysis: &ArticleAnalysis, paragraph: usize, text: &str) -> Marks {
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
        Marks { mentions, quotes }
    }

    fn at(list: &[(Range<usize>, usize)], byte: usize) -> Option<usize> {
        list.iter().find(|(r, _)| r.contains(&byte)).map(|(_, i)| *i)
    }
}

/// What textwrap places: a word (or one char of a word too wide to keep
/// whole, or of CJK text) with its following spaces, or a speaker label.
#[derive(Debug)]
struct Frag {
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
    Speaker { quote: usize, text: String, lead: bool },
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

/// Splits a paragraph into fragments, each quote's speaker label after the
/// word its closing mark is in. `attributions` are (end byte, quote, label).
fn fragments(text: &str, cols: usize, attributions: &[(usize, usize, String)]) -> Vec<Frag> {
    let mut frags = Vec::new();
    let mut pending = attributions.iter().peekable();
    let mut offset = 0;
    for word in WordSeparator::AsciiSpace.find_words(text) {
        let start = offset;
        let end = start + word.word.len();
        let space_end = end + word.whitespace.len();
        offset = space_end;
        let wide = word.word.chars().any(|c| c.width().unwrap_or(0) > 1);
        if word.width > cols || wide {
            let mut chars = word.word.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                let char_end = start + i + c.len_utf8();
                let last = chars.peek().is_none();
                frags.push(Frag {
                    kind: FragKind::Text {
                        start: start + i,
                        end: char_end,
                        space_end: if last { space_end } else { char_end },
                    },
                    width: c.width().unwrap_or(0) as f64,
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
                width: word.width as f64,
                space: word.whitespace.len() as f64,
            });
        }
        while let Some((_, quote, label)) = pending.next_if(|(at, _, _)| *at <= space_end) {
            let lead = matches!(frags.last(), Some(Frag { kind: FragKind::Text { end, space_end, .. }, .. }) if end == space_end);
            frags.push(Frag {
                width: (display_width(label) + usize::from(lead)) as f64,
                space: 1.0,
                kind: FragKind::Speaker {
                    quote: *quote,
                    text: label.clone(),
                    lead,
                },
            });
        }
    }
    frags
}

/// One wrapped line's fragments as styled pieces.
fn pieces(line: &[Frag], marks: &Marks) -> Vec<Piece> {
    let mut pieces = Vec::new();
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
            FragKind::Speaker { quote, text, lead } => {
                if let Some(r) = run.take() {
                    split(r, marks, &mut pieces);
                }
                let lead = if *lead && i > 0 { " " } else { "" };
                let trail = if last { "" } else { " " };
                let text = format!("{lead}{text}{trail}");
                pieces.push(Piece::Speaker { quote: *quote, text });
            }
        }
    }
    if let Some(r) = run {
        split(r, marks, &mut pieces);
    }
    pieces
}

/// Cuts a byte range wherever a mention or quote starts or ends.
fn split(range: Range<usize>, marks: &Marks, out: &mut Vec<Piece>) {
    let mut cuts: Vec<usize> = (marks.mentions.iter().chain(&marks.quotes))
        .flat_map(|(r, _)| [r.start, r.end])
        .filter(|b| range.contains(b))
        .chain([range.start, range.end])
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    for pair in cuts.windows(2) {
        out.push(Piece::Text {
            range: pair[0]..pair[1],
            mention: Marks::at(&marks.mentions, pair[0]),
            quote: Marks::at(&marks.quotes, pair[0]),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{EntityKind, LocalEntity, Mention, Quote};

    fn article(paragraphs: &[&str]) -> Article {
        Article {
            id: "t".into(),
            path: None,
            title: "A title".into(),
            date: None,
            author: None,
            url: None,
            paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
            lossy: false,
        }
    }

    fn build(
        a: &Article,
        analysis: ArticleAnalysis,
        width: u16,
        speaker: impl Fn(usize) -> Option<String>,
    ) -> Document {
        let body = Body::new(a.paragraphs.clone(), analysis, Vec::new(), None);
        Document::build(0, a, Arc::new(body), width, 0, speaker)
    }

    fn span(paragraph: usize, text: &str, needle: &str) -> Span {
        let start = text.find(needle).unwrap();
        Span {
            paragraph,
            start,
            end: start + needle.len(),
        }
    }

    /// Each body line as text, with `[...]` around mentions and `{...}` around quotes.
    fn render(doc: &Document, a: &Article) -> Vec<String> {
        doc.lines()
            .iter()
            .map(|line| match line {
                DocLine::Title(t) | DocLine::Meta(t) => t.clone(),
                DocLine::Blank => String::new(),
                DocLine::Body { paragraph, pieces } => pieces
                    .iter()
                    .map(|p| match p {
                        Piece::Text {
                            range,
                            mention,
                            quote,
                        } => {
                            let t = &a.paragraphs[*paragraph][range.clone()];
                            match (mention, quote) {
                                (Some(_), _) => format!("[{t}]"),
                                (None, Some(_)) => format!("{{{t}}}"),
                                (None, None) => t.to_string(),
                            }
                        }
                        Piece::Speaker { text, .. } => format!("<{text}>"),
                    })
                    .collect(),
            })
            .collect()
    }

    #[test]
    fn highlights_follow_a_mention_across_a_line_break() {
        let text = "The envoy Sergey Lavrov spoke";
        let a = article(&[text]);
        let analysis = ArticleAnalysis {
            entities: vec![LocalEntity {
                name: "Sergey Lavrov".into(),
                kind: EntityKind::Person,
                aliases: vec![],
            }],
            mentions: vec![Mention {
                span: span(0, text, "Sergey Lavrov"),
                entity: 0,
            }],
            quotes: vec![],
        };
        let doc = build(&a, analysis, 16, |_| None);
        assert_eq!(
            render(&doc, &a),
            ["A title", "", "The envoy [Sergey]", "[Lavrov] spoke"]
        );
        assert_eq!(doc.mention_line(0), 2);
    }

    #[test]
    fn speaker_follows_the_closing_mark_and_quote_marks_are_styled() {
        let text = "He said \"no way\" today. \"Yes\"";
        let a = article(&[text]);
        let quote = |needle: &str| Quote {
            span: span(0, text, needle),
            text: needle.into(),
            speaker: None,
            role: None,
            cue: None,
        };
        let analysis = ArticleAnalysis {
            entities: vec![],
            mentions: vec![],
            quotes: vec![quote("no way"), quote("Yes")],
        };
        let doc = build(&a, analysis, 80, |q| Some(format!("— S{q}")));
        assert_eq!(
            render(&doc, &a),
            [
                "A title",
                "",
                "He said {\"no way\"} <— S0 >today. {\"Yes\"}< — S1>"
            ]
        );
    }

    #[test]
    fn cjk_packs_by_display_width_and_keeps_byte_spans() {
        let text = "外交部长拉夫罗夫今天说";
        let a = article(&[text]);
        let analysis = ArticleAnalysis {
            entities: vec![LocalEntity {
                name: "拉夫罗夫".into(),
                kind: EntityKind::Person,
                aliases: vec![],
            }],
            mentions: vec![Mention {
                span: span(0, text, "拉夫罗夫"),
                entity: 0,
            }],
            quotes: vec![],
        };
        let doc = build(&a, analysis, 10, |_| None);
        assert_eq!(render(&doc, &a)[2..], ["外交部长[拉]", "[夫罗夫]今天", "说"]);
        assert_eq!(doc.mention_line(0), 2);
    }

    #[test]
    fn spans_off_char_boundaries_or_past_the_end_are_ignored() {
        let text = "héllo world";
        let a = article(&[text]);
        let bad = |start, end| Mention {
            span: Span {
                paragraph: 0,
                start,
                end,
            },
            entity: 0,
        };
        let analysis = ArticleAnalysis {
            entities: vec![],
            mentions: vec![bad(2, 4), bad(6, 99), bad(3, 3)],
            quotes: vec![],
        };
        let doc = build(&a, analysis, 1, |_| None);
        assert!(render(&doc, &a).iter().all(|l| !l.contains('[')));
        assert_eq!(doc.mention_line(1), 0);
    }
}
