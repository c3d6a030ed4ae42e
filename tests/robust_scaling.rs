//! Issue 6: no quadratic blow-up. Each pure stage is timed on adversarial
//! input of growing size (each size 4x the last); the time must grow near
//! linearly: t(4n) < 10 t(n), plus a little absolute slack. Each time is the
//! minimum of a few runs of this thread's CPU time (not wall time), so a busy
//! machine does not make the test flaky.
//! `cargo test --test robust_scaling -- --nocapture` prints the timings.

use byline::analysis::{Gazetteer, analyze};
use byline::search::Query;
use byline::store::{self, Outcome};
use std::time::Duration;

const SIZES: [usize; 3] = [64 << 10, 256 << 10, 1 << 20];
/// Allowed growth for 4x the input: linear is 4, n log n a little more,
/// quadratic 16.
const MAX_RATIO: f64 = 10.0;
/// Below this a timing is noise: only the ratio above it counts.
const SLACK: Duration = Duration::from_millis(20);

/// Repeats `unit` until the text is at least `n` bytes.
fn fill(unit: &str, n: usize) -> String {
    unit.repeat(n.div_ceil(unit.len()))
}

/// CPU time of the calling thread: other processes and the other tests of
/// this binary (run in parallel on few cores) do not count in it.
fn thread_cpu() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec for the call.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(ok, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)");
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// The fastest of a few runs (fewer when one run is already long).
fn min_time(runs: usize, f: &dyn Fn()) -> Duration {
    let mut best = Duration::MAX;
    for _ in 0..runs {
        let t = thread_cpu();
        f();
        best = best.min(thread_cpu() - t);
        if best > Duration::from_millis(400) {
            break;
        }
    }
    best
}

fn ms(t: Duration) -> String {
    format!("{:.1} ms", t.as_secs_f64() * 1e3)
}

/// Times `run` on `make(n)` for each of `sizes` (each 4x the last), failing
/// as soon as one step grows super-linearly; a step that looks too slow is
/// measured again with more runs before it fails, so one busy moment on a
/// shared machine does not fail the test.
fn assert_near_linear<T>(name: &str, sizes: [usize; 3], make: impl Fn(usize) -> T, run: impl Fn(&T)) {
    let inputs: Vec<T> = sizes.iter().map(|&n| make(n)).collect();
    let mut times = vec![min_time(3, &|| run(&inputs[0]))];
    for i in 1..sizes.len() {
        let mut t = min_time(2, &|| run(&inputs[i]));
        if t > times[i - 1].mul_f64(MAX_RATIO) + SLACK {
            times[i - 1] = times[i - 1].min(min_time(5, &|| run(&inputs[i - 1])));
            t = t.min(min_time(3, &|| run(&inputs[i])));
        }
        times.push(t);
        let shown: Vec<String> = times.iter().map(|&t| ms(t)).collect();
        assert!(
            t <= times[i - 1].mul_f64(MAX_RATIO) + SLACK,
            "{name}: super-linear: {shown:?} for {:?} bytes",
            &sizes[..=i]
        );
    }
    let kib: Vec<String> = sizes
        .iter()
        .zip(&times)
        .map(|(n, &t)| format!("{}K {:>10}", n >> 10, ms(t)))
        .collect();
    eprintln!("{name:<52} {}", kib.join("  "));
}

/// One paragraph of `n` bytes of `unit`, or the same text as ~100-byte paragraphs.
fn paragraphs(unit: &str, many: bool, n: usize) -> Vec<String> {
    if many {
        vec![fill(unit, 100); n.div_ceil(100)]
    } else {
        vec![fill(unit, n)]
    }
}

fn time_analysis(cases: &[(&str, bool)], sizes: [usize; 3]) {
    let gazetteer = Gazetteer::builtin();
    for &(unit, many) in cases {
        let name = format!(
            "analyze {unit:?} in {}",
            if many {
                "100-byte paragraphs"
            } else {
                "one paragraph"
            }
        );
        assert_near_linear(
            &name,
            sizes,
            |n| paragraphs(unit, many, n),
            |p| {
                std::hint::black_box(analyze(gazetteer, p));
            },
        );
    }
}

#[test]
fn analysis_is_near_linear() {
    time_analysis(
        &[
            ("\"", false),
            ("\"", true),
            ("\" ", false),
            ("\u{201c}a\u{201d} ", true),
            ("\"Hi,\" said Sergei Lavrov. ", true),
            ("\"Open and never closed ", false),
            ("Aaa Bbb Ccc Ddd Eee ", false),
            ("Sergei Lavrov Donald Trump Nikki Haley ", false),
            ("x", false),
            ("AbcDefGhi", false),
        ],
        SIZES,
    );
}

/// Many quotes in one long paragraph (a text file with no blank lines is one
/// paragraph). The speaker finder once searched back to the paragraph's start
/// for every quote's sentence: in a debug build `“a” ` x 64 KB took 10 s.
#[test]
fn analysis_of_one_paragraph_full_of_quotes_is_near_linear() {
    time_analysis(
        &[
            ("\u{201c}a\u{201d} ", false),
            ("\"Hi,\" said Sergei Lavrov. ", false),
            ("\"a\" ", false),
        ],
        [4 << 10, 16 << 10, 64 << 10],
    );
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
            SIZES,
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
        assert_near_linear(name, SIZES, make, |s| {
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
            SIZES,
            |n| fill(unit, n),
            |s| {
                std::hint::black_box(Query::parse(s));
            },
        );
    }
}
