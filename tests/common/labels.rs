//! Scoring a label set (`tests/labels/*.tsv`) against the analysis: which
//! labelled quotes are found, and whose names are right, wrong or withheld
//! (see docs/ACCURACY.md "Method"). Used by `tests/analysis_labels.rs`.

use std::fmt::Write as _;
use std::path::Path;

use super::{paragraphs, path_rows, quote_start};
use byline::analysis::{ArticleAnalysis, Gazetteer, QuoteKind, analyze_with_paths};

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

/// Whether a predicted speaker matches a label: the canonical name or an
/// alias equals it, or the surnames (last words) agree.
fn speaker_matches(analysis: &ArticleAnalysis, speaker: Option<usize>, label: &str) -> bool {
    let Some(e) = speaker.map(|i| &analysis.entities[i]) else {
        return false;
    };
    let label = label.to_lowercase();
    let last = |s: &str| s.split_whitespace().last().unwrap_or("").to_lowercase();
    e.forms().any(|n| n.to_lowercase() == label) || last(e.name()) == last(&label)
}

#[derive(Default, Debug)]
pub struct Score {
    pub labels: usize,
    pub found: usize,
    pub named: usize,
    pub named_right: usize,
    /// Found quotes with a labelled speaker that were given a different name.
    pub named_wrong: usize,
    pub unnamed: usize,
    /// Found quotes whose label names nobody that were given a name.
    pub false_names: usize,
    pub roles: usize,
    pub roles_right: usize,
    pub predicted: usize,
    /// One line per miss; always empty for `Detail::AggregateOnly`.
    pub report: String,
    /// Per attribution rule (`how/who`): right, wrong (another name or a
    /// name where there is none), no name where one is labelled, no name
    /// rightly. Empty for `Detail::AggregateOnly`.
    pub paths: std::collections::BTreeMap<String, [usize; 4]>,
    /// Found quotes by labelled kind (rows) and the kind byline decided
    /// (columns), each cell `[quotes, given a name]`; in `KINDS` order.
    /// Counts only, so held-out sets print it too.
    pub kinds: [[[usize; 2]; 4]; 4],
}

/// The kinds in the order of `Score::kinds`, as the label files spell them.
pub const KINDS: [&str; 4] = ["speech", "partial", "scare", "title"];

fn kind_index(k: QuoteKind) -> usize {
    match k {
        QuoteKind::Speech => 0,
        QuoteKind::Partial => 1,
        QuoteKind::Scare => 2,
        QuoteKind::Title => 3,
    }
}

impl Score {
    pub fn pct(a: usize, b: usize) -> f64 {
        if b == 0 {
            100.0
        } else {
            100.0 * a as f64 / b as f64
        }
    }
    /// Quotes given a wrong name: a different name, or a name where the text names nobody.
    pub fn wrong_names(&self) -> usize {
        self.named_wrong + self.false_names
    }
    /// The per-rule counts, one line each (`BYLINE_PATHS=1`).
    pub fn path_table(&self) -> String {
        let mut t = String::from("  path\tright\twrong\tunnamed\tnobody-ok\n");
        for (p, [r, w, u, n]) in &self.paths {
            let _ = writeln!(t, "  {p}\t{r}\t{w}\t{u}\t{n}");
        }
        t
    }
    /// Labelled kind × byline's kind, `quotes/named` per cell, then the two
    /// errors that matter for names: words labelled as words (scare, title)
    /// given a name, and speech or partial quotes byline calls words.
    pub fn kind_table(&self) -> String {
        let mut t = String::from("  label\\byline");
        for k in KINDS {
            let _ = write!(t, "\t{k}");
        }
        t.push('\n');
        for (l, row) in KINDS.iter().zip(&self.kinds) {
            let _ = write!(t, "  {l}");
            for [n, named] in row {
                let _ = write!(t, "\t{n}/{named}");
            }
            t.push('\n');
        }
        let sum = |ls: std::ops::Range<usize>, gs: std::ops::Range<usize>, i: usize| {
            ls.flat_map(|l| gs.clone().map(move |g| (l, g)))
                .map(|(l, g)| self.kinds[l][g][i])
                .sum::<usize>()
        };
        let _ = writeln!(
            t,
            "  words (scare/title) given a name: {} of {}; speech/partial called scare/title: {} of {} ({} of them named)",
            sum(2..4, 0..4, 1),
            sum(2..4, 0..4, 0),
            sum(0..2, 2..4, 0),
            sum(0..2, 0..4, 0),
            sum(0..2, 2..4, 1),
        );
        t
    }
    pub fn summary(&self) -> String {
        format!(
            "quotes found {}/{} ({:.1}%); named speakers right {}/{} ({:.1}%); false names {} of {} unnamed; \
             wrong names {} ({} a different name + {} where nobody is named; {:.1}% of {} labelled); \
             roles right {}/{}; predicted quotes {}",
            self.found,
            self.labels,
            Self::pct(self.found, self.labels),
            self.named_right,
            self.named,
            Self::pct(self.named_right, self.named),
            self.false_names,
            self.unnamed,
            self.wrong_names(),
            self.named_wrong,
            self.false_names,
            Self::pct(self.wrong_names(), self.labels),
            self.labels,
            self.roles_right,
            self.roles,
            self.predicted,
        )
    }
}

