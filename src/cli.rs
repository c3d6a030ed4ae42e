//! The command line: argument parsing and the non-interactive commands.

use crate::store::{self, Article, LoadOptions, Loaded};
use clap::{Parser, Subcommand};
use serde::Serialize;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "byline",
    version,
    about = "A terminal reader for news articles that knows who is named and who is quoted"
)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Files or folders of articles (.txt, .text, .md, .json, .jsonl); none: the built-in seeds
    pub paths: Vec<PathBuf>,
    /// Skip files larger than this many bytes
    #[arg(long, global = true, value_name = "BYTES", default_value_t = store::DEFAULT_MAX_FILE_BYTES)]
    pub max_file_size: u64,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// One article a line
    List {
        /// One JSON object a line
        #[arg(long)]
        json: bool,
        paths: Vec<PathBuf>,
    },
    /// One article as wrapped text
    Show {
        #[arg(long)]
        json: bool,
        /// The article's id, as `list` prints it
        id: String,
        paths: Vec<PathBuf>,
    },
    /// Report what loaded and what was skipped, with reasons
    Check { paths: Vec<PathBuf> },
}

/// Parses the command line and runs it; the exit code follows `byline check`'s contract.
pub fn run() -> anyhow::Result<ExitCode> {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return Ok(ExitCode::from(code));
        }
    };
    let options = LoadOptions {
        max_file_bytes: cli.max_file_size,
        ..LoadOptions::default()
    };
    let paths = match &cli.command {
        None => &cli.paths,
        Some(Command::List { paths, .. } | Command::Show { paths, .. } | Command::Check { paths }) => paths,
    };
    if let Some(missing) = paths
        .iter()
        .find(|p| std::fs::metadata(p).is_err() && std::fs::symlink_metadata(p).is_err())
    {
        eprintln!("byline: {}: No such file or directory", missing.display());
        return Ok(ExitCode::from(2));
    }
    let loaded = load(paths, options);
    let mut out = io::stdout().lock();
    let result = match cli.command {
        None | Some(Command::List { json: false, .. }) => list(&mut out, &loaded, false),
        Some(Command::List { json: true, .. }) => list(&mut out, &loaded, true),
        Some(Command::Show { json, id, .. }) => return finish(show(&mut out, &loaded, &id, json)),
        Some(Command::Check { .. }) => return finish(check(&mut out, &loaded)),
    };
    finish(result.map(|()| ExitCode::SUCCESS))
}

/// A closed pipe (`byline list | head`) is not an error.
fn finish(result: io::Result<ExitCode>) -> anyhow::Result<ExitCode> {
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        other => Ok(other?),
    }
}

/// The given PATHs, or the built-in seeds when there are none.
pub fn load(paths: &[PathBuf], options: LoadOptions) -> Loaded {
    if paths.is_empty() {
        Loaded {
            articles: store::seeds(),
            ..Loaded::default()
        }
    } else {
        store::load(paths.to_vec(), options)
    }
}

#[derive(Serialize)]
struct ListRow<'a> {
    id: &'a str,
    title: &'a str,
    date: Option<store::Date>,
    author: Option<&'a str>,
    words: usize,
}

fn list(out: &mut impl Write, loaded: &Loaded, json: bool) -> io::Result<()> {
    for a in &loaded.articles {
        if json {
            let row = ListRow {
                id: &a.id,
                title: &a.title,
                date: a.date,
                author: a.author.as_deref(),
                words: a.words(),
            };
            writeln!(out, "{}", serde_json::to_string(&row).map_err(io::Error::other)?)?;
        } else {
            let date = a
                .date
                .map(|d| d.to_string())
                .unwrap_or_else(|| "----------".into());
            writeln!(out, "{}  {date}  {}", a.id, a.title)?;
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct ShowDoc<'a> {
    id: &'a str,
    title: &'a str,
    date: Option<store::Date>,
    author: Option<&'a str>,
    url: Option<&'a str>,
    words: usize,
    paragraphs: &'a [String],
}

fn show(out: &mut impl Write, loaded: &Loaded, id: &str, json: bool) -> io::Result<ExitCode> {
    let Some(a) = loaded.articles.iter().find(|a| a.id == id) else {
        eprintln!("byline: no article with id {id:?} (see `byline list`)");
        return Ok(ExitCode::from(1));
    };
    if json {
        let doc = ShowDoc {
            id: &a.id,
            title: &a.title,
            date: a.date,
            author: a.author.as_deref(),
            url: a.url.as_deref(),
            words: a.words(),
            paragraphs: &a.paragraphs,
        };
        writeln!(out, "{}", serde_json::to_string(&doc).map_err(io::Error::other)?)?;
    } else {
        write_wrapped(out, a, output_width())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The terminal's width when stdout is one, else 80.
fn output_width() -> usize {
    if io::stdout().is_terminal() {
        crossterm::terminal::size().map_or(80, |(w, _)| (w as usize).max(20))
    } else {
        80
    }
}

fn write_wrapped(out: &mut impl Write, a: &Article, width: usize) -> io::Result<()> {
    for line in textwrap::wrap(&a.title, width) {
        writeln!(out, "{line}")?;
    }
    let meta: Vec<String> = a
        .date
        .map(|d| d.to_string())
        .into_iter()
        .chain(a.author.clone())
        .collect();
    if !meta.is_empty() {
        writeln!(out, "{}", meta.join(" · "))?;
    }
    for p in &a.paragraphs {
        writeln!(out)?;
        for line in textwrap::wrap(p, width) {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

fn check(out: &mut impl Write, loaded: &Loaded) -> io::Result<ExitCode> {
    for path in &loaded.lossy {
        writeln!(
            out,
            "warning: {}: invalid UTF-8, decoded with replacement characters",
            path.display()
        )?;
    }
    for (path, reason) in &loaded.skipped {
        writeln!(out, "skipped: {}: {reason}", path.display())?;
    }
    let files: std::collections::BTreeSet<_> =
        loaded.articles.iter().filter_map(|a| a.path.as_ref()).collect();
    writeln!(
        out,
        "{} articles loaded from {} files; {} skipped; {} decoded lossily; {} other files ignored",
        loaded.articles.len(),
        files.len(),
        loaded.skipped.len(),
        loaded.lossy.len(),
        loaded.ignored
    )?;
    Ok(if loaded.skipped.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
