//! The files a load looked at, in walk order, with their stamps: the paths
//! end to end in one buffer. As 100,000 `(PathBuf, Option<Stamp>)` the table
//! took 15 MB (a 96-byte slot and a small block per path); and the walk's
//! 200,000 small blocks (each file's path and id), built on the scan's
//! thread and freed on another once compared, left that thread's allocator
//! arena 11 MB of free memory `malloc_trim` does not give back.

use crate::store::{Entry, Stamp};
use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};

/// Every file, in walk order, with its stamp (`None`: it could not be taken).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileTable {
    /// Each path's encoded bytes (`OsStr::as_encoded_bytes`), end to end.
    paths: Vec<u8>,
    ends: Vec<usize>,
    stamps: Vec<Stamp>,
    unstamped: Vec<bool>,
}

impl FileTable {
    pub fn with_capacity(n: usize) -> FileTable {
        FileTable {
            paths: Vec::new(),
            ends: Vec::with_capacity(n),
            stamps: Vec::with_capacity(n),
            unstamped: Vec::with_capacity(n),
        }
    }

    pub fn push(&mut self, path: &Path, stamp: Option<Stamp>) {
        self.paths.extend_from_slice(path.as_os_str().as_encoded_bytes());
        self.ends.push(self.paths.len());
        self.stamps.push(stamp.unwrap_or_default());
        self.unstamped.push(stamp.is_none());
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    pub fn path(&self, i: usize) -> &Path {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        let bytes = &self.paths[start..self.ends[i]];
        // SAFETY: the bytes are exactly those of one `OsStr` pushed whole
        // (`push`), on this platform, in this process.
        Path::new(unsafe { OsStr::from_encoded_bytes_unchecked(bytes) })
    }

    pub fn stamp(&self, i: usize) -> Option<Stamp> {
        (!self.unstamped[i]).then_some(self.stamps[i])
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&Path, Option<Stamp>)> {
        (0..self.len()).map(|i| (self.path(i), self.stamp(i)))
    }

    /// Gives back the room pushes left unused: the table is kept as long as
    /// the reader is open.
    pub fn shrink_to_fit(&mut self) {
        self.paths.shrink_to_fit();
        self.ends.shrink_to_fit();
        self.stamps.shrink_to_fit();
        self.unstamped.shrink_to_fit();
    }
}

impl<'a> FromIterator<(&'a Path, Option<Stamp>)> for FileTable {
    fn from_iter<I: IntoIterator<Item = (&'a Path, Option<Stamp>)>>(iter: I) -> FileTable {
        let mut table = FileTable::default();
        iter.into_iter().for_each(|(path, stamp)| table.push(path, stamp));
        table.shrink_to_fit();
        table
    }
}

/// What a walk found: the files with their stamps, and each one's id and
/// problem, kept end to end as the walk goes so that every `Entry` is freed
/// on the thread that made it (its blocks reused by the next one).
#[derive(Default)]
pub(super) struct Scanned {
    pub(super) files: FileTable,
    ids: String,
    id_ends: Vec<usize>,
    /// The files that cannot be read, and why (few: a sparse list).
    problems: Vec<(usize, String)>,
    /// Files passed over (not an article format), and how many in each
    /// folder that holds any (for rescanning one folder: `rescan.rs`).
    pub(super) ignored: usize,
    pub(super) ignored_in: BTreeMap<PathBuf, usize>,
    /// Whether the walk followed a symlink to a folder.
    pub(super) linked: bool,
}

impl Scanned {
    /// A file passed over, at `path`.
    pub(super) fn ignore(&mut self, path: &Path) {
        self.ignored += 1;
        let folder = path.parent().unwrap_or(path);
        *self.ignored_in.entry(folder.to_path_buf()).or_default() += 1;
    }

    pub(super) fn push(&mut self, entry: Entry, stamp: Option<Stamp>) {
        let Entry { path, id, problem } = entry;
        if let Some(problem) = problem {
            self.problems.push((self.files.len(), problem));
        }
        self.files.push(&path, stamp);
        self.ids.push_str(&id);
        self.id_ends.push(self.ids.len());
    }

    /// The walk's `Entry` for file `i`, made again.
    pub(super) fn entry(&self, i: usize) -> Entry {
        let start = if i == 0 { 0 } else { self.id_ends[i - 1] };
        let problem = (self.problems.binary_search_by_key(&i, |(at, _)| *at))
            .ok()
            .map(|at| self.problems[at].1.clone());
        Entry {
            path: self.files.path(i).to_path_buf(),
            id: self.ids[start..self.id_ends[i]].to_owned(),
            problem,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp(len: u64) -> Stamp {
        Stamp {
            len,
            ..Stamp::default()
        }
    }

    #[test]
    fn paths_and_stamps_come_back_as_pushed() {
        let files = [
            ("a/x.txt", Some(stamp(3))),
            ("", None),
            ("b/ü y.txt", Some(stamp(0))),
        ];
        let table: FileTable = files.iter().map(|(p, s)| (Path::new(p), *s)).collect();
        assert_eq!(table.len(), 3);
        let back: Vec<(PathBuf, Option<Stamp>)> = table.iter().map(|(p, s)| (p.to_path_buf(), s)).collect();
        let want: Vec<(PathBuf, Option<Stamp>)> = files.iter().map(|(p, s)| (PathBuf::from(p), *s)).collect();
        assert_eq!(back, want);
        // An unstamped file differs from one stamped with zeros.
        let mut other = table.clone();
        assert_eq!(other, table);
        other.unstamped[1] = false;
        assert_ne!(other, table);
    }

    #[test]
    fn entries_are_made_again_with_their_ids_and_problems() {
        let mut scanned = Scanned::default();
        let entry = |path: &str, id: &str, problem: Option<&str>| Entry {
            path: PathBuf::from(path),
            id: id.to_owned(),
            problem: problem.map(str::to_owned),
        };
        scanned.push(entry("/r/a.txt", "a.txt", None), Some(stamp(1)));
        scanned.push(entry("/r/b", "b", Some("not a regular file")), None);
        scanned.push(entry("/r/c/d.txt", "c/d.txt", None), Some(stamp(2)));
        for (i, (path, id, problem)) in [
            ("/r/a.txt", "a.txt", None),
            ("/r/b", "b", Some("not a regular file")),
            ("/r/c/d.txt", "c/d.txt", None),
        ]
        .into_iter()
        .enumerate()
        {
            let e = scanned.entry(i);
            assert_eq!(
                (e.path.to_str(), e.id.as_str(), e.problem.as_deref()),
                (Some(path), id, problem)
            );
        }
        assert_eq!(scanned.files.stamp(2), Some(stamp(2)));
    }
}
