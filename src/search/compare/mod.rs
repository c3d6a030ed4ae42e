//! What the versions of a story disagree on: figures about the same thing
//! with different values, quotes given to different speakers or reworded or
//! carried by only some, and passages only one version has. Reads the
//! story's bodies again (a handful), so it runs when asked, not at load.

mod figure_sets;
mod figures;
mod noun;
mod passages;
mod quotes;
mod subject;
mod text;
mod word_class;

pub use figures::{Figure, FigureGroup};
pub use passages::Passage;
pub use quotes::{QuoteGroup, Variant, join_across};
/// Story grouping reads the same sentences (`stories::recalls`).
pub(super) use text::sentences;

use super::Corpus;

/// Where something is: the article, the paragraph, and the bytes of that
/// paragraph it takes (a figure's value, a quote, a sentence), which the
/// reader marks when a view opens the article there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    pub article: u32,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

/// A story's versions side by side.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub articles: Vec<u32>,
    /// Those that differ first, then by what they count.
    pub figures: Vec<FigureGroup>,
    /// Quotes carried by more than one article first.
    pub quotes: Vec<QuoteGroup>,
    /// Sentences only one article has.
    pub unique: Vec<Passage>,
    /// Sentences every article has (from the first).
    pub common: Vec<Passage>,
}

impl Comparison {
    /// Compares `articles` (a story's, in its order).
    pub fn of(corpus: &Corpus, articles: &[u32]) -> Comparison {
        let bodies: Vec<_> = articles.iter().map(|&a| (a, corpus.read_body(a))).collect();
        let sentences: Vec<_> = (bodies.iter())
            .map(|(a, body)| (*a, text::sentences(&body.paragraphs)))
            .collect();
        let figures = figures::group(
            (sentences.iter())
                .flat_map(|(a, ss)| ss.iter().flat_map(|s| figures::figures(*a, s)))
                .collect(),
        );
        let mut variants = Vec::new();
        for (a, body) in &bodies {
            for (n, q) in body.analysis.quotes.iter().enumerate() {
                let name = body
                    .quote_speaker(n)
                    .map(|id| corpus.entities().get(id).name.clone());
                variants.push(Variant {
                    place: Place {
                        article: *a,
                        paragraph: q.span.paragraph,
                        start: q.span.start,
                        end: q.span.end,
                    },
                    text: body.quote_text(n).to_owned(),
                    speaker: name,
                    role: q.role.clone(),
                    cue: q.cue.clone(),
                    added: Vec::new(),
                    missing: Vec::new(),
                });
            }
        }
        let mut quotes = quotes::group(variants);
        quotes.sort_by_key(|g| std::cmp::Reverse(g.articles().len()));
        let (unique, common) = passages::passages(&sentences);
        Comparison {
            articles: articles.to_vec(),
            figures,
            quotes,
            unique,
            common,
        }
    }
}
