//! Running what `o`, `|` and `y` ask for (`app::External`): a program gets
//! the terminal (raw mode off, main screen, no mouse reporting) until it
//! exits, then the reader takes it back and redraws. A copy only writes its
//! OSC 52 sequence.

use crate::app::External;
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};
use ratatui::DefaultTerminal;
use std::ffi::OsStr;
use std::io::{self, Write};
use std::path::Path;
use std::process::{Command, Stdio};

/// Runs `external`; gives what the status bar should say (empty: nothing).
pub(super) fn run(terminal: &mut DefaultTerminal, external: External, mouse: bool) -> io::Result<String> {
    let (mut command, input, wait) = match external {
        External::Copy(sequence) => {
            let mut out = io::stdout();
            out.write_all(sequence.as_bytes())?;
            out.flush()?;
            return Ok(String::new());
        }
        External::OpenUrl(url) => (program(&["BROWSER"], "xdg-open", url.as_ref()), None, false),
        External::Edit(path) => {
            // `./-name` rather than `-name`, which an editor would take for an option.
            let path = if path.is_absolute() {
                path
            } else {
                Path::new(".").join(path)
            };
            (
                program(&["VISUAL", "EDITOR"], "vi", path.as_os_str()),
                None,
                false,
            )
        }
        External::Pipe { command, text } => {
            let pager = std::env::var("PAGER").is_ok_and(|p| p == command) || command == "less";
            let mut shell = Command::new("sh");
            shell.arg("-c").arg(&command);
            (shell, Some(text), !pager)
        }
    };
    let name = format!("{:?}", command.get_program());
    release(mouse)?;
    let result = spawn(&mut command, input, wait);
    take_back(terminal, mouse)?;
    Ok(match result {
        Ok(status) if status.success() => String::new(),
        Ok(status) => format!("{name} exited with {status}"),
        Err(e) => format!("could not run {name}: {e}"),
    })
}

/// The first program named by one of `vars` (with its arguments), else
/// `fallback`, with `target` as its last argument.
fn program(vars: &[&str], fallback: &str, target: &OsStr) -> Command {
    let named = (vars.iter())
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.trim().is_empty());
    // `$BROWSER` may list several programs, separated by colons.
    let line = named.map_or(fallback.to_owned(), |v| {
        v.split(':').next().unwrap_or(fallback).to_owned()
    });
    let mut words = line.split_whitespace();
    let mut command = Command::new(words.next().unwrap_or(fallback));
    command.args(words).arg(target);
    command
}

/// Runs the command to its end, `input` on its standard input; `wait`:
/// then waits for Enter, so output that is not paged can be read.
fn spawn(command: &mut Command, input: Option<String>, wait: bool) -> io::Result<std::process::ExitStatus> {
    if input.is_some() {
        command.stdin(Stdio::piped());
    }
    let mut child = command.spawn()?;
    if let (Some(text), Some(mut stdin)) = (input, child.stdin.take()) {
        // A command that stops reading early (`head`) is not an error.
        let _ = stdin.write_all(text.as_bytes());
    }
    let status = child.wait()?;
    if wait {
        print!("\n[press Enter to return to byline]");
        io::stdout().flush()?;
        let _ = io::stdin().read_line(&mut String::new());
    }
    Ok(status)
}

fn release(mouse: bool) -> io::Result<()> {
    if mouse {
        execute!(io::stdout(), DisableMouseCapture)?;
    }
    execute!(io::stdout(), LeaveAlternateScreen)?;
    disable_raw_mode()
}

fn take_back(terminal: &mut DefaultTerminal, mouse: bool) -> io::Result<()> {
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen)?;
    if mouse {
        execute!(io::stdout(), EnableMouseCapture)?;
    }
    // A full redraw; `clear` would ask the terminal where its cursor is,
    // which not every terminal answers.
    let size = terminal.size()?;
    terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))
}
