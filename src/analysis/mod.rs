//! Who is named and who said what: pure functions over article text.
//!
//! `analyze` runs per article: tokenize → find name candidates → resolve
//! entities → find quotes → attribute speakers. `EntityIndex` then merges
//! entities across articles as they stream in.

mod aliases;
mod byword;
mod capitals;
pub(crate) mod common_words;
pub mod corpus;
pub mod corrections;
mod entities;
mod entity_groups;
mod entity_scratch;
pub mod gazetteer;
mod generic;
pub(crate) mod hash;
mod identity;
mod lexicon;
mod name_context;
mod name_runs;
mod namekey;
mod names;
mod ordinary;
mod packed;
mod place_orgs;
mod quotes;
mod sentences;
mod speakers;
mod surnames;
mod teams;
#[cfg(test)]
mod test_util;
mod tokens;
mod trie;
pub mod types;
mod variants;
mod wordmap;

pub use corpus::{CorpusEntity, EntityId, EntityIndex, Form, HIDDEN, KeyId, KeyStats, Said};
pub use corrections::Corrections;
pub use gazetteer::{Gazetteer, GazetteerEntry, GazetteerError};
pub use ordinary::{Uncounted, WordUse};
pub use types::*;

use std::cell::RefCell;

thread_local! {
    static TOKENS: RefCell<Vec<Vec<tokens::Token>>> = const { RefCell::new(Vec::new()) };
    static CANDIDATES: RefCell<Vec<names::Candidate>> = const { RefCell::new(Vec::new()) };
    static KEYS: RefCell<Vec<namekey::Key>> = const { RefCell::new(Vec::new()) };
    static PIECES: RefCell<Vec<quotes::Piece>> = const { RefCell::new(Vec::new()) };
}

/// Analyses one article's body paragraphs (clean text, title excluded).
pub fn analyze(gazetteer: &Gazetteer, paragraphs: &[String]) -> ArticleAnalysis {
    analyze_with_kinds(gazetteer, paragraphs).0
}

/// `analyze`, plus the kind of each quote (same order as `quotes`).
pub fn analyze_with_kinds(gazetteer: &Gazetteer, paragraphs: &[String]) -> (ArticleAnalysis, Vec<QuoteKind>) {
    let (analysis, kinds, _) = analyze_full(gazetteer, paragraphs);
    (analysis, kinds)
}

/// `analyze_with_kinds`, plus the rule that attributed each quote as `how/who`
/// (see `speakers::Attribution`): for measuring each rule's precision, and the
/// kinds against labelled kinds.
#[doc(hidden)]
pub fn analyze_with_paths(
    gazetteer: &Gazetteer,
    paragraphs: &[String],
) -> (ArticleAnalysis, Vec<QuoteKind>, Vec<String>) {
    let (analysis, kinds, paths) = analyze_full(gazetteer, paragraphs);
    let paths = paths
        .iter()
        .map(|(how, who)| format!("{}/{}", how.as_str(), who.as_str()))
        .collect();
    (analysis, kinds, paths)
}

type Paths = Vec<(speakers::How, speakers::Who)>;

fn analyze_full(gazetteer: &Gazetteer, paragraphs: &[String]) -> (ArticleAnalysis, Vec<QuoteKind>, Paths) {
    // Token, candidate, name-key and quote buffers are reused across articles: no
    // allocation per paragraph or per name, and no large one per article.
    let mut pool = TOKENS.with(|p| std::mem::take(&mut *p.borrow_mut()));
    if pool.len() < paragraphs.len() {
        pool.resize_with(paragraphs.len(), Vec::new);
    }
    let toks = &mut pool[..paragraphs.len()];
    let mut cands = CANDIDATES.with(|c| std::mem::take(&mut *c.borrow_mut()));
    cands.clear();
    for (i, para) in paragraphs.iter().enumerate() {
        tokens::tokenize(para, &mut toks[i]);
        names::find(gazetteer, i, para, &toks[i], &mut cands);
    }
    let toks = &*toks;
    let mut keys = KEYS.with(|k| std::mem::take(&mut *k.borrow_mut()));
    let resolved = entities::resolve(gazetteer, paragraphs, toks, &mut cands, &mut keys);
    KEYS.with(|k| *k.borrow_mut() = keys);
    CANDIDATES.with(|c| *c.borrow_mut() = cands);
    let mut pieces = PIECES.with(|p| std::mem::take(&mut *p.borrow_mut()));
    pieces.clear();
    let mut carried = false;
    for (i, para) in paragraphs.iter().enumerate() {
        carried = quotes::find(i, para, carried, &mut pieces);
    }
    let kinds = resolved.entities.iter().map(|e| e.kind).collect();
    let who = speakers::Speakers::new(
        paragraphs,
        toks,
        &pieces,
        &resolved.located,
        kinds,
        &resolved.genders,
    );
    let attributions = who.attribute(&pieces);
    drop(who);
    TOKENS.with(|p| *p.borrow_mut() = pool);
    let mut quote_kinds = Vec::with_capacity(pieces.len());
    let mut paths = Vec::with_capacity(pieces.len());
    let quotes = pieces
        .iter()
        .zip(attributions)
        .map(|(q, a)| {
            quote_kinds.push(a.kind.unwrap_or(QuoteKind::Speech));
            paths.push((a.how, a.who));
            Quote {
                span: Span {
                    paragraph: q.para,
                    start: q.start,
                    end: q.end,
                },
                text: paragraphs[q.para][q.start..q.end].to_string(),
                speaker: a.speaker,
                role: a.role,
                cue: a.cue,
            }
        })
        .collect();
    PIECES.with(|p| *p.borrow_mut() = pieces);
    let analysis = ArticleAnalysis {
        entities: resolved.entities,
        mentions: resolved.mentions,
        quotes,
    };
    (analysis, quote_kinds, paths)
}

/// Whether `word`, in any case, is an honorific or the head of a title
/// (`mr`, `Sir`, `MINISTER`, `Dr.`): what a person may type before a name
/// that the entity's names leave out.
pub fn is_title_word(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    let mut chars = word.chars();
    let Some(first) = chars.next() else { return false };
    // The word lists hold capitalised words.
    let capitalised: String = first
        .to_uppercase()
        .chain(chars.flat_map(char::to_lowercase))
        .collect();
    let lex = lexicon::Lex::of(&capitalised);
    lex.honorific().is_some() || lex.title()
}
