//! Other ways an article names a person it names in full: `JK, also known as
//! Jason King`; `says King` (a title word) or `Young said` (a common word) for
//! the `Jason King` or `Grant Young` of the article; a peer's full style
//! (`Lord Nicholls of Birkenhead`).

use super::capitals::is_cap_word;
use super::hash::FxSet;
use super::lexicon::determiner;
use super::name_context::followed_by_speech;
use super::name_runs::starts_sentence;
use super::names::{Candidate, Hints};
use super::tokens::{CAP, HYPHEN_BEFORE, POSSESSIVE, Token, WORD};

/// Pairs of candidates `(x, y)` written `X, (also) known as Y`: one entity.
/// Not for pairs (`A and B, known as Ant and Dec`) or gazetteer names.
pub fn known_as(paras: &[String], toks: &[Vec<Token>], cands: &[Candidate]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (x, c) in cands.iter().enumerate() {
        let (para, t) = (&paras[c.para], &toks[c.para]);
        // Most names are followed by no comma: one byte tells.
        let comma = t
            .get(c.tok_end)
            .is_some_and(|n| para.as_bytes()[n.start as usize] == b',');
        if !comma || c.gaz.is_some() || c.possessive {
            continue;
        }
        let word = |k: usize| t.get(k).map_or("", |t| t.text(para));
        let mut k = c.tok_end + 1;
        if word(k) == "also" {
            k += 1;
        }
        if word(k) != "known" || word(k + 1) != "as" {
            continue;
        }
        let joint = |w: &str| matches!(w, "and" | "&" | "or");
        if c.tok_start > 0 && joint(word(c.tok_start - 1)) {
            continue;
        }
        let found = cands[x + 1..]
            .iter()
            .position(|d| d.para == c.para && d.tok_start == k + 2)
            .map(|i| x + 1 + i);
        if let Some(y) = found.filter(|&y| cands[y].gaz.is_none() && !joint(word(cands[y].tok_end))) {
            pairs.push((x, y));
        }
    }
    pairs
}

/// Pairs `(x, y)` where candidate `y` is a short form of the longer name of
/// candidate `x` in the article: its capitals are the initials of that
/// name's capitalised words (`MDA` of `Mobile Data Association`, `DrKW` of
/// `Dresdner Kleinwort Wasserstein`), or it is that name run together
/// (`TimeWarner`), written after it. Not when two names share them, nor for a name that opens
/// with a given name (a person's initials are rarely written for them: `GB`
/// is not `Gordon Brown`).
pub fn initialisms(paras: &[String], toks: &[Vec<Token>], cands: &[Candidate]) -> Vec<(usize, usize)> {
    let text = |c: &Candidate| {
        let t = &toks[c.para];
        &paras[c.para][t[c.tok_start].start as usize..t[c.tok_end - 1].end as usize]
    };
    // Each short form once, at its first use: it is one entity already.
    let mut short: Vec<(usize, &str)> = Vec::new();
    for (y, c) in cands.iter().enumerate() {
        if c.tok_end - c.tok_start == 1 && c.gaz.is_none() {
            let w = text(c);
            let caps = w.bytes().filter(u8::is_ascii_uppercase).count();
            if caps >= 2 && w.is_ascii() && !short.iter().any(|&(_, s)| s == w) {
                short.push((y, w));
            }
        }
    }
    if short.is_empty() {
        return Vec::new();
    }
    // Longer names with their first letter, which most pairs differ in:
    // only those opening with a short form's.
    let mut firsts = [false; 256];
    for &(_, w) in &short {
        firsts[usize::from(w.as_bytes()[0])] = true;
    }
    let long: Vec<(u8, usize)> = (0..cands.len())
        .filter(|&x| cands[x].tok_end - cands[x].tok_start > 1)
        .map(|x| (text(&cands[x]).as_bytes()[0], x))
        .filter(|&(b, _)| firsts[usize::from(b)])
        .collect();
    let words = |x: usize| {
        let c = &cands[x];
        let t = &toks[c.para][c.tok_start..c.tok_end];
        t.iter()
            .filter(|t| t.is(WORD))
            .map(move |w| w.text(&paras[c.para]))
    };
    let short_of = |x: usize, w: &str| {
        let caps = w.bytes().filter(u8::is_ascii_uppercase);
        let small = w.bytes().filter(u8::is_ascii_lowercase).count();
        let initials = words(x).filter_map(|v| v.bytes().next().filter(u8::is_ascii_uppercase));
        let abbreviation = caps.clone().count() <= 6
            && (small == 0 || caps.clone().count() >= 3 && caps.clone().count() > small);
        abbreviation && caps.eq(initials) || words(x).flat_map(str::bytes).eq(w.bytes())
    };
    let mut pairs = Vec::new();
    for (y, w) in short {
        let given = |x: usize| {
            let c = &cands[x];
            toks[c.para][c.tok_start]
                .lex(&paras[c.para])
                .first_name()
                .is_some()
        };
        let first = w.as_bytes()[0];
        let mut full = (long.iter())
            .filter(|&&(b, x)| b == first && short_of(x, w) && !given(x))
            .map(|&(_, x)| x);
        if let Some(x) = full.next()
            && x < y
            && full.all(|o| text(&cands[o]) == text(&cands[x]))
        {
            pairs.push((x, y));
        }
    }
    pairs
}

