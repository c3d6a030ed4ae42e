//! Colour values as a config file writes them (`red`, `light-blue`, `#5`,
//! `123`, `#ff8800`, `default`) and the terminal's colour depth, so a colour
//! is never sent in a form the terminal cannot show.

use ratatui::style::Color;

/// How many colours the terminal shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorDepth {
    /// The 16 basic colours.
    Basic,
    /// The xterm 256-colour palette.
    Indexed,
    /// 24-bit colour.
    TrueColor,
}

impl ColorDepth {
    /// From `COLORTERM` (`truecolor`/`24bit`) and `TERM` (`…256color…`):
    /// a terminal that says nothing gets the 16 basic colours.
    pub fn detect(colorterm: Option<&str>, term: Option<&str>) -> ColorDepth {
        let colorterm = colorterm.unwrap_or("").to_ascii_lowercase();
        if colorterm == "truecolor" || colorterm == "24bit" {
            ColorDepth::TrueColor
        } else if term.is_some_and(|t| t.contains("256color") || t.contains("direct")) {
            ColorDepth::Indexed
        } else {
            ColorDepth::Basic
        }
    }

    /// From the process's environment.
    pub fn from_env() -> ColorDepth {
        let var = |name| std::env::var(name).ok();
        ColorDepth::detect(var("COLORTERM").as_deref(), var("TERM").as_deref())
    }

    /// `color` as this terminal can show it: 24-bit colours go to the
    /// nearest palette entry, palette entries beyond 15 to the nearest basic
    /// colour on a 16-colour terminal.
    pub fn fit(self, color: Color) -> Color {
        match (self, color) {
            (ColorDepth::TrueColor, c) => c,
            (ColorDepth::Indexed, Color::Rgb(r, g, b)) => Color::Indexed(nearest_256(r, g, b)),
            (ColorDepth::Basic, Color::Rgb(r, g, b)) => nearest_basic(r, g, b),
            (ColorDepth::Basic, Color::Indexed(n)) if n >= 16 => {
                let (r, g, b) = palette_rgb(n);
                nearest_basic(r, g, b)
            }
            (_, c) => c,
        }
    }
}

/// Whether `NO_COLOR` asks for no colour: set and not empty (no-color.org).
pub fn no_color(value: Option<&std::ffi::OsStr>) -> bool {
    value.is_some_and(|v| !v.is_empty())
}

/// Parses a colour name, palette index (`#5`, `123`) or `#rrggbb`.
/// `default` (or `none`, `reset`) is the terminal's own colour.
pub fn parse(text: &str) -> Result<Color, String> {
    let t = text.trim();
    if let Some(hex) = t.strip_prefix('#')
        && hex.len() == 6
        && hex.chars().all(|c| c.is_ascii_hexdigit())
    {
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex digits");
        return Ok(Color::Rgb(byte(0), byte(2), byte(4)));
    }
    let index = t.strip_prefix('#').unwrap_or(t);
    if !index.is_empty() && index.chars().all(|c| c.is_ascii_digit()) {
        return index
            .parse::<u8>()
            .map(Color::Indexed)
            .map_err(|_| format!("colour index {index} is not between 0 and 255"));
    }
    let name: String = t
        .chars()
        .filter(|c| !matches!(c, '-' | '_' | ' '))
        .collect::<String>()
        .to_ascii_lowercase();
    let color = match name.as_str() {
        "default" | "none" | "reset" => Color::Reset,
        "black" => Color::Black,
        "red" => Color::Red,
        "green" => Color::Green,
        "yellow" => Color::Yellow,
        "blue" => Color::Blue,
        "magenta" => Color::Magenta,
        "cyan" => Color::Cyan,
        "gray" | "grey" => Color::Gray,
        "darkgray" | "darkgrey" => Color::DarkGray,
        "lightred" => Color::LightRed,
        "lightgreen" => Color::LightGreen,
        "lightyellow" => Color::LightYellow,
        "lightblue" => Color::LightBlue,
        "lightmagenta" => Color::LightMagenta,
        "lightcyan" => Color::LightCyan,
        "white" => Color::White,
        _ => {
            return Err(format!(
                "{text:?} is not a colour: use a name (red, light-blue, dark-gray, default…), \
                 a palette index (#5, 123) or #rrggbb"
            ));
        }
    };
    Ok(color)
}

/// The 16 basic colours as xterm shows them, in palette order.
const BASIC: [(u8, u8, u8); 16] = [
    (0, 0, 0),
    (205, 0, 0),
    (0, 205, 0),
    (205, 205, 0),
    (0, 0, 238),
    (205, 0, 205),
    (0, 205, 205),
    (229, 229, 229),
    (127, 127, 127),
    (255, 0, 0),
    (0, 255, 0),
    (255, 255, 0),
    (92, 92, 255),
    (255, 0, 255),
    (0, 255, 255),
    (255, 255, 255),
];

