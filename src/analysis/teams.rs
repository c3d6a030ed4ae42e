//! A town named as its sports club: British usage calls a club by its town
//! (`Leicester lock Ben Kay`, `Liverpool have`, `Wasps v Leicester`), and
//! such a mention is the club, an organisation, not the place.

use super::tokens::{CAP, DIGIT, POSSESSIVE, Token, WORD};

/// Lowercase nouns of a club's people that make the name before them the
/// club when a name follows (`Bath flanker Andy Beattie`).
fn role(w: &str) -> bool {
    matches!(
        w,
        "striker"
            | "manager"
            | "boss"
            | "coach"
            | "midfielder"
            | "defender"
            | "keeper"
            | "goalkeeper"
            | "winger"
            | "fly"
            | "scrum"
            | "lock"
            | "prop"
            | "flanker"
            | "hooker"
            | "centre"
            | "forward"
            | "chairman"
            | "youngster"
            | "duo"
            | "wing"
    )
}

/// Nouns safe only after a known town (`World Cup squad`, `Ryder Cup
/// captain` are no clubs).
fn town_role(w: &str) -> bool {
    matches!(
        w,
        "captain"
            | "skipper"
            | "fans"
            | "supporters"
            | "squad"
            | "side"
            | "player"
            | "players"
            | "team"
            | "star"
            | "legend"
            | "tight"
            | "loose"
    )
}

/// Whether the name at `start..end` is used as a team. `place` allows the
/// cues only a known place's name is safe with (a person too is `against`
/// someone, `v` someone, in brackets after his name).
pub(super) fn as_team(para: &str, toks: &[Token], start: usize, end: usize, place: bool) -> bool {
    let word = |j: usize| toks.get(j).filter(|t| t.is(WORD)).map(|t| t.text(para));
    let mark = |j: usize| toks.get(j).map(|t| t.text(para));
    let before = start.checked_sub(1);
    let after = word(end);
    let cap = |j: usize| toks.get(j).is_some_and(|t| t.is(WORD) && t.is(CAP));
    if toks[end - 1].is(POSSESSIVE) {
        // `Leicester's Harry Ellis`: a known town's player, named in full
        // (a country's is its national side: the caller leaves those out).
        let given = toks
            .get(end)
            .is_some_and(|t| t.is(WORD) && t.lex(para).first_name().is_some());
        return place && given && cap(end + 1);
    }
    let named = |j: usize| cap(j) || mark(j) == Some("-") && cap(j + 2);
    // After a known town a player's role needs no name after it (`the
    // Leicester flanker will`); `centre` and `chairman` do (`the Leicester
    // centre`, a building).
    let bare_role = |w: &str| place && role(w) && !matches!(w, "centre" | "chairman");
    if after.is_some_and(|w| role(w) && named(end + 1) || bare_role(w) || place && town_role(w)) {
        return true;
    }
    // `Liverpool have`: a town is singular, its club plural. Not after a
    // preposition (`prices in London are`) nor in a list (`X and Y are`).
    let subject = before.is_none_or(|b| {
        let (t, w) = (toks[b], toks[b].text(para));
        match t.is(WORD) && !t.is(CAP) {
            // `Souness felt Newcastle were`: after a known town, any word
            // but a preposition.
            true if place => {
                let preposition = matches!(
                    w,
                    "of" | "for" | "at" | "on" | "by" | "with" | "into" | "and" | "or" | "the"
                );
                !preposition && !toks[b].lex(para).place_preposition()
            }
            true => matches!(w, "but" | "that" | "as" | "when" | "while" | "because"),
            false => w != "," && w != "&",
        }
    });
    if subject && after.is_some_and(|w| matches!(w, "have" | "are" | "were" | "say")) {
        return true;
    }
    // `Damien Traille (Biarritz)`: a name in brackets after a name.
    let bracketed = before.is_some_and(|b| mark(b) == Some("(") && b > 0 && cap(b - 1))
        && matches!(mark(end), Some(")" | ","));
    if !place {
        return bracketed && team_sheet(para, toks);
    }
    // `Wasps 31-37 Leicester`, `Leicester 2-1 Hull`: a score.
    let digit = |j: usize| toks.get(j).is_some_and(|t| t.is(DIGIT));
    let score = |j: usize| digit(j) && mark(j + 1) == Some("-") && digit(j + 2);
    (after == Some("v") && cap(end + 1))
        || bracketed
        || score(end)
        || start >= 3 && score(start - 3)
        || before.is_some_and(|b| {
            let prev = word(b);
            (prev == Some("v") && b > 0 && cap(b - 1))
                || matches!(prev, Some("against" | "beat" | "beating"))
                // `club side Newcastle`, `captain of Leicester`.
                || prev == Some("side")
                || prev == Some("of") && b > 0 && word(b - 1).is_some_and(town_role)
        })
}

