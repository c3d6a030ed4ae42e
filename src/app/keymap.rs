//! Keys to actions: one table (`assets/keymap.toml`) that both the key
//! handling and the help overlay read, so the two cannot disagree.

use super::action::Action;
use super::state::App;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind};
use serde::Deserialize;
use std::fmt;

/// The default keymap, compiled in.
pub const DEFAULT_KEYMAP: &str = include_str!("../../assets/keymap.toml");

/// Where the keyboard is: decides which table a key is looked up in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Context {
    Browse,
    Filter,
    Popup,
    Overlay,
}

impl Context {
    pub const ALL: [Context; 4] = [Context::Browse, Context::Filter, Context::Popup, Context::Overlay];

    /// Heading in the help overlay.
    pub fn title(self) -> &'static str {
        match self {
            Context::Browse => "List and reader",
            Context::Filter => "Filter bar (other keys type)",
            Context::Popup => "Speaker picker / entity index (other keys type)",
            Context::Overlay => "Help / skipped files",
        }
    }

    /// Whether unbound printable keys type into an input line.
    fn types(self) -> bool {
        matches!(self, Context::Filter | Context::Popup)
    }
}

/// One key with the only modifier byline binds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

impl Key {
    /// Parses `j`, `G`, `Ctrl-o`, `PageDown`…
    pub fn parse(s: &str) -> Result<Key, String> {
        let (ctrl, name) = match s.strip_prefix("Ctrl-") {
            Some(rest) if !rest.is_empty() => (true, rest),
            _ => (false, s),
        };
        let mut chars = name.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(c),
            _ => match name {
                "Enter" => KeyCode::Enter,
                "Esc" => KeyCode::Esc,
                "Tab" => KeyCode::Tab,
                "BackTab" => KeyCode::BackTab,
                "Backspace" => KeyCode::Backspace,
                "Delete" => KeyCode::Delete,
                "Space" => KeyCode::Char(' '),
                "Up" => KeyCode::Up,
                "Down" => KeyCode::Down,
                "Left" => KeyCode::Left,
                "Right" => KeyCode::Right,
                "PageUp" => KeyCode::PageUp,
                "PageDown" => KeyCode::PageDown,
                "Home" => KeyCode::Home,
                "End" => KeyCode::End,
                _ => return Err(format!("unknown key {s:?}")),
            },
        };
        Ok(Key { code, ctrl })
    }

    /// The key a terminal event stands for, if byline could bind it (Alt is not).
    fn from_event(event: &KeyEvent) -> Option<Key> {
        if event.kind == KeyEventKind::Release || event.modifiers.contains(KeyModifiers::ALT) {
            return None;
        }
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        let code = match event.code {
            KeyCode::Char(c) if ctrl => KeyCode::Char(c.to_ascii_lowercase()),
            code => code,
        };
        Some(Key { code, ctrl })
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("Ctrl-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::BackTab => f.write_str("S-Tab"),
            KeyCode::Backspace => f.write_str("Bksp"),
            code => write!(f, "{code}"),
        }
    }
}

