//! The command line: argument parsing and dispatch to the reader or a command.

mod analysis;
mod report;

use crate::app::{self, Source};
use crate::search::{Corpus, CorpusEvent, spawn_loading};
use crate::store::{self, LoadOptions, Loaded};
use clap::{Parser, Subcommand};
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
        /// One JSON object a line, with speakers and entities
        #[arg(long)]
        json: bool,
        paths: Vec<PathBuf>,
    },
    /// One article as wrapped text
    Show {
        /// One JSON object with the paragraphs, quotes and entities
        #[arg(long)]
        json: bool,
        /// The article's id, as `list` prints it
        id: String,
        paths: Vec<PathBuf>,
    },
    /// Report what loaded and what was skipped, with reasons (exit 1 when some were skipped)
    Check { paths: Vec<PathBuf> },
    /// The people, organisations and places named, aliases merged
    Entities {
        /// One JSON object a line
        #[arg(long)]
        json: bool,
        paths: Vec<PathBuf>,
    },
    /// Every quote with its speaker
    Quotes {
        /// One JSON object a line
        #[arg(long)]
        json: bool,
        /// Only quotes by this speaker (any alias: `Lavrov`, `Sergey Lavrov`)
        #[arg(long, value_name = "NAME")]
        speaker: Option<String>,
        paths: Vec<PathBuf>,
    },
}

impl Command {
    fn paths(&self) -> &[PathBuf] {
        match self {
            Command::List { paths, .. }
            | Command::Show { paths, .. }
            | Command::Check { paths }
            | Command::Entities { paths, .. }
            | Command::Quotes { paths, .. } => paths,
        }
    }
}

/// Parses the command line and runs it. Exit codes: 0 done, 1 something was
/// skipped or not found, 2 usage errors (a PATH that does not exist among them).
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
    let paths = cli.command.as_ref().map_or(cli.paths.as_slice(), Command::paths);
    if let Some(missing) = paths.iter().find(|p| std::fs::symlink_metadata(p).is_err()) {
        eprintln!("byline: {}: No such file or directory", missing.display());
        return Ok(ExitCode::from(2));
    }
    let Some(command) = cli.command else {
        // Piped (`byline | head`), the reader has no screen: list instead.
        if !io::stdout().is_terminal() {
            return finish(report::list(
                &mut io::stdout().lock(),
                &corpus(paths, options),
                false,
            ));
        }
        let source = if paths.is_empty() {
            Source::seeds()
        } else {
            Source::Paths {
                paths: paths.to_vec(),
                options,
            }
        };
        app::run(source)?;
        return Ok(ExitCode::SUCCESS);
    };
    let out = &mut io::stdout().lock();
    finish(match command {
        Command::Check { paths } => report::check(out, &load(&paths, options)),
        Command::List { json, paths } => report::list(out, &corpus(&paths, options), json),
        Command::Show { json, id, paths } => report::show(out, &corpus(&paths, options), &id, json),
        Command::Entities { json, paths } => analysis::entities(out, &corpus(&paths, options), json),
        Command::Quotes { json, speaker, paths } => {
            analysis::quotes(out, &corpus(&paths, options), speaker.as_deref(), json)
        }
    })
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

/// The given PATHs read and analysed as they stream in (one article in memory
/// twice at most), or the built-in seeds.
fn corpus(paths: &[PathBuf], options: LoadOptions) -> Corpus {
    if paths.is_empty() {
        return Corpus::from_articles(store::seeds());
    }
    let mut corpus = Corpus::new();
    for event in spawn_loading(paths.to_vec(), options) {
        if let CorpusEvent::Article(item) = event {
            corpus.push(*item);
        }
    }
    corpus.compact();
    corpus
}

/// Writes one JSON object on its own line.
fn json_line(out: &mut impl Write, value: &impl serde::Serialize) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value).map_err(io::Error::other)?;
    writeln!(out)
}
