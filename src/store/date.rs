//! Datelines: `Posted April 15, 2017`, `Monday, 17 Apr, 2017`, `2017-04-15`…

use std::fmt;

/// A calendar date; articles need no time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A date only if it exists in the calendar.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        ((1000..=9999).contains(&year) && (1..=days).contains(&day)).then_some(Date { year, month, day })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The days of the week, lowercase, Monday first (also what dates an
/// undated story, `search::stories`).
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Words a dateline may carry besides the date itself.
const FILLER: [&str; 9] = [
    "posted",
    "published",
    "updated",
    "on",
    "at",
    "last",
    "modified",
    "date",
    "dated",
];

/// The month a word names (`March`, `mar`, `Sept.`), 1-12.
pub fn month_of(word: &str) -> Option<u8> {
    let w = word.to_ascii_lowercase();
    let w = w.trim_end_matches('.');
    if w.len() < 3 {
        return None;
    }
    let pos = MONTHS
        .iter()
        .position(|m| *m == w || (m.starts_with(w) && (w.len() == 3 || w == "sept")))?;
    Some(pos as u8 + 1)
}

fn is_weekday(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    let w = w.trim_end_matches('.');
    w.len() >= 3 && WEEKDAYS.iter().any(|d| *d == w || d.starts_with(w))
}

/// A time of day or zone such as `10:30`, `am`, `GMT`, `UTC+1`.
fn is_time(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    (w.contains(':') && w.chars().all(|c| c.is_ascii_digit() || matches!(c, ':' | '.')))
        || matches!(
            w.as_str(),
            "am" | "pm" | "a.m." | "p.m." | "gmt" | "bst" | "utc" | "et" | "est" | "edt" | "pt"
        )
        || w.starts_with("utc+")
        || w.starts_with("gmt+")
}

/// Parses a whole line as a dateline, or `None` when it is anything else
/// (a sentence that merely contains a date is not a dateline).
pub fn parse_dateline(line: &str) -> Option<Date> {
    let line = line.trim();
    if line.is_empty() || line.len() > 80 {
        return None;
    }
    if let Some(d) = parse_iso(line) {
        return Some(d);
    }
    let mut day = None;
    let mut month = None;
    let mut year = None;
    for raw in line.split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '-' | '/')) {
        let word = raw.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | '•' | '·'));
        if word.is_empty() {
            continue;
        }
        let lower = word.to_ascii_lowercase();
        if FILLER.contains(&lower.trim_end_matches(':')) || is_weekday(word) || is_time(word) {
            continue;
        }
        if let Some(m) = month_of(word) {
            if month.replace(m).is_some() {
                return None;
            }
            continue;
        }
        let digits = lower.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h', '.']);
        match number(digits) {
            Some(n) if digits.len() == 4 && year.is_none() => year = Some(n),
            Some(n) if digits.len() <= 2 && day.is_none() && (1..=31).contains(&n) => day = Some(n as u8),
            _ => return None,
        }
    }
    Date::new(year?, month?, day?)
}

/// Plain ASCII digits only: `str::parse` would also take a sign (`+4`).
fn number(digits: &str) -> Option<u16> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// `2017-04-15`, optionally followed by a time (`T10:00:00Z` or ` 10:00`).
fn parse_iso(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    if b.len() > 10 && !matches!(b[10], b'T' | b' ') {
        return None;
    }
    let num = |r: std::ops::Range<usize>| number(s.get(r)?);
    Date::new(num(0..4)?, num(5..7)? as u8, num(8..10)? as u8)
}

/// A date field from structured data (JSON): ISO first, then the dateline forms.
pub fn parse_date_field(s: &str) -> Option<Date> {
    parse_iso(s.trim()).or_else(|| parse_dateline(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: u16, m: u8, day: u8) -> Option<Date> {
        Date::new(y, m, day)
    }

    #[test]
    fn seed_datelines() {
        assert_eq!(parse_dateline("Posted April 15, 2017"), d(2017, 4, 15));
        assert_eq!(parse_dateline("Monday, 17 Apr, 2017"), d(2017, 4, 17));
    }

    #[test]
    fn common_forms() {
        assert_eq!(parse_dateline("2017-04-15"), d(2017, 4, 15));
        assert_eq!(parse_dateline("2017-04-15T08:30:00Z"), d(2017, 4, 15));
        assert_eq!(parse_dateline("15 April 2017"), d(2017, 4, 15));
        assert_eq!(parse_dateline("Sept. 3rd, 2004"), d(2004, 9, 3));
        assert_eq!(parse_dateline("Updated: Tue 1 Feb 2005 10:30 GMT"), d(2005, 2, 1));
        assert_eq!(parse_dateline("February 29, 2004"), d(2004, 2, 29));
    }

    #[test]
    fn rejects_non_datelines() {
        assert_eq!(parse_dateline("February 30, 2004"), None);
        assert_eq!(parse_dateline("The attack on April 4, 2017 killed many"), None);
        assert_eq!(parse_dateline("May"), None);
        assert_eq!(parse_dateline("2017"), None);
        assert_eq!(parse_dateline("2017-+4-15"), None);
        assert_eq!(parse_dateline("April +5, 2017"), None);
        assert_eq!(
            parse_dateline("Still, Washington is not standing in the way."),
            None
        );
    }
}