/// Keys bound to one action.
#[derive(Clone, Debug)]
pub struct Binding {
    pub keys: Vec<Key>,
    pub action: Action,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBinding {
    keys: Vec<String>,
    action: Action,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKeymap {
    browse: Vec<RawBinding>,
    filter: Vec<RawBinding>,
    popup: Vec<RawBinding>,
    overlay: Vec<RawBinding>,
}

/// Every binding, per context, in the file's order.
#[derive(Clone, Debug)]
pub struct Keymap {
    tables: [Vec<Binding>; 4],
}

impl Keymap {
    /// Parses a keymap in the format of `assets/keymap.toml`.
    pub fn from_toml(text: &str) -> Result<Keymap, String> {
        let raw: RawKeymap = toml::from_str(text).map_err(|e| e.to_string())?;
        let convert = |bindings: Vec<RawBinding>| -> Result<Vec<Binding>, String> {
            bindings
                .into_iter()
                .map(|b| {
                    let keys = b.keys.iter().map(|k| Key::parse(k)).collect::<Result<_, _>>()?;
                    Ok(Binding {
                        keys,
                        action: b.action,
                    })
                })
                .collect()
        };
        Ok(Keymap {
            tables: [
                convert(raw.browse)?,
                convert(raw.filter)?,
                convert(raw.popup)?,
                convert(raw.overlay)?,
            ],
        })
    }

    /// Gives `action` exactly `keys` in `context` (none: unbound), taking
    /// them from any other action there, so no key is bound twice. An action
    /// without a binding in `context` gets one, listed last in the help.
    pub fn patch(&mut self, context: Context, action: &Action, keys: &[Key]) {
        let table = &mut self.tables[context as usize];
        for binding in table.iter_mut() {
            binding.keys.retain(|k| !keys.contains(k));
        }
        match table.iter_mut().find(|b| &b.action == action) {
            Some(binding) => binding.keys = keys.to_vec(),
            None => table.push(Binding {
                keys: keys.to_vec(),
                action: action.clone(),
            }),
        }
        table.retain(|b| !b.keys.is_empty());
    }

    pub fn bindings(&self, context: Context) -> &[Binding] {
        &self.tables[context as usize]
    }

    fn lookup(&self, context: Context, key: Key) -> Option<&Action> {
        self.bindings(context)
            .iter()
            .find(|b| b.keys.contains(&key))
            .map(|b| &b.action)
    }
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap::from_toml(DEFAULT_KEYMAP).expect("assets/keymap.toml is valid (tested)")
    }
}

/// What a key press means where the keyboard is; typing contexts insert
/// unbound printable characters.
pub fn handle_key(app: &App, event: KeyEvent) -> Option<Action> {
    let key = Key::from_event(&event)?;
    let context = app.context();
    if let Some(action) = app.keymap().lookup(context, key) {
        return Some(action.clone());
    }
    match key.code {
        KeyCode::Char(c) if context.types() && !key.ctrl && !c.is_control() => Some(Action::Insert(c)),
        _ => None,
    }
}

/// Any terminal event as an action: keys through the keymap, the mouse wheel
/// and left clicks by position, resizes.
pub fn handle_event(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) => handle_key(app, *key),
        Event::Mouse(mouse) => {
            let (column, row) = (mouse.column, mouse.row);
            match mouse.kind {
                MouseEventKind::ScrollDown => Some(Action::ScrollAt {
                    column,
                    row,
                    lines: 3,
                }),
                MouseEventKind::ScrollUp => Some(Action::ScrollAt {
                    column,
                    row,
                    lines: -3,
                }),
                MouseEventKind::Down(MouseButton::Left) => Some(Action::ClickAt { column, row }),
                _ => None,
            }
        }
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::Corpus;
    use std::collections::HashSet;

    #[test]
    fn the_default_keymap_binds_no_key_twice_in_a_context() {
        let keymap = Keymap::default();
        for context in Context::ALL {
            let mut seen = HashSet::new();
            for key in keymap.bindings(context).iter().flat_map(|b| &b.keys) {
                assert!(seen.insert(*key), "{key} is bound twice in {context:?}");
            }
        }
    }

    #[test]
    fn keys_parse_and_print_as_the_help_shows_them() {
        for (name, shown) in [
            ("Ctrl-o", "Ctrl-o"),
            ("G", "G"),
            ("Space", "Space"),
            ("Down", "↓"),
            ("]", "]"),
        ] {
            assert_eq!(Key::parse(name).unwrap().to_string(), shown);
        }
        assert!(Key::parse("Hyper-x").is_err());
        assert!(Keymap::from_toml("[[browse]]\nkeys = [\"j\"]\naction = \"fly\"").is_err());
    }

    #[test]
    fn actions_are_named_in_snake_case_for_keymap_files() {
        let keymap = "browse = [{ keys = [\"x\"], action = \"next_article_naming\" }]\n\
                      filter = [{ keys = [\"Ctrl-a\"], action = { insert = \"@\" } }]\n\
                      popup = []\noverlay = []";
        let keymap = Keymap::from_toml(keymap).unwrap();
        assert_eq!(
            keymap.bindings(Context::Browse)[0].action,
            Action::NextArticleNaming
        );
        assert_eq!(keymap.bindings(Context::Filter)[0].action, Action::Insert('@'));
    }

    #[test]
    fn typing_contexts_insert_what_browsing_would_bind() {
        let mut app = App::new(Corpus::new());
        let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
        assert_eq!(handle_key(&app, key(KeyCode::Char('q'))), Some(Action::Quit));
        assert_eq!(handle_key(&app, key(KeyCode::Char('G'))), Some(Action::Last));
        assert_eq!(handle_key(&app, key(KeyCode::Char('x'))), None);
        super::super::update(&mut app, Action::FocusFilter);
        assert_eq!(
            handle_key(&app, key(KeyCode::Char('q'))),
            Some(Action::Insert('q'))
        );
        assert_eq!(handle_key(&app, key(KeyCode::Enter)), Some(Action::Accept));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(handle_key(&app, ctrl_c), Some(Action::Quit));
        let alt_x = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::ALT);
        assert_eq!(handle_key(&app, alt_x), None);
    }
}
