//! A saved index brought up to date with its folders: files added, changed
//! or removed since it was saved are taken out and read and analysed again
//! on their own, everything else comes from the index. An archive that
//! grows by a few files a day opens in about the time of a restore, not of
//! a full load; the result is the corpus a full load would give (the
//! entities are resolved from the same evidence).

use super::bytes::Dec;
use super::corpus::{Analysed, Corpus};
use super::snapshot::{self, FileTable, Restored};
use crate::analysis::Corrections;
use crate::store::{self, Article, Entry, LoadOptions, Outcome, Stamp, Step};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Past this share of the files changed (and more than `FEW`), a full load
/// is as quick and simpler.
const MOST_CHANGED: f64 = 0.2;
const FEW: usize = 64;

/// The saved index in `file`, brought up to date with `roots`; with the new
/// file table when anything changed (the index is to be saved again).
pub(super) fn restore(
    file: &Path,
    roots: &[PathBuf],
    corrections: Arc<Corrections>,
    options: &LoadOptions,
) -> Result<(Restored, Option<FileTable>), String> {
    let bytes = std::fs::read(file).map_err(|e| e.to_string())?;
    let mut d = Dec::checked(&bytes)?;
    let table = snapshot::read_files(&mut d)?;
    let (mut now, mut ignored) = (Vec::new(), 0);
    store::walk(roots, |step| {
        match step {
            Step::Ignored => ignored += 1,
            Step::Entry(e) => {
                let stamp = e.problem.is_none().then(|| Stamp::read(&e.path)).flatten();
                now.push((e, stamp));
            }
        }
        true
    });
    let same = now.len() == table.len()
        && now
            .iter()
            .zip(&table)
            .all(|((e, stamp), (path, old))| e.path == *path && stamp == old);
    if same {
        let restored = snapshot::read_rest(&mut d, corrections)?;
        return match restored.summary.ignored == ignored {
            true => Ok((restored, None)),
            false => Err("files changed".into()),
        };
    }
    let place: HashMap<&Path, usize> = (now.iter().enumerate())
        .map(|(seq, (e, _))| (e.path.as_path(), seq))
        .collect();
    let before: HashMap<&Path, Option<Stamp>> = table.iter().map(|(p, s)| (p.as_path(), *s)).collect();
    let fresh: Vec<(usize, &Entry)> = (now.iter().enumerate())
        .filter(|(_, (e, stamp))| before.get(e.path.as_path()) != Some(stamp))
        .map(|(seq, (e, _))| (seq, e))
        .collect();
    let kept: HashMap<&Path, usize> = (now.iter().enumerate())
        .filter(|(_, (e, stamp))| before.get(e.path.as_path()) == Some(stamp))
        .map(|(seq, (e, _))| (e.path.as_path(), seq))
        .collect();
    let gone = table
        .iter()
        .filter(|(p, _)| !place.contains_key(p.as_path()))
        .count();
    let changed = fresh.len() + gone;
    if changed > FEW && changed as f64 > MOST_CHANGED * now.len().max(table.len()) as f64 {
        return Err("too many files changed".into());
    }
    let Restored {
        mut corpus,
        mut summary,
    } = snapshot::read_rest(&mut d, corrections)?;
    let dead: Vec<u32> = (0..corpus.len() as u32)
        .filter(|&i| (corpus.article(i).path.as_deref()).is_none_or(|p| !kept.contains_key(p)))
        .collect();
    corpus.remove_articles(&dead);
    summary.skipped.retain(|(p, _)| kept.contains_key(p.as_path()));
    summary.lossy.retain(|p| kept.contains_key(p.as_path()));
    for &(seq, entry) in &fresh {
        add_file(&mut corpus, &mut summary, seq, entry, options);
    }
    corpus.reorder(|article, (seq, record)| {
        let place = article.path.as_deref().and_then(|p| kept.get(p));
        (place.map_or(seq, |&s| s as u32), record)
    });
    summary
        .skipped
        .sort_by_key(|(p, _)| place.get(p.as_path()).copied());
    summary.lossy.sort_by_key(|p| place.get(p.as_path()).copied());
    (summary.files, summary.ignored) = (now.len(), ignored);
    corpus.settle();
    let files = now.into_iter().map(|(e, stamp)| (e.path, stamp)).collect();
    Ok((Restored { corpus, summary }, Some(files)))
}

impl Corpus {
    /// Takes articles out (a file changed or went), renumbering the rest in
    /// their order; their evidence leaves the entities, which are resolved
    /// again at once.
    fn remove_articles(&mut self, dead: &[u32]) {
        if dead.is_empty() {
            return;
        }
        let n = self.len();
        let mut gone = vec![false; n];
        for &d in dead {
            if !std::mem::replace(&mut gone[d as usize], true) {
                self.entities.remove(d, &self.said[d as usize]);
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
        keep(&mut self.said, &gone);
        keep(&mut self.globals, &gone);
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
        self.resolve_entities();
    }

    /// Sorts the articles again by new walk places (`place(article, old
    /// place)`), after files were added or taken out.
    fn reorder(&mut self, place: impl Fn(&Article, (u32, u32)) -> (u32, u32)) {
        for (key, a) in self.keys.iter_mut().zip(&self.articles) {
            *key = place(a, *key);
        }
        let keys = &self.keys;
        self.order.sort_by_key(|&i| keys[i as usize]);
    }
}

/// Reads and analyses one file that is new or changed, as the stream would.
fn add_file(
    corpus: &mut Corpus,
    summary: &mut snapshot::Summary,
    seq: usize,
    entry: &Entry,
    options: &LoadOptions,
) {
    if let Some(problem) = &entry.problem {
        summary.skipped.push((entry.path.clone(), problem.clone()));
        return;
    }
    match store::read_article_file(&entry.path, &entry.id, options) {
        Outcome::Loaded { articles, lossy } => {
            if lossy {
                summary.lossy.push(entry.path.clone());
            }
            for (n, article) in articles.into_iter().enumerate() {
                corpus.push(Analysed::new(article, (seq as u32, n as u32)));
            }
        }
        Outcome::Skipped(reason) => summary.skipped.push((entry.path.clone(), reason)),
    }
}
