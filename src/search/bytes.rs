//! The saved index's primitives: little-endian numbers, lengths before
//! contents, a checksum of every byte written, and a reader that checks
//! every length against what is left, so a damaged file is an error and
//! never a panic.

use crate::analysis::hash::FxHasher;
use crate::store::Stamp;
use std::hash::Hasher;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// A checksum of a stream of bytes, however it is cut into writes: 8-byte
/// words through the Fx hash, the tail zero-padded, and the length.
#[derive(Default)]
pub(super) struct Sum {
    hash: FxHasher,
    word: [u8; 8],
    filled: usize,
    len: u64,
}

impl Sum {
    pub(super) fn feed(&mut self, mut bytes: &[u8]) {
        self.len += bytes.len() as u64;
        if self.filled > 0 {
            let n = bytes.len().min(8 - self.filled);
            self.word[self.filled..self.filled + n].copy_from_slice(&bytes[..n]);
            (self.filled, bytes) = (self.filled + n, &bytes[n..]);
            if self.filled < 8 {
                return;
            }
            self.hash.write_u64(u64::from_le_bytes(self.word));
            self.filled = 0;
        }
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            self.hash
                .write_u64(u64::from_le_bytes(w.try_into().expect("8 bytes")));
        }
        let rest = words.remainder();
        self.word[..rest.len()].copy_from_slice(rest);
        self.filled = rest.len();
    }

    /// How many bytes were fed so far.
    pub(super) fn written(&self) -> u64 {
        self.len
    }

    pub(super) fn finish(mut self) -> u64 {
        if self.filled > 0 {
            self.word[self.filled..].fill(0);
            self.hash.write_u64(u64::from_le_bytes(self.word));
        }
        self.hash.write_u64(self.len);
        self.hash.finish()
    }
}

/// Writes the saved form, summing every byte as it goes.
pub(super) struct Enc<W>(pub(super) W, pub(super) Sum);

impl<W: Write> Enc<W> {
    pub(super) fn bytes(&mut self, b: &[u8]) -> io::Result<()> {
        self.1.feed(b);
        self.0.write_all(b)
    }
    pub(super) fn u32(&mut self, v: u32) -> io::Result<()> {
        self.bytes(&v.to_le_bytes())
    }
    pub(super) fn u64(&mut self, v: u64) -> io::Result<()> {
        self.bytes(&v.to_le_bytes())
    }
    /// A length or count, as a varint (most are under 128: one byte).
    pub(super) fn len(&mut self, n: usize) -> io::Result<()> {
        let (buf, used) = super::varint::leb128(n as u64);
        self.bytes(&buf[..used])
    }
    pub(super) fn str(&mut self, s: &str) -> io::Result<()> {
        self.len(s.len())?;
        self.bytes(s.as_bytes())
    }
    pub(super) fn path(&mut self, p: &Path) -> io::Result<()> {
        let b = p.as_os_str().as_encoded_bytes();
        self.len(b.len())?;
        self.bytes(b)
    }
    pub(super) fn stamp(&mut self, s: Option<Stamp>) -> io::Result<()> {
        self.opt(s, |e, s| {
            e.u64(s.len)?;
            e.bytes(&s.modified.to_le_bytes())?;
            e.bytes(&s.changed.to_le_bytes())
        })
    }
    pub(super) fn opt<T>(
        &mut self,
        v: Option<T>,
        f: impl FnOnce(&mut Self, T) -> io::Result<()>,
    ) -> io::Result<()> {
        match v {
            None => self.bytes(&[0]),
            Some(v) => {
                self.bytes(&[1])?;
                f(self, v)
            }
        }
    }
}

