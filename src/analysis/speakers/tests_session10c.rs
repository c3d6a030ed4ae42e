//! Invented examples for session 10's third pass: a quote continued after a
//! clause that names someone else only as the subject of a subordinate
//! clause (no news text).

use super::tests::speakers;

#[test]
fn a_name_in_a_clause_hanging_off_the_cue_does_not_take_the_next_quote() {
    let s = speakers(&[
        "Tomas Ferrante and Ilse Varga met the farmers on Friday.",
        "\"I am happy with his answer on the river,\" Ferrante said after Varga spoke. \"My worry is \
         the price of feed.\"",
    ]);
    assert_eq!(s, ["Tomas Ferrante", "Tomas Ferrante"]);
    // A new sentence about someone else still stops the continuation.
    let s = speakers(&[
        "Tomas Ferrante and Ilse Varga met the farmers on Friday.",
        "\"I am happy with his answer on the river,\" Ferrante said. After that Varga spoke. \"My \
         worry is the price of feed.\"",
    ]);
    assert_eq!(s.first().map(String::as_str), Some("Tomas Ferrante"));
    assert_ne!(s.get(1).map(String::as_str), Some("Tomas Ferrante"));
}
