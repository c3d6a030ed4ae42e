//! Invented examples for session 7: what the article tells of a person's
//! gender, and how `he`/`she` use it (no news text).

use super::tests::speakers;

#[test]
fn he_skips_a_woman_the_text_calls_one() {
    // An apposition headed by a gendered noun.
    let s = speakers(&["Dr Zorla Quint, a mother of three, opened the talks. \"We are ready,\" he said."]);
    assert_eq!(s, ["-"]);
    // A gendered noun before the name.
    let s = speakers(&[
        "Mr Pim Mobo came with his wife, Dr Zorla Quint. Dr Quint spoke. \"We are ready,\" he said.",
    ]);
    assert_eq!(s, ["Pim Mobo"]);
    // Her own report of herself.
    let s = speakers(&["Dr Arla Tarsk said she would stay on. \"We are ready,\" he said."]);
    assert_eq!(s, ["-"]);
}

#[test]
fn she_finds_a_woman_by_her_given_name() {
    let s = speakers(&[
        "Dr Olusegun Bako met Dr Ingrid Vang on Monday. Dr Bako left early. \"We are ready,\" she said.",
    ]);
    assert_eq!(s, ["Ingrid Vang"]);
}

#[test]
fn a_name_opening_with_a_known_given_name_is_a_person() {
    // No honorific, no speech verb after it: only the given name says it
    // is a person's, and so who `he` may mean.
    let s = speakers(&["Olusegun Bako runs the depot. \"It is a disgrace,\" he said."]);
    assert_eq!(s, ["Olusegun Bako"]);
}

#[test]
fn a_sentence_subject_that_is_a_guessed_pronoun_carries_no_speech() {
    // `He` is the one person in view but no subject: a guess, so the
    // uncued quote after it is nobody's rather than a guess about a guess.
    let s = speakers(&["The crowd loved Mr Dunmore. He smiled at them. \"It was a long night.\""]);
    assert_eq!(s, ["-"]);
}

#[test]
fn a_royal_title_tells_the_gender() {
    let s = speakers(&["Queen Arla met Dr Pim Mobo. \"We are ready,\" he said."]);
    assert_eq!(s, ["Pim Mobo"]);
}

#[test]
fn an_event_or_a_work_the_gazetteer_knows_is_never_he() {
    let s = speakers(&["Mr Tom Vale's film won at the Academy Awards. \"It was a long night,\" he said."]);
    assert_eq!(s, ["Tom Vale"]);
}
