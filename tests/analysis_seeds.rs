//! Real behaviour on the five seed articles: entities, alias merges within
//! an article and across the corpus, quotes and their speakers.

mod common;

use std::path::Path;

use byline::analysis::{ArticleAnalysis, EntityIndex, EntityKind, Gazetteer, analyze};
use common::paragraphs;

fn seeds() -> Vec<(String, Vec<String>, ArticleAnalysis)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("seeds/")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let paras = paragraphs(&std::fs::read_to_string(&path).expect("seed text"));
            let analysis = analyze(Gazetteer::builtin(), &paras);
            (
                path.file_name().unwrap().to_string_lossy().into_owned(),
                paras,
                analysis,
            )
        })
        .collect()
}

fn entity<'a>(a: &'a ArticleAnalysis, name: &str) -> Option<(usize, &'a byline::analysis::LocalEntity)> {
    a.entities.iter().enumerate().find(|(_, e)| e.name() == name)
}

/// One article of these paragraphs, analysed with the built-in gazetteer.
fn analyze_paras(paras: &[&str]) -> ArticleAnalysis {
    let paras: Vec<String> = paras.iter().map(|p| p.to_string()).collect();
    analyze(Gazetteer::builtin(), &paras)
}

/// The names of the people found, in the analysis' order.
fn people(a: &ArticleAnalysis) -> Vec<&str> {
    (a.entities.iter())
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| e.name())
        .collect()
}

/// The name given as speaker of quote `i`.
fn speaker(a: &ArticleAnalysis, i: usize) -> Option<&str> {
    a.quotes[i].speaker.map(|s| a.entities[s].name())
}

fn speakers_of(a: &ArticleAnalysis, name: &str) -> Vec<String> {
    a.quotes
        .iter()
        .filter(|q| q.speaker.is_some_and(|s| a.entities[s].name() == name))
        .map(|q| q.text.clone())
        .collect()
}

#[test]
fn gazetteer_names_and_their_aliases_are_one_entity() {
    let all = seeds();
    let (_, paras, a) = &all[0];
    let (us, e) = entity(a, "United States").expect("US");
    assert_eq!(e.kind, EntityKind::Place);
    for form in ["US", "USA", "U.S.", "United States"] {
        assert!(e.aliases().any(|x| x == form), "{form} in {e:?}");
    }
    // "the us has" is the pronoun, not the country.
    for m in a.mentions.iter().filter(|m| m.entity == us) {
        assert_ne!(&paras[m.span.paragraph][m.span.start..m.span.end], "us");
    }
    let (_, russia) = entity(a, "Russia").expect("Russia");
    assert!(russia.aliases().any(|x| x == "Russian Federation"));
    assert!(entity(a, "United Nations").is_some() && entity(a, "White House").is_some());
    let (_, nato) = entity(&all[2].2, "NATO").expect("NATO in 002");
    assert!(
        nato.aliases().eq(["North Atlantic Treaty Organisation"]),
        "{nato:?}"
    );
    assert!(entity(&all[3].2, "Organisation for the Prohibition of Chemical Weapons").is_some());
    assert!(entity(&all[1].2, "Federal Bureau of Investigation").is_some());
}

#[test]
fn mentions_cover_the_name_only_and_are_sorted() {
    for (file, paras, a) in seeds() {
        let mut last = None;
        for m in &a.mentions {
            let text = &paras[m.span.paragraph][m.span.start..m.span.end];
            assert!(
                !text.ends_with("'s") && !text.starts_with("Mr ") && !text.starts_with("President "),
                "{file}: {text}"
            );
            let key = (m.span.paragraph, m.span.start);
            assert!(last < Some(key), "{file}: mentions out of order");
            last = Some(key);
        }
        let mut last = None;
        for q in &a.quotes {
            assert_eq!(paras[q.span.paragraph][q.span.start..q.span.end], q.text);
            assert!(
                last < Some((q.span.paragraph, q.span.start)),
                "{file}: quotes out of order"
            );
            last = Some((q.span.paragraph, q.span.start));
        }
    }
}

#[test]
fn people_are_found_with_titles_and_honorifics_cut_off() {
    let all = seeds();
    let names = |i: usize| {
        all[i]
            .2
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| e.name().to_string())
            .collect::<Vec<_>>()
    };
    let n0 = names(0);
    for want in [
        "Rex Tillerson",
        "Donald Trump",
        "Sergey Lavrov",
        "Nikki Haley",
        "Vladimir Putin",
        "Bashar al Assad",
    ] {
        assert!(n0.iter().any(|n| n == want), "{want} in {n0:?}");
    }
    let n4 = names(4);
    for want in ["Clint Watts", "Francois Delattre", "Peskov", "Safronkov"] {
        assert!(n4.iter().any(|n| n == want), "{want} in {n4:?}");
    }
    // Sentence-initial ordinary words are not names.
    for (_, _, a) in &all {
        for e in &a.entities {
            assert!(
                ![
                    "Tensions", "Stopping", "Giving", "Moments", "Asked", "Drops", "We're"
                ]
                .contains(&e.name()),
                "{}",
                e.name()
            );
        }
    }
}