/// How much a score may show: every miss, or (for held-out sets) counts only.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Detail {
    PerQuote,
    AggregateOnly,
}

/// Which of a label set's files to score, by their index in sorted order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Files {
    All,
    Even,
    Odd,
}

/// Scores the labels in `label_file` against the articles under `root`
/// (files are read from `root/<file>`; a missing file panics).
pub fn score(label_file: &Path, root: &Path, detail: Detail) -> Score {
    score_part(label_file, root, detail, Files::All)
}

/// `score` over part of the set's files.
pub fn score_part(label_file: &Path, root: &Path, detail: Detail, part: Files) -> Score {
    let labels = read_labels(label_file);
    let gaz = Gazetteer::builtin();
    let mut s = Score::default();
    let mut report = String::new();
    let mut note = |line: std::fmt::Arguments| {
        if detail == Detail::PerQuote {
            let _ = writeln!(report, "{line}");
        }
    };
    let mut files: Vec<&str> = labels.iter().map(|l| l.file.as_str()).collect();
    files.sort_unstable();
    files.dedup();
    let set = label_file
        .file_stem()
        .map_or(String::new(), |s| s.to_string_lossy().into_owned());
    let rows = detail == Detail::PerQuote && path_rows::wanted();
    let files = files.into_iter().enumerate().filter(|(i, _)| match part {
        Files::All => true,
        Files::Even => i % 2 == 0,
        Files::Odd => i % 2 == 1,
    });
    for (_, file) in files {
        let bytes = std::fs::read(root.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let paras = paragraphs(&String::from_utf8_lossy(&bytes));
        let (analysis, kinds, paths) = analyze_with_paths(gaz, &paras);
        s.predicted += analysis.quotes.len();
        let mut used = vec![false; analysis.quotes.len()];
        for l in labels.iter().filter(|l| l.file == file) {
            s.labels += 1;
            let want = quote_start(&l.start);
            let hit = (0..analysis.quotes.len())
                .find(|&i| !used[i] && quote_start(&analysis.quotes[i].text) == want);
            let named = !l.speaker.is_empty();
            s.named += usize::from(named);
            s.unnamed += usize::from(!named);
            s.roles += usize::from(!l.role.is_empty());
            let Some(i) = hit else {
                note(format_args!(
                    "MISSING  {file}\t{}\t{}\t{}",
                    l.kind, l.start, l.speaker
                ));
                continue;
            };
            used[i] = true;
            s.found += 1;
            let q = &analysis.quotes[i];
            if let Some(l) = KINDS.iter().position(|k| *k == l.kind) {
                s.kinds[l][kind_index(kinds[i])][0] += 1;
                s.kinds[l][kind_index(kinds[i])][1] += usize::from(q.speaker.is_some());
            }
            let got = q
                .speaker
                .map_or("-".to_string(), |e| analysis.entities[e].name().to_string());
            let role = q.role.clone().unwrap_or_default();
            if detail == Detail::PerQuote {
                let col = match (named, q.speaker.is_some()) {
                    _ if named && speaker_matches(&analysis, q.speaker, &l.speaker) => 0,
                    (_, true) => 1,
                    (true, false) => 2,
                    (false, false) => 3,
                };
                s.paths.entry(paths[i].clone()).or_default()[col] += 1;
                if rows {
                    let outcome = ["R", if named { "W" } else { "F" }, "A", "N"][col];
                    let right = |e: usize| named && speaker_matches(&analysis, Some(e), &l.speaker);
                    let art = path_rows::Article {
                        set: &set,
                        file,
                        analysis: &analysis,
                        paras: &paras,
                    };
                    let r = path_rows::row(&art, i, &paths[i], outcome, &right);
                    path_rows::append(&[format!("{r}\t{}", l.kind)]);
                }
            }
            if named {
                if speaker_matches(&analysis, q.speaker, &l.speaker) {
                    s.named_right += 1;
                } else {
                    s.named_wrong += usize::from(q.speaker.is_some());
                    note(format_args!(
                        "WRONG    {file}\t{}\twant {:?} got {got:?} role {role:?} via {}",
                        l.start, l.speaker, paths[i]
                    ));
                }
            } else if q.speaker.is_some() {
                s.false_names += 1;
                note(format_args!(
                    "FALSE    {file}\t{}\twant none ({}) got {got:?} ({:?}) via {}",
                    l.start, l.kind, kinds[i], paths[i]
                ));
            }
            if !l.role.is_empty() {
                let last = l.role.split_whitespace().last().unwrap_or("").to_lowercase();
                if q.speaker.is_none() && role.to_lowercase().contains(&last) {
                    s.roles_right += 1;
                } else {
                    note(format_args!(
                        "ROLE     {file}\t{}\twant {:?} got {role:?} / {got:?}",
                        l.start, l.role
                    ));
                }
            }
        }
        for (i, q) in analysis.quotes.iter().enumerate().filter(|(i, _)| !used[*i]) {
            note(format_args!(
                "EXTRA    {file}\t{i}\t{:?}",
                q.text.chars().take(50).collect::<String>()
            ));
        }
    }
    s.report = report;
    s
}
