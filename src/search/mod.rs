//! Finding articles: the corpus and its indexes, the query language, the filter.

mod analysed;
mod body;
mod by_hash;
mod bytes;
mod cache;
mod compare;
mod corpus;
mod corpus_codec;
mod corpus_decode;
mod cut;
#[cfg(test)]
mod cut_tests;
mod deferred;
mod files;
mod filter;
mod flat;
mod fuzzy;
mod grown;
mod live;
mod loading;
mod memory;
mod names;
mod query;
mod refresh;
mod rescan;
mod resolve;
mod runs;
mod snapshot;
mod stories;
mod text;
mod varint;
mod varint_lists;
mod word_use;
mod words;

pub use analysed::Analysed;
pub use body::Body;
pub use compare::{Comparison, Figure, FigureGroup, Passage, Place, QuoteGroup, Variant, join_across};
pub use corpus::Corpus;
pub use corpus_codec::Part;
pub use deferred::EntityPart;
pub use filter::{Hit, filter, matches, matches_until, rank, refine};
pub use fuzzy::fuzzy_rank;
pub use grown::Carry;
pub use live::spawn_watch;
pub use loading::{CorpusEvent, spawn_loading, spawn_loading_with};
pub use memory::Heap;
pub use query::{Query, Term, TermKind};
pub use refresh::Changes;
pub use resolve::{closest_only, resolve_name};
pub use snapshot::{FileTable, Restored, Summary, save as save_index};
pub use stories::{Stories, Story};
pub use text::title_match_indices;
pub use word_use::{WordCounts, WordsWanted};

impl Query {
    /// The speakers the query's positive `@` terms name, for emphasis in the reader.
    pub fn speakers(&self, corpus: &Corpus) -> Vec<crate::analysis::EntityId> {
        resolve::named(corpus, self, TermKind::Speaker)
    }

    /// The entities the query's positive `#` terms name.
    pub fn entities(&self, corpus: &Corpus) -> Vec<crate::analysis::EntityId> {
        resolve::named(corpus, self, TermKind::Entity)
    }
}
