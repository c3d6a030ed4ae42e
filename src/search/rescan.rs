//! Live folders rescanned only where the notifications say something
//! changed: each folder they name is walked again with everything under it,
//! and its stretch of the file table (a folder's files are one stretch of
//! the walk's order) is replaced, the rest kept as it is. A burst of 1,000
//! files in one folder of 100,000 was a walk and a stat of every file
//! (0.33–0.42 s of CPU); now it is a walk of that folder.
//!
//! Anything this cannot settle exactly means a full rescan (`None`): a path
//! outside the roots, nested roots, a folder reached through a symlink (a
//! file could show under two paths), a file standing where a folder is.

use super::files::Scanned;
use super::refresh::{Changes, GONE, scan};
use super::snapshot::FileTable;
use crate::analysis::hash::FxSet;
use crate::store::printable_name;
use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::{Component, Path, PathBuf};

/// What a watcher knows of its folders besides the file table, from its
/// last full scan on: the files passed over in each folder (the summary
/// counts them), and whether a folder is reached through a symlink.
pub(super) struct Known {
    ignored_in: BTreeMap<PathBuf, usize>,
    linked: bool,
}

impl Known {
    /// Every folder walked again, as `Changes::since`; what it finds is known.
    pub fn rescan_all(roots: &[PathBuf], table: &FileTable) -> (Known, Changes) {
        let mut now = scan(roots);
        let known = Known {
            ignored_in: std::mem::take(&mut now.ignored_in),
            linked: now.linked,
        };
        (known, Changes::between(table, now))
    }

    /// What changed from `table` under the folders `paths` name (the paths
    /// notifications gave), walking only those; `None` when only a full
    /// rescan can tell.
    pub fn rescan_within(
        &mut self,
        roots: &[PathBuf],
        table: &FileTable,
        paths: &[PathBuf],
    ) -> Option<Changes> {
        if self.linked || nested(roots) {
            return None;
        }
        let paths = as_given(roots, paths)?;
        let mut parts = Vec::new();
        for folder in folders(roots, table, &paths)? {
            let (root, below) = place(roots, &folder)?;
            let at = |i: usize| place(roots, table.path(i)).map(|(r, b)| side((r, &b), (root, &below)));
            let start = partition(table.len(), |i| at(i) == Some(Ordering::Less));
            let end = partition(table.len(), |i| at(i) != Some(Ordering::Greater));
            // A file where the folder now is (or above it): not a stretch to replace.
            if start > 0 && folder.starts_with(table.path(start - 1)) {
                return None;
            }
            let sub = match std::fs::symlink_metadata(&folder) {
                Ok(m) if m.is_dir() => scan(std::slice::from_ref(&folder)),
                Ok(_) => return None,
                Err(_) => Scanned::default(),
            };
            if sub.linked {
                return None;
            }
            let prefix = id_of(&below);
            parts.push((folder, prefix, start..end, sub));
        }
        Some(self.splice(table, parts))
    }

    /// `table` with each stretch replaced by what its folder holds now.
    fn splice(
        &mut self,
        table: &FileTable,
        parts: Vec<(PathBuf, String, std::ops::Range<usize>, Scanned)>,
    ) -> Changes {
        let mut files = FileTable::with_capacity(table.len());
        let mut moved = vec![GONE; table.len()];
        let (mut fresh, mut added, mut gone) = (Vec::new(), 0, 0);
        let mut keep = |files: &mut FileTable, range: std::ops::Range<usize>| {
            for i in range {
                moved[i] = files.len() as u32;
                files.push(table.path(i), table.stamp(i));
            }
        };
        let mut next = 0;
        let mut parts_moved = Vec::new();
        for (folder, prefix, range, mut sub) in parts {
            keep(&mut files, next..range.start);
            self.ignored_in.retain(|f, _| !f.starts_with(&folder));
            self.ignored_in.append(&mut sub.ignored_in);
            let old: FileTable = range.clone().map(|i| (table.path(i), table.stamp(i))).collect();
            let part = Changes::between(&old, sub);
            let base = files.len();
            parts_moved.push((range.start, base, part.moved));
            for (seq, mut entry) in part.fresh {
                if !prefix.is_empty() {
                    entry.id = format!("{prefix}/{}", entry.id);
                }
                fresh.push((base + seq, entry));
            }
            (added, gone) = (added + part.added, gone + part.gone);
            part.files.iter().for_each(|(p, s)| files.push(p, s));
            next = range.end;
        }
        keep(&mut files, next..table.len());
        for (start, base, part) in parts_moved {
            for (j, m) in part.into_iter().enumerate() {
                moved[start + j] = if m == GONE { GONE } else { base as u32 + m };
            }
        }
        files.shrink_to_fit();
        let ignored = self.ignored_in.values().sum();
        Changes::unread(files, ignored, moved, fresh, added, gone)
    }
}