/// Cuts a hyphenated descriptor glued before a hyphenated surname the
/// article gives a person in full (`Euro-Sceptic Kilroy-Silk` in an article
/// about `Robert Kilroy-Silk`): the rest is that person. A given name
/// (`Jean-Pierre`) is no descriptor.
pub fn hyphen_descriptors(paras: &[String], toks: &[Vec<Token>], cands: &mut [Candidate]) {
    let surface = |c: &Candidate| {
        let t = &toks[c.para];
        &paras[c.para][t[c.tok_start].start as usize..t[c.tok_end - 1].end as usize]
    };
    // Most articles have no hyphenated surname: nothing to compare (a
    // full name with one is four tokens or more, its last after a hyphen).
    let hyphen_last =
        |c: &&Candidate| c.tok_end - c.tok_start > 3 && toks[c.para][c.tok_end - 1].is(HYPHEN_BEFORE);
    let surnames: Vec<&str> = (cands.iter())
        .filter(|c| c.gaz.is_none() && !c.hints.org)
        .filter(hyphen_last)
        .filter_map(|c| surface(c).rsplit_once(' ').map(|(_, last)| last))
        .filter(|last| last.contains('-'))
        .collect();
    if surnames.is_empty() {
        return;
    }
    for c in cands
        .iter_mut()
        .filter(|c| c.gaz.is_none() && c.tok_end - c.tok_start > 3)
    {
        let (t, para) = (&toks[c.para], paras[c.para].as_str());
        let k = c.tok_start;
        let hyphenated = t[k + 1].text(para) == "-" && t[k + 2].is(HYPHEN_BEFORE);
        if !hyphenated || t[k].lex(para).first_name().is_some() || t[k + 3].start == t[k + 2].end {
            continue;
        }
        let rest = &para[t[k + 3].start as usize..t[c.tok_end - 1].end as usize];
        if rest.contains('-') && !rest.contains(' ') && surnames.contains(&rest) {
            c.tok_start = k + 3;
        }
    }
}

/// Cuts a plural noun glued before a name at a sentence's start
/// (`Sprinters Kostas Kenteris`) when the article also writes the name, or
/// its last word, without it: the noun describes, the rest is the name. A
/// given name is no such noun.
pub fn plural_descriptors(paras: &[String], toks: &[Vec<Token>], cands: &mut [Candidate]) {
    let glued = |c: &Candidate| {
        let (t, para) = (&toks[c.para], paras[c.para].as_str());
        let first = t[c.tok_start].text(para);
        c.gaz.is_none()
            && c.tok_end - c.tok_start >= 3
            && first.len() > 3
            && first.ends_with('s')
            && !first.ends_with("ss")
            && t[c.tok_start + 1].is(WORD)
            && t[c.tok_start].lex(para).first_name().is_none()
            && starts_sentence(para, t, c.tok_start)
    };
    let cut: Vec<usize> = (0..cands.len()).filter(|&i| glued(&cands[i])).collect();
    if cut.is_empty() {
        return;
    }
    let surface = |c: &Candidate, from: usize| {
        let t = &toks[c.para];
        &paras[c.para][t[from].start as usize..t[c.tok_end - 1].end as usize]
    };
    let alone: FxSet<&str> = cands.iter().map(|c| surface(c, c.tok_start)).collect();
    let cut: Vec<usize> = (cut.into_iter())
        .filter(|&i| {
            let c = &cands[i];
            alone.contains(surface(c, c.tok_start + 1)) || alone.contains(surface(c, c.tok_end - 1))
        })
        .collect();
    for i in cut {
        cands[i].tok_start += 1;
    }
}

