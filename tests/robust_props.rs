//! Issue 6: property tests of the pure parsing paths on arbitrary input: the
//! sanitiser, the file parser (text, JSON, JSONL), the dateline parser and the
//! analysis (the query parser's are in `query_props.rs`). Case counts are
//! bounded so the whole file runs in a few seconds.

mod common;

use byline::analysis::{Gazetteer, Span, analyze};
use byline::store::{self, Article, Date, Outcome};
use common::{terminal_controls, terminal_controls_but_tab};
use proptest::prelude::*;

/// Pieces that make the parsers' interesting cases likely in random text.
const TEXT_BITS: &[&str] = &[
    "\n",
    "\n\n",
    "\r",
    "\r\n",
    "\t",
    " ",
    "  ",
    "By ",
    "by ",
    "\u{2022} ",
    "Posted ",
    "April ",
    "15, ",
    "2017",
    "2017-04-15",
    "Monday, ",
    "Latest News",
    "Read more",
    "Advertisement",
    "Sergei Lavrov",
    "Nikki Haley",
    "Russia",
    "the United States",
    "Mr. ",
    "said",
    " told reporters",
    ", ",
    ". ",
    "\"",
    "\u{201c}",
    "\u{201d}",
    "\u{2018}",
    "\u{2019}",
    "'",
    "\u{ab}",
    "\u{bb}",
    "\u{2039}",
    "\u{203a}",
    "\u{300c}",
    "\u{300d}",
    "...",
    "\u{2026}",
    "-",
    "\u{2014}",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    "\u{1b}",
    "\u{1b}[",
    "\u{1b}]",
    "\u{1b}\\",
    "\u{7}",
    "\u{9b}",
    "\u{9c}",
    "\u{9d}",
    "\u{90}",
    "\u{85}",
    "\u{202e}",
    "\u{2067}",
    "\u{200d}",
    "\u{feff}",
    "\u{301}",
    "\u{fffd}",
    "\u{1f600}",
    "\u{65e5}",
    "\u{5e9}",
    "\0",
    "\u{7f}",
    "A",
    "Z",
    "x",
    "0",
    "9",
];

const JSON_BITS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\"title\"",
    "\"text\"",
    "\"body\"",
    "\"author\"",
    "\"id\"",
    "\"date\"",
    "\"url\"",
    "\"2017-04-15\"",
    "\"x\"",
    "1",
    "-0.5e3",
    "null",
    "true",
    "\\n",
    "\\u001b",
    "\\u009b",
    "\\u202e",
    "\\ud800",
    "\\\\",
    "\\\"",
    "\n",
    "\r",
    " ",
    "\u{1b}",
    "\u{9d}",
    "\u{9c}",
];

fn bits(from: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(from).prop_map(str::to_owned),
            1 => any::<char>().prop_map(String::from),
        ],
        0..max,
    )
    .prop_map(|v| v.concat())
}

/// Random text biased towards what the parsers look at.
fn texty() -> impl Strategy<Value = String> {
    prop_oneof![bits(TEXT_BITS, 120), any::<String>()]
}

/// Random bytes: raw, texty, or JSON-ish, sometimes behind a BOM.
fn file_bytes() -> impl Strategy<Value = Vec<u8>> {
    let body = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..400),
        bits(TEXT_BITS, 120).prop_map(String::into_bytes),
        bits(JSON_BITS, 120).prop_map(String::into_bytes),
        texty().prop_map(|s| s.encode_utf16().flat_map(u16::to_le_bytes).collect()),
    ];
    let bom = prop::sample::select(vec![&[][..], b"\xEF\xBB\xBF", b"\xFF\xFE", b"\xFE\xFF"]);
    (bom, body).prop_map(|(bom, body)| [bom, &body[..]].concat())
}

fn assert_inert(a: &Article) {
    for (field, text) in [
        ("id", a.id.as_str()),
        ("title", &a.title),
        ("author", a.author.as_deref().unwrap_or("")),
        ("url", a.url.as_deref().unwrap_or("")),
    ] {
        assert!(terminal_controls(text).is_empty(), "{field} {text:?}");
    }
    for p in &a.paragraphs {
        assert!(terminal_controls_but_tab(p).is_empty(), "paragraph {p:?}");
        assert!(!p.is_empty() && p.trim() == p, "paragraph {p:?}");
    }
}

