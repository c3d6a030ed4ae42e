//! Where the keyboard is, as the keymap's tables name it. The one place the
//! context names (`browse`, `filter`, `popup`, `overlay`) are spelled.

/// Which table a key is looked up in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Context {
    /// Nothing over the panes: the list and the reader.
    Browse,
    /// Typing in the filter bar, or the command `|` pipes the article to.
    Filter,
    /// The speaker picker, the entity index, the compare and quotes views.
    Popup,
    /// The help or the problems overlay (`!`).
    Overlay,
}

impl Context {
    pub const ALL: [Context; 4] = [Context::Browse, Context::Filter, Context::Popup, Context::Overlay];

    /// The name of its table in keymap and config files.
    pub fn name(self) -> &'static str {
        match self {
            Context::Browse => "browse",
            Context::Filter => "filter",
            Context::Popup => "popup",
            Context::Overlay => "overlay",
        }
    }

    /// The context a keymap or config file calls `name`.
    pub fn named(name: &str) -> Option<Context> {
        Context::ALL.into_iter().find(|c| c.name() == name)
    }

    /// Every name, for an error message: `browse, filter, popup or overlay`.
    pub fn names() -> String {
        let names = Context::ALL.map(Context::name);
        let (last, rest) = names.split_last().expect("four contexts");
        format!("{} or {last}", rest.join(", "))
    }

    /// Heading in the help overlay.
    pub fn title(self) -> &'static str {
        match self {
            Context::Browse => "List and reader",
            Context::Filter => "Filter bar, | command line (other keys type)",
            Context::Popup => "Pickers, compare and quotes views (other keys type)",
            Context::Overlay => "Help / problems",
        }
    }

    /// Whether unbound printable keys type into an input line.
    pub(super) fn types(self) -> bool {
        matches!(self, Context::Filter | Context::Popup)
    }
}
