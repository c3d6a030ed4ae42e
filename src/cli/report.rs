//! `list`, `show` and `check`: what loaded, one article, what went wrong.

use super::json_line;
use crate::analysis::{EntityId, HIDDEN};
use crate::app::plural;
use crate::search::{self, Body, Corpus, Query};
use crate::store::{self, Article, Date, Loaded};
use serde::Serialize;
use std::collections::HashSet;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

/// One article as `list --json` prints it.
#[derive(Serialize)]
struct ListRow<'a> {
    id: &'a str,
    title: &'a str,
    date: Option<Date>,
    author: Option<&'a str>,
    words: usize,
    speakers: Vec<&'a str>,
    entities: Vec<&'a str>,
}

impl<'a> ListRow<'a> {
    fn new(corpus: &'a Corpus, i: u32, body: &Body) -> ListRow<'a> {
        let a = corpus.article(i);
        let (speakers, entities) = names(corpus, i, body);
        ListRow {
            id: &a.id,
            title: &a.title,
            date: a.date,
            author: a.author.as_deref(),
            words: body.paragraphs.iter().map(|p| p.split_whitespace().count()).sum(),
            speakers,
            entities,
        }
    }
}

/// The canonical names of an article's speakers and of everything it names.
fn names<'a>(corpus: &'a Corpus, i: u32, body: &Body) -> (Vec<&'a str>, Vec<&'a str>) {
    let name = |id: EntityId| corpus.entities().get(id).name.as_str();
    let mut speakers: Vec<&str> = (0..body.analysis.quotes.len())
        .filter_map(|q| body.quote_speaker(q))
        .map(name)
        .collect();
    speakers.sort_unstable();
    speakers.dedup();
    let mut entities: Vec<&str> = (corpus.article_entities(i).iter())
        .filter(|&&id| id != HIDDEN)
        .map(|&id| name(id))
        .collect();
    entities.sort_unstable();
    entities.dedup();
    (speakers, entities)
}

