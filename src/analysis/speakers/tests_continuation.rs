//! Invented examples for quotes without a cue of their own: a speech carried
//! on from the sentence or paragraph before, chain heads, and echoes of a
//! later quote (no news text).

use super::tests::speakers;

// Invented examples for session 9's second pass: a progressive speech
// verb, `According to X` opening a sentence, a quote after `but to`, a
// quote after an untold title, an infinitive speech verb, a paragraph
// ending on a colon and `X's office said` (no news text).

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

// Invented examples for session 10's third pass: a quote continued after a
// clause that names someone else only as the subject of a subordinate
// clause (no news text).

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

// Invented examples for session 17's chain heads (sp17): who a pronoun or
// a quote without a cue of its own goes back to.

#[test]
fn a_name_in_apposition_after_a_possessive_role_is_the_subject() {
    // `Acme's leader, Bob Hale, has said he …`: Hale is the subject the
    // later `he` means, not the previous quote's speaker.
    let s = speakers(&[
        "\"We will win,\" said Tom Fry. Acme's leader, Bob Hale, has said he is glad to see him go. \
         \"He has talent but no patience,\" he said.",
    ]);
    assert_eq!(s, ["Tom Fry", "Bob Hale"]);
}

#[test]
fn a_single_name_in_apposition_after_a_noun_is_a_subject_too() {
    // `Mr Fry's father, Azmat, said …`: Azmat (of unknown gender) speaks
    // after the previous quote, so the later `he` is no longer surely Fry's.
    let s = speakers(&[
        "\"We will win,\" said Tom Fry. Mr Fry's father, Azmat, said he was proud of him. \"He is a \
         hero to us,\" he said.",
    ]);
    assert_eq!(s, ["Tom Fry", "-"]);
}

#[test]
fn an_unnamed_role_speaking_between_quotes_takes_the_next_quote() {
    let s = speakers(&[
        "\"Prices will rise,\" says Tom Fry. One leading Paris broker said the real reasons may be \
         political. \"If you sue them, their money will not come here.\"",
    ]);
    assert_eq!(s, ["Tom Fry", "-"]);
    let s = speakers(&[
        "\"Prices will rise,\" says Tom Fry. One leading Paris broker said the real reasons may be \
         political. \"If you sue them, their money will not come here,\" he said.",
    ]);
    assert_eq!(s, ["Tom Fry", "-"]);
}

#[test]
fn a_definite_description_speaking_between_quotes_is_the_same_speaker() {
    // A guard: `The TV host said …` describes the speaker already named.
    let s = speakers(&[
        "\"Prices will rise,\" says Tom Fry. The TV host said the real reasons may be \
         political. \"If you sue them, their money will not come here,\" he said.",
    ]);
    assert_eq!(s, ["Tom Fry", "Tom Fry"]);
}

#[test]
fn a_new_source_asking_someone_leaves_the_reply_to_them() {
    // `A reporter asked Mr Hale …`: the reply is the addressee's, not a
    // new source's.
    let s = speakers(&[
        "Bob Hale spoke to the press on Monday. A reporter asked Mr Hale how he felt. He replied: \
         \"The bigger the crowd, the better.\"",
    ]);
    assert_eq!(s, ["Bob Hale"]);
}

#[test]
fn a_single_name_after_a_noun_for_no_person_is_no_subject() {
    // A guard: `the state capital, Sacramento, said` is inside a clause.
    let s = speakers(&[
        "\"We will win,\" said Tom Fry. Bob Hale, who lives outside the state capital, Sacramento, \
         said he still \"prays for a win\".",
    ]);
    assert_eq!(s, ["Tom Fry", "Bob Hale"]);
}

// Invented examples (session 12): a fragment no cue gives to anyone is
// the speaker's whose own quote, later in the article, repeats its words.

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

// Invented examples for session 20's interview pieces (`sole`): speech with
// no cue where every attributed quote is one person's.

#[test]
fn uncued_speech_in_a_piece_quoting_one_person_is_theirs() {
    let s = speakers(&[
        "Marta Quill should never have walked again.",
        "\"The first week was the worst,\" says Quill.",
        "She spent a month in a clinic near the coast.",
        "\"I learned to be patient with my body.\"",
        "She now trains twice a day.",
        "\"The doctors were amazed,\" Quill added.",
    ]);
    assert_eq!(s, ["Marta Quill", "Marta Quill", "Marta Quill"]);
}

#[test]
fn uncued_speech_stays_unnamed_when_someone_else_speaks() {
    let s = speakers(&[
        "Marta Quill should never have walked again.",
        "\"The first week was the worst,\" says Quill.",
        "She spent a month in a clinic near the coast.",
        "\"I learned to be patient with my body.\"",
        "\"She is a fighter,\" said her coach Oren Vasko.",
        "\"The doctors were amazed,\" Quill added.",
    ]);
    assert_eq!(s, ["Marta Quill", "-", "Oren Vasko", "Marta Quill"]);
}

#[test]
fn uncued_speech_opened_by_words_the_rules_cannot_read_stays_unnamed() {
    let s = speakers(&[
        "Marta Quill should never have walked again.",
        "\"The first week was the worst,\" says Quill.",
        "She spent a month in a clinic near the coast.",
        "\"You must rest for a month,\" reads a letter from the clinic.",
        "She now trains twice a day.",
        "\"The doctors were amazed,\" Quill added.",
    ]);
    assert_eq!(s, ["Marta Quill", "-", "Marta Quill"]);
}

#[test]
fn uncued_speech_before_the_person_s_first_quote_stays_unnamed() {
    let s = speakers(&[
        "\"Nobody saw it coming.\"",
        "The race was held in the rain.",
        "\"The first week was the worst,\" says Marta Quill.",
        "She now trains twice a day.",
        "\"The doctors were amazed,\" Quill added.",
    ]);
    assert_eq!(s, ["-", "Marta Quill", "Marta Quill"]);
}

#[test]
fn uncued_speech_that_names_the_person_is_not_theirs() {
    // Words about her, set off with no cue, are someone else's.
    let s = speakers(&[
        "Marta Quill should never have walked again.",
        "\"The first week was the worst,\" says Quill.",
        "She spent a month in a clinic near the coast.",
        "\"Quill never once asked us to stop.\"",
        "\"The doctors were amazed,\" Quill added.",
    ]);
    assert_eq!(s, ["Marta Quill", "-", "Marta Quill"]);
}

#[test]
fn uncued_speech_after_a_fragment_in_its_paragraph_stays_unnamed() {
    // The carried-on rules judge a quote after another in one paragraph;
    // where they abstain, the sole speaker does not step in.
    let s = speakers(&[
        "Marta Quill should never have walked again.",
        "\"The first week was the worst,\" says Quill.",
        "The clinic called her \"a miracle\". \"Nobody believed it at first.\"",
        "\"The doctors were amazed,\" Quill added.",
    ]);
    assert_eq!(s, ["Marta Quill", "-", "-", "Marta Quill"]);
}
