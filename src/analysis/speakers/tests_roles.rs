//! Invented examples for session 8: pronouns whose antecedent is an unnamed
//! role, and titles of several roles before a name (no news text).

use super::tests::speakers;
use crate::analysis::{Gazetteer, analyze};

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
