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
