//! Many short lists of numbers, each number in as few bytes as it needs
//! (LEB128, as the saved index writes them), end to end and cut by their
//! ends. For what is read only when the entities are resolved or an article
//! leaves: each article's entity records (`Said`), 25.8 MB as `u32`s at
//! 100,000 articles and about half that so. The bytes are those of the
//! saved index's plain list, so saving and restoring copy them whole.

use super::bytes::{Dec, Enc};
use super::varint::{Kind, leb128, read_leb128};
use std::io::{self, Write};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct VarintLists {
    bytes: Vec<u8>,
    /// Where each list's bytes end.
    ends: Vec<u32>,
    /// Numbers in all the lists.
    count: usize,
}

impl VarintLists {
    pub fn push(&mut self, list: &[u32]) {
        for &n in list {
            let (buf, used) = leb128(u64::from(n));
            self.bytes.extend_from_slice(&buf[..used]);
        }
        self.count += list.len();
        let end = u32::try_from(self.bytes.len()).expect("lists under 4 GB");
        self.ends.push(end);
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// List `i`, into `out` (cleared first).
    pub fn get(&self, i: usize, out: &mut Vec<u32>) {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        let bytes = &self.bytes[start..self.ends[i] as usize];
        out.clear();
        let mut pos = 0;
        // Every list was pushed (or checked, `decode`) whole: each read ends.
        while let Some(n) = read_leb128(bytes, &mut pos) {
            out.push(n as u32);
        }
    }

    /// Whether `f` holds for every list, in order (stops at the first that fails).
    pub fn all(&self, mut f: impl FnMut(&[u32]) -> bool) -> bool {
        let mut list = Vec::new();
        (0..self.len()).all(|i| {
            self.get(i, &mut list);
            f(&list)
        })
    }

    /// Keeps the lists `keep(i)` says to, in order.
    pub fn retain(&mut self, keep: impl Fn(usize) -> bool) {
        let (mut kept, mut list) = (VarintLists::default(), Vec::new());
        for i in (0..self.len()).filter(|&i| keep(i)) {
            self.get(i, &mut list);
            kept.push(&list);
        }
        *self = kept;
    }

    /// Gives back the room pushes left unused.
    pub fn shrink_to_fit(&mut self) {
        self.bytes.shrink_to_fit();
        self.ends.shrink_to_fit();
    }

    pub(super) fn heap(&self, h: &mut super::memory::Heap) {
        h.vec(&self.bytes, self.bytes.capacity());
        h.vec(&self.ends, self.ends.capacity());
    }

    /// What a `Flat` of the same lists saves: every number as a plain list,
    /// then the ends counted in numbers as gaps.
    pub fn encode<W: Write>(&self, e: &mut Enc<W>) -> io::Result<()> {
        e.len(self.count)?;
        e.len(self.bytes.len())?;
        e.bytes(&self.bytes)?;
        let (mut ends, mut numbers, mut start) = (Vec::with_capacity(self.len()), 0u32, 0);
        for &end in &self.ends {
            let list = &self.bytes[start..end as usize];
            numbers += list.iter().filter(|&&b| b < 0x80).count() as u32;
            ends.push(numbers);
            start = end as usize;
        }
        e.list(&ends, Kind::Gaps)
    }

    /// What `encode` wrote, every number checked to fit a `u32` and the ends
    /// to cut the numbers whole.
    pub fn decode(d: &mut Dec) -> Result<VarintLists, String> {
        let bad = || "bad entity records".to_string();
        let count = d.len()?;
        let size = d.len()?;
        let bytes = d.take(size)?;
        let number_ends = d.list(Kind::Gaps)?;
        // One walk over the numbers, cutting where each list's count ends.
        let mut ends = Vec::with_capacity(number_ends.len());
        let (mut pos, mut read) = (0, 0);
        for &n in &number_ends {
            let n = n as usize;
            if n < read || n > count {
                return Err(bad());
            }
            while read < n {
                let number = read_leb128(bytes, &mut pos).ok_or_else(bad)?;
                u32::try_from(number).map_err(|_| bad())?;
                read += 1;
            }
            ends.push(u32::try_from(pos).map_err(|_| bad())?);
        }
        if read != count || pos != bytes.len() {
            return Err(bad());
        }
        Ok(VarintLists {
            bytes: bytes.to_vec(),
            ends,
            count,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists(p: &VarintLists) -> Vec<Vec<u32>> {
        let mut out = Vec::new();
        p.all(|l| {
            out.push(l.to_vec());
            true
        });
        out
    }

    #[test]
    fn lists_come_back_as_pushed_and_kept() {
        let mut p = VarintLists::default();
        let want: [&[u32]; 4] = [&[1, 300, 0], &[], &[u32::MAX, 127, 128], &[16_384]];
        want.iter().for_each(|l| p.push(l));
        assert_eq!(p.len(), 4);
        assert_eq!(lists(&p), want);
        let mut one = vec![9];
        p.get(1, &mut one);
        assert!(one.is_empty());
        p.retain(|i| i % 2 == 1);
        assert_eq!(lists(&p), [&[][..], &[16_384]]);
    }

    #[test]
    fn saved_as_a_flat_list_and_read_back() {
        let mut p = VarintLists::default();
        for l in [&[5u32, 70_000][..], &[], &[3, 2, 1]] {
            p.push(l);
        }
        let mut bytes = Vec::new();
        let mut e = Enc(&mut bytes, Default::default());
        p.encode(&mut e).unwrap();
        let sum = e.1.finish();
        // The same bytes as the numbers and the ends saved as two lists
        // (as a `Flat` of `u32`s was saved).
        let mut flat = Vec::new();
        let mut f = Enc(&mut flat, Default::default());
        f.list(&[5, 70_000, 3, 2, 1], Kind::Plain).unwrap();
        f.list(&[2, 2, 5], Kind::Gaps).unwrap();
        assert_eq!(bytes, flat);
        bytes.extend_from_slice(&sum.to_le_bytes());
        let mut d = Dec::checked(&bytes).unwrap();
        assert_eq!(VarintLists::decode(&mut d), Ok(p));
        assert!(d.at_end());
    }

    #[test]
    fn ends_that_cut_a_number_or_overrun_are_errors() {
        for (numbers, ends) in [
            (&[1u32, 2][..], &[1u32, 3][..]),
            (&[1, 2], &[2, 1]),
            (&[1, 2], &[1]),
        ] {
            let mut bytes = Vec::new();
            let mut e = Enc(&mut bytes, Default::default());
            e.list(numbers, Kind::Plain).unwrap();
            e.list(ends, Kind::Gaps).unwrap();
            let sum = e.1.finish();
            bytes.extend_from_slice(&sum.to_le_bytes());
            let mut d = Dec::checked(&bytes).unwrap();
            assert!(VarintLists::decode(&mut d).is_err(), "{numbers:?} {ends:?}");
        }
    }

    #[test]
    fn a_count_that_disagrees_with_the_bytes_is_an_error() {
        // Two numbers stored, one counted, and the reverse.
        for (count, ends) in [(1usize, &[1u32][..]), (3, &[3])] {
            let mut bytes = Vec::new();
            let mut e = Enc(&mut bytes, Default::default());
            e.len(count).unwrap();
            e.len(2).unwrap();
            e.bytes(&[1, 2]).unwrap();
            e.list(ends, Kind::Gaps).unwrap();
            let sum = e.1.finish();
            bytes.extend_from_slice(&sum.to_le_bytes());
            let mut d = Dec::checked(&bytes).unwrap();
            assert!(VarintLists::decode(&mut d).is_err(), "{count} {ends:?}");
        }
    }
}
