//! `--memory`: the heap bytes of each structure after a start, what malloc
//! holds, and the resident memory by mapping.

use crate::host::rss_bytes;
use crate::start;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::Path;

pub fn memory(corpus: &Path, cache: &Path) {
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("test terminal");
    let s = start(corpus, cache, &mut terminal);
    // The folders' watch is set up on threads of its own once loaded.
    std::thread::sleep(std::time::Duration::from_secs(2));
    let parts = s.app.corpus().memory();
    let mb = |b: usize| b as f64 / 1e6;
    let (mut bytes, mut slack, mut allocations) = (0, 0, 0);
    println!("restored: {}", s.app.loading().is_restored());
    println!("{:>9} {:>9} {:>11}  structure", "MB", "slack MB", "allocations");
    for (name, h) in &parts {
        println!(
            "{:9.1} {:9.1} {:11}  {name}",
            mb(h.bytes),
            mb(h.slack),
            h.allocations
        );
        (bytes, slack, allocations) = (bytes + h.bytes, slack + h.slack, allocations + h.allocations);
    }
    println!(
        "{:9.1} {:9.1} {allocations:11}  all counted",
        mb(bytes),
        mb(slack)
    );
    println!("rss {:.1} MB", rss_bytes() as f64 / 1e6);
    // SAFETY: mallinfo2 only reads the allocator's own counters.
    let m = unsafe { libc::mallinfo2() };
    println!(
        "malloc: {:.1} MB in use, {:.1} MB free in its heap, {:.1} MB mapped apart",
        mb(m.uordblks),
        mb(m.fordblks),
        mb(m.hblkhd)
    );
    // Each arena's own figures (glibc's XML), to tell which thread's arena
    // holds free memory: `BYLINE_MALLOC_INFO=FILE`.
    if let Some(path) = std::env::var_os("BYLINE_MALLOC_INFO") {
        let path = std::ffi::CString::new(path.into_encoded_bytes()).expect("a path without NUL");
        // SAFETY: a file opened, written by glibc and closed here.
        unsafe {
            let f = libc::fopen(path.as_ptr(), c"w".as_ptr());
            if !f.is_null() {
                libc::malloc_info(0, f);
                libc::fclose(f);
            }
        }
    }
    let smaps = std::fs::read_to_string("/proc/self/smaps").unwrap_or_default();
    let (mut name, mut by) = (String::new(), std::collections::BTreeMap::<String, usize>::new());
    for line in smaps.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields
            .first()
            .is_some_and(|f| f.contains('-') && !f.ends_with(':'))
        {
            name = fields.get(5).map_or("[anonymous]", |n| n).to_owned();
        } else if fields.first() == Some(&"Rss:") {
            *by.entry(name.clone()).or_default() += fields[1].parse::<usize>().unwrap_or(0) * 1024;
        }
    }
    for (name, bytes) in by.iter().filter(|b| *b.1 >= 1_000_000) {
        println!("rss {:9.1} MB  {name}", mb(*bytes));
    }
}
