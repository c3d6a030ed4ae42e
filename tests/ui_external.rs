//! Getting an article out: `o` opens its URL or file, `|` pipes its text to
//! a command typed in the status line, `y` copies it with OSC 52. The app
//! only asks; the terminal loop runs it (see `terminal.rs`).

mod common;

use byline::app::{App, External, Layer};
use byline::store::Article;
use common::app::{press, seeds_app, type_text};
use std::path::PathBuf;

fn app_of(articles: Vec<Article>) -> App {
    common::app::app_of(articles, 120, 40)
}

fn article(id: &str, url: Option<&str>, path: Option<&str>) -> Article {
    Article {
        id: id.into(),
        path: path.map(PathBuf::from),
        title: format!("Title of {id}"),
        date: None,
        author: None,
        url: url.map(str::to_owned),
        paragraphs: vec!["\"We will act\", said Jane Smith.".into(), "More text.".into()],
        lossy: false,
    }
}

/// What an OSC 52 sequence puts on the clipboard.
fn clipboard(seq: &str) -> String {
    let payload = seq
        .strip_prefix("\u{1b}]52;c;")
        .and_then(|s| s.strip_suffix('\u{7}'))
        .expect("an OSC 52 sequence");
    String::from_utf8(decode64(payload)).unwrap()
}

fn decode64(s: &str) -> Vec<u8> {
    const ABC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut bits = 0u32;
    let mut n = 0;
    let mut out = Vec::new();
    for c in s.bytes().filter(|&c| c != b'=') {
        bits = bits << 6 | ABC.iter().position(|&x| x == c).unwrap() as u32;
        n += 6;
        if n >= 8 {
            n -= 8;
            out.push((bits >> n) as u8);
        }
    }
    out
}

#[test]
fn o_opens_the_url_or_else_the_file() {
    let mut app = app_of(vec![
        article("a", Some("https://example.org/a"), Some("/data/a.json")),
        article("b", None, Some("/data/b.txt")),
    ]);
    press(&mut app, "o");
    assert_eq!(
        app.take_external(),
        Some(External::OpenUrl("https://example.org/a".into()))
    );
    assert_eq!(app.take_external(), None, "asked once");
    press(&mut app, "j o");
    assert_eq!(
        app.take_external(),
        Some(External::Edit(PathBuf::from("/data/b.txt")))
    );
    // Only web addresses go to the browser: a record's `url` could be anything.
    let mut odd = app_of(vec![article(
        "c",
        Some("--new-window=evil"),
        Some("/data/c.json"),
    )]);
    press(&mut odd, "o");
    assert_eq!(
        odd.take_external(),
        Some(External::Edit(PathBuf::from("/data/c.json")))
    );
    let mut seeds = seeds_app(120, 40);
    press(&mut seeds, "o");
    assert_eq!(seeds.take_external(), None);
    assert_eq!(seeds.message(), Some("this article has no URL or file"));
}

#[test]
fn bar_pipes_the_text_to_a_typed_command() {
    let mut app = app_of(vec![article("a", None, None)]);
    press(&mut app, "|");
    assert!(matches!(app.layer(), Layer::Command(_)));
    press(&mut app, "Ctrl-u");
    type_text(&mut app, "wc -l");
    press(&mut app, "Enter");
    assert!(matches!(app.layer(), Layer::Panes));
    let Some(External::Pipe { command, text }) = app.take_external() else {
        panic!("no pipe")
    };
    assert_eq!(command, "wc -l");
    assert_eq!(
        text,
        "Title of a\n\n\"We will act\", said Jane Smith.\n\nMore text.\n"
    );
    // Esc cancels; an empty command does nothing.
    press(&mut app, "| Esc");
    assert_eq!(app.take_external(), None);
    press(&mut app, "| Ctrl-u Enter");
    assert_eq!(app.take_external(), None);
}

#[test]
fn y_copies_the_id_and_title_or_the_quote_under_the_cursor() {
    let mut app = app_of(vec![article("a", None, None)]);
    press(&mut app, "y");
    let Some(External::Copy(seq)) = app.take_external() else {
        panic!("no copy")
    };
    assert_eq!(clipboard(&seq), "a: Title of a");
    assert_eq!(app.message(), Some("copied the article's id and title"));
    // The cursor on Jane Smith, who is not inside the quote: still the article.
    // On a mention inside a quote, the quote is copied with its speaker.
    let mut seeds = seeds_app(120, 40);
    press(&mut seeds, "Enter");
    let a = seeds.reader().article.unwrap();
    let body = seeds.corpus().body(a);
    let (m, q) = (0..body.analysis.mentions.len())
        .find_map(|m| {
            let span = body.analysis.mentions[m].span;
            let q = body.analysis.quotes.iter().position(|q| {
                q.span.paragraph == span.paragraph && q.span.start <= span.start && span.end <= q.span.end
            })?;
            Some((m, q))
        })
        .expect("a mention inside a quote");
    while seeds.reader().cursor != Some(m) {
        press(&mut seeds, "e");
    }
    press(&mut seeds, "y");
    let Some(External::Copy(seq)) = seeds.take_external() else {
        panic!("no copy")
    };
    let copied = clipboard(&seq);
    let quote = &body.analysis.quotes[q].text;
    assert!(copied.starts_with(&format!("“{quote}”")), "{copied}");
    assert!(copied.contains(&seeds.corpus().article(a).id), "{copied}");
}

/// The command line takes the whole status line: nothing of the status bar
/// under it (` 5/5 · filter: trump`) shows after the command.
#[test]
fn the_command_line_hides_the_status_bar_under_it() {
    let mut app = seeds_app(80, 24);
    press(&mut app, "/");
    type_text(&mut app, "said trump tillerson");
    press(&mut app, "Enter |");
    let Layer::Command(line) = app.layer() else {
        panic!("no command line")
    };
    let command = line.text().to_owned();
    let screen = common::app::screen_text(&app);
    let status = screen.lines().nth(23).unwrap();
    assert_eq!(status, format!(" pipe to: {command}"), "{screen}");
}
