//! Who a name names: the entities a `@speaker` or `#entity` term stands for,
//! shared by the filter and the command line's `--speaker`.

use super::corpus::Corpus;
use super::fuzzy::Pattern;
use super::query::{Query, Term, TermKind};
use super::text::starts_with;
use crate::analysis::{EntityId, is_title_word};

/// The entities `name` names (for `TermKind::Speaker`, only those quoted),
/// spelt in any case, `_` for a space, with or without titles (`mr_blair`).
/// An entity with exactly that canonical name (what the pickers write) wins
/// alone, so `#gordon_brown` is not also `Exchequer Gordon Brown` and counts
/// what the picker counts; else those with a name word the text
/// starts (`lav` → Sergei Lavrov), so a short name does not drag in every long
/// name its letters thread through; failing any, every fuzzy match.
pub fn resolve_name(corpus: &Corpus, name: &str, kind: TermKind) -> Vec<EntityId> {
    resolve(corpus, name, kind).0
}

/// `resolve_name`'s entities, and whether they are only the fuzzy
/// fallback's: no name is or starts with the text (`@gbrown`), or none
/// is the one meant (`@haley` threads through `cHArLEs kennedY`).
fn resolve(corpus: &Corpus, name: &str, kind: TermKind) -> (Vec<EntityId>, bool) {
    let keep = |id: &EntityId| kind != TermKind::Speaker || corpus.is_speaker(*id);
    let full = normalized(name);
    let bare = without_titles(&full);
    let texts = if bare == full {
        [bare, ""]
    } else {
        [full.as_str(), bare]
    };
    for text in texts.into_iter().filter(|t| !t.is_empty()) {
        let mut ids = prefixed(corpus, &Pattern::new(text));
        ids.retain(keep);
        let exact: Vec<EntityId> = (ids.iter().copied())
            .filter(|&id| normalized(&corpus.entities().get(id).name) == text)
            .collect();
        if !exact.is_empty() {
            return (exact, false);
        }
        if !ids.is_empty() {
            return (ids, false);
        }
    }
    let pattern = Pattern::new(if bare.is_empty() { &full } else { bare });
    let fuzzy = (0..corpus.entities().entities().len() as EntityId)
        .filter(keep)
        .filter(|&id| entity_score(corpus, id, &pattern).is_some())
        .collect();
    (fuzzy, true)
}

/// A positive `@`/`#` term of a query and the entities it names.
pub struct NamedTerm {
    pub kind: TermKind,
    pub text: String,
    pub ids: Vec<EntityId>,
    /// No name is or starts with the text: `ids` are only the fuzzy
    /// fallback's (`@haley` threading through `cHArLEs kennedY`).
    pub fuzzy: bool,
}

/// The query's positive `@`/`#` terms, each resolved once: the reader's
/// emphasis, focus and closest-name note all read them, every keystroke.
pub fn named_terms(corpus: &Corpus, query: &Query) -> Vec<NamedTerm> {
    (query.terms.iter())
        .filter(|t| !t.negated && matches!(t.kind, TermKind::Speaker | TermKind::Entity))
        .map(|t| {
            let (ids, fuzzy) = resolve(corpus, &t.text, t.kind);
            NamedTerm {
                kind: t.kind,
                text: t.text.clone(),
                ids,
                fuzzy,
            }
        })
        .collect()
}

/// Lower case, `_` as a space, one space between words: names compare in
/// any case (`@BLAIR`), unlike other terms' smart case.
fn normalized(name: &str) -> String {
    let lower = name.to_lowercase().replace('_', " ");
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` without its leading honorifics and titles (`mr blair` → `blair`).
fn without_titles(text: &str) -> &str {
    let mut rest = text;
    while let Some((word, after)) = rest.split_once(' ')
        && is_title_word(word)
    {
        rest = after;
    }
    if is_title_word(rest) { "" } else { rest }
}

/// An entity's canonical name and aliases.
fn names_of(corpus: &Corpus, id: EntityId) -> impl Iterator<Item = &str> {
    let e = corpus.entities().get(id);
    std::iter::once(&e.name).chain(&e.aliases).map(String::as_str)
}

/// The best fuzzy score of an entity's canonical name and aliases.
pub(super) fn entity_score(corpus: &Corpus, id: EntityId, pattern: &Pattern) -> Option<i64> {
    names_of(corpus, id).filter_map(|n| pattern.score(n)).max()
}

/// Entities with a name word that the pattern starts (`lav` → Sergei
/// Lavrov; `sergei lav` too), found through the name index.
pub(super) fn prefixed(corpus: &Corpus, pattern: &Pattern) -> Vec<EntityId> {
    let first = pattern
        .as_str()
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty());
    let Some(first) = first else { return Vec::new() };
    let mut ids = corpus.names().starting_with(&first.to_lowercase());
    ids.retain(|&id| names_of(corpus, id).any(|n| word_prefix(n, pattern)));
    ids
}

/// Whether the pattern starts a word of `name` (the rest of the name may follow).
fn word_prefix(name: &str, pattern: &Pattern) -> bool {
    let cs = pattern.case_sensitive();
    let p = pattern.as_str();
    name.char_indices()
        .filter(|&(i, _)| i == 0 || !name[..i].ends_with(char::is_alphanumeric))
        .any(|(i, _)| starts_with(&name[i..], p, cs))
}

/// Marks the articles `term` reaches through the entities (names, speakers):
/// the only part of a term's score that can change for an article whose text
/// did not, when others come and the entities are resolved again.
pub(super) fn mark_through_entities(
    corpus: &Corpus,
    term: &Term,
    pattern: &Pattern,
    mark: &mut impl FnMut(&[u32], i64),
) {
    match term.kind {
        // Names count where a word of them starts with the term: a fuzzy
        // thread through every long name would match everything. Speakers
        // are entities too: this covers both.
        TermKind::Fuzzy => {
            for id in prefixed(corpus, pattern) {
                if let Some(score) = entity_score(corpus, id, pattern) {
                    mark(&corpus.entities().get(id).articles, score);
                }
            }
        }
        // Where a term names several, each article scores by its
        // best-known one (in the most articles): `@howard` puts Michael
        // Howard's articles above those of a Howard quoted once.
        TermKind::Speaker | TermKind::Entity => {
            for id in resolve_name(corpus, &term.text, term.kind) {
                let articles = match term.kind {
                    TermKind::Speaker => corpus.speaker_articles(id),
                    _ => &corpus.entities().get(id).articles,
                };
                mark(articles, articles.len() as i64);
            }
        }
        TermKind::Exact | TermKind::TitlePrefix | TermKind::TitleSuffix | TermKind::Title => {}
    }
}

/// Calls `reached` with every list of articles one of `terms` reaches
/// through the entities of `corpus` (`mark_through_entities`).
pub(super) fn through_entities<'t>(
    corpus: &Corpus,
    terms: impl Iterator<Item = &'t Term>,
    reached: &mut impl FnMut(&[u32]),
) {
    for term in terms {
        let pattern = Pattern::new(&term.text);
        mark_through_entities(corpus, term, &pattern, &mut |articles, _| reached(articles));
    }
}
