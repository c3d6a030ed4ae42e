//! The loader's threads: named, niced, and the memory they free handed back.

/// Lowers the calling thread's priority (the readers', and any other
/// background work of a load). The thread that takes the
/// articles in also answers the keyboard; with as many readers as cores it
/// got a third of a core, fell behind, and finished the load alone long after
/// the readers were done (on two cores: 7.9 of 9.4 s).
pub fn yield_to_the_ui() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority with `who` 0 changes only the calling thread's nice value.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 10);
    }
}

/// Hands back to the system the memory freed in bulk (a load's buffers,
/// the analysis's temporary strings, a rescan's file table): glibc keeps
/// it otherwise, about a sixth of the resident size after 100,000 articles.
pub fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks the allocator's own free lists.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Named threads show up as such in `top -H` and profiles.
pub fn spawn_named(name: &str, f: impl FnOnce() + Send + 'static) -> std::thread::JoinHandle<()> {
    std::thread::Builder::new()
        .name(name.to_owned())
        .spawn(f)
        .expect("spawn a loader thread")
}