proptest! {
    #![proptest_config(common::prop_config(512))]

    #[test]
    fn clean_leaves_nothing_a_terminal_acts_on(s in texty()) {
        let c = store::clean(&s);
        prop_assert!(terminal_controls_but_tab(&c.replace('\n', "")).is_empty(), "{:?}", c);
        prop_assert!(c.len() <= s.len());
        prop_assert_eq!(store::clean(&c), c.clone(), "idempotent");
        let line = store::one_line(&s);
        prop_assert!(terminal_controls(&line).is_empty(), "{:?}", line);
        prop_assert_eq!(line.trim(), line.as_str());
        let name = store::printable_name(&s);
        prop_assert!(terminal_controls(&name).is_empty());
        prop_assert_eq!(name.chars().count(), s.chars().count());
    }

    /// Text with no control, and no lead of a mis-encoded letter (`Ã`…`ô`, or
    /// `A`/`a` with a combining circumflex or tilde, which `clean` repairs).
    #[test]
    fn clean_keeps_ordinary_text_as_it_is(s in "[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\u{c2}-\u{f4}\u{302}\u{303}]{0,80}") {
        prop_assert_eq!(store::clean(&s), s.as_str());
    }

    #[test]
    fn parse_dateline_never_panics_and_gives_real_dates(s in texty()) {
        if let Some(d) = store::parse_dateline(&s) {
            prop_assert_eq!(Date::new(d.year, d.month, d.day), Some(d), "{:?}", s);
        }
    }

    #[test]
    fn parse_dateline_on_date_shaped_lines(
        words in prop::collection::vec(prop::sample::select(vec![
            "Posted", "Updated:", "on", "Monday,", "Tue", "Sept.", "February", "Feb", "May", "29", "29th,",
            "31", "0", "00", "1st", "2004", "2100", "1999", "0999", "99999", "10:30", "GMT", "UTC+1", "-",
            "/", "|", "(", ")", "+4", "\u{2022}", "2017-02-29", "2016-02-29T10:00", "2017-13-01",
        ]), 1..7),
    ) {
        let line = words.join(" ");
        if let Some(d) = store::parse_dateline(&line) {
            prop_assert_eq!(Date::new(d.year, d.month, d.day), Some(d), "{:?}", line);
            prop_assert!(d.to_string().len() == 10);
        }
    }
}

proptest! {
    #![proptest_config(common::prop_config(256))]

    #[test]
    fn parse_bytes_loads_or_skips_and_what_loads_is_inert(
        bytes in file_bytes(),
        ext in prop::sample::select(vec!["txt", "md", "json", "jsonl", "JSON"]),
    ) {
        match store::parse_bytes(&bytes, ext, "f.id") {
            Outcome::Loaded { articles, lossy, .. } => {
                prop_assert!(!articles.is_empty());
                for a in &articles {
                    assert_inert(a);
                    prop_assert_eq!(a.lossy, lossy);
                    prop_assert!(a.path.is_none());
                }
            }
            Outcome::Skipped(reason) => {
                prop_assert!(!reason.is_empty());
                prop_assert!(terminal_controls(&reason).is_empty(), "{:?}", reason);
            }
        }
    }
}

