//! Quote and speaker accuracy against PolNeAR, US political news whose
//! attributions were annotated by other people (source, cue and content
//! spans). The corpus is not in the repository, so these tests are ignored:
//!
//! ```sh
//! BYLINE_POLNEAR=../shared/corpora/polnear cargo test --release --test analysis_polnear -- --ignored --nocapture
//! ```
//!
//! `train/` is for development (`BYLINE_SCORE_VERBOSE=1` prints its misses);
//! `dev/` is held out, so only its totals are ever printed.
//!
//! Gold: every quoted segment (text between quotation marks, at least two
//! words) inside the Content span of an attribution that has a Source span.
//! A segment under several attributions belongs to the one with the shortest
//! content (the innermost). The source *names someone* when it holds a
//! capitalised word that is not a pronoun, determiner, title or party word
//! and whose lowercase form is not used as an ordinary word in the article
//! (`Officials said` opens a sentence; `Trump` is never lowercase). Other
//! sources (`he`, `the club`, `a spokesman`) expect no name: they count for
//! quotes found, and a name given there is shown but not scored, since
//! PolNeAR has no coreference to check it against.
//!
//! A speaker is right when the predicted entity's name, an alias or its
//! surname appears (as whole words) in the source span; a name that does not
//! is wrong; no name is an abstention.

mod analysis_support;

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use analysis_support::paragraphs;
use byline::analysis::{ArticleAnalysis, Gazetteer, analyze};

fn root() -> PathBuf {
    std::env::var_os("BYLINE_POLNEAR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/polnear"),
        PathBuf::from,
    )
}

#[test]
#[ignore = "needs PolNeAR: BYLINE_POLNEAR=/path/to/polnear cargo test --test analysis_polnear -- --ignored"]
fn polnear_train() {
    run("train", std::env::var_os("BYLINE_SCORE_VERBOSE").is_some());
}

#[test]
#[ignore = "needs PolNeAR: BYLINE_POLNEAR=/path/to/polnear cargo test --test analysis_polnear -- --ignored"]
fn polnear_dev() {
    // Held out: never print its misses.
    run("dev", false);
}

fn run(split: &str, verbose: bool) {
    let dir = root().join(split);
    if !dir.join("attributions").is_dir() {
        eprintln!("skipping: {} not found (set BYLINE_POLNEAR)", dir.display());
        return;
    }
    let s = score(&dir);
    println!("polnear {split}: {}", s.summary());
    if verbose {
        print!("{}", s.report);
    }
    assert!(s.gold > 0, "no gold quotes read from {}", dir.display());
}

/// One gold quote: where its text starts, its first words, the source span.
struct Gold {
    at: usize,
    start: String,
    source: String,
    named: bool,
    opens_content: bool,
}

#[derive(Default)]
struct Score {
    files: usize,
    gold: usize,
    found: usize,
    named: usize,
    named_found: usize,
    right: usize,
    wrong: usize,
    abstained: usize,
    unnamed_found: usize,
    unnamed_given_name: usize,
    opening: usize,
    opening_found: usize,
    opening_right: usize,
    opening_named: usize,
    report: String,
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        100.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

impl Score {
    fn summary(&self) -> String {
        format!(
            "{} articles, {} gold quotes; found {} ({:.1}%); named sources {} found {}: right {} ({:.1}%), \
             wrong names {} ({:.1}%), abstained {} ({:.1}%); unnamed sources found {} (given a name: {}); \
             content opening with a mark: {} found {:.1}%, right {:.1}% of {} named",
            self.files,
            self.gold,
            self.found,
            pct(self.found, self.gold),
            self.named,
            self.named_found,
            self.right,
            pct(self.right, self.named_found),
            self.wrong,
            pct(self.wrong, self.named_found),
            self.abstained,
            pct(self.abstained, self.named_found),
            self.unnamed_found,
            self.unnamed_given_name,
            self.opening,
            pct(self.opening_found, self.opening),
            pct(self.opening_right, self.opening_named),
            self.opening_named,
        )
    }
}

fn score(dir: &Path) -> Score {
    let gaz = Gazetteer::builtin();
    let mut s = Score::default();
    let mut anns: Vec<String> = std::fs::read_dir(dir.join("attributions"))
        .expect("attributions")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".ann"))
        .collect();
    anns.sort();
    let mut seen = HashSet::new();
    for ann in anns {
        // `<base>_<annotator>.ann`: the first annotator in name order.
        let base = ann.trim_end_matches(".ann");
        let base = base.rsplit_once('_').map_or(base, |(b, _)| b).to_string();
        if !seen.insert(base.clone()) {
            continue;
        }
        let file = format!("{base}.txt");
        let Ok(text) = std::fs::read_to_string(dir.join("text").join(&file)) else {
            continue;
        };
        let ann_text = std::fs::read_to_string(dir.join("attributions").join(&ann)).expect("ann");
        let gold = gold_quotes(&text, &ann_text);
        let analysis = analyze(gaz, &paragraphs(&text));
        s.files += 1;
        tally(&mut s, &file, &gold, &analysis);
    }
    s
}

