//! The config's settings for the reader's state: the keymap, the list's
//! columns, the wrap width. (The theme belongs to the drawing, not here.)

use super::state::App;
use crate::config::{Columns, Config};
use crate::keys::{Action, Context, Keymap};

/// What of the config the state needs.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub columns: Columns,
    /// The reader's text width limit; 0: none.
    pub wrap_width: u16,
}

impl Settings {
    pub fn new(config: &Config) -> Settings {
        Settings {
            columns: config.columns,
            wrap_width: config.wrap_width,
        }
    }
}

/// The default keymap patched by `config`'s keys.
pub(super) fn keymap(config: &Config) -> Keymap {
    let mut keymap = Keymap::default();
    for patch in &config.keys {
        keymap.patch(patch.context, &patch.action, &patch.keys);
    }
    keymap
}

impl Default for Settings {
    fn default() -> Settings {
        Settings::new(&Config::default())
    }
}

impl App {
    /// `first: hint`, `KEY` in `hint` standing for `action`'s key in the
    /// user's keymap, or `first` alone when it has none: a message never
    /// names a key that does something else.
    pub(super) fn with_key_hint(&self, first: &str, action: Action, hint: &str) -> String {
        match self.keymap.first_key(Context::Browse, &action) {
            Some(key) => format!("{first}: {}", hint.replace("KEY", &key.to_string())),
            None => first.to_owned(),
        }
    }
}
