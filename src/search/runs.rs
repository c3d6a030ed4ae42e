//! Cutting text into runs of word bytes 8 bytes at a time (for `cut`): the
//! byte-by-byte loop's table look-up and branch were a third of cutting.

use crate::marks::Fnv;

/// Each byte's top bit, where `word_bytes` and `within` answer.
pub(super) const TOP: u64 = 0x8080_8080_8080_8080;

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

/// Which of 8 bytes are part of a word, as the top bit of each byte: an
/// ASCII letter or digit, or any byte of a character beyond ASCII (cut
/// further by character).
#[inline(always)]
fn word_bytes(chunk: u64) -> u64 {
    let ascii = chunk & !TOP;
    within(ascii, b'0', b'9') | within(ascii | each(0x20), b'a', b'z') | chunk & TOP
}

/// Calls `f(start, end)` for each run of word bytes in `bytes` (see
/// `word_bytes`), and feeds every byte to `content` on the way. 8 bytes at a
/// time: the places where a byte differs from the one before in being part
/// of a word are the runs' starts and ends, in turn. A table look-up and a
/// branch a byte, and a mispredicted branch at each end, were a third of
/// cutting.
#[inline(always)]
pub(super) fn runs(bytes: &[u8], content: &mut Fnv, mut f: impl FnMut(usize, usize)) {
    let (mut at, mut start, mut inside) = (0, 0, false);
    // The last byte before this chunk, as the top bit of the lowest byte.
    let mut before = 0;
    // A run reaching the very end is ended by a chunk of none of the bytes,
    // so that `f` has one call site and is inlined.
    while at < bytes.len() || inside {
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
        let word = word_bytes(chunk);
        let mut edges = word ^ (word << 8 | before);
        before = word >> 56;
        while edges != 0 {
            let edge = at + edges.trailing_zeros() as usize / 8;
            edges &= edges - 1;
            if inside {
                f(start, edge);
            }
            (start, inside) = (edge, !inside);
        }
        at += 8;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The runs byte by byte: what `runs` must give.
    fn plain(bytes: &[u8]) -> Vec<(usize, usize)> {
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
            out.push((start, i));
        }
        out
    }

    /// Every byte value is told as the byte-by-byte test does, and runs of
    /// every length end at every place of a chunk and of the text, with the
    /// content hash of the bytes fed.
    #[test]
    fn runs_are_those_cut_byte_by_byte() {
        for b in 0..=255u8 {
            let word = word_bytes(u64::from(b) << 24);
            assert_eq!(word != 0, b >= 0x80 || b.is_ascii_alphanumeric(), "{b:#x}");
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
                runs(&bytes, &mut content, |s, e| got.push((s, e)));
                assert_eq!(got, plain(&bytes), "{bytes:?}");
                let mut want = Fnv::new();
                want.bytes(&bytes);
                assert_eq!(content, want);
            }
        }
    }
}
