//! Running a query over the corpus: which articles match, and how well.

use super::corpus::Corpus;
use super::fuzzy::Pattern;
use super::query::{Query, Term, TermKind};
use crate::analysis::EntityId;

/// One matching article; a higher score ranks higher.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub article: u32,
    pub score: i64,
}

/// A title match outranks any match of names or body words.
const TITLE_BONUS: i64 = 1_000_000;
const BODY_SCORE: i64 = 1;

/// The matching articles, best first, ties in corpus order; an empty query
/// gives the whole corpus in order.
pub fn filter(corpus: &Corpus, query: &Query) -> Vec<Hit> {
    let all: Vec<Hit> = corpus
        .order()
        .iter()
        .map(|&article| Hit { article, score: 0 })
        .collect();
    rank(refine(corpus, query, all))
}

/// Re-scores only `previous` hits: for a query that narrows the last one.
pub fn refine(corpus: &Corpus, query: &Query, mut hits: Vec<Hit>) -> Vec<Hit> {
    for h in &mut hits {
        h.score = 0;
    }
    for term in &query.terms {
        let scorer = TermScorer::new(corpus, term);
        hits.retain_mut(|h| match scorer.score(corpus, h.article) {
            Some(s) if !term.negated => {
                h.score += s;
                true
            }
            Some(_) => false,
            None => term.negated,
        });
    }
    hits
}

/// Sorts by score, keeping the incoming (corpus) order for ties.
pub fn rank(mut hits: Vec<Hit>) -> Vec<Hit> {
    hits.sort_by_key(|h| std::cmp::Reverse(h.score));
    hits
}

/// One term, prepared once for every article.
struct TermScorer<'a> {
    term: &'a Term,
    pattern: Pattern,
    /// Per article, the best score from names (fuzzy terms) or membership
    /// (speaker, entity and body-word sets); `None` where not matched.
    by_article: Vec<Option<i64>>,
}

