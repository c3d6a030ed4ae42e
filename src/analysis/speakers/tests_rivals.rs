//! Invented examples: a pronoun does not reach back past someone else who
//! spoke in between (an unnamed role, a person named since); the rules
//! give the role or nobody rather than the earlier name.

use super::tests::speakers;

#[test]
fn an_unnamed_role_speaking_after_a_name_takes_the_pronoun() {
    let s = speakers(&[
        "Tom Fry said \"plinth\" was the word of the year. A spokesman for the Oxford University \
         Press said that the word was now common. \"I think it was last year's word,\" he said. \
         \"It is used everywhere,\" he added.",
    ]);
    assert_eq!(s, ["Tom Fry", "-", "-"]);
    // The role spoke first, then the name: the pronoun is the name's.
    let s = speakers(&[
        "A spokesman for the Acme Press said that the word was now common. Tom Fry told \
         reporters he disagreed. \"It is a passing fad,\" he said.",
    ]);
    assert_eq!(s, ["Tom Fry"]);
}

#[test]
fn a_definite_role_speaking_after_a_name_is_the_person_it_titles() {
    let s = speakers(&[
        "Coach Tom Fry has criticised the referee. Bob Hale said the match was \"a farce\". \
         The coach said on Friday that a replay was possible. \"It is fair,\" he said.",
    ]);
    assert_eq!(s, ["Bob Hale", "Tom Fry"]);
    // An anonymous role keeps its place, whatever name it carries.
    let s = speakers(&[
        "Ann Lee said sales were \"the best ever\". The Acme Centre spokeswoman said the car parks \
         were full. \"We expect more,\" she added.",
    ]);
    assert_eq!(s, ["Ann Lee", "-"]);
}
