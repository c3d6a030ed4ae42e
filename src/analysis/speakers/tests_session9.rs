//! Invented examples for session 9: a relative clause that introduces the
//! quote, a hyphenated title after an inverted verb, and a one-word
//! organisation name beside its full name (no news text).

use super::tests::speakers;

#[test]
fn a_relative_clause_that_introduces_the_quote_names_its_antecedent() {
    // `who said:` straight before the quote: the name it hangs on speaks.
    let s = speakers(&[
        "The plan was backed by the housing minister Orla Venn who said: \"Every town needs \
         homes it can afford.\"",
    ]);
    assert_eq!(s, ["Orla Venn"]);
    // A relative clause's verb that does not introduce the quote is still no cue.
    let s =
        speakers(&["Tomas Brekk, who said last week he would stay, told reporters: \"I am leaving now.\""]);
    assert_eq!(s, ["Tomas Brekk"]);
}

#[test]
fn a_hyphenated_title_after_an_inverted_verb_ends_on_the_name() {
    let s = speakers(&["\"He is a huge bonus for the side,\" said team-mate Dario Fenn."]);
    assert_eq!(s, ["Dario Fenn"]);
    let s = speakers(&["\"The figures are sound,\" said co-founder Ilse Marrow."]);
    assert_eq!(s, ["Ilse Marrow"]);
}

#[test]
fn a_one_word_name_that_opens_an_organisation_name_is_that_organisation() {
    use crate::analysis::types::EntityKind;
    use crate::analysis::{Gazetteer, analyze};
    let paras: Vec<String> = [
        "Velkor Networks has restated its results for three years.",
        "Velkor said the review was over. Velkor added: \"The team shares the board's regret.\"",
    ]
    .iter()
    .map(|p| p.to_string())
    .collect();
    let a = analyze(Gazetteer::builtin(), &paras);
    let velkor: Vec<_> = a
        .entities
        .iter()
        .filter(|e| e.name().starts_with("Velkor"))
        .collect();
    assert_eq!(velkor.len(), 1, "one entity: {velkor:?}");
    assert_eq!(velkor[0].name(), "Velkor Networks");
    assert_eq!(velkor[0].kind, EntityKind::Organization);
    assert_eq!(
        speakers(&paras.iter().map(String::as_str).collect::<Vec<_>>()),
        ["Velkor Networks"]
    );
    // A full person's name still takes its surname first.
    let s = speakers(&[
        "Dana Velkor founded Velkor Networks in 1990.",
        "\"We grew slowly,\" Velkor said.",
    ]);
    assert_eq!(s, ["Dana Velkor"]);
}

#[test]
fn the_bank_names_nobody_when_two_banks_were_named_before() {
    let s = speakers(&[
        "Harbour Bank and Quay Bank were both founded in 1820. The bank said it was \"a different \
         company now\".",
    ]);
    assert_eq!(s, ["-"]);
    // One bank named before: it is the one meant.
    let s =
        speakers(&["Harbour Bank was founded in 1820. The bank said it was \"a different company now\"."]);
    assert_eq!(s, ["Harbour Bank"]);
}

#[test]
fn a_capitalised_title_before_the_verb_is_the_subject_not_the_organisation_it_names() {
    // Not the party that opens the sentence: the title, a definite role
    // (session 14: whole, over its hyphen), goes to the latest subject.
    let s = speakers(&[
        "Tory Ann Brodie said her party offered a choice. The Conservative Party Co-Chairman said \
         the government had \"done nothing for years\" on the issue.",
    ]);
    assert_eq!(s, ["Ann Brodie"]);
    // The title finds the person the article gave it.
    let s = speakers(&[
        "Prime Minister Tom Hale met the unions on Monday.",
        "Speaking in Leeds, the Prime Minister said: \"We will not give way.\"",
    ]);
    assert_eq!(s, ["Tom Hale"]);
}

#[test]
fn a_person_after_a_joint_owner_speaks_not_the_first_name() {
    let s = speakers(&["\"Growth could pick up,\" added Hollis and Crane's Mara Quint."]);
    assert_eq!(s, ["Mara Quint"]);
}
