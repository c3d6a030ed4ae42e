//! Issue 6: text that tries to drive the terminal (escape sequences, C1
//! controls, bidi overrides) is inert once loaded, whatever the format, and
//! nothing the command line prints carries it through.
#![cfg(unix)]

mod common;

use byline::store::{self, Article, LoadOptions};
use common::{TempDir, terminal_controls, terminal_controls_but_tab, within};
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::process::{Command, Output, Stdio};

/// Sequences and controls a terminal would act on.
const NASTY: &[&str] = &[
    // CSI: colours, clear, cursor moves, alternate screen, a status report request.
    "\x1b[31m",
    "\x1b[1;4;38;5;196m",
    "\x1b[0m",
    "\x1b[2J",
    "\x1b[H",
    "\x1b[10;20H",
    "\x1b[3A",
    "\x1b[?1049h",
    "\x1b[6n",
    // OSC: clipboard writes, hyperlinks, title changes, both terminators.
    "\x1b]52;c;SGVsbG8=\x07",
    "\x1b]52;p;cm0gLXJmIH4=\x1b\\",
    "\x1b]8;;https://evil.example/\x1b\\link\x1b]8;;\x1b\\",
    "\x1b]0;pwned title\x07",
    "\x1b]2;pwned\x1b\\",
    // DCS (a terminfo query, sixel), SOS, PM, APC.
    "\x1bP+q544e\x1b\\",
    "\x1bPq#0;2;0;0;0#0~~@@vv@@~~\x1b\\",
    "\x1bXsos\x1b\\",
    "\x1b^pm\x1b\\",
    "\x1b_apc\x1b\\",
    // Two- and three-byte escapes: charsets, reset, save/restore, reverse index.
    "\x1b(0",
    "\x1b)B",
    "\x1bc",
    "\x1b7",
    "\x1b8",
    "\x1bM",
    "\x1b#8",
    "\x1b",
    // C1: CSI, OSC (with and without a terminator), DCS, NEL, IND, RI, SCI.
    "\u{9b}31m",
    "\u{9b}2J",
    "\u{9d}0;c1 title\u{9c}",
    "\u{9d}52;c;SGVsbG8=\u{7}",
    "\u{90}q\u{9c}",
    "\u{85}",
    "\u{84}",
    "\u{8d}",
    "\u{9a}",
    // Bidi embeddings, overrides and isolates.
    "\u{202a}",
    "\u{202b}",
    "\u{202c}",
    "\u{202d}",
    "\u{202e}",
    "\u{2066}",
    "\u{2067}",
    "\u{2068}",
    "\u{2069}",
    // Other C0 controls and DEL: bell, backspace, VT, FF, shift out/in.
    "\x07",
    "\x08",
    "\x0b",
    "\x0c",
    "\x0e",
    "\x0f",
    "\x7f",
];

/// `words` joined with every nasty sequence and every C1 control in turn.
fn poisoned(words: &[&str]) -> String {
    let c1: Vec<String> = ('\u{80}'..='\u{9f}').map(String::from).collect();
    let seps: Vec<&str> = NASTY
        .iter()
        .copied()
        .chain(c1.iter().map(String::as_str))
        .collect();
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        out.push_str(w);
        out.push(' ');
        out.push_str(seps[i % seps.len()]);
    }
    out
}

/// Enough words to take every separator at least once.
fn words(prefix: &str) -> Vec<String> {
    (0..NASTY.len() + 40).map(|i| format!("{prefix}{i}")).collect()
}

fn as_refs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// A JSON string literal with every non-ASCII char (C1 and bidi included)
/// written as a `\u` escape, so only the JSON parser can produce them.
fn ascii_json(value: &serde_json::Value) -> String {
    let mut out = String::new();
    for c in value.to_string().chars() {
        if c.is_ascii() && c != '\x7f' {
            out.push(c);
        } else {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        }
    }
    out
}

fn record(n: usize) -> serde_json::Value {
    let title = poisoned(&["Breaking", "News", "Today"]);
    let body = [words("alpha"), words("beta")]
        .map(|w| poisoned(&as_refs(&w)))
        .join("\r\n\r\n");
    serde_json::json!({
        "id": format!("rec{n}\x1b[2J\u{9b}31m\u{202e}"),
        "title": format!("{title}\x00\r\n\ttail{n}"),
        "author": poisoned(&["Jane", "Smith"]),
        "url": "https://x.example/\x1b]8;;https://evil\x07a",
        "date": "2017-04-15\x1b[0m",
        "text": format!("{body}\x00 end"),
    })
}

