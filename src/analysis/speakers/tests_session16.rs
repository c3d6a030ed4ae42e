//! Invented examples for session 16's limits on the binding constraints
//! (`binding`): each fails with its limit switched off.

use super::tests::speakers;

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
