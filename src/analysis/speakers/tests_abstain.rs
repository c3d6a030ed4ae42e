//! Invented examples where the text gives no single speaker and the rules
//! abstain rather than name the nearest person.

use super::tests::speakers;

#[test]
fn two_people_speaking_together_give_no_single_speaker() {
    let s = speakers(&[
        "\"We regret the harm done,\" Acme chief executive Ann Lee and chief operating officer \
         Tom Fry said in the letter. \"It was a dark time.\"",
    ]);
    assert_eq!(s, ["-", "-"]);
    // One person with a title after `and` in another clause still speaks.
    let s =
        speakers(&["The board met and chief operating officer Tom Fry said the plan was \"a fresh start\"."]);
    assert_eq!(s, ["Tom Fry"]);
}

#[test]
fn a_pronoun_with_nobody_in_view_is_the_one_man_named_or_nobody() {
    let two = [
        "Bob Hale met the envoy on Monday. Tom Fry wrote a letter to the board.",
        "The talks lasted for six hours.",
        "Speaking on the radio, he criticised the \"terrible waste\" of money.",
    ];
    assert_eq!(speakers(&two), ["-"]);
    let one = [
        "Bob Hale met the envoy on Monday. The board wrote a letter to him.",
        "The talks lasted for six hours.",
        "Speaking on the radio, he criticised the \"terrible waste\" of money.",
    ];
    assert_eq!(speakers(&one), ["Bob Hale"]);
    // Right after a quote, the nearest man named is still taken.
    let after = [
        "Bob Hale met the envoy on Monday. Tom Fry wrote a letter to the board.",
        "The talks lasted for six hours.",
        "\"It was a terrible waste,\" he said on the radio.",
    ];
    assert_eq!(speakers(&after), ["Tom Fry"]);
}
