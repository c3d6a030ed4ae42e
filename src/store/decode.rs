//! Turning raw file bytes into text: UTF-8 or UTF-16 by their byte-order mark,
//! and telling a binary file from a text one before it is read as an article.

use std::borrow::Cow;

/// Decoded text and whether decoding had to replace invalid bytes.
pub struct Decoded<'a> {
    /// Borrowed from the bytes when they are valid UTF-8 already.
    pub text: Cow<'a, str>,
    pub lossy: bool,
}

/// Decodes bytes as UTF-8 (BOM dropped) or as UTF-16 when a UTF-16 BOM says so.
/// Invalid sequences become U+FFFD rather than failing the file.
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return decode_utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return decode_utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return decode_utf16(rest, u16::from_be_bytes);
    }
    decode_utf8(bytes)
}

fn decode_utf8(bytes: &[u8]) -> Decoded<'_> {
    // Checking alone is several times quicker than `from_utf8_lossy`'s
    // walk by chunks (3% of a first start's CPU), and almost every file is
    // valid: only an invalid one is walked again to replace what is wrong.
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(bytes),
    };
    let lossy = matches!(text, Cow::Owned(_));
    Decoded { text, lossy }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Decoded<'static> {
    let units = bytes.chunks(2).map(|c| match c {
        [a, b] => unit([*a, *b]),
        _ => 0xFFFD,
    });
    let mut lossy = bytes.len() % 2 == 1;
    let text = char::decode_utf16(units)
        .map(|r| {
            r.unwrap_or_else(|_| {
                lossy = true;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect::<String>();
    Decoded {
        text: Cow::Owned(text),
        lossy,
    }
}

/// True when the bytes look like a binary file rather than text: a NUL byte
/// (UTF-16 is decoded before this is asked) or many control bytes early on.
pub fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let mut controls = 0;
    // Eight bytes at a time: text is long runs with no byte below 0x20 but
    // its line ends, and only a word holding one is looked at byte by byte.
    let mut words = head.chunks_exact(8);
    for word in &mut words {
        let x = u64::from_le_bytes(word.try_into().expect("8 bytes"));
        if below_space(x) {
            match count_controls(word) {
                None => return true,
                Some(n) => controls += n,
            }
        }
    }
    match count_controls(words.remainder()) {
        None => true,
        Some(n) => (controls + n) * 10 > head.len().max(1),
    }
}

/// Whether some byte of the eight in `x` is below 0x20 (exact).
fn below_space(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    x.wrapping_sub(ONES * 0x20) & !x & HIGH != 0
}

/// The control bytes a text may not hold many of; `None` for a NUL (UTF-16
/// is decoded before this is asked, so a NUL means binary).
fn count_controls(bytes: &[u8]) -> Option<usize> {
    let mut n = 0;
    for &b in bytes {
        match b {
            0 => return None,
            b'\n' | b'\r' | b'\t' | 0x0C | 0x1B => {}
            1..0x20 => n += 1,
            _ => {}
        }
    }
    Some(n)
}

/// True when a UTF-16 byte-order mark starts the bytes (so NULs are expected).
pub fn has_utf16_bom(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `looks_binary` as it was written byte by byte, to check the word-at-a-time one.
    fn looks_binary_bytewise(bytes: &[u8]) -> bool {
        let head = &bytes[..bytes.len().min(8192)];
        if head.contains(&0) {
            return true;
        }
        let controls = (head.iter())
            .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C | 0x1B))
            .count();
        controls * 10 > head.len().max(1)
    }

    #[test]
    fn binary_is_told_as_byte_by_byte() {
        // Text with controls, NULs and high bytes at every place and in every
        // number, around the 8-byte words and the 8 KB head.
        let mut state = 7u64;
        let mut next = || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) as usize
        };
        for len in (0..40).chain([8191, 8192, 8193, 9000]) {
            for _ in 0..200 {
                let mut bytes: Vec<u8> = (0..len).map(|_| b"ab \n."[next() % 5]).collect();
                for _ in 0..next() % 6 {
                    if len > 0 {
                        bytes[next() % len] = [0, 1, 0x1b, 0x0c, 0x1f, 0x7f, 0xc2, 0x80][next() % 8];
                    }
                }
                assert_eq!(looks_binary(&bytes), looks_binary_bytewise(&bytes), "{bytes:?}");
            }
        }
    }

    #[test]
    fn valid_utf8_is_borrowed_and_invalid_replaced() {
        let d = decode("naïve — text".as_bytes());
        assert!(matches!(d.text, Cow::Borrowed("naïve — text")) && !d.lossy);
        let d = decode(b"caf\xe9 ok");
        assert_eq!((d.text.as_ref(), d.lossy), ("caf\u{fffd} ok", true));
    }

    #[test]
    fn decodes_utf16_and_boms() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("hé".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le).text, "hé");
        assert_eq!(decode(b"\xEF\xBB\xBFhi").text, "hi");
        let bad = decode(b"caf\xE9");
        assert!(bad.lossy);
        assert_eq!(bad.text, "caf\u{FFFD}");
    }
}
