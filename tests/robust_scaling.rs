//! Issue 6: no quadratic blow-up. Each pure stage is timed on adversarial
//! input of growing size (each size 4x the last); the time must grow near
//! linearly: t(4n) < 10 t(n), plus a little absolute slack. Each time is the
//! minimum of a few runs so a busy machine does not make the test flaky.
//! `cargo test --test robust_scaling -- --nocapture` prints the timings.

use byline::analysis::{Gazetteer, analyze};
use byline::search::Query;
use byline::store::{self, Outcome};
use std::time::{Duration, Instant};

const SIZES: [usize; 3] = [64 << 10, 256 << 10, 1 << 20];
const RUNS: usize = 3;
/// Allowed growth for 4x the input: linear is 4, n log n a little more.
const MAX_RATIO: f64 = 10.0;
/// Below this a timing is noise: only the ratio above it counts.
const SLACK: Duration = Duration::from_millis(15);

/// Repeats `unit` until the text is at least `n` bytes.
fn fill(unit: &str, n: usize) -> String {
    unit.repeat(n.div_ceil(unit.len()))
}

fn min_time(f: &dyn Fn()) -> Duration {
    (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap()
}

/// Times `run` on `make(n)` for each size; fails on super-linear growth.
fn assert_near_linear<T>(name: &str, make: impl Fn(usize) -> T, run: impl Fn(&T)) {
    let times: Vec<Duration> = SIZES
        .iter()
        .map(|&n| {
            let input = make(n);
            min_time(&|| run(&input))
        })
        .collect();
    let ms: Vec<String> = times
        .iter()
        .map(|t| format!("{:.1} ms", t.as_secs_f64() * 1e3))
        .collect();
    eprintln!(
        "{name:<44} 64K {:>10}  256K {:>10}  1M {:>10}",
        ms[0], ms[1], ms[2]
    );
    for w in times.windows(2) {
        let limit = w[0].mul_f64(MAX_RATIO) + SLACK;
        assert!(
            w[1] <= limit,
            "{name}: super-linear: {ms:?} for inputs of {SIZES:?} bytes"
        );
    }
}

/// One paragraph of `n` bytes, and the same text as paragraphs of ~100 bytes.
fn one_and_many(unit: &'static str) -> [(String, Box<dyn Fn(usize) -> Vec<String>>); 2] {
    [
        (
            format!("analyze one paragraph of {unit:?}"),
            Box::new(move |n| vec![fill(unit, n)]),
        ),
        (
            format!("analyze many paragraphs of {unit:?}"),
            Box::new(move |n| {
                let per = unit.repeat(100usize.div_ceil(unit.len()));
                vec![per; n.div_ceil(100)]
            }),
        ),
    ]
}

#[test]
fn analysis_is_near_linear() {
    let gazetteer = Gazetteer::builtin();
    for unit in [
        "\"",
        "\" ",
        "\u{201c}a\u{201d} ",
        "\"Hi,\" said Sergei Lavrov. ",
        "\"Open and never closed ",
        "Aaa Bbb Ccc Ddd Eee ",
        "Sergei Lavrov Donald Trump Nikki Haley ",
        "He said she told them. ",
        "x",
        "AbcDefGhi",
    ] {
        for (name, make) in one_and_many(unit) {
            assert_near_linear(&name, make, |paragraphs| {
                std::hint::black_box(analyze(gazetteer, paragraphs));
            });
        }
    }
}

#[test]
fn cleaning_and_parsing_are_near_linear() {
    for (name, unit) in [
        ("clean plain text", "Plain words here. "),
        ("clean ESC [", "\u{1b}["),
        ("clean unterminated OSC lines", "\u{1b}]0;t\n"),
        ("clean C1 OSC introducers", "\u{9d}"),
        ("clean C1 OSC then ST", "\u{9d}\u{9c}"),
        ("clean bidi and CR", "\u{202e}\r"),
    ] {
        assert_near_linear(
            name,
            |n| fill(unit, n),
            |s| {
                std::hint::black_box(store::clean(s));
            },
        );
    }
    for (name, ext, make) in [
        (
            "parse text: one paragraph, no spaces",
            "txt",
            (|n| format!("T\n\n{}", "x".repeat(n))) as fn(usize) -> String,
        ),
        ("parse text: one-char lines", "txt", |n| fill("A\n", n)),
        ("parse text: blank-line paragraphs", "txt", |n| {
            fill("A b.\n\n", n)
        }),
        ("parse text: short capitalised lines", "txt", |n| {
            format!("T\n\nBody.\n\n{}", fill("Headline Here\n", n))
        }),
        ("parse text: bylines", "txt", |n| fill("By Jane Smith\n\n", n)),
        ("parse json: one long string", "json", |n| {
            format!("{{\"text\":\"{}\"}}", fill("a\\n\\n", n))
        }),
        ("parse json: many records", "json", |n| {
            format!(
                "[{}{{\"text\":\"x\"}}]",
                fill("{\"title\":\"T\",\"text\":\"x\"},", n)
            )
        }),
        ("parse jsonl: many lines", "jsonl", |n| {
            fill("{\"text\":\"x\"}\n", n)
        }),
    ] {
        assert_near_linear(name, make, |s| {
            let out = store::parse_bytes(s.as_bytes(), ext, "id");
            assert!(matches!(out, Outcome::Loaded { .. }), "{name}");
        });
    }
}

#[test]
fn query_parsing_is_near_linear() {
    for (name, unit) in [
        (
            "Query::parse words",
            "syria 'veto ^Russia !moab @sergei_lavrov #haley ",
        ),
        ("Query::parse no spaces", "@a_b"),
        ("Query::parse prefixes only", "!'"),
    ] {
        assert_near_linear(
            name,
            |n| fill(unit, n),
            |s| {
                std::hint::black_box(Query::parse(s));
            },
        );
    }
}
