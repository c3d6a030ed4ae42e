//! Cutting text into runs of word bytes 8 bytes at a time (for `cut`): the
//! byte-by-byte loop's table look-up and branch were a third of cutting.

use crate::marks::Fnv;

/// Each byte's top bit, where `classify` and `within` answer.
const TOP: u64 = 0x8080_8080_8080_8080;

/// `b` in each of 8 bytes.
const fn each(b: u8) -> u64 {
    b as u64 * 0x0101_0101_0101_0101
}

/// The top bit of each byte of `x` (every byte below 0x80) that is in
/// `lo..=hi`: adding `0x80 - lo` sets it from `lo` up, adding `0x7f - hi`
/// from above `hi`, and neither sum carries into the next byte.
#[inline(always)]
fn within(x: u64, lo: u8, hi: u8) -> u64 {
    x.wrapping_add(each(0x80 - lo)) & !x.wrapping_add(each(0x7f - hi)) & TOP
}

/// What 8 bytes are, for cutting words, as the top bit of each byte: part of
/// a word (an ASCII letter or digit, or any byte of a character beyond ASCII,
/// cut further by character); of those, capitals; and bytes beyond ASCII.
#[inline(always)]
fn classify(chunk: u64) -> (u64, u64, u64) {
    let ascii = chunk & !TOP;
    let beyond = chunk & TOP;
    let upper = within(ascii, b'A', b'Z') & !beyond;
    let word = within(ascii, b'0', b'9') | within(ascii | each(0x20), b'a', b'z') | beyond;
    (word, upper, beyond)
}

/// Calls `f(start, end, upper, beyond)` for each run of word bytes in
/// `bytes` (see `classify`), with whether it holds a capital and a byte
/// beyond ASCII, and feeds every byte to `content` on the way. 8 bytes at a
/// time: a table look-up and a branch a byte were a third of cutting.
#[inline(always)]
pub(super) fn runs(bytes: &[u8], content: &mut Fnv, mut f: impl FnMut(usize, usize, bool, bool)) {
    // The run that reached the end of the last chunk: its start, capital, beyond.
    let mut open: Option<(usize, bool, bool)> = None;
    let mut at = 0;
    // A run reaching the very end is ended by a chunk of none of the bytes,
    // so that `f` has one call site and is inlined.
    while at < bytes.len() || open.is_some() {
        let len = bytes.len().saturating_sub(at).min(8);
        let chunk = if len == 8 {
            let chunk = u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"));
            content.chunk(chunk, 8);
            chunk
        } else {
            // Zeros after the end: not word bytes, so the last run ends there.
            let chunk = (bytes[at..at + len].iter().rev()).fold(0, |acc, &b| acc << 8 | u64::from(b));
            content.chunk(chunk, len);
            chunk
        };
        let (word, upper, beyond) = classify(chunk);
        let mut k = 0;
        loop {
            let from = u64::MAX << (8 * k);
            let (start, up, be) = match open {
                Some(run) => run,
                None => match word & from {
                    0 => break,
                    starts => {
                        k = starts.trailing_zeros() as usize / 8;
                        (at + k, false, false)
                    }
                },
            };
            let ends = !word & TOP & (u64::MAX << (8 * k));
            let end = if ends == 0 { 8 } else { ends.trailing_zeros() as usize / 8 };
            let span = (u64::MAX << (8 * k)) & !u64::MAX.checked_shl(8 * end as u32).unwrap_or(0);
            let run = (start, up || upper & span != 0, be || beyond & span != 0);
            if end == 8 {
                open = Some(run);
                break;
            }
            open = None;
            f(run.0, at + end, run.1, run.2);
            k = end;
        }
        at += 8;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The runs byte by byte: what `runs` must give.
    fn plain(bytes: &[u8]) -> Vec<(usize, usize, bool, bool)> {
        let is_word = |b: u8| b >= 0x80 || b.is_ascii_alphanumeric();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if !is_word(bytes[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && is_word(bytes[i]) {
                i += 1;
            }
            let run = &bytes[start..i];
            let upper = run.iter().any(u8::is_ascii_uppercase);
            out.push((start, i, upper, run.iter().any(|&b| b >= 0x80)));
        }
        out
    }

    /// Every byte value is classed as the byte-by-byte test does, and runs
    /// of every length end at every place of a chunk and of the text, with
    /// the content hash of the bytes fed.
    #[test]
    fn runs_are_those_cut_byte_by_byte() {
        for b in 0..=255u8 {
            let (word, upper, beyond) = classify(u64::from(b) << 24);
            let want = (b >= 0x80 || b.is_ascii_alphanumeric(), b.is_ascii_uppercase(), b >= 0x80);
            assert_eq!((word != 0, upper != 0, beyond != 0), want, "{b:#x}");
        }
        let alphabet: &[u8] = b"aZ09 .\x10\x19\x1f@[`{\x7f\xc3\xa9-";
        let mut seed = 7u64;
        for len in 0..70 {
            for _ in 0..40 {
                let bytes: Vec<u8> = (0..len)
                    .map(|_| {
                        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                        alphabet[(seed >> 33) as usize % alphabet.len()]
                    })
                    .collect();
                let mut got = Vec::new();
                let mut content = Fnv::new();
                runs(&bytes, &mut content, |s, e, u, b| got.push((s, e, u, b)));
                assert_eq!(got, plain(&bytes), "{bytes:?}");
                let mut want = Fnv::new();
                want.bytes(&bytes);
                assert_eq!(content, want);
            }
        }
    }
}
