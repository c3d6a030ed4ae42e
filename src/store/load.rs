//! Reading the files the walk finds, in parallel, handing out articles as they
//! are ready so the reader can show the first ones before a big folder is done.

use super::article::Article;
use super::parse::parse_bytes;
use super::sanitize::printable_name;
use super::threads::{spawn_named, yield_to_the_ui};
use super::walk::{Entry, Step, describe, walk};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

/// Default for the largest file byline will read.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

#[derive(Clone, Debug)]
pub struct LoadOptions {
    pub max_file_bytes: u64,
    /// Reader threads; 0 means one per core.
    pub threads: usize,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
            threads: 0,
        }
    }
}

/// What became of one file. `T` is an article, or whatever the caller's
/// per-article work (see `spawn_map`) made of it on the reader threads.
#[derive(Debug)]
pub enum Outcome<T = Article> {
    /// One article for a text file, one per record for JSON; `lossy` when
    /// invalid bytes were replaced; `left_out` says which records of a JSON
    /// or JSONL file could not be read (the rest loaded): the file is listed
    /// as loaded in part with it, apart from the skipped (which gave nothing).
    Loaded {
        articles: Vec<T>,
        lossy: bool,
        left_out: Option<String>,
    },
    Skipped(String),
}

/// One file's result; `seq` is its place in the walk's sorted order.
#[derive(Debug)]
pub struct FileResult<T = Article> {
    pub seq: usize,
    pub path: PathBuf,
    pub outcome: Outcome<T>,
    /// The file's size and times as it was read (`None` if it could not be).
    pub stamp: Option<Stamp>,
}

/// What tells one version of a file from another without reading it: size,
/// modification and status-change times (nanoseconds since the epoch). A
/// saved index is trusted only while every file's stamp is the same.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stamp {
    pub len: u64,
    pub modified: i128,
    pub changed: i128,
}

impl Stamp {
    pub fn of(meta: &std::fs::Metadata) -> Stamp {
        #[cfg(unix)]
        let (modified, changed) = {
            use std::os::unix::fs::MetadataExt;
            let ns = |s: i64, n: i64| i128::from(s) * 1_000_000_000 + i128::from(n);
            (
                ns(meta.mtime(), meta.mtime_nsec()),
                ns(meta.ctime(), meta.ctime_nsec()),
            )
        };
        #[cfg(not(unix))]
        let (modified, changed) = {
            let ns = |t: std::io::Result<std::time::SystemTime>| {
                t.ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_nanos() as i128)
            };
            (ns(meta.modified()), ns(meta.created()))
        };
        Stamp {
            len: meta.len(),
            modified,
            changed,
        }
    }

    /// The stamp of the file at `path` now (following links, as reading does).
    pub fn read(path: &Path) -> Option<Stamp> {
        std::fs::metadata(path).ok().map(|m| Stamp::of(&m))
    }
}

/// Progress as it happens. The channel closes when everything is read.
#[derive(Debug)]
pub enum LoadEvent<T = Article> {
    /// The walk has found `total` files so far.
    Found { total: usize },
    /// The walk is over: `total` files to read, `ignored` others passed over.
    Walked { total: usize, ignored: usize },
    /// A batch of files read, in no particular order.
    Files(Vec<FileResult<T>>),
}

/// Starts loading in the background. Dropping the receiver stops the work.
pub fn spawn(roots: Vec<PathBuf>, options: LoadOptions) -> Receiver<LoadEvent> {
    spawn_map(roots, options, |a| a, |_| {})
}

/// Like `spawn`, but runs `map` on each article on the reader threads, so
/// per-article work (analysis) is parallel and close to the bytes just read.
/// The walk calls `hold(found)` before it hands out more files: the caller
/// may block there to pause the whole load (the walk included).
pub fn spawn_map<T, F>(
    roots: Vec<PathBuf>,
    options: LoadOptions,
    map: F,
    hold: impl Fn(usize) + Send + 'static,
) -> Receiver<LoadEvent<T>>
where
    T: Send + 'static,
    F: Fn(Article) -> T + Send + Sync + 'static,
{
    let map = Arc::new(map);
    let (tx, rx) = channel();
    let (work_tx, work_rx) = channel::<Batch>();
    let work_rx = Arc::new(Mutex::new(work_rx));
    let threads = match options.threads {
        0 => std::thread::available_parallelism().map_or(2, |n| n.get()),
        n => n,
    };
    for _ in 0..threads {
        let (work_rx, tx, options, map) = (
            Arc::clone(&work_rx),
            tx.clone(),
            options.clone(),
            Arc::clone(&map),
        );
        spawn_named("byline-read", move || {
            yield_to_the_ui();
            worker(&work_rx, &tx, &options, &*map)
        });
    }
    spawn_named("byline-walk", move || walker(&roots, &work_tx, &tx, hold));
    rx
}

