//! Every style the reader uses, in one place so the panes stay consistent.
//! Two themes of the 16 basic colours (so any terminal shows them), one for
//! dark and one for light backgrounds, neither painting the background of
//! the screen; colours set in the config go over them; with `NO_COLOR` only
//! bold, underline, italic and reverse video are used.

use crate::analysis::EntityKind;
use crate::config::{ColorDepth, Colors, Config, ThemeName};
use ratatui::style::{Color, Modifier, Style};

#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    pub dim: Style,
    pub bold: Style,
    pub separator: Style,
    pub header: Style,
    pub header_focused: Style,
    /// The selected list or popup row, when its pane has the keyboard and when not.
    pub selected: Style,
    pub selected_unfocused: Style,
    /// Dates, counts: readable on a selected row too.
    pub detail: Style,
    pub unread: Style,
    pub star: Style,
    /// Characters of a title or name that the typed pattern matched.
    pub matched: Style,
    pub title: Style,
    pub quote: Style,
    /// Quotes by a speaker the filter names (`@lavrov`).
    pub quote_emphasis: Style,
    /// `— Lavrov` after a quote.
    pub speaker: Style,
    /// The mention under the entity cursor.
    pub cursor: Style,
    /// Other mentions of the focused entity.
    pub focused_entity: Style,
    pub status: Style,
    pub message: Style,
    pub prompt: Style,
    pub popup_border: Style,
    pub person: Style,
    pub organization: Style,
    pub place: Style,
    pub other: Style,
}

const fn fg(color: Color) -> Style {
    Style::new().fg(color)
}

const BOLD: Modifier = Modifier::BOLD;
const UNDERLINED: Modifier = Modifier::UNDERLINED;
const ITALIC: Modifier = Modifier::ITALIC;
const REVERSED: Modifier = Modifier::REVERSED;

impl Default for Theme {
    fn default() -> Theme {
        Theme::dark()
    }
}

impl Theme {
    /// Light text on a dark terminal: the default.
    pub fn dark() -> Theme {
        Theme {
            dim: fg(Color::DarkGray),
            bold: Style::new().add_modifier(BOLD),
            separator: fg(Color::DarkGray),
            header: fg(Color::Gray).add_modifier(BOLD),
            header_focused: fg(Color::Black).bg(Color::Cyan).add_modifier(BOLD),
            selected: fg(Color::White).bg(Color::Blue),
            selected_unfocused: Style::new().bg(Color::DarkGray),
            detail: fg(Color::Gray),
            unread: fg(Color::Cyan),
            star: fg(Color::Yellow).add_modifier(BOLD),
            matched: fg(Color::Yellow).add_modifier(BOLD.union(UNDERLINED)),
            title: Style::new().add_modifier(BOLD),
            quote: fg(Color::Yellow).add_modifier(ITALIC),
            quote_emphasis: Style::new().add_modifier(BOLD.union(UNDERLINED)),
            speaker: fg(Color::DarkGray),
            cursor: Style::new().add_modifier(REVERSED.union(BOLD)),
            focused_entity: Style::new().add_modifier(UNDERLINED),
            status: fg(Color::White).bg(Color::DarkGray),
            message: fg(Color::Yellow).bg(Color::DarkGray).add_modifier(BOLD),
            prompt: fg(Color::Cyan).add_modifier(BOLD),
            popup_border: fg(Color::Cyan),
            person: fg(Color::LightCyan),
            organization: fg(Color::LightMagenta),
            place: fg(Color::LightGreen),
            other: fg(Color::LightBlue),
        }
    }

    /// Dark text on a light terminal: the darker basic colours, and light
    /// grey where the dark theme has dark grey behind text.
    pub fn light() -> Theme {
        Theme {
            header: Style::new().add_modifier(BOLD),
            header_focused: fg(Color::White).bg(Color::Blue).add_modifier(BOLD),
            // Dark grey dates and red matches stay readable on cyan.
            selected: fg(Color::Black).bg(Color::Cyan),
            selected_unfocused: fg(Color::Black).bg(Color::Gray),
            detail: fg(Color::DarkGray),
            unread: fg(Color::Blue),
            star: fg(Color::Red).add_modifier(BOLD),
            matched: fg(Color::Red).add_modifier(BOLD.union(UNDERLINED)),
            quote: fg(Color::Magenta).add_modifier(ITALIC),
            status: fg(Color::Black).bg(Color::Gray),
            message: fg(Color::Red).bg(Color::Gray).add_modifier(BOLD),
            prompt: fg(Color::Blue).add_modifier(BOLD),
            popup_border: fg(Color::Blue),
            person: fg(Color::Blue),
            organization: fg(Color::Red),
            place: fg(Color::Green),
            other: fg(Color::Cyan),
            ..Theme::dark()
        }
    }

