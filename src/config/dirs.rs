//! Where byline keeps its files: the XDG base directories, resolved by hand
//! (`$XDG_CONFIG_HOME`, else `~/.config`; `$XDG_STATE_HOME`, else
//! `~/.local/state`; `$XDG_CACHE_HOME`, else `~/.cache`), each with a
//! `byline` folder.

use std::ffi::OsString;
use std::path::PathBuf;

/// byline's folders for one environment. Built from a variable lookup so
/// tests can resolve without touching the process's environment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dirs {
    /// Holds `config.toml`.
    pub config: Option<PathBuf>,
    /// Holds `state.json` (read marks, stars, last positions).
    pub state: Option<PathBuf>,
    /// Holds the saved indexes of folders (`index-….bin`), safe to delete.
    pub cache: Option<PathBuf>,
}

impl Dirs {
    /// Resolves from `var` (a lookup such as `std::env::var_os`). A relative
    /// `XDG_*` value is ignored, as the specification says.
    pub fn resolve(var: impl Fn(&str) -> Option<OsString>) -> Dirs {
        let absolute = |name: &str| var(name).map(PathBuf::from).filter(|p| p.is_absolute());
        let home = absolute("HOME");
        let base = |xdg: &str, fallback: &[&str]| {
            absolute(xdg)
                .or_else(|| {
                    home.as_ref()
                        .map(|h| fallback.iter().fold(h.clone(), |p, part| p.join(part)))
                })
                .map(|p| p.join("byline"))
        };
        Dirs {
            config: base("XDG_CONFIG_HOME", &[".config"]),
            state: base("XDG_STATE_HOME", &[".local", "state"]),
            cache: base("XDG_CACHE_HOME", &[".cache"]),
        }
    }

    /// From the process's environment.
    pub fn from_env() -> Dirs {
        Dirs::resolve(|name| std::env::var_os(name))
    }

    /// `config.toml` in the config folder.
    pub fn config_file(&self) -> Option<PathBuf> {
        self.config.as_ref().map(|d| d.join("config.toml"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&str, &str)]) -> impl Fn(&str) -> Option<OsString> + 'a {
        move |name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.into())
    }

    #[test]
    fn xdg_variables_win_and_home_is_the_fallback() {
        let d = Dirs::resolve(env(&[
            ("HOME", "/home/a"),
            ("XDG_CONFIG_HOME", "/cfg"),
            ("XDG_STATE_HOME", "/st"),
            ("XDG_CACHE_HOME", "/ca"),
        ]));
        assert_eq!(d.config_file(), Some(PathBuf::from("/cfg/byline/config.toml")));
        assert_eq!(d.state, Some(PathBuf::from("/st/byline")));
        assert_eq!(d.cache, Some(PathBuf::from("/ca/byline")));
        let d = Dirs::resolve(env(&[("HOME", "/home/a"), ("XDG_CONFIG_HOME", "relative")]));
        assert_eq!(d.config, Some(PathBuf::from("/home/a/.config/byline")));
        assert_eq!(d.state, Some(PathBuf::from("/home/a/.local/state/byline")));
        assert_eq!(d.cache, Some(PathBuf::from("/home/a/.cache/byline")));
        assert_eq!(
            Dirs::resolve(env(&[])),
            Dirs {
                config: None,
                state: None,
                cache: None
            }
        );
    }
}
