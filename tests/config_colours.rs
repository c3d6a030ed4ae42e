//! The config file's colours: the theme it names, the colours it sets at each colour
//! depth, NO_COLOR, and both themes readable on the terminal's own background.

mod common;

use byline::config::{ColorDepth, Config};
use byline::ui::Theme;
use common::app::{configure, press, reader_cell, reader_cell_in, render_in, seeds_app};
use ratatui::style::{Color, Modifier};
use std::path::Path;

fn parse(text: &str) -> Result<Config, byline::config::ConfigError> {
    Config::parse(text, Path::new("/cfg/config.toml"), Some(Path::new("/home/me")))
}

#[test]
fn themes_and_colours_are_chosen_by_the_config() {
    let mut app = seeds_app(120, 40);
    press(&mut app, "Enter");
    assert_eq!(reader_cell(&app, "Rex Tillerson").fg, Color::LightCyan, "dark");
    let theme = configure(
        &mut app,
        &parse("theme = \"light\"").unwrap(),
        false,
        ColorDepth::Basic,
    );
    assert_eq!(
        reader_cell_in(&app, &theme, "Rex Tillerson").fg,
        Color::Blue,
        "light"
    );
    assert_eq!(theme, Theme::light());
    let own = parse("theme = \"light\"\n[colors]\nperson = \"#ff0000\"\n").unwrap();
    let theme = configure(&mut app, &own, false, ColorDepth::TrueColor);
    assert_eq!(
        reader_cell_in(&app, &theme, "Rex Tillerson").fg,
        Color::Rgb(255, 0, 0)
    );
    let theme = configure(&mut app, &own, false, ColorDepth::Indexed);
    assert_eq!(
        reader_cell_in(&app, &theme, "Rex Tillerson").fg,
        Color::Indexed(196),
        "256 colours"
    );
    let theme = configure(&mut app, &own, false, ColorDepth::Basic);
    assert_eq!(
        reader_cell_in(&app, &theme, "Rex Tillerson").fg,
        Color::LightRed,
        "16 colours"
    );
}

#[test]
fn neither_theme_paints_the_screen_background() {
    for theme in ["dark", "light"] {
        let mut app = seeds_app(120, 40);
        let drawn_in = configure(
            &mut app,
            &parse(&format!("theme = \"{theme}\"")).unwrap(),
            false,
            ColorDepth::Basic,
        );
        press(&mut app, "Enter");
        let buf = render_in(&app, &drawn_in);
        // The reader's body rows (not the header, status bar or selection).
        for y in 2..30 {
            for x in 50..120 {
                assert_eq!(buf[(x, y)].bg, Color::Reset, "{theme}: background at {x},{y}");
            }
        }
    }
}

#[test]
fn no_color_draws_no_colour_at_all() {
    let mut app = seeds_app(120, 40);
    let own = parse("[colors]\nperson = \"#ff0000\"\nselection = \"red\"\n").unwrap();
    let theme = configure(&mut app, &own, true, ColorDepth::TrueColor);
    for keys in ["Enter", "e", "/", "Esc s", "Esc i", "Esc ?", "Esc"] {
        press(&mut app, keys);
        let buf = render_in(&app, &theme);
        for cell in buf.content() {
            assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "after {keys}");
        }
    }
    // Emphasis is still there: the selected row in reverse video, the
    // entity cursor reversed, quotes in italics.
    press(&mut app, "Tab");
    let buf = render_in(&app, &theme);
    let reversed = buf
        .content()
        .iter()
        .filter(|c| c.modifier.contains(Modifier::REVERSED))
        .count();
    assert!(reversed > 0);
    assert!(
        reader_cell_in(&app, &theme, "\"The world's")
            .modifier
            .contains(Modifier::ITALIC)
    );
}

/// On the terminal's own background, each theme avoids the colours that
/// vanish on it; over a background of its own, text never takes that colour.
#[test]
fn both_themes_are_readable_on_their_background() {
    let faint_on_dark = [Color::Black, Color::Blue, Color::Indexed(0), Color::Indexed(4)];
    let faint_on_light = [
        Color::White,
        Color::Gray,
        Color::Yellow,
        Color::LightYellow,
        Color::LightCyan,
        Color::LightGreen,
        Color::LightMagenta,
        Color::LightBlue,
        Color::LightRed,
    ];
    for (theme, faint) in [
        (Theme::dark(), &faint_on_dark[..]),
        (Theme::light(), &faint_on_light[..]),
    ] {
        for (name, style) in theme.named() {
            match (style.fg, style.bg) {
                (Some(fg), None | Some(Color::Reset)) => {
                    assert!(
                        !faint.contains(&fg),
                        "{name}: {fg:?} on the terminal's background"
                    );
                }
                (Some(fg), Some(bg)) => assert_ne!(fg, bg, "{name}"),
                _ => {}
            }
        }
    }
    assert!(
        Theme::plain()
            .named()
            .iter()
            .all(|(_, s)| s.fg.is_none() && s.bg.is_none())
    );
}