#[test]
fn surnames_honorifics_and_spellings_join_the_full_name() {
    let all = seeds();
    let (_, lavrov) = entity(&all[4].2, "Sergei Lavrov").expect("Lavrov in 004");
    for form in ["Sergey Lavrov", "Lavrov"] {
        assert!(lavrov.aliases().any(|a| a == form), "{form} in {lavrov:?}");
    }
    let (_, assad) = entity(&all[0].2, "Bashar al Assad").expect("Assad in 000");
    assert!(assad.aliases().any(|a| a == "Assad"));
    let (_, tillerson) = entity(&all[0].2, "Rex Tillerson").expect("Tillerson");
    assert!(
        tillerson.aliases().any(|a| a == "Tillerson"),
        "Mr Tillerson joins"
    );
}

#[test]
fn quotes_and_speakers() {
    let all = seeds();
    let a0 = &all[0].2;
    assert_eq!(
        speakers_of(a0, "Donald Trump")
            .iter()
            .filter(|q| *q == "certainly possible")
            .count(),
        1
    );
    assert!(speakers_of(a0, "Nikki Haley")[0].starts_with("Russia once again"));
    let a2 = &all[2].2;
    let nested = a2
        .quotes
        .iter()
        .find(|q| q.text.starts_with("The principle"))
        .expect("nested quote");
    assert_eq!(
        nested.text,
        "The principle of \"innocent until proven guilty\" has to be respected"
    );
    assert_eq!(
        nested.speaker.map(|s| a2.entities[s].name()),
        Some("Sergei Lavrov")
    );
    let a3 = &all[3].2;
    let she = a3
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Russia once again"))
        .expect("she added");
    assert_eq!(she.speaker, None, "no woman is named before `she added`");
    let kremlin = a3
        .quotes
        .iter()
        .find(|q| q.text.starts_with("No, it can't"))
        .expect("spokesman quote");
    assert_eq!(
        (kremlin.speaker, kremlin.role.as_deref()),
        (None, Some("Kremlin spokesman"))
    );
    let a4 = &all[4].2;
    let watts = a4
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Part of the reason"))
        .expect("Watts");
    assert_eq!(watts.speaker.map(|s| a4.entities[s].name()), Some("Clint Watts"));
    assert_eq!(watts.cue.as_deref(), Some("told"));
}

#[test]
fn corpus_merges_spellings_and_finds_lavrov_quotes_in_four_seeds() {
    let all = seeds();
    let mut index = EntityIndex::new();
    let said: Vec<_> = all
        .iter()
        .enumerate()
        .map(|(i, (_, _, a))| index.add(i as u32, a))
        .collect();
    index.resolve();
    let ids: Vec<Vec<u32>> = said
        .iter()
        .map(|s| s.keys().map(|k| index.entity_of_key(k)).collect())
        .collect();
    let lavrov = index.lookup("Sergey Lavrov").expect("Lavrov");
    assert_eq!(index.lookup("sergei lavrov"), Some(lavrov));
    assert_eq!(index.lookup("Lavrov"), Some(lavrov));
    assert_eq!(index.get(lavrov).name, "Sergei Lavrov");
    assert_eq!(index.get(lavrov).kind, EntityKind::Person);
    let quoted_in: Vec<usize> = all
        .iter()
        .enumerate()
        .filter(|(i, (_, _, a))| {
            a.quotes
                .iter()
                .any(|q| q.speaker.is_some_and(|s| ids[*i][s] == lavrov))
        })
        .map(|(i, _)| i)
        .collect();
    assert_eq!(quoted_in, [1, 2, 3, 4]);
    let haley = index.lookup("Nikki Haley").expect("Haley");
    assert_eq!(index.get(haley).articles, [0, 4]);
    let assad = index.lookup("Bashar Assad").expect("Assad");
    assert_eq!(index.lookup("Bashar al-Assad"), Some(assad));
    assert_eq!(index.lookup("Bashar al Assad"), Some(assad));
    assert_eq!(index.get(assad).articles, [0, 1, 2, 3, 4]);
    assert_eq!(index.lookup("USA"), index.lookup("United States"));
}

#[test]
fn corpus_entities_do_not_depend_on_arrival_order() {
    let all = seeds();
    let build = |order: &[usize]| {
        let mut index = EntityIndex::new();
        for &i in order {
            index.add(i as u32, &all[i].2);
        }
        index.resolve();
        index.entities().to_vec()
    };
    let forward = build(&[0, 1, 2, 3, 4]);
    assert!(forward.len() > 20);
    for order in [[4, 3, 2, 1, 0], [2, 0, 4, 1, 3], [3, 4, 0, 2, 1]] {
        assert_eq!(build(&order), forward, "order {order:?}");
    }
}

