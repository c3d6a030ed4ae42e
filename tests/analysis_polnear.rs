//! Quote and speaker accuracy against PolNeAR, US political news whose
//! attributions were annotated by other people (source, cue and content
//! spans). The corpus is not in the repository, so these tests are ignored:
//!
//! ```sh
//! BYLINE_POLNEAR=/path/to/polnear cargo test --release --test analysis_polnear -- --ignored --nocapture
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

mod common;
#[path = "analysis_polnear/gold.rs"]
mod gold;

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::Path;

use byline::analysis::{ArticleAnalysis, Gazetteer, analyze_with_paths};
use byline::store::clean;
use common::{corpus_dir, paragraphs, path_rows, quote_start};
use gold::{Gold, gold_quotes};

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
    let Some(root) = corpus_dir("BYLINE_POLNEAR") else {
        return;
    };
    let dir = root.join(split);
    let s = score(&dir, split);
    println!("polnear {split}: {}", s.summary());
    if verbose {
        print!("{}", s.report);
    }
    // Per-rule counts, for the development split only.
    if split == "train" && std::env::var_os("BYLINE_PATHS").is_some() {
        println!("  path\tright\twrong\tabstained\tunnamed-given-name\tunnamed-none");
        for (p, c) in &s.paths {
            println!("  {p}\t{}\t{}\t{}\t{}\t{}", c[0], c[1], c[2], c[3], c[4]);
        }
    }
    assert!(s.gold > 0, "no gold quotes read from {}", dir.display());
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
    /// Per attribution rule (`how/who`): right, wrong, abstained, unnamed
    /// source given a name (not scored), unnamed source given none.
    paths: std::collections::BTreeMap<String, [usize; 5]>,
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

fn score(dir: &Path, split: &str) -> Score {
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
        // Scored on the text as byline loads it (mis-encoded letters
        // repaired), the gold's words too; offsets are the raw file's.
        let gold: Vec<Gold> = gold_quotes(&text, &ann_text)
            .into_iter()
            .map(|g| Gold {
                start: clean(&g.start).into_owned(),
                source: clean(&g.source).into_owned(),
                ..g
            })
            .collect();
        let paras = paragraphs(&clean(&text));
        let (analysis, _, paths) = analyze_with_paths(gaz, &paras);
        s.files += 1;
        tally(
            &mut s,
            &file,
            &gold,
            &analysis,
            &paths,
            (split == "train").then_some(&paras[..]),
        );
    }
    s
}

/// `rows`: the article's paragraphs when its quotes are to be written as
/// path rows (`BYLINE_PATH_ROWS`, the development split only).
fn tally(
    s: &mut Score,
    file: &str,
    gold: &[Gold],
    analysis: &ArticleAnalysis,
    paths: &[String],
    rows: Option<&[String]>,
) {
    let mut used = vec![false; analysis.quotes.len()];
    for g in gold {
        s.gold += 1;
        s.named += usize::from(g.named);
        s.opening += usize::from(g.opens_content);
        s.opening_named += usize::from(g.opens_content && g.named);
        let want = quote_start(&g.start);
        let hit =
            (0..analysis.quotes.len()).find(|&i| !used[i] && quote_start(&analysis.quotes[i].text) == want);
        let Some(i) = hit else {
            let _ = writeln!(s.report, "MISSING  {file}\t{}\t{:?}", g.start, g.source);
            continue;
        };
        used[i] = true;
        s.found += 1;
        s.opening_found += usize::from(g.opens_content);
        let speaker = analysis.quotes[i].speaker;
        let got = speaker.map_or("-", |e| analysis.entities[e].name());
        let col = match speaker {
            _ if !g.named => 3 + usize::from(speaker.is_none()),
            None => 2,
            Some(e) if names_in(analysis, e, &g.source) => 0,
            Some(_) => 1,
        };
        s.paths.entry(paths[i].clone()).or_default()[col] += 1;
        if let Some(paras) = rows.filter(|_| path_rows::wanted()) {
            let outcome = ["R", "W", "A", "U", "N"][col];
            let right = |e: usize| g.named && names_in(analysis, e, &g.source);
            let art = path_rows::Article {
                set: "polnear_train",
                file,
                analysis,
                paras,
            };
            let r = path_rows::row(&art, i, &paths[i], outcome, &right);
            path_rows::append(&[format!("{r}\t-")]);
        }
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
                    "WRONG    {file}\t{}\twant {:?} got {got:?} cue {cue:?} via {}",
                    g.start, g.source, paths[i]
                );
            }
        }
    }
}

/// Whether the entity's name, an alias or its surname appears in `source`.
fn names_in(analysis: &ArticleAnalysis, e: usize, source: &str) -> bool {
    let ent = &analysis.entities[e];
    let src = format!(" {} ", words(source).join(" "));
    let surname = ent.name().split_whitespace().last().unwrap_or("");
    ent.forms()
        .chain(std::iter::once(surname))
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