/// The folders to walk again for the paths notifications named, in walk
/// order, none inside another: a folder named is walked with everything
/// under it; a file's folder is walked; a path gone that the table never
/// held (a file that came and went, a folder renamed away before anything
/// was read from it) changes nothing.
fn folders(roots: &[PathBuf], table: &FileTable, paths: &[PathBuf]) -> Option<Vec<PathBuf>> {
    let mut paths: Vec<&PathBuf> = paths.iter().collect();
    // Shallowest first: a path inside a folder already settled (to be
    // walked, or gone and never held) needs no look of its own. A burst of
    // 1,000 files names each of them two or three times.
    paths.sort_by_key(|p| (p.components().count(), *p));
    paths.dedup();
    let mut settled: FxSet<PathBuf> = FxSet::default();
    let mut found: Vec<(usize, Vec<Vec<u8>>, PathBuf)> = Vec::new();
    for path in paths {
        if path.ancestors().any(|a| settled.contains(a)) {
            continue;
        }
        let (root, below) = place(roots, path)?;
        // The walk passes over hidden files and folders, and what is in them.
        if below.iter().any(|c| c.as_encoded_bytes().starts_with(b".")) {
            continue;
        }
        let folder = match std::fs::symlink_metadata(path) {
            Ok(m) if m.file_type().is_symlink() && path.is_dir() => return None,
            Ok(m) if m.is_dir() => path.clone(),
            Ok(_) => path.parent()?.to_path_buf(),
            Err(_) => match held(roots, table, (root, &below)) {
                // A file gone: its folder's listing changed.
                Some(true) => path.parent()?.to_path_buf(),
                // A folder gone: its stretch empties, nothing else moves.
                Some(false) => path.clone(),
                None => {
                    settled.insert(path.clone());
                    continue;
                }
            },
        };
        let (root, below) = place(roots, &folder)?;
        let key = below.iter().map(|c| c.as_encoded_bytes().to_vec()).collect();
        settled.insert(folder.clone());
        found.push((root, key, folder));
    }
    found.sort();
    found.dedup();
    let mut out: Vec<(usize, Vec<Vec<u8>>, PathBuf)> = Vec::new();
    for f in found {
        // Sorted, a folder comes right after any folder it is inside.
        if out
            .last()
            .is_none_or(|(r, b, _)| *r != f.0 || !f.1.starts_with(b))
        {
            out.push(f);
        }
    }
    Some(out.into_iter().map(|(_, _, f)| f).collect())
}

/// The paths notifications gave (absolute: the watcher joins a relative
/// root to the working folder) as under the roots as given, the way the
/// table has them.
fn as_given(roots: &[PathBuf], paths: &[PathBuf]) -> Option<Vec<PathBuf>> {
    let absolute: Vec<PathBuf> = roots
        .iter()
        .map(std::path::absolute)
        .collect::<Result<_, _>>()
        .ok()?;
    (paths.iter())
        .map(|p| (absolute.iter().zip(roots)).find_map(|(a, root)| Some(root.join(p.strip_prefix(a).ok()?))))
        .collect()
}

/// Whether the table holds the file at `at` (`Some(true)`), files under it
/// (`Some(false)`: it was a folder), or nothing of it.
fn held(roots: &[PathBuf], table: &FileTable, at: (usize, &[&OsStr])) -> Option<bool> {
    let side_of = |i: usize| place(roots, table.path(i)).map(|(r, b)| (side((r, &b), at), b.len()));
    let i = partition(table.len(), |i| {
        side_of(i).is_some_and(|(s, _)| s == Ordering::Less)
    });
    match (i < table.len()).then(|| side_of(i)).flatten() {
        Some((Ordering::Equal, depth)) => Some(depth == at.1.len()),
        _ => None,
    }
}

