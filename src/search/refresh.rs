//! A saved index brought up to date with its folders: files added, changed
//! or removed since it was saved are taken out and read and analysed again
//! on their own, everything else comes from the index. An archive that
//! grows by a few files a day opens in about the time of a restore, not of
//! a full load; the result is the corpus a full load would give (the
//! entities are resolved from the same evidence).

use super::analysed::Analysed;
use super::bytes::Dec;
use super::corpus::Corpus;
use super::files::Scanned;
use super::snapshot::{self, FileTable, Restored, Summary};
use crate::analysis::Corrections;
use crate::analysis::hash::{FxMap, FxSet};
use crate::store::{self, Entry, LoadOptions, Outcome, Stamp, Step};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Past this share of the files changed (and more than `FEW`), a full load
/// is as quick and simpler.
const MOST_CHANGED: f64 = 0.2;
const FEW: usize = 64;

/// A file of the old table whose articles do not stay (`Changes::moved`).
pub(super) const GONE: u32 = u32::MAX;

/// What changed under some folders since a file table was taken: the new
/// table, and the new and changed files read and analysed, ready to apply
/// to the corpus the old table describes.
pub struct Changes {
    /// Every file as it is now, in walk order, and how many were ignored.
    pub files: FileTable,
    pub(super) ignored: usize,
    /// For each file of the old table, its place in the new walk if its
    /// articles stay (unchanged), else `GONE`: an article's old place is its
    /// key, so no path is looked up per article.
    pub(super) moved: Vec<u32>,
    /// New or changed files, with their place in the new walk.
    pub(super) fresh: Vec<(usize, Entry)>,
    /// Of the fresh files, those not there before; and files gone since.
    pub(super) added: usize,
    pub(super) gone: usize,
    pub(super) items: Vec<Analysed>,
    pub(super) skipped: Vec<(PathBuf, String)>,
    pub(super) partial: Vec<(PathBuf, String)>,
    pub(super) lossy: Vec<PathBuf>,
}

impl Changes {
    /// Compares the folders as they are now with `table` (no file is read).
    pub fn since(roots: &[PathBuf], table: &FileTable) -> Changes {
        Changes::between(table, scan(roots))
    }

    /// What changed from `table` to the files as `scan` found them.
    pub(super) fn between(table: &FileTable, now: Scanned) -> Changes {
        // While no file came or went, each is where it was; else each is
        // found by its path's bytes (`Path`'s own hash and equality go
        // component by component, a visible cost over 100,000 paths).
        let files = &now.files;
        let aligned = files.len() == table.len()
            && (files.iter().zip(table.iter())).all(|((p, _), (q, _))| p.as_os_str() == q.as_os_str());
        let before: FxMap<&OsStr, usize> = match aligned {
            true => FxMap::default(),
            false => (table.iter().enumerate())
                .map(|(i, (p, _))| (p.as_os_str(), i))
                .collect(),
        };
        let mut moved = vec![GONE; table.len()];
        let (mut fresh, mut added) = (Vec::new(), 0);
        for (seq, (path, stamp)) in files.iter().enumerate() {
            let old = match aligned {
                true => Some(seq),
                false => before.get(path.as_os_str()).copied(),
            };
            match old {
                Some(old) if table.stamp(old) == stamp => moved[old] = seq as u32,
                Some(_) => fresh.push((seq, now.entry(seq))),
                None => {
                    added += 1;
                    fresh.push((seq, now.entry(seq)));
                }
            }
        }
        drop(before);
        let Scanned { files, ignored, .. } = now;
        // Every file of the new table that was in the old one, kept or changed.
        let gone = table.len().saturating_sub(files.len() - added);
        Changes::unread(files, ignored, moved, fresh, added, gone)
    }

    /// Changes found by comparing tables, before any fresh file is read.
    pub(super) fn unread(
        files: FileTable,
        ignored: usize,
        moved: Vec<u32>,
        fresh: Vec<(usize, Entry)>,
        added: usize,
        gone: usize,
    ) -> Changes {
        Changes {
            files,
            ignored,
            moved,
            fresh,
            added,
            gone,
            items: Vec::new(),
            skipped: Vec::new(),
            partial: Vec::new(),
            lossy: Vec::new(),
        }
    }

    /// Files added, changed and gone.
    pub fn counts(&self) -> (usize, usize, usize) {
        (self.added, self.fresh.len() - self.added, self.gone)
    }

