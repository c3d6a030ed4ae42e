//! Invented examples for session 19's rules (`sp19`): each fails with its
//! rule switched off.

use super::tests::speakers;

#[test]
fn a_capitalised_title_after_a_place_or_body_leads_to_the_person_after_said() {
    let s = speakers(&[
        "\"Growth will return,\" said UK Chancellor of the Exchequer Tom Fry.",
        "\"We are not convinced,\" said Treasury Under Secretary Ann Lee.",
    ]);
    assert_eq!(s, ["Tom Fry", "Ann Lee"]);
}

#[test]
fn a_name_modifying_the_noun_before_the_verb_is_not_the_subject() {
    // `Oscar` only modifies `winner`: nobody is named as the speaker.
    let s = speakers(&[
        "Jon Fry won an Oscar in March. The Oscar winner said on a visit there was a \"desire\" to go on.",
    ]);
    assert_eq!(s, ["-"]);
}

#[test]
fn a_place_modifying_a_noun_is_no_subject_for_it() {
    // `The UK economy`: the economy is the subject, not the UK.
    let s = speakers(&[
        "The Acme Group said it would cut jobs. The UK economy, on the other hand, is expected to slow.",
        "\"The reversal is a challenge,\" it noted.",
    ]);
    assert_eq!(s, ["Acme Group"]);
}

#[test]
fn a_two_word_demonym_after_said_the_names_nobody() {
    // `the New Zealander` describes someone; `Zealander` is no speaker.
    let s = speakers(&["\"It will take years,\" said the New Zealander."]);
    assert_eq!(s, ["-"]);
}
