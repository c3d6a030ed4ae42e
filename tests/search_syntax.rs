//! fzf's extended syntax in the filter: `|`, `$`, `^…$`, `\ ` (`*term` is tested in cli_filter.rs, where the stars are).

mod common;

use byline::search::{Corpus, Query, filter};
use common::corpus_of;

fn corpus() -> Corpus {
    let texts = [
        "Prime minister resigns\n\nThe prime minister quit today.",
        "Minister visits\n\nThe minister met the prime suspect.",
        "Terror attack\n\nAn attack happened in the night.",
        "Attack on the plan\n\nNothing else.",
    ];
    corpus_of(&texts)
}

fn shown(c: &Corpus, q: &str) -> Vec<u32> {
    filter(c, &Query::parse(q)).iter().map(|h| h.article).collect()
}

#[test]
fn an_escaped_space_stays_inside_an_exact_term() {
    let c = corpus();
    assert_eq!(shown(&c, r"'prime\ minister"), [0]);
    // Unescaped, they are two terms, both in article 1 too.
    assert_eq!(shown(&c, "'prime minister"), [0, 1]);
}

#[test]
fn a_dollar_anchors_the_end_of_the_title() {
    let c = corpus();
    assert_eq!(shown(&c, "attack$"), [2]);
    assert_eq!(shown(&c, "Attack$"), Vec::<u32>::new(), "smart case");
    assert_eq!(shown(&c, "!attack$"), [0, 1, 3]);
    assert_eq!(shown(&c, r"^terror\ attack$"), [2]);
    assert_eq!(shown(&c, "^attack$"), Vec::<u32>::new());
}

#[test]
fn a_bar_needs_one_of_its_terms() {
    let c = corpus();
    // A title match ranks above a body match.
    assert_eq!(shown(&c, "'suspect | ^terror"), [2, 1]);
    assert_eq!(shown(&c, "'suspect | ^terror !happened"), [1]);
    assert_eq!(shown(&c, "!'prime | 'night"), [2, 3]);
    assert_eq!(shown(&c, "'nowhere | 'neither"), Vec::<u32>::new());
}
