//! The analysis's output: what the store, search index and reader consume.

use serde::{Deserialize, Serialize};

/// What kind of thing a name refers to; `Other` where the rules are unsure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Other,
}

/// A byte range (`start..end`, UTF-8 byte offsets, always on char boundaries)
/// inside one body paragraph of an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

/// One entity as it appears in a single article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LocalEntity {
    /// The fullest form of the name the article (or the gazetteer) gives.
    pub name: String,
    pub kind: EntityKind,
    /// Every distinct surface form seen in the article (without honorifics or `'s`).
    pub aliases: Vec<String>,
}

/// One occurrence of an entity; `entity` indexes `ArticleAnalysis::entities`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub span: Span,
    pub entity: usize,
}

/// One quoted span and who said it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The quote's text without its quotation marks.
    pub span: Span,
    pub text: String,
    /// Index into `ArticleAnalysis::entities`; `None` when the text names nobody.
    pub speaker: Option<usize>,
    /// A role given instead of a name (`a Kremlin spokesman`).
    pub role: Option<String>,
    /// The speech verb as written (`said`, `told`, `according to`).
    pub cue: Option<String>,
}

/// What a quoted span is (see `analysis::analyze_with_kinds`); scare quotes
/// and titles have no speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Reported speech standing as its own sentence or clause.
    Speech,
    /// A fragment of speech woven into the writer's sentence.
    Partial,
    /// Words set off by the writer, said by nobody in particular.
    Scare,
    /// The title of a work.
    Title,
}

/// Everything the analysis knows about one article.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ArticleAnalysis {
    pub entities: Vec<LocalEntity>,
    /// Sorted by position.
    pub mentions: Vec<Mention>,
    /// Sorted by position.
    pub quotes: Vec<Quote>,
}
