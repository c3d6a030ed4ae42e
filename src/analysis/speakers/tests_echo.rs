//! Invented examples (session 12): a fragment no cue gives to anyone is
//! the speaker's whose own quote, later in the article, repeats its words.

use super::tests::speakers;

#[test]
fn a_fragment_repeated_in_a_later_named_quote_is_that_speaker_s() {
    let s = speakers(&[
        "Brackley doubt for the final",
        "Despite the long rest, the striker has only a \"slim\" chance of playing after an \
         injury to his ankle.",
        "\"My chances of playing are very slim,\" said coach Tomas Ferrante. \"The ankle is worse.\"",
    ]);
    assert_eq!(s, ["Tomas Ferrante", "Tomas Ferrante", "Tomas Ferrante"]);
}

#[test]
fn a_term_the_writer_uses_or_a_headline_is_no_echo() {
    // The writer's own term: the article uses it outside quotes too.
    let s = speakers(&[
        "Farm bill passes",
        "The bill sets up \"grain boards\", which would buy the harvest.",
        "\"We want fewer grain boards and more markets,\" said Tomas Ferrante.",
        "Grain boards were tried in 1970.",
    ]);
    assert_eq!(s, ["-", "Tomas Ferrante"]);
    // A headline's words: the editor's, whoever is quoted with them later.
    let s = speakers(&[
        "Feed price 'a scandal' - farmers",
        "\"It is a scandal,\" said Tomas Ferrante.",
    ]);
    assert_eq!(s, ["-", "Tomas Ferrante"]);
}