/// A bounds-checked reader over the saved bytes.
pub struct Dec<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Dec<'a> {
    /// A reader over a saved file whose checksum holds.
    pub fn checked(file: &'a [u8]) -> Result<Dec<'a>, String> {
        let at = file.len().checked_sub(8).ok_or("cut short")?;
        let (buf, sum) = file.split_at(at);
        let mut want = Sum::default();
        want.feed(buf);
        if want.finish().to_le_bytes() != sum {
            return Err("damaged (checksum)".into());
        }
        Ok(Dec { buf, pos: 0 })
    }
    pub(super) fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.buf.len());
        let end = end.ok_or("cut short")?;
        let b = &self.buf[self.pos..end];
        self.pos = end;
        Ok(b)
    }
    pub(super) fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes")))
    }
    pub(super) fn u64(&mut self) -> Result<u64, String> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().expect("8 bytes")))
    }
    pub(super) fn i128(&mut self) -> Result<i128, String> {
        Ok(i128::from_le_bytes(self.take(16)?.try_into().expect("16 bytes")))
    }
    /// A length, which can never exceed the bytes left (each item takes one).
    pub(super) fn len(&mut self) -> Result<usize, String> {
        let n = super::varint::read_leb128(self.buf, &mut self.pos).ok_or("bad length")?;
        let n = usize::try_from(n).map_err(|_| "bad length")?;
        (n <= self.buf.len() - self.pos)
            .then_some(n)
            .ok_or_else(|| "bad length".into())
    }
    pub(super) fn str(&mut self) -> Result<String, String> {
        let n = self.len()?;
        String::from_utf8(self.take(n)?.to_vec()).map_err(|_| "bad text".into())
    }
    pub(super) fn path(&mut self) -> Result<PathBuf, String> {
        let n = self.len()?;
        let bytes = self.take(n)?;
        // What `as_encoded_bytes` wrote on this platform; Unix takes any bytes.
        #[cfg(unix)]
        let os = <std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(bytes).to_owned();
        #[cfg(not(unix))]
        let os = std::ffi::OsString::from(std::str::from_utf8(bytes).map_err(|_| "bad path")?);
        Ok(PathBuf::from(os))
    }
    pub(super) fn stamp(&mut self) -> Result<Option<Stamp>, String> {
        self.opt(|d| {
            Ok(Stamp {
                len: d.u64()?,
                modified: d.i128()?,
                changed: d.i128()?,
            })
        })
    }
    pub(super) fn opt<T>(
        &mut self,
        f: impl FnOnce(&mut Self) -> Result<T, String>,
    ) -> Result<Option<T>, String> {
        match self.take(1)?[0] {
            0 => Ok(None),
            1 => f(self).map(Some),
            _ => Err("bad option".into()),
        }
    }
}

impl<'a> Dec<'a> {
    /// For a file that ends with the offset of a part of it (a u64): a
    /// reader of that part to the end, this one cut short where it starts.
    pub(super) fn split_at_offset_at_end(&mut self) -> Result<Dec<'a>, String> {
        let end = (self.buf.len().checked_sub(8))
            .filter(|&e| e >= self.pos)
            .ok_or("cut short")?;
        let at = u64::from_le_bytes(self.buf[end..].try_into().expect("8 bytes"));
        let at = (usize::try_from(at).ok())
            .filter(|&a| a >= self.pos && a <= end)
            .ok_or("bad offset")?;
        let tail = Dec {
            buf: &self.buf[..end],
            pos: at,
        };
        self.buf = &self.buf[..at];
        Ok(tail)
    }

    /// Whether every byte was read.
    pub(super) fn at_end(&self) -> bool {
        self.pos == self.buf.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checksum_does_not_depend_on_how_the_bytes_are_cut() {
        let bytes: Vec<u8> = (0..100u8).collect();
        let mut whole = Sum::default();
        whole.feed(&bytes);
        let whole = whole.finish();
        for cut in [1, 3, 7, 8, 9, 31] {
            let mut pieces = Sum::default();
            bytes.chunks(cut).for_each(|c| pieces.feed(c));
            assert_eq!(pieces.finish(), whole, "pieces of {cut}");
        }
        let mut shorter = Sum::default();
        shorter.feed(&bytes[..99]);
        assert_ne!(shorter.finish(), whole);
    }
}
