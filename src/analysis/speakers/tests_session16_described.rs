//! Invented examples for a description as a pronoun's subject
//! (`described`): each fails with it switched off.

use super::tests::speakers;

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