/// Text a quote finder finds hard: marks of every kind, capitalised runs,
/// speech verbs, no spaces at all. `left_single` adds U+2018 (see below).
fn quotey_paragraph(left_single: bool) -> impl Strategy<Value = String> {
    const QUOTE_BITS: &[&str] = &[
        "\"",
        "\"",
        "\u{201c}",
        "\u{201d}",
        "\u{2019}",
        "'",
        "\u{ab}",
        "\u{bb}",
        "\u{2039}",
        "\u{203a}",
        "\u{201e}",
        "\u{300c}",
        "\u{300d}",
        " ",
        " ",
        " ",
        ", ",
        ". ",
        "said ",
        " says",
        "according to ",
        "told ",
        "Sergei Lavrov",
        "Lavrov",
        "Mr. ",
        "President ",
        "Donald Trump",
        "He",
        "She",
        "They",
        "Russia",
        "UN",
        "U.S.",
        "A",
        "B",
        "The",
        "Big",
        "Red",
        "Dog",
        "x",
        "e\u{301}",
        "\u{65e5}\u{672c}",
        "\u{1f600}",
        "\u{200d}",
        "\t",
        "\u{a0}",
        "'s",
        "-",
        "\u{2014}",
    ];
    let with_left: &'static [&'static str] = &["\u{2018}", " \u{2018}", "\u{2018}Hi\u{2019} "];
    let text = bits(QUOTE_BITS, 80);
    let left = prop::collection::vec(
        prop_oneof![
            bits(QUOTE_BITS, 8),
            prop::sample::select(with_left).prop_map(str::to_owned)
        ],
        0..12,
    )
    .prop_map(|v| v.concat());
    prop_oneof![
        4 => if left_single { left.boxed() } else { text.boxed() },
        1 => any::<String>()
            .prop_map(move |s| {
                let s = s.replace(['\n', '\r'], " ");
                if left_single { s } else { s.replace('\u{2018}', "\"") }
            })
            .boxed(),
    ]
}

fn check_span(paragraphs: &[String], span: Span) -> Result<(), TestCaseError> {
    prop_assert!(span.paragraph < paragraphs.len(), "{:?}", span);
    let p = &paragraphs[span.paragraph];
    prop_assert!(
        span.start <= span.end && span.end <= p.len(),
        "{:?} in {} bytes",
        span,
        p.len()
    );
    prop_assert!(
        p.is_char_boundary(span.start) && p.is_char_boundary(span.end),
        "{:?} in {:?}",
        span,
        p
    );
    Ok(())
}

fn check_analysis(paragraphs: &[String]) -> Result<(), TestCaseError> {
    let a = analyze(Gazetteer::builtin(), paragraphs);
    for m in &a.mentions {
        check_span(paragraphs, m.span)?;
        prop_assert!(m.entity < a.entities.len());
    }
    for q in &a.quotes {
        check_span(paragraphs, q.span)?;
        let p = &paragraphs[q.span.paragraph];
        prop_assert_eq!(&q.text, &p[q.span.start..q.span.end]);
        prop_assert!(q.speaker.is_none_or(|s| s < a.entities.len()));
    }
    let sorted = |spans: Vec<Span>| {
        spans
            .windows(2)
            .all(|w| (w[0].paragraph, w[0].start) <= (w[1].paragraph, w[1].start))
    };
    prop_assert!(
        sorted(a.mentions.iter().map(|m| m.span).collect()),
        "mentions unsorted: {:?}",
        a.mentions
    );
    prop_assert!(
        sorted(a.quotes.iter().map(|q| q.span).collect()),
        "quotes unsorted"
    );
    Ok(())
}

proptest! {
    #![proptest_config(common::prop_config(160))]

    #[test]
    fn analyze_spans_are_in_bounds_on_char_boundaries_and_sorted(
        paragraphs in prop::collection::vec(quotey_paragraph(false), 0..5),
    ) {
        check_analysis(&paragraphs)?;
    }

    /// A single quote's text starts after its opening mark, which is three
    /// bytes for `‘`: `analyze(["‘Hi’ "])` once sliced inside the char and panicked.
    #[test]
    fn analyze_survives_left_single_curly_quotes(
        paragraphs in prop::collection::vec(quotey_paragraph(true), 1..4),
    ) {
        check_analysis(&paragraphs)?;
    }
}

/// Found by a soak (`BYLINE_PROPTEST_SCALE=1000`): a title after a hyphen that opens the
/// paragraph made the subject finder look before the first token (an index of `usize::MAX`).
#[test]
fn analyze_survives_a_hyphen_opening_the_paragraph() {
    for p in ["-President said \"\u{2019}", "- Chairman said \"Yes\"", "-"] {
        check_analysis(&[p.to_owned()]).unwrap();
    }
}
