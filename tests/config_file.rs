//! The config file: settings patch the defaults, errors name the file, line
//! and setting and fall back to the defaults, keys can be remapped (the
//! colours are in `config_colours.rs`).

mod common;

use byline::config::{Config, ThemeName};
use byline::keys::{Context, Key, Keymap, handle_key};
use common::TempDir;
use common::app::{buffer_text, listed, press, render, screen_text, seeds_app};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Color;
use std::path::{Path, PathBuf};

fn parse(text: &str) -> Result<Config, byline::config::ConfigError> {
    Config::parse(text, Path::new("/cfg/config.toml"), Some(Path::new("/home/me")))
}

#[test]
fn an_empty_file_is_the_defaults() {
    let config = parse("").unwrap();
    assert_eq!(config, Config::default());
    assert_eq!(config.theme, ThemeName::Dark);
    assert!(config.mouse);
    assert_eq!(config.max_file_size, 16 * 1024 * 1024);
}

#[test]
fn every_setting_is_read() {
    let config = parse(
        r##"
paths = ["~/news", "/srv/wire", "local"]
max_file_size = 1000
theme = "light"
mouse = false
wrap_width = 72

[list]
columns = ["date"]

[colors]
person = "#ff0000"
place = 28
status = "#4"
"##,
    )
    .unwrap();
    assert_eq!(
        config.paths,
        vec![
            PathBuf::from("/home/me/news"),
            PathBuf::from("/srv/wire"),
            PathBuf::from("/cfg/local"),
        ]
    );
    assert_eq!(config.max_file_size, 1000);
    assert_eq!(config.theme, ThemeName::Light);
    assert!(!config.mouse);
    assert_eq!(config.wrap_width, 72);
    assert!(config.columns.date && !config.columns.unread && !config.columns.quotes);
    assert_eq!(config.colors.person, Some(Color::Rgb(255, 0, 0)));
    assert_eq!(config.colors.place, Some(Color::Indexed(28)));
    assert_eq!(config.colors.status, Some(Color::Indexed(4)));
    assert_eq!(config.colors.quote, None);
}

#[test]
fn an_unknown_setting_names_the_file_line_and_setting() {
    let e = parse("theme = \"dark\"\n\n[colors]\nperson = \"red\"\npersn = \"blue\"\n").unwrap_err();
    assert_eq!(e.file, PathBuf::from("/cfg/config.toml"));
    assert_eq!(e.line, Some(5));
    assert_eq!(e.setting.as_deref(), Some("colors.persn"));
    let shown = e.to_string();
    assert!(shown.starts_with("/cfg/config.toml:5: colors.persn: "), "{shown}");

    let e = parse("mouse = true\ncolour_theme = \"dark\"\n").unwrap_err();
    assert_eq!((e.line, e.setting.as_deref()), (Some(2), Some("colour_theme")));
    assert!(e.message.contains("unknown field"), "{}", e.message);

    let e = parse("[list]\nrows = 3\n").unwrap_err();
    assert_eq!((e.line, e.setting.as_deref()), (Some(2), Some("list.rows")));
}

#[test]
fn a_wrong_value_names_the_file_line_and_setting() {
    let cases = [
        ("theme = \"sepia\"", 1, "theme", "not a theme"),
        ("\nmouse = \"yes\"", 2, "mouse", "true or false"),
        ("wrap_width = -3", 1, "wrap_width", ""),
        ("[colors]\nquote = \"blurple\"", 2, "colors.quote", "not a colour"),
        ("[colors]\nquote = 300", 2, "colors.quote", "between 0 and 255"),
        (
            "[list]\ncolumns = [\"date\", \"author\"]",
            2,
            "list.columns",
            "not a column",
        ),
        (
            "[keys.browse]\nfly = [\"f\"]",
            2,
            "keys.browse.fly",
            "unknown action",
        ),
        (
            "[keys.browse]\nquit = [\"Hyper-x\"]",
            2,
            "keys.browse.quit",
            "unknown key",
        ),
        // An action the context never acts on would sit in the help doing
        // nothing: it is an error, saying where it works.
        (
            "[keys.overlay]\ncompare = [\"c\"]",
            2,
            "keys.overlay.compare",
            "\"compare\" does nothing in overlay: bind it in [keys.browse]",
        ),
        (
            "[keys.sideways]\nquit = [\"x\"]",
            1,
            "keys.sideways",
            "unknown context",
        ),
        ("paths = \"/news\"", 1, "paths", ""),
    ];
    for (text, line, setting, says) in cases {
        let e = parse(text).expect_err(text);
        assert_eq!(e.line, Some(line), "{text}: {e}");
        assert_eq!(e.setting.as_deref(), Some(setting), "{text}: {e}");
        assert!(e.message.contains(says), "{text}: {e}");
    }
}

