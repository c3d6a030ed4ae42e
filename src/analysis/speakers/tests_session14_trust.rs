//! Invented examples for session 14's trust decisions, each taken from the
//! per-path precision pooled over every development set (no news text).

use super::tests::speakers;

#[test]
fn a_name_right_before_a_role_modifies_it_and_does_not_hold_it() {
    // `a Blair aide` is Blair's aide: `the aide` is not Blair.
    let s = speakers(&[
        "Tony Blair met union leaders on Monday.",
        "\"The talks went well,\" a Blair aide said. \"We found common ground,\" the aide said.",
    ]);
    assert_eq!(s, ["-", "-"]);
    // A title before the name, or set off after it, is still held.
    let s = speakers(&[
        "Party adviser Tom Fry met union leaders on Monday.",
        "\"We found common ground,\" the adviser said.",
    ]);
    assert_eq!(s, ["Tom Fry"]);
    let s = speakers(&[
        "Tom Fry, an adviser to the party, met union leaders on Monday.",
        "\"We found common ground,\" the adviser said.",
    ]);
    assert_eq!(s, ["Tom Fry"]);
}

#[test]
fn a_role_named_later_is_not_the_name_inside_the_role() {
    // `a senior Fry adviser` is someone who advises Fry.
    let s = speakers(&[
        "Tom Fry is running for the Senate.",
        "\"That can go a long way,\" said a senior Fry adviser. \"At the same time, we will see.\"",
    ]);
    assert_eq!(s, ["-", "-"]);
}

#[test]
fn a_name_after_to_or_for_is_the_role_s_object_not_its_holder() {
    // `an adviser to Tom Fry` advises Fry.
    let s = speakers(&[
        "Tom Fry is running for the Senate.",
        "\"It is a close race,\" said one longtime adviser to Tom Fry.",
    ]);
    assert_eq!(s, ["-"]);
}
