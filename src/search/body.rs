//! Article bodies, kept out of memory: the corpus holds what the list, the
//! filter and the jumps need, and reads a body again (and analyses it again,
//! which is deterministic) when the reader opens it. At 100,000 articles the
//! text and its mention and quote positions were 60% of the reader's memory,
//! and every page of it cost time to fault in while loading.

use crate::analysis::{ArticleAnalysis, EntityId, Gazetteer, HIDDEN, analyze};
use crate::marks::content_hash;
use crate::store::{self, Article, LoadOptions, Outcome};
use std::borrow::Cow;
use std::path::Path;
use std::sync::{Arc, Mutex};

/// Where an article's body comes from.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Stored {
    /// The article's text file (which holds that one article), read again.
    File,
    /// Kept in memory: seeds, and JSON records (re-parsing a big JSON file
    /// to show one record would cost more than keeping it).
    Inline(Box<[String]>),
}

impl Stored {
    /// Takes the body out of `article`, to be read again unless `keep` or
    /// it must stay in memory.
    pub(super) fn take(article: &mut Article, keep: bool) -> Stored {
        let paragraphs = std::mem::take(&mut article.paragraphs);
        match &article.path {
            Some(path) if !keep && !is_json(path) => Stored::File,
            _ => Stored::Inline(paragraphs.into_boxed_slice()),
        }
    }
}

fn is_json(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("json") || e.eq_ignore_ascii_case("jsonl"))
}

/// An article's text with its analysis, as the reader shows it.
#[derive(Debug)]
pub struct Body {
    pub paragraphs: Vec<String>,
    /// Empty when the text is not the one that was indexed (see `problem`):
    /// positions from another text would point at the wrong words.
    pub analysis: ArticleAnalysis,
    /// The corpus entity of each local entity of `analysis`.
    globals: Vec<EntityId>,
    /// Why the text shown is not the indexed one: the file changed or went.
    pub problem: Option<String>,
}

impl Body {
    pub fn new(
        paragraphs: Vec<String>,
        analysis: ArticleAnalysis,
        globals: Vec<EntityId>,
        problem: Option<String>,
    ) -> Body {
        Body {
            paragraphs,
            analysis,
            globals,
            problem,
        }
    }

    /// The corpus entity of mention `m`.
    pub fn mention_entity(&self, m: usize) -> Option<EntityId> {
        let local = self.analysis.mentions.get(m)?.entity;
        self.globals.get(local).copied().filter(|&g| g != HIDDEN)
    }

    /// The corpus entity quote `q` is attributed to.
    pub fn quote_speaker(&self, q: usize) -> Option<EntityId> {
        let local = self.analysis.quotes.get(q)?.speaker?;
        self.globals.get(local).copied().filter(|&g| g != HIDDEN)
    }

    /// Quote `q`'s text, cut from its paragraph.
    pub fn quote_text(&self, q: usize) -> &str {
        let Some(quote) = self.analysis.quotes.get(q) else {
            return "";
        };
        let s = quote.span;
        (self.paragraphs.get(s.paragraph)).map_or("", |p| p.get(s.start..s.end).unwrap_or(""))
    }
}

/// Reads and analyses an article's body; `hash` is the content hash taken
/// when it was indexed, `globals` its local entities' corpus ids.
pub(super) fn read(article: &Article, stored: &Stored, hash: u64, globals: &[EntityId], limit: u64) -> Body {
    let (paragraphs, problem) = match text(article, stored, limit) {
        Ok(paragraphs) if content_hash(&article.title, paragraphs.iter()) == hash => {
            (paragraphs.into_owned(), None)
        }
        Ok(paragraphs) => (
            paragraphs.into_owned(),
            Some("changed on disk since it was loaded".to_owned()),
        ),
        Err(reason) => (Vec::new(), Some(reason)),
    };
    let analysis = match problem {
        None => analyze(Gazetteer::builtin(), &paragraphs),
        Some(_) => ArticleAnalysis::default(),
    };
    Body::new(paragraphs, analysis, globals.to_vec(), problem)
}

/// The body's paragraphs, borrowed when they are in memory.
pub(super) fn text<'a>(
    article: &Article,
    stored: &'a Stored,
    limit: u64,
) -> Result<Cow<'a, [String]>, String> {
    match stored {
        Stored::Inline(p) => Ok(Cow::Borrowed(p)),
        Stored::File => reread(article, limit).map(Cow::Owned),
    }
}

fn reread(article: &Article, limit: u64) -> Result<Vec<String>, String> {
    let path = article.path.as_deref().ok_or("no file to read")?;
    let options = LoadOptions {
        max_file_bytes: limit,
        ..LoadOptions::default()
    };
    match store::read_article_file(path, &article.id, &options) {
        Outcome::Loaded { articles, .. } => (articles.into_iter().next())
            .map(|a| a.paragraphs)
            .ok_or_else(|| "no longer holds an article".to_owned()),
        Outcome::Skipped(reason) => Err(format!("can no longer be read: {reason}")),
    }
}

/// The last few bodies asked for: the reader asks for the open article's on
/// every draw and key, and jumps go back and forth between a few.
#[derive(Default)]
pub(super) struct Recent {
    bodies: Mutex<Vec<(u32, Arc<Body>)>>,
}

const RECENT: usize = 8;

/// A copy of a corpus starts with none: they are only a cache.
impl Clone for Recent {
    fn clone(&self) -> Recent {
        Recent::default()
    }
}

impl Recent {
    pub(super) fn get_or(&self, article: u32, make: impl FnOnce() -> Body) -> Arc<Body> {
        let mut bodies = self.bodies.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(at) = bodies.iter().position(|(a, _)| *a == article) {
            let hit = bodies.remove(at);
            let body = Arc::clone(&hit.1);
            bodies.push(hit);
            return body;
        }
        let body = Arc::new(make());
        if bodies.len() >= RECENT {
            bodies.remove(0);
        }
        bodies.push((article, Arc::clone(&body)));
        body
    }
}