/// Adds the lone title or common words (`King`, `Young`) that the name finder
/// skips but that are the surname of a person the article names in full
/// (`Jason King`) as weak candidates (see `Candidate::weak`), keeping text
/// order. Only articles with such a full name are scanned again.
pub fn weak_surnames(paras: &[String], toks: &[Vec<Token>], cands: &mut Vec<Candidate>) {
    let lone_word = |c: &Candidate| {
        if c.gaz.is_some() || c.tok_end - c.tok_start < 2 {
            return None;
        }
        let last = toks[c.para][c.tok_end - 1];
        let lex = last.lex(&paras[c.para]);
        (lex.common() || lex.title()).then(|| last.text(&paras[c.para]))
    };
    let surnames: Vec<&str> = cands.iter().filter_map(lone_word).collect();
    if surnames.is_empty() {
        return;
    }
    let before = cands.len();
    for (p, (para, t)) in paras.iter().zip(toks).enumerate() {
        for k in 0..t.len() {
            if !t[k].is(CAP) || !surnames.contains(&t[k].text(para)) {
                continue;
            }
            let covered = cands[..before]
                .iter()
                .any(|c| c.para == p && (c.tok_start..c.tok_end).contains(&k));
            let speaks = || followed_by_speech(para, t, k + 1);
            if !covered && may_be_surname(para, t, k, starts_sentence(para, t, k), speaks) {
                cands.push(Candidate {
                    para: p,
                    tok_start: k,
                    tok_end: k + 1,
                    gaz: None,
                    possessive: t[k].is(POSSESSIVE),
                    initial: false,
                    weak: true,
                    hints: Hints {
                        person: speaks(),
                        ..Hints::default()
                    },
                });
            }
        }
    }
    if cands.len() > before {
        cands.sort_by_key(|c| (c.para, c.tok_start));
    }
}

/// Whether the capitalised word at `k`, alone, may be a surname: not after a
/// determiner or a possessive (`the King`, `Britain's Queen`), not before
/// another capitalised word, and at the start of a sentence only before a
/// speech verb (`Young said`).
fn may_be_surname(
    para: &str,
    toks: &[Token],
    k: usize,
    initial: bool,
    speaks: impl FnOnce() -> bool,
) -> bool {
    if toks.get(k + 1).is_some_and(|n| n.is(CAP) && n.is(WORD)) {
        return false;
    }
    let after_determiner = k > 0 && {
        let (p, w) = (toks[k - 1], toks[k - 1].text(para));
        p.is(POSSESSIVE) || w.eq_ignore_ascii_case("new") || determiner(&w.to_ascii_lowercase())
    };
    !after_determiner && (!initial || speaks())
}

/// A peer's full style around the name at `start..end` (`Lord Nicholls of
/// Birkenhead`): `Lord`, `Lady` or `Baroness` before it, `of` and a
/// capitalised place after it. An alias of the person, never the name (the
/// corpus keys people by their name, `Nicholls`).
pub fn peer_style<'p>(para: &'p str, toks: &[Token], start: usize, end: usize) -> Option<&'p str> {
    let of = toks
        .get(end)
        .is_some_and(|t| para.as_bytes()[t.start as usize..].starts_with(b"of "));
    if !of || toks[end - 1].is(POSSESSIVE) {
        return None;
    }
    let dot = usize::from(start > 1 && toks[start - 1].text(para) == ".");
    let at = start.checked_sub(1 + dot)?;
    if !matches!(toks[at].text(para), "Lord" | "Lady" | "Baroness") {
        return None;
    }
    let mut e = end + 1;
    while toks.get(e).is_some_and(|t| is_cap_word(para, t)) {
        e += 1;
        if toks[e - 1].is(POSSESSIVE) {
            break;
        }
    }
    (e > end + 1).then(|| &para[toks[at].start as usize..toks[e - 1].end as usize])
}

