//! What byline remembers between runs: which articles were read and which
//! starred (keyed by a hash of the article's content, so moving a folder
//! keeps them), and the last position per set of PATHs. One JSON file,
//! `state.json` in the state folder, rewritten whole on every change: a
//! temporary file in the same folder renamed over it, after re-reading it
//! and applying this run's changes on top, so a crash loses nothing and two
//! readers running at once keep each other's marks.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// The state file's name in the state folder.
pub const STATE_FILE: &str = "state.json";

/// A stable 64-bit hash of an article's content (FNV-1a over the title and
/// the paragraphs, each ended by a newline): the same text gives the same
/// key on every build and platform.
pub fn content_hash<'a>(title: &str, paragraphs: impl IntoIterator<Item = &'a String>) -> u64 {
    let mut h = Fnv::new();
    h.bytes(title.as_bytes());
    h.bytes(b"\n");
    for p in paragraphs {
        h.bytes(p.as_bytes());
        h.bytes(b"\n");
    }
    h.0
}

/// FNV-1a 64, fed a piece at a time: `content_hash` is its value over the
/// title and the paragraphs, each followed by a newline. The loader feeds it
/// the 8-byte chunks it cuts words from (`search/cut.rs`): a chain of one
/// multiplication a byte, which then runs beside the cutting instead of
/// after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fnv(pub u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv::new()
    }
}

impl Fnv {
    const PRIME: u64 = 0x0000_0100_0000_01b3;

    pub const fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    pub fn bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(Self::PRIME);
        }
    }

    /// The first `len` bytes of `chunk`, taken little-endian (the lowest first).
    #[inline(always)]
    pub fn chunk(&mut self, chunk: u64, len: usize) {
        for i in 0..len {
            self.0 = (self.0 ^ (chunk >> (8 * i) & 0xff)).wrapping_mul(Self::PRIME);
        }
    }
}

/// Where the reader was: restored on the next start with the same PATHs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Position {
    /// The filter bar's text.
    pub filter: String,
    /// The selected article's id.
    pub article: Option<String>,
    /// The reader's first visible line.
    pub scroll: usize,
    /// Whether the reader had the keyboard.
    pub reading: bool,
    /// The list's order (`path`, `date`, `quotes`); empty: path.
    pub sort: String,
    /// Story threads were on (`t`).
    pub threads: bool,
    /// The expanded stories (`z`), each by one of its articles' ids (its
    /// lead's when it was written), sorted.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub expanded: Vec<String>,
}

/// Everything remembered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marks {
    pub read: HashSet<u64>,
    pub starred: HashSet<u64>,
    /// By `position_key`.
    pub positions: BTreeMap<String, Position>,
}

/// The file's shape: hashes as 16 hex digits (JSON numbers lose the low bits).
#[derive(Default, Serialize, Deserialize)]
#[serde(default)]
struct File {
    version: u32,
    read: BTreeSet<String>,
    starred: BTreeSet<String>,
    positions: BTreeMap<String, Position>,
}

impl Marks {
    /// The marks in `dir`'s state file, only read: the command line must not
    /// move a corrupt file aside under a running reader. Unreadable: none.
    pub fn peek(dir: &Path) -> Marks {
        let file = fs::read(dir.join(STATE_FILE)).ok();
        let file = file.and_then(|bytes| serde_json::from_slice::<File>(&bytes).ok());
        file.map(Marks::from_file).unwrap_or_default()
    }

    fn from_file(file: File) -> Marks {
        let hashes = |set: BTreeSet<String>| {
            set.iter()
                .filter_map(|h| u64::from_str_radix(h, 16).ok())
                .collect()
        };
        Marks {
            read: hashes(file.read),
            starred: hashes(file.starred),
            positions: file.positions,
        }
    }

    fn to_file(&self) -> File {
        let hex = |set: &HashSet<u64>| set.iter().map(|h| format!("{h:016x}")).collect();
        File {
            version: 1,
            read: hex(&self.read),
            starred: hex(&self.starred),
            positions: self.positions.clone(),
        }
    }
}

/// The key positions are kept under: the canonical PATHs, one a line, or
/// `builtin` for the seed articles.
pub fn position_key(paths: &[PathBuf]) -> String {
    if paths.is_empty() {
        return "builtin".to_owned();
    }
    let canonical: Vec<String> = paths
        .iter()
        .map(|p| {
            fs::canonicalize(p)
                .unwrap_or_else(|_| p.clone())
                .display()
                .to_string()
        })
        .collect();
    canonical.join("\n")
}

