//! Numbers in the saved index in as few bytes as they need: 7-bit groups
//! (LEB128, the high bit saying another byte follows) for every length and
//! count (`Enc::len`) and the numbers of a list, and a sorted list as the
//! gaps between its numbers. The body-word postings, most of the file when
//! they were plain u32s (160 MB at 100,000 articles; 65 MB now), are sorted
//! article ids whose gaps mostly fit one byte.
//!
//! A list is its count, its size in bytes and the bytes, so the reader can
//! bound both before it allocates, and decodes from one slice.

use super::bytes::{Dec, Enc};
use std::io::{self, Write};

/// How the numbers of a list are written.
#[derive(Clone, Copy)]
pub(super) enum Kind {
    /// Each number as it is: small numbers that are not sorted (and
    /// `VarintLists`'s bytes, written and read whole there).
    #[cfg(test)]
    Plain,
    /// Each number as its difference from the one before, zig-zagged so a
    /// step down costs a bit rather than five bytes: sorted lists (postings,
    /// article lists, ends) are mostly one byte a number.
    Gaps,
}

impl<W: Write> Enc<W> {
    pub(super) fn list(&mut self, v: &[u32], kind: Kind) -> io::Result<()> {
        let mut out = Vec::with_capacity(v.len() + 4);
        let mut prev = 0i64;
        for &x in v {
            let n = match kind {
                #[cfg(test)]
                Kind::Plain => u64::from(x),
                Kind::Gaps => {
                    let d = i64::from(x) - prev;
                    prev = i64::from(x);
                    ((d << 1) ^ (d >> 63)) as u64
                }
            };
            let (buf, used) = leb128(n);
            out.extend_from_slice(&buf[..used]);
        }
        self.len(v.len())?;
        self.len(out.len())?;
        self.bytes(&out)
    }
}

/// `n` in 7-bit groups, low first, the high bit set on all but the last:
/// the bytes and how many of them are used.
pub(super) fn leb128(mut n: u64) -> ([u8; 10], usize) {
    let (mut buf, mut i) = ([0u8; 10], 0);
    while n >= 0x80 {
        buf[i] = n as u8 | 0x80;
        n >>= 7;
        i += 1;
    }
    buf[i] = n as u8;
    (buf, i + 1)
}

/// The number `leb128` wrote at `bytes[*pos..]`, moving `pos` past it; none
/// if the bytes end first or it runs past 64 bits.
pub(super) fn read_leb128(bytes: &[u8], pos: &mut usize) -> Option<u64> {
    let mut n = 0u64;
    for shift in (0..64).step_by(7) {
        let b = *bytes.get(*pos)?;
        *pos += 1;
        n |= u64::from(b & 0x7f) << shift;
        if b < 0x80 {
            return Some(n);
        }
    }
    None
}

impl Dec<'_> {
    pub(super) fn list(&mut self, kind: Kind) -> Result<Vec<u32>, String> {
        let count = self.len()?;
        let size = self.len()?;
        let bytes = self.take(size)?;
        // Every number takes a byte at least: a count past that is damage.
        if count > bytes.len() {
            return Err("bad list".into());
        }
        let mut out = Vec::with_capacity(count);
        let (mut pos, mut prev) = (0, 0i64);
        for _ in 0..count {
            let n = read_leb128(bytes, &mut pos).ok_or("bad list")?;
            let x = match kind {
                #[cfg(test)]
                Kind::Plain => n as i64,
                Kind::Gaps => {
                    let step = (n >> 1) as i64 ^ -((n & 1) as i64);
                    prev = prev.checked_add(step).ok_or("bad list")?;
                    prev
                }
            };
            out.push(u32::try_from(x).map_err(|_| "bad list")?);
        }
        match pos == bytes.len() {
            true => Ok(out),
            false => Err("bad list".into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(v: &[u32], kind: Kind) -> (usize, Vec<u32>) {
        let mut bytes = Vec::new();
        let mut e = Enc(&mut bytes, Default::default());
        e.list(v, kind).unwrap();
        let sum = e.1.finish();
        let size = bytes.len();
        bytes.extend_from_slice(&sum.to_le_bytes());
        let mut d = Dec::checked(&bytes).unwrap();
        let back = d.list(kind).unwrap();
        assert!(d.at_end());
        (size, back)
    }

    #[test]
    fn lists_come_back_whatever_their_order_and_size() {
        let lists: [&[u32]; 5] = [
            &[],
            &[0, 1, 2, 3, 200, 100_000, 100_001],
            &[u32::MAX, 0, u32::MAX, 7],
            &[127, 128, 16_383, 16_384],
            &[5, 3, 1],
        ];
        for list in lists {
            for kind in [Kind::Plain, Kind::Gaps] {
                assert_eq!(round_trip(list, kind).1, list);
            }
        }
    }

    #[test]
    fn a_sorted_list_takes_about_a_byte_a_number() {
        let postings: Vec<u32> = (0..10_000).map(|i| 50_000 + i * 3).collect();
        let (size, back) = round_trip(&postings, Kind::Gaps);
        assert_eq!(back, postings);
        // The count and the size (two bytes each), the first number (three) and a byte a gap.
        assert_eq!(size, 2 + 2 + 3 + 9_999);
    }

    #[test]
    fn damaged_lists_are_errors() {
        let mut bytes = Vec::new();
        let mut e = Enc(&mut bytes, Default::default());
        e.list(&[1, 300, 5], Kind::Plain).unwrap();
        let body = bytes.clone();
        let sealed = |mut b: Vec<u8>| {
            let mut s = crate::search::bytes::Sum::default();
            s.feed(&b);
            let sum = s.finish();
            b.extend_from_slice(&sum.to_le_bytes());
            b
        };
        // A count larger than the bytes, a number that never ends, bytes left over.
        let mut too_many = body.clone();
        too_many[0] = 9;
        let mut endless = body.clone();
        endless[2..].fill(0xff);
        let mut fewer = body.clone();
        fewer[0] = 2;
        for bad in [too_many, endless, fewer] {
            let bytes = sealed(bad);
            let mut d = Dec::checked(&bytes).unwrap();
            assert!(d.list(Kind::Plain).is_err());
        }
    }
}