#[test]
fn a_bad_setting_is_reported_and_the_others_kept() {
    let dir = TempDir::new("config-bad");
    let text = "theme = \"light\"\nwrap_width = \"wide\"\nfont = \"serif\"\n\n[colors]\n\
                person = \"red\"\nquote = \"blurple\"\n\n[keys.browse]\nfly = [\"f\"]\nquit = [\"x\"]\n\n\
                [list]\ncolumns = [\"date\", \"author\"]\n";
    let file = dir.write("config.toml", text);
    let (config, errors) = Config::load(&file, false, None);
    assert_eq!(config.theme, ThemeName::Light, "the good settings are kept");
    assert_eq!(config.colors.person, Some(Color::Red));
    assert_eq!(config.keys.len(), 1, "{:?}", config.keys);
    assert_eq!(config.keys[0].action, byline::keys::Action::Quit);
    let defaults = Config::default();
    assert_eq!(
        (config.wrap_width, config.colors.quote, config.columns),
        (defaults.wrap_width, defaults.colors.quote, defaults.columns),
        "a bad setting keeps its default"
    );
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    let at = |line: usize, setting: &str| format!("{}:{line}: {setting}: ", file.display());
    let want = [
        at(2, "wrap_width"),
        at(3, "font"),
        at(7, "colors.quote"),
        at(10, "keys.browse.fly"),
        at(14, "list.columns"),
    ];
    assert_eq!(shown.len(), want.len(), "every error: {shown:#?}");
    for (shown, want) in shown.iter().zip(want) {
        assert!(shown.starts_with(&want), "{shown} / {want}");
    }
    // The strict parse still gives the first.
    let first = Config::parse(text, &file, None).unwrap_err();
    assert_eq!(first.to_string(), shown[0]);
}

#[test]
fn a_file_that_is_not_toml_loads_as_the_defaults_with_the_error() {
    let dir = TempDir::new("config-junk");
    let file = dir.write("config.toml", "theme = \"light\"\nwrap_width = = 3\n");
    let (config, errors) = Config::load(&file, false, None);
    assert_eq!(config, Config::default(), "nothing of a broken file is used");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, Some(2));

    // Not there: the defaults, silently, unless it was asked for by --config.
    let missing = dir.path().join("none.toml");
    assert_eq!(Config::load(&missing, false, None), (Config::default(), vec![]));
    let (config, errors) = Config::load(&missing, true, None);
    assert_eq!(config, Config::default());
    assert!(errors[0].message.contains("cannot read"));

    // Not UTF-8, not TOML: an error, never a crash.
    let junk = dir.write("junk.toml", [0xff, 0xfe, 0x00, b'[', b'[']);
    assert!(!Config::load(&junk, false, None).1.is_empty());
    let junk = dir.write("junk2.toml", "[[[\n");
    assert_eq!(Config::load(&junk, false, None).1[0].line, Some(1));
}

#[test]
fn a_remapped_key_works_and_its_old_key_is_freed() {
    let config = parse("[keys.browse]\ndown = [\"n\", \"Down\"]\nquit = [\"x\", \"Ctrl-c\"]\n").unwrap();
    let mut app = seeds_app(120, 40);
    app.configure(&config);
    let first = app.selected();
    press(&mut app, "n");
    assert_eq!(app.selected(), first + 1, "n moves down");
    press(&mut app, "j");
    assert_eq!(app.selected(), first + 1, "j is unbound now");
    let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
    assert_eq!(
        handle_key(app.keymap(), app.context(), q),
        None,
        "q no longer quits"
    );
    press(&mut app, "x");
    assert!(app.should_quit());
    // The help is drawn from the keymap, so it shows the new keys.
    let help: Vec<String> = app
        .keymap()
        .bindings(Context::Browse)
        .iter()
        .filter(|b| b.action == byline::keys::Action::Down)
        .flat_map(|b| b.keys.iter().map(ToString::to_string))
        .collect();
    assert_eq!(help, ["n", "↓"]);
}

