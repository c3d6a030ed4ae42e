//! The configuration file: the defaults in `assets/config.toml` (compiled
//! in), patched by the user's file, which only lists what changes. A bad
//! file never stops byline: the error names the file, line and setting, and
//! byline runs on the defaults.

pub mod color;
mod dirs;

pub use color::ColorDepth;
pub use dirs::Dirs;

use crate::keys::{Action, Context, Key};
use ratatui::style::Color;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The defaults, documented line by line.
pub const DEFAULT_CONFIG: &str = include_str!("../../assets/config.toml");

/// Every setting, resolved.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Read when no PATH is given; empty: the built-in seeds.
    pub paths: Vec<PathBuf>,
    pub max_file_size: u64,
    pub theme: ThemeName,
    pub mouse: bool,
    /// The reader's text width limit; 0: none.
    pub wrap_width: u16,
    pub columns: Columns,
    pub colors: Colors,
    /// Changes to the default keymap, in the order given.
    pub keys: Vec<KeyPatch>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ThemeName {
    #[default]
    Dark,
    Light,
}

/// Which of the list's optional columns are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Columns {
    pub unread: bool,
    pub date: bool,
    pub quotes: bool,
}

impl Default for Columns {
    fn default() -> Columns {
        Columns {
            unread: true,
            date: true,
            quotes: true,
        }
    }
}

/// Colours set over the theme's, per element; `None`: the theme's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Colors {
    pub person: Option<Color>,
    pub organization: Option<Color>,
    pub place: Option<Color>,
    pub other: Option<Color>,
    pub quote: Option<Color>,
    pub speaker: Option<Color>,
    pub focused_entity: Option<Color>,
    pub matched: Option<Color>,
    pub selection: Option<Color>,
    pub selection_text: Option<Color>,
    pub status: Option<Color>,
    pub status_text: Option<Color>,
    pub unread: Option<Color>,
    pub star: Option<Color>,
}

impl Colors {
    /// The setting named `name` (`person`, `status_text`…).
    fn slot(&mut self, name: &str) -> Option<&mut Option<Color>> {
        Some(match name {
            "person" => &mut self.person,
            "organization" => &mut self.organization,
            "place" => &mut self.place,
            "other" => &mut self.other,
            "quote" => &mut self.quote,
            "speaker" => &mut self.speaker,
            "focused_entity" => &mut self.focused_entity,
            "matched" => &mut self.matched,
            "selection" => &mut self.selection,
            "selection_text" => &mut self.selection_text,
            "status" => &mut self.status,
            "status_text" => &mut self.status_text,
            "unread" => &mut self.unread,
            "star" => &mut self.star,
            _ => return None,
        })
    }
}

/// `[keys.CONTEXT] ACTION = [KEYS]`: the action's keys in that context.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyPatch {
    pub context: Context,
    pub action: Action,
    /// Empty: the action is unbound.
    pub keys: Vec<Key>,
}