const BASIC_COLORS: [Color; 16] = [
    Color::Black,
    Color::Red,
    Color::Green,
    Color::Yellow,
    Color::Blue,
    Color::Magenta,
    Color::Cyan,
    Color::Gray,
    Color::DarkGray,
    Color::LightRed,
    Color::LightGreen,
    Color::LightYellow,
    Color::LightBlue,
    Color::LightMagenta,
    Color::LightCyan,
    Color::White,
];

/// The levels of the 6×6×6 colour cube (indices 16–231).
const CUBE: [u8; 6] = [0, 95, 135, 175, 215, 255];

/// What xterm shows for palette entry `n`.
fn palette_rgb(n: u8) -> (u8, u8, u8) {
    match n {
        0..=15 => BASIC[usize::from(n)],
        16..=231 => {
            let i = n - 16;
            (
                CUBE[usize::from(i / 36)],
                CUBE[usize::from(i / 6 % 6)],
                CUBE[usize::from(i % 6)],
            )
        }
        _ => {
            let level = 8 + (n - 232) * 10;
            (level, level, level)
        }
    }
}

fn distance((r1, g1, b1): (u8, u8, u8), (r2, g2, b2): (u8, u8, u8)) -> u32 {
    let d = |a: u8, b: u8| (i32::from(a) - i32::from(b)).unsigned_abs();
    // Weighted for the eye: green counts most, blue least.
    3 * d(r1, r2).pow(2) + 4 * d(g1, g2).pow(2) + 2 * d(b1, b2).pow(2)
}

/// The nearest entry of the cube or the grey ramp (16–255): the basic 16
/// are left out because terminals redefine them.
fn nearest_256(r: u8, g: u8, b: u8) -> u8 {
    (16..=255u8)
        .min_by_key(|&n| distance(palette_rgb(n), (r, g, b)))
        .expect("a non-empty range")
}

fn nearest_basic(r: u8, g: u8, b: u8) -> Color {
    let best = (0..16)
        .min_by_key(|&i| distance(BASIC[i], (r, g, b)))
        .expect("16 colours");
    BASIC_COLORS[best]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_names_indices_and_hex() {
        assert_eq!(parse("red"), Ok(Color::Red));
        assert_eq!(parse("light-blue"), Ok(Color::LightBlue));
        assert_eq!(parse("Light_Blue"), Ok(Color::LightBlue));
        assert_eq!(parse("dark-grey"), Ok(Color::DarkGray));
        assert_eq!(parse("#5"), Ok(Color::Indexed(5)));
        assert_eq!(parse("123"), Ok(Color::Indexed(123)));
        assert_eq!(parse("#ff8800"), Ok(Color::Rgb(255, 136, 0)));
        assert_eq!(parse("default"), Ok(Color::Reset));
        assert!(parse("#256").is_err());
        assert!(parse("#ff88").is_err());
        assert!(parse("blurple").is_err());
    }

    #[test]
    fn depth_follows_colorterm_and_term() {
        use ColorDepth::*;
        assert_eq!(ColorDepth::detect(Some("truecolor"), Some("xterm")), TrueColor);
        assert_eq!(ColorDepth::detect(Some("24bit"), None), TrueColor);
        assert_eq!(ColorDepth::detect(None, Some("xterm-256color")), Indexed);
        assert_eq!(ColorDepth::detect(Some(""), Some("tmux-256color")), Indexed);
        assert_eq!(ColorDepth::detect(None, Some("xterm")), Basic);
        assert_eq!(ColorDepth::detect(None, None), Basic);
    }

    #[test]
    fn hex_goes_to_the_nearest_palette_entry() {
        use ColorDepth::*;
        assert_eq!(TrueColor.fit(Color::Rgb(1, 2, 3)), Color::Rgb(1, 2, 3));
        assert_eq!(Indexed.fit(Color::Rgb(255, 0, 0)), Color::Indexed(196));
        assert_eq!(Indexed.fit(Color::Rgb(0, 0, 0)), Color::Indexed(16));
        assert_eq!(Indexed.fit(Color::Rgb(128, 128, 128)), Color::Indexed(244));
        assert_eq!(Indexed.fit(Color::Red), Color::Red);
        assert_eq!(Basic.fit(Color::Rgb(250, 10, 10)), Color::LightRed);
        assert_eq!(Basic.fit(Color::Indexed(196)), Color::LightRed);
        assert_eq!(Basic.fit(Color::Indexed(4)), Color::Indexed(4));
        assert_eq!(Basic.fit(Color::Reset), Color::Reset);
    }
}