/// Whether the paragraph is a team sheet: names each followed by a bracketed
/// name, one of those twice or more (a club sends several players: `J Smith
/// (Bath), T Hale (Bath)`). A person or a film in brackets after a name
/// (`Jane Doe (Hamlet)`) names one, not a club, so a bracketed name
/// needs such a list to be a team.
fn team_sheet(para: &str, toks: &[Token]) -> bool {
    let mut seen: Vec<&str> = Vec::new();
    for (j, t) in toks.iter().enumerate() {
        if t.text(para) != "(" || j == 0 || !toks[j - 1].is(CAP) {
            continue;
        }
        let inside = toks[j + 1..].iter().take_while(|w| w.is(CAP));
        let Some(last) = inside.last() else {
            continue;
        };
        let Some(first) = toks.get(j + 1) else {
            continue;
        };
        let name = &para[first.start as usize..last.end as usize];
        if seen.contains(&name) {
            return true;
        }
        seen.push(name);
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::analysis::EntityKind;
    use crate::analysis::test_util::{entity, run};

    #[test]
    fn a_town_named_as_its_club_is_an_organisation() {
        for text in [
            "Liverpool striker Tom Dale has signed a new deal.",
            "Liverpool have signed a new striker from Spain.",
            "The draw pits Hull v Liverpool in the next round.",
            "He scored twice against Liverpool on Sunday.",
            "Hull 2-1 Liverpool was the last result.",
            "Liverpool wing Tom Dale is fit again.",
            "The former Liverpool striker has retired.",
            "The coach felt Liverpool were unlucky.",
            "He was captain of Liverpool for ten years.",
            "He replaced Liverpool's Tom Dale at half-time.",
        ] {
            let a = run(&[text]);
            let e = entity(&a, "Liverpool").expect("the club");
            assert_eq!(e.kind, EntityKind::Organization, "{text}");
        }
        let a = run(&["Prices in Liverpool are rising, and Liverpool's mayor is new."]);
        assert_eq!(entity(&a, "Liverpool").expect("the city").kind, EntityKind::Place);
        let a = run(&["The draw pits Samoa v Fiji, and Samoa have a new coach."]);
        assert_eq!(entity(&a, "Samoa").expect("the country").kind, EntityKind::Place);
    }

    #[test]
    fn a_bracketed_name_in_a_team_sheet_is_a_club() {
        let sheet = "The side: Tom Dale (Carnford), Ian Reed (Brevoux), Sam Holt (Carnford, capt).";
        let a = run(&[sheet]);
        for club in ["Carnford", "Brevoux"] {
            let e = entity(&a, club).expect("the club");
            assert_eq!(e.kind, EntityKind::Organization, "{club}");
        }
        // One name in brackets after another is no team sheet: a role.
        let a = run(&["Best actor went to Tom Dale (Brevoux) at the ceremony."]);
        assert_ne!(
            entity(&a, "Brevoux").expect("the film").kind,
            EntityKind::Organization
        );
    }

    #[test]
    fn an_unknown_town_named_as_its_club_is_an_organisation() {
        let a = run(&["On Saturday Carnford have a home game, and Carnford striker Tom Dale is fit."]);
        let e = entity(&a, "Carnford").expect("the club");
        assert_eq!(e.kind, EntityKind::Organization);
    }
}
