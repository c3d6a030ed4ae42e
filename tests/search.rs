//! The filter on the seeds: what each kind of term finds, and the ranking.

use byline::search::{Corpus, Query, filter, refine, title_match_indices};
use byline::store;

fn corpus() -> Corpus {
    Corpus::from_articles(store::seeds())
}

/// The ids (first three characters) the query shows, in ranked order.
fn ids(c: &Corpus, q: &str) -> Vec<String> {
    filter(c, &Query::parse(q))
        .iter()
        .map(|h| c.article(h.article).id[..3].to_owned())
        .collect()
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

#[test]
fn empty_query_is_the_whole_corpus_in_order() {
    let c = corpus();
    assert_eq!(ids(&c, ""), ["000", "001", "002", "003", "004"]);
    assert_eq!(ids(&c, "  @ "), ["000", "001", "002", "003", "004"]);
}

#[test]
fn speaker_terms_find_articles_quoting_them_by_any_alias() {
    let c = corpus();
    for q in ["@lavrov", "@Lavrov", "@sergey_lavrov", "@sergei", "@lav"] {
        assert_eq!(sorted(ids(&c, q)), ["001", "002", "003", "004"], "{q}");
    }
    // Haley is named in 000 and 004 and quoted in both.
    assert_eq!(ids(&c, "@haley"), ["000", "004"]);
    assert!(ids(&c, "@nobodyatall").is_empty());
    assert_eq!(sorted(ids(&c, "!@lavrov")), ["000"]);
}

#[test]
fn entity_terms_find_articles_naming_them() {
    let c = corpus();
    assert_eq!(ids(&c, "#haley"), ["000", "004"]);
    assert_eq!(ids(&c, "#nikki_haley"), ["000", "004"]);
    assert_eq!(ids(&c, "#watts"), ["004"]);
    assert_eq!(sorted(ids(&c, "#russia")), ["000", "001", "002", "003", "004"]);
}

#[test]
fn exact_prefix_and_negation() {
    let c = corpus();
    assert_eq!(
        ids(&c, "'Salvatore"),
        Vec::<String>::new(),
        "the byline is not body text"
    );
    assert_eq!(ids(&c, "'ExxonMobil"), ["004"]);
    assert_eq!(
        ids(&c, "'exxonmobil"),
        ["004"],
        "smart case: lower case matches any case"
    );
    assert!(
        ids(&c, "'EXXONMOBIL").is_empty(),
        "smart case: upper case is exact"
    );
    assert_eq!(ids(&c, "'Mobil"), ["004"], "inside a word");
    assert!(ids(&c, "'exxonMobil").is_empty(), "every letter's case counts");
    assert_eq!(sorted(ids(&c, "^russia")), ["000", "001", "003"]);
    assert_eq!(sorted(ids(&c, "!exxonmobil")), ["000", "001", "002", "003"]);
    assert_eq!(ids(&c, "^president 'ExxonMobil"), ["004"]);
}

#[test]
fn bare_terms_rank_title_matches_above_body_matches() {
    let c = corpus();
    // Every seed's body has a word starting with "veto" (vetoed); three titles have "vetoes".
    assert_eq!(sorted(ids(&c, "vetoes")), ["000", "001", "003"]);
    let r = ids(&c, "veto");
    assert_eq!(r.len(), 5);
    assert_eq!(sorted(r[..3].to_vec()), ["000", "001", "003"]);
    // A body-only word: `Tomahawk` is in 002 alone.
    assert_eq!(ids(&c, "tomahawk"), ["002"]);
    // Titles match fuzzily, as in fzf (s…a…r…i…n threads through "says US-Russia
    // relations"); the one article that also has the word ranks first.
    assert_eq!(ids(&c, "sarin")[0], "002");
    // A name only in the body matches through the entity: Clint Watts is in 004.
    assert_eq!(ids(&c, "clint"), ["004"]);
}

#[test]
fn refining_the_last_hits_equals_filtering_afresh() {
    let c = corpus();
    let mut hits = byline::search::matches(&c, &Query::parse("r"));
    for q in [
        "ru",
        "rus",
        "russ",
        "russia",
        "russia v",
        "russia ve",
        "russia veto",
    ] {
        let query = Query::parse(q);
        hits = refine(&c, &query, hits);
        assert_eq!(byline::search::rank(&hits), filter(&c, &query), "{q}");
    }
}

#[test]
fn title_highlights() {
    let q = Query::parse("rsia ^Russia");
    let idx = title_match_indices(&q, "Russia vetoes");
    assert!(idx.starts_with(&[0, 1, 2, 3, 4, 5]), "{idx:?}");
    assert!(title_match_indices(&Query::parse("!russia"), "Russia").is_empty());
}

#[test]
fn one_letter_terms_match_word_starts_in_the_body() {
    let article = |id: &str, text: &str| match store::parse_bytes(text.as_bytes(), "txt", id) {
        byline::store::Outcome::Loaded { mut articles, .. } => articles.remove(0),
        other => panic!("{other:?}"),
    };
    let c = Corpus::from_articles(vec![
        article("a.txt", "Alpha\n\nThe zebra crossing."),
        article("b.txt", "Beta\n\nNothing here, quiz."),
    ]);
    assert_eq!(ids(&c, "z"), ["a.t"]);
    assert_eq!(ids(&c, "q"), ["b.t"]);
    assert_eq!(
        sorted(ids(&c, "h")),
        ["a.t", "b.t"],
        "`The` in a, title `Alpha` and `here` in b"
    );
    assert!(ids(&c, "x").is_empty());
    assert_eq!(ids(&c, "!zebra"), ["b.t"]);
    assert!(
        ids(&c, "!z").is_empty(),
        "`!z` is an inverse exact match: quiz has a z"
    );
}

#[test]
fn a_pass_stops_when_its_answer_is_no_longer_wanted() {
    let c = corpus();
    let q = Query::parse("russia veto");
    assert!(byline::search::matches_until(&c, &q, None, &|| true).is_none());
    let full = byline::search::matches_until(&c, &q, None, &|| false).expect("not stopped");
    assert_eq!(byline::search::rank(&full), filter(&c, &q));
}
