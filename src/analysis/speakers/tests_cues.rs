//! Invented examples for cues: which verb, colon or dash introduces a quote
//! and where its subject is (no news text).

use super::tests::speakers;

// Invented examples for the session-5 cue rules (no news text).

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

// Invented examples for session 10 (PolNeAR train's abstentions and wrong
// names): a speech verb opening its sentence before its subject, a name
// ending in `-ing` opening a sentence, an impersonal `it` before an
// infinitive speech verb, a `but` clause with no speech verb, `As X wrote,`,
// a scene-setting opening phrase, `in X's words`, a verb woven onto an
// earlier quote, a participle that modifies a noun, `"…," warned X.`, a
// question's cue with a later quote it does not introduce, `put it` and
// evaluative reporting verbs, `X's campaign` opening a sentence (no news
// text).

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

#[test]
fn a_name_ending_in_ing_is_no_opening_participle() {
    // `Boreing said …`: the name is the subject, not a participle phrase.
    let s = speakers(&[
        "Jeremy Boreing leads the club.",
        "Boreing said the members will still meet for drinks, but said, \"It's time we change how we do \
         it,\" promising the club will return to its roots.",
    ]);
    assert_eq!(s, ["Jeremy Boreing"]);
}

#[test]
fn an_impersonal_it_before_an_infinitive_speech_verb_is_nobody() {
    // `it's unrealistic to think that …`: the speech verb is `said`.
    let s = speakers(&[
        "Paul Ryan spoke.",
        "Ryan said it's unrealistic to think that if the city pulls back, \"our walls are going to save us.\"",
    ]);
    assert_eq!(s, ["Paul Ryan"]);
}

#[test]
fn a_but_clause_with_no_speech_verb_goes_on_with_the_clause_before() {
    let s = speakers(&[
        "Penny Nance said she would like the mayor to explain his plan but backs him because there is \
         \"no question\" he is \"the best of the two.\"",
    ]);
    assert_eq!(s, ["Penny Nance", "Penny Nance"]);
    let s = speakers(&[
        "Tom Baker said Sunday that the town would win, but not until the mayor \"admits this is a problem.\"",
    ]);
    assert_eq!(s, ["Tom Baker"]);
    // A `but` clause with its own speech verb is its own.
    let s =
        speakers(&["Tom Baker said the town would win, but Ann Lee told reporters it was \"a problem.\""]);
    assert_eq!(s, ["Ann Lee"]);
}

#[test]
fn an_as_clause_speech_verb_is_the_cue_when_the_main_clause_has_none() {
    let s = speakers(&[
        "The harbour is busy. As Ann Lee wrote last week, \"the town is the centre of the world.\"",
    ]);
    assert_eq!(s, ["Ann Lee"]);
    // A main clause's own speech verb still speaks.
    let s = speakers(&["As Ann Lee wrote last week, Tom Baker told the council: \"We will win.\""]);
    assert_eq!(s, ["Tom Baker"]);
}

#[test]
fn a_scene_setting_phrase_opening_the_sentence_is_not_its_subject() {
    // `a statement` is no role speaking: the name after the comma is.
    let s = speakers(&[
        "In a statement released Thursday, Rep. Tom Baker reacted to the news, saying: \"The killer should be \
         in prison.\"",
    ]);
    assert_eq!(s, ["Tom Baker"]);
    // A dash before the comma: the phrase is not skipped to a name inside it.
    let s = speakers(&[
        "In the letter - addressed to the mayor of Dover, Ann Lee - the senator asks whether \"the town broke \
         the law.\"",
    ]);
    assert_eq!(s, ["-"]);
}

#[test]
fn in_x_s_words_names_the_owner_of_the_words() {
    let s = speakers(&[
        "Acme Weekly named the town a winner because, in Acme Weekly's words, \"they are the best in the land.\"",
    ]);
    assert_eq!(s, ["Acme Weekly"]);
    let s = speakers(&["The town is busy. In the words of Ann Lee, \"they are the best in the land.\""]);
    assert_eq!(s, ["Ann Lee"]);
}

#[test]
fn a_verb_woven_onto_an_earlier_quote_is_not_the_cue_of_a_later_one() {
    // `called "vile"` is that quote's cue; Osei speaks the later one.
    let s = speakers(&[
        "In a clip that Judge Ann Lee called \"vile,\" Ravi Osei voiced a wish to \"burn the town hall down.\"",
    ]);
    assert_eq!(s, ["Ann Lee", "-"]);
    let s = speakers(&[
        "Lee cannot say that \"from his view,\" Ravi Osei added, saying it is \"up to the court.\"",
    ]);
    assert_eq!(s, ["Ravi Osei", "Ravi Osei"]);
    // Set off by a comma, the speech goes on past a name in it.
    let s = speakers(&[
        "Ann Lee, a spokeswoman for the mayor, said, \"Instead of helping,\" Tom Baker \"chose to attack.\"",
    ]);
    assert_eq!(s, ["Ann Lee", "Ann Lee"]);
}

#[test]
fn a_participle_after_a_noun_gives_way_to_a_finite_speech_verb() {
    // `release announcing` modifies the release; Vasko describes.
    let s = speakers(&[
        "Tom Baker hired Oren Vasko. On Thursday, in the Baker release announcing his role, Oren Vasko described \
         the job \"as a long series of steps.\"",
    ]);
    assert_eq!(s, ["Oren Vasko"]);
    // Set off by a comma, the participle keeps the sentence's subject.
    let s = speakers(&[
        "Acme Group vetoed the plan, saying that Dover had consistently stated its \"firm disagreement\" with it.",
    ]);
    assert_eq!(s, ["Acme Group"]);
}

#[test]
fn a_verb_taking_an_object_with_only_a_name_after_it_is_inverted() {
    let s = speakers(&[
        "Ann Lee met Tom Baker.",
        "\"That means a loose cannon is near the job,\" warned Ann Lee.",
    ]);
    assert_eq!(s, ["Ann Lee"]);
}

#[test]
fn a_question_keeps_its_cue_when_the_later_quote_is_not_introduced_by_it() {
    let s = speakers(&[
        "\"Who can remember how many towns I lost?\" Ann Lee asks as a man walks in, saying he is \"here to fix \
         the wall.\"",
    ]);
    assert_eq!(s[0], "Ann Lee");
    // A verb that introduces the next quote is that quote's cue.
    let s = speakers(&["Tom Baker wrote: \"Did we not say so?\" Ann Lee writes back, \"Yes, we did.\""]);
    assert_eq!(s, ["Tom Baker", "Ann Lee"]);
}

#[test]
fn put_it_and_evaluative_reporting_verbs_are_cues() {
    let s = speakers(&["As Ann Lee of the Dover Post puts it, \"the council is unmoved.\""]);
    assert_eq!(s, ["Ann Lee"]);
    let s = speakers(&["Tom Baker credited his win to \"a closed primary that nobody liked.\""]);
    assert_eq!(s, ["Tom Baker"]);
    // `put the box there` reports nothing: the speech verb is `said`.
    let s = speakers(&["Tom Baker said Ann Lee put the box there, \"and nobody moved it.\""]);
    assert_eq!(s, ["Tom Baker"]);
}

#[test]
fn a_possessive_name_before_campaign_opening_a_sentence_speaks() {
    let s = speakers(&[
        "Tom Baker spoke on Monday.",
        "Ann Lee's campaign shrugged off the comments, telling reporters, \"Nobody asked for his support.\"",
    ]);
    assert_eq!(s, ["Ann Lee"]);
}

// Invented examples for session 13 (`pn13`): absolute participles and
// verbs that report words only with a quote beside them (no news text).

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
