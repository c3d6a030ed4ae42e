//! `byline man`: clap's manual page, and for byline(1) a KEYS section drawn
//! from the default keymap, so `man byline` says what the keys do as `?` does.

use crate::keys::{Context, Keymap};
use std::io::{self, Write};

/// byline(1): clap's sections with KEYS before VERSION.
pub fn render_main(man: &clap_mangen::Man, out: &mut dyn Write) -> io::Result<()> {
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    man.render_subcommands_section(out)?;
    out.write_all(keys_section(&Keymap::default()).as_bytes())?;
    man.render_version_section(out)
}

/// `.SH KEYS`: each context's bindings as `.TP` items, keys in bold.
fn keys_section(keymap: &Keymap) -> String {
    let mut roff = String::from(".SH KEYS\n");
    roff +=
        "The default keys (the config file's [keys.CONTEXT] tables remap them; ? shows the keys in use).\n";
    for context in Context::ALL {
        roff += &format!(".SS \"{}\"\n", escape(context.title()));
        for binding in keymap.bindings(context) {
            let keys: Vec<String> = binding.keys.iter().map(ToString::to_string).collect();
            roff += &format!(".TP\n\\fB{}\\fR\n", escape(&keys.join(" ")));
            roff += &format!("{}\n", escape(binding.action.describe(context)));
        }
    }
    roff
}

/// Text as roff prints it: backslashes and dashes escaped, and a line
/// never starting a request (`.` or `'`).
fn escape(text: &str) -> String {
    let text = text.replace('\\', "\\e").replace('-', "\\-");
    match text.chars().next() {
        Some('.' | '\'') => format!("\\&{text}"),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_keys_section_lists_every_default_binding_in_roff() {
        let roff = keys_section(&Keymap::default());
        assert!(roff.starts_with(".SH KEYS\n"));
        assert!(
            roff.contains(".TP\n\\fBCtrl\\-o Bksp\\fR\nback along the jump history\n"),
            "{roff}"
        );
        for context in Context::ALL {
            for binding in Keymap::default().bindings(context) {
                assert!(roff.contains(&escape(binding.action.describe(context))));
            }
        }
        assert_eq!(escape(".x"), "\\&.x");
        assert_eq!(escape("a\\b"), "a\\eb");
    }
}
