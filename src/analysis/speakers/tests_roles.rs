//! Invented examples for roles and titles: unnamed roles as speakers and
//! antecedents, titles before and after names, and organisations a role
//! or a one-word name stands for (no news text).

use super::tests::speakers;
use crate::analysis::{Gazetteer, analyze};

// Invented examples for session 8: pronouns whose antecedent is an unnamed
// role, and titles of several roles before a name (no news text).

/// Each quote's role, `-` for none.
pub(super) fn roles(paras: &[&str]) -> Vec<String> {
    let paras: Vec<String> = paras.iter().map(|p| p.to_string()).collect();
    let a = analyze(Gazetteer::builtin(), &paras);
    a.quotes
        .iter()
        .map(|q| q.role.clone().unwrap_or_else(|| "-".into()))
        .collect()
}

#[test]
fn a_pronoun_after_an_unnamed_role_speaking_is_the_role() {
    // The one person named is no subject; the spokesman is.
    let paras = [
        "Much of the money came from the farmer Orvel Tamsk, who backed the drive. But a party \
         spokesman said rivals had spent more. \"We had no choice,\" he added.",
    ];
    assert_eq!(speakers(&paras), ["-"]);
    assert_eq!(roles(&paras), ["party spokesman"]);
}

#[test]
fn she_may_stand_for_a_role_that_says_it_is_a_woman() {
    let paras = [
        "The show with Orvel Tamsk will not return. \"There are no plans,\" a spokeswoman said. \
         She added the pair \"brought real warmth\" to the show.",
    ];
    assert_eq!(speakers(&paras), ["-", "-"]);
    assert_eq!(roles(&paras), ["spokeswoman", "spokeswoman"]);
}

#[test]
fn a_title_of_several_roles_ends_on_the_person_it_names() {
    let s = speakers(&[
        "Quorvex cut its profits. \"We have a solid base,\" said Quorvex president and chief \
         executive John Tamsk.",
    ]);
    assert_eq!(s, ["John Tamsk"]);
}

#[test]
fn a_full_name_closing_an_apposition_before_says_is_its_subject() {
    // `Orvel Tamsk` (no known given name) is a subject only as the name the
    // apposition gives; `he` then means him, not the group named before.
    let s = speakers(&[
        "Quorvex Believers are planning a march. The head of the Quorvex Believers, Orvel Tamsk, says \
         the film hurts them. He called the film \"crude and cheap\".",
    ]);
    assert_eq!(s, ["Orvel Tamsk"]);
}

#[test]
fn an_apposition_after_a_role_that_ends_on_a_person_names_the_role() {
    let s = speakers(&[
        "The star witness, former finance chief John Tamsk, has said that the boss told him to \"fix our books\".",
    ]);
    assert_eq!(s, ["John Tamsk"]);
}

#[test]
fn a_role_after_a_name_and_a_comma_is_that_person_s() {
    // The apposition's closing comma is left out, as news copy often does.
    let s = speakers(&["\"Calls will be free,\" John Tamsk, Quorvex's chief executive told reporters."]);
    assert_eq!(s, ["John Tamsk"]);
}

#[test]
fn a_definite_role_is_not_a_person_the_article_gave_another_formal_title() {
    let s = speakers(&[
        "Home Secretary Tom Fry wants a points system for migrants. Mr Fry is expected to speak \
         on Monday. The prime minister said the rules would be \"toughened up\".",
    ]);
    assert_eq!(s, ["-"]);
    // A lowercase description is no formal title: `the Warriors chief` may
    // be the club's chairman.
    let s = speakers(&[
        "Wigan chairman Bob Hale says there is no quick answer. Mr Hale is calm about it. \
         The Warriors chief said it would be \"a great loss\".",
    ]);
    assert_eq!(s, ["Bob Hale"]);
}

#[test]
fn a_role_after_a_possessive_name_is_not_that_person_s_title() {
    let s = speakers(&[
        "Bob Hale has filed new evidence in the case. Tom Fry's lawyer has asked for the charges \
         to be dropped. The lawyer added that the police \"knew\" where he was.",
    ]);
    assert_eq!(s, ["Bob Hale"]);
}

// Invented examples for session 14's trust decisions, each taken from the
// per-path precision pooled over every development set (no news text).

#[test]
fn a_name_right_before_a_role_modifies_it_and_does_not_hold_it() {
    // `a Blair aide` is Blair's aide: `the aide` is not Blair.
    let s = speakers(&[
        "Tony Blair met union leaders on Monday.",
        "\"The talks went well,\" a Blair aide said. \"We found common ground,\" the aide said.",
    ]);
    assert_eq!(s, ["-", "-"]);
    // A title before the name, or set off after it, is still held.
    let s = speakers(&[
        "Party adviser Tom Fry met union leaders on Monday.",
        "\"We found common ground,\" the adviser said.",
    ]);
    assert_eq!(s, ["Tom Fry"]);
    let s = speakers(&[
        "Tom Fry, an adviser to the party, met union leaders on Monday.",
        "\"We found common ground,\" the adviser said.",
    ]);
    assert_eq!(s, ["Tom Fry"]);
}

#[test]
fn a_role_named_later_is_not_the_name_inside_the_role() {
    // `a senior Fry adviser` is someone who advises Fry.
    let s = speakers(&[
        "Tom Fry is running for the Senate.",
        "\"That can go a long way,\" said a senior Fry adviser. \"At the same time, we will see.\"",
    ]);
    assert_eq!(s, ["-", "-"]);
}

#[test]
fn a_name_after_to_or_for_is_the_role_s_object_not_its_holder() {
    // `an adviser to Tom Fry` advises Fry.
    let s = speakers(&[
        "Tom Fry is running for the Senate.",
        "\"It is a close race,\" said one longtime adviser to Tom Fry.",
    ]);
    assert_eq!(s, ["-"]);
}

// Invented examples for session 9: a relative clause that introduces the
// quote, a hyphenated title after an inverted verb, and a one-word
// organisation name beside its full name (no news text).

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
