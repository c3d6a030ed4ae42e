//! Invented examples for session 9's second pass: a progressive speech
//! verb, `According to X` opening a sentence, a quote after `but to`, a
//! quote after an untold title, an infinitive speech verb, a paragraph
//! ending on a colon and `X's office said` (no news text).

use super::tests::speakers;

#[test]
fn a_progressive_speech_verb_takes_the_subject_before_is() {
    // `is telling` is no passive: the name before `is` speaks.
    let s =
        speakers(&["Marta Quill is telling diners at a busy harbour cafe that \"I need you on Friday.\""]);
    assert_eq!(s, ["Marta Quill"]);
    // The passive still looks for the agent after `by`.
    let s = speakers(&["The bill was described as \"a lifeline\" by Oren Vasko."]);
    assert_eq!(s, ["Oren Vasko"]);
}

#[test]
fn according_to_opening_a_sentence_names_the_source() {
    let s = speakers(&[
        "According to Ilsa Brandt, the bridge is now \"the worst thing that ever happened to the town.\"",
    ]);
    assert_eq!(s, ["Ilsa Brandt"]);
    // A nearer speech verb of its own speaks instead.
    let s = speakers(&["According to Ilsa Brandt, Ravi Osei told the council: \"We will not pay.\""]);
    assert_eq!(s, ["Ravi Osei"]);
}

#[test]
fn a_quote_after_but_to_goes_on_with_the_clause_before() {
    let s = speakers(&[
        "Lena Dorr said the aim was not to \"make the city rich again\" but to \"make the city whole again.\"",
    ]);
    assert_eq!(s, ["Lena Dorr", "Lena Dorr"]);
}

#[test]
fn a_quote_after_an_untold_title_continues_the_speech_before_it() {
    let s = speakers(&[
        "\"It's too early to tell,\" said Bram Tuller, who hosts the radio show \"Money Talks.\" \"It depends \
         on the economy.\"",
    ]);
    assert_eq!(s, ["Bram Tuller", "-", "Bram Tuller"]);
}

#[test]
fn an_infinitive_speech_verb_takes_the_subject_of_the_verb_before_to() {
    let s = speakers(&[
        "Nils Harrow joked that the harbour was his answer, but went on to say, \"We will win the port.\"",
    ]);
    assert_eq!(s, ["Nils Harrow"]);
    // After a noun (`Harrow's decision to announce`) the infinitive has no subject of its own.
    let s = speakers(&[
        "Nils Harrow's decision to announce the date was a \"sensible thing to do\", Petra Lind told the paper.",
    ]);
    assert_eq!(s, ["Petra Lind"]);
}

#[test]
fn a_paragraph_ending_on_a_colon_introduces_the_next_paragraphs_quote() {
    // No speech verb: the sentence's subject, an organisation too.
    let s = speakers(&[
        "When the senator died, Harlow Mills issued the following statement:",
        "\"Our thoughts are with his family.\"",
    ]);
    assert_eq!(s, ["Harlow Mills"]);
    // A speech verb in an `as` clause names who the colon introduces.
    let s = speakers(&[
        "Of course, as Dana Pruitt observed, the winner was the stage itself:",
        "\"The clear winner of the night was the network.\"",
    ]);
    assert_eq!(s, ["Dana Pruitt"]);
    // Without the colon the paragraph introduces nothing.
    let s = speakers(&[
        "Of course, as Dana Pruitt observed, the winner was the stage itself.",
        "\"The clear winner of the night was the network.\"",
    ]);
    assert_eq!(s, ["-"]);
}

#[test]
fn a_possessive_owner_of_an_office_or_statement_speaks() {
    let s = speakers(&[
        "Carl Ostrow met the nominee on Thursday.",
        "\"We had a good talk about principles,\" Ostrow's office said in a statement.",
    ]);
    assert_eq!(s, ["Carl Ostrow"]);
    // Another noun after the possessive (`Ostrow's driver`) is not the owner speaking.
    let s = speakers(&[
        "Carl Ostrow met the nominee on Thursday.",
        "\"We had a good talk about principles,\" Ostrow's driver said.",
    ]);
    assert_ne!(s, ["Carl Ostrow"]);
}
