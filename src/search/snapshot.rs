//! The index saved between runs: a whole loaded corpus (without bodies that
//! are read from their files again) and the stamp of every file it came
//! from. Loading 100,000 articles means analysing 227 MB of text, several
//! seconds of CPU on two cores; the saved index loads in a fraction of that,
//! and is used only while every file's stamp is unchanged.
//!
//! The format is byline's own, little-endian, with lengths before contents
//! and a checksum of everything at the end: a damaged file is refused whole,
//! and every read is bounds-checked besides, so it is never a panic.

use super::bytes::{Dec, Enc, Sum};
use super::cache;
use super::corpus::Corpus;
use super::corpus_codec::Part;
pub use super::files::FileTable;
use crate::analysis::Corrections;
use crate::analysis::hash::FxHasher;
use std::hash::Hasher;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

pub(super) const MAGIC: &[u8; 8] = b"BYLINEIX";
/// Bumped whenever the layout or the analysis changes what it would hold.
pub(super) const FORMAT: u32 = 11;

/// The size of the files an index was made from: its header holds it right
/// after the magic and format, where the cache's pruning reads it.
fn indexed_bytes(files: &FileTable) -> u64 {
    files.iter().filter_map(|(_, s)| s.map(|s| s.len)).sum()
}

/// What the status bar says about a load.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub files: usize,
    pub ignored: usize,
    /// Files that gave no article, with why.
    pub skipped: Vec<(PathBuf, String)>,
    /// Files some of whose records were left out, with which.
    pub partial: Vec<(PathBuf, String)>,
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

/// Saves the index as `path`, whole or not at all, creating its folder: a
/// temporary file of this save's own (`.tmp-PID-N`, so two saves at once,
/// in one process or two, never write into one file), synced, renamed over
/// `path` (two renames race harmlessly: either file is whole), the folder
/// synced so the rename lasts; then the cache is pruned.
pub fn save(path: &Path, files: &FileTable, corpus: &Corpus, summary: &Summary) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    static SAVES: AtomicU64 = AtomicU64::new(0);
    let n = SAVES.fetch_add(1, Ordering::Relaxed);
    let tmp = path.with_extension(format!("tmp-{}-{n}", std::process::id()));
    let written = std::fs::File::create(&tmp).and_then(|f| {
        let mut out = io::BufWriter::with_capacity(1 << 20, f);
        write(&mut out, files, corpus, summary)?;
        out.into_inner().map_err(|e| e.into_error())?.sync_all()
    });
    match written.and_then(|()| std::fs::rename(&tmp, path)) {
        Ok(()) => {
            // Without it a power cut could lose the rename (never half a file).
            if let Ok(d) = std::fs::File::open(dir) {
                let _ = d.sync_all();
            }
            cache::prune(dir, path);
            Ok(())
        }
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Marks an index as just used, so `cache::prune` keeps it over older ones.
pub fn touch(path: &Path) {
    if let Ok(file) = std::fs::File::options().append(true).open(path) {
        let _ = file.set_modified(std::time::SystemTime::now());
    }
}

/// Writes the corpus, its load's summary and the file table behind them.
pub fn write(out: &mut impl Write, files: &FileTable, c: &Corpus, r: &Summary) -> io::Result<()> {
    let mut e = Enc(out, Sum::default());
    e.bytes(MAGIC)?;
    e.u32(FORMAT)?;
    e.u64(indexed_bytes(files))?;
    e.str(env!("CARGO_PKG_VERSION"))?;
    e.len(files.len())?;
    for (path, stamp) in files.iter() {
        e.path(path)?;
        e.stamp(stamp)?;
    }
    e.len(r.files)?;
    e.len(r.ignored)?;
    for noted in [&r.skipped, &r.partial] {
        e.len(noted.len())?;
        for (path, note) in noted {
            e.path(path)?;
            e.str(note)?;
        }
    }
    e.len(r.lossy.len())?;
    for path in &r.lossy {
        e.path(path)?;
    }
    // Where the word indexes start, at the end: a restore decodes them on a
    // thread of their own (`Corpus::decode_split`).
    let mut indexes_at = None;
    c.encode(&mut e, |e, part| {
        if part == Part::Vocabulary && indexes_at.is_none() {
            indexes_at = Some(e.1.written());
        }
    })?;
    e.u64(indexes_at.expect("the corpus has word indexes"))?;
    let sum = e.1.finish();
    e.0.write_all(&sum.to_le_bytes())
}

/// Reads the file table only: enough to tell whether the rest is still good.
pub fn read_files(d: &mut Dec) -> Result<FileTable, String> {
    if d.take(8)? != MAGIC || d.u32()? != FORMAT {
        return Err("made by another version".into());
    }
    d.u64()?; // what the file table adds up to, for `cache::prune`
    if d.str()? != env!("CARGO_PKG_VERSION") {
        return Err("made by another version".into());
    }
    let n = d.len()?;
    let mut files = FileTable::with_capacity(n);
    for _ in 0..n {
        files.push(&d.path()?, d.stamp()?);
    }
    files.shrink_to_fit();
    Ok(files)
}

/// Reads what follows the file table.
pub fn read_rest(d: &mut Dec, corrections: Arc<Corrections>) -> Result<Restored, String> {
    let files = d.len()?;
    let ignored = d.len()?;
    let mut noted = || -> Result<Vec<(PathBuf, String)>, String> {
        (0..d.len()?).map(|_| Ok((d.path()?, d.str()?))).collect()
    };
    let (skipped, partial) = (noted()?, noted()?);
    let lossy = (0..d.len()?).map(|_| d.path()).collect::<Result<_, String>>()?;
    let mut indexes = d.split_at_offset_at_end()?;
    let corpus = Corpus::decode_split(d, &mut indexes, corrections)?;
    if !d.at_end() || !indexes.at_end() {
        return Err("trailing bytes".into());
    }
    Ok(Restored {
        corpus,
        summary: Summary {
            files,
            ignored,
            skipped,
            partial,
            lossy,
        },
    })
}
