//! Invented examples for session 10 (PolNeAR train's abstentions and wrong
//! names): a speech verb opening its sentence before its subject (no news
//! text).

use super::tests::speakers;

#[test]
fn a_speech_verb_opening_a_sentence_takes_the_name_after_it() {
    let s = speakers(&[
        "The old mill was turned into a museum last spring. Said Marta Quill, who grew up beside it, \
         \"We were all so proud of it.\"",
    ]);
    assert_eq!(s, ["Marta Quill"]);
    let s = speakers(&[
        "Oren Vasko spoke to the council on Monday.",
        "Continued Vasko: \"The harbour needs a new wall before winter comes.\"",
    ]);
    assert_eq!(s, ["Oren Vasko"]);
    // `Asked about …` opens a participle clause: the subject comes later.
    let s = speakers(&[
        "Ravi Osei met Lena Dorr on Monday. Asked Lena Dorr about the wall, Ravi Osei said: \"We will pay.\"",
    ]);
    assert_eq!(s, ["Ravi Osei"]);
}
