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
