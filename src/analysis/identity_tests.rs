//! Which keys are one entity and of what kind, on invented articles.

use crate::analysis::test_util::run;
use crate::analysis::{ArticleAnalysis, EntityIndex, EntityKind};

/// The corpus kind of `name` over these articles.
fn corpus_kind(articles: &[&ArticleAnalysis], name: &str) -> EntityKind {
    let mut index = EntityIndex::new();
    for (i, a) in articles.iter().enumerate() {
        index.add(i as u32, a);
    }
    index.resolve();
    let e = index.entities().iter().find(|e| e.name == name);
    e.unwrap_or_else(|| panic!("no row {name}")).kind
}

#[test]
fn a_work_with_a_given_name_that_most_articles_call_a_work_is_no_person() {
    let work = run(&["Fans queued for the new Harry Potter at midnight."]);
    let person = run(&["Harry Potter said: \"I am tired of it all.\""]);
    let kind = corpus_kind(&[&work, &work, &person], "Harry Potter");
    assert_eq!(kind, EntityKind::Other);
}

/// The rows over these articles.
fn rows(articles: &[&ArticleAnalysis]) -> Vec<(String, EntityKind)> {
    let mut index = EntityIndex::new();
    for (i, a) in articles.iter().enumerate() {
        index.add(i as u32, a);
    }
    index.resolve();
    index
        .entities()
        .iter()
        .map(|e| (e.name.clone(), e.kind))
        .collect()
}

#[test]
fn a_common_word_with_no_kind_or_a_title_alone_names_nothing() {
    let show = run(&["She told the BBC's Breakfast with Frost that taxes would not rise."]);
    let title = run(&["The Lord Chancellor, Lord Falconer, agreed with the plan."]);
    let film = run(&["The film Sideways won five awards on Sunday."]);
    let rows = rows(&[&show, &title, &film]);
    let names: Vec<&str> = rows.iter().map(|(n, _)| n.as_str()).collect();
    assert!(!names.contains(&"Breakfast"), "{names:?}");
    assert!(!names.contains(&"Chancellor"), "{names:?}");
    assert!(names.contains(&"Sideways"), "the gazetteer's film: {names:?}");
}

#[test]
fn a_clubs_name_with_fc_is_the_club_its_town_names() {
    let club = run(&["Carnford have signed a striker, and Carnford striker Tom Dale is fit."]);
    let fc = run(&["Carnford FC confirmed the deal on Monday."]);
    let rows = rows(&[&club, &club, &fc]);
    let carnford: Vec<_> = rows.iter().filter(|(n, _)| n.starts_with("Carnford")).collect();
    assert_eq!(carnford.len(), 1, "{rows:?}");
    assert_eq!(carnford[0].1, EntityKind::Organization);
}

#[test]
fn a_word_called_a_person_as_often_as_a_firm_is_the_firm() {
    let person = run(&["\"We will fight them,\" Zorvex told reporters on Monday."]);
    let firm = run(&["Prices will rise, said Ann Lee, an analyst at Zorvex."]);
    assert_eq!(corpus_kind(&[&person, &firm], "Zorvex"), EntityKind::Organization);
}