fn tally(s: &mut Score, file: &str, gold: &[Gold], analysis: &ArticleAnalysis) {
    let mut used = vec![false; analysis.quotes.len()];
    for g in gold {
        s.gold += 1;
        s.named += usize::from(g.named);
        s.opening += usize::from(g.opens_content);
        s.opening_named += usize::from(g.opens_content && g.named);
        let want = normalise(&g.start);
        let hit =
            (0..analysis.quotes.len()).find(|&i| !used[i] && normalise(&analysis.quotes[i].text) == want);
        let Some(i) = hit else {
            let _ = writeln!(s.report, "MISSING  {file}\t{}\t{:?}", g.start, g.source);
            continue;
        };
        used[i] = true;
        s.found += 1;
        s.opening_found += usize::from(g.opens_content);
        let speaker = analysis.quotes[i].speaker;
        let got = speaker.map_or("-", |e| analysis.entities[e].name.as_str());
        if !g.named {
            s.unnamed_found += 1;
            s.unnamed_given_name += usize::from(speaker.is_some());
            continue;
        }
        s.named_found += 1;
        match speaker {
            None => {
                s.abstained += 1;
                let role = analysis.quotes[i].role.as_deref().unwrap_or("");
                let _ = writeln!(
                    s.report,
                    "ABSTAIN  {file}\t{}\twant {:?} role {role:?}",
                    g.start, g.source
                );
            }
            Some(e) if names_in(analysis, e, &g.source) => {
                s.right += 1;
                s.opening_right += usize::from(g.opens_content);
            }
            Some(_) => {
                s.wrong += 1;
                let cue = analysis.quotes[i].cue.as_deref().unwrap_or("-");
                let _ = writeln!(
                    s.report,
                    "WRONG    {file}\t{}\twant {:?} got {got:?} cue {cue:?}",
                    g.start, g.source
                );
            }
        }
    }
}

/// Whether the entity's name, an alias or its surname appears in `source`.
fn names_in(analysis: &ArticleAnalysis, e: usize, source: &str) -> bool {
    let ent = &analysis.entities[e];
    let src = format!(" {} ", words(source).join(" "));
    let surname = ent.name.split_whitespace().last().unwrap_or("").to_string();
    std::iter::once(&ent.name)
        .chain(&ent.aliases)
        .chain(std::iter::once(&surname))
        .map(|n| words(n).join(" "))
        .any(|n| !n.is_empty() && src.contains(&format!(" {n} ")))
}

/// Lowercase alphanumeric words, a possessive `'s` dropped.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == '-' || c == '—')
        .map(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w);
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Lowercase alphanumerics of the first five words, as `analysis_labels` matches.
fn normalise(text: &str) -> String {
    text.split_whitespace()
        .take(5)
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Capitalised words that do not name anyone.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "this",
    "that",
    "these",
    "those",
    "one",
    "some",
    "many",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "senator",
    "sens",
    "reps",
    "rep",
    "gov",
    "governor",
    "president",
    "secretary",
    "speaker",
    "us",
    "u.s",
    "american",
    "americans",
    "democratic",
    "republican",
    "gop",
    "democrat",
    "democrats",
    "republicans",
    "former",
    "both",
    "and",
    "in",
    "of",
    "for",
    "on",
    "at",
    "as",
    "but",
    "according",
    "who",
    "which",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Words that end the noun phrase a source opens with.
const PHRASE_ENDS: &[&str] = &[
    "of", "for", "from", "with", "at", "who", "which", "that", "in", "on", "to", "and", "or", "by",
];

/// Whether a word is a name: capitalised, not a function word, title or
/// party word, and never written lowercase in the article.
fn is_name(word: &str, lower_words: &HashSet<String>) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    // `Trump's`, `We've`: the word before the clitic.
    let w = ["s", "ve", "re", "ll", "d", "m"]
        .iter()
        .find_map(|c| {
            w.strip_suffix(&format!("'{c}"))
                .or_else(|| w.strip_suffix(&format!("’{c}")))
        })
        .unwrap_or(w);
    let lower = w.to_lowercase();
    w.chars().next().is_some_and(char::is_uppercase)
        && !NOT_NAMES.contains(&lower.as_str())
        && !lower_words.contains(&lower)
}

