//! Plain-text articles: title, dateline, byline, paragraphs, trailing boilerplate.

use super::date::{Date, parse_dateline};

/// The parts of a plain-text article.
#[derive(Debug, Default, PartialEq)]
pub struct Parsed {
    pub title: String,
    pub date: Option<Date>,
    pub author: Option<String>,
    pub paragraphs: Vec<String>,
}

/// How many lines after the title may hold the dateline or a top byline.
const HEADER_LINES: usize = 3;

/// Lines sites append after the article that are not part of it.
const BOILERPLATE: [&str; 10] = [
    "latest news",
    "related news",
    "related articles",
    "related stories",
    "read more",
    "more news",
    "advertisement",
    "share this article",
    "top stories",
    "most read",
];

/// Parses clean text (see `sanitize::clean`): the first non-empty line is the title.
pub fn parse(text: &str) -> Parsed {
    let mut lines = text
        .lines()
        .map(str::trim_end)
        .skip_while(|l| l.trim().is_empty());
    // The title is shown on one line: a tab in it becomes a space.
    let title = lines
        .next()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    let rest: Vec<&str> = lines.collect();

    let mut date = None;
    let mut author = None;
    let mut body_start = 0;
    for (i, line) in rest.iter().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if i >= HEADER_LINES + 2 {
            break;
        }
        if date.is_none()
            && let Some(d) = parse_dateline(line)
        {
            date = Some(d);
            body_start = i + 1;
        } else if author.is_none()
            && let Some(a) = byline(line)
        {
            author = Some(a);
            body_start = i + 1;
        } else {
            break;
        }
    }

    let mut paragraphs = split_paragraphs(&rest[body_start..]);
    strip_trailer(&mut paragraphs, &mut author);
    Parsed {
        title,
        date,
        author,
        paragraphs,
    }
}

/// Joins runs of non-blank lines; a paragraph's lines are joined by a space.
/// Each paragraph is made at its size: grown line by line, it was copied
/// several times.
fn split_paragraphs(lines: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for block in lines.split(|l| l.trim().is_empty()).filter(|b| !b.is_empty()) {
        let mut paragraph = String::with_capacity(block.iter().map(|l| l.trim().len() + 1).sum());
        for line in block {
            if !paragraph.is_empty() {
                paragraph.push('\n');
            }
            paragraph.push_str(line.trim());
        }
        out.push(paragraph);
    }
    out
}

/// Drops trailing boilerplate, a trailing byline (taken as the author when
/// none was found at the top) and a trailing block of related headlines.
fn strip_trailer(paragraphs: &mut Vec<String>, author: &mut Option<String>) {
    while paragraphs.len() > 1 {
        let last = paragraphs.last().expect("len > 1");
        if let Some(a) = last.lines().count().eq(&1).then(|| byline(last)).flatten() {
            author.get_or_insert(a);
        } else if !(is_boilerplate(last) || is_headline_block(last)) {
            break;
        }
        paragraphs.pop();
    }
    for p in paragraphs.iter_mut() {
        if p.contains('\n') {
            *p = p.replace('\n', " ");
        }
    }
}

fn is_boilerplate(paragraph: &str) -> bool {
    let p = paragraph.trim().trim_end_matches(':');
    // Every entry is ASCII, and no character beyond ASCII lower-cases to
    // one of their letters: a longer paragraph is none of them, and is not
    // lower-cased whole (two of these a file, most of them a whole body).
    p.len() <= LONGEST_BOILERPLATE && BOILERPLATE.contains(&p.to_lowercase().as_str())
}

/// The longest of `BOILERPLATE`, in bytes.
const LONGEST_BOILERPLATE: usize = {
    let (mut i, mut longest) = (0, 0);
    while i < BOILERPLATE.len() {
        if BOILERPLATE[i].len() > longest {
            longest = BOILERPLATE[i].len();
        }
        i += 1;
    }
    longest
};

/// Two or more short lines, none ending like a sentence: a list of related headlines.
/// One such line alone is too weak a sign to drop text.
fn is_headline_block(paragraph: &str) -> bool {
    let lines: Vec<&str> = paragraph.lines().collect();
    lines.len() >= 2
        && lines
            .iter()
            .all(|l| l.chars().count() <= 120 && !ends_sentence(l) && starts_upper(l))
}

fn starts_upper(line: &str) -> bool {
    line.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| !c.is_lowercase())
}

fn ends_sentence(line: &str) -> bool {
    let core = line.trim_end_matches(['"', '\u{201d}', '\u{2019}', ')', ']', '\u{bb}']);
    core.ends_with(['.', '!', '?', ':', ';', '\u{2026}'])
}

/// `• Salvatore Jensen`, `By Jane Smith`, `By Jane Smith, Reuters`: a short
/// run of capitalised words behind a byline marker.
fn byline(line: &str) -> Option<String> {
    let line = line.trim();
    let rest = line
        .strip_prefix(['•', '·', '—', '–'])
        .or_else(|| line.strip_prefix("By "))
        .or_else(|| line.strip_prefix("BY "))
        .or_else(|| line.strip_prefix("by "))?
        .trim();
    let name = rest.split(',').next().unwrap_or("").trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let is_name_word = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-' | '\u{2019}'))
    };
    ((1..=5).contains(&words.len()) && words.iter().all(is_name_word)).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_date_paragraphs() {
        let p = parse("\n\nTitle here\n\nPosted April 15, 2017\n\nFirst para\ncontinues.\n\nSecond.\n");
        assert_eq!(p.title, "Title here");
        assert_eq!(p.date.map(|d| d.to_string()).as_deref(), Some("2017-04-15"));
        assert_eq!(p.paragraphs, ["First para continues.", "Second."]);
    }

    #[test]
    fn trailing_byline_boilerplate_and_headlines() {
        let p = parse("T\n\nBody one.\n\nBody two.\n\n  • Salvatore Jensen");
        assert_eq!(p.author.as_deref(), Some("Salvatore Jensen"));
        assert_eq!(p.paragraphs.len(), 2);
        let p = parse("T\n\nBody.\n\nLatest News");
        assert_eq!(p.paragraphs, ["Body."]);
        let p = parse("T\n\nBody.\n\n  SHARE THIS ARTICLE:");
        assert_eq!(p.paragraphs, ["Body."]);
        let p = parse("T\n\nBody.\n\nShare this article now");
        assert_eq!(p.paragraphs.len(), 2);
        let p = parse("T\n\nBody.\n\nUS Drops Bomb On Tunnels\nTrump declares relations at 'all-time low'");
        assert_eq!(p.paragraphs, ["Body."]);
    }

    #[test]
    fn keeps_a_short_last_sentence_and_single_line_bodies() {
        let p = parse("T\n\nBody.\n\nIt was not the first meeting");
        assert_eq!(p.paragraphs.len(), 2);
        let p = parse("Only a title");
        assert_eq!(p.title, "Only a title");
        assert!(p.paragraphs.is_empty());
    }

    #[test]
    fn top_byline() {
        let p = parse("T\nBy Jane Smith, Reuters\n\nBody.");
        assert_eq!(p.author.as_deref(), Some("Jane Smith"));
        assert_eq!(p.paragraphs, ["Body."]);
    }
}
