//! `compare`: what the versions of an article's story disagree on, each
//! line naming the article and paragraph (counted from 0, as in `quotes
//! --json`) so a script can go there.

use super::analysis::QuoteRow as AnalysisQuoteRow;
use super::json_line;
use super::report::find_article;
use crate::search::{Comparison, Corpus, QuoteGroup, Stories};
use serde::Serialize;
use std::io::{self, Write};
use std::process::ExitCode;

#[derive(Serialize)]
struct CompareDoc<'a> {
    articles: Vec<&'a str>,
    figures: Vec<FigureRow<'a>>,
    quotes: Vec<QuoteRow<'a>>,
    unique: Vec<PassageRow<'a>>,
    common: Vec<PassageRow<'a>>,
}

#[derive(Serialize)]
struct FigureRow<'a> {
    about: &'a str,
    differs: bool,
    values: Vec<ValueRow<'a>>,
}

#[derive(Serialize)]
struct ValueRow<'a> {
    article: &'a str,
    paragraph: usize,
    value: &'a str,
    text: &'a str,
}

/// A quote and the articles carrying it: `speakers` has one entry per
/// article (its first variant's speaker).
#[derive(Serialize)]
pub(super) struct QuoteRow<'a> {
    text: &'a str,
    articles: Vec<&'a str>,
    speakers: Vec<Option<&'a str>>,
    speakers_differ: bool,
    wording_differs: bool,
    variants: Vec<VariantRow<'a>>,
}

/// A variant: its row as `quotes --json` prints it, and the words that
/// changed from the group's first.
#[derive(Serialize)]
struct VariantRow<'a> {
    #[serde(flatten)]
    quote: AnalysisQuoteRow<'a>,
    added: &'a [String],
    missing: &'a [String],
}

impl VariantRow<'_> {
    /// `ARTICLE:PARAGRAPH  who: “text”`
    fn line(&self) -> String {
        let q = &self.quote;
        let who = q.speaker.or(q.role).unwrap_or("(unattributed)");
        format!("{}:{}  {who}: \u{201c}{}\u{201d}", q.article, q.paragraph, q.text)
    }
}

#[derive(Serialize)]
struct PassageRow<'a> {
    article: &'a str,
    paragraph: usize,
    text: &'a str,
}

impl<'a> QuoteRow<'a> {
    pub(super) fn new(corpus: &'a Corpus, g: &'a QuoteGroup) -> QuoteRow<'a> {
        let id = |a: u32| corpus.article(a).id.as_str();
        let articles = g.articles();
        let speakers = (articles.iter())
            .map(|&a| (g.variants.iter().find(|v| v.place.article == a)).and_then(|v| v.speaker.as_deref()))
            .collect();
        QuoteRow {
            text: &g.variants[0].text,
            articles: articles.iter().map(|&a| id(a)).collect(),
            speakers,
            speakers_differ: g.speakers_differ(),
            wording_differs: g.wording_differs(),
            variants: (g.variants.iter())
                .map(|v| VariantRow {
                    quote: AnalysisQuoteRow {
                        article: id(v.place.article),
                        paragraph: v.place.paragraph,
                        text: &v.text,
                        speaker: v.speaker.as_deref(),
                        role: v.role.as_deref(),
                        cue: v.cue.as_deref(),
                    },
                    added: &v.added,
                    missing: &v.missing,
                })
                .collect(),
        }
    }

    /// The group as text: a line for the group, a line for each variant.
    pub(super) fn write(&self, out: &mut impl Write, indent: &str) -> io::Result<()> {
        let n = self.articles.len();
        let mut flags = vec![format!("{n} article{}", if n == 1 { "" } else { "s" })];
        if self.speakers_differ {
            flags.push("speakers differ".to_owned());
        }
        if self.wording_differs {
            flags.push("wording differs".to_owned());
        }
        writeln!(
            out,
            "{indent}\u{201c}{}\u{201d} ({})",
            self.text,
            flags.join("; ")
        )?;
        for v in &self.variants {
            let mut changed: Vec<String> = v.added.iter().map(|w| format!("+{w}")).collect();
            changed.extend(v.missing.iter().map(|w| format!("-{w}")));
            let changed = if changed.is_empty() {
                String::new()
            } else {
                format!("  [{}]", changed.join(" "))
            };
            writeln!(out, "{indent}  {}{changed}", v.line())?;
        }
        Ok(())
    }
}