#[cfg(test)]
mod tests {
    use crate::analysis::test_util::{entity, run, speaker};

    #[test]
    fn also_known_as_makes_one_entity_named_in_full() {
        let a = run(&[
            "RB takes over the late show from Ann Cole on Sunday.",
            "\"It is a big change,\" says RB, also known as Rob Bell.",
            "RB said: \"We will keep the music.\"",
        ]);
        let e = entity(&a, "Rob Bell").expect("one entity, named in full");
        assert!(e.aliases().any(|f| f == "RB"), "{e:?}");
        assert_eq!(speaker(&a, "It is a big"), Some("Rob Bell"));
        assert_eq!(speaker(&a, "We will keep"), Some("Rob Bell"));
    }

    #[test]
    fn an_abbreviation_is_the_name_whose_initials_it_spells() {
        let a = run(&[
            "Figures from the Portable Media Forum (PMF) show sales rising.",
            "Analysts at Brenner Kolb Hartmann agree. \"Prices will fall,\" BrKH said.",
            "The PMF expects more growth next year.",
        ]);
        let b = run(&["The TDF report came out. The Tide Data Forum met later."]);
        assert!(
            entity(&b, "TDF").is_some(),
            "an abbreviation follows its name: {:?}",
            b.entities
        );
        let e = entity(&a, "Portable Media Forum").expect("the forum");
        let b = run(&["Shares in Blue Harbour rose. BlueHarbour said profits were up."]);
        let f = entity(&b, "Blue Harbour").expect("the firm");
        assert!(f.aliases().any(|f| f == "BlueHarbour"), "{f:?}");
        assert!(e.aliases().any(|f| f == "PMF"), "{e:?}");
        assert!(entity(&a, "PMF").is_none());
        assert_eq!(speaker(&a, "Prices will fall"), Some("Brenner Kolb Hartmann"));
    }

    #[test]
    fn initials_of_a_person_or_of_two_names_are_no_abbreviation() {
        let a = run(&[
            "Gordon Brown praised the GB athletes.",
            "Pat Lee said MG and Metro Group were rivals of Magna Group.",
        ]);
        assert!(entity(&a, "GB").is_some(), "{:?}", a.entities);
        assert!(entity(&a, "MG").is_some(), "{:?}", a.entities);
    }

    #[test]
    fn known_as_after_a_pair_joins_nobody() {
        let a = run(&["Anthony Hart and Declan Webb, known as Mo and Jo, won the award."]);
        let e = entity(&a, "Declan Webb").expect("Declan Webb");
        assert!(e.aliases().eq(["Declan Webb"]), "{e:?}");
    }

    #[test]
    fn a_title_or_common_word_is_the_surname_of_the_person_named_in_full() {
        let a = run(&[
            "Singer Joe King has left the band after ten years.",
            "\"We are done,\" says King.",
            "Harry Young, a local farmer, was at the rally.",
            "\"People will talk about it,\" Young said.",
        ]);
        assert_eq!(speaker(&a, "We are done"), Some("Joe King"));
        assert_eq!(speaker(&a, "People will talk"), Some("Harry Young"));
    }

    #[test]
    fn a_title_or_common_word_alone_is_still_no_name() {
        let a = run(&[
            "The King opened the bridge, and Young farmers came to see it.",
            "\"A fine day,\" said the King.",
        ]);
        assert!(
            a.entities
                .iter()
                .all(|e| e.name() != "King" && e.name() != "Young"),
            "{:?}",
            a.entities
        );
    }

    #[test]
    fn a_peers_full_style_is_an_alias() {
        let a = run(&[
            "Lord Hale of Ripon said the law went too far.",
            "\"It cannot stand,\" said Lord Hale.",
        ]);
        let e = entity(&a, "Hale").expect("the peer, named by his name");
        assert!(e.aliases().any(|f| f == "Lord Hale of Ripon"), "{e:?}");
        assert_eq!(speaker(&a, "It cannot stand"), Some("Hale"));
    }
}