    /// No colour at all (`NO_COLOR`): what colour told apart is told by
    /// bold, underline, italic and reverse video.
    pub fn plain() -> Theme {
        let none = Style::new();
        let bold = none.add_modifier(BOLD);
        let reversed = none.add_modifier(REVERSED);
        Theme {
            dim: none,
            bold,
            separator: none,
            header: bold,
            header_focused: reversed.add_modifier(BOLD),
            selected: reversed,
            selected_unfocused: none.add_modifier(UNDERLINED),
            detail: none,
            unread: bold,
            star: bold,
            matched: none.add_modifier(BOLD.union(UNDERLINED)),
            title: bold,
            quote: none.add_modifier(ITALIC),
            quote_emphasis: none.add_modifier(BOLD.union(UNDERLINED)),
            speaker: none,
            cursor: none.add_modifier(REVERSED.union(BOLD)),
            focused_entity: none.add_modifier(UNDERLINED),
            status: reversed,
            message: reversed.add_modifier(BOLD),
            prompt: bold,
            popup_border: none,
            person: bold,
            organization: bold,
            place: bold,
            other: bold,
        }
    }

    /// The theme `name` with the config's `colors` over it, fitted to the
    /// terminal's `depth`; with `no_color`, `plain()` whatever was asked.
    pub fn new(name: ThemeName, colors: &Colors, depth: ColorDepth, no_color: bool) -> Theme {
        if no_color {
            return Theme::plain();
        }
        let mut t = match name {
            ThemeName::Dark => Theme::dark(),
            ThemeName::Light => Theme::light(),
        };
        let set_fg = |style: &mut Style, color: Option<Color>| {
            if let Some(c) = color {
                style.fg = Some(c);
            }
        };
        let set_bg = |style: &mut Style, color: Option<Color>| {
            if let Some(c) = color {
                style.bg = Some(c);
            }
        };
        set_fg(&mut t.person, colors.person);
        set_fg(&mut t.organization, colors.organization);
        set_fg(&mut t.place, colors.place);
        set_fg(&mut t.other, colors.other);
        set_fg(&mut t.quote, colors.quote);
        set_fg(&mut t.speaker, colors.speaker);
        set_fg(&mut t.focused_entity, colors.focused_entity);
        set_fg(&mut t.matched, colors.matched);
        set_bg(&mut t.selected, colors.selection);
        set_fg(&mut t.selected, colors.selection_text);
        set_bg(&mut t.status, colors.status);
        set_fg(&mut t.status, colors.status_text);
        set_bg(&mut t.message, colors.status);
        set_fg(&mut t.unread, colors.unread);
        set_fg(&mut t.star, colors.star);
        t.fit(depth);
        t
    }

    /// The theme `config` asks for (see `new`).
    pub fn from_config(config: &Config, depth: ColorDepth, no_color: bool) -> Theme {
        Theme::new(config.theme, &config.colors, depth, no_color)
    }

    /// Every colour as the terminal can show it.
    fn fit(&mut self, depth: ColorDepth) {
        for style in [
            &mut self.dim,
            &mut self.bold,
            &mut self.separator,
            &mut self.header,
            &mut self.header_focused,
            &mut self.selected,
            &mut self.selected_unfocused,
            &mut self.detail,
            &mut self.unread,
            &mut self.star,
            &mut self.matched,
            &mut self.title,
            &mut self.quote,
            &mut self.quote_emphasis,
            &mut self.speaker,
            &mut self.cursor,
            &mut self.focused_entity,
            &mut self.status,
            &mut self.message,
            &mut self.prompt,
            &mut self.popup_border,
            &mut self.person,
            &mut self.organization,
            &mut self.place,
            &mut self.other,
        ] {
            style.fg = style.fg.map(|c| depth.fit(c));
            style.bg = style.bg.map(|c| depth.fit(c));
        }
    }

    /// Every style with its field's name: for checking a theme whole.
    pub fn named(&self) -> Vec<(&'static str, Style)> {
        vec![
            ("dim", self.dim),
            ("bold", self.bold),
            ("separator", self.separator),
            ("header", self.header),
            ("header_focused", self.header_focused),
            ("selected", self.selected),
            ("selected_unfocused", self.selected_unfocused),
            ("detail", self.detail),
            ("unread", self.unread),
            ("star", self.star),
            ("matched", self.matched),
            ("title", self.title),
            ("quote", self.quote),
            ("quote_emphasis", self.quote_emphasis),
            ("speaker", self.speaker),
            ("cursor", self.cursor),
            ("focused_entity", self.focused_entity),
            ("status", self.status),
            ("message", self.message),
            ("prompt", self.prompt),
            ("popup_border", self.popup_border),
            ("person", self.person),
            ("organization", self.organization),
            ("place", self.place),
            ("other", self.other),
        ]
    }

    /// A mention's style by what it names.
    pub fn entity(&self, kind: EntityKind) -> Style {
        match kind {
            EntityKind::Person => self.person,
            EntityKind::Organization => self.organization,
            EntityKind::Place => self.place,
            EntityKind::Other => self.other,
        }
    }
}