/// Writes the poisoned corpus: one .txt, .json (raw and all-escaped), .jsonl.
fn write_corpus(dir: &TempDir) {
    let title = poisoned(&["Breaking", "News", "Today"]);
    let author = "By Jane\x1b[1m Smi\u{202e}th\u{9b}0m";
    let body = [words("alpha"), words("beta"), words("gamma")]
        .map(|w| poisoned(&as_refs(&w)))
        .join("\n\n");
    dir.write("poison.txt", format!("{title}\n{author}\n\n{body}\n"));
    let records = serde_json::Value::Array(vec![record(0), record(1)]);
    dir.write("poison.json", records.to_string());
    dir.write("poison-escaped.json", ascii_json(&records));
    let lines: Vec<String> = (2..4).map(|n| ascii_json(&record(n))).collect();
    dir.write("poison.jsonl", lines.join("\n"));
    // A file name that is itself an escape sequence.
    let name = dir
        .path()
        .join(OsStr::from_bytes(b"name\x1b]0;pwned\x07\xc2\x9b2J.txt"));
    std::fs::write(name, "Named\n\nBody.").unwrap();
}

fn assert_inert(a: &Article) {
    let one_line = [
        ("id", a.id.as_str()),
        ("title", &a.title),
        ("author", a.author.as_deref().unwrap_or("")),
        ("url", a.url.as_deref().unwrap_or("")),
    ];
    for (field, text) in one_line {
        let bad = terminal_controls(text);
        assert!(bad.is_empty(), "{}: {field} {text:?} has {bad:?}", a.id);
    }
    for p in &a.paragraphs {
        let bad = terminal_controls_but_tab(p);
        assert!(bad.is_empty(), "{}: paragraph {p:?} has {bad:?}", a.id);
    }
}

#[test]
fn loaded_text_json_and_jsonl_carry_no_terminal_controls() {
    let dir = TempDir::new("robust-terminal");
    write_corpus(&dir);
    let root = dir.path().to_path_buf();
    let loaded = within(60, "load", move || {
        store::load(vec![root], LoadOptions::default())
    });
    assert!(loaded.skipped.is_empty(), "{:?}", loaded.skipped);
    // 1 text + 2 + 2 JSON + 2 JSONL + the oddly named file.
    assert_eq!(loaded.articles.len(), 8);
    for a in &loaded.articles {
        assert_inert(a);
        if a.title != "Named" {
            // The words between the sequences survive.
            assert!(a.title.starts_with("Breaking "), "{:?}", a.title);
            assert!(a.title.contains("News"), "{:?}", a.title);
            let body = a.paragraphs.join(" ");
            for w in ["alpha0", "alpha17", "beta33", "beta60"] {
                assert!(body.contains(w), "{}: {w} lost in {body:?}", a.id);
            }
        }
    }
    let txt = loaded.articles.iter().find(|a| a.id == "poison.txt").unwrap();
    assert_eq!(txt.author.as_deref(), Some("Jane Smith"));
    assert_eq!(txt.paragraphs.len(), 3);
    let json = loaded.articles.iter().find(|a| a.id.starts_with("rec0")).unwrap();
    assert_eq!(json.id, "rec0");
    assert!(json.title.ends_with(" tail0"), "{:?}", json.title);
    assert_eq!(json.paragraphs.len(), 2);
    assert_eq!(json.date.map(|d| d.to_string()).as_deref(), Some("2017-04-15"));
    let escaped = loaded.articles.iter().filter(|a| a.id == "rec0").count();
    assert_eq!(escaped, 2, "raw and \\u-escaped JSON give the same id");
}

fn byline(args: &[&OsStr]) -> Output {
    let args: Vec<_> = args.iter().map(|a| a.to_os_string()).collect();
    within(120, "byline", move || {
        Command::new(env!("CARGO_BIN_EXE_byline"))
            .args(&args)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .output()
            .expect("run byline")
    })
}

/// Output bytes: UTF-8, no ESC, no C1, no other control but newline (and tab).
fn assert_clean_output(what: &str, bytes: &[u8]) {
    assert!(!bytes.contains(&0x1b), "{what}: ESC in output");
    let text = std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("{what}: not UTF-8: {e}"));
    for line in text.lines() {
        let bad = terminal_controls_but_tab(line);
        assert!(bad.is_empty(), "{what}: {bad:?} in {line:?}");
    }
}

