//! Invented examples for session 15's constraints on who can be a quote's
//! speaker (`binding`): each fails with its constraint switched off.

use super::tests::speakers;

#[test]
fn a_person_the_quote_names_does_not_say_it() {
    // `he` would be Tom Fry, the sentence's subject; the quote names him by
    // his given name, so it is the last speaker's.
    let s = speakers(&[
        "\"We need more players,\" said Bob Hale, the manager.",
        "Tom Fry spoke of his anger after the match. \"I've had a quiet word with Tom about \
         it,\" he told the club's website.",
    ]);
    assert_eq!(s, ["Bob Hale", "Bob Hale"]);
}

#[test]
fn a_speaker_naming_themself_in_the_first_person_still_says_it() {
    let s = speakers(&["Tom Fry took the oath on Monday. \"I, Tom Fry, promise to serve,\" he said."]);
    assert_eq!(s, ["Tom Fry"]);
}

#[test]
fn a_name_in_the_cue_outweighs_the_same_name_in_the_quote() {
    let s = speakers(&["\"Nobody is more loyal than Tom Fry,\" Tom Fry said on Monday."]);
    assert_eq!(s, ["Tom Fry"]);
}

#[test]
fn a_pronoun_subject_is_not_a_name_in_its_own_clause() {
    // `He said Mr Fry had …`: he is not Fry, so the person before.
    let s = speakers(&[
        "Bob Hale spoke for the families on Monday.",
        "\"I am very sorry,\" Tom Fry said. He said Mr Fry had spoken with \"great sincerity\".",
    ]);
    assert_eq!(s, ["Tom Fry", "Bob Hale"]);
}

#[test]
fn a_name_in_a_clause_joined_on_is_outside_the_pronoun_s_clause() {
    let s = speakers(&[
        "Ann Lee met the board on Monday.",
        "\"It was grim,\" she said, but Ms Lee later praised the staff.",
    ]);
    assert_eq!(s, ["Ann Lee"]);
}

#[test]
fn a_name_after_a_fronted_clause_is_outside_the_pronoun_s_clause() {
    // The sentence's first subject is `he`, inside `Asked if …,`: it does
    // not command the main clause's subject.
    let s = speakers(&[
        "\"It is over,\" Tom Fry said on Monday.",
        "Asked if he agreed, Tom Fry said that he did not, but was referring to the \"same \
         attitude\".",
    ]);
    assert_eq!(s, ["Tom Fry", "Tom Fry"]);
}

#[test]
fn a_name_as_a_compound_s_modifier_names_nobody() {
    let s = speakers(&["Tom Fry spoke on Monday. \"They want a Fry-style leader,\" he said."]);
    assert_eq!(s, ["Tom Fry"]);
}

#[test]
fn a_name_after_a_double_mark_inside_the_span_is_not_quoted() {
    // A single mark misread makes one span of two quotes and the narrative
    // between them; the name after the inner mark is the writer's.
    let s = speakers(&[
        "\"We need more players,\" said Bob Hale, the manager.",
        "Tom Fry spoke of the offer. He said: \"It makes you stop and say 'what a thing.' \"I would \
         take it over a shared ground.\" Some fans disagreed, but Tom Fry replied: \"I know it \
         upsets people.",
    ]);
    assert_eq!(s, ["Bob Hale", "Tom Fry"]);
}

#[test]
fn a_clause_set_off_by_dashes_leaves_the_name_before_it_the_subject() {
    // Without skipping the dashes, `Ann Lee` is no subject and `he` has
    // nobody in view once the group's name stands first.
    let s = speakers(&[
        "One of the Hadley Five, Ann Lee - who was wrongly jailed in 1990 - said the families were \
         pleased. She said the minister had spoken with \"great care\".",
    ]);
    assert_eq!(s, ["Ann Lee"]);
}
