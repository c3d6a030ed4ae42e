//! `stories` and `quotes --by-story`: the articles that report one event,
//! and the quotes their versions share.

use super::compare::QuoteRow;
use super::json_line;
use crate::search::{Comparison, Corpus, Stories, Story};
use serde::Serialize;
use std::io::{self, Write};
use std::process::ExitCode;

#[derive(Serialize)]
struct StoryRow<'a> {
    id: &'a str,
    title: &'a str,
    size: usize,
    articles: Vec<&'a str>,
}

impl<'a> StoryRow<'a> {
    fn new(corpus: &'a Corpus, s: &Story) -> StoryRow<'a> {
        let lead = corpus.article(s.lead);
        StoryRow {
            id: &lead.id,
            title: &lead.title,
            size: s.articles.len(),
            articles: s
                .articles
                .iter()
                .map(|&a| corpus.article(a).id.as_str())
                .collect(),
        }
    }
}

/// One story of two or more articles a line: its id (its lead article's),
/// size, title and articles.
pub fn stories(out: &mut impl Write, corpus: &Corpus, json: bool) -> io::Result<ExitCode> {
    for s in Stories::build(corpus).all() {
        let row = StoryRow::new(corpus, s);
        if json {
            json_line(out, &row)?;
        } else {
            writeln!(
                out,
                "{}  {}  {}  {}",
                row.id,
                row.size,
                row.title,
                row.articles.join(" ")
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Serialize)]
struct StoryQuoteRow<'a> {
    story: &'a str,
    #[serde(flatten)]
    quote: QuoteRow<'a>,
}

/// Every story's quotes, the same words in several articles grouped: a
/// story a block (its quotes carried by most articles first), or with
/// `json` one object a quote group, with its story's id.
pub fn quotes_by_story(out: &mut impl Write, corpus: &Corpus, json: bool) -> io::Result<ExitCode> {
    for s in Stories::build(corpus).all() {
        let c = Comparison::of(corpus, &s.articles);
        let lead = corpus.article(s.lead);
        if !json {
            writeln!(out, "{}  {}  {}", lead.id, s.articles.len(), lead.title)?;
        }
        for g in &c.quotes {
            let quote = QuoteRow::new(corpus, g);
            if json {
                json_line(
                    out,
                    &StoryQuoteRow {
                        story: &lead.id,
                        quote,
                    },
                )?;
            } else {
                quote.write(out, "  ")?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
