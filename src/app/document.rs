//! An article laid out for the reader at one width. Wrapping happens once per
//! (article, width) and keeps byte offsets, so mentions and quotes (byte spans
//! in a paragraph) land on the right characters across line breaks, and the
//! state can ask which line a mention is on to scroll to it.

use super::wrap::{ParagraphSpans, Segment, fragments, segments};
use crate::search::Body;
use crate::store::Article;
use std::sync::Arc;
use textwrap::wrap_algorithms::wrap_first_fit;

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
        segments: Vec<Segment>,
    },
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

impl Document {
    /// Lays out `article` (its title and metadata) with `body` at `width` columns. `speaker` names the speaker of
    /// quote `i` (`Lavrov`), or gives `None` to show nothing. `generation`
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
            let spans = ParagraphSpans::of(analysis, p, text);
            let tag = paragraph_tag(&spans, &speaker);
            let frags = fragments(text, cols, tag.as_deref());
            for line in wrap_first_fit(&frags, &[cols as f64]) {
                let segments = segments(line, &spans);
                for segment in &segments {
                    if let Segment::Text { mention: Some(m), .. } = segment {
                        mention_lines[*m].get_or_insert(lines.len());
                    }
                }
                lines.push(DocLine::Body {
                    paragraph: p,
                    segments,
                });
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

    /// The line byte `start` of body paragraph `paragraph` is on (the
    /// title's for a paragraph the layout does not have).
    pub fn place_line(&self, paragraph: usize, start: usize) -> usize {
        let starts_before = |segments: &[Segment]| {
            segments
                .iter()
                .any(|s| matches!(s, Segment::Text { range, .. } if range.start <= start))
        };
        let lines = self.lines.iter().enumerate();
        let mut found = None;
        for (i, line) in lines {
            if let DocLine::Body {
                paragraph: p,
                segments,
            } = line
                && *p == paragraph
                && (found.is_none() || starts_before(segments))
            {
                found = Some(i);
            }
        }
        found.unwrap_or(0)
    }

    /// The line mention `m` starts on (0 for a mention the analysis placed
    /// outside the text).
    pub fn mention_line(&self, m: usize) -> usize {
        self.mention_lines.get(m).copied().unwrap_or(0)
    }
}

/// The tag ending a paragraph: who spoke its quotes, each named once in
/// order (`— Lavrov, Trump`). At the end, so it never splits a sentence
/// (`"…" — Davis for terrorists`).
fn paragraph_tag(spans: &ParagraphSpans, speaker: impl Fn(usize) -> Option<String>) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    for name in spans.quotes.iter().filter_map(|&(_, q)| speaker(q)) {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    (!names.is_empty()).then(|| format!("— {}", names.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{ArticleAnalysis, EntityKind, LocalEntity, Mention, Quote, Span};

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
                DocLine::Body { paragraph, segments } => segments
                    .iter()
                    .map(|p| match p {
                        Segment::Text {
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
                        Segment::Speaker { text, .. } => format!("<{text}>"),
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
            entities: vec![LocalEntity::new("Sergey Lavrov", EntityKind::Person, &[])],
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
    fn speakers_end_the_paragraph_each_named_once_and_quote_marks_are_styled() {
        let text = "A \"recruiting sergeant\" for terrorists. \"Yes\" and \"no\" then";
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
            quotes: vec![quote("recruiting sergeant"), quote("Yes"), quote("no")],
        };
        let names = ["Davis", "Howard", "Davis"];
        let doc = build(&a, analysis, 80, |q| Some(names[q].to_owned()));
        assert_eq!(
            render(&doc, &a),
            [
                "A title",
                "",
                "A {\"recruiting sergeant\"} for terrorists. {\"Yes\"} and {\"no\"} then< — Davis, Howard>"
            ]
        );
    }

    #[test]
    fn cjk_packs_by_display_width_and_keeps_byte_spans() {
        let text = "外交部长拉夫罗夫今天说";
        let a = article(&[text]);
        let analysis = ArticleAnalysis {
            entities: vec![LocalEntity::new("拉夫罗夫", EntityKind::Person, &[])],
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

    /// A family emoji (a ZWJ sequence of five chars) and a flag take two
    /// columns each, as ratatui draws them: ten columns hold five, and no
    /// line starts or ends inside one.
    #[test]
    fn emoji_sequences_pack_by_grapheme_width() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}";
        let flag = "\u{1F1FA}\u{1F1E6}";
        let text = format!("{}{} ok", family.repeat(6), flag.repeat(3));
        let a = article(&[&text]);
        let analysis = ArticleAnalysis {
            entities: vec![],
            mentions: vec![],
            quotes: vec![],
        };
        let doc = build(&a, analysis, 10, |_| None);
        let five = family.repeat(5);
        let rest = format!("{family}{}", flag.repeat(3));
        assert_eq!(render(&doc, &a)[2..], [five.as_str(), rest.as_str(), "ok"]);
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
