//! The command line: argument parsing and dispatch to the reader or a command.

mod analysis;
mod compare;
mod fetch;
mod man;
mod report;
mod stories;

use crate::analysis::Corrections;
use crate::config::{ColorDepth, Config, ConfigError, Dirs};
use crate::marks;
use crate::search::{Corpus, CorpusEvent, Query, spawn_loading};
use crate::store::{self, LoadOptions, Loaded};
use crate::terminal::{self, Setup, Source};
use clap::{CommandFactory, Parser, Subcommand};
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Parser, Debug)]
#[command(
    name = "byline",
    version,
    about = "A terminal reader for news articles that knows who is named and who is quoted"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Files or folders of articles (.txt, .text, .md, .json, .jsonl, .html, .htm, .xml, .rss, .atom); none: the config's paths, else the built-in seeds
    pub paths: Vec<PathBuf>,
    /// Skip files larger than this many bytes [default: the config's max_file_size, 16777216]
    #[arg(long, global = true, value_name = "BYTES")]
    pub max_file_size: Option<u64>,
    /// Read this config file instead of $XDG_CONFIG_HOME/byline/config.toml
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Neither use nor save the index in $XDG_CACHE_HOME/byline (analyse every file)
    #[arg(long)]
    pub no_cache: bool,
}

/// Each command's PATHs.
const PATHS_HELP: &str = "Files or folders of articles; none: the config's paths, else the built-in seeds";

/// `list --help`: the reader's query language, as README's Filter syntax has it.
const FILTER_SYNTAX: &str = "\
QUERY: space-separated terms that must all match (fzf's extended search):
  trade      fuzzy on the title, speakers and entity names, or a body word's start
  'text      exactly `text` in the title or body        ^text   the title starts with it
  text$      the title ends with it                      ^text$  the title is it
  @name      `name` is quoted (any alias, case, title; `_` for a space)
  #name      this person, organisation or place is named
  !term      not matching (`!text` is exact: `!moab`, `!@name`, `!^text`)
  a | b      either term                                 *  !*   starred, not starred
A backslash keeps a space inside a term: 'prime\\ minister. Smart case: a capital matches case.";

#[derive(Subcommand, Debug)]
pub enum Command {
    /// One article a line
    #[command(after_long_help = FILTER_SYNTAX)]
    List {
        /// One JSON object a line, with speakers and entities
        #[arg(long)]
        json: bool,
        /// Only the articles the reader's filter shows for QUERY, best first (exit 1: none)
        #[arg(long, value_name = "QUERY")]
        filter: Option<String>,
        #[arg(help = PATHS_HELP)]
        paths: Vec<PathBuf>,
    },
    /// One article as wrapped text
    Show {
        /// One JSON object with the paragraphs, quotes and entities
        #[arg(long)]
        json: bool,
        /// The article's id, as `list` prints it, or the start of only one id
        id: String,
        #[arg(help = PATHS_HELP)]
        paths: Vec<PathBuf>,
    },
    /// Report what loaded, what was skipped or loaded in part, with reasons (exit 1 when any was)
    Check {
        #[arg(help = PATHS_HELP)]
        paths: Vec<PathBuf>,
    },
    /// The people, organisations and places named, aliases merged
    Entities {
        /// One JSON object a line
        #[arg(long)]
        json: bool,
        #[arg(help = PATHS_HELP)]
        paths: Vec<PathBuf>,
    },
    /// Every quote with its speaker
    Quotes {
        /// One JSON object a line
        #[arg(long)]
        json: bool,
        /// Only quotes by this speaker (any alias: `Lavrov`, `Sergey Lavrov`)
        #[arg(long, value_name = "NAME", conflicts_with = "by_story")]
        speaker: Option<String>,
        /// Per story: the same quote in several articles grouped, with each one's speaker and wording
        #[arg(long)]
        by_story: bool,
        #[arg(help = PATHS_HELP)]
        paths: Vec<PathBuf>,
    },
    /// The stories: articles that report the same event, one story of two or more a line
    Stories {
        /// One JSON object a line: id, title, size, articles
        #[arg(long)]
        json: bool,
        #[arg(help = PATHS_HELP)]
        paths: Vec<PathBuf>,
    },
    /// What the versions of an article's story disagree on: figures, quotes, passages (exit 1: in no story)
    Compare {
        /// One JSON object: articles, figures, quotes, unique and common passages
        #[arg(long)]
        json: bool,
        /// An article of the story (a story's id is its first article's), or the start of only one id
        id: String,
        #[arg(help = PATHS_HELP)]
        paths: Vec<PathBuf>,
    },
    /// Download feeds (the URLs given, else the config's `feeds`) into a store folder, one file per new item
    Fetch {
        /// Feed URLs (RSS, Atom, JSON Feed); none: the config's `feeds`
        urls: Vec<String>,
        /// The store folder; each site's items go into DIR/<site>/ [default: $XDG_DATA_HOME/byline/articles]
        #[arg(long, value_name = "DIR")]
        into: Option<PathBuf>,
        /// Fetch an item's page when the feed carries only a summary, and keep the page's article text
        #[arg(long)]
        full: bool,
    },
    /// Print a shell completion script (e.g. `byline completions bash > /etc/bash_completion.d/byline`)
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff; `byline man | man -l -`), or a command's (`byline man list`)
    Man {
        /// The command whose page to print: byline-COMMAND(1)
        command: Option<String>,
    },
}

