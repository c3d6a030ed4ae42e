//! The user's `entities.toml` as the command line finds and applies it: it
//! merges, renames and hides entities, and a bad entry is a warning with its
//! file and line while the rest still applies.

mod common;

use common::TempDir;
use std::process::Command;

/// `byline entities` on the built-in seeds with `entities` as the
/// config folder's `entities.toml`: (stdout, stderr).
fn entities_with(entities: &str) -> (String, String) {
    let home = TempDir::new("entities-file");
    home.write("config/byline/entities.toml", entities);
    let out = Command::new(env!("CARGO_BIN_EXE_byline"))
        .arg("entities")
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_STATE_HOME", home.path().join("state"))
        .env("XDG_CACHE_HOME", home.path().join("cache"))
        .output()
        .expect("run byline");
    assert!(out.status.success());
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (text(&out.stdout), text(&out.stderr))
}

fn row<'a>(out: &'a str, name: &str) -> Option<&'a str> {
    out.lines().find(|l| l.ends_with(&format!("  {name}")))
}

#[test]
fn corrections_merge_rename_and_hide_entities() {
    let (plain, _) = entities_with("");
    assert!(row(&plain, "Kremlin").is_some() && row(&plain, "Vladimir Putin").is_some());
    assert!(row(&plain, "CNN").is_some());
    let (fixed, warnings) = entities_with(
        "hide = [\"CNN\"]\n\n[[entity]]\nname = \"Putin and the Kremlin\"\naliases = [\"Vladimir Putin\", \"Kremlin\"]\nkind = \"organization\"\n",
    );
    assert_eq!(warnings, "");
    assert!(row(&fixed, "CNN").is_none(), "hidden:\n{fixed}");
    assert!(row(&fixed, "Kremlin").is_none() && row(&fixed, "Vladimir Putin").is_none());
    let merged = row(&fixed, "Putin and the Kremlin").expect("the merged entity");
    assert!(merged.contains("organization"), "{merged}");
}

#[test]
fn a_bad_entry_is_reported_with_its_line_and_the_others_apply() {
    let (out, warnings) = entities_with("hide = [\"CNN\"]\n\n[[entity]]\nname = \"X\"\nkind = \"planet\"\n");
    assert!(
        warnings.contains("entities.toml:3: entity[1]: kind:"),
        "{warnings}"
    );
    assert!(row(&out, "CNN").is_none(), "the valid `hide` still applies");
}
