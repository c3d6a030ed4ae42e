//! Invented examples for the session-5 cue rules (no news text).

use super::tests::speakers;

#[test]
fn a_quote_closing_on_a_comma_or_question_takes_the_verb_after_it() {
    let s = speakers(&[
        "If the council is wasting money, as critics believe and Greg Lyle denies — \"why would anyone \
         pay?\" asked Dana Holt.",
    ]);
    assert_eq!(s, ["Dana Holt"]);
    // A verb after it that opens the next quote is not its cue.
    let s = speakers(&[
        "After Ray Moss said students might do better at \"smaller colleges,\" Ann Lee said: \"I do not \
         agree with him.\"",
    ]);
    assert_eq!(s, ["Ray Moss", "Ann Lee"]);
}

#[test]
fn a_quote_ending_a_sentence_ends_it_before_the_next_quote() {
    let s = speakers(&[
        "The Green Party issued a statement saying the plan was \"plainly reckless.\" \"We will fight it \
         all the way,\" said Joan Pike, its leader.",
    ]);
    assert_eq!(s, ["Green Party", "Joan Pike"]);
}

#[test]
fn reporting_verbs_beyond_say_are_cues() {
    let s = speakers(&["Ann Lee interjected: \"That is simply not true.\""]);
    assert_eq!(s, ["Ann Lee"]);
    let s = speakers(&["Ray Moss denounced the scheme as \"a waste of public money.\""]);
    assert_eq!(s, ["Ray Moss"]);
    let s = speakers(&["Tom Baker, citing his \"deep concern for the town,\" left the board."]);
    assert_eq!(s, ["Tom Baker"]);
}

#[test]
fn a_quote_with_its_own_unresolved_verb_does_not_continue_the_sentence_before() {
    let s = speakers(&[
        "Dan Ray alleged that the firm misled buyers. To sell the course, the firm released a video \
         that said, \"We will make you rich.\"",
    ]);
    assert_eq!(s, ["-"]);
}

#[test]
fn a_woven_quote_in_a_named_subjects_clause_is_theirs_unless_a_term() {
    let s = speakers(&["Ann Lee groused to the crowd that the network \"never treats me fairly.\""]);
    assert_eq!(s, ["Ann Lee"]);
    // A quoted noun phrase after a determiner is the writer's term.
    let s = speakers(&["Ann Lee is best known for her \"kitchen sink dramas\" on the radio."]);
    assert_eq!(s, ["-"]);
    // Another person named before the quote: nobody.
    let s = speakers(&["Ann Lee met Ray Moss, who is \"a true friend of the town.\""]);
    assert_eq!(s, ["-"]);
}

#[test]
fn a_dash_and_a_name_under_a_quote_sign_it() {
    let s = speakers(&[
        "\"We will build the bridge by spring.\"",
        "— Ann Lee.",
        "\"Nobody believes that.\"",
    ]);
    assert_eq!(s, ["Ann Lee", "-"]);
    // A dash opening a sentence about someone signs nothing.
    let s = speakers(&[
        "\"We will build the bridge by spring.\"",
        "— Ann Lee then left the room.",
    ]);
    assert_eq!(s, ["-"]);
}

#[test]
fn a_name_after_the_verb_is_not_an_inverted_subject_when_the_quote_runs_on_from_it() {
    // The quote woven straight after the name has the name as its subject.
    let s = speakers(&["The report said the council and Ray Moss \"had a duty to warn the town.\""]);
    assert_eq!(s, ["-"]);
    // The verb and its subject are the previous quote's.
    let s = speakers(&[
        "\"The plan is sound,\" said Ann Lee, who wants the town to move from \"slow decline\" to growth.",
    ]);
    assert_eq!(s, ["Ann Lee", "-"]);
}

#[test]
fn while_or_and_before_a_new_subject_and_its_verb_opens_a_clause() {
    let s = speakers(&[
        "Ray Moss suggested the vote be delayed, while Ann Lee said that the \"stakes are far too high\" to wait.",
    ]);
    assert_eq!(s, ["Ann Lee"]);
    let s = speakers(&["Ray Moss praised the plan, and Ann Lee later called it \"very weak on detail.\""]);
    assert_eq!(s, ["Ann Lee"]);
}
