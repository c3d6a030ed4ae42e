//! Invented examples for session 13's mechanisms, each from a form of wrong
//! name seen on fresh BBC text: the path that named the wrong person now
//! abstains or finds the right one.

use super::tests::speakers;

#[test]
fn a_capitalised_preposition_opening_the_sentence_makes_no_subject() {
    let s = speakers(&[
        "Tom Fry said the site was new. Under Acme Search users can store their links. \"It is about \
         finding things again,\" he said.",
    ]);
    assert_eq!(s, ["Tom Fry"]);
}

#[test]
fn a_source_after_according_to_is_who_a_later_pronoun_means() {
    let s = speakers(&[
        "Drummer Bob Hale echoed the view: \"We want to be heard.\" The band have done \"all they \
         can\" to stay on top, according to music editor Tom Fry.",
        "\"They are determined.\" He added: \"They keep changing.\"",
    ]);
    assert_eq!(s[s.len() - 1], "Tom Fry");
}

#[test]
fn a_role_of_several_words_before_a_name_still_makes_it_a_subject() {
    let s = speakers(&[
        "\"We did nothing wrong,\" coach Bob Hale said.",
        "But the row grew. Spain's minister of sport Tom Fry was quick to back the ban. \"Everyone \
         has to be careful,\" he said.",
    ]);
    assert_eq!(s, ["Bob Hale", "Tom Fry"]);
}

#[test]
fn a_title_before_an_auxiliary_is_the_subject() {
    let s = speakers(&[
        "Cardinal Tom Fry will lead the service. Both the Cardinal and the Archbishop of York, Dr \
         Bob Hale, backed the talks. Dr Hale has since criticised the plan.",
        "On Friday, the Cardinal will ask the crowd to pray. \"Peace is possible,\" he will say.",
    ]);
    assert_eq!(s, ["Tom Fry"]);
}

#[test]
fn a_pronoun_with_nobody_in_view_follows_the_last_speaker() {
    let s = speakers(&[
        "Tom Fry, an editor, said Bob Hale's new work was \"a fine film\".",
        "The problem, he believed, was the language.",
        "\"Nobody makes films in a dead language,\" he said.",
    ]);
    assert_eq!(s, ["Tom Fry", "Tom Fry"]);
}

#[test]
fn a_nickname_between_a_person_s_names_is_nobody_s() {
    let s = speakers(&["Antonio \"LA\" Reid, chairman of the label, said: \"We are thrilled.\""]);
    assert_eq!(s[0], "-");
}
