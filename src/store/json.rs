//! JSON (`.json`: an object or an array of objects) and JSON Lines (`.jsonl`).

use super::article::{Article, title_from_text};
use super::date::parse_date_field;
use super::sanitize::{clean, one_line};
use serde::Deserialize;

/// The fields byline reads from a record; others are ignored.
#[derive(Deserialize)]
struct Record {
    title: Option<String>,
    text: Option<String>,
    body: Option<String>,
    content: Option<String>,
    date: Option<String>,
    author: Option<String>,
    url: Option<String>,
    id: Option<serde_json::Value>,
}

/// The records of a JSON or JSONL file that could be read, and a note on
/// those that could not (`None` when every one could).
#[derive(Debug)]
pub struct Records {
    pub articles: Vec<Article>,
    pub left_out: Option<String>,
}

/// Parses a `.json` file's text into articles; `file_id` names records without an id.
pub fn parse_json(text: &str, file_id: &str) -> Result<Records, String> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))?;
    let values = match value {
        serde_json::Value::Array(items) => items,
        v @ serde_json::Value::Object(_) => vec![v],
        _ => return Err("JSON is neither an object nor an array of objects".into()),
    };
    let records = (values.into_iter().enumerate())
        .map(|(n, v)| record(v, file_id, n).map_err(|e| format!("record {n}: {e}")));
    keep_readable(records, "records")
}

/// Parses a `.jsonl` file: one record a non-empty line.
pub fn parse_jsonl(text: &str, file_id: &str) -> Result<Records, String> {
    let records = (text.lines().enumerate())
        .filter(|(_, l)| !l.trim().is_empty())
        .enumerate()
        .map(|(n, (line_no, line))| {
            let v =
                serde_json::from_str(line).map_err(|e| format!("line {}: invalid JSON: {e}", line_no + 1))?;
            record(v, file_id, n).map_err(|e| format!("line {}: {e}", line_no + 1))
        });
    keep_readable(records, "lines")
}

/// One bad record (a missing field, a broken line) does not cost the file's
/// other records: they load, and the note names the first few left out. A
/// file none of whose records can be read is skipped with the first reason.
fn keep_readable(
    records: impl Iterator<Item = Result<Article, String>>,
    unit: &str,
) -> Result<Records, String> {
    const NAMED: usize = 3;
    let (mut articles, mut errors, mut bad) = (Vec::new(), Vec::new(), 0);
    for r in records {
        match r {
            Ok(a) => articles.push(a),
            Err(e) => {
                bad += 1;
                if errors.len() < NAMED {
                    errors.push(e);
                }
            }
        }
    }
    if articles.is_empty() && !errors.is_empty() {
        return Err(errors.swap_remove(0));
    }
    let more = if bad > NAMED {
        format!("; {} more", bad - NAMED)
    } else {
        String::new()
    };
    let left_out = (bad > 0).then(|| {
        let total = articles.len() + bad;
        format!("{bad} of {total} {unit} left out: {}{more}", errors.join("; "))
    });
    Ok(Records { articles, left_out })
}

fn record(value: serde_json::Value, file_id: &str, n: usize) -> Result<Article, String> {
    let r: Record = serde_json::from_value(value).map_err(|e| e.to_string())?;
    let body = r
        .text
        .or(r.body)
        .or(r.content)
        .ok_or("no text, body or content field")?;
    let id = match r.id {
        Some(serde_json::Value::String(s)) => Some(one_line(&s)).filter(|s| !s.is_empty()),
        Some(serde_json::Value::Number(num)) => Some(num.to_string()),
        _ => None,
    }
    .unwrap_or_else(|| format!("{file_id}#{n}"));
    let paragraphs = paragraphs(&clean(&body));
    // Fields shown on one line: a line break or tab inside becomes a space.
    let field = |s: Option<String>| s.map(|s| one_line(&s)).filter(|s| !s.is_empty());
    Ok(Article {
        id,
        path: None,
        title: field(r.title).unwrap_or_else(|| title_from_text(&paragraphs)),
        date: r
            .date
            .as_deref()
            .map(one_line)
            .as_deref()
            .and_then(parse_date_field),
        author: field(r.author),
        url: field(r.url),
        paragraphs,
        lossy: false,
    })
}

/// Paragraphs are separated by blank lines (whitespace only, as in plain
/// text); each is joined onto one line with single spaces.
pub(super) fn paragraphs(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in body.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            continue;
        }
        for word in line.split_whitespace() {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}
