//! Invented examples for descriptions (`the 34-year-old`) standing for a
//! person named before (`descriptions`, `described`); no news text.

use super::tests::speakers;

// Invented examples for session 14's mechanisms, each a form of attribution
// that failed on at least three development sets.

#[test]
fn a_description_of_a_named_person_speaks_for_them() {
    let s = speakers(&[
        "Arsenal's Tom Fry has called the derby bitter. The clubs meet again on Tuesday. \"It is \
         personal,\" the defender told a newspaper.",
    ]);
    assert_eq!(s, ["Tom Fry"]);
    let s = speakers(&[
        "Film-maker Bob Hale urged students to seek power. Hale spoke at his old college. He told \
         them not to wait. \"It's a huge market,\" the 47-year-old director said.",
    ]);
    assert_eq!(s, ["Bob Hale"]);
    let s = speakers(&["Singer Tom Fry has left the band. \"We will miss him,\" added the 30-year-old."]);
    assert_eq!(s, ["Tom Fry"]);
}

#[test]
fn a_description_of_a_woman_is_no_man() {
    let s =
        speakers(&["Actor Tom Fry arrived first. Nearby, the actress joked: \"It's tight but I love it.\""]);
    assert_eq!(s, ["-"]);
}

#[test]
fn a_description_is_no_rival_for_a_later_pronoun() {
    let s = speakers(&[
        "Tom Fry told a newspaper: \"The manager has had chances.\" The attacking midfielder also \
         claims he has had no backing. \"I can't understand it,\" he continued.",
    ]);
    assert_eq!(s, ["Tom Fry", "Tom Fry"]);
}

#[test]
fn a_relative_clause_whose_quote_is_its_own_names_the_antecedent() {
    let s = speakers(&[
        "Among the tributes was one from his friend, the producer Tom Fry, who described him as a \
         \"brother in every sense\".",
    ]);
    assert_eq!(s, ["Tom Fry"]);
    // A relative clause set off before the main verb is still not the cue.
    let s = speakers(&["Ann Lee, who says she is tired, told the crowd: \"We won.\""]);
    assert_eq!(s, ["Ann Lee"]);
}

#[test]
fn a_name_before_a_description_only_modifies_it() {
    let s = speakers(&["Tom Fry scored twice on Saturday. \"We deserved it,\" said the Chelsea striker."]);
    assert_eq!(s, ["Tom Fry"]);
}

#[test]
fn a_name_inside_an_of_phrase_is_no_antecedent_for_a_woven_quote() {
    let s = speakers(&[
        "His former girlfriend, Ann Lee, the eldest daughter of Tom Fry, who said a life with him \
         was \"work, work, work\".",
    ]);
    assert_eq!(s, ["-"]);
}

// Invented examples for a description as a pronoun's subject
// (`described`): each fails with it switched off.

#[test]
fn a_description_after_a_rival_leaves_the_pronoun_open() {
    // `the 25-year-old` stands after Hale: `He` means whoever it describes,
    // Fry (who spoke) or Hale (the latest name), so nobody is trusted.
    let s = speakers(&[
        "Tom Fry wants to stay at Acme United. \"I am happy here,\" Fry said. Acme boss Bob Hale is \
         said to be delighted. But the 25-year-old underlined his wish to stay. He added: \"It is a \
         great club.\"",
    ]);
    assert_eq!(s, ["Tom Fry", "-"]);
}

#[test]
fn a_description_the_article_gave_as_a_title_names_its_person() {
    // `The striker` is the title Fry was given, so `He` is Fry, not Hale.
    let s = speakers(&[
        "Striker Tom Fry scored twice for Acme United. \"It was a great day,\" Fry said. Acme boss \
         Bob Hale was delighted with the win. The striker added that the team was improving. He \
         said: \"We can win the league.\"",
    ]);
    assert_eq!(s, ["Tom Fry", "Tom Fry"]);
}

#[test]
fn a_description_of_the_one_person_in_view_is_that_person() {
    // Fry both spoke last and is the latest subject: `the international`
    // is Fry, and so is `he`.
    let s = speakers(&[
        "Tom Fry has joined Acme United. \"I could not say no,\" Fry said. The former England \
         international added that he had turned down two clubs. \"This is the right move,\" he said.",
    ]);
    assert_eq!(s, ["Tom Fry", "Tom Fry"]);
}

#[test]
fn a_name_after_a_fronted_prepositional_phrase_is_the_subject() {
    // `In Monday's budget, Bob Hale doubled …`: Hale is the sentence's
    // subject (no speech verb makes him one), so the latest when `he` speaks.
    let s = speakers(&[
        "Tom Fry said the plan was sound. In Monday's budget, Bob Hale doubled the fee. Speaking \
         later, he told reporters: \"It will work.\"",
    ]);
    assert_eq!(s, ["Bob Hale"]);
}
