//! Who a `@speaker` or `#entity` term names: exactly that entity when the
//! text is its full name, any case, `_` for a space, titles ignored; and
//! when a term names several, the best-known one's articles first.

mod common;

use byline::search::{Corpus, Query, TermKind, filter, resolve_name};
use byline::store;
use common::corpus_of;

/// Article 0 quotes the little-known Howard; 1-3 the well-known one, who
/// also names John Smith; 4 names John Smithson.
fn howards() -> Corpus {
    let tory = "Tory plans\n\nThe Conservative leader Michael Howard spoke on Monday. \
                \"We will win,\" said Michael Howard. Mr Howard added more. John Smith was there.\n";
    corpus_of(&[
        "Howard Stern returns\n\nThe broadcaster Howard Stern said he would return. \"It is time,\" Mr Stern said.\n",
        tory,
        tory,
        tory,
        "Golf news\n\nThe golfer John Smithson won the open. \"Great day,\" said John Smithson.\n",
    ])
}

fn shown(c: &Corpus, q: &str) -> Vec<u32> {
    filter(c, &Query::parse(q)).iter().map(|h| h.article).collect()
}

fn names(c: &Corpus, ids: &[u32]) -> Vec<String> {
    ids.iter().map(|&id| c.entities().get(id).name.clone()).collect()
}

#[test]
fn an_entity_term_matches_exactly_that_entitys_articles() {
    let c = howards();
    let smith = c
        .entities()
        .entities()
        .iter()
        .find(|e| e.name == "John Smith")
        .unwrap();
    for q in ["#john_smith", "#John_Smith", "#JOHN_SMITH", "#mr_john_smith"] {
        assert_eq!(shown(&c, q), smith.articles, "{q}: not John Smithson's too");
    }
    // A name that is no entity's still finds those it starts.
    assert_eq!(shown(&c, "#john_smi").len(), 4);
}

#[test]
fn a_name_resolves_by_any_spelling_the_reader_accepts() {
    let c = Corpus::from_articles(store::seeds());
    for name in [
        "lavrov",
        "Lavrov",
        "LAVROV",
        "sergey_lavrov",
        "Sergey Lavrov",
        "sergei lavrov",
        "mr lavrov",
        "Mr_Lavrov",
        "Minister Lavrov",
    ] {
        let who = resolve_name(&c, name, TermKind::Speaker);
        assert_eq!(names(&c, &who), ["Sergei Lavrov"], "{name}");
        let q = format!("@{}", name.replace(' ', "_"));
        assert_eq!(shown(&c, &q).len(), 4, "{q}");
    }
    assert!(resolve_name(&c, "nobody_at_all", TermKind::Speaker).is_empty());
}

#[test]
fn several_matching_entities_rank_the_best_known_first() {
    let c = howards();
    // Corpus order would put Howard Stern's article (0) first.
    assert_eq!(shown(&c, "#howard"), [1, 2, 3, 0]);
    assert_eq!(shown(&c, "@howard"), [1, 2, 3, 0]);
    // Ties (one entity) keep the corpus order.
    assert_eq!(shown(&c, "#michael_howard"), [1, 2, 3]);
}
