//! Invented examples for session 13 (`pn13`): absolute participles and
//! verbs that report words only with a quote beside them (no news text).

use super::tests::speakers;

#[test]
fn an_absolute_participle_speaks_for_the_name_before_it() {
    // A dash or `and` before the name: each participle has its own subject.
    let s = speakers(&[
        "Both men left the talks smiling – Peter Ferrante saying he was \"very hopeful\" and Maria \
         Varga calling it a \"fine day.\"",
    ]);
    assert_eq!(s, ["Peter Ferrante", "Maria Varga"]);
    // `with` and a title before the name, an earlier speech verb in the sentence.
    let s = speakers(&[
        "The mayor responds to the flooding with new walls, with Senator Maria Varga telling \
         reporters the plan was \"far too small.\"",
    ]);
    assert_eq!(s, ["Maria Varga"]);
}

#[test]
fn a_quoting_verb_needs_its_quote_beside_it() {
    let s = speakers(&["Peter Ferrante thanked the nurses for \"keeping the ward open.\""]);
    assert_eq!(s, ["Peter Ferrante"]);
    let s = speakers(&["Maria Varga referred to the plan as \"a bridge too far.\""]);
    assert_eq!(s, ["Maria Varga"]);
    let s = speakers(&["\"This is a great night!\" beamed Peter Ferrante, waving a flag."]);
    assert_eq!(s, ["Peter Ferrante"]);
    // With no quote beside it the verb is no cue.
    let s = speakers(&["\"The ward is closed,\" the sign read, while Peter Ferrante thanked the nurses."]);
    assert_eq!(s, ["-"]);
    // Nor the cue of a quote before it when its own quote follows it.
    let s = speakers(&[
        "Peter Ferrante refers to the mayor, an old friend, as \"the boss,\" while Maria Varga refers \
         to him as \"Pete.\"",
    ]);
    assert_eq!(s, ["Peter Ferrante", "Maria Varga"]);
}

#[test]
fn a_quoting_verb_takes_a_quote_after_its_comma() {
    let s = speakers(&["Maria Varga reacted coolly to the offer, \"We will read it first.\""]);
    assert_eq!(s, ["Maria Varga"]);
}

#[test]
fn quoted_as_saying_speaks_for_the_passive_subject() {
    let s = speakers(&[
        "Peter Ferrante spent the day at the port.",
        "\"The harbour will be open by spring,\" Ferrante is quoted as saying.",
    ]);
    assert_eq!(s, ["Peter Ferrante"]);
}

#[test]
fn a_named_subject_before_a_colon_speaks_the_quote_after_it() {
    let s = speakers(&[
        "Maria Varga, the river board's chair, gave the farmers a blunt message: \"Plant \
                       earlier.\"",
    ]);
    assert_eq!(s, ["Maria Varga"]);
    // Not the object of the sentence, nor a name owning something.
    let s = speakers(&["The farmers gave Maria Varga a blunt message: \"Plant earlier.\""]);
    assert_eq!(s, ["-"]);
}

#[test]
fn a_passive_quoting_verb_is_no_cue() {
    let s = speakers(&[
        "Peter Ferrante said he would retire.",
        "He will be remembered as a \"gentle giant\" by all.",
    ]);
    assert_eq!(s, ["-"]);
}
