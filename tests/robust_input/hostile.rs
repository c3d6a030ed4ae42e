//! The hostile corpus of `robust_input.rs`: every kind of file the loader
//! may meet (encodings, controls, sizes, names, links, permissions), written
//! into a temp folder, each with what must become of it.

use crate::common::TempDir;
use byline::store::Article;
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::PathBuf;
use std::process::Command;

/// What must become of one file.
pub enum Expect {
    /// Loaded without replacement characters; the check sees its articles.
    Loads(fn(&[&Article])),
    /// Loaded, with invalid bytes replaced.
    Lossy(fn(&[&Article])),
    /// Skipped with a reason containing this.
    Skipped(&'static str),
    /// Skipped with a reason containing this when permissions really keep us
    /// out (not as root); otherwise loaded or walked as usual.
    SkippedIfUnreadable(&'static str),
}

pub struct Case {
    pub path: PathBuf,
    pub expect: Expect,
}

/// Writes `bytes` at a relative path given as raw bytes (file names need not
/// be UTF-8 on Linux).
pub fn write_raw(dir: &TempDir, rel: &[u8], bytes: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.path().join(OsStr::from_bytes(rel));
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, bytes).unwrap();
    p
}

fn utf16(bom: [u8; 2], text: &str, unit: fn(u16) -> [u8; 2]) -> Vec<u8> {
    let mut v = bom.to_vec();
    v.extend(text.encode_utf16().flat_map(unit));
    v
}

/// The whole corpus: returns every case, keyed by the path the loader reports.
pub fn corpus(dir: &TempDir) -> Vec<Case> {
    let mut cases = Vec::new();
    let mut add = |path: PathBuf, expect: Expect| cases.push(Case { path, expect });
    let w = |rel: &str, bytes: &[u8]| write_raw(dir, rel.as_bytes(), bytes);

    // Nothing to show.
    add(w("empty.txt", b""), Expect::Skipped("empty"));
    add(w("whitespace.txt", b" \n\t\r\n  "), Expect::Skipped("empty"));
    add(w("bom-only.txt", b"\xEF\xBB\xBF"), Expect::Skipped("empty"));
    add(w("utf16-bom-only.txt", b"\xFF\xFE"), Expect::Skipped("empty"));
    add(
        w("escapes-only.txt", b"\x1b[2J\x1b[H\x1b]0;x\x07\n\x1b[0m\n"),
        Expect::Skipped("empty"),
    );
    add(
        w(
            "unicode-spaces.txt",
            "\u{a0}\u{3000}\u{2003}\n\u{85}\n".as_bytes(),
        ),
        Expect::Skipped("empty"),
    );

    // Binary.
    add(w("nul.txt", b"Title\n\nBody\0text"), Expect::Skipped("binary"));
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
    add(w("png.txt", png), Expect::Skipped("binary"));
    let controls: Vec<u8> = (0..2000u32).map(|i| (i % 26 + 1) as u8).collect();
    add(w("controls.txt", &controls), Expect::Skipped("binary"));
    let mut fake16 = vec![0xFF, 0xFE];
    fake16.extend([0u8; 64]);
    add(w("utf16-binary.txt", &fake16), Expect::Skipped("binary"));

    // Encodings.
    add(
        w(
            "invalid-utf8.txt",
            b"Caf\xe9 \xc3\x28 title\n\nBody \xff\xfe here, \xed\xa0\x80 a surrogate, cut \xe2\x82",
        ),
        Expect::Lossy(|a| {
            assert!(a[0].title.starts_with("Caf\u{FFFD}"), "{:?}", a[0].title);
            assert!(a[0].paragraphs[0].contains('\u{FFFD}'));
        }),
    );
    let wide = "Wide \u{1F600}\r\n\r\nBody with emoji \u{1F600} and \u{fc}n\u{ef}c\u{f6}d\u{e9}.\r\n";
    let wide_check: fn(&[&Article]) = |a| {
        assert_eq!(a[0].title, "Wide \u{1F600}");
        assert_eq!(
            a[0].paragraphs,
            ["Body with emoji \u{1F600} and \u{fc}n\u{ef}c\u{f6}d\u{e9}."]
        );
    };
    add(
        w("utf16le.txt", &utf16([0xFF, 0xFE], wide, u16::to_le_bytes)),
        Expect::Loads(wide_check),
    );
    add(
        w("utf16be.txt", &utf16([0xFE, 0xFF], wide, u16::to_be_bytes)),
        Expect::Loads(wide_check),
    );
    let mut odd = utf16([0xFF, 0xFE], "Odd\n\nBody.", u16::to_le_bytes);
    odd.push(b'x');
    add(
        w("utf16-odd-length.txt", &odd),
        Expect::Lossy(|a| assert_eq!(a[0].title, "Odd")),
    );
    let mut lone = utf16([0xFE, 0xFF], "Lone\n\nA ", u16::to_be_bytes);
    lone.extend([0xD8, 0x00, 0x00, b'b']);
    add(
        w("utf16-lone-surrogate.txt", &lone),
        Expect::Lossy(|a| assert_eq!(a[0].paragraphs, ["A \u{FFFD}b"])),
    );

    // Size.
    let mut huge = b"Huge\n\n".to_vec();
    huge.resize(50_000_000, b'a');
    for i in (100..huge.len()).step_by(7) {
        huge[i] = b' ';
    }
    add(w("huge.txt", &huge), Expect::Skipped("too large"));
    drop(huge);
    let mut big = String::from("Big\n\n");
    while big.len() < 1 << 20 {
        big.push_str("The \"quick\" Brown Fox said: \u{201c}jump\u{201d} over. ");
    }
    add(
        w("one-paragraph-1mb.txt", big.as_bytes()),
        Expect::Loads(|a| {
            assert_eq!(a[0].paragraphs.len(), 1);
            assert!(a[0].paragraphs[0].len() > 1_000_000);
        }),
    );
    let long = format!("Long\n\n{}\n", "x".repeat(1_000_000));
    add(
        w("long-line.txt", long.as_bytes()),
        Expect::Loads(|a| assert_eq!(a[0].paragraphs, ["x".repeat(1_000_000)])),
    );

    // Shapes.
    add(
        w("title-only.txt", b"Only a title"),
        Expect::Loads(|a| {
            assert_eq!(a[0].title, "Only a title");
            assert!(a[0].paragraphs.is_empty());
        }),
    );
    add(
        w("title-only-padded.txt", b"\n\n  \t Only a title \t \n\n\n"),
        Expect::Loads(|a| assert_eq!(a[0].title, "Only a title")),
    );
    let lines: fn(&[&Article]) = |a| {
        assert_eq!(a[0].title, "Title");
        assert_eq!(a[0].paragraphs, ["One continues.", "Two."]);
    };
    add(
        w("crlf.txt", b"Title\r\n\r\nOne\r\ncontinues.\r\n\r\nTwo.\r\n"),
        Expect::Loads(lines),
    );
    add(
        w("lone-cr.txt", b"Title\r\rOne\rcontinues.\r\rTwo.\r"),
        Expect::Loads(lines),
    );
    add(
        w("tabs.txt", b"\tTab\ttitle\t\n\n\tIndented\tbody\twith tabs.\t\n"),
        Expect::Loads(|a| {
            assert_eq!(a[0].title, "Tab title");
            assert_eq!(a[0].paragraphs, ["Indented\tbody\twith tabs."]);
        }),
    );
    add(
        w("zero-width.txt", ZERO_WIDTH.as_bytes()),
        Expect::Loads(|a| title_then_body(a, ZERO_WIDTH)),
    );
    add(
        w("rtl.txt", RTL.as_bytes()),
        Expect::Loads(|a| title_then_body(a, RTL)),
    );
    add(
        w("cjk-emoji.txt", CJK.as_bytes()),
        Expect::Loads(|a| title_then_body(a, CJK)),
    );

    // JSON that is odd rather than wrong.
    add(
        w(
            "mojibake.json",
            "{\"title\":\"It\u{e2}\u{80}\u{99}s\",\"text\":\"He said \u{e2}\u{80}\u{9c}yes\u{e2}\u{80}\u{9d}, then left.\"}"
                .as_bytes(),
        ),
        // UTF-8 read as Latin-1: repaired at load, not just made safe.
        Expect::Loads(|a| {
            assert_eq!(a[0].title, "It’s");
            assert_eq!(a[0].paragraphs, ["He said “yes”, then left."]);
        }),
    );
    add(
        w(
            "multiline-fields.json",
            br#"{"title":"Two\nline\ttitle","author":" Ann\r\nLee ","text":"P1\nline\n \t \nP2\tx","id":"\u001b[31m"}"#,
        ),
        Expect::Loads(|a| {
            assert_eq!(a[0].title, "Two line title");
            assert_eq!(a[0].author.as_deref(), Some("Ann Lee"));
            assert_eq!(a[0].paragraphs, ["P1 line", "P2 x"]);
            assert_eq!(a[0].id, "multiline-fields.json#0", "an id that cleans to nothing");
        }),
    );
    add(
        w(
            "lone-cr.jsonl",
            b"{\"title\":\"A\",\"text\":\"x\"}\r{\"title\":\"B\",\"text\":\"y\"}\r",
        ),
        Expect::Loads(|a| {
            let t: Vec<&str> = a.iter().map(|a| a.title.as_str()).collect();
            assert_eq!(t, ["A", "B"]);
        }),
    );
    add(
        w("deep.json", "[".repeat(100_000).as_bytes()),
        Expect::Skipped("invalid JSON"),
    );
    add(
        w("deep.jsonl", "{\"a\":".repeat(50_000).as_bytes()),
        Expect::Skipped("invalid JSON"),
    );
    add(w("scalar.json", b"42"), Expect::Skipped("neither an object"));
    add(w("empty-array.json", b"[]"), Expect::Skipped("no articles"));
    add(
        w("string-record.json", br#"["\u001b]0;pwned\u0007\u009b2J"]"#),
        Expect::Skipped("record 0"),
    );

    // Not regular files, or not there.
    let fifo = dir.path().join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    add(fifo, Expect::Skipped("not a regular file"));
    let null = dir.path().join("null.txt");
    symlink("/dev/null", &null).unwrap();
    add(null, Expect::Skipped("not a regular file"));
    let (a, b) = (dir.path().join("loop-a.txt"), dir.path().join("loop-b.txt"));
    symlink(&b, &a).unwrap();
    symlink(&a, &b).unwrap();
    add(a, Expect::Skipped("symlink loop"));
    add(b, Expect::Skipped("symlink loop"));
    let itself = dir.path().join("self.txt");
    symlink(&itself, &itself).unwrap();
    add(itself, Expect::Skipped("symlink loop"));
    let dangling = dir.path().join("dangling.txt");
    symlink(dir.path().join("gone.txt"), &dangling).unwrap();
    add(dangling, Expect::Skipped("dangling symlink"));

    // Permissions (as root they do not hold: then these load).
    let locked = w("locked.txt", b"Locked\n\nBody.");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    add(locked, Expect::SkippedIfUnreadable("ermission"));
    let inside = w("locked-dir/inside.txt", b"Inside\n\nBody.");
    let locked_dir = inside.parent().unwrap().to_path_buf();
    std::fs::set_permissions(&locked_dir, std::fs::Permissions::from_mode(0o000)).unwrap();
    add(locked_dir, Expect::SkippedIfUnreadable("ermission"));

    // Depth and names.
    let deep = format!("{}leaf.txt", "n/".repeat(300));
    add(
        w(&deep, b"Leaf\n\nBody."),
        Expect::Loads(|a| {
            assert!(a[0].id.starts_with("n/n/") && a[0].id.ends_with("/leaf.txt"));
            assert_eq!(a[0].id.matches('/').count(), 300);
        }),
    );
    add(
        write_raw(dir, b"caf\xe9.txt", b"Latin name\n\nBody."),
        Expect::Loads(|a| assert_eq!(a[0].id, "caf\u{FFFD}.txt")),
    );
    add(
        write_raw(dir, b"\xff-dir/inner.txt", b"Inner\n\nBody."),
        Expect::Loads(|a| assert_eq!(a[0].id, "\u{FFFD}-dir/inner.txt")),
    );
    add(
        write_raw(dir, b"esc-\x1b]0;pwned\x07.txt", b"Escaped name\n\nBody."),
        Expect::Loads(|a| assert_eq!(a[0].id, "esc-\u{FFFD}]0;pwned\u{FFFD}.txt")),
    );
    add(
        write_raw(dir, b"two\nlines\t.txt", b"Two lines\n\nBody."),
        Expect::Loads(|a| assert_eq!(a[0].id, "two\u{FFFD}lines\u{FFFD}.txt")),
    );
    cases
}

const ZERO_WIDTH: &str = "Zero\u{200b}width\u{200d}title\n\nJoin\u{200c}ers \u{feff}and e\u{301} combining n\u{303}\u{302}\u{323} Z\u{351}\u{34b}\u{35b}\u{489}algo.";
const RTL: &str = "\u{645}\u{631}\u{62d}\u{628}\u{627} \u{628}\u{627}\u{644}\u{639}\u{627}\u{644}\u{645}\n\n\u{5e9}\u{5dc}\u{5d5}\u{5dd} \u{5e2}\u{5d5}\u{5dc}\u{5dd}. He said \u{200f}hello, \u{5e9}\u{5dc}\u{5d5}\u{5dd} 123.";
const CJK: &str = "\u{65e5}\u{672c}\u{8a9e}\u{306e}\u{30bf}\u{30a4}\u{30c8}\u{30eb} \u{1f389}\n\n\u{4e2d}\u{6587}\u{6bb5}\u{843d}\u{ff0c}\u{5305}\u{542b} \u{1f469}\u{200d}\u{1f469}\u{200d}\u{1f467}\u{200d}\u{1f466} \u{1f1fa}\u{1f1f3} and \u{d55c}\u{ad6d}\u{c5b4}.";

/// The one article loaded from `text` has its title and first paragraph.
fn title_then_body(a: &[&Article], text: &str) {
    let (title, body) = text.split_once("\n\n").unwrap();
    assert_eq!((a[0].title.as_str(), a[0].paragraphs[0].as_str()), (title, body));
}