impl<'a> TermScorer<'a> {
    fn new(corpus: &Corpus, term: &'a Term) -> TermScorer<'a> {
        let pattern = Pattern::new(&term.text);
        let mut by_article = Vec::new();
        let mut mark = |articles: &[u32], score: i64| {
            if by_article.is_empty() {
                by_article = vec![None; corpus.len()];
            }
            for &a in articles {
                let slot: &mut Option<i64> = &mut by_article[a as usize];
                *slot = Some(slot.map_or(score, |s| s.max(score)));
            }
        };
        match term.kind {
            TermKind::Fuzzy => {
                corpus
                    .words()
                    .for_prefix(&term.text.to_lowercase(), |arts| mark(arts, BODY_SCORE));
                // Names count where a word of them starts with the term: a
                // fuzzy thread through every long name would match everything.
                // Speakers are entities too: this covers both.
                for (id, score) in fuzzy_entities(corpus, &pattern) {
                    if names_of(corpus, id).any(|n| word_prefix(n, &pattern)) {
                        mark(&corpus.entities().get(id).articles, score);
                    }
                }
            }
            TermKind::Speaker => {
                for id in resolve_term(corpus, term, &pattern) {
                    mark(corpus.speaker_articles(id), 0);
                }
            }
            TermKind::Entity => {
                for id in resolve_term(corpus, term, &pattern) {
                    mark(&corpus.entities().get(id).articles, 0);
                }
            }
            TermKind::Exact | TermKind::TitlePrefix => {}
        }
        TermScorer {
            term,
            pattern,
            by_article,
        }
    }

    fn score(&self, corpus: &Corpus, article: u32) -> Option<i64> {
        let a = corpus.article(article);
        let from_sets = self.by_article.get(article as usize).copied().flatten();
        match self.term.kind {
            TermKind::Fuzzy => match self.pattern.score(&a.title) {
                Some(s) => Some(TITLE_BONUS + s + from_sets.unwrap_or(0)),
                None => from_sets,
            },
            TermKind::Speaker | TermKind::Entity => from_sets,
            TermKind::TitlePrefix => {
                starts_with(&a.title, &self.term.text, self.pattern.case_sensitive()).then_some(TITLE_BONUS)
            }
            TermKind::Exact => {
                let cs = self.pattern.case_sensitive();
                if contains(&a.title, &self.term.text, cs) {
                    Some(TITLE_BONUS)
                } else {
                    a.paragraphs
                        .iter()
                        .any(|p| contains(p, &self.term.text, cs))
                        .then_some(BODY_SCORE)
                }
            }
        }
    }
}

/// An entity's canonical name and aliases.
fn names_of(corpus: &Corpus, id: EntityId) -> impl Iterator<Item = &str> {
    let e = corpus.entities().get(id);
    std::iter::once(&e.name).chain(&e.aliases).map(String::as_str)
}

/// The best fuzzy score of an entity's canonical name and aliases.
fn entity_score(corpus: &Corpus, id: EntityId, pattern: &Pattern) -> Option<i64> {
    names_of(corpus, id).filter_map(|n| pattern.score(n)).max()
}

fn fuzzy_entities(corpus: &Corpus, pattern: &Pattern) -> Vec<(EntityId, i64)> {
    (0..corpus.entities().entities().len() as EntityId)
        .filter_map(|id| Some((id, entity_score(corpus, id, pattern)?)))
        .collect()
}

/// The entities a `@`/`#` term names. Where some name has a word starting
/// with the text (`@lav` → Sergei Lavrov) only those count, so a short
/// name does not drag in every long name its letters happen to thread through.
fn resolve(corpus: &Corpus, pattern: &Pattern, ids: impl Iterator<Item = EntityId>) -> Vec<EntityId> {
    let mut fuzzy = Vec::new();
    let mut prefixed = Vec::new();
    for id in ids {
        if entity_score(corpus, id, pattern).is_none() {
            continue;
        }
        if names_of(corpus, id).any(|n| word_prefix(n, pattern)) {
            prefixed.push(id);
        } else {
            fuzzy.push(id);
        }
    }
    if prefixed.is_empty() { fuzzy } else { prefixed }
}

/// Whether the pattern starts a word of `name` (the rest of the name may follow).
fn word_prefix(name: &str, pattern: &Pattern) -> bool {
    let cs = pattern.case_sensitive();
    let p = pattern.as_str();
    name.char_indices()
        .filter(|&(i, _)| i == 0 || !name[..i].ends_with(char::is_alphanumeric))
        .any(|(i, _)| starts_with(&name[i..], p, cs))
}

fn starts_with(hay: &str, needle: &str, case_sensitive: bool) -> bool {
    if case_sensitive {
        hay.starts_with(needle)
    } else {
        let mut h = hay.chars().flat_map(char::to_lowercase);
        needle
            .chars()
            .flat_map(char::to_lowercase)
            .all(|c| h.next() == Some(c))
    }
}

fn contains(hay: &str, needle: &str, case_sensitive: bool) -> bool {
    if case_sensitive {
        hay.contains(needle)
    } else if needle.is_ascii() {
        let n = needle.as_bytes();
        hay.as_bytes().windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
    } else {
        hay.to_lowercase().contains(&needle.to_lowercase())
    }
}

/// The char indices of `title` the query's positive title terms match, to highlight.
pub fn title_match_indices(query: &Query, title: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for t in query.terms.iter().filter(|t| !t.negated) {
        let pattern = Pattern::new(&t.text);
        match t.kind {
            TermKind::Fuzzy => out.extend(pattern.indices(title).unwrap_or_default()),
            TermKind::TitlePrefix if starts_with(title, &t.text, pattern.case_sensitive()) => {
                out.extend(0..t.text.chars().count())
            }
            TermKind::Exact => {
                let (hay, needle) = if pattern.case_sensitive() {
                    (title.to_owned(), t.text.clone())
                } else {
                    (title.to_lowercase(), t.text.to_lowercase())
                };
                if let Some(byte) = hay.find(&needle) {
                    let start = hay[..byte].chars().count();
                    out.extend(start..start + needle.chars().count());
                }
            }
            _ => {}
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The entities a `@` (speakers only) or `#` term names.
fn resolve_term(corpus: &Corpus, term: &Term, pattern: &Pattern) -> Vec<EntityId> {
    if term.kind == TermKind::Speaker {
        resolve(corpus, pattern, corpus.speakers().into_iter().map(|(id, _)| id))
    } else {
        resolve(corpus, pattern, 0..corpus.entities().entities().len() as EntityId)
    }
}

/// The entities the query's positive terms of `kind` (`@` or `#`) name.
pub(super) fn named(corpus: &Corpus, query: &Query, kind: TermKind) -> Vec<EntityId> {
    let mut out: Vec<EntityId> = query
        .terms
        .iter()
        .filter(|t| t.kind == kind && !t.negated)
        .flat_map(|t| resolve_term(corpus, t, &Pattern::new(&t.text)))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}
