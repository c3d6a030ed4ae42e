//! Name finding and its kinds, on invented sentences.

use crate::analysis::EntityKind;
use crate::analysis::test_util::{entity, run, speaker};

#[test]
fn a_persons_name_and_a_generic_word_name_a_show() {
    let a = run(&["The singer was a guest of the Jimmy Fox Live programme on Friday."]);
    let e = entity(&a, "Jimmy Fox Live").expect("the show");
    assert_ne!(e.kind, EntityKind::Person);
}

#[test]
fn the_object_of_a_preposition_is_not_the_subject_of_a_speech_verb() {
    let a =
        run(&["The star of Blue Harbour and Maplewood said the industry was \"in a bad state\" on Tuesday."]);
    assert!(
        a.entities.iter().all(|e| e.kind != EntityKind::Person),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_compass_word_before_a_place_led_organisation_is_part_of_it() {
    let a = run(&["The two men worked together, the South China Evening Post reported."]);
    let e = entity(&a, "South China Evening Post").expect("the newspaper");
    assert_eq!(e.kind, EntityKind::Organization);
}

#[test]
fn the_first_half_of_a_hyphenated_surname_is_that_person() {
    let a = run(&[
        "Robert Kenning-Hale set up the party last year.",
        "\"We back Kenning all the way,\" one member said of the plan to work with Kenning.",
    ]);
    let e = entity(&a, "Robert Kenning-Hale").expect("the founder");
    assert!(e.aliases().any(|f| f == "Kenning"), "{e:?}");
    assert!(entity(&a, "Kenning").is_none());
}

#[test]
fn a_surname_spelt_with_a_doubled_letter_once_is_one_person() {
    let a = run(&[
        "Labour MP Jane Abbot, who backs the plan, spoke first.",
        "Ms Abbott said: \"The rate of change is too slow.\"",
        "Jane Abbott later left the hall.",
    ]);
    assert_eq!(speaker(&a, "The rate of change"), Some("Jane Abbot"));
    assert!(entity(&a, "Jane Abbott").is_none() && entity(&a, "Abbott").is_none());
}

#[test]
fn a_places_people_are_no_name() {
    let a = run(&[
        "Mark Dunn joined the club in May.",
        "But the 25-year-old Dubliner underlined his wish to stay. He added: \"I like it here.\"",
    ]);
    assert!(entity(&a, "Dubliner").is_none(), "{:?}", a.entities);
}

#[test]
fn a_place_named_after_a_town_is_not_the_town() {
    let a = run(&["Crowds filled Leicester Square for the premiere on Sunday."]);
    let e = entity(&a, "Leicester Square").expect("the square");
    assert_eq!(e.kind, EntityKind::Place);
    assert!(entity(&a, "Leicester").is_none());
}

#[test]
fn where_someone_works_is_an_organisation() {
    let a = run(&["The figures were good, said Tom Hale, a spokesman for Quill Ferret."]);
    let e = entity(&a, "Quill Ferret").expect("the firm");
    assert_eq!(e.kind, EntityKind::Organization);
}

#[test]
fn a_plain_two_word_name_after_a_preposition_is_still_a_person() {
    let a = run(&["The Voyage of Tarquin Voss tells the story of a lost ship."]);
    let e = entity(&a, "Tarquin Voss").expect("the man");
    assert_eq!(e.kind, EntityKind::Person);
}

#[test]
fn a_hyphenated_surname_alone_is_the_person_named_in_full() {
    let a = run(&[
        "Robert Marlow-Hale set up the party last year.",
        "Marlow-Hale said: \"We will win.\" Critics say Anti-Tax Marlow-Hale has no plan.",
    ]);
    let e = entity(&a, "Robert Marlow-Hale").expect("the founder");
    assert!(e.aliases().any(|f| f == "Marlow-Hale"), "{e:?}");
    assert_eq!(speaker(&a, "We will win"), Some("Robert Marlow-Hale"));
    assert_eq!(a.entities.len(), 1, "{:?}", a.entities);
}

/// The skip over lowercase words lands where a token-by-token scan does,
/// at particles before a capital or a hyphen too.
#[test]
fn the_lowercase_skip_stops_where_a_scan_would() {
    use crate::analysis::name_runs::{particle_before_name, skip_lowercase};
    use crate::analysis::tokens::{CAP, tokenize};
    let s = "then al-Assad met van Gogh and de la Cruz, said the man of von - and bin Laden.";
    let mut toks = Vec::new();
    tokenize(s, &mut toks);
    for k in 0..toks.len() {
        let scan = (k + 1..toks.len()).find(|&j| toks[j].is(CAP) || particle_before_name(s, &toks, j));
        assert_eq!(skip_lowercase(s, &toks, k), scan.unwrap_or(toks.len()), "{k}");
    }
}

#[test]
fn a_common_word_that_is_a_given_name_opens_a_name_inside_a_sentence() {
    let a = run(&["The cast includes US actor Will Danvers, who plays a pilot."]);
    let e = entity(&a, "Will Danvers").expect("the actor");
    assert_eq!(e.kind, EntityKind::Person);
    // In a title the word is the verb: `We Will Rock You`.
    let a = run(&["The musical We Will Rock You opened in the West End."]);
    assert!(entity(&a, "Will Rock You").is_none(), "{:?}", a.entities);
}

#[test]
fn capitals_joined_by_an_ampersand_are_one_firms_name() {
    let a = run(&["The phone company TQ&T was bought by a rival. Shares rose."]);
    let e = entity(&a, "TQ&T").expect("the firm");
    assert_eq!(e.kind, EntityKind::Organization);
    let a = run(&["He worked at TQ&T. Consolidation followed."]);
    assert!(entity(&a, "TQ&T").is_some(), "{:?}", a.entities);
}

#[test]
fn where_a_named_person_works_and_a_firm_in_apposition_are_organisations() {
    let a = run(&["Fares will rise, said analyst Nick Darrow of Harlan Vexis, in a note."]);
    let e = entity(&a, "Harlan Vexis").expect("the bank");
    assert_eq!(e.kind, EntityKind::Organization);
    let a = run(&["He earns a fee from the law firm Dunmore Keats, where he is a partner."]);
    let e = entity(&a, "Dunmore Keats").expect("the firm");
    assert_eq!(e.kind, EntityKind::Organization);
}

#[test]
fn a_plural_noun_glued_before_a_name_written_alone_is_cut() {
    let a = run(&[
        "Sprinters Stavros Kalenti and Maria Dova missed a drugs test.",
        "Kalenti denies any wrongdoing.",
    ]);
    let e = entity(&a, "Stavros Kalenti").expect("the sprinter");
    assert!(e.aliases().all(|f| !f.starts_with("Sprinters")), "{e:?}");
}

#[test]
fn scots_are_a_people_not_a_name() {
    let a = run(&["Several Scots caught my eye against France on Saturday."]);
    assert!(entity(&a, "Scots").is_none(), "{:?}", a.entities);
}

#[test]
fn words_of_a_title_after_a_pronoun_or_modal_are_no_names() {
    let a = run(&["Her cover of Do They Know It's Christmas? sold well, and Sinatra's My Way came second."]);
    for word in ["Know", "Way"] {
        assert!(entity(&a, word).is_none(), "{word}: {:?}", a.entities);
    }
}

#[test]
fn a_compass_word_and_a_demonym_are_an_adjective() {
    let a = run(&["Sales fell, said Ann Lee, vice president for North American sales at the firm."]);
    assert!(entity(&a, "North American").is_none(), "{:?}", a.entities);
}

#[test]
fn a_firm_after_a_noun_and_a_preposition_is_not_the_speaker() {
    let a = run(&["Peter Moss, executive partner of Dunmore Keats said the move was a surprise."]);
    let e = entity(&a, "Dunmore Keats").expect("the firm");
    assert_ne!(e.kind, EntityKind::Person);
}

#[test]
fn a_name_that_takes_the_and_speaks_is_a_body_not_a_person() {
    let firm = run(&[
        "Shares rose after the Quellbrook said profits would double.",
        "Quellbrook said profits would double next year.",
    ]);
    let e = entity(&firm, "Quellbrook").expect("the firm");
    assert_eq!(e.kind, EntityKind::Organization);
    // No `the`: a name that speaks is still a person.
    let person = run(&["Quellbrook said profits would double next year."]);
    let e = entity(&person, "Quellbrook").expect("the speaker");
    assert_eq!(e.kind, EntityKind::Person);
    // `the` before a modifier: a person's name may be one.
    let modifier = run(&[
        "Critics attacked the Quellbrook administration.",
        "Quellbrook said profits would double next year.",
    ]);
    let e = entity(&modifier, "Quellbrook").expect("the speaker");
    assert_eq!(e.kind, EntityKind::Person);
}

#[test]
fn a_title_word_after_a_firms_noun_is_part_of_the_firms_name() {
    let a = run(&["Sales rose 5% at US behemoth General Quarrix, the firm said on Friday."]);
    let e = entity(&a, "General Quarrix").unwrap_or_else(|| panic!("{:?}", a.entities));
    assert_eq!(e.kind, EntityKind::Organization);
    assert!(entity(&a, "Quarrix").is_none(), "{:?}", a.entities);
    let a = run(&["Tickets for the band Queen Bellamy sold out, the promoter said."]);
    let e = entity(&a, "Queen Bellamy").expect("the band, named in full");
    assert_eq!(e.kind, EntityKind::Organization);
    // A given name after the noun is a person's (`publisher` is a firm or a person).
    let a = run(&["It was a pleasure to work with him, said fellow publisher Tom Quarrix."]);
    assert_eq!(
        entity(&a, "Tom Quarrix").expect("the man").kind,
        EntityKind::Person
    );
}

#[test]
fn a_body_named_with_the_takes_for_and_its_subject() {
    let a = run(&[
        "Figures from the Office for Rural Statistics showed a fall, and the Commission for Africa agreed.",
        "The striker left Carnford United for Westbury on Monday.",
    ]);
    let e = entity(&a, "Office for Rural Statistics").expect("the office");
    assert_eq!(e.kind, EntityKind::Organization);
    assert!(entity(&a, "Commission for Africa").is_some(), "{:?}", a.entities);
    assert!(entity(&a, "Carnford United").is_some(), "{:?}", a.entities);
    assert!(entity(&a, "Westbury").is_some(), "{:?}", a.entities);
}