/// Work and results travel in batches: one channel message (and thread
/// wake-up) per file made futex calls the main cost of loading 100,000 files.
/// The first batches are small so the first articles show at once; after
/// `HEAD_FILES` they are larger: each batch wakes a reader and the relay,
/// and each wake-up on two busy cores is a reader preempted (with 256, the
/// readers were preempted 3,800 times instead of 5,700 in a first start of
/// 100,000 files). The head keeps the sizes a next start's gate
/// (`search::loading`, 256 files) was set by.
const FIRST_BATCH: usize = 8;
const HEAD_BATCH: usize = 64;
const HEAD_FILES: usize = 1024;
const MAX_BATCH: usize = 256;

type Batch = Vec<(usize, Entry)>;

fn walker<T>(roots: &[PathBuf], work: &Sender<Batch>, events: &Sender<LoadEvent<T>>, hold: impl Fn(usize)) {
    let (mut total, mut ignored) = (0, 0);
    let mut cap = FIRST_BATCH;
    let mut batch = Vec::with_capacity(cap);
    walk(roots, |step| {
        match step {
            Step::Ignored(_) => ignored += 1,
            Step::LinkedFolder => {}
            Step::Entry(entry) => {
                batch.push((total, entry));
                total += 1;
                if batch.len() >= cap {
                    hold(total - batch.len());
                    cap = (cap * 2).min(if total < HEAD_FILES { HEAD_BATCH } else { MAX_BATCH });
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(cap));
                    if work.send(full).is_err() || events.send(LoadEvent::Found { total }).is_err() {
                        return false;
                    }
                }
            }
        }
        true
    });
    if !batch.is_empty() {
        let _ = work.send(batch);
    }
    let _ = events.send(LoadEvent::Walked { total, ignored });
}

fn worker<T>(
    work: &Mutex<Receiver<Batch>>,
    events: &Sender<LoadEvent<T>>,
    options: &LoadOptions,
    map: &dyn Fn(Article) -> T,
) {
    loop {
        let next = work.lock().map(|rx| rx.recv());
        let Ok(Ok(batch)) = next else { return };
        let results = batch
            .into_iter()
            .map(|(seq, entry)| {
                let (outcome, stamp) = match entry.problem {
                    Some(problem) => (Outcome::Skipped(problem), None),
                    None => match read_file(&entry.path, &entry.id, options) {
                        (
                            Outcome::Loaded {
                                articles,
                                lossy,
                                left_out,
                            },
                            stamp,
                        ) => (
                            Outcome::Loaded {
                                articles: articles.into_iter().map(map).collect(),
                                lossy,
                                left_out,
                            },
                            stamp,
                        ),
                        (Outcome::Skipped(reason), stamp) => (Outcome::Skipped(reason), stamp),
                    },
                };
                FileResult {
                    seq,
                    path: entry.path,
                    outcome,
                    stamp,
                }
            })
            .collect();
        if events.send(LoadEvent::Files(results)).is_err() {
            return;
        }
    }
}

/// Opens without blocking (a FIFO swapped in after the walk must not hang us)
/// and reads at most the size limit into `bytes`. The stamp is that of the
/// file read.
fn read_bytes(path: &Path, limit: u64, stamp: &mut Option<Stamp>, bytes: &mut Vec<u8>) -> Result<(), String> {
    let mut open = std::fs::OpenOptions::new();
    open.read(true);
    #[cfg(target_os = "linux")]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut open, 0o4000); // O_NONBLOCK
    let file = open.open(path).map_err(|e| {
        // Unreadable is an outcome too, kept while the file stays as it is.
        *stamp = Stamp::read(path);
        describe(&e)
    })?;
    let meta = file.metadata().map_err(|e| describe(&e))?;
    *stamp = Some(Stamp::of(&meta));
    if !meta.is_file() {
        return Err("not a regular file (FIFO, socket or device)".into());
    }
    if meta.len() > limit {
        return Err(format!("too large ({} bytes; the limit is {limit})", meta.len()));
    }
    // Read what the size promised: a file that grows meanwhile is read as it was.
    bytes.clear();
    bytes.reserve(meta.len() as usize);
    file.take(meta.len())
        .read_to_end(bytes)
        .map_err(|e| describe(&e))?;
    Ok(())
}