/// The story of the article `id` (an id or the start of only one), compared.
/// Exit 1 when there is no such article or it is in no story.
pub fn compare(out: &mut impl Write, corpus: &Corpus, id: &str, json: bool) -> io::Result<ExitCode> {
    // `compare` takes a story's article: `stories` lists them.
    let Some(article) = find_article(corpus, id, "byline stories") else {
        return Ok(ExitCode::from(1));
    };
    let stories = Stories::build(corpus);
    let Some(story) = stories.of(article) else {
        eprintln!(
            "byline: {} is in no story: no other article reports it",
            corpus.article(article).id
        );
        return Ok(ExitCode::from(1));
    };
    let c = Comparison::of(corpus, &story.articles);
    let doc = CompareDoc::new(corpus, &c);
    if json {
        json_line(out, &doc)?;
    } else {
        doc.write(out)?;
    }
    Ok(ExitCode::SUCCESS)
}

impl<'a> CompareDoc<'a> {
    fn new(corpus: &'a Corpus, c: &'a Comparison) -> CompareDoc<'a> {
        let id = |a: u32| corpus.article(a).id.as_str();
        let passage = |p: &'a crate::search::Passage| PassageRow {
            article: id(p.place.article),
            paragraph: p.place.paragraph,
            text: &p.text,
        };
        CompareDoc {
            articles: c.articles.iter().map(|&a| id(a)).collect(),
            figures: (c.figures.iter())
                .map(|g| FigureRow {
                    about: &g.about,
                    differs: g.differs(),
                    values: (g.values.iter())
                        .map(|f| ValueRow {
                            article: id(f.place.article),
                            paragraph: f.place.paragraph,
                            value: &f.value,
                            text: &f.text,
                        })
                        .collect(),
                })
                .collect(),
            quotes: c.quotes.iter().map(|g| QuoteRow::new(corpus, g)).collect(),
            unique: c.unique.iter().map(passage).collect(),
            common: c.common.iter().map(passage).collect(),
        }
    }

    fn write(&self, out: &mut impl Write) -> io::Result<()> {
        writeln!(
            out,
            "story of {} articles: {}",
            self.articles.len(),
            self.articles.join(" ")
        )?;
        // An empty section says so: a heading alone reads as cut off.
        let none = |out: &mut dyn Write, empty: bool| if empty { writeln!(out, "  (none)") } else { Ok(()) };
        writeln!(out, "\nfigures")?;
        for g in &self.figures {
            let mark = if g.differs { "  (differ)" } else { "" };
            writeln!(out, "  {}{mark}", g.about)?;
            for v in &g.values {
                writeln!(out, "    {}:{}  {}  {}", v.article, v.paragraph, v.value, v.text)?;
            }
        }
        none(out, self.figures.is_empty())?;
        writeln!(out, "\nquotes carried by more than one article")?;
        let (shared, alone): (Vec<_>, Vec<_>) = self.quotes.iter().partition(|q| q.articles.len() > 1);
        for q in &shared {
            q.write(out, "  ")?;
        }
        none(out, shared.is_empty())?;
        writeln!(out, "\nquotes only one article carries")?;
        for q in &alone {
            for v in &q.variants {
                writeln!(out, "  {}", v.line())?;
            }
        }
        none(out, alone.is_empty())?;
        for (title, passages) in [
            ("only in one article", &self.unique),
            ("in every article", &self.common),
        ] {
            writeln!(out, "\n{title}")?;
            for p in passages {
                writeln!(out, "  {}:{}  {}", p.article, p.paragraph, p.text)?;
            }
            none(out, passages.is_empty())?;
        }
        Ok(())
    }
}
