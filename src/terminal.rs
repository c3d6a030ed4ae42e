//! The terminal loop: set the terminal up, draw, turn events into actions,
//! take in streamed articles between events, and put the terminal back on
//! every way out (quit, error, panic, SIGTERM, SIGHUP).

mod handover;

use crate::analysis::Corrections;
use crate::app::{App, update};
use crate::config::{ColorDepth, Config};
use crate::keys::{Action, handle_event};
use crate::marks::Store;
use crate::search::{Corpus, spawn_loading_with};
use crate::store::{self, LoadOptions};
use crate::ui::{self, Theme};
use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use ratatui::DefaultTerminal;
use std::io;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// What the reader reads.
pub enum Source {
    /// A corpus that is ready, such as the built-in seeds.
    Corpus(Box<Corpus>),
    /// Files and folders, loaded in the background while the reader runs.
    Paths {
        paths: Vec<PathBuf>,
        options: LoadOptions,
    },
}

impl Source {
    /// The five built-in seed articles.
    pub fn seeds(corrections: Arc<Corrections>) -> Source {
        Source::Corpus(Box::new(Corpus::from_articles_with(store::seeds(), corrections)))
    }
}

/// How the reader is set up: the configuration (and what was wrong with
/// the user's file), where it remembers things, and the terminal's colours.
pub struct Setup {
    pub config: Config,
    /// Shown in the status bar at the start.
    pub warnings: Vec<String>,
    /// The state folder; `None`: nothing is remembered.
    pub state_dir: Option<PathBuf>,
    /// Where the index of a folder is saved for the next start; `None`: not saved.
    pub cache_dir: Option<PathBuf>,
    /// The positions key of the PATHs read (`marks::position_key`).
    pub position_key: String,
    pub no_color: bool,
    pub depth: ColorDepth,
    /// The user's entity corrections (`entities.toml`).
    pub corrections: Arc<Corrections>,
}

impl Setup {
    /// Defaults, remembering nothing: for tests and tools.
    pub fn plain() -> Setup {
        Setup {
            config: Config::default(),
            warnings: Vec::new(),
            state_dir: None,
            cache_dir: None,
            position_key: "builtin".to_owned(),
            no_color: false,
            depth: ColorDepth::Basic,
            corrections: Arc::default(),
        }
    }
}

/// How long to wait for input while articles are streaming in, and when idle.
/// While loading, input is checked between short drains rather than waited
/// for: a long wait here left the loader's results queueing behind the UI.
const LOADING_TICK: Duration = Duration::from_millis(1);
/// How often the screen follows the load when nothing is typed.
const LOADING_FRAME: Duration = Duration::from_millis(50);
const IDLE_TICK: Duration = Duration::from_millis(250);
/// The most time one tick spends taking in streamed articles.
const DRAIN_BUDGET: Duration = Duration::from_millis(20);

/// Runs the interactive reader until the user quits; the position is saved
/// on the way out.
pub fn run(source: Source, setup: Setup) -> anyhow::Result<()> {
    let mut app = match source {
        Source::Corpus(corpus) => App::new(*corpus),
        Source::Paths { paths, options } => {
            let (cache, corrections) = (setup.cache_dir.as_deref(), Arc::clone(&setup.corrections));
            let events = spawn_loading_with(paths.clone(), options.clone(), cache, corrections);
            let mut app = App::streaming(events);
            app.watch_folders(paths, options);
            app
        }
    };
    app.configure(&setup.config);
    let theme = Theme::from_config(&setup.config, setup.depth, setup.no_color);
    let mut warnings = setup.warnings;
    if let Some(dir) = &setup.state_dir {
        let (store, marks, warning) = Store::open(dir);
        warnings.extend(warning);
        app.remember(store, marks, setup.position_key);
    }
    app.report_problems(warnings);
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let left = Arc::new(AtomicBool::new(false));
    watchdog(Arc::clone(&stop), Arc::clone(&left));
    let mut terminal = TerminalGuard::enter(setup.config.mouse)?;
    let result = event_loop(&mut terminal.0, &mut app, &theme, &stop, setup.config.mouse);
    left.store(true, Ordering::Relaxed);
    app.save_position();
    drop(terminal);
    app.finish_saving();
    result
}

/// When the terminal hangs up, crossterm spins inside `event::read` on an
/// input at end of file and the loop never sees `stop` again. So after a
/// SIGTERM/SIGHUP the loop gets a moment to finish; then, unless it has
/// `left` (and is saving the position: not to be cut short), this thread
/// puts the terminal back and exits for it.
fn watchdog(stop: Arc<AtomicBool>, left: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        while !stop.load(Ordering::Relaxed) {
            std::thread::sleep(Duration::from_millis(50));
        }
        // Long enough for a loaded machine's loop to see `stop`.
        std::thread::sleep(Duration::from_secs(2));
        if left.load(Ordering::Relaxed) {
            return;
        }
        let _ = execute!(io::stdout(), DisableMouseCapture);
        ratatui::restore();
        std::process::exit(143);
    });
}

/// Raw mode, the alternate screen and mouse capture, undone on drop (and by
/// the panic hook before a panic message is printed).
struct TerminalGuard(DefaultTerminal);

impl TerminalGuard {
    fn enter(mouse: bool) -> io::Result<TerminalGuard> {
        let guard = TerminalGuard(ratatui::try_init()?);
        let restore_terminal = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = execute!(io::stdout(), DisableMouseCapture);
            // ratatui's hook restores the terminal, then prints the message.
            restore_terminal(info);
            eprintln!(
                "byline crashed; this is a bug. Please report it to the byline issue tracker with \
                 the message above and, if you can, the file that was open (see README: Reporting bugs)."
            );
        }));
        if mouse {
            execute!(io::stdout(), EnableMouseCapture)?;
        }
        Ok(guard)
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        let _ = execute!(io::stdout(), DisableMouseCapture);
        ratatui::restore();
    }
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    theme: &Theme,
    stop: &AtomicBool,
    mouse: bool,
) -> anyhow::Result<()> {
    // A key redraws at once; articles streaming in redraw a few times a second.
    let (mut dirty, mut loaded_more) = (true, false);
    let mut last_draw = Instant::now();
    while !app.should_quit() && !stop.load(Ordering::Relaxed) {
        let size = terminal.size()?;
        if (size.width, size.height) != (app.screen().width, app.screen().height) {
            update(
                app,
                Action::Resize {
                    width: size.width,
                    height: size.height,
                },
            );
            dirty = true;
        }
        if dirty || (loaded_more && last_draw.elapsed() >= LOADING_FRAME) {
            terminal.draw(|frame| ui::draw(frame, app, theme))?;
            (dirty, loaded_more) = (false, false);
            last_draw = Instant::now();
        }
        let tick = if app.loading().is_active() || app.filter_pending() {
            LOADING_TICK
        } else {
            IDLE_TICK
        };
        if event::poll(tick)? {
            // Everything already queued, then one draw.
            loop {
                if let Some(action) = handle_event(app.keymap(), app.context(), &event::read()?) {
                    update(app, action);
                    dirty = true;
                }
                if let Some(external) = app.take_external() {
                    let said = handover::run(terminal, external, mouse)?;
                    if !said.is_empty() {
                        app.notify(said);
                    }
                }
                if app.should_quit() || stop.load(Ordering::Relaxed) || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        dirty |= app.poll_filter();
        dirty |= app.poll_stories();
        loaded_more |= app.drain_loading(DRAIN_BUDGET);
        dirty |= app.drain_changes();
        app.save_position_when_settled(Instant::now());
    }
    Ok(())
}
