//! Quote and speaker accuracy against human labels (`tests/labels/*.tsv`).
//! The seed score runs in every `cargo test`; the BBC score needs the corpus
//! (`BYLINE_BBC`, default: the shared corpora folder next to the project).

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use byline::analysis::{ArticleAnalysis, Gazetteer, analyze};
use common::paragraphs;

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn check(s: &Score, name: &str) {
    println!("{name}: {}", s.summary());
    if std::env::var_os("BYLINE_SCORE_VERBOSE").is_some() {
        print!("{}", s.report);
    }
    assert!(
        Score::pct(s.found, s.labels) >= 95.0,
        "{name}: too few quotes found\n{}",
        s.report
    );
    assert!(
        Score::pct(s.named_right, s.named) >= 95.0,
        "{name}: too few speakers right\n{}",
        s.report
    );
    assert_eq!(
        s.false_names, 0,
        "{name}: speakers named where the text names nobody\n{}",
        s.report
    );
}

#[test]
fn seeds_meet_the_accuracy_targets() {
    let labels = read_labels(&manifest().join("tests/labels/seeds.tsv"));
    let s = score(&manifest().join("seeds"), &labels);
    check(&s, "seeds");
}

fn bbc_root() -> PathBuf {
    std::env::var_os("BYLINE_BBC")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest().join("..").join("shared").join("corpora").join("bbc"))
}

#[test]
#[ignore = "needs the BBC corpus: BYLINE_BBC=/path/to/bbc cargo test --test analysis_labels -- --ignored"]
fn bbc_meets_the_accuracy_targets() {
    let root = bbc_root();
    if !root.is_dir() {
        eprintln!("skipping: {} not found (set BYLINE_BBC)", root.display());
        return;
    }
    let labels = read_labels(&manifest().join("tests/labels/bbc.tsv"));
    let s = score(&root, &labels);
    check(&s, "bbc");
}

/// One labelled quote.
pub struct Label {
    pub file: String,
    pub start: String,
    pub kind: String,
    pub speaker: String,
    pub role: String,
}

pub fn read_labels(path: &Path) -> Vec<Label> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .skip(1)
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let get = |i: usize| f.get(i).map_or(String::new(), |s| s.trim().to_string());
            Label {
                file: get(0),
                start: get(1),
                kind: get(2),
                speaker: get(3),
                role: get(4),
            }
        })
        .collect()
}

/// Lowercase alphanumerics of the first five words, for matching quote starts.
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

/// Whether a predicted speaker matches a label: the canonical name or an
/// alias equals it, or the surnames (last words) agree.
fn speaker_matches(analysis: &ArticleAnalysis, speaker: Option<usize>, label: &str) -> bool {
    let Some(e) = speaker.map(|i| &analysis.entities[i]) else {
        return false;
    };
    let label = label.to_lowercase();
    let last = |s: &str| s.split_whitespace().last().unwrap_or("").to_lowercase();
    std::iter::once(&e.name)
        .chain(&e.aliases)
        .any(|n| n.to_lowercase() == label)
        || last(&e.name) == last(&label)
}

#[derive(Default, Debug)]
pub struct Score {
    pub labels: usize,
    pub found: usize,
    pub named: usize,
    pub named_right: usize,
    pub unnamed: usize,
    pub false_names: usize,
    pub roles: usize,
    pub roles_right: usize,
    pub predicted: usize,
    pub report: String,
}

impl Score {
    pub fn pct(a: usize, b: usize) -> f64 {
        if b == 0 {
            100.0
        } else {
            100.0 * a as f64 / b as f64
        }
    }
    pub fn summary(&self) -> String {
        format!(
            "quotes found {}/{} ({:.1}%); named speakers right {}/{} ({:.1}%); false names {} of {} unnamed; \
             roles right {}/{}; predicted quotes {}",
            self.found,
            self.labels,
            Self::pct(self.found, self.labels),
            self.named_right,
            self.named,
            Self::pct(self.named_right, self.named),
            self.false_names,
            self.unnamed,
            self.roles_right,
            self.roles,
            self.predicted,
        )
    }
}

/// Scores every labelled file under `root` (files are read from `root/<file>`).
pub fn score(root: &Path, labels: &[Label]) -> Score {
    let gaz = Gazetteer::builtin();
    let mut s = Score::default();
    let mut files: Vec<&str> = labels.iter().map(|l| l.file.as_str()).collect();
    files.dedup();
    files.sort_unstable();
    files.dedup();
    for file in files {
        let bytes = std::fs::read(root.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let paras = paragraphs(&String::from_utf8_lossy(&bytes));
        let analysis = analyze(gaz, &paras);
        s.predicted += analysis.quotes.len();
        let mut used = vec![false; analysis.quotes.len()];
        for l in labels.iter().filter(|l| l.file == file) {
            s.labels += 1;
            let want = normalise(&l.start);
            let hit =
                (0..analysis.quotes.len()).find(|&i| !used[i] && normalise(&analysis.quotes[i].text) == want);
            let named = !l.speaker.is_empty();
            s.named += usize::from(named);
            s.unnamed += usize::from(!named);
            s.roles += usize::from(!l.role.is_empty());
            let Some(i) = hit else {
                let _ = writeln!(
                    s.report,
                    "MISSING  {file}\t{}\t{}\t{}",
                    l.kind, l.start, l.speaker
                );
                continue;
            };
            used[i] = true;
            s.found += 1;
            let q = &analysis.quotes[i];
            let got = q
                .speaker
                .map_or("-".to_string(), |e| analysis.entities[e].name.clone());
            let role = q.role.clone().unwrap_or_default();
            if named {
                if speaker_matches(&analysis, q.speaker, &l.speaker) {
                    s.named_right += 1;
                } else {
                    let _ = writeln!(
                        s.report,
                        "WRONG    {file}\t{}\twant {:?} got {got:?} role {role:?}",
                        l.start, l.speaker
                    );
                }
            } else if q.speaker.is_some() {
                s.false_names += 1;
                let _ = writeln!(s.report, "FALSE    {file}\t{}\twant none got {got:?}", l.start);
            }
            if !l.role.is_empty() {
                let last = l.role.split_whitespace().last().unwrap_or("").to_lowercase();
                if q.speaker.is_none() && role.to_lowercase().contains(&last) {
                    s.roles_right += 1;
                } else {
                    let _ = writeln!(
                        s.report,
                        "ROLE     {file}\t{}\twant {:?} got {role:?} / {got:?}",
                        l.start, l.role
                    );
                }
            }
        }
        for (i, q) in analysis.quotes.iter().enumerate().filter(|(i, _)| !used[*i]) {
            let _ = writeln!(
                s.report,
                "EXTRA    {file}\t{i}\t{:?}",
                q.text.chars().take(50).collect::<String>()
            );
        }
    }
    s
}
