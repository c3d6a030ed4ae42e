//! Reading a config file over the defaults one setting at a time, so that a
//! bad setting is reported (file, line, setting) and every other still applies.

use super::{Columns, Config, ConfigError, KeyPatch, ThemeName, color};
use crate::keys::{Action, Context, Key, contexts_of};
use ratatui::style::Color;
use serde::Deserialize;
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::Spanned;
use toml::de::{DeString, DeTable, DeValue, ValueDeserializer};

/// The settings a file may give at its top level.
const SETTINGS: [&str; 9] = [
    "paths",
    "feeds",
    "max_file_size",
    "theme",
    "mouse",
    "wrap_width",
    "list",
    "colors",
    "keys",
];

type Name<'i> = Spanned<DeString<'i>>;
type Value<'i> = Spanned<DeValue<'i>>;

impl Config {
    /// The defaults patched by `text`, the contents of `file`; the first
    /// error if there is any (`read` keeps the good settings and every error).
    pub fn parse(text: &str, file: &Path, home: Option<&Path>) -> Result<Config, ConfigError> {
        let (config, errors) = Config::read(text, file, home);
        errors.into_iter().next().map_or(Ok(config), Err)
    }

    /// The defaults patched by every good setting of `text`, the contents of
    /// `file`, and an error for each bad one, in the file's order. `home`
    /// expands a leading `~/` in paths.
    pub fn read(text: &str, file: &Path, home: Option<&Path>) -> (Config, Vec<ConfigError>) {
        let mut config = Config::default();
        let errors = config.apply(text, file, home);
        (config, errors)
    }

    /// Reads `file`: a file that is not there gives the defaults unless
    /// `required` (given with `--config`). What is shown first is the first error.
    pub fn load(file: &Path, required: bool, home: Option<&Path>) -> (Config, Vec<ConfigError>) {
        match std::fs::read_to_string(file) {
            Ok(text) => Config::read(&text, file, home),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => {
                (Config::default(), Vec::new())
            }
            Err(e) => {
                let error = ConfigError {
                    file: file.to_owned(),
                    line: None,
                    setting: None,
                    message: format!("cannot read: {e}"),
                };
                (Config::default(), vec![error])
            }
        }
    }

    /// Applies the good settings `text` gives over `self`; the errors of the
    /// rest. A file that is not TOML applies nothing.
    pub(super) fn apply(&mut self, text: &str, file: &Path, home: Option<&Path>) -> Vec<ConfigError> {
        let mut errors = Errors {
            text,
            file,
            list: Vec::new(),
        };
        let doc = match DeTable::parse(text) {
            Ok(doc) => doc,
            Err(e) => {
                let message = format!("{}; none of the file is used", e.message().trim_end());
                errors.push(e.span(), None, message);
                return errors.list;
            }
        };
        for (name, value) in doc.get_ref() {
            let setting = name.get_ref().as_ref();
            if !SETTINGS.contains(&setting) {
                let message = format!(
                    "unknown field `{setting}`, expected one of {}",
                    SETTINGS.join(", ")
                );
                errors.push(Some(name.span()), Some(setting.to_owned()), message);
            } else if let Err(message) = self.set(setting, value, file, home, &mut errors) {
                errors.push(Some(value.span()), Some(setting.to_owned()), message);
            }
        }
        errors.list.sort_by_key(|e| e.line);
        errors.list
    }

    /// One top-level setting. The entries of a table report their own errors.
    fn set(
        &mut self,
        setting: &str,
        value: &Value<'_>,
        file: &Path,
        home: Option<&Path>,
        errors: &mut Errors<'_>,
    ) -> Result<(), String> {
        match setting {
            "paths" => {
                let paths: Vec<String> = typed(value)?;
                let base = file.parent().unwrap_or(Path::new("."));
                self.paths = paths.iter().map(|p| expand(p, base, home)).collect();
            }
            "feeds" => {
                let feeds: Vec<String> = typed(value)?;
                if let Some(bad) = feeds
                    .iter()
                    .find(|f| !(f.starts_with("https://") || f.starts_with("http://")))
                {
                    return Err(format!("{bad:?} is not an http:// or https:// URL"));
                }
                self.feeds = feeds;
            }
            "max_file_size" => self.max_file_size = typed(value)?,
            "theme" => {
                self.theme = match typed::<String>(value)?.as_str() {
                    "dark" => ThemeName::Dark,
                    "light" => ThemeName::Light,
                    other => return Err(format!("{other:?} is not a theme: use \"dark\" or \"light\"")),
                }
            }
            "mouse" => self.mouse = typed(value)?,
            "wrap_width" => self.wrap_width = typed(value)?,
            "list" => {
                for (name, value) in table(value)? {
                    let setting = format!("list.{}", name.get_ref());
                    let columns = match name.get_ref().as_ref() {
                        "columns" => columns(value),
                        other => Err((
                            name.span(),
                            format!("unknown field `{other}`, expected `columns`"),
                        )),
                    };
                    match columns {
                        Ok(columns) => self.columns = columns,
                        Err((span, message)) => errors.push(Some(span), Some(setting), message),
                    }
                }
            }
            "colors" => {
                for (name, value) in table(value)? {
                    let setting = format!("colors.{}", name.get_ref());
                    match self.colors.slot(name.get_ref()) {
                        None => errors.push(Some(name.span()), Some(setting), "unknown colour setting"),
                        Some(slot) => match color_of(value) {
                            Ok(color) => *slot = Some(color),
                            Err(message) => errors.push(Some(value.span()), Some(setting), message),
                        },
                    }
                }
            }
            "keys" => {
                for (context_name, actions) in table(value)? {
                    let setting = format!("keys.{}", context_name.get_ref());
                    let Some(context) = Context::named(context_name.get_ref()) else {
                        let message = format!("unknown context: use {}", Context::names());
                        errors.push(Some(context_name.span()), Some(setting), message);
                        continue;
                    };
                    let actions = match table(actions) {
                        Ok(actions) => actions,
                        Err(message) => {
                            errors.push(Some(actions.span()), Some(setting), message);
                            continue;
                        }
                    };
                    for (action, keys) in actions {
                        match key_patch(context, action, keys) {
                            Ok(patch) => self.keys.push(patch),
                            Err((span, message)) => {
                                let setting = format!("{setting}.{}", action.get_ref());
                                errors.push(Some(span), Some(setting), message);
                            }
                        }
                    }
                }
            }
            _ => unreachable!("only SETTINGS are set"),
        }
        Ok(())
    }
}

