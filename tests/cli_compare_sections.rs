//! `byline compare`'s text: a section with nothing in it says `(none)`
//! under its heading rather than ending on a bare heading.

use std::process::Command;

#[test]
fn an_empty_section_says_none() {
    let state = std::env::temp_dir().join(format!("byline-cli-compare-sections-{}", std::process::id()));
    let out = Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(["--no-cache", "compare", "000"])
        .env("XDG_CONFIG_HOME", "/nonexistent/byline-tests")
        .env("XDG_STATE_HOME", &state)
        .env("XDG_CACHE_HOME", &state)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&state);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    // The seeds' five rewrites share no sentence word for word.
    assert!(text.ends_with("\nin every article\n  (none)\n"), "{text}");
    // A section with lines has no `(none)`.
    assert_eq!(text.matches("(none)").count(), 1, "{text}");
}
