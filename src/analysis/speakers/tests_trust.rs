//! Invented examples for the session-6 rules: who a pronoun may mean, and
//! where the rules abstain rather than guess (no news text).

use super::tests::speakers;

#[test]
fn a_name_after_an_inverted_speech_verb_is_a_subject_for_pronouns() {
    let s = speakers(&[
        "Tom Reed opened the meeting on Monday. The trouble, said Mr Okafor, is the price. \
         \"They ask themselves why,\" he said.",
    ]);
    assert_eq!(s, ["Okafor"]);
    // A name that only modifies a role after the verb is not that subject.
    let s = speakers(&[
        "\"We want everyone to use it,\" said Opera spokeswoman, Berit Lund. \"So we would not \
         leave anyone out.\"",
    ]);
    assert_eq!(s, ["Berit Lund", "Berit Lund"]);
}
