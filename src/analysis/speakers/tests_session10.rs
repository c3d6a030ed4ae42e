//! Invented examples for session 10 (PolNeAR train's abstentions and wrong
//! names): a speech verb opening its sentence before its subject, a name
//! ending in `-ing` opening a sentence, an impersonal `it` before an
//! infinitive speech verb, a `but` clause with no speech verb, `As X wrote,`,
//! a scene-setting opening phrase, `in X's words`, a verb woven onto an
//! earlier quote, a participle that modifies a noun, `"…," warned X.`, a
//! question's cue with a later quote it does not introduce, `put it` and
//! evaluative reporting verbs, `X's campaign` opening a sentence (no news
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
