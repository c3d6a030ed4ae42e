//! Invented examples for session 17's chain heads (sp17): who a pronoun or
//! a quote without a cue of its own goes back to.

use super::tests::speakers;

#[test]
fn a_name_in_apposition_after_a_possessive_role_is_the_subject() {
    // `Acme's leader, Bob Hale, has said he …`: Hale is the subject the
    // later `he` means, not the previous quote's speaker.
    let s = speakers(&[
        "\"We will win,\" said Tom Fry. Acme's leader, Bob Hale, has said he is glad to see him go. \
         \"He has talent but no patience,\" he said.",
    ]);
    assert_eq!(s, ["Tom Fry", "Bob Hale"]);
}

#[test]
fn a_single_name_in_apposition_after_a_noun_is_a_subject_too() {
    // `Mr Fry's father, Azmat, said …`: Azmat (of unknown gender) speaks
    // after the previous quote, so the later `he` is no longer surely Fry's.
    let s = speakers(&[
        "\"We will win,\" said Tom Fry. Mr Fry's father, Azmat, said he was proud of him. \"He is a \
         hero to us,\" he said.",
    ]);
    assert_eq!(s, ["Tom Fry", "-"]);
}

#[test]
fn an_unnamed_role_speaking_between_quotes_takes_the_next_quote() {
    let s = speakers(&[
        "\"Prices will rise,\" says Tom Fry. One leading Paris broker said the real reasons may be \
         political. \"If you sue them, their money will not come here.\"",
    ]);
    assert_eq!(s, ["Tom Fry", "-"]);
    let s = speakers(&[
        "\"Prices will rise,\" says Tom Fry. One leading Paris broker said the real reasons may be \
         political. \"If you sue them, their money will not come here,\" he said.",
    ]);
    assert_eq!(s, ["Tom Fry", "-"]);
}

#[test]
fn a_definite_description_speaking_between_quotes_is_the_same_speaker() {
    // A guard: `The TV host said …` describes the speaker already named.
    let s = speakers(&[
        "\"Prices will rise,\" says Tom Fry. The TV host said the real reasons may be \
         political. \"If you sue them, their money will not come here,\" he said.",
    ]);
    assert_eq!(s, ["Tom Fry", "Tom Fry"]);
}

#[test]
fn a_new_source_asking_someone_leaves_the_reply_to_them() {
    // `A reporter asked Mr Hale …`: the reply is the addressee's, not a
    // new source's.
    let s = speakers(&[
        "Bob Hale spoke to the press on Monday. A reporter asked Mr Hale how he felt. He replied: \
         \"The bigger the crowd, the better.\"",
    ]);
    assert_eq!(s, ["Bob Hale"]);
}

#[test]
fn a_single_name_after_a_noun_for_no_person_is_no_subject() {
    // A guard: `the state capital, Sacramento, said` is inside a clause.
    let s = speakers(&[
        "\"We will win,\" said Tom Fry. Bob Hale, who lives outside the state capital, Sacramento, \
         said he still \"prays for a win\".",
    ]);
    assert_eq!(s, ["Tom Fry", "Bob Hale"]);
}
