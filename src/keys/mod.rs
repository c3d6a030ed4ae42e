//! Keys and what they ask for: the `Action`s, the keys that name them, the
//! contexts keys are looked up in, and the keymap table. A leaf: it knows
//! nothing of the reader's state, so `config` (which patches the keymap) and
//! `app` (which acts on the actions) both build on it.

mod action;
mod context;
mod key;
mod keymap;

pub use action::Action;
pub use context::Context;
pub use key::Key;
pub use keymap::{Binding, DEFAULT_KEYMAP, Keymap, contexts_of};

use crossterm::event::{Event, KeyCode, KeyEvent, MouseButton, MouseEventKind};

/// What a key press means in `context`; typing contexts insert unbound
/// printable characters.
pub fn handle_key(keymap: &Keymap, context: Context, event: KeyEvent) -> Option<Action> {
    let key = Key::from_event(&event)?;
    if let Some(action) = keymap.lookup(context, key) {
        return Some(action.clone());
    }
    match key.code {
        KeyCode::Char(c) if context.types() && !key.ctrl && !c.is_control() => Some(Action::Insert(c)),
        _ => None,
    }
}

/// Any terminal event as an action: keys through the keymap, the mouse wheel
/// and left clicks by position, resizes.
pub fn handle_event(keymap: &Keymap, context: Context, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) => handle_key(keymap, context, *key),
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
    use crossterm::event::KeyModifiers;

    #[test]
    fn typing_contexts_insert_what_browsing_would_bind() {
        let keymap = Keymap::default();
        let key = |context, event| handle_key(&keymap, context, event);
        let plain = |code| KeyEvent::new(code, KeyModifiers::NONE);
        let browse = Context::Browse;
        assert_eq!(key(browse, plain(KeyCode::Char('q'))), Some(Action::Quit));
        assert_eq!(key(browse, plain(KeyCode::Char('G'))), Some(Action::Last));
        assert_eq!(key(browse, plain(KeyCode::Char('x'))), None);
        let filter = Context::Filter;
        assert_eq!(key(filter, plain(KeyCode::Char('q'))), Some(Action::Insert('q')));
        assert_eq!(key(filter, plain(KeyCode::Enter)), Some(Action::Accept));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(key(filter, ctrl_c), Some(Action::Quit));
        let alt_x = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::ALT);
        assert_eq!(key(filter, alt_x), None);
    }

    #[test]
    fn context_names_read_back() {
        for context in Context::ALL {
            assert_eq!(Context::named(context.name()), Some(context));
        }
        assert_eq!(Context::names(), "browse, filter, popup or overlay");
    }
}
