//! The benchmark's corpus folder (given, copied N times, or generated) and
//! what the process costs: CPU time, page faults, resident memory.

use crate::synth;
use std::path::{Path, PathBuf};

pub fn corpus_dir(args: &[String]) -> PathBuf {
    match args.first().map(String::as_str) {
        Some("--copies") => {
            let n: usize = args.get(1).and_then(|s| s.parse().ok()).expect("--copies N FROM");
            let from = PathBuf::from(args.get(2).expect("--copies N FROM"));
            let dir = std::env::temp_dir().join(format!("byline-bench-copies-{n}"));
            if !dir.exists() {
                for i in 0..n {
                    copy_dir(&from, &dir.join(format!("c{i:02}"))).expect("copy corpus");
                }
            }
            dir
        }
        Some("--synthetic") | None => {
            let n: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(100_000);
            let dir = std::env::temp_dir().join(format!("byline-bench-synthetic-{n}"));
            if !dir.exists() {
                synth::write_corpus(&dir, n).expect("write synthetic corpus");
            }
            dir
        }
        Some(path) => PathBuf::from(path),
    }
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

pub fn dir_bytes(dir: &Path) -> u64 {
    let mut total = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            match e.file_type() {
                Ok(t) if t.is_dir() => stack.push(e.path()),
                Ok(_) => total += e.metadata().map_or(0, |m| m.len()),
                Err(_) => {}
            }
        }
    }
    total
}

/// User plus system time of the whole process so far (Linux; 0 elsewhere).
pub fn cpu_seconds() -> f64 {
    let ticks = 100.0; // USER_HZ on Linux
    (stat_field(11) + stat_field(12)) / ticks
}

/// Field `n` of `/proc/self/stat` counted after the command name (7: minor
/// faults, 11 and 12: user and system ticks); 0 elsewhere.
pub fn stat_field(n: usize) -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    rest.split_whitespace()
        .nth(n)
        .and_then(|v| v.parse::<f64>().ok())
        .unwrap_or(0.0)
}

pub fn rss_bytes() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("VmRSS:"))?.to_owned();
            line.split_whitespace().nth(1)?.parse::<u64>().ok()
        })
        .map_or(0, |kb| kb * 1024)
}