/// A reader thread's buffer for the file it reads, kept from file to file:
/// a block of the file's size taken and given back for each of 100,000
/// files made the allocator grow and shrink its arena, fresh pages each time.
/// One larger than this is not kept.
const KEPT_BUFFER: usize = 1 << 20;

thread_local! {
    static BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Reads and parses one file; never panics on its contents. `id` is the
/// file's id, or the id of one item of a feed (`file#guid`): reading an
/// article again (its body is not kept) must give that item, not the first.
pub fn read_article_file(path: &Path, id: &str, options: &LoadOptions) -> Outcome {
    let file_id = file_part(path, id);
    let mut outcome = read_file(path, file_id, options).0;
    if file_id.len() < id.len()
        && let Outcome::Loaded { articles, .. } = &mut outcome
    {
        match articles.iter().position(|a| a.id == id) {
            Some(at) => articles.swap(0, at),
            None => return Outcome::Skipped("no longer holds this item".into()),
        }
    }
    outcome
}

/// The file's id within an item's id: up to the `#` after the file's name
/// (`news/wire.rss` in `news/wire.rss#https://x.example/?p=1#top`); all of
/// `id` when it names no item.
fn file_part<'a>(path: &Path, id: &'a str) -> &'a str {
    let Some(name) = path.file_name().map(|n| printable_name(&n.to_string_lossy())) else {
        return id;
    };
    let marker = format!("{name}#");
    id.match_indices(&marker)
        .find(|(at, _)| *at == 0 || id[..*at].ends_with('/'))
        .map_or(id, |(at, _)| &id[..at + name.len()])
}

/// `read_article_file`, with the stamp of the file as it was read.
fn read_file(path: &Path, id: &str, options: &LoadOptions) -> (Outcome, Option<Stamp>) {
    let mut stamp = None;
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    let mut outcome = BUFFER.with_borrow_mut(|bytes| {
        let outcome = match read_bytes(path, options.max_file_bytes, &mut stamp, bytes) {
            Ok(()) => parse_bytes(bytes, ext, id),
            Err(reason) => Outcome::Skipped(reason),
        };
        if bytes.capacity() > KEPT_BUFFER {
            *bytes = Vec::new();
        }
        outcome
    });
    if let Outcome::Loaded { articles, .. } = &mut outcome {
        for a in articles {
            a.path = Some(path.to_path_buf());
        }
    }
    (outcome, stamp)
}

/// Everything a load produced, in the walk's sorted order.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    /// Files that could not be loaded, with the reason.
    pub skipped: Vec<(PathBuf, String)>,
    /// Files some of whose records loaded, with a note on those left out.
    pub partial: Vec<(PathBuf, String)>,
    /// Files decoded with replacement characters.
    pub lossy: Vec<PathBuf>,
    /// Files in folders that are not an article format.
    pub ignored: usize,
}

/// Loads everything and waits for it: the command line's way.
pub fn load(roots: Vec<PathBuf>, options: LoadOptions) -> Loaded {
    let mut results: Vec<FileResult> = Vec::new();
    let mut ignored = 0;
    for event in spawn(roots, options) {
        match event {
            LoadEvent::Files(batch) => results.extend(batch),
            LoadEvent::Walked { ignored: n, .. } => ignored = n,
            LoadEvent::Found { .. } => {}
        }
    }
    results.sort_by_key(|r| r.seq);
    let mut loaded = Loaded {
        ignored,
        ..Loaded::default()
    };
    for r in results {
        match r.outcome {
            Outcome::Loaded {
                articles,
                lossy,
                left_out,
            } => {
                if lossy {
                    loaded.lossy.push(r.path.clone());
                }
                if let Some(note) = left_out {
                    loaded.partial.push((r.path, note));
                }
                loaded.articles.extend(articles);
            }
            Outcome::Skipped(reason) => loaded.skipped.push((r.path, reason)),
        }
    }
    loaded
}
