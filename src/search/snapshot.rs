//! The index saved between runs: a whole loaded corpus (without bodies that
//! are read from their files again) and the stamp of every file it came
//! from. Loading 100,000 articles means analysing 227 MB of text, several
//! seconds of CPU on two cores; the saved index loads in a fraction of that,
//! and is used only while every file's stamp is unchanged.
//!
//! The format is byline's own, little-endian, with lengths before contents
//! and a checksum of everything at the end: a damaged file is refused whole,
//! and every read is bounds-checked besides, so it is never a panic.

use super::body::Stored;
use super::corpus::Corpus;
use super::words::WordIndex;
use crate::analysis::hash::FxHasher;
use crate::analysis::{Corrections, EntityIndex, KeyStats};
use crate::store::{Article, Date, Stamp};
use std::hash::Hasher;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

const MAGIC: &[u8; 8] = b"BYLINEIX";
/// Bumped whenever the layout or the analysis changes what it would hold.
const FORMAT: u32 = 4;

/// Every file the load looked at, in walk order, with its stamp.
pub type FileTable = Vec<(PathBuf, Option<Stamp>)>;

/// What the status bar says about a load.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub files: usize,
    pub ignored: usize,
    pub skipped: Vec<(PathBuf, String)>,
    pub lossy: Vec<PathBuf>,
}

/// A saved corpus, read back.
pub struct Restored {
    pub corpus: Corpus,
    pub summary: Summary,
}

/// The index's file name for these PATHs (as given and as absolute paths,
/// so the same folder reached another way shares it) and size limit.
pub fn file_name(roots: &[PathBuf], max_file_bytes: u64) -> String {
    let mut h = FxHasher::default();
    for root in roots {
        h.write(root.as_os_str().as_encoded_bytes());
        let absolute = std::fs::canonicalize(root).unwrap_or_default();
        h.write(absolute.as_os_str().as_encoded_bytes());
        h.write_u8(0);
    }
    h.write_u64(max_file_bytes);
    format!("index-{:016x}.bin", h.finish())
}

