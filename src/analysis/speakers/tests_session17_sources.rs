//! Invented examples for session 17's source phrases (`kq17`): each fails
//! with its rule switched off.

use super::tests::speakers;
use super::tests_roles::roles;

#[test]
fn a_name_of_unknown_kind_after_titles_after_said_speaks() {
    // No list knows `Wendo`: the titles say a person is named.
    let s = speakers(&["\"Sales were strong,\" said chief executive Wendo Stazzer."]);
    assert_eq!(s, ["Wendo Stazzer"]);
}

#[test]
fn a_role_set_off_after_a_name_without_its_closing_comma_is_the_name_s() {
    let s = speakers(&["\"We are looking at it,\" Carl Brent, an Acme spokesman told reporters."]);
    assert_eq!(s, ["Carl Brent"]);
}

#[test]
fn a_comma_between_a_titled_subject_and_its_verb_keeps_the_subject() {
    let s = speakers(&["\"Prices will fall,\" shop owner Dana Kell, told the agency."]);
    assert_eq!(s, ["Dana Kell"]);
}

#[test]
fn the_person_quoted_as_saying_speaks_not_the_paper() {
    let s =
        speakers(&["\"We will cut costs,\" the newspaper quoted Acme chief executive Tom Fry as saying."]);
    assert_eq!(s, ["Tom Fry"]);
    // Nobody named: the role speaks, not the agency.
    let paras = ["\"It is our money,\" Reuters quoted a central bank official as saying."];
    assert_eq!(speakers(&paras), ["-"]);
    assert_eq!(roles(&paras), ["central bank official"]);
    let s = speakers(&[
        "Tom Fry was quoted by The Courier newspaper as saying the firm could not stay \"all-local\" for long.",
    ]);
    assert_eq!(s, ["Tom Fry"]);
}

#[test]
fn the_company_in_a_report_about_one_business_is_that_business() {
    let s = speakers(&[
        "Velmora Group has cut 300 jobs.",
        "Velmora Group said sales fell, and Velmora Group shares slid.",
        "The company said the year had been \"very hard\" for staff.",
    ]);
    assert_eq!(s, ["Velmora Group"]);
    // Two organisations named again and again: the noun stays a role.
    let s = speakers(&[
        "Velmora Group has bid for Castane Holdings Inc.",
        "Velmora Group and Castane Holdings Inc met, and Velmora Group and Castane Holdings Inc talked.",
        "The company said the year had been \"very hard\" for staff.",
    ]);
    assert_eq!(s, ["-"]);
}

#[test]
fn the_cardinal_is_the_cardinal_named_before() {
    let s = speakers(&[
        "Cardinal Tom Fry led the Christmas mass.",
        "The cardinal said the new year should bring \"peace at last\" to the region.",
    ]);
    assert_eq!(s, ["Tom Fry"]);
}