#[test]
fn different_people_sharing_a_name_stay_apart() {
    let text = |s: &str| vec![s.to_string()];
    let gaz = Gazetteer::builtin();
    let a = analyze(
        gaz,
        &text("George Bush met Laura Bush and Gordon Brown met Gordon Ramsay. Bush left."),
    );
    let people: Vec<&str> = a.entities.iter().map(|e| e.name()).collect();
    for want in ["George Bush", "Laura Bush", "Gordon Brown", "Gordon Ramsay"] {
        assert!(people.contains(&want), "{want} in {people:?}");
    }
    let mut index = EntityIndex::new();
    index.add(0, &a);
    index.add(1, &analyze(gaz, &text("Mr Brown said Laura Bush agreed.")));
    index.resolve();
    assert_ne!(index.lookup("George Bush"), index.lookup("Laura Bush"));
    assert_ne!(index.lookup("Gordon Brown"), index.lookup("Gordon Ramsay"));
    assert_eq!(index.entities().len(), 4, "{:?}", index.entities());
}

#[test]
fn a_given_name_alone_is_the_one_person_with_it() {
    let text = |s: &str| vec![s.to_string()];
    let gaz = Gazetteer::builtin();
    let a = analyze(
        gaz,
        &text("Paul McCartney will headline the festival. \"We are thrilled,\" Paul said on Monday."),
    );
    let speaker = a.quotes[0].speaker.map(|s| a.entities[s].name());
    assert_eq!(speaker, Some("Paul McCartney"));
    // Two Pauls: `Paul` alone could be either, so it joins neither.
    let b = analyze(
        gaz,
        &text("Paul McCartney met Paul Weller. \"It was fun,\" Paul said."),
    );
    let names: Vec<&str> = b.entities.iter().map(|e| e.name()).collect();
    assert!(
        names.contains(&"Paul McCartney") && names.contains(&"Paul Weller"),
        "{names:?}"
    );
    let speaker = b.quotes[0].speaker.map(|s| b.entities[s].name());
    assert!(
        speaker != Some("Paul McCartney") && speaker != Some("Paul Weller"),
        "{speaker:?}"
    );
}

/// `MP` is a title, as `Minister` is: a party before it and the title itself
/// stay out of the name, whatever the given name (the given-name lists miss
/// `Lembit`), and the person is one row with the bare-name mentions.
#[test]
fn a_party_and_mp_before_a_name_are_the_title() {
    let a = analyze_paras(&[
        "Lib Dem MP Lembit Opik said the bill was flawed.",
        "\"It will not work,\" Mr Opik added. Former Liberal Democrat MP Jackie Ballard agreed.",
    ]);
    let people = people(&a);
    assert!(people.contains(&"Lembit Opik"), "{people:?}");
    assert!(people.contains(&"Jackie Ballard"), "{people:?}");
    assert!(
        a.entities.iter().all(|e| !e.name().starts_with("MP ")),
        "{:?}",
        a.entities
    );
    assert_eq!(speaker(&a, 0), Some("Lembit Opik"));
}

/// A demonym opens an organisation's name (`Danish Broadcasting Corporation`,
/// `Indian Airlines`): it is kept, where before a person's name it is not.
#[test]
fn a_demonym_before_an_organisation_word_is_part_of_its_name() {
    let a = analyze_paras(&[
        "The Danish Broadcasting Corporation and Indian Airlines signed a deal, \
         and the Americans Andy Roddick and Venus Williams watched.",
    ]);
    for name in [
        "Danish Broadcasting Corporation",
        "Indian Airlines",
        "Andy Roddick",
    ] {
        assert!(entity(&a, name).is_some(), "{name} in {:?}", a.entities);
    }
    assert!(
        !a.entities
            .iter()
            .any(|e| e.name().starts_with("Broadcasting") || e.name() == "Airlines"),
        "{:?}",
        a.entities
    );
}

/// An organisation named after a place (`Japan Airlines`, `London School of
/// Economics`) is one organisation, not the place and a stray word; a place
/// alone before a person stays a place.
#[test]
fn a_place_then_an_organisation_word_is_the_organisation() {
    let a = analyze_paras(&[
        "Japan Airlines said fares would rise. A study by the London School of Economics \
         agreed, and London was quiet.",
    ]);
    let kind = |n: &str| entity(&a, n).map(|(_, e)| e.kind);
    assert_eq!(
        kind("Japan Airlines"),
        Some(EntityKind::Organization),
        "{:?}",
        a.entities
    );
    assert_eq!(kind("London School of Economics"), Some(EntityKind::Organization));
    assert_eq!(kind("London"), Some(EntityKind::Place));
    assert_eq!(kind("Airlines"), None);
    assert_eq!(kind("Japan"), None);
}

/// What follows a title's `of` is its see or land (`Archbishop of
/// Canterbury`), not a person: the quote goes to the man the article names,
/// never to `Canterbury`.
#[test]
fn a_title_of_a_place_names_no_person_after_of() {
    let a = analyze_paras(&[
        "Dr Rowan Williams spoke in Lambeth on Sunday.",
        "\"We must listen,\" the Archbishop of Canterbury said.",
    ]);
    assert_eq!(people(&a), ["Rowan Williams"], "{:?}", a.entities);
    assert_ne!(speaker(&a, 0), Some("Canterbury"));
}