/// Saves the index as `path`, whole or not at all (a temporary file renamed
/// over it), creating its folder.
pub fn save(path: &Path, files: &FileTable, corpus: &Corpus, summary: &Summary) -> io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
    let written = std::fs::File::create(&tmp).and_then(|f| {
        let mut out = io::BufWriter::with_capacity(1 << 20, f);
        write(&mut out, files, corpus, summary)?;
        out.into_inner().map_err(|e| e.into_error())?.sync_all()
    });
    match written.and_then(|()| std::fs::rename(&tmp, path)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Writes the corpus, its load's summary and the file table behind them.
pub fn write(out: &mut impl Write, files: &FileTable, c: &Corpus, r: &Summary) -> io::Result<()> {
    let mut e = Enc(out, Sum::default());
    e.bytes(MAGIC)?;
    e.u32(FORMAT)?;
    e.str(env!("CARGO_PKG_VERSION"))?;
    e.len(files.len())?;
    for (path, stamp) in files {
        e.path(path)?;
        e.stamp(*stamp)?;
    }
    e.len(r.files)?;
    e.len(r.ignored)?;
    e.len(r.skipped.len())?;
    for (path, reason) in &r.skipped {
        e.path(path)?;
        e.str(reason)?;
    }
    e.len(r.lossy.len())?;
    for path in &r.lossy {
        e.path(path)?;
    }
    corpus(&mut e, c)?;
    let sum = e.1.finish();
    e.0.write_all(&sum.to_le_bytes())
}

fn corpus<W: Write>(e: &mut Enc<W>, c: &Corpus) -> io::Result<()> {
    e.u64(c.max_file_bytes)?;
    e.len(c.articles.len())?;
    for (i, a) in c.articles.iter().enumerate() {
        e.str(&a.id)?;
        e.opt(a.path.as_deref(), Enc::path)?;
        e.str(&a.title)?;
        e.opt(a.date, |e, d| {
            e.u32(u32::from(d.year))?;
            e.u32(u32::from(d.month) << 8 | u32::from(d.day))
        })?;
        e.opt(a.author.as_deref(), Enc::str)?;
        e.opt(a.url.as_deref(), Enc::str)?;
        e.u32(u32::from(a.lossy))?;
        match &c.stored[i] {
            Stored::File => e.u32(0)?,
            Stored::Inline(paragraphs) => {
                e.u32(1)?;
                e.len(paragraphs.len())?;
                paragraphs.iter().try_for_each(|p| e.str(p))?;
            }
        }
        e.u64(c.hashes[i])?;
        e.u32(c.quotes[i])?;
        e.u32s(&c.keyed[i])?;
        e.u32(c.keys[i].0)?;
        e.u32(c.keys[i].1)?;
        e.u64(c.initials[i])?;
    }
    e.u32s(&c.order)?;
    // The name keys' evidence, not the entities: a restored corpus resolves
    // them again (with today's corrections) and can take new articles.
    let keys = c.entities.keys();
    e.len(keys.len())?;
    for (i, k) in keys.iter().enumerate() {
        e.str(&k.key)?;
        e.len(k.forms.len())?;
        for (form, n) in &k.forms {
            e.str(form)?;
            e.u64(*n)?;
        }
        k.votes.iter().try_for_each(|&v| e.u32(v))?;
        e.u32s(&k.articles)?;
        e.u64(k.mentions)?;
        e.u32(c.key_quotes[i])?;
        e.u32s(&c.key_speaker_articles[i])?;
    }
    for index in [&c.words, &c.forms] {
        let (words, postings) = index.parts();
        e.len(words.len())?;
        for (w, p) in words.iter().zip(postings) {
            e.str(w)?;
            e.u32s(p)?;
        }
    }
    Ok(())
}

/// Reads the file table only: enough to tell whether the rest is still good.
pub fn read_files(d: &mut Dec) -> Result<FileTable, String> {
    if d.take(8)? != MAGIC || d.u32()? != FORMAT || d.str()? != env!("CARGO_PKG_VERSION") {
        return Err("made by another version".into());
    }
    let n = d.len()?;
    (0..n).map(|_| Ok((d.path()?, d.stamp()?))).collect()
}

/// Reads what follows the file table.
pub fn read_rest(d: &mut Dec, corrections: Arc<Corrections>) -> Result<Restored, String> {
    let files = d.len()?;
    let ignored = d.len()?;
    let skipped = (0..d.len()?)
        .map(|_| Ok((d.path()?, d.str()?)))
        .collect::<Result<_, String>>()?;
    let lossy = (0..d.len()?).map(|_| d.path()).collect::<Result<_, String>>()?;
    let corpus = read_corpus(d, corrections)?;
    if d.pos != d.buf.len() {
        return Err("trailing bytes".into());
    }
    Ok(Restored {
        corpus,
        summary: Summary {
            files,
            ignored,
            skipped,
            lossy,
        },
    })
}

fn read_corpus(d: &mut Dec, corrections: Arc<Corrections>) -> Result<Corpus, String> {
    let max_file_bytes = d.u64()?;
    let n = d.len()?;
    let mut c = Corpus::new();
    c.set_max_file_bytes(max_file_bytes);
    for _ in 0..n {
        let id = d.str()?;
        let path = d.opt(Dec::path)?;
        let title = d.str()?;
        let date = d.opt(|d| {
            let year = u16::try_from(d.u32()?).map_err(|_| "bad year")?;
            let md = d.u32()?;
            Date::new(year, (md >> 8) as u8, md as u8).ok_or_else(|| "bad date".to_owned())
        })?;
        let author = d.opt(Dec::str)?;
        let url = d.opt(Dec::str)?;
        let lossy = d.u32()? != 0;
        let stored = match d.u32()? {
            0 => Stored::File,
            1 => Stored::Inline((0..d.len()?).map(|_| d.str()).collect::<Result<_, _>>()?),
            _ => return Err("bad body kind".into()),
        };
        c.push_title(&title);
        c.articles.push(Article {
            id,
            path,
            title,
            date,
            author,
            url,
            paragraphs: Vec::new(),
            lossy,
        });
        c.stored.push(stored);
        c.hashes.push(d.u64()?);
        c.quotes.push(d.u32()?);
        c.keyed.push(d.u32s()?);
        c.keys.push((d.u32()?, d.u32()?));
        c.initials.push(d.u64()?);
    }
    c.order = d.u32s()?;
    let mut keys = Vec::new();
    for _ in 0..d.len()? {
        let key = d.str()?;
        let forms = (0..d.len()?)
            .map(|_| Ok((d.str()?, d.u64()?)))
            .collect::<Result<_, String>>()?;
        let votes = [d.u32()?, d.u32()?, d.u32()?, d.u32()?];
        keys.push(KeyStats {
            key,
            forms,
            votes,
            articles: d.u32s()?,
            mentions: d.u64()?,
        });
        c.key_quotes.push(d.u32()?);
        c.key_speaker_articles.push(d.u32s()?);
    }
    c.words = read_words(d)?;
    c.forms = read_words(d)?;
    check(&c, &keys)?;
    c.entities = EntityIndex::from_keys(keys, corrections);
    c.globals = vec![Vec::new(); c.keyed.len()];
    c.entities_resolved();
    c.names.compact();
    Ok(c)
}

fn read_words(d: &mut Dec) -> Result<WordIndex, String> {
    let mut words = Vec::new();
    let mut postings = Vec::new();
    for _ in 0..d.len()? {
        words.push(d.str()?.into_boxed_str());
        postings.push(d.u32s()?);
    }
    Ok(WordIndex::from_parts(words, postings))
}

/// Every index in range, so no lookup into the restored corpus can panic.
fn check(c: &Corpus, keys: &[KeyStats]) -> Result<(), String> {
    let n = c.articles.len() as u32;
    let articles_ok = |list: &[u32]| list.iter().all(|&a| a < n);
    let mut sorted = c.order.clone();
    sorted.sort_unstable();
    let ok = sorted.iter().copied().eq(0..n)
        && c.keyed.iter().flatten().all(|&k| (k as usize) < keys.len())
        && keys
            .iter()
            .all(|k| articles_ok(&k.articles) && k.articles.is_sorted())
        && c.key_speaker_articles
            .iter()
            .all(|l| articles_ok(l) && l.is_sorted())
        && [&c.words, &c.forms]
            .iter()
            .all(|w| w.parts().1.iter().all(|l| articles_ok(l)));
    ok.then_some(()).ok_or_else(|| "an index out of range".into())
}

/// A checksum of a stream of bytes, however it is cut into writes: 8-byte
/// words through the Fx hash, the tail zero-padded, and the length.
#[derive(Default)]
struct Sum {
    hash: FxHasher,
    word: [u8; 8],
    filled: usize,
    len: u64,
}

impl Sum {
    fn feed(&mut self, mut bytes: &[u8]) {
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

    fn finish(mut self) -> u64 {
        if self.filled > 0 {
            self.word[self.filled..].fill(0);
            self.hash.write_u64(u64::from_le_bytes(self.word));
        }
        self.hash.write_u64(self.len);
        self.hash.finish()
    }
}

struct Enc<W>(W, Sum);

impl<W: Write> Enc<W> {
    fn bytes(&mut self, b: &[u8]) -> io::Result<()> {
        self.1.feed(b);
        self.0.write_all(b)
    }
    fn u32(&mut self, v: u32) -> io::Result<()> {
        self.bytes(&v.to_le_bytes())
    }
    fn u64(&mut self, v: u64) -> io::Result<()> {
        self.bytes(&v.to_le_bytes())
    }
    fn len(&mut self, n: usize) -> io::Result<()> {
        self.u64(n as u64)
    }
    fn str(&mut self, s: &str) -> io::Result<()> {
        self.len(s.len())?;
        self.bytes(s.as_bytes())
    }
    fn path(&mut self, p: &Path) -> io::Result<()> {
        let b = p.as_os_str().as_encoded_bytes();
        self.len(b.len())?;
        self.bytes(b)
    }
    fn u32s(&mut self, v: &[u32]) -> io::Result<()> {
        self.len(v.len())?;
        v.iter().try_for_each(|x| self.u32(*x))
    }
    fn stamp(&mut self, s: Option<Stamp>) -> io::Result<()> {
        self.opt(s, |e, s| {
            e.u64(s.len)?;
            e.bytes(&s.modified.to_le_bytes())?;
            e.bytes(&s.changed.to_le_bytes())
        })
    }
    fn opt<T>(&mut self, v: Option<T>, f: impl FnOnce(&mut Self, T) -> io::Result<()>) -> io::Result<()> {
        match v {
            None => self.u32(0),
            Some(v) => {
                self.u32(1)?;
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
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.buf.len());
        let end = end.ok_or("cut short")?;
        let b = &self.buf[self.pos..end];
        self.pos = end;
        Ok(b)
    }
    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes")))
    }
    fn u64(&mut self) -> Result<u64, String> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().expect("8 bytes")))
    }
    fn i128(&mut self) -> Result<i128, String> {
        Ok(i128::from_le_bytes(self.take(16)?.try_into().expect("16 bytes")))
    }
    /// A length, which can never exceed the bytes left (each item takes one).
    fn len(&mut self) -> Result<usize, String> {
        let n = usize::try_from(self.u64()?).map_err(|_| "bad length")?;
        (n <= self.buf.len() - self.pos)
            .then_some(n)
            .ok_or_else(|| "bad length".into())
    }
    fn str(&mut self) -> Result<String, String> {
        let n = self.len()?;
        String::from_utf8(self.take(n)?.to_vec()).map_err(|_| "bad text".into())
    }
    fn path(&mut self) -> Result<PathBuf, String> {
        let n = self.len()?;
        let bytes = self.take(n)?;
        // What `as_encoded_bytes` wrote on this platform; Unix takes any bytes.
        #[cfg(unix)]
        let os = <std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(bytes).to_owned();
        #[cfg(not(unix))]
        let os = std::ffi::OsString::from(std::str::from_utf8(bytes).map_err(|_| "bad path")?);
        Ok(PathBuf::from(os))
    }
    fn u32s(&mut self) -> Result<Vec<u32>, String> {
        let n = self.len()?;
        let bytes = self.take(n.checked_mul(4).ok_or("bad length")?)?;
        Ok(bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes")))
            .collect())
    }
    fn stamp(&mut self) -> Result<Option<Stamp>, String> {
        self.opt(|d| {
            Ok(Stamp {
                len: d.u64()?,
                modified: d.i128()?,
                changed: d.i128()?,
            })
        })
    }
    fn opt<T>(&mut self, f: impl FnOnce(&mut Self) -> Result<T, String>) -> Result<Option<T>, String> {
        match self.u32()? {
            0 => Ok(None),
            1 => f(self).map(Some),
            _ => Err("bad option".into()),
        }
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
