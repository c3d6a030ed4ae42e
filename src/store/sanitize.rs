//! Turning raw file bytes into clean text that is safe to put on a terminal.

use std::borrow::Cow;

/// Normalises line ends to `\n` and removes everything a terminal would
/// interpret: escape sequences (CSI, OSC, DCS… with their payload), C0/C1
/// controls except tab and newline, DEL, and bidi embedding/override/isolate
/// controls that could reorder what the reader shows.
///
/// A C1 string introducer (U+0090, U+0098, U+009D…U+009F) takes its payload
/// with it only when BEL or ESC ends that payload on the same line: alone, it
/// is far more often mojibake (`”` read as Latin-1 is `â`, U+0080, U+009D)
/// than a terminal sequence, and only the control itself is dropped.
///
/// Mis-encoded letters (`PeÃ±a`) are repaired first: some of their bytes
/// are C1 controls that would otherwise be dropped.
pub fn clean(text: &str) -> Cow<'_, str> {
    let once = repair_then_strip(text);
    // A stripped control can join a mis-decoded sequence (`Ã\u{e}“`):
    // repaired again, so cleaning clean text changes nothing.
    if let Cow::Owned(cleaned) = &once
        && let Cow::Owned(again) = repair_then_strip(cleaned)
    {
        return Cow::Owned(again);
    }
    once
}

/// Repairs first: mis-decoded text carries C1 controls that `strip` drops.
fn repair_then_strip(text: &str) -> Cow<'_, str> {
    match super::mojibake::repair(text) {
        Cow::Borrowed(text) => strip(text),
        Cow::Owned(text) => Cow::Owned(strip(&text).into_owned()),
    }
}

fn strip(text: &str) -> Cow<'_, str> {
    if !needs_cleaning(text.as_bytes()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    let mut ahead = Lookahead::default();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if peek(&chars) != Some('\n') {
                    out.push('\n');
                }
            }
            '\n' | '\t' => out.push(c),
            '\u{1b}' => skip_escape(&mut chars),
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => {
                if ahead.terminated(text.len() - chars.as_str().len(), chars.as_str()) {
                    skip_string(&mut chars);
                }
            }
            '\u{9b}' => skip_csi(&mut chars),
            c if is_dangerous(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// What scans ahead for a BEL or ESC have found, so that many introducers on
/// one long line do not each scan it again (which would be quadratic).
#[derive(Default)]
struct Lookahead {
    /// Offset of the BEL/ESC the last scan found.
    terminator: usize,
    /// Offset of the line end the last unsuccessful scan reached.
    none_until: usize,
}

impl Lookahead {
    /// Whether a BEL or ESC comes before the end of the line, from `at`
    /// (the offset in the whole text of `rest`).
    fn terminated(&mut self, at: usize, rest: &str) -> bool {
        if at < self.terminator {
            return true;
        }
        if at < self.none_until {
            return false;
        }
        match rest.find(['\u{7}', '\u{1b}', '\n', '\r']) {
            Some(i) if matches!(rest.as_bytes()[i], 0x07 | 0x1b) => {
                self.terminator = at + i;
                true
            }
            Some(i) => {
                self.none_until = at + i;
                false
            }
            None => {
                self.none_until = at + rest.len();
                false
            }
        }
    }
}

/// `clean`, then every run of whitespace (newlines and tabs included) made one
/// space and the ends trimmed: for fields shown on one line (title, author, url,
/// id) that structured data may give with line breaks inside.
pub fn one_line(text: &str) -> String {
    let cleaned = clean(text);
    let mut out = String::with_capacity(cleaned.len());
    for word in cleaned.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A file name made safe to print as an id: each control character (tab and
/// newline included) or bidi control becomes U+FFFD, like an invalid byte does,
/// so the id stays one line, cannot drive the terminal, and two names that
/// differ only there do not collapse into one id.
pub fn printable_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if is_dangerous(c) {
                char::REPLACEMENT_CHARACTER
            } else {
                c
            }
        })
        .collect()
}

/// A byte scan for anything `clean` would change: almost every article has
/// nothing, and this is many times faster than walking chars.
fn needs_cleaning(bytes: &[u8]) -> bool {
    // Most text is long runs of printable ASCII: those are skipped 8 bytes
    // at a time (byte by byte, this check was a twentieth of the loader's work).
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let dangerous_at = |i: usize| match bytes[i] {
        b'\n' | b'\t' => false,
        0..0x20 | 0x7f => true,
        // C1 controls are U+0080..U+009F: 0xC2 0x80..0x9F in UTF-8.
        0xc2 => bytes.get(i + 1).is_some_and(|&n| n < 0xa0),
        // Bidi controls U+202A..U+202E and U+2066..U+2069: 0xE2 0x80|0x81 ...
        0xe2 => matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0x80), Some(0xaa..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
        ),
        _ => false,
    };
    let mut i = 0;
    while i + 8 <= bytes.len() {
        let x = u64::from_le_bytes(bytes[i..i + 8].try_into().expect("8 bytes"));
        // Exact tests for "some byte < 0x20" and "some byte > 0x7e".
        let below = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
        let above = (x.wrapping_add(ONES) | x) & HIGH;
        if below | above != 0 && (i..i + 8).any(dangerous_at) {
            return true;
        }
        i += 8;
    }
    (i..bytes.len()).any(dangerous_at)
}

