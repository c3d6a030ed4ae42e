//! The tools a person would otherwise use (fzf, rg), timed on the same
//! corpus for comparison, when they are installed.

use crate::{median, ms};
use byline::app::App;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// fzf over the same titles and names, and rg over the folder for the
/// entity's name: the tools a person would otherwise use.
pub fn compare_tools(app: &App, corpus: &Path, entity: Option<&str>, keystroke: Duration, jump: Duration) {
    let c = app.corpus();
    let lines: String = c
        .order()
        .iter()
        .map(|&i| {
            let a = c.article(i);
            format!("{}\t{}\t{}\n", a.id, a.title, a.author.as_deref().unwrap_or(""))
        })
        .collect();
    let input = std::env::temp_dir().join("byline-bench-fzf-input.txt");
    if std::fs::write(&input, lines).is_err() {
        return;
    }
    if let Some(fzf) = tool_median("fzf", &["--filter", "blair"], Some(&input)) {
        println!(
            "fzf --filter blair over titles: {:.1} ms (byline keystroke p50 is {:.0}× faster)",
            ms(fzf),
            fzf.as_secs_f64() / keystroke.as_secs_f64().max(1e-9)
        );
    }
    let name = entity.unwrap_or("Blair");
    let path = corpus.to_string_lossy();
    if let Some(rg) = tool_median("rg", &["-l", "-F", name, &path], None) {
        println!(
            "rg -l {name:?} over the folder: {:.1} ms (byline's jump is {:.0}× faster)",
            ms(rg),
            rg.as_secs_f64() / jump.as_secs_f64().max(1e-9)
        );
    }
}

/// The median of 5 runs of a command, or `None` when it is not installed.
fn tool_median(tool: &str, args: &[&str], stdin: Option<&Path>) -> Option<Duration> {
    let mut runs = Vec::new();
    for _ in 0..5 {
        let mut cmd = Command::new(tool);
        cmd.args(args).stdout(Stdio::null()).stderr(Stdio::null());
        if let Some(f) = stdin {
            cmd.stdin(std::fs::File::open(f).ok()?);
        }
        let t = Instant::now();
        cmd.status().ok()?;
        runs.push(t.elapsed());
    }
    Some(median(runs))
}
