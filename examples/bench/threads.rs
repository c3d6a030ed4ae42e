//! CPU time by thread name, for finding where a start's CPU goes: a thread
//! samples `/proc/self/task/*/schedstat` (nanoseconds on a CPU) every 10 ms
//! and keeps each thread's last figure, so threads that ended still count
//! (short of their last 10 ms at most).

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Per thread id: its name and nanoseconds on a CPU when last seen.
type Seen = BTreeMap<u32, (String, u64)>;

pub struct ThreadCpu {
    seen: Arc<Mutex<Seen>>,
}

impl ThreadCpu {
    pub fn start() -> ThreadCpu {
        let seen = Arc::new(Mutex::new(Seen::new()));
        let shared = Arc::clone(&seen);
        std::thread::Builder::new()
            .name("cpu-sampler".into())
            .spawn(move || {
                loop {
                    sample(&shared);
                    std::thread::sleep(Duration::from_millis(10));
                }
            })
            .expect("the sampler thread");
        ThreadCpu { seen }
    }

    /// Seconds on a CPU so far, summed by thread name, most first.
    pub fn by_name(&self) -> Vec<(String, f64)> {
        sample(&self.seen);
        let mut sums = BTreeMap::<String, u64>::new();
        for (name, ns) in self.seen.lock().expect("sampler").values() {
            *sums.entry(name.clone()).or_default() += ns;
        }
        let mut v: Vec<(String, f64)> = sums.into_iter().map(|(n, ns)| (n, ns as f64 / 1e9)).collect();
        v.sort_by(|a, b| b.1.total_cmp(&a.1));
        v
    }
}

fn sample(seen: &Mutex<Seen>) {
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return;
    };
    let mut now = Vec::new();
    for task in tasks.flatten() {
        let Some(tid) = task.file_name().to_str().and_then(|t| t.parse::<u32>().ok()) else {
            continue;
        };
        let read = |f: &str| std::fs::read_to_string(task.path().join(f)).unwrap_or_default();
        let ns = read("schedstat")
            .split_whitespace()
            .next()
            .and_then(|n| n.parse().ok());
        if let Some(ns) = ns {
            now.push((tid, read("comm").trim().to_owned(), ns));
        }
    }
    let mut seen = seen.lock().expect("sampler");
    for (tid, name, ns) in now {
        seen.insert(tid, (name, ns));
    }
}