/// Which root `path` is under, and its components below that root.
fn place<'a>(roots: &[PathBuf], path: &'a Path) -> Option<(usize, Vec<&'a OsStr>)> {
    roots.iter().enumerate().find_map(|(r, root)| {
        let below = path.strip_prefix(root).ok()?;
        Some((r, below.components().map(Component::as_os_str).collect()))
    })
}

/// Whether one root is inside another (or named twice): a file's place in
/// the walk is then not its path's alone.
fn nested(roots: &[PathBuf]) -> bool {
    roots
        .iter()
        .enumerate()
        .any(|(i, a)| (roots.iter().enumerate()).any(|(j, b)| i != j && a.starts_with(b)))
}

/// Where a file lies against a folder's stretch in the walk's order: before
/// it, in it (`Equal`), or after. The walk goes root by root, each folder's
/// entries sorted by their names' bytes, a folder's files where its name
/// sorts: the order of the components compared one by one.
fn side(file: (usize, &[&OsStr]), folder: (usize, &[&OsStr])) -> Ordering {
    file.0.cmp(&folder.0).then_with(|| {
        for (a, b) in file.1.iter().zip(folder.1) {
            match a.as_encoded_bytes().cmp(b.as_encoded_bytes()) {
                Ordering::Equal => {}
                other => return other,
            }
        }
        // Under the folder, or the folder itself; a shorter path is a file
        // above it, which sorts before.
        match file.1.len() >= folder.1.len() {
            true => Ordering::Equal,
            false => Ordering::Less,
        }
    })
}

/// The first `i` in `0..n` for which `before(i)` is false, `before` being
/// true up to some place and false after it.
fn partition(n: usize, before: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if before(mid) { lo = mid + 1 } else { hi = mid }
    }
    lo
}

