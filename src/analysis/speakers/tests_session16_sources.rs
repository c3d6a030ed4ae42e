//! Invented examples for session 16's source phrases (`kq16`): each fails
//! with its rule switched off.

use super::tests::speakers;

#[test]
fn a_name_before_a_common_noun_after_said_modifies_it() {
    // `Hale biographer Ann Lee`: the biographer speaks, not her subject.
    let s = speakers(&[
        "Bob Hale's first record came out in 1971.",
        "\"He was never easy to work with,\" said Hale biographer Ann Lee.",
    ]);
    assert_eq!(s, ["Ann Lee"]);
}

#[test]
fn the_name_then_a_noun_after_said_is_a_description_not_the_name() {
    // `the Galway man` describes Tom Fry; Galway is no speaker.
    let s = speakers(&[
        "Tom Fry was driving home when the crash happened.",
        "\"I was lucky to walk away,\" says the Galway man. \"The car was a wreck.\"",
    ]);
    assert_eq!(s, ["Tom Fry", "Tom Fry"]);
}

#[test]
fn an_organisation_s_name_in_several_parts_still_only_modifies_the_title() {
    // `Deutsche Bank` and `Research` are found as two names; the analyst speaks.
    let s = speakers(&["\"Losses will be heavy,\" said Deutsche Bank Research insurance analyst Ann Lee."]);
    assert_eq!(s, ["Ann Lee"]);
}

#[test]
fn names_joined_by_and_after_of_are_not_the_subject() {
    // `The star of Rain Forest and Tootsie`: the films are in the phrase
    // after `of`, so neither speaks; the star is not named here.
    let s =
        speakers(&["The star of Rain Forest and Tootsie said the industry was \"in a bad way\" on Tuesday."]);
    assert_eq!(s, ["-"]);
}