/// Every hint on the screen (the top bar, the status bar, footers, messages,
/// the too-small notice) names the user's keys: `Q` rebound to quit must not
/// still be offered as "Q quotes".
#[test]
fn hints_name_the_remapped_keys_never_the_old_ones() {
    let config = parse(
        "[keys.browse]\nquit = [\"Q\", \"Ctrl-c\"]\nunread_only = [\"V\"]\n\
         next_mention = [\"w\"]\nhelp = [\"H\"]\ntoggle_threads = []\n\
         [keys.popup]\naccept = [\"Ctrl-j\"]\n[keys.overlay]\ncancel = [\"x\"]\n",
    )
    .unwrap();
    let mut app = seeds_app(120, 40);
    app.configure(&config);
    let screen = screen_text(&app);
    let top = screen.lines().next().unwrap();
    assert!(!top.contains("quotes"), "Q quits now: {top}");
    assert!(top.contains("H help") && !top.contains("? help"), "{top}");
    press(&mut app, "V");
    assert!(screen_text(&app).contains("unread only (V)"));
    press(&mut app, "V n");
    assert_eq!(
        app.message(),
        Some("no entity focused: press w to pick one in the article")
    );
    press(&mut app, "z");
    assert_eq!(app.message(), Some("threads are off"), "toggle_threads lost t");
    press(&mut app, "s");
    assert!(screen_text(&app).contains(" Ctrl-j: filter @… · Esc close "));
    press(&mut app, "Esc H");
    assert!(screen_text(&app).contains(" x close "), "{}", screen_text(&app));
    let mut small = seeds_app(12, 3);
    small.configure(&config);
    assert!(screen_text(&small).contains("(Q quits)"));
}

#[test]
fn a_key_given_to_another_action_moves_and_an_empty_list_unbinds() {
    let mut keymap = Keymap::default();
    let g = Key::parse("g").unwrap();
    keymap.patch(Context::Browse, &byline::keys::Action::Last, &[g]);
    let actions: Vec<_> = keymap
        .bindings(Context::Browse)
        .iter()
        .filter(|b| b.keys.contains(&g))
        .map(|b| b.action.clone())
        .collect();
    assert_eq!(actions, [byline::keys::Action::Last]);
    keymap.patch(Context::Browse, &byline::keys::Action::Help, &[]);
    assert!(
        keymap
            .bindings(Context::Browse)
            .iter()
            .all(|b| b.action != byline::keys::Action::Help)
    );
}

#[test]
fn list_columns_and_wrap_width_follow_the_config() {
    let mut app = seeds_app(120, 40);
    // The list's rows, without the reader beside them.
    let rows = |app: &byline::app::App| -> String {
        let text = buffer_text(&render(app));
        let rows = text.lines().skip(2).take(5);
        rows.map(|l| l.chars().take(48).collect::<String>() + "\n")
            .collect()
    };
    assert!(
        rows(&app).contains("●") && rows(&app).contains("2017-04-"),
        "{}",
        rows(&app)
    );
    app.configure(&parse("[list]\ncolumns = [\"quotes\"]").unwrap());
    let row = rows(&app);
    assert!(
        !row.contains("●") && !row.contains("2017-04-") && row.contains('q'),
        "{row}"
    );
    app.configure(&parse("wrap_width = 30").unwrap());
    press(&mut app, "Enter");
    assert!(app.document().unwrap().lines().len() > 20);
    let text = buffer_text(&render(&app));
    for line in text.lines().skip(2).take(30) {
        let reader: String = line.chars().skip(50).collect();
        assert!(reader.trim_end().chars().count() <= 31, "{reader:?}");
    }
    assert_eq!(listed(&app).len(), 5);
}

/// A value of the wrong type is reported in a user's words, not Rust's
/// (`u16`, `sequence`).
#[test]
fn wrong_types_are_named_in_plain_words() {
    let text = "max_file_size = -5\nwrap_width = 70000\nmouse = \"yes\"\npaths = \"news\"\nfeeds = [1]\n";
    let (_, errors) = Config::read(text, Path::new("/cfg/config.toml"), None);
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "/cfg/config.toml:1: max_file_size: invalid value: integer `-5`, expected a whole number, 0 or more",
            "/cfg/config.toml:2: wrap_width: invalid value: integer `70000`, expected a whole number from 0 to 65535",
            "/cfg/config.toml:3: mouse: invalid type: string \"yes\", expected true or false",
            "/cfg/config.toml:4: paths: invalid type: string \"news\", expected a list, [\"…\", \"…\"]",
            "/cfg/config.toml:5: feeds: invalid type: integer `1`, expected a string in quotes",
        ]
    );
}
