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

#[test]
fn a_name_after_a_title_phrase_opens_its_sentence() {
    let s = speakers(&[
        "Dan Moss said he wants to play for Martin Reilly. Club manager Reilly is no fan of delays. \
         \"The onus is on the player,\" he said.",
    ]);
    assert_eq!(s, ["Martin Reilly"]);
}

#[test]
fn a_phrase_set_off_after_a_name_is_in_apposition_to_it() {
    // A hyphenated place is one word, and `MP for …` stands for the name before it.
    let s = speakers(&[
        "Mr Dobson, MP for Stoke-on-Trent, Staffordshire, said the plan was \"a shambles from start \
         to finish\".",
    ]);
    assert_eq!(s, ["Dobson"]);
}

#[test]
fn a_role_opening_a_sentence_is_definite_and_finds_its_owner() {
    let s = speakers(&[
        "Anyone moving here will have to pass a test, Home Secretary Charles Clarke has said.",
        "Tory Liam Fox said his party offered a \"clear choice\".",
        "The home secretary said he wanted everyone to \"ensure we can know everybody\".",
    ]);
    assert_eq!(s, ["Liam Fox", "Charles Clarke"]);
}

#[test]
fn a_quote_straight_after_but_goes_on_with_the_clause_before() {
    let s = speakers(&["Mr Clarke said migration helped the economy but \"needed proper policing\"."]);
    assert_eq!(s, ["Clarke"]);
    // `but` before a new subject still opens a clause of its own.
    let s = speakers(&["Mr Clarke praised the scheme, but Ann Lee called it \"a costly mistake\"."]);
    assert_eq!(s, ["Ann Lee"]);
}

#[test]
fn a_role_after_an_article_stands_in_apposition_to_the_name() {
    let s = speakers(&[
        "However, Matt Lowe, a fund manager at Perpetual Trustees said the deal \"is a first step\".",
    ]);
    assert_eq!(s, ["Matt Lowe"]);
}

#[test]
fn a_relative_clause_between_a_name_and_its_verb_is_skipped() {
    let s = speakers(&[
        "Mr Dobson, who was forced to apologise last year for an article in the weekly magazine he \
         edits about the long row over the town's old harbour wall, said the council \"should keep out of it\".",
    ]);
    assert_eq!(s, ["Dobson"]);
}

#[test]
fn a_speaker_of_unknown_kind_named_in_full_is_a_subject_for_he() {
    let s = speakers(&[
        "Prime Minister Dan Moss vowed to act.",
        "Fidelis Nanga, a journalist based in the capital, said the plan was working. \"The minister \
         has given orders,\" he told the radio.",
    ]);
    assert_eq!(s, ["Fidelis Nanga"]);
}

#[test]
fn it_with_no_organisation_in_view_names_nobody() {
    let s = speakers(&[
        "Acme Holdings cut its forecast on Monday.",
        "Prices are expected to rise again this year.",
        "The prime minister's office said costs had grown. It added that some staff \"appear to have \
         received extra pay\".",
    ]);
    assert_eq!(s, ["-"]);
}

#[test]
fn a_name_ending_its_sentence_after_said_is_the_subject_without_a_comma() {
    let s = speakers(&[
        "\"Games teach skills,\" said Dr Carl Gavin. There are games with educational elements \
         said Mr Martin Owen. \"Even in racing games it is not just speed,\" he said.",
    ]);
    assert_eq!(s, ["Carl Gavin", "Martin Owen"]);
}