/// `id  date  title`, a line each: needs no analysis, so it is as fast as the load.
pub fn list(out: &mut impl Write, loaded: &Loaded) -> io::Result<ExitCode> {
    for a in &loaded.articles {
        list_line(out, a)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn list_line(out: &mut impl Write, a: &Article) -> io::Result<()> {
    let date = a.date.map_or_else(|| "----------".to_owned(), |d| d.to_string());
    writeln!(out, "{}  {date}  {}", a.id, a.title)
}

/// `list --filter`: the articles the reader shows for `query`, in its order;
/// `starred` holds the starred articles' hashes when the query asks (`*`).
/// Exit 1 when none match, as `fzf --filter` and `grep` do.
pub fn list_filtered(
    out: &mut impl Write,
    corpus: &Corpus,
    query: &Query,
    starred: Option<&HashSet<u64>>,
    json: bool,
) -> io::Result<ExitCode> {
    let mut hits = search::filter(corpus, query);
    if let (Some(want), Some(starred)) = (query.starred, starred) {
        hits.retain(|h| starred.contains(&corpus.hash(h.article)) == want);
    }
    for h in &hits {
        if json {
            json_line(
                out,
                &ListRow::new(corpus, h.article, &corpus.read_body(h.article)),
            )?;
        } else {
            list_line(out, corpus.article(h.article))?;
        }
    }
    Ok(if hits.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

pub fn list_json(out: &mut impl Write, corpus: &Corpus) -> io::Result<ExitCode> {
    for &i in corpus.order() {
        json_line(out, &ListRow::new(corpus, i, &corpus.read_body(i)))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// One article as `show --json` prints it: the list's fields and the text.
#[derive(Serialize)]
struct ShowDoc<'a> {
    #[serde(flatten)]
    row: ListRow<'a>,
    url: Option<&'a str>,
    paragraphs: &'a [String],
}

pub fn show(out: &mut impl Write, corpus: &Corpus, id: &str, json: bool) -> io::Result<ExitCode> {
    let Some(i) = find_article(corpus, id, "byline list") else {
        return Ok(ExitCode::from(1));
    };
    let a = corpus.article(i);
    let body = corpus.read_body(i);
    if json {
        let doc = ShowDoc {
            row: ListRow::new(corpus, i, &body),
            url: a.url.as_deref(),
            paragraphs: &body.paragraphs,
        };
        json_line(out, &doc)?;
    } else {
        write_wrapped(out, a, &body.paragraphs, output_width())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The article with this id, or the one whose id starts with it (`show 003`,
/// as git takes a short hash); else says why not on stderr, pointing at
/// `listing`, the command that lists the ids to give (`byline list`).
pub(super) fn find_article(corpus: &Corpus, id: &str, listing: &str) -> Option<u32> {
    let order = corpus.order();
    if let Some(i) = corpus.find(id) {
        return Some(i);
    }
    let starting: Vec<u32> = (order.iter().copied())
        .filter(|&i| corpus.article(i).id.starts_with(id))
        .collect();
    match starting.as_slice() {
        [i] => return Some(*i),
        [] => eprintln!("byline: no article with id {id:?} (see `{listing}`)"),
        _ => {
            let ids: Vec<&str> = starting
                .iter()
                .take(5)
                .map(|&i| corpus.article(i).id.as_str())
                .collect();
            let more = if starting.len() > ids.len() { ", …" } else { "" };
            eprintln!(
                "byline: {} ids start with {id:?}: {}{more}",
                starting.len(),
                ids.join(", ")
            );
        }
    }
    None
}

/// The terminal's width when stdout is one, else 80.
fn output_width() -> usize {
    if io::stdout().is_terminal() {
        crossterm::terminal::size().map_or(80, |(w, _)| (w as usize).max(20))
    } else {
        80
    }
}

fn write_wrapped(out: &mut impl Write, a: &Article, paragraphs: &[String], width: usize) -> io::Result<()> {
    for line in textwrap::wrap(&a.title, width) {
        writeln!(out, "{line}")?;
    }
    let meta: Vec<String> = a
        .date
        .map(|d| d.to_string())
        .into_iter()
        .chain(a.author.clone())
        .collect();
    if !meta.is_empty() {
        writeln!(out, "{}", meta.join(" · "))?;
    }
    for p in paragraphs {
        writeln!(out)?;
        for line in textwrap::wrap(p, width) {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// What loaded, what was skipped and what loaded in part; `seeds`: no PATH was given, so the
/// articles are the built-in ones (and no file was read).
pub fn check(out: &mut impl Write, loaded: &Loaded, seeds: bool) -> io::Result<ExitCode> {
    if seeds {
        writeln!(
            out,
            "{} built-in seed articles loaded (no PATH given, none in the config)",
            loaded.articles.len()
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    for path in &loaded.lossy {
        writeln!(
            out,
            "warning: {}: invalid UTF-8, decoded with replacement characters",
            store::printable_name(&path.to_string_lossy())
        )?;
    }
    // A file loaded in part is not a skipped one: its other records loaded.
    for (label, list) in [("skipped", &loaded.skipped), ("loaded in part", &loaded.partial)] {
        for (path, note) in list {
            let name = store::printable_name(&path.to_string_lossy());
            writeln!(out, "{label}: {name}: {note}")?;
        }
    }
    let files: std::collections::BTreeSet<_> =
        loaded.articles.iter().filter_map(|a| a.path.as_ref()).collect();
    writeln!(
        out,
        "{} loaded from {}; {} skipped; {} loaded in part; {} decoded lossily; {} ignored",
        plural(loaded.articles.len(), "article"),
        plural(files.len(), "file"),
        loaded.skipped.len(),
        loaded.partial.len(),
        loaded.lossy.len(),
        plural(loaded.ignored, "other file"),
    )?;
    // Records left out fail a check as a skipped file does.
    Ok(if loaded.skipped.is_empty() && loaded.partial.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
