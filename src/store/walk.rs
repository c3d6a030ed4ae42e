//! Finding article files under the PATHs given: sorted, loop-safe, never opening
//! anything that is not a regular file.

use super::load::Stamp;
use super::sanitize::printable_name;
use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

/// One place the walk found: a file to read, or a reason it cannot be.
#[derive(Debug)]
pub struct Entry {
    pub path: PathBuf,
    /// The id stem: the path relative to the PATH it was found under.
    pub id: String,
    pub problem: Option<String>,
}

/// What the walk reports as it goes.
pub enum Step {
    Entry(Entry),
    /// A file in a folder that is not an article format, passed over quietly.
    Ignored(PathBuf),
    /// A symlink to a folder, about to be walked: its files may show under
    /// two paths, which live folders must know (`search/rescan.rs`).
    LinkedFolder,
}

/// File endings byline reads when walking a folder.
const EXTENSIONS: [&str; 10] = [
    "txt", "text", "md", "json", "jsonl", "html", "htm", "xml", "rss", "atom",
];

pub fn is_article_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// Walks every PATH depth-first in sorted order, calling `visit` for each step.
/// Stops early when `visit` returns false (the reader was closed).
pub fn walk(roots: &[PathBuf], mut visit: impl FnMut(Step) -> bool) {
    walk_with(roots, false, &mut |step, _| visit(step));
}

/// Like `walk`, with each regular file's stamp taken as its folder is listed
/// (`fstatat` beside the folder's handle rather than a lookup of the whole
/// path: a third of the cost of checking 100,000 files). `None` where the
/// listing could not tell (a symlink, a PATH given as a file): the caller
/// stats those itself.
pub fn walk_stamped(roots: &[PathBuf], mut visit: impl FnMut(Step, Option<Stamp>) -> bool) {
    walk_with(roots, true, &mut visit);
}

type Visit<'a> = dyn FnMut(Step, Option<Stamp>) -> bool + 'a;

fn walk_with(roots: &[PathBuf], stamped: bool, visit: &mut Visit) {
    let mut seen_dirs = HashSet::new();
    for root in roots {
        let meta = match fs::metadata(root) {
            Ok(m) => m,
            Err(e) => {
                let entry = Entry {
                    path: root.clone(),
                    id: printable_name(&root.to_string_lossy()),
                    problem: Some(describe(&e)),
                };
                if !visit(Step::Entry(entry), None) {
                    return;
                }
                continue;
            }
        };
        if meta.is_dir() {
            if !walk_dir(root, &mut seen_dirs, stamped, visit) {
                return;
            }
        } else {
            let id = printable_name(
                &root
                    .file_name()
                    .map_or_else(|| root.to_string_lossy(), |n| n.to_string_lossy()),
            );
            let problem = (!meta.is_file()).then(|| "not a regular file".to_owned());
            let entry = Entry {
                path: root.clone(),
                id,
                problem,
            };
            if !visit(Step::Entry(entry), None) {
                return;
            }
        }
    }
}

/// One folder's entry: its path, its type, and its stamp when asked for.
type Listed = (PathBuf, fs::FileType, Option<Stamp>);

/// Explicit stack rather than recursion: deep nesting cannot overflow it.
/// Each level holds the sorted entries of one folder not yet visited, so the
/// order is that of the sorted full paths, and the folder's id, which starts
/// the ids of what is in it.
fn walk_dir(root: &Path, seen: &mut HashSet<PathBuf>, stamped: bool, visit: &mut Visit) -> bool {
    let id_in = |folder: &str, path: &Path| {
        let name = path.file_name().unwrap_or_default();
        let name = printable_name(&name.to_string_lossy());
        match folder.is_empty() {
            true => name,
            false => format!("{folder}/{name}"),
        }
    };
    let mut stack: Vec<(std::vec::IntoIter<Listed>, String)> = Vec::new();
    match list_dir(root, seen, stamped) {
        Ok(entries) => stack.push((entries.into_iter(), String::new())),
        Err(problem) => {
            let entry = Entry {
                id: String::new(),
                path: root.to_path_buf(),
                problem: Some(problem),
            };
            return visit(Step::Entry(entry), None);
        }
    }
    while let Some((level, folder)) = stack.last_mut() {
        let Some((path, file_type, stamp)) = level.next() else {
            stack.pop();
            continue;
        };
        let id = id_in(folder, &path);
        // The folder listing already knows the type; only a symlink needs a stat.
        let kind = if file_type.is_symlink() {
            fs::metadata(&path).map(|m| m.file_type())
        } else {
            Ok(file_type)
        };
        let step = match kind {
            Ok(m) if m.is_dir() => match list_dir(&path, seen, stamped) {
                Ok(entries) => {
                    if file_type.is_symlink() && !visit(Step::LinkedFolder, None) {
                        return false;
                    }
                    stack.push((entries.into_iter(), id));
                    continue;
                }
                Err(problem) => Step::Entry(Entry {
                    id,
                    path,
                    problem: Some(problem),
                }),
            },
            Ok(_) if !is_article_file(&path) => Step::Ignored(path),
            Ok(m) => {
                let problem =
                    (!m.is_file()).then(|| "not a regular file (FIFO, socket or device)".to_owned());
                Step::Entry(Entry { id, path, problem })
            }
            Err(e) => {
                let problem = if fs::symlink_metadata(&path).is_ok() {
                    match e.raw_os_error() {
                        Some(40) => "symlink loop".to_owned(),
                        _ => format!("dangling symlink ({})", describe(&e)),
                    }
                } else {
                    describe(&e)
                };
                Step::Entry(Entry {
                    id,
                    path,
                    problem: Some(problem),
                })
            }
        };
        if !visit(step, stamp) {
            return false;
        }
    }
    true
}

/// The folder's visible entries, sorted; an error for a folder already walked
/// (a symlink loop) or one that cannot be read.
fn list_dir(dir: &Path, seen: &mut HashSet<PathBuf>, stamped: bool) -> Result<Vec<Listed>, String> {
    let real = fs::canonicalize(dir).map_err(|e| describe(&e))?;
    if !seen.insert(real) {
        return Err("symlink loop (folder already visited)".into());
    }
    let mut entries: Vec<Listed> = fs::read_dir(dir)
        .map_err(|e| describe(&e))?
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().as_encoded_bytes().starts_with(b"."))
        .filter_map(|e| {
            let file_type = e.file_type().ok()?;
            let stamp = (stamped && file_type.is_file())
                .then(|| e.metadata().ok().map(|m| Stamp::of(&m)))
                .flatten();
            Some((e.path(), file_type, stamp))
        })
        .collect();
    // One folder's paths differ only after the folder's own, so their bytes
    // give the order of `Path`'s component-wise comparison, at a fraction of
    // its cost (the walk's main cost at 100,000 files).
    entries.sort_by(|a, b| (a.0.as_os_str().as_encoded_bytes()).cmp(b.0.as_os_str().as_encoded_bytes()));
    Ok(entries)
}

/// An io error as a short lower-case reason, without Rust's `(os error N)`.
pub fn describe(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}