/// What is wrong with a config file, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub file: PathBuf,
    /// 1-based.
    pub line: Option<usize>,
    /// `colors.person`, `keys.browse.quit`…
    pub setting: Option<String>,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(setting) = &self.setting {
            write!(f, ": {setting}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for ConfigError {}

impl Default for Config {
    fn default() -> Config {
        let mut config = Config {
            paths: Vec::new(),
            max_file_size: crate::store::DEFAULT_MAX_FILE_BYTES,
            theme: ThemeName::Dark,
            mouse: true,
            wrap_width: 0,
            columns: Columns::default(),
            colors: Colors::default(),
            keys: Vec::new(),
        };
        config
            .apply(DEFAULT_CONFIG, Path::new("assets/config.toml"), None)
            .expect("assets/config.toml is valid (tested)");
        config
    }
}

impl Config {
    /// The defaults patched by `text`, the contents of `file`. `home`
    /// expands a leading `~/` in paths.
    pub fn parse(text: &str, file: &Path, home: Option<&Path>) -> Result<Config, ConfigError> {
        let mut config = Config::default();
        config.apply(text, file, home)?;
        Ok(config)
    }

    /// Reads `file`: a file that is not there gives the defaults unless
    /// `required` (given with `--config`). On any error, the defaults and the error.
    pub fn load(file: &Path, required: bool, home: Option<&Path>) -> (Config, Option<ConfigError>) {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => {
                return (Config::default(), None);
            }
            Err(e) => {
                let error = ConfigError {
                    file: file.to_owned(),
                    line: None,
                    setting: None,
                    message: format!("cannot read: {e}"),
                };
                return (Config::default(), Some(error));
            }
        };
        match Config::parse(&text, file, home) {
            Ok(config) => (config, None),
            Err(e) => (Config::default(), Some(e)),
        }
    }

    /// Applies the settings `text` gives over `self`.
    fn apply(&mut self, text: &str, file: &Path, home: Option<&Path>) -> Result<(), ConfigError> {
        let error = |span: Option<std::ops::Range<usize>>, setting: Option<String>, message: String| {
            let line = span.as_ref().map(|s| line_of(text, s.start));
            let setting = setting.or_else(|| span.map(|s| setting_at(text, s.start)));
            ConfigError {
                file: file.to_owned(),
                line,
                setting: setting.filter(|s| !s.is_empty()),
                message,
            }
        };
        let raw: Raw = toml::from_str(text).map_err(|e| error(e.span(), None, e.message().to_owned()))?;
        if let Some(paths) = raw.paths {
            let base = file.parent().unwrap_or(Path::new("."));
            self.paths = paths.into_iter().map(|p| expand(&p, base, home)).collect();
        }
        if let Some(bytes) = raw.max_file_size {
            self.max_file_size = bytes;
        }
        if let Some(theme) = raw.theme {
            self.theme = match theme.get_ref().as_str() {
                "dark" => ThemeName::Dark,
                "light" => ThemeName::Light,
                other => {
                    return Err(error(
                        Some(theme.span()),
                        Some("theme".into()),
                        format!("{other:?} is not a theme: use \"dark\" or \"light\""),
                    ));
                }
            };
        }
        if let Some(mouse) = raw.mouse {
            self.mouse = mouse;
        }
        if let Some(width) = raw.wrap_width {
            self.wrap_width = width;
        }
        if let Some(columns) = raw.list.and_then(|l| l.columns) {
            let mut chosen = Columns {
                unread: false,
                date: false,
                quotes: false,
            };
            for column in columns {
                match column.get_ref().as_str() {
                    "unread" => chosen.unread = true,
                    "date" => chosen.date = true,
                    "quotes" => chosen.quotes = true,
                    other => {
                        return Err(error(
                            Some(column.span()),
                            Some("list.columns".into()),
                            format!("{other:?} is not a column: use \"unread\", \"date\" or \"quotes\""),
                        ));
                    }
                }
            }
            self.columns = chosen;
        }
        for (name, value) in raw.colors.unwrap_or_default() {
            let setting = format!("colors.{}", name.get_ref());
            let Some(slot) = self.colors.slot(name.get_ref()) else {
                return Err(error(
                    Some(name.span()),
                    Some(setting),
                    "unknown colour setting".into(),
                ));
            };
            let parsed = match value.get_ref() {
                toml::Value::String(s) => color::parse(s),
                toml::Value::Integer(n) => u8::try_from(*n)
                    .map(Color::Indexed)
                    .map_err(|_| format!("colour index {n} is not between 0 and 255")),
                other => Err(format!("expected a colour, found {}", other.type_str())),
            };
            *slot = Some(parsed.map_err(|m| error(Some(value.span()), Some(setting), m))?);
        }
        for (context_name, actions) in raw.keys.unwrap_or_default() {
            let Some(context) = Context::named(context_name.get_ref()) else {
                return Err(error(
                    Some(context_name.span()),
                    Some(format!("keys.{}", context_name.get_ref())),
                    format!("unknown context: use {}", Context::names()),
                ));
            };
            for (action_name, keys) in actions {
                let setting = format!("keys.{}.{}", context_name.get_ref(), action_name.get_ref());
                let action = parse_action(action_name.get_ref())
                    .map_err(|m| error(Some(action_name.span()), Some(setting.clone()), m))?;
                let names = match keys.get_ref() {
                    toml::Value::String(s) => vec![s.clone()],
                    toml::Value::Array(items) => items
                        .iter()
                        .map(|v| v.as_str().map(str::to_owned))
                        .collect::<Option<Vec<_>>>()
                        .ok_or_else(|| {
                            error(
                                Some(keys.span()),
                                Some(setting.clone()),
                                "expected a list of key names such as [\"j\", \"Down\"]".into(),
                            )
                        })?,
                    _ => {
                        return Err(error(
                            Some(keys.span()),
                            Some(setting),
                            "expected a key name or a list of them, such as [\"j\", \"Down\"]".into(),
                        ));
                    }
                };
                let keys = names
                    .iter()
                    .map(|k| Key::parse(k))
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|m| error(Some(keys.span()), Some(setting.clone()), m))?;
                self.keys.push(KeyPatch {
                    context,
                    action,
                    keys,
                });
            }
        }
        Ok(())
    }
}

