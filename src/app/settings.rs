//! The config's settings for the reader: keys, theme, list columns, wrap width.

use super::state::App;
use crate::config::{ColorDepth, Columns, Config};
use crate::keys::Keymap;
use crate::ui::Theme;

/// How the reader looks, from the config.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub theme: Theme,
    pub columns: Columns,
    /// The reader's text width limit; 0: none.
    pub wrap_width: u16,
}

impl Settings {
    /// `config`'s theme and colours for a terminal of `depth` colours (none with `no_color`).
    pub fn new(config: &Config, no_color: bool, depth: ColorDepth) -> Settings {
        Settings {
            theme: Theme::new(config.theme, &config.colors, depth, no_color),
            columns: config.columns,
            wrap_width: config.wrap_width,
        }
    }
}

impl Default for Settings {
    fn default() -> Settings {
        Settings::new(&Config::default(), false, ColorDepth::TrueColor)
    }
}

impl App {
    /// Applies a configuration: the default keymap patched by its keys,
    /// its theme and colours, list columns and wrap width.
    pub fn configure(&mut self, config: &Config, no_color: bool, depth: ColorDepth) {
        let mut keymap = Keymap::default();
        for patch in &config.keys {
            keymap.patch(patch.context, &patch.action, &patch.keys);
        }
        self.keymap = keymap;
        self.settings = Settings::new(config, no_color, depth);
        self.sync();
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn theme(&self) -> &Theme {
        &self.settings.theme
    }

    /// Shows `text` in the status bar until the next key; after the message
    /// already there, if any.
    pub fn notify(&mut self, text: String) {
        if self.message.is_none() {
            self.message = Some(text);
        } else {
            self.notices.push_back(text);
        }
    }
}
