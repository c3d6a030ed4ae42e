//! The cache folder's bound. Each set of PATHs has an index file there, a
//! fraction of its text's size; a bound by count kept four of them whatever
//! their size (2.8× a 227 MB archive at 160 MB each). The bound is by bytes
//! instead: the indexes used last are kept while all of them together stay
//! within `SHARE` of the largest archive the cache holds an index of, so an
//! archive's own index (a third of its text) fits beside several of its
//! subfolders', and the cache never holds more than a fraction of what it
//! speeds up.

use super::snapshot::{FORMAT, MAGIC};
use std::io::Read;
use std::path::Path;
use std::time::{Duration, SystemTime};

/// The cache's size against the largest archive it indexes.
const SHARE: f64 = 0.6;

/// Bounds the cache folder `dir` after `saved` was written there: `saved`
/// stays whatever its size; the other indexes, last used first (a restore
/// touches its file), stay while they fit in `SHARE`; and no temporary file
/// is left from a save that cannot finish (its process is gone, or it is
/// over an hour old). Safe beside other processes: a file they are reading
/// stays readable once open (and one pruned before is a full load, never a
/// damaged one); their temporary files are theirs while they run.
pub fn prune(dir: &Path, saved: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let hour_ago = SystemTime::now() - Duration::from_secs(3600);
    let mut indexes = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let Ok(meta) = entry.metadata() else { continue };
        let Ok(modified) = meta.modified() else { continue };
        if !name.starts_with("index-") {
            continue;
        }
        if name.ends_with(".bin") {
            indexes.push((modified, entry.path(), meta.len()));
        } else if let Some((_, save)) = name.rsplit_once(".tmp-")
            && (modified < hour_ago || !running(save.split('-').next().unwrap_or_default()))
        {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    // The one just saved first, so it counts against the share before the
    // others (a reader restoring another index touches it all the time, so
    // its time can be later than this save's), then the last used first.
    indexes.sort_by(|a, b| (b.1 == *saved).cmp(&(a.1 == *saved)).then(b.cmp(a)));
    let largest = (indexes.iter()).map(|(_, path, _)| indexed_bytes(path)).max();
    let budget = SHARE * largest.unwrap_or(0) as f64;
    let mut total = 0;
    for (modified, path, size) in indexes {
        if path == *saved || (total + size) as f64 <= budget {
            total += size;
        } else if std::fs::metadata(&path).and_then(|m| m.modified()).ok() == Some(modified) {
            // Unless another process renamed a new index over it meanwhile.
            let _ = std::fs::remove_file(path);
        }
    }
}

/// The size of the files the index at `path` was made from, from its
/// header; 0 for an index of another format (never used by this version).
fn indexed_bytes(path: &Path) -> u64 {
    let mut head = [0u8; 20];
    let read = std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut head));
    let ours = read.is_ok() && head[..8] == MAGIC[..] && head[8..12] == FORMAT.to_le_bytes();
    match ours {
        true => u64::from_le_bytes(head[12..20].try_into().expect("8 bytes")),
        false => 0,
    }
}

/// Whether the process `pid` (from a temporary file's name) still runs.
fn running(pid: &str) -> bool {
    // Not a process's id (0 and below name groups to `kill`): nobody's file.
    let Some(pid) = pid.parse::<i32>().ok().filter(|&p| p > 0) else {
        return false;
    };
    #[cfg(unix)]
    {
        // SAFETY: signal 0 only asks whether the process exists.
        let alive = unsafe { libc::kill(pid, 0) } == 0;
        alive || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
    }
    #[cfg(not(unix))]
    {
        // Without a cheap check, the hour decides.
        let _ = pid;
        true
    }
}