/// The file as written: everything optional, so the user's file need only
/// list what changes.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    paths: Option<Vec<String>>,
    max_file_size: Option<u64>,
    theme: Option<Spanned<String>>,
    mouse: Option<bool>,
    wrap_width: Option<u16>,
    list: Option<RawList>,
    colors: Option<SpannedTable>,
    keys: Option<BTreeMap<Spanned<String>, SpannedTable>>,
}

/// A table's keys and values, each with where it is in the file.
type SpannedTable = BTreeMap<Spanned<String>, Spanned<toml::Value>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawList {
    columns: Option<Vec<Spanned<String>>>,
}

/// An action a key can be bound to, by its snake_case name.
fn parse_action(name: &str) -> Result<Action, String> {
    use serde::de::IntoDeserializer;
    let de: serde::de::value::StrDeserializer<'_, serde::de::value::Error> = name.into_deserializer();
    Action::deserialize(de).map_err(|_| format!("unknown action {name:?}"))
}

/// `~/x` under `home`; a relative path under `base`.
fn expand(path: &str, base: &Path, home: Option<&Path>) -> PathBuf {
    if let (Some(rest), Some(home)) = (path.strip_prefix("~/"), home) {
        return home.join(rest);
    }
    if path == "~"
        && let Some(home) = home
    {
        return home.to_owned();
    }
    let path = PathBuf::from(path);
    if path.is_absolute() { path } else { base.join(path) }
}

/// The 1-based line of byte `offset`.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The dotted name of the setting on the line of `offset`: the last
/// `[table]` header above it and the key before `=` on it.
fn setting_at(text: &str, offset: usize) -> String {
    let offset = offset.min(text.len());
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = text[start..].lines().next().unwrap_or("").trim();
    let unquote = |s: &str| s.trim().trim_matches(['"', '\'']).to_owned();
    let header = |l: &str| {
        l.starts_with('[')
            .then(|| unquote(l.trim_start_matches('[').split(']').next().unwrap_or("")))
    };
    if let Some(table) = header(line) {
        return table;
    }
    let key = line.split_once('=').map(|(k, _)| unquote(k)).unwrap_or_default();
    let table = text[..start].lines().rev().find_map(|l| header(l.trim()));
    match table {
        Some(t) if !key.is_empty() => format!("{t}.{key}"),
        Some(t) => t,
        None => key,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_parse_and_document_every_colour() {
        let config = Config::default();
        assert_eq!(config.theme, ThemeName::Dark);
        assert_eq!(config.wrap_width, 100);
        assert!(config.keys.is_empty() && config.paths.is_empty());
        let mut colors = Colors::default();
        for line in DEFAULT_CONFIG.lines() {
            if let Some(name) = line.strip_prefix("# ").and_then(|l| l.split_once(" = "))
                && !name.0.starts_with(' ')
            {
                assert!(colors.slot(name.0).is_some(), "{}", name.0);
            }
        }
    }

    #[test]
    fn settings_are_named_by_their_table() {
        let text = "theme = \"dark\"\n[colors]\nperson = \"red\"\n\n[keys.browse]\nquit = [\"x\"]\n";
        assert_eq!(setting_at(text, text.find("red").unwrap()), "colors.person");
        assert_eq!(setting_at(text, text.find("quit").unwrap()), "keys.browse.quit");
        assert_eq!(setting_at(text, 0), "theme");
        assert_eq!(setting_at(text, text.find("[colors]").unwrap() + 1), "colors");
    }

    #[test]
    fn paths_expand_home_and_the_config_folder() {
        let home = Path::new("/home/a");
        let base = Path::new("/cfg");
        assert_eq!(expand("~/news", base, Some(home)), PathBuf::from("/home/a/news"));
        assert_eq!(expand("news", base, Some(home)), PathBuf::from("/cfg/news"));
        assert_eq!(expand("/srv/news", base, Some(home)), PathBuf::from("/srv/news"));
    }
}