    /// Whether applying these changes to `corpus` only adds articles: every
    /// one it has keeps its index (new ones come after), so what was found
    /// in it still holds for them (`search::Carry`).
    pub fn only_adds_to(&self, corpus: &Corpus) -> bool {
        corpus.dead(&self.moved).is_empty()
    }

    pub fn is_empty(&self) -> bool {
        self.fresh.is_empty() && self.gone == 0
    }

    /// Reads and analyses the new and changed files, as the stream would.
    pub fn read(&mut self, options: &LoadOptions) {
        for (seq, entry) in &self.fresh {
            if let Some(problem) = &entry.problem {
                self.skipped.push((entry.path.clone(), problem.clone()));
                continue;
            }
            match store::read_article_file(&entry.path, &entry.id, options) {
                Outcome::Loaded {
                    articles,
                    lossy,
                    left_out,
                } => {
                    if lossy {
                        self.lossy.push(entry.path.clone());
                    }
                    if let Some(note) = left_out {
                        self.partial.push((entry.path.clone(), note));
                    }
                    for (n, article) in articles.into_iter().enumerate() {
                        self.items.push(Analysed::new(article, (*seq as u32, n as u32)));
                    }
                }
                Outcome::Skipped(reason) => self.skipped.push((entry.path.clone(), reason)),
            }
        }
    }
}

/// The saved index in `file`, brought up to date with `roots`; with the
/// file table, and whether anything changed (the index is to be saved again).
pub(super) fn restore(
    file: &Path,
    roots: &[PathBuf],
    corrections: Arc<Corrections>,
    options: &LoadOptions,
) -> Result<(Restored, FileTable, bool), String> {
    // The folders are walked and every file stat'ed on a thread of its own
    // while this one reads and decodes the index: neither needs the other
    // until they are compared, and on two cores the start takes the longer
    // of the two instead of their sum.
    let (scan_tx, scanned) = std::sync::mpsc::channel();
    let roots = roots.to_vec();
    store::spawn_named("byline-scan", move || {
        let _ = scan_tx.send(scan(&roots));
    });
    let bytes = std::fs::read(file).map_err(|e| e.to_string())?;
    let mut d = Dec::checked(&bytes)?;
    let table = snapshot::read_files(&mut d)?;
    let restored = snapshot::read_rest(&mut d, corrections);
    drop(bytes);
    let Restored {
        mut corpus,
        mut summary,
    } = restored?;
    let now: Scanned = scanned.recv().map_err(|_| "the folders' scan failed")?;
    // The usual case, checked without building anything: nothing changed.
    if now.files == table {
        corpus.entities_resolved();
        return match summary.ignored == now.ignored {
            true => Ok((Restored { corpus, summary }, table, false)),
            false => Err("files changed".into()),
        };
    }
    let mut changes = Changes::between(&table, now);
    let (added, changed, gone) = changes.counts();
    let touched = added + changed + gone;
    if touched > FEW && touched as f64 > MOST_CHANGED * changes.files.len().max(table.len()) as f64 {
        return Err("too many files changed".into());
    }
    changes.read(options);
    let generation = corpus.entity_generation();
    let files = corpus.apply(changes, &mut summary);
    // Applying rebuilt what is kept per entity unless no article came or went
    // (a file added that could not be read): then it is built here.
    if corpus.entity_generation() == generation {
        corpus.entities_resolved();
    }
    Ok((Restored { corpus, summary }, files, true))
}

/// Every file under `roots` with its stamp, in walk order, and how many
/// files were passed over.
pub(super) fn scan(roots: &[PathBuf]) -> Scanned {
    let mut now = Scanned::default();
    store::walk_stamped(roots, |step, stamp| {
        match step {
            Step::Ignored(path) => now.ignore(&path),
            Step::LinkedFolder => now.linked = true,
            Step::Entry(e) => {
                let stamp = e
                    .problem
                    .is_none()
                    .then(|| stamp.or_else(|| Stamp::read(&e.path)));
                now.push(e, stamp.flatten());
            }
        }
        true
    });
    now.files.shrink_to_fit();
    now
}

/// Where each file of the new walk is, and the files read again: what
/// brings the summary's lists of files up to date.
struct Lists<'a> {
    place: FxMap<&'a OsStr, usize>,
    changed: FxSet<&'a OsStr>,
}