#[test]
fn list_and_show_print_no_escape_or_c1() {
    let dir = TempDir::new("robust-terminal-cli");
    write_corpus(&dir);
    let path = dir.path().as_os_str();
    let list = byline(&["list".as_ref(), path]);
    assert_eq!(list.status.code(), Some(0));
    assert_clean_output("list", &list.stdout);
    let ids: Vec<String> = String::from_utf8(list.stdout)
        .unwrap()
        .lines()
        .map(|l| l.split("  ").next().unwrap().to_owned())
        .collect();
    assert_eq!(ids.len(), 8, "{ids:?}");
    for cmd in [&["list", "--json"][..], &["entities"], &["quotes"]] {
        let mut args: Vec<&OsStr> = cmd.iter().map(OsStr::new).collect();
        args.push(path);
        let o = byline(&args);
        assert_eq!(o.status.code(), Some(0), "{cmd:?}");
        assert_clean_output(&format!("{cmd:?}"), &o.stdout);
    }
    for id in &ids {
        for json in [false, true] {
            let mut args: Vec<&OsStr> = vec!["show".as_ref()];
            if json {
                args.push("--json".as_ref());
            }
            args.extend([OsStr::new(id), path]);
            let o = byline(&args);
            assert_eq!(o.status.code(), Some(0), "show {id:?}");
            assert_clean_output(&format!("show {id:?}"), &o.stdout);
            assert!(!o.stdout.is_empty());
        }
    }
}

/// `check` prints the paths it skipped with `Path::display`, which passes a
/// file name's ESC through to the terminal (src/cli/report.rs, not the store).
#[test]
fn check_prints_no_escape_from_file_names() {
    let dir = TempDir::new("robust-terminal-check");
    let name = dir.path().join(OsStr::from_bytes(b"empty\x1b]0;pwned\x07.txt"));
    std::fs::write(name, "").unwrap();
    let o = byline(&["check".as_ref(), dir.path().as_os_str()]);
    assert_eq!(o.status.code(), Some(1));
    assert_clean_output("check", &o.stdout);
}

/// The reader on the poisoned corpus: what a person would see and every byte
/// the program wrote. The reader's own escape sequences (CSI for colours and
/// cursor moves) are expected; none of the article's may get through.
#[test]
fn the_reader_shows_poisoned_articles_inert() {
    use byline::app::{App, update};
    use byline::keys::Action;
    use byline::search::Corpus;
    let dir = TempDir::new("poison-reader");
    write_corpus(&dir);
    let loaded = store::load(vec![dir.path().to_path_buf()], LoadOptions::default());
    let mut app = App::new(Corpus::from_articles(loaded.articles));
    update(
        &mut app,
        Action::Resize {
            width: 120,
            height: 40,
        },
    );
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
    for _ in 0..6 {
        update(&mut app, Action::Open);
        terminal
            .draw(|f| byline::ui::draw(f, &app, &byline::ui::Theme::default()))
            .unwrap();
        for cell in terminal.backend().buffer().content() {
            let bad = terminal_controls(cell.symbol());
            assert!(bad.is_empty(), "cell {:?} has {bad:?}", cell.symbol());
        }
        update(&mut app, Action::Back);
        update(&mut app, Action::Down);
    }

    let home = TempDir::new("poison-pty");
    let mut pty = common::pty::Pty::start(120, 40, home.path(), |c| {
        c.arg(dir.path());
    });
    pty.wait_for("Breaking");
    pty.type_keys("/^breaking");
    pty.press("Enter Enter");
    pty.wait_for("alpha1");
    pty.send("q");
    assert!(pty.wait_exit().success());
    let raw = pty.raw();
    let text = String::from_utf8_lossy(&raw);
    // The words stay, as text; the sequences around them are gone.
    for needle in [
        "\x1b]", "\x1bP", "\x1bX", "\x1b^", "\x1b_", "\x1bc", "\x1b#8", "\x07",
    ] {
        assert!(!text.contains(needle), "{needle:?} reached the terminal");
    }
    let c1_or_bidi = text
        .chars()
        .filter(|c| matches!(c, '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .count();
    assert_eq!(c1_or_bidi, 0, "C1 or bidi controls reached the terminal");
}
