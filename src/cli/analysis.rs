//! `entities` and `quotes`: the analysis, one JSON object a line.

use super::json_line;
use crate::analysis::EntityKind;
use crate::search::{Corpus, TermKind, resolve_name};
use serde::Serialize;
use std::io::{self, Write};
use std::process::ExitCode;

#[derive(Serialize)]
struct EntityRow<'a> {
    name: &'a str,
    kind: EntityKind,
    aliases: &'a [String],
    articles: Vec<&'a str>,
    mentions: usize,
}

/// Every corpus entity, most mentioned first. The text has a header line:
/// the picker counts articles, so both numbers are there and say which is which.
pub fn entities(out: &mut impl Write, corpus: &Corpus, json: bool) -> io::Result<ExitCode> {
    let mut all: Vec<_> = corpus.entities().entities().iter().collect();
    all.sort_by(|a, b| b.mentions.cmp(&a.mentions).then_with(|| a.name.cmp(&b.name)));
    if !json {
        writeln!(out, "mentions  articles  kind          name")?;
    }
    // Articles in corpus order, not the order they happened to load in.
    let mut place = vec![0; corpus.len()];
    for (n, &i) in corpus.order().iter().enumerate() {
        place[i as usize] = n;
    }
    for e in all {
        if json {
            let mut articles = e.articles.clone();
            articles.sort_by_key(|&i| place[i as usize]);
            let row = EntityRow {
                name: &e.name,
                kind: e.kind,
                aliases: &e.aliases,
                articles: articles.iter().map(|&i| corpus.article(i).id.as_str()).collect(),
                mentions: e.mentions,
            };
            json_line(out, &row)?;
        } else {
            let kind = serde_json::to_value(e.kind).map_err(io::Error::other)?;
            let kind = kind.as_str().unwrap_or("");
            let (mentions, articles) = (e.mentions, e.articles.len());
            writeln!(out, "{mentions:>8}  {articles:>8}  {kind:<12}  {}", e.name)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// One quote as `quotes --json` prints it (and `compare`, for each variant).
#[derive(Serialize)]
pub(super) struct QuoteRow<'a> {
    pub article: &'a str,
    pub paragraph: usize,
    pub text: &'a str,
    pub speaker: Option<&'a str>,
    pub role: Option<&'a str>,
    pub cue: Option<&'a str>,
}

/// Every quote in corpus order; with `speaker`, only that speaker's, named
/// as a `@` term in the reader may name them (any alias, case or title).
pub fn quotes(
    out: &mut impl Write,
    corpus: &Corpus,
    speaker: Option<&str>,
    json: bool,
) -> io::Result<ExitCode> {
    let wanted = speaker.map(|name| resolve_name(corpus, name, TermKind::Speaker));
    if let Some(ids) = &wanted
        && ids.is_empty()
    {
        eprintln!(
            "byline: nobody called {:?} is quoted",
            speaker.unwrap_or_default()
        );
        return Ok(ExitCode::from(1));
    }
    for &i in corpus.order() {
        let a = corpus.article(i);
        let body = corpus.read_body(i);
        for (n, q) in body.analysis.quotes.iter().enumerate() {
            let id = body.quote_speaker(n);
            if let Some(ids) = &wanted
                && !id.is_some_and(|id| ids.contains(&id))
            {
                continue;
            }
            let name = id.map(|id| corpus.entities().get(id).name.as_str());
            if json {
                let row = QuoteRow {
                    article: &a.id,
                    paragraph: q.span.paragraph,
                    text: body.quote_text(n),
                    speaker: name,
                    role: q.role.as_deref(),
                    cue: q.cue.as_deref(),
                };
                json_line(out, &row)?;
            } else {
                let who = name.or(q.role.as_deref()).unwrap_or("(unattributed)");
                writeln!(out, "{}  {who}: \u{201c}{}\u{201d}", a.id, body.quote_text(n))?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
