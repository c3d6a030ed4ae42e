//! Keys to actions: one table (`assets/keymap.toml`) that both the key
//! handling and the help overlay read, so the two cannot disagree.

use super::{Action, Context, Key};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The default keymap, compiled in.
pub const DEFAULT_KEYMAP: &str = include_str!("../../assets/keymap.toml");

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

/// Every binding, per context, in the file's order.
#[derive(Clone, Debug)]
pub struct Keymap {
    tables: [Vec<Binding>; 4],
}

impl Keymap {
    /// Parses a keymap in the format of `assets/keymap.toml`.
    pub fn from_toml(text: &str) -> Result<Keymap, String> {
        let mut raw: BTreeMap<String, Vec<RawBinding>> = toml::from_str(text).map_err(|e| e.to_string())?;
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
        let mut table = |context: Context| {
            let bindings = raw.remove(context.name());
            convert(bindings.ok_or_else(|| format!("no [[{}]] table", context.name()))?)
        };
        let tables = [
            table(Context::Browse)?,
            table(Context::Filter)?,
            table(Context::Popup)?,
            table(Context::Overlay)?,
        ];
        match raw.keys().next() {
            Some(name) => Err(format!("unknown context {name:?}: use {}", Context::names())),
            None => Ok(Keymap { tables }),
        }
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

    /// The key hints name for `action` in `context` (its first one), or
    /// none when the user's keymap unbound it: a hint never names a key that
    /// does something else.
    pub fn first_key(&self, context: Context, action: &Action) -> Option<Key> {
        let binding = self.bindings(context).iter().find(|b| &b.action == action)?;
        binding.keys.first().copied()
    }

    /// `KEY what` for `action`'s first key in `context`, if it has one.
    pub fn hint(&self, context: Context, action: &Action, what: &str) -> Option<String> {
        self.first_key(context, action).map(|key| format!("{key} {what}"))
    }

    pub(super) fn lookup(&self, context: Context, key: Key) -> Option<&Action> {
        self.bindings(context)
            .iter()
            .find(|b| b.keys.contains(&key))
            .map(|b| &b.action)
    }
}

/// The contexts whose keys can do `action`: those the default keymap binds
/// it in (it binds every action each context acts on). The defaults are
/// parsed once however many keys a config patches.
pub fn contexts_of(action: &Action) -> Vec<Context> {
    static DEFAULTS: std::sync::LazyLock<Keymap> = std::sync::LazyLock::new(Keymap::default);
    let bound = |c: &Context| DEFAULTS.bindings(*c).iter().any(|b| &b.action == action);
    Context::ALL.into_iter().filter(bound).collect()
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap::from_toml(DEFAULT_KEYMAP).expect("assets/keymap.toml is valid (tested)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
    fn hints_name_the_first_key_and_follow_a_patch() {
        let mut keymap = Keymap::default();
        let quotes = |k: &Keymap| k.hint(Context::Browse, &Action::Quotes, "quotes");
        assert_eq!(quotes(&keymap).as_deref(), Some("Q quotes"));
        keymap.patch(Context::Browse, &Action::Quit, &[Key::parse("Q").unwrap()]);
        assert_eq!(quotes(&keymap), None, "Q now quits: no hint may offer it");
        assert_eq!(
            keymap.hint(Context::Browse, &Action::Quit, "quits").as_deref(),
            Some("Q quits")
        );
    }

    #[test]
    fn actions_are_found_in_the_contexts_that_act_on_them() {
        assert_eq!(contexts_of(&Action::Compare), [Context::Browse]);
        let quit = [Context::Browse, Context::Filter, Context::Popup, Context::Overlay];
        assert_eq!(contexts_of(&Action::Quit), quit);
        assert_eq!(
            contexts_of(&Action::PageDown),
            [Context::Browse, Context::Popup, Context::Overlay]
        );
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
}
