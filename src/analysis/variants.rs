//! Two name keys that are one name: the same words written apart or
//! together, or with and without a plural `s` (`identity.rs` joins them),
//! and the surname a key is when it is a surname alone.

use super::common_words;
use super::corpus::{Form, KeyStats};
use super::gazetteer::Gazetteer;
use super::hash::FxMap;
use super::lexicon::Lex;
use std::sync::OnceLock;

/// The form in which spellings of one name meet: the key without its spaces
/// (`x box` and `xbox`, `spider man` and `spiderman`), a country's demonym
/// in a name of two words or more written as the country (`korean
/// development bank` and `korea development bank`), and, when `plural` may
/// be dropped (no person's name), without the `s` of a common noun's plural
/// at the end of two words or more (`grammy awards` and `grammy award`). A
/// one-word name keeps its `s` (`Barclays` is not `Barclay`), and so does a
/// name's (`St Helens` is not `St Helen's Road`), and a plural after a
/// preposition, which is no head noun (`Court of Appeals`, the US courts,
/// is not the `Court of Appeal`).
pub(super) fn spelling(key: &str, plural: bool) -> String {
    let Some((head, last)) = key.rsplit_once(' ') else {
        return key.to_owned();
    };
    let mut s = String::with_capacity(key.len());
    for word in key.split(' ') {
        s.push_str(country_of(word).unwrap_or(word));
    }
    let after_preposition = head
        .rsplit(' ')
        .next()
        .is_some_and(|w| matches!(w, "of" | "for" | "in" | "on" | "at" | "to"));
    let noun = !after_preposition
        && (last.strip_suffix('s')).is_some_and(|l| !l.ends_with('s') && common_words::level(l).is_some());
    if plural && noun {
        s.pop();
    }
    s
}

/// The country a lowercase demonym names when the demonym is the country's
/// last word and an `n` (`korean` → `korea` of `South Korea`, `russian` →
/// `russia`): the forms a name writes either way. `German`, `British` are
/// no such spellings (`Germa`, `Britis`): their names are written one way.
fn country_of(word: &str) -> Option<&'static str> {
    static COUNTRIES: OnceLock<FxMap<String, String>> = OnceLock::new();
    let table = COUNTRIES.get_or_init(|| {
        let mut table = FxMap::default();
        for e in Gazetteer::builtin().entries() {
            let last_words = std::iter::once(&e.name)
                .chain(&e.aliases)
                .filter_map(|f| f.rsplit(' ').next());
            for place in last_words {
                for d in &e.demonyms {
                    if d.strip_suffix('n') == Some(place) {
                        table.insert(d.to_lowercase(), place.to_lowercase());
                    }
                }
            }
        }
        table
    });
    // Most words end otherwise: no lookup.
    word.ends_with('n')
        .then(|| table.get(word))
        .flatten()
        .map(String::as_str)
}

/// The surname a key of two parts is when the first is a particle (`De
/// Niro`, whose key keeps its leading `de`: `niro`), unless some article
/// writes that word as a given name (`Van`).
pub(super) fn particle_surname(k: &KeyStats) -> Option<&str> {
    let first = |f: &Form| f.text.split([' ', '-']).next().unwrap_or("").to_owned();
    let given =
        (k.forms.iter().filter(|f| f.articles > 0)).any(|f| Lex::of(&first(f)).first_name().is_some());
    (k.parts() == 2 && Lex::of(k.given()).particle() && !given).then(|| k.surname())
}

#[cfg(test)]
mod tests {
    use super::spelling;
    use crate::analysis::test_util::run;
    use crate::analysis::{ArticleAnalysis, EntityIndex};

    /// The rows over these articles, with their aliases.
    fn rows(articles: &[&ArticleAnalysis]) -> Vec<Vec<String>> {
        let mut index = EntityIndex::new();
        for (i, a) in articles.iter().enumerate() {
            index.add(i as u32, a);
        }
        index.resolve();
        index.entities().iter().map(|e| e.aliases.clone()).collect()
    }

    fn one_row(rows: &[Vec<String>], a: &str, b: &str) -> bool {
        rows.iter()
            .any(|r| r.iter().any(|f| f == a) && r.iter().any(|f| f == b))
    }

    #[test]
    fn spellings_meet_without_spaces_and_a_common_nouns_plural() {
        assert_eq!(spelling("zen box", true), spelling("zenbox", true));
        assert_eq!(
            spelling("gold lyre awards", true),
            spelling("gold lyre award", true)
        );
        assert_ne!(
            spelling("gold lyre awards", false),
            spelling("gold lyre award", false)
        );
        assert_ne!(spelling("st kevins", true), spelling("st kevin", true));
        assert_ne!(spelling("barclays", true), spelling("barclay", true));
    }

    #[test]
    fn a_plural_after_a_preposition_is_another_name() {
        assert_ne!(
            spelling("court of appeals", true),
            spelling("court of appeal", true)
        );
        assert_ne!(
            spelling("league for rights", true),
            spelling("league for right", true)
        );
        let us = run(&["He lost his case at the Court of Appeals in Ohio."]);
        let uk = run(&["He lost his case at the Court of Appeal in London."]);
        let rows = rows(&[&uk, &uk, &us]);
        assert!(!one_row(&rows, "Court of Appeal", "Court of Appeals"), "{rows:?}");
    }

    #[test]
    fn a_name_with_a_countrys_demonym_is_the_name_with_the_country() {
        assert_eq!(
            spelling("korean fishery bank", true),
            spelling("korea fishery bank", true)
        );
        assert_ne!(spelling("korean", true), spelling("korea", true));
        let country = run(&["The Korea Fishery Bank cut its rates on Monday."]);
        let demonym = run(&["Shares in Korean Fishery Bank fell on Friday."]);
        let rows = rows(&[&country, &country, &demonym]);
        assert!(
            one_row(&rows, "Korea Fishery Bank", "Korean Fishery Bank"),
            "{rows:?}"
        );
    }

    #[test]
    fn one_name_written_apart_or_together_or_plural_is_one_row() {
        let apart = run(&["Shoppers in Leeds bought Zen Box consoles on Monday."]);
        let together = run(&["Shoppers in Leeds bought Zenbox consoles on Friday."]);
        let plural = run(&["She won two Gold Lyre Awards at the ceremony."]);
        let singular = run(&["The Gold Lyre Award winner was named on Monday."]);
        let rows = rows(&[&apart, &together, &together, &plural, &plural, &singular]);
        assert!(one_row(&rows, "Zenbox", "Zen Box"), "{rows:?}");
        assert!(
            rows.iter().any(|r| r[0] == "Zenbox"),
            "the better-known spelling: {rows:?}"
        );
        assert!(one_row(&rows, "Gold Lyre Awards", "Gold Lyre Award"), "{rows:?}");
    }

    #[test]
    fn a_particle_and_a_surname_alone_is_the_one_person_whose_name_ends_in_it() {
        let particle = run(&["The actor Marco De Pellion arrived in Venice on Friday."]);
        let alone = run(&["Fans queued to see De Pellion in Venice."]);
        let rows = rows(&[&particle, &particle, &alone]);
        assert!(one_row(&rows, "Marco De Pellion", "De Pellion"), "{rows:?}");
    }
}
