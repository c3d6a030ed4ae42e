//! The config as the command line finds and uses it, in a child process
//! (environment variables are the process's, so they are only set on
//! children): XDG_CONFIG_HOME, the ~/.config fallback, --config, a bad file
//! as a warning, the config's paths; completions and the man page.

mod common;

use common::{TempDir, seeds_dir};
use std::path::Path;
use std::process::{Command, Output};

/// `byline ARGS` with HOME and the XDG folders under `home` only.
fn byline(home: &Path, xdg: bool, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_byline"));
    command
        .args(args)
        .env("NO_COLOR", "1")
        .env("HOME", home)
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("XDG_STATE_HOME");
    if xdg {
        command
            .env("XDG_CONFIG_HOME", home.join("xdg-config"))
            .env("XDG_STATE_HOME", home.join("xdg-state"));
    }
    command.output().expect("run byline")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_bad_config_is_a_warning_on_stderr_and_the_command_carries_on() {
    let home = TempDir::new("config-cli-bad");
    let file = home.write(
        "xdg-config/byline/config.toml",
        "theme = \"dark\"\nfont = \"serif\"\nmouse = 3\n",
    );
    let o = byline(home.path(), true, &["list"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(text(&o.stdout).lines().count(), 5, "the seeds are listed");
    let err = text(&o.stderr);
    assert!(
        err.contains(&format!("byline: warning: {}:2: font: ", file.display())),
        "{err}"
    );
    assert!(
        err.contains(&format!("byline: warning: {}:3: mouse: ", file.display())),
        "every error, each on its line: {err}"
    );
}

#[test]
fn the_config_is_found_under_xdg_config_home_or_home_dot_config() {
    let news = TempDir::new("config-cli-news");
    news.write("a.txt", "Alpha headline\n\nSome words here.\n");
    news.write("b.txt", "Beta headline\n\nMore words here.\n");
    let config = format!("paths = [{:?}]\n", news.path().display().to_string());

    // XDG_CONFIG_HOME first.
    let home = TempDir::new("config-cli-xdg");
    home.write("xdg-config/byline/config.toml", &config);
    let o = byline(home.path(), true, &["list"]);
    assert_eq!(text(&o.stdout).lines().count(), 2, "{}", text(&o.stderr));
    assert!(text(&o.stdout).contains("Alpha headline"));

    // Without it, ~/.config.
    let home = TempDir::new("config-cli-home");
    home.write(".config/byline/config.toml", &config);
    let o = byline(home.path(), false, &["list"]);
    assert!(text(&o.stdout).contains("Beta headline"), "{}", text(&o.stderr));

    // A PATH on the command line wins over the config's paths.
    let seeds = seeds_dir();
    let o = byline(home.path(), false, &["list", seeds.to_str().unwrap()]);
    assert_eq!(text(&o.stdout).lines().count(), 5);
}

#[test]
fn config_names_another_file_and_must_exist() {
    let home = TempDir::new("config-cli-flag");
    let file = home.write("mine.toml", "max_file_size = 10\n");
    home.write(
        "big/long.txt",
        "A title\n\nA paragraph that is longer than ten bytes.\n",
    );
    let big = home.path().join("big");
    let o = byline(
        home.path(),
        true,
        &["check", "--config", file.to_str().unwrap(), big.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1), "the file is over the config's limit");
    assert!(text(&o.stdout).contains("long.txt"), "{}", text(&o.stdout));
    // --max-file-size still wins.
    let o = byline(
        home.path(),
        true,
        &[
            "check",
            "--config",
            file.to_str().unwrap(),
            "--max-file-size",
            "1000",
            big.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stdout));

    let o = byline(home.path(), true, &["--config", "/no/such/config.toml", "list"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        text(&o.stderr).contains("/no/such/config.toml: cannot read"),
        "{}",
        text(&o.stderr)
    );
}

/// A config path that is not there (a drive not mounted) is left out with a
/// warning naming the file and setting: no config file can stop byline,
/// while a PATH typed on the command line that is not there is a usage error.
#[test]
fn a_config_path_that_is_not_there_is_left_out_with_a_warning() {
    let home = TempDir::new("config-cli-missing-path");
    home.write("news/a.txt", "A title\n\nA paragraph.\n");
    let file = home.write(
        "xdg-config/byline/config.toml",
        format!("paths = [\"{}\", \"gone\"]\n", home.path().join("news").display()),
    );
    let o = byline(home.path(), true, &["list"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert_eq!(text(&o.stdout).lines().count(), 1, "{}", text(&o.stdout));
    let gone = home.path().join("xdg-config/byline/gone");
    let warning = format!(
        "byline: warning: {}: paths: {}: No such file or directory (left out)",
        file.display(),
        gone.display()
    );
    assert!(text(&o.stderr).contains(&warning), "{}", text(&o.stderr));
    let o = byline(home.path(), true, &["list", gone.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "a PATH given is still checked");
}

#[test]
fn completions_and_the_man_page_come_from_the_command_line_definition() {
    let home = TempDir::new("config-cli-completions");
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let o = byline(home.path(), true, &["completions", shell]);
        assert_eq!(o.status.code(), Some(0), "{shell}");
        let script = text(&o.stdout);
        assert!(
            script.contains("byline") && script.contains("entities"),
            "{shell}"
        );
        assert!(script.contains("config"), "{shell}");
    }
    assert_eq!(
        byline(home.path(), true, &["completions", "tcsh"]).status.code(),
        Some(2)
    );
    let o = byline(home.path(), true, &["man"]);
    assert_eq!(o.status.code(), Some(0));
    let page = text(&o.stdout);
    assert!(
        page.starts_with(".ie") || page.contains(".TH byline"),
        "{}",
        &page[..200.min(page.len())]
    );
    assert!(page.contains("\\-\\-config") || page.contains("--config"));
    // byline(1) says what the keys do, as `?` does; a command's page does not.
    assert!(page.contains(".SH KEYS"), "{page}");
    assert!(page.contains("\\fBCtrl\\-o Bksp\\fR\nback along the jump history"));
    let list = text(&byline(home.path(), true, &["man", "list"]).stdout);
    assert!(list.contains(".TH byline-list") && !list.contains(".SH KEYS"));
}