impl Command {
    fn paths(&self) -> &[PathBuf] {
        match self {
            Command::List { paths, .. }
            | Command::Show { paths, .. }
            | Command::Check { paths }
            | Command::Entities { paths, .. }
            | Command::Quotes { paths, .. }
            | Command::Stories { paths, .. }
            | Command::Compare { paths, .. } => paths,
            Command::Completions { .. } | Command::Man { .. } | Command::Fetch { .. } => &[],
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
    match &cli.command {
        Some(Command::Completions { shell }) => {
            // Into memory first: `generate` panics when a write fails (a closed pipe).
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command(), "byline", &mut script);
            return finish(io::stdout().lock().write_all(&script).map(|()| ExitCode::SUCCESS));
        }
        Some(Command::Man { command }) => {
            let mut page = Cli::command();
            if let Some(name) = command {
                // byline(1) lists byline-list(1) and the others: this is where they are.
                let Some(sub) = page.find_subcommand(name) else {
                    eprintln!("byline: no command {name:?} (see `byline --help`)");
                    return Ok(ExitCode::from(2));
                };
                page = (sub.clone().name(format!("byline-{name}"))).version(env!("CARGO_PKG_VERSION"));
            }
            let man = clap_mangen::Man::new(page);
            let out = &mut io::stdout().lock();
            let rendered = match command {
                Some(_) => man.render(out),
                None => man::render_main(&man, out),
            };
            return finish(rendered.map(|()| ExitCode::SUCCESS));
        }
        _ => {}
    }
    let dirs = Dirs::from_env();
    let config_file = cli.config.clone().or_else(|| dirs.config_file());
    let (mut config, mut config_errors) = load_config(config_file.as_deref(), cli.config.is_some());
    let (corrections, correction_errors) = load_corrections(cli.config.as_deref(), &dirs);
    if let Some(Command::Fetch { urls, into, full }) = &cli.command {
        for e in &config_errors {
            eprintln!("byline: warning: {e}");
        }
        return Ok(fetch::run(
            urls,
            into.as_deref(),
            *full,
            cli.max_file_size,
            &config,
        ));
    }
    let options = LoadOptions {
        max_file_bytes: cli.max_file_size.unwrap_or(config.max_file_size),
        ..LoadOptions::default()
    };
    let given = cli.command.as_ref().map_or(cli.paths.as_slice(), Command::paths);
    if given.is_empty() {
        drop_missing_paths(&mut config, config_file.as_deref(), &mut config_errors);
    }
    // No PATH: the config's paths, else the built-in seeds.
    let paths = if given.is_empty() {
        config.paths.as_slice()
    } else {
        given
    };
    if let Some(missing) = paths.iter().find(|p| std::fs::symlink_metadata(p).is_err()) {
        eprintln!(
            "byline: {}: No such file or directory",
            store::printable_name(&missing.to_string_lossy())
        );
        return Ok(ExitCode::from(2));
    }
    // The reader shows it in its status bar instead.
    if cli.command.is_some() || !io::stdout().is_terminal() {
        for e in &config_errors {
            eprintln!("byline: warning: {e}");
        }
    }
    if cli.command.is_some() || !io::stdout().is_terminal() {
        for e in &correction_errors {
            eprintln!("byline: warning: {e} (entry ignored)");
        }
    }
    let Some(command) = &cli.command else {
        // Piped (`byline | head`), the reader has no screen: list instead.
        if !io::stdout().is_terminal() {
            return finish(report::list(&mut io::stdout().lock(), &load(paths, options)));
        }
        let source = if paths.is_empty() {
            Source::seeds(Arc::clone(&corrections))
        } else {
            Source::Paths {
                paths: paths.to_vec(),
                options,
            }
        };
        let setup = Setup {
            warnings: (config_errors.iter().map(|e| format!("config: {e}")))
                .chain(correction_errors.iter().map(|e| format!("entities: {e}")))
                .collect(),
            state_dir: dirs.state.clone(),
            cache_dir: dirs.cache.clone().filter(|_| !cli.no_cache),
            position_key: marks::position_key(paths),
            no_color: crate::config::color::no_color(std::env::var_os("NO_COLOR").as_deref()),
            depth: ColorDepth::from_env(),
            config,
            corrections,
        };
        terminal::run(source, setup)?;
        return Ok(ExitCode::SUCCESS);
    };
    let out = &mut io::stdout().lock();
    finish(match command {
        Command::Check { .. } => report::check(out, &load(paths, options), paths.is_empty()),
        Command::List {
            json,
            filter: Some(query),
            ..
        } => {
            let corpus = corpus(paths, options, corrections);
            let starred = starred(&dirs, &Query::parse(query));
            report::list_filtered(out, &corpus, &Query::parse(query), starred.as_ref(), *json)
        }
        Command::List { json: false, .. } => report::list(out, &load(paths, options)),
        Command::List { json: true, .. } => report::list_json(out, &corpus(paths, options, corrections)),
        Command::Show { json, id, .. } => report::show(out, &corpus(paths, options, corrections), id, *json),
        Command::Entities { json, .. } => {
            analysis::entities(out, &corpus(paths, options, corrections), *json)
        }
        Command::Quotes {
            json, by_story: true, ..
        } => stories::quotes_by_story(out, &corpus(paths, options, corrections), *json),
        Command::Quotes { json, speaker, .. } => analysis::quotes(
            out,
            &corpus(paths, options, corrections),
            speaker.as_deref(),
            *json,
        ),
        Command::Stories { json, .. } => stories::stories(out, &corpus(paths, options, corrections), *json),
        Command::Compare { json, id, .. } => {
            compare::compare(out, &corpus(paths, options, corrections), id, *json)
        }
        Command::Completions { .. } | Command::Man { .. } | Command::Fetch { .. } => {
            unreachable!("handled above")
        }
    })
}

/// The user's entity corrections: `entities.toml` beside the config file
/// (`--config FILE`'s folder, else the config folder); none if it is absent.
fn load_corrections(explicit: Option<&Path>, dirs: &Dirs) -> (Arc<Corrections>, Vec<String>) {
    let folder = match explicit {
        Some(file) => file.parent().map(Path::to_path_buf),
        None => dirs.config.clone(),
    };
    let Some(file) = folder.map(|f| f.join("entities.toml")) else {
        return (Arc::default(), Vec::new());
    };
    match std::fs::read_to_string(&file) {
        Ok(text) => {
            let (c, errors) = Corrections::parse(&text, &file.to_string_lossy());
            (Arc::new(c), errors)
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => (Arc::default(), Vec::new()),
        Err(e) => (Arc::default(), vec![format!("{}: {e}", file.display())]),
    }
}

/// The config in `file`, from `--config FILE` (`required`: it must exist)
/// or the config folder (where it need not): every good setting, and an
/// error for each bad one.
fn load_config(file: Option<&Path>, required: bool) -> (Config, Vec<ConfigError>) {
    let home = std::env::var_os("HOME").map(PathBuf::from);
    match file {
        Some(file) => Config::load(file, required, home.as_deref()),
        None => (Config::default(), Vec::new()),
    }
}

/// Leaves out the config's `paths` that are not there (a drive not
/// mounted), each with a warning: no config file can stop byline, unlike a
/// PATH typed on the command line. None left: the built-in seeds.
fn drop_missing_paths(config: &mut Config, file: Option<&Path>, errors: &mut Vec<ConfigError>) {
    let Some(file) = file else {
        return;
    };
    config.paths.retain(|path| {
        let there = std::fs::symlink_metadata(path).is_ok();
        if !there {
            let name = store::printable_name(&path.to_string_lossy());
            errors.push(ConfigError {
                file: file.to_owned(),
                line: None,
                setting: Some("paths".to_owned()),
                message: format!("{name}: No such file or directory (left out)"),
            });
        }
        there
    });
}

/// The starred articles' hashes, when the query asks about stars (`*`, `!*`):
/// read from the reader's state, never written.
fn starred(dirs: &Dirs, query: &Query) -> Option<std::collections::HashSet<u64>> {
    query.starred?;
    let marks = dirs.state.as_deref().map(marks::Marks::peek);
    Some(marks.map(|m| m.starred).unwrap_or_default())
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
fn corpus(paths: &[PathBuf], options: LoadOptions, corrections: Arc<Corrections>) -> Corpus {
    if paths.is_empty() {
        return Corpus::from_articles_with(store::seeds(), corrections);
    }
    let mut corpus = Corpus::with_corrections(corrections);
    for event in spawn_loading(paths.to_vec(), options) {
        match event {
            CorpusEvent::Article(item) => corpus.push(*item),
            CorpusEvent::Started { max_file_bytes, .. } => corpus.set_max_file_bytes(max_file_bytes),
            _ => {}
        }
    }
    corpus.settle();
    corpus
}

/// Writes one JSON object on its own line.
fn json_line(out: &mut impl Write, value: &impl serde::Serialize) -> io::Result<()> {
    // `From` keeps a write error's kind, so a closed pipe stays `BrokenPipe`.
    serde_json::to_writer(&mut *out, value).map_err(io::Error::from)?;
    writeln!(out)
}