/// The id the walk gives the folder at `below` its root: the start of the
/// ids of the files in it.
fn id_of(below: &[&OsStr]) -> String {
    let names: Vec<String> = below
        .iter()
        .map(|c| printable_name(&c.to_string_lossy()))
        .collect();
    names.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    /// A folder of its own under the system's temporary folder.
    fn folder(tag: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("byline-rescan-{tag}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn write(root: &Path, path: &str, text: &str) {
        let path = root.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    /// What a change comes to, to compare two: the new table, where each old
    /// file went, the fresh files with their ids, the counts.
    type Summary = (
        FileTable,
        Vec<u32>,
        Vec<(usize, PathBuf, String)>,
        (usize, usize, usize),
        usize,
    );

    fn summary(c: Changes) -> Summary {
        let fresh = c
            .fresh
            .iter()
            .map(|(s, e)| (*s, e.path.clone(), e.id.clone()))
            .collect();
        let counts = c.counts();
        (c.files, c.moved, fresh, counts, c.ignored)
    }

    /// Rescans only where `paths` say and checks it against a full rescan;
    /// the new table.
    fn same_as_full(roots: &[PathBuf], known: &mut Known, table: &FileTable, paths: &[&str]) -> FileTable {
        let paths: Vec<PathBuf> = paths
            .iter()
            .map(|p| std::path::absolute(roots[0].join(p)).unwrap())
            .collect();
        let within = known
            .rescan_within(roots, table, &paths)
            .expect("settled by the folders named");
        let (_, full) = Known::rescan_all(roots, table);
        let (within, full) = (summary(within), summary(full));
        assert_eq!(within, full);
        within.0
    }

    #[test]
    fn rescanning_the_folders_named_finds_what_a_full_rescan_finds() {
        let root = folder("same");
        let roots = vec![root.clone()];
        for (path, text) in [
            ("a.txt", "A\n\nx"),
            ("n/b.txt", "B\n\nx"),
            ("n/c.txt", "C\n\nx"),
            ("n/img.jpg", "not text"),
            ("n/deep/d.txt", "D\n\nx"),
            ("n b/f.txt", "F\n\nx"),
            ("z/e.txt", "E\n\nx"),
        ] {
            write(&root, path, text);
        }
        let (mut known, first) = Known::rescan_all(&roots, &FileTable::default());
        let table = first.files;
        assert_eq!(table.len(), 6);
        // A file added, one changed, one removed, in two folders.
        write(&root, "n/new.txt", "New\n\nx");
        write(&root, "n/b.txt", "B changed\n\nlonger");
        fs::remove_file(root.join("z/e.txt")).unwrap();
        let table = same_as_full(&roots, &mut known, &table, &["n/new.txt", "n/b.txt", "z/e.txt"]);
        // A folder that appears whole (renamed into place), between two others.
        write(&root, "m.tmp/1.txt", "M1\n\nx");
        write(&root, "m.tmp/sub/2.txt", "M2\n\nx");
        fs::rename(root.join("m.tmp"), root.join("m")).unwrap();
        let table = same_as_full(&roots, &mut known, &table, &["m.tmp", "m.tmp/1.txt", "m"]);
        // A folder removed, a file passed over added, a hidden file.
        fs::remove_dir_all(root.join("n/deep")).unwrap();
        write(&root, "n/pic.png", "not text");
        write(&root, "n/.partial.txt", "half");
        let table = same_as_full(
            &roots,
            &mut known,
            &table,
            &["n/deep", "n/pic.png", "n/.partial.txt"],
        );
        // A file at the top (its folder is the root), one that came and went.
        write(&root, "top.txt", "Top\n\nx");
        let table = same_as_full(
            &roots,
            &mut known,
            &table,
            &["top.txt", "gone.txt", "zzz/gone.txt"],
        );
        // The last folder in the walk, made and then removed whole.
        write(&root, "zz/last.txt", "Last\n\nx");
        let table = same_as_full(&roots, &mut known, &table, &["zz/last.txt"]);
        fs::remove_dir_all(root.join("zz")).unwrap();
        let table = same_as_full(&roots, &mut known, &table, &["zz", "zz/last.txt"]);
        // Nothing the table holds: no change.
        let unchanged = known
            .rescan_within(&roots, &table, &[root.join("gone.txt")])
            .unwrap();
        assert!(unchanged.is_empty() && unchanged.files == table);
        let _ = fs::remove_dir_all(&root);
    }

    #[test]
    fn paths_under_a_relative_root_come_back_as_the_table_has_them() {
        // Notifications give absolute paths (the watcher joins a relative
        // root to the working folder); the table keeps the root as given.
        let roots = vec![PathBuf::from("news"), PathBuf::from("/srv/wire")];
        let events = [
            std::path::absolute("news/site/a.txt").unwrap(),
            PathBuf::from("/srv/wire/b.txt"),
        ];
        let given = as_given(&roots, &events).unwrap();
        assert_eq!(
            given,
            [PathBuf::from("news/site/a.txt"), PathBuf::from("/srv/wire/b.txt")]
        );
        assert!(as_given(&roots, &[PathBuf::from("/elsewhere/c.txt")]).is_none());
    }

    #[test]
    fn a_folder_reached_through_a_symlink_or_a_path_outside_means_a_full_rescan() {
        let root = folder("links");
        let roots = vec![root.clone()];
        write(&root, "a/x.txt", "X\n\nx");
        let (mut known, first) = Known::rescan_all(&roots, &FileTable::default());
        let outside = std::env::temp_dir().join("elsewhere.txt");
        assert!(known.rescan_within(&roots, &first.files, &[outside]).is_none());
        #[cfg(unix)]
        {
            // Named to be walked before the folder it leads to: the walk goes through it.
            std::os::unix::fs::symlink(root.join("a"), root.join("0")).unwrap();
            let link = std::path::absolute(root.join("0")).unwrap();
            assert!(known.rescan_within(&roots, &first.files, &[link]).is_none());
            // Once a full rescan has walked through the link, every rescan is full.
            let (mut known, _) = Known::rescan_all(&roots, &first.files);
            let file = std::path::absolute(root.join("a/x.txt")).unwrap();
            assert!(known.rescan_within(&roots, &first.files, &[file]).is_none());
        }
        let _ = fs::remove_dir_all(&root);
    }
}