/// This run's changes, applied over whatever the file holds when it is written.
#[derive(Default)]
struct Changes {
    read: HashMap<u64, bool>,
    starred: HashMap<u64, bool>,
    positions: HashMap<String, Position>,
}

impl Changes {
    fn apply(&self, marks: &mut Marks) {
        let set = |set: &mut HashSet<u64>, changes: &HashMap<u64, bool>| {
            for (&hash, &on) in changes {
                if on {
                    set.insert(hash);
                } else {
                    set.remove(&hash);
                }
            }
        };
        set(&mut marks.read, &self.read);
        set(&mut marks.starred, &self.starred);
        for (key, position) in &self.positions {
            marks.positions.insert(key.clone(), position.clone());
        }
    }
}

/// The state file of one state folder.
pub struct Store {
    dir: PathBuf,
    changes: Changes,
}

impl Store {
    /// Reads the state in `dir`. A missing file is an empty state; a corrupt
    /// one is moved aside (`state.json.corrupt-<unix time>`) and the state
    /// starts empty, with a warning to show.
    pub fn open(dir: &Path) -> (Store, Marks, Option<String>) {
        let store = Store {
            dir: dir.to_owned(),
            changes: Changes::default(),
        };
        let (marks, warning) = store.read();
        (store, marks, warning)
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(STATE_FILE)
    }

    fn read(&self) -> (Marks, Option<String>) {
        let path = self.path();
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return (Marks::default(), None),
            Err(e) => {
                return (
                    Marks::default(),
                    Some(format!("cannot read {}: {e}", path.display())),
                );
            }
        };
        match serde_json::from_slice::<File>(&bytes) {
            Ok(file) => (Marks::from_file(file), None),
            Err(e) => {
                let stamp = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs());
                let aside = self.dir.join(format!("{STATE_FILE}.corrupt-{stamp}"));
                let warning = match fs::rename(&path, &aside) {
                    Ok(()) => format!(
                        "read marks were corrupt (line {}): moved to {}; starting afresh",
                        e.line(),
                        aside.display()
                    ),
                    Err(r) => format!("read state was corrupt ({e}) and could not be moved aside: {r}"),
                };
                (Marks::default(), Some(warning))
            }
        }
    }

    pub fn set_read(&mut self, hash: u64, read: bool) {
        self.changes.read.insert(hash, read);
    }

    pub fn set_starred(&mut self, hash: u64, starred: bool) {
        self.changes.starred.insert(hash, starred);
    }

    pub fn set_position(&mut self, key: &str, position: Position) {
        self.changes.positions.insert(key.to_owned(), position);
    }

    /// Re-reads the file, applies this run's changes over it and writes it
    /// atomically. Returns the merged state (with other readers' marks).
    pub fn save(&mut self) -> io::Result<Marks> {
        fs::create_dir_all(&self.dir)?;
        // A file corrupted since the start is moved aside here too.
        let (mut marks, _) = self.read();
        self.changes.apply(&mut marks);
        let json = serde_json::to_vec_pretty(&marks.to_file()).map_err(io::Error::other)?;
        let tmp = self.dir.join(format!(".{STATE_FILE}.{}.tmp", std::process::id()));
        let written = (|| {
            let mut file = fs::File::create(&tmp)?;
            file.write_all(&json)?;
            file.write_all(b"\n")?;
            file.sync_all()?;
            fs::rename(&tmp, self.path())
        })();
        if written.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        written?;
        Ok(marks)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_content_hash_is_fnv_1a_and_stable() {
        // FNV-1a 64 of "a\n" (title "a", no paragraphs).
        assert_eq!(content_hash("a", &[]), 0x089b_dc07_b544_e7b2);
        let p = vec!["x".to_owned()];
        assert_eq!(content_hash("a", &p), content_hash("a\nx", &[]));
        assert_ne!(content_hash("a", &p), content_hash("a", &[]));
    }

    #[test]
    fn position_keys() {
        assert_eq!(position_key(&[]), "builtin");
        let key = position_key(&[PathBuf::from("/no/such"), PathBuf::from(".")]);
        assert!(key.starts_with("/no/such\n/"), "{key}");
    }
}
