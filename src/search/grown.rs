//! After a live batch that only added articles (`Changes::only_adds_to`),
//! the last pass's matches carry over to the grown corpus: a pass need only
//! look again at them, the new articles, and the old articles the query
//! reaches through an entity now (resolving the entities again may have
//! moved an old article into a name's articles). Any other old article has
//! the same title, words and body as before and no entity mark: each of its
//! positive terms that holds now held before, so if it matches now it
//! matched then. A negated term is the exception (an entity mark that went
//! lets it hold): for those the marks in the old corpus count too, taken at
//! the swap. On 100,000 articles this spares the whole pass each batch cost
//! after its swap; the base is built on the filter's thread, not the UI's.

use super::corpus::Corpus;
use super::filter::Hit;
use super::query::Query;
use super::resolve::through_entities;

/// What a pass over a corpus grown from `old` needs to carry over the
/// matches `applied` had in `old`.
pub struct Carry {
    applied: Query,
    old_len: usize,
    /// Articles a negated term of `applied` reached through `old`'s entities.
    old_reached: Vec<u32>,
}

impl Carry {
    /// At the swap, while `old` is still there.
    pub fn new(old: &Corpus, applied: &Query) -> Carry {
        let mut old_reached = Vec::new();
        let negated = applied.clauses().flatten().filter(|t| t.negated);
        through_entities(old, negated, &mut |articles: &[u32]| {
            old_reached.extend_from_slice(articles)
        });
        Carry {
            applied: applied.clone(),
            old_len: old.len(),
            old_reached,
        }
    }

    /// The articles of `corpus` (the old corpus with articles added after
    /// its own) that may match `applied`, given `matched`, its matches in the
    /// old corpus: in corpus order and unscored, a base for `refine` that
    /// gives what a whole pass over `corpus` would, for `applied` or any
    /// query that narrows it.
    pub fn base(&self, corpus: &Corpus, matched: &[Hit]) -> Vec<Hit> {
        debug_assert!(self.old_len <= corpus.len());
        let mut look = vec![false; corpus.len()];
        for &article in matched.iter().map(|h| &h.article).chain(&self.old_reached) {
            look[article as usize] = true;
        }
        look[self.old_len..].fill(true);
        let terms = self.applied.clauses().flatten();
        through_entities(corpus, terms, &mut |articles: &[u32]| {
            for &a in articles {
                look[a as usize] = true;
            }
        });
        (corpus.order().iter())
            .filter(|&&a| look[a as usize])
            .map(|&article| Hit { article, score: 0 })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{Analysed, filter, matches, refine};
    use crate::store::{Outcome, parse_bytes};

    fn article(text: &str, name: &str) -> crate::store::Article {
        match parse_bytes(text.as_bytes(), "txt", name) {
            Outcome::Loaded { mut articles, .. } => articles.remove(0),
            other => panic!("{other:?}"),
        }
    }

    /// Old articles at even places of the walk, the new ones between them.
    fn corpora() -> (Corpus, Corpus) {
        let old_texts = [
            "Brown warns on rates\n\nBrown said rates would rise. \"We must act,\" Brown said.",
            "Trade gap widens\n\nThe trade deficit grew, officials said.",
            "Howard attacks budget\n\n\"It is a mess,\" said Michael Howard.",
            "Tarot cards sell well\n\nNothing else of note here.",
            "Blair on election\n\nTony Blair said the election would be soon.",
        ];
        let new_texts = [
            "Gordon Brown unveils budget\n\n\"Growth is strong,\" said Gordon Brown, the chancellor.",
            "Chancellor speaks\n\nGordon Brown said trade was up. Gordon Brown added more.",
            "Trade talks resume\n\nTalks on trade resumed in Geneva.",
        ];
        let mut old = Corpus::new();
        for (i, text) in old_texts.iter().enumerate() {
            old.push(Analysed::new(
                article(text, &format!("o{i}.txt")),
                (2 * i as u32, 0),
            ));
        }
        old.settle();
        let mut grown = old.clone();
        for (i, text) in new_texts.iter().enumerate() {
            grown.push(Analysed::new(
                article(text, &format!("n{i}.txt")),
                (2 * i as u32 + 1, 0),
            ));
        }
        grown.settle();
        (old, grown)
    }

    const QUERIES: [&str; 14] = [
        "t",
        "tr",
        "trade",
        "g",
        "gor",
        "brown",
        "gordon brown",
        "@brown",
        "#brown",
        "!brown",
        "!gor",
        "'Brown",
        "trade | budget",
        "^Trade",
    ];

    #[test]
    fn a_pass_over_what_carried_over_ranks_as_a_whole_pass() {
        let (old, grown) = corpora();
        for text in QUERIES {
            let query = Query::parse(text);
            let base = Carry::new(&old, &query).base(&grown, &matches(&old, &query));
            let carried = crate::search::rank(&refine(&grown, &query, base));
            assert_eq!(carried, filter(&grown, &query), "{text}");
        }
    }

    #[test]
    fn the_new_articles_come_in_walk_order_among_the_old_matches() {
        let (old, grown) = corpora();
        let query = Query::parse("trade");
        let base = Carry::new(&old, &query).base(&grown, &matches(&old, &query));
        let places: Vec<u32> = base
            .iter()
            .map(|h| grown.order().iter().position(|&a| a == h.article).unwrap() as u32)
            .collect();
        assert!(places.is_sorted(), "{places:?}");
        // Every new article is looked at; old ones only where they matched
        // or an entity reaches them.
        for new in old.len() as u32..grown.len() as u32 {
            assert!(base.iter().any(|h| h.article == new));
        }
        assert!(!base.iter().any(|h| h.article == 4), "Blair: no trade, no entity");
    }

    /// Without the articles reached through an entity, some query misses
    /// what a whole pass finds: the old articles' "Brown" is Gordon Brown
    /// once the new ones name him in full.
    #[test]
    fn the_old_matches_and_the_new_articles_alone_are_not_enough() {
        let (old, grown) = corpora();
        let naive = |query: &Query| {
            let mut look: Vec<u32> = matches(&old, query).iter().map(|h| h.article).collect();
            look.extend(old.len() as u32..grown.len() as u32);
            (grown.order().iter())
                .filter(|a| look.contains(a))
                .map(|&article| Hit { article, score: 0 })
                .collect()
        };
        let missed: Vec<&str> = (QUERIES.iter().copied())
            .filter(|text| {
                let query = Query::parse(text);
                crate::search::rank(&refine(&grown, &query, naive(&query))) != filter(&grown, &query)
            })
            .collect();
        assert!(missed.contains(&"gor"), "{missed:?}");
    }
}