impl Lists<'_> {
    /// One list keeps its files that stay unchanged and takes the fresh
    /// files' entries, all in the walk's order.
    fn merge<T>(&self, list: &mut Vec<T>, fresh: Vec<T>, path: impl Fn(&T) -> &PathBuf) {
        list.retain(|e| {
            let p = path(e).as_os_str();
            self.place.contains_key(p) && !self.changed.contains(p)
        });
        list.extend(fresh);
        list.sort_by_key(|e| self.place.get(path(e).as_os_str()).copied());
    }
}

impl Corpus {
    /// Brings the corpus (and the summary of its load) up to date with
    /// `changes`: articles of changed and gone files out, the new ones in,
    /// all in their new walk order, the entities resolved. Returns the new
    /// file table.
    pub fn apply(&mut self, changes: Changes, summary: &mut Summary) -> FileTable {
        let Changes {
            files,
            ignored,
            moved,
            fresh,
            items,
            skipped,
            partial,
            lossy,
            ..
        } = changes;
        let dead = self.dead(&moved);
        self.remove_articles(&dead);
        // Every article left is of a file kept: its key becomes its new place.
        for key in &mut self.keys {
            key.0 = moved[key.0 as usize];
        }
        for item in items {
            self.push(item);
        }
        let keys = &self.keys;
        self.order.sort_by_key(|&i| keys[i as usize]);
        self.settle();
        let listed = [&summary.skipped, &summary.partial, &skipped, &partial];
        let place: FxMap<&OsStr, usize> =
            match listed.iter().all(|l| l.is_empty()) && summary.lossy.is_empty() && lossy.is_empty() {
                true => FxMap::default(),
                false => (files.iter().enumerate())
                    .map(|(seq, (p, _))| (p.as_os_str(), seq))
                    .collect(),
            };
        let changed: FxSet<&OsStr> = fresh.iter().map(|(_, e)| e.path.as_os_str()).collect();
        let lists = Lists { place, changed };
        lists.merge(&mut summary.skipped, skipped, |(p, _)| p);
        lists.merge(&mut summary.partial, partial, |(p, _)| p);
        lists.merge(&mut summary.lossy, lossy, |p| p);
        (summary.files, summary.ignored) = (files.len(), ignored);
        files
    }

    /// The articles whose files changed or went (`Changes::moved`).
    fn dead(&self, moved: &[u32]) -> Vec<u32> {
        let new_place = |i: usize| {
            let old = self.articles[i].path.as_ref().map(|_| self.keys[i].0 as usize);
            old.and_then(|old| moved.get(old)).filter(|&&s| s != GONE)
        };
        (0..self.len() as u32)
            .filter(|&i| new_place(i as usize).is_none())
            .collect()
    }

    /// Takes articles out (a file changed or went), renumbering the rest in
    /// their order; their evidence leaves the entities, which are stale until
    /// the caller settles the corpus (`apply` does, once, after adding).
    fn remove_articles(&mut self, dead: &[u32]) {
        if dead.is_empty() {
            return;
        }
        let n = self.len();
        let (mut gone, mut said) = (vec![false; n], Vec::new());
        for &d in dead {
            if !std::mem::replace(&mut gone[d as usize], true) {
                self.said.get(d as usize, &mut said);
                self.entities.remove(d, &said);
            }
        }
        let mut new = vec![u32::MAX; n];
        let mut next = 0;
        for (i, slot) in new.iter_mut().enumerate() {
            if !gone[i] {
                *slot = next;
                next += 1;
            }
        }
        fn keep<T>(list: &mut Vec<T>, gone: &[bool]) {
            let mut i = 0;
            list.retain(|_| {
                i += 1;
                !gone[i - 1]
            });
        }
        keep(&mut self.articles, &gone);
        keep(&mut self.stored, &gone);
        keep(&mut self.hashes, &gone);
        keep(&mut self.quotes, &gone);
        self.said.retain(|i| !gone[i]);
        self.globals.retain(|i| !gone[i]);
        keep(&mut self.keys, &gone);
        keep(&mut self.initials, &gone);
        (self.titles, self.title_ends) = (String::new(), Vec::new());
        for i in 0..self.articles.len() {
            let title = std::mem::take(&mut self.articles[i].title);
            self.push_title(&title);
            self.articles[i].title = title;
        }
        self.order.retain_mut(|a| {
            *a = new[*a as usize];
            *a != u32::MAX
        });
        self.entities.renumber(&new);
        self.words.renumber(&new);
        self.forms.renumber(&new);
    }
}
