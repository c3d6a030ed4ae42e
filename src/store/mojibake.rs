//! Text that was UTF-8, read as Windows-1252 (or Latin-1) and saved as UTF-8
//! again: `PeÃ±a` for `Peña`, `â€™` for `’`. Scraped and syndicated news
//! carries it; repairing it at load means the reader, the filter and the
//! analysis all see one spelling of a name.

use std::borrow::Cow;

/// Repairs mis-encoded runs, up to three layers deep (text mis-encoded twice
/// reads `PeÃƒÂ±a`). A run is repaired only when its characters, taken back
/// to bytes, are one UTF-8 sequence for a character that mis-encoding of that
/// lead produces in practice (see `plausible`): accented text that is right
/// (`café”`, `São`, `OLÉ”`) is left alone.
pub fn repair(text: &str) -> Cow<'_, str> {
    let mut out = Cow::Borrowed(text);
    for _ in 0..3 {
        match repair_once(&out) {
            Some(fixed) => out = Cow::Owned(fixed),
            None => break,
        }
    }
    out
}

fn repair_once(text: &str) -> Option<String> {
    // Every lead is U+00C2..U+00F4 (UTF-8 0xC3 …), or `A`/`a` with a
    // combining circumflex or tilde (0xCC 0x82|0x83) in decomposed text.
    if !text.bytes().any(|b| b == 0xc3 || b == 0xcc) {
        return None;
    }
    let mut out = String::new();
    let mut copied = 0;
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        match sequence_at(text, i, c) {
            Some((fixed, end)) => {
                out.push_str(&text[copied..i]);
                out.push(fixed);
                copied = end;
                i = end;
            }
            None => i += c.len_utf8(),
        }
    }
    if copied == 0 {
        return None;
    }
    out.push_str(&text[copied..]);
    Some(out)
}

/// The character a mis-encoded sequence starting with `c` at `i` stands
/// for, and where the sequence ends.
fn sequence_at(text: &str, i: usize, c: char) -> Option<(char, usize)> {
    let mut rest = text[i + c.len_utf8()..].chars();
    let lead = match c {
        '\u{c2}'..='\u{f4}' => c as u8,
        'A' | 'a' => composed(c, rest.next()?)?,
        _ => return None,
    };
    let need = match lead {
        0xc2..=0xdf => 1,
        0xe0..=0xef => 2,
        _ => 3,
    };
    let mut bytes = [lead, 0, 0, 0];
    for b in bytes.iter_mut().skip(1).take(need) {
        *b = continuation(rest.next()?)?;
    }
    let fixed = std::str::from_utf8(&bytes[..=need]).ok()?.chars().next()?;
    plausible(lead, fixed).then(|| (fixed, text.len() - rest.as_str().len()))
}

/// `Â`, `Ã` and `â` written as a letter and a combining mark.
fn composed(base: char, mark: char) -> Option<u8> {
    match (base, mark) {
        ('A', '\u{302}') => Some(0xc2),
        ('A', '\u{303}') => Some(0xc3),
        ('a', '\u{302}') => Some(0xe2),
        _ => None,
    }
}

/// The byte 0x80..=0xBF that Windows-1252 (or Latin-1, for the C1 range)
/// shows as `c`.
fn continuation(c: char) -> Option<u8> {
    let b = match c {
        '\u{80}'..='\u{bf}' => c as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8a,
        '‹' => 0x8b,
        'Œ' => 0x8c,
        'Ž' => 0x8e,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9a,
        '›' => 0x9b,
        'œ' => 0x9c,
        'ž' => 0x9e,
        'Ÿ' => 0x9f,
        _ => return None,
    };
    Some(b)
}

/// Whether `fixed` is what mis-encoding produces from `lead` in real text:
/// Latin letters and signs, Greek, Cyrillic, punctuation and currency, emoji.
/// Any other pairing (`É”` would be `ɔ`) is far likelier to be right as it is.
fn plausible(lead: u8, fixed: char) -> bool {
    match lead {
        0xc2 => matches!(fixed, '\u{a0}'..='\u{bf}'),
        0xc3 => matches!(fixed, '\u{c0}'..='\u{ff}'),
        0xc4 | 0xc5 => matches!(fixed, '\u{100}'..='\u{17f}'),
        0xce | 0xcf => matches!(fixed, '\u{370}'..='\u{3ff}'),
        0xd0 | 0xd1 => matches!(fixed, '\u{400}'..='\u{47f}'),
        0xe2 => matches!(fixed, '\u{2010}'..='\u{20cf}' | '\u{2100}'..='\u{214f}'),
        0xf0 => matches!(fixed, '\u{1f000}'..='\u{1faff}'),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn letters_punctuation_and_emoji_read_as_windows_1252_are_repaired() {
        assert_eq!(repair("Enrique PeÃ±a Nieto"), "Enrique Peña Nieto");
        assert_eq!(repair("it isnâ€™t â€œfairâ€\u{9d}"), "it isn’t “fair”");
        assert_eq!(repair("Â£5m for Å½iÅ¾ek and Ð¡ÐœÐ˜"), "£5m for Žižek and СМИ");
        assert_eq!(repair("yes ðŸ˜€"), "yes 😀");
        assert_eq!(repair("GuantÃ¡namo, JosÃ©"), "Guantánamo, José");
    }

    #[test]
    fn text_mis_encoded_twice_or_decomposed_is_repaired() {
        assert_eq!(repair("PeÃƒÂ±a"), "Peña");
        assert_eq!(repair("Pe\u{c3}\u{83}\u{c2}\u{b1}a"), "Peña");
        assert_eq!(repair("JesA\u{303}\u{83}A\u{302}\u{ba}s"), "Jesús");
        assert_eq!(repair("Jos\u{c3}\u{a9} and JosA\u{303}©"), "José and José");
    }

    #[test]
    fn right_accented_text_is_left_alone() {
        for text in [
            "café”… naïve São Paulo",
            "OLÉ” she wrote, «Ça va»",
            "Ölçü, Ærø, Zürich’s, à la",
            "Jose\u{301} and A\u{303} alone, A\u{302}",
            "Ã alone, ends with Ã",
            "plain ASCII",
        ] {
            assert_eq!(repair(text), text, "{text}");
            assert!(matches!(repair(text), std::borrow::Cow::Borrowed(_)));
        }
    }
}