/// The errors found so far, with the text to find their lines in.
struct Errors<'a> {
    text: &'a str,
    file: &'a Path,
    list: Vec<ConfigError>,
}

impl Errors<'_> {
    /// `setting` `None`: the one on the line of `span`.
    fn push(&mut self, span: Option<Range<usize>>, setting: Option<String>, message: impl Into<String>) {
        let line = span.as_ref().map(|s| line_of(self.text, s.start));
        let setting = setting.or_else(|| span.map(|s| setting_at(self.text, s.start)));
        self.list.push(ConfigError {
            file: self.file.to_owned(),
            line,
            setting: setting.filter(|s| !s.is_empty()),
            message: message.into(),
        });
    }
}

/// A value as a Rust type, or serde's message (`invalid type: string "yes", expected a boolean`).
/// A value of the setting's type; serde's message in a user's words
/// (`expected u16`: `expected a whole number from 0 to 65535`).
fn typed<'i, T: Deserialize<'i>>(value: &Value<'i>) -> Result<T, String> {
    T::deserialize(ValueDeserializer::from(value.clone())).map_err(|e| {
        let words = [
            ("expected u16", "expected a whole number from 0 to 65535"),
            ("expected u64", "expected a whole number, 0 or more"),
            ("expected a boolean", "expected true or false"),
            ("expected a sequence", "expected a list, [\"…\", \"…\"]"),
            ("expected a string", "expected a string in quotes"),
        ];
        let message = e.message().to_owned();
        (words.iter()).fold(message, |m, (rust, user)| m.replace(rust, user))
    })
}

fn table<'a, 'i>(value: &'a Value<'i>) -> Result<&'a DeTable<'i>, String> {
    value
        .get_ref()
        .as_table()
        .ok_or_else(|| format!("expected a table, found {}", value.get_ref().type_str()))
}

/// `[list] columns`: an error at the first bad entry.
fn columns(value: &Value<'_>) -> Result<Columns, (Range<usize>, String)> {
    let items = typed::<Vec<Spanned<String>>>(value).map_err(|m| (value.span(), m))?;
    let mut chosen = Columns {
        unread: false,
        date: false,
        quotes: false,
    };
    for column in items {
        match column.get_ref().as_str() {
            "unread" => chosen.unread = true,
            "date" => chosen.date = true,
            "quotes" => chosen.quotes = true,
            other => {
                let message = format!("{other:?} is not a column: use \"unread\", \"date\" or \"quotes\"");
                return Err((column.span(), message));
            }
        }
    }
    Ok(chosen)
}

/// A colour: a name or `#rrggbb` as a string, or a palette index.
fn color_of(value: &Value<'_>) -> Result<Color, String> {
    match value.get_ref() {
        DeValue::String(s) => color::parse(s),
        DeValue::Integer(_) => {
            let n: i64 = typed(value)?;
            u8::try_from(n)
                .map(Color::Indexed)
                .map_err(|_| format!("colour index {n} is not between 0 and 255"))
        }
        other => Err(format!("expected a colour, found {}", other.type_str())),
    }
}

/// `ACTION = KEYS` in a `[keys.CONTEXT]` table; an error where it is wrong.
fn key_patch(
    context: Context,
    action: &Name<'_>,
    keys: &Value<'_>,
) -> Result<KeyPatch, (Range<usize>, String)> {
    let (name, span) = (action.get_ref(), action.span());
    let action = parse_action(name).map_err(|m| (span.clone(), m))?;
    let contexts = contexts_of(&action);
    if !contexts.contains(&context) {
        let names: Vec<&str> = contexts.iter().map(|c| c.name()).collect();
        let message = format!(
            "{name:?} does nothing in {}: bind it in [keys.{}]",
            context.name(),
            names.join("] or [keys.")
        );
        return Err((span, message));
    }
    let names = match keys.get_ref() {
        DeValue::String(s) => vec![s.to_string()],
        DeValue::Array(_) => typed::<Vec<String>>(keys).map_err(|_| {
            let message = "expected a list of key names such as [\"j\", \"Down\"]";
            (keys.span(), message.to_owned())
        })?,
        _ => {
            let message = "expected a key name or a list of them, such as [\"j\", \"Down\"]";
            return Err((keys.span(), message.to_owned()));
        }
    };
    let keys = (names.iter().map(|k| Key::parse(k)))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|m| (keys.span(), m))?;
    Ok(KeyPatch {
        context,
        action,
        keys,
    })
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
