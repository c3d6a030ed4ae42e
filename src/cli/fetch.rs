//! `byline fetch`: the feeds given or the config's, into the store folder,
//! with a progress line on a terminal and a summary at the end.

use crate::config::Config;
use crate::fetch::{self, FetchOptions};
use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

/// Runs the fetch. Exit codes: 0 every feed fetched, 1 some failed, 2 no
/// feed to fetch or nowhere to put it.
pub fn run(
    urls: &[String],
    into: Option<&Path>,
    full: bool,
    max_bytes: Option<u64>,
    config: &Config,
) -> ExitCode {
    let urls = if urls.is_empty() {
        config.feeds.as_slice()
    } else {
        urls
    };
    if urls.is_empty() {
        eprintln!("byline: no feed to fetch: give URLs, or list them in the config's `feeds`");
        return ExitCode::from(2);
    }
    let Some(into) = fetch::store_folder(into) else {
        eprintln!("byline: no store folder: set XDG_DATA_HOME or HOME, or give --into DIR");
        return ExitCode::from(2);
    };
    let options = FetchOptions {
        full,
        max_bytes: max_bytes.unwrap_or(config.max_file_size),
        ..FetchOptions::new(into)
    };
    let show_progress = urls.len() > 1 && io::stderr().is_terminal();
    let report = fetch::fetch(urls, &options, |done, total, url| {
        if show_progress {
            let url = crate::store::one_line(url);
            eprint!("\r\x1b[K[{}/{total}] {url}", done + 1);
            let _ = io::stderr().flush();
        }
    });
    if show_progress {
        eprint!("\r\x1b[K");
    }
    for feed in &report.feeds {
        if let Ok(done) = &feed.result {
            for warning in &done.warnings {
                eprintln!("byline: warning: {}", crate::store::one_line(warning));
            }
        }
    }
    // URLs and server messages are shown: nothing in them may drive the terminal.
    println!("{}", crate::store::one_line(&report.summary()));
    if report.failed().next().is_some() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
