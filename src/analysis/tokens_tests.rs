//! The tokenizer, on invented text.

use super::*;

fn words(s: &str) -> Vec<&str> {
    let mut t = Vec::new();
    tokenize(s, &mut t);
    t.iter().map(|t| t.text(s)).collect()
}

#[test]
fn splits_acronyms_possessives_and_hyphens() {
    assert_eq!(words("the U.N.'s body"), ["the", "U.N.", "body"]);
    assert_eq!(words("Assad's forces"), ["Assad", "forces"]);
    assert_eq!(words("US-led al-Assad"), ["US", "-", "led", "al", "-", "Assad"]);
    assert_eq!(words("Mr. Brown said."), ["Mr", ".", "Brown", "said", "."]);
    assert_eq!(words("don't stop"), ["don't", "stop"]);
}

/// Plain words take the fast path; its flags are the general loop's.
#[test]
fn plain_words_keep_their_flags() {
    let s = "Blair said, US-led al-Assad I Tony's it.";
    let mut t = Vec::new();
    tokenize(s, &mut t);
    let got: Vec<(&str, u8)> = t.iter().map(|t| (t.text(s), t.flags & !SENTENCE_END)).collect();
    assert_eq!(
        got,
        [
            ("Blair", WORD | CAP),
            ("said", WORD),
            (",", 0),
            ("US", WORD | CAP | ACRONYM),
            ("-", 0),
            ("led", WORD | HYPHEN_BEFORE),
            ("al", WORD),
            ("-", 0),
            ("Assad", WORD | CAP | HYPHEN_BEFORE),
            ("I", WORD | CAP),
            ("Tony", WORD | CAP | POSSESSIVE),
            ("it", WORD),
            (".", 0),
        ]
    );
}

/// Every byte at every place: in the sixteen-byte chunk, the eight-byte
/// one after it, and the last bytes taken one by one.
#[test]
fn lowercase_runs_stop_at_anything_else() {
    let all: Vec<u8> = (0..=255).collect();
    for &c in &all {
        for at in 0..26 {
            let mut b = b"abcdefghijklmnopqrstuvwxyz".to_vec();
            b[at] = c;
            let slow = b.iter().position(|x| !x.is_ascii_lowercase()).unwrap_or(b.len());
            assert_eq!(lowercase_run(&b, 0), slow, "{c} at {at}");
        }
    }
}

#[test]
fn decomposed_accents_stay_inside_the_word() {
    assert_eq!(
        words("Enrique Pen\u{303}a Nieto said"),
        ["Enrique", "Pen\u{303}a", "Nieto", "said"]
    );
    assert_eq!(
        words("Jose\u{301} Zu\u{308}rich"),
        ["Jose\u{301}", "Zu\u{308}rich"]
    );
    // A sign after a letter is no part of it.
    assert_eq!(words("5±2 A±B"), ["5", "±", "2", "A", "±", "B"]);
}

#[test]
fn a_no_break_space_separates_words() {
    assert_eq!(words("Lee\u{a0}said"), ["Lee", "said"]);
}

/// The token carries `is_cap_word` worked out in the tokenizer, a plain
/// word's shortcut included; it is what the full test says.
#[test]
fn cap_words_are_what_the_full_test_says() {
    use super::super::capitals::cap_word;
    let s = "Monday We're told MPs and GDPs by Tony, O'Brien, NATO, 3Com, X5 and I. Al-Assad's men.";
    let mut t = Vec::new();
    tokenize(s, &mut t);
    let got: Vec<&str> = t.iter().filter(|t| t.is_cap_word()).map(|t| t.text(s)).collect();
    assert_eq!(got, ["Tony", "O'Brien", "NATO", "I", "Al", "Assad"]);
    for t in &t {
        assert_eq!(
            t.is_cap_word(),
            cap_word(t.text(s), t.flags, t.lex(s), false),
            "{}",
            t.text(s)
        );
    }
}

/// The name-finding stop flag is exactly: a capitalised word or a hyphen.
#[test]
fn name_stops_are_capitals_and_hyphens() {
    let s = "Jean-Pierre met al-Assad \u{2014} and the US-led Élan, in 2004 - twice.";
    let mut t = Vec::new();
    tokenize(s, &mut t);
    for tok in &t {
        let expected = tok.is(CAP) || tok.text(s) == "-";
        assert_eq!(tok.name_stop(), expected, "{:?}", tok.text(s));
    }
    assert!(t.iter().any(|tok| tok.text(s) == "-") && t.iter().any(|tok| tok.text(s) == "Élan"));
}