/// Whether a source span names someone (see the module doc): some piece
/// between commas or brackets opens with a noun phrase holding a name,
/// unless that phrase is a description (`the Florida senator`, `a White
/// House report`: a determiner and a lowercase head).
fn names_someone(source: &str, lower_words: &HashSet<String>) -> bool {
    source.split([',', '(', ')', ';', '—']).any(|chunk| {
        let phrase: Vec<&str> = chunk
            .split_whitespace()
            .take_while(|w| !PHRASE_ENDS.contains(w))
            .collect();
        let described = phrase
            .first()
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an"))
            && phrase.last().is_some_and(|w| w.starts_with(char::is_lowercase));
        !described && phrase.iter().any(|w| is_name(w, lower_words))
    })
}

/// Gold quotes of one article, in text order.
fn gold_quotes(text: &str, ann: &str) -> Vec<Gold> {
    // BRAT offsets count characters; slice by byte.
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    let slice = |a: usize, b: usize| &text[bytes[a.min(bytes.len() - 1)]..bytes[b.min(bytes.len() - 1)]];
    let lower_words: HashSet<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
        .map(str::to_string)
        .collect();
    let title_end = text.find('\n').unwrap_or(text.len());
    let mut spans = std::collections::HashMap::new();
    let mut events = Vec::new();
    for line in ann.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 2 {
            continue;
        }
        if f[0].starts_with('T') {
            let Some((_, ranges)) = f[1].split_once(' ') else {
                continue;
            };
            let pieces: Vec<(usize, usize)> = ranges
                .split(';')
                .filter_map(|r| {
                    let (a, b) = r.split_once(' ')?;
                    Some((a.parse().ok()?, b.parse().ok()?))
                })
                .collect();
            spans.insert(f[0].to_string(), pieces);
        } else if f[0].starts_with('E') {
            let roles: std::collections::HashMap<&str, &str> = f[1]
                .split_whitespace()
                .filter_map(|p| p.split_once(':'))
                .collect();
            if let (Some(c), Some(s)) = (roles.get("Content"), roles.get("Source")) {
                events.push((c.to_string(), s.to_string()));
            }
        }
    }
    // segment start (byte) → (content length, gold)
    let mut best: std::collections::BTreeMap<usize, (usize, Gold)> = Default::default();
    for (c, src) in events {
        let (Some(content), Some(source)) = (spans.get(&c), spans.get(&src)) else {
            continue;
        };
        let source: String = source
            .iter()
            .map(|&(a, b)| slice(a, b))
            .collect::<Vec<_>>()
            .join(" ");
        let len: usize = content.iter().map(|&(a, b)| b.saturating_sub(a)).sum();
        for (n, &(a, b)) in content.iter().enumerate() {
            let from = bytes[a.min(bytes.len() - 1)];
            for (at, seg) in segments(slice(a, b)) {
                let at = from + at;
                if at < title_end || seg.split_whitespace().count() < 2 {
                    continue;
                }
                let opens_content = n == 0 && text[from..at].trim_end_matches(['"', '“']).trim().is_empty()
                    || text[..at].trim_end_matches(['"', '“']).ends_with('\n');
                let g = Gold {
                    at,
                    start: seg.split_whitespace().take(5).collect::<Vec<_>>().join(" "),
                    named: names_someone(&source, &lower_words),
                    source: source.clone(),
                    opens_content,
                };
                if best.get(&at).is_none_or(|(l, _)| len < *l) {
                    best.insert(at, (len, g));
                }
            }
        }
    }
    let mut out: Vec<Gold> = best.into_values().map(|(_, g)| g).collect();
    out.sort_by_key(|g| g.at);
    out
}

/// Quoted segments of a content span: (byte offset of the text, text). A
/// segment ends at its closing mark, a line break or the span's end; nested
/// double quotes stay inside.
fn segments(content: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut depth = 0;
    let mut prev = ' ';
    for (i, c) in content.char_indices() {
        let opening = c == '“' || c == '"' && (depth == 0 || prev.is_whitespace() || prev == '(');
        let closing = c == '”' || c == '"' && !opening;
        if c == '\n' && depth > 0 {
            out.push((open.unwrap_or(0), &content[open.unwrap_or(0)..i]));
            open = None;
            depth = 0;
        } else if opening {
            if depth == 0 {
                open = Some(i + c.len_utf8());
            }
            depth += 1;
        } else if closing && depth > 0 {
            depth -= 1;
            if depth == 0 {
                let o = open.take().unwrap_or(0);
                out.push((o, &content[o..i]));
            }
        }
        prev = c;
    }
    if let Some(o) = open {
        out.push((o, &content[o..]));
    }
    out.into_iter()
        .map(|(o, s)| (o + s.len() - s.trim_start().len(), s.trim()))
        .filter(|(_, s)| !s.is_empty())
        .collect()
}
