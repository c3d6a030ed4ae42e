//! The configuration file: the defaults in `assets/config.toml` (compiled
//! in), patched by the user's file, which only lists what changes. A bad
//! file never stops byline: each error names the file, line and setting, and
//! byline runs on every setting that was right and the defaults of the rest.

pub mod color;
mod dirs;
mod read;

pub use color::ColorDepth;
pub use dirs::Dirs;

use crate::keys::{Action, Context, Key};
use ratatui::style::Color;
use std::fmt;
use std::path::{Path, PathBuf};

/// The defaults, documented line by line.
pub const DEFAULT_CONFIG: &str = include_str!("../../assets/config.toml");

/// Every setting, resolved.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Read when no PATH is given; empty: the built-in seeds.
    pub paths: Vec<PathBuf>,
    /// Feed URLs `byline fetch` downloads when given none.
    pub feeds: Vec<String>,
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
            feeds: Vec::new(),
            max_file_size: crate::store::DEFAULT_MAX_FILE_BYTES,
            theme: ThemeName::Dark,
            mouse: true,
            wrap_width: 0,
            columns: Columns::default(),
            colors: Colors::default(),
            keys: Vec::new(),
        };
        let errors = config.apply(DEFAULT_CONFIG, Path::new("assets/config.toml"), None);
        assert!(
            errors.is_empty(),
            "assets/config.toml is valid (tested): {errors:?}"
        );
        config
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
    fn the_defaults_name_every_action_a_key_can_be_given() {
        let keymap = crate::keys::Keymap::default();
        for context in crate::keys::Context::ALL {
            for binding in keymap.bindings(context) {
                let name = serde_json::to_string(&binding.action).unwrap();
                let name = name.trim_matches('"');
                let listed = |sep: char| DEFAULT_CONFIG.contains(&format!(" {name}{sep}"));
                assert!(listed(',') || listed('.'), "{name} is not in assets/config.toml");
            }
        }
    }
}