fn is_dangerous(c: char) -> bool {
    c.is_control() // C0, DEL and C1
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

type Chars<'a> = std::str::Chars<'a>;

fn peek(chars: &Chars) -> Option<char> {
    chars.clone().next()
}

/// Consumes the next char when it is in `range`.
fn next_in(chars: &mut Chars, range: std::ops::RangeInclusive<char>) -> bool {
    let hit = peek(chars).is_some_and(|c| range.contains(&c));
    if hit {
        chars.next();
    }
    hit
}

/// Skips the rest of an escape sequence whose ESC was just read.
fn skip_escape(chars: &mut Chars) {
    match peek(chars) {
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        Some(']' | 'P' | 'X' | '^' | '_') => {
            chars.next();
            skip_string(chars);
        }
        // Intermediate bytes then one final byte (e.g. `ESC ( B`).
        Some('\u{20}'..='\u{2f}') => {
            while next_in(chars, '\u{20}'..='\u{2f}') {}
            next_in(chars, '\u{30}'..='\u{7e}');
        }
        Some('\u{30}'..='\u{7e}') => {
            chars.next();
        }
        _ => {}
    }
}

/// Skips CSI parameters and intermediates, then its final byte.
fn skip_csi(chars: &mut Chars) {
    while next_in(chars, '\u{20}'..='\u{3f}') {}
    next_in(chars, '\u{40}'..='\u{7e}');
}

/// Skips an OSC/DCS-style string up to BEL, ST (`ESC \`) or C1 ST, or the end of
/// the line: a missing terminator must not swallow the whole article.
fn skip_string(chars: &mut Chars) {
    while let Some(c) = peek(chars) {
        match c {
            '\u{7}' | '\u{9c}' => {
                chars.next();
                return;
            }
            '\u{1b}' => {
                chars.next();
                next_in(chars, '\\'..='\\');
                return;
            }
            '\n' | '\r' => return,
            _ => {
                chars.next();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by the property test: the control between `Ã` and `“` hid
    /// the mis-decoded `Ó` from the first repair.
    #[test]
    fn a_stripped_control_does_not_leave_mojibake_for_a_second_clean() {
        let once = clean("Ã\u{e}“");
        assert_eq!(once, "Ó");
        assert_eq!(clean(&once), once);
    }

    #[test]
    fn a_control_is_found_at_any_place_in_the_word_at_a_time_scan() {
        for control in ["\u{1b}", "\r", "\u{7f}", "\u{9b}", "\u{202e}", "\u{1}"] {
            for at in 0..24 {
                let text = format!("{}{control}{}", "a".repeat(at), "é".repeat(5));
                assert!(needs_cleaning(text.as_bytes()), "{control:?} at {at}");
            }
        }
        let plain = "Plain text,\twith a tab\nand é, \u{2014} and \u{201c}quotes\u{201d}~";
        assert!(!needs_cleaning(plain.as_bytes()));
        assert!(matches!(clean(plain), Cow::Borrowed(_)));
    }

    #[test]
    fn removes_escape_sequences_and_controls() {
        let dirty = "a\u{1b}[31mred\u{1b}[0m b\u{1b}]52;c;SGVsbG8=\u{7} c\u{1b}]0;title\u{1b}\\ d\u{9b}2J e\u{202E}f\u{0}g";
        assert_eq!(clean(dirty), "ared b c d efg");
    }

    #[test]
    fn fast_path_agrees_with_the_slow_one() {
        for s in [
            "plain text\n\twith tabs",
            "caf\u{e9} \u{2014} \u{201c}q\u{201d}",
            "a\u{85}b",
            "x\u{2067}y",
            "\r",
        ] {
            let slow: String = s
                .chars()
                .filter(|&c| matches!(c, '\n' | '\t') || !is_dangerous(c) && c != '\r')
                .collect();
            assert_eq!(needs_cleaning(s.as_bytes()), slow != s, "{s:?}");
        }
    }

    #[test]
    fn a_lone_c1_introducer_is_mojibake_not_a_sequence() {
        // `“yes” and more` encoded as UTF-8 and read back as Latin-1 is
        // repaired; what is left of it when a byte was lost is not a sequence.
        let mojibake = "He said \u{e2}\u{80}\u{9c}yes\u{e2}\u{80}\u{9d} and more.\nNext";
        assert_eq!(clean(mojibake), "He said “yes” and more.\nNext");
        let damaged = "He said \u{e2}\u{9c}yes\u{e2}\u{9d} and more.\nNext";
        assert_eq!(clean(damaged), "He said \u{e2}yes\u{e2} and more.\nNext");
        // With a BEL on the line it is a sequence, payload and all.
        assert_eq!(clean("a\u{9d}0;title\u{7}b \u{9d}x\u{9d}y"), "ab xy");
        // Many introducers on one long line: linear, not quadratic.
        let long = "\u{9d}\u{9c}".repeat(100_000) + "\u{7}";
        assert_eq!(clean(&long), "");
    }

    #[test]
    fn unterminated_osc_stops_at_line_end() {
        assert_eq!(clean("x\u{1b}]8;;http://a\nnext"), "x\nnext");
    }

    #[test]
    fn one_line_fields_and_printable_names() {
        assert_eq!(
            one_line(" Two\nlines\r\n\tand\u{1b}[1m a tab "),
            "Two lines and a tab"
        );
        assert_eq!(
            printable_name("a\u{1b}[31m\nb\u{202e}.txt"),
            "a\u{FFFD}[31m\u{FFFD}b\u{FFFD}.txt"
        );
        assert_eq!(printable_name("caf\u{e9}.txt"), "caf\u{e9}.txt");
    }

    #[test]
    fn normalises_line_ends_and_keeps_tabs() {
        assert_eq!(clean("a\r\nb\rc\td"), "a\nb\nc\td");
    }
}
