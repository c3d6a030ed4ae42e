//! Every command ends quietly, exit 0, when the reader of its output goes
//! away (`byline entities --json | head -1`), as `cat` and `grep` do.

mod common;

use std::process::{Command, Stdio};

/// Runs byline with its stdout a pipe whose read end is closed before it
/// writes: each write fails with EPIPE.
fn with_closed_stdout(args: &[&str]) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .env("NO_COLOR", "1")
        .env("XDG_CONFIG_HOME", "/nonexistent/byline-tests")
        .env("RUST_BACKTRACE", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run byline");
    drop(child.stdout.take());
    child.wait_with_output().expect("wait for byline")
}

#[test]
fn every_command_ends_quietly_when_its_reader_goes_away() {
    // JSON lines longer than stdout's buffer: one entity named in every article.
    let dir = common::TempDir::new("pipes");
    for i in 0..40 {
        dir.write(
            &format!("{i:03}_a_long_file_name_to_make_a_long_list_of_ids.txt"),
            "Gordon Brown visits Leeds\n\nGordon Brown said the economy was strong.\n",
        );
    }
    let long = dir.path();
    let mut failed = Vec::new();
    for args in [
        &[][..],
        &["list"],
        &["list", "--json"],
        &["list", "--filter", "lavrov"],
        &["list", "--filter", "lavrov", "--json"],
        &["show", "003_81e3b47a2ed9e1ac.txt"],
        &["show", "--json", "003_81e3b47a2ed9e1ac.txt"],
        &["check"],
        &["entities"],
        &["entities", "--json"],
        &["quotes"],
        &["quotes", "--json"],
        &["quotes", "--speaker", "lavrov"],
        &["completions", "bash"],
        &["completions", "zsh"],
        &["man"],
        &["DIR"],
        &["list", "--json", "DIR"],
        &[
            "show",
            "--json",
            "000_a_long_file_name_to_make_a_long_list_of_ids.txt",
            "DIR",
        ],
        &["entities", "--json", "DIR"],
        &["quotes", "--json", "DIR"],
        &["--help"],
    ] {
        let args: Vec<&str> = (args.iter())
            .map(|&a| if a == "DIR" { long.to_str().unwrap() } else { a })
            .collect();
        let o = with_closed_stdout(&args);
        let stderr = String::from_utf8_lossy(&o.stderr);
        if o.status.code() != Some(0) || !stderr.is_empty() {
            let first = stderr.lines().next().unwrap_or("");
            failed.push(format!(
                "byline {}: {:?} {first}",
                args.join(" "),
                o.status.code()
            ));
        }
    }
    assert!(failed.is_empty(), "{failed:#?}");
}
