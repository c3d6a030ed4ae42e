//! Invented examples for session 8: pronouns whose antecedent is an unnamed
//! role, and titles of several roles before a name (no news text).

use super::tests::speakers;
use crate::analysis::{Gazetteer, analyze};

/// Each quote's role, `-` for none.
fn roles(paras: &[&str]) -> Vec<String> {
    let paras: Vec<String> = paras.iter().map(|p| p.to_string()).collect();
    let a = analyze(Gazetteer::builtin(), &paras);
    a.quotes.iter().map(|q| q.role.clone().unwrap_or_else(|| "-".into())).collect()
}

#[test]
fn a_pronoun_after_an_unnamed_role_speaking_is_the_role() {
    // The one person named is no subject; the spokesman is.
    let paras = [
        "Much of the money came from the farmer Orvel Tamsk, who backed the drive. But a party \
         spokesman said rivals had spent more. \"We had no choice,\" he added.",
    ];
    assert_eq!(speakers(&paras), ["-"]);
    assert_eq!(roles(&paras), ["party spokesman"]);
}

#[test]
fn she_may_stand_for_a_role_that_says_it_is_a_woman() {
    let paras = [
        "The show with Orvel Tamsk will not return. \"There are no plans,\" a spokeswoman said. \
         She added the pair \"brought real warmth\" to the show.",
    ];
    assert_eq!(speakers(&paras), ["-", "-"]);
    assert_eq!(roles(&paras), ["spokeswoman", "spokeswoman"]);
}

#[test]
fn a_title_of_several_roles_ends_on_the_person_it_names() {
    let s = speakers(&[
        "Quorvex cut its profits. \"We have a solid base,\" said Quorvex president and chief \
         executive John Tamsk.",
    ]);
    assert_eq!(s, ["John Tamsk"]);
}
