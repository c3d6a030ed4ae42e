//! Invented examples for the constraints on who can be a quote's speaker
//! (`binding`) and their limits: each fails with its piece switched off.

use super::tests::speakers;

// Invented examples for session 15's constraints on who can be a quote's
// speaker (`binding`): each fails with its constraint switched off.

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

// Invented examples for session 16's limits on the binding constraints
// (`binding`): each fails with its limit switched off.

#[test]
fn a_pronoun_inside_an_adverbial_clause_does_not_command_the_main_clause() {
    // `Two weeks after he said …, Hale resigned`: `he` is inside the
    // `after` clause, so Condition C does not keep it from Hale.
    let s = speakers(&[
        "Bob Hale met Tom Fry on Monday. Two weeks after he said the deal was \"all but done\", \
         Hale resigned.",
    ]);
    assert_eq!(s, ["Bob Hale"]);
}

#[test]
fn a_speech_carried_on_may_name_its_own_speaker() {
    // The second paragraph carries on the speech left open; that it names
    // Fry does not take it from him.
    let s = speakers(&[
        "Tom Fry spoke to reporters on Monday. He said: \"I sent it to the wrong people by mistake.",
        "\"Fry swears shock. It will not happen again.\"",
    ]);
    assert_eq!(s, ["Tom Fry", "Tom Fry"]);
}

#[test]
fn a_subordinator_is_known_whatever_its_first_letter() {
    use super::clauses::subordinator;
    assert!(subordinator("after") && subordinator("After") && subordinator("although"));
    assert!(!subordinator("") && !subordinator("afterwards") && !subordinator("Lee"));
}

#[test]
fn a_pronoun_inside_an_adverbial_clause_commands_nothing_after_it() {
    // `she` is inside the `after … as she said` clause: the main clause
    // naming Lee as an object does not keep `she` from her.
    let s = speakers(&[
        "Ann Lee spoke in Ohio. Two weeks after she lost her cool, as she said, \"I am so tired of \
         it\", Tom Fry jabbed at Ms Lee again.",
    ]);
    assert_eq!(s, ["Ann Lee"]);
}
