//! Trains the speaker ranker (`src/analysis/speakers/ranker/`) and writes
//! `assets/speaker_model.txt`; prints out-of-fold figures first.
//!
//! ```sh
//! BYLINE_POLNEAR=/work/shared/corpora/polnear BYLINE_BBC=/work/shared/corpora/bbc \
//!   cargo run --release --example train_speaker_model [-- --write]
//! ```
//!
//! Training data: the quotes the rules leave open (speech, no name, no
//! role) in PolNeAR `train/` and the BBC development labels (`bbc.tsv`,
//! `bbc_dev2.tsv`, `bbc_dev3.tsv`); never a held-out set. A candidate is
//! positive when the scorers would count it right (`names_in`,
//! `speaker_matches`). PolNeAR quotes whose source names nobody (`he`, `the
//! club`) are not scored by its scorer and are left out; a BBC quote whose
//! label names nobody makes every candidate negative.
//!
//! Out-of-fold: each BBC set is predicted by a model trained on PolNeAR
//! and the two other BBC sets; each half of PolNeAR (by article) by a
//! model trained on the BBC sets and the other half. The threshold is the lowest score at which the pooled
//! out-of-fold names are ≥ 97% right.

#[allow(dead_code)]
#[path = "../tests/analysis_polnear/gold.rs"]
mod gold;
#[allow(dead_code)] // the scorers read label kinds and roles; training does not
#[path = "../tests/common/scoring.rs"]
mod scoring;

use std::path::{Path, PathBuf};

use byline::analysis::{ArticleAnalysis, FEATURES, Features, Gazetteer, SpeakerModel, speaker_slates};
use scoring::{Label, names_in, paragraphs, quote_start, read_labels, speaker_matches};

/// The precision the model's names must reach out-of-fold.
const PRECISION: f64 = 0.97;

/// What naming a candidate would count as.
#[derive(Clone, Copy, PartialEq)]
enum Gold {
    /// The source names someone: right when the candidate is positive.
    Named,
    /// The text names nobody (BBC): any name is wrong.
    Nobody,
    /// A PolNeAR quote of two words or more inside no attribution: the
    /// writer's, as far as the annotators say. Its scorer does not score
    /// it, and the annotations miss some speech, so names given here are
    /// counted apart (as wrong for training, not for the threshold).
    Outside,
}

/// One open quote with its candidates and their labels.
struct Example {
    set: &'static str,
    /// PolNeAR fold (article index parity); `None` for BBC.
    fold: Option<usize>,
    gold: Gold,
    cands: Vec<(Features, bool)>,
}

/// Rule figures per set: named found, right, wrong, abstained; nobody found, given a name.
#[derive(Default, Clone, Copy)]
struct Rules {
    named: usize,
    right: usize,
    wrong: usize,
    abstained: usize,
    nobody: usize,
    false_names: usize,
}

/// Pairs each analysis quote with a gold one the way the scorers do: gold
/// in order, the first unused quote with the same opening words.
fn match_quotes<'g, G>(a: &ArticleAnalysis, gold: &'g [G], start: impl Fn(&G) -> &str) -> Vec<Option<&'g G>> {
    let mut out = vec![None; a.quotes.len()];
    for g in gold {
        let want = quote_start(start(g));
        if let Some(i) =
            (0..a.quotes.len()).find(|&i| out[i].is_none() && quote_start(&a.quotes[i].text) == want)
        {
            out[i] = Some(g);
        }
    }
    out
}

fn polnear(root: &Path, ex: &mut Vec<Example>, rules: &mut Rules) {
    let dir = root.join("train");
    let mut anns: Vec<String> = std::fs::read_dir(dir.join("attributions"))
        .expect("attributions")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".ann"))
        .collect();
    anns.sort();
    let mut seen = std::collections::HashSet::new();
    let gaz = Gazetteer::builtin();
    for ann in anns {
        let base = ann.trim_end_matches(".ann");
        let base = base.rsplit_once('_').map_or(base, |(b, _)| b).to_string();
        if !seen.insert(base.clone()) {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(dir.join("text").join(format!("{base}.txt"))) else {
            continue;
        };
        let fold = seen.len() % 2;
        let ann_text = std::fs::read_to_string(dir.join("attributions").join(&ann)).expect("ann");
        let gold = gold::gold_quotes(&text, &ann_text);
        let (a, _, slates) = speaker_slates(gaz, &paragraphs(&text));
        let matched = match_quotes(&a, &gold, |g| &g.start);
        for (q, g) in a.quotes.iter().zip(&matched) {
            let Some(g) = g.filter(|g| g.named) else {
                continue;
            };
            rules.named += 1;
            match q.speaker {
                None => rules.abstained += 1,
                Some(e) if names_in(&a, e, &g.source) => rules.right += 1,
                Some(_) => rules.wrong += 1,
            }
        }
        for s in slates {
            // Gold leaves out one-word quotes, so they are unknown.
            let (gold, source) = match matched[s.quote] {
                Some(g) if g.named => (Gold::Named, g.source.as_str()),
                Some(_) => continue,
                None if a.quotes[s.quote].text.split_whitespace().count() < 2 => continue,
                None => (Gold::Outside, ""),
            };
            let cands = s
                .cands
                .iter()
                .map(|(e, f)| (*f, gold == Gold::Named && names_in(&a, *e, source)))
                .collect();
            ex.push(Example {
                set: "polnear",
                fold: Some(fold),
                gold,
                cands,
            });
        }
    }
}

fn bbc(root: &Path, file: &str, set: &'static str, ex: &mut Vec<Example>, rules: &mut Rules) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/labels")
        .join(file);
    let all = read_labels(&path);
    let mut files: Vec<&str> = all.iter().map(|l| l.file.as_str()).collect();
    files.sort_unstable();
    files.dedup();
    let gaz = Gazetteer::builtin();
    for file in files {
        let bytes = std::fs::read(root.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let paras = paragraphs(&String::from_utf8_lossy(&bytes));
        let (a, _, slates) = speaker_slates(gaz, &paras);
        let mine: Vec<&Label> = all.iter().filter(|l| l.file == file).collect();
        let matched = match_quotes(&a, &mine, |l| &l.start);
        for (q, l) in a.quotes.iter().zip(&matched) {
            let Some(l) = l else { continue };
            if l.speaker.is_empty() {
                rules.nobody += 1;
                rules.false_names += usize::from(q.speaker.is_some());
                continue;
            }
            rules.named += 1;
            match q.speaker {
                None => rules.abstained += 1,
                s if speaker_matches(&a, s, &l.speaker) => rules.right += 1,
                Some(_) => rules.wrong += 1,
            }
        }
        for s in slates {
            let Some(l) = matched[s.quote] else { continue };
            let gold = if l.speaker.is_empty() {
                Gold::Nobody
            } else {
                Gold::Named
            };
            let cands = s
                .cands
                .iter()
                .map(|(e, f)| {
                    (
                        *f,
                        gold == Gold::Named && speaker_matches(&a, Some(*e), &l.speaker),
                    )
                })
                .collect();
            ex.push(Example {
                set,
                fold: None,
                gold,
                cands,
            });
        }
    }
}

/// A softmax over each quote's candidates and "nobody named" (score 0),
/// L2-regularised, fitted by Newton steps (the Hessian of the partition
/// function, exact when a quote has one right candidate): deterministic,
/// a few dozen weights, converges in a few iterations. The target is the
/// right candidates, or nobody when none is right.
fn train(ex: &[&Example]) -> Features {
    const L2: f64 = 1.0;
    let n = FEATURES.len();
    let mut w = vec![0.0f64; n];
    for _ in 0..100 {
        let mut grad = vec![0.0f64; n];
        let mut hess = vec![vec![0.0f64; n]; n];
        for e in ex {
            let s: Vec<f64> = e
                .cands
                .iter()
                .map(|(f, _)| w.iter().zip(f).map(|(w, x)| w * f64::from(*x)).sum())
                .collect();
            let top = s.iter().copied().fold(0.0f64, f64::max);
            let z = (-top).exp() + s.iter().map(|x| (x - top).exp()).sum::<f64>();
            let zp: f64 = s
                .iter()
                .zip(&e.cands)
                .filter(|(_, c)| c.1)
                .map(|(x, _)| (x - top).exp())
                .sum();
            let mut mean = vec![0.0f64; n];
            for (x, (f, y)) in s.iter().zip(&e.cands) {
                let p = (x - top).exp() / z;
                let q = if *y { (x - top).exp() / zp } else { 0.0 };
                for i in 0..n {
                    let fi = f64::from(f[i]);
                    grad[i] += (p - q) * fi;
                    mean[i] += p * fi;
                    for j in 0..n {
                        hess[i][j] += p * fi * f64::from(f[j]);
                    }
                }
            }
            for i in 0..n {
                for j in 0..n {
                    hess[i][j] -= mean[i] * mean[j];
                }
            }
        }
        for i in 0..n {
            grad[i] += L2 * w[i];
            hess[i][i] += L2;
        }
        let step = solve(hess, grad);
        // A damped step: full Newton steps can overshoot far from the optimum.
        let moved = step.iter().fold(0.0f64, |m, s| m.max(s.abs()));
        let scale = if moved > 1.0 { 1.0 / moved } else { 1.0 };
        for i in 0..n {
            w[i] -= scale * step[i];
        }
        if moved < 1e-7 {
            break;
        }
    }
    let mut out = [0.0f32; FEATURES.len()];
    for (o, w) in out.iter_mut().zip(&w) {
        *o = *w as f32;
    }
    out
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting.
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Vec<f64> {
    let n = b.len();
    for c in 0..n {
        let p = (c..n)
            .max_by(|&i, &j| a[i][c].abs().total_cmp(&a[j][c].abs()))
            .unwrap_or(c);
        a.swap(c, p);
        b.swap(c, p);
        let (top, below) = a.split_at_mut(c + 1);
        let pivot = &top[c];
        for (r, row) in below.iter_mut().enumerate() {
            let k = row[c] / pivot[c];
            for (x, p) in row[c..].iter_mut().zip(&pivot[c..]) {
                *x -= k * p;
            }
            b[c + 1 + r] -= k * b[c];
        }
    }
    let mut x = vec![0.0; n];
    for r in (0..n).rev() {
        let s: f64 = (r + 1..n).map(|j| a[r][j] * x[j]).sum();
        x[r] = (b[r] - s) / a[r][r];
    }
    x
}

/// An out-of-fold prediction: the example, the top score, whether it is right.
struct Pick<'a> {
    ex: &'a Example,
    score: f32,
    right: bool,
}

fn pick<'a>(w: &Features, e: &'a Example) -> Option<Pick<'a>> {
    let m = SpeakerModel {
        weights: *w,
        threshold: 0.0,
    };
    let slate = byline::analysis::Slate {
        quote: 0,
        cands: e.cands.iter().enumerate().map(|(k, (f, _))| (k, *f)).collect(),
    };
    m.best(&slate).map(|(k, score)| Pick {
        ex: e,
        score,
        right: e.cands[k].1 && e.gold == Gold::Named,
    })
}

/// The lowest threshold at which the names at or above it are ≥
/// `PRECISION` right, counting the quotes the scorers count.
fn threshold(picks: &[Pick]) -> f32 {
    let mut sorted: Vec<&Pick> = picks.iter().filter(|p| p.ex.gold != Gold::Outside).collect();
    sorted.sort_by(|a, b| b.score.total_cmp(&a.score));
    let (mut right, mut best) = (0usize, 1.0f32);
    for (k, p) in sorted.iter().enumerate() {
        right += usize::from(p.right);
        let next_differs = sorted.get(k + 1).is_none_or(|n| n.score < p.score);
        if next_differs && right as f64 >= PRECISION * (k + 1) as f64 {
            best = p.score;
        }
    }
    best
}

/// Out-of-fold: right, wrong, named where nobody is, named outside PolNeAR's gold.
fn tally<'a>(picks: impl Iterator<Item = &'a Pick<'a>>) -> [usize; 4] {
    let mut c = [0; 4];
    for p in picks {
        let k = match (p.ex.gold, p.right) {
            (Gold::Named, true) => 0,
            (Gold::Named, false) => 1,
            (Gold::Nobody, _) => 2,
            (Gold::Outside, _) => 3,
        };
        c[k] += 1;
    }
    c
}

fn main() {
    let var = |v: &str| {
        std::env::var_os(v)
            .map(PathBuf::from)
            .unwrap_or_else(|| panic!("set {v}"))
    };
    let (pn_root, bbc_root) = (var("BYLINE_POLNEAR"), var("BYLINE_BBC"));
    let mut ex = Vec::new();
    let mut rules = Vec::new();
    let mut r = Rules::default();
    polnear(&pn_root, &mut ex, &mut r);
    rules.push(("polnear", r));
    for (file, set) in [
        ("bbc.tsv", "bbc"),
        ("bbc_dev2.tsv", "bbc_dev2"),
        ("bbc_dev3.tsv", "bbc_dev3"),
    ] {
        let mut r = Rules::default();
        bbc(&bbc_root, file, set, &mut ex, &mut r);
        rules.push((set, r));
    }
    let answerable = ex.iter().filter(|e| e.cands.iter().any(|c| c.1)).count();
    println!(
        "open quotes {} ({answerable} with the speaker among the candidates), candidates {}",
        ex.len(),
        ex.iter().map(|e| e.cands.len()).sum::<usize>()
    );
    // Out-of-fold predictions.
    let mut picks = Vec::new();
    for half in 0..2 {
        let w = train(&ex.iter().filter(|e| e.fold != Some(half)).collect::<Vec<_>>());
        picks.extend(
            ex.iter()
                .filter(|e| e.fold == Some(half))
                .filter_map(|e| pick(&w, e)),
        );
    }
    for set in ["bbc", "bbc_dev2", "bbc_dev3"] {
        let w = train(&ex.iter().filter(|e| e.set != set).collect::<Vec<_>>());
        picks.extend(ex.iter().filter(|e| e.set == set).filter_map(|e| pick(&w, e)));
    }
    let top1 = picks.iter().filter(|p| p.right).count();
    println!("out-of-fold top candidate right on {top1} of {answerable} answerable quotes");
    println!("threshold	names	right	wrong	nobody	outside gold");
    for c in [0.5f32, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95] {
        let [r, w, n, o] = tally(picks.iter().filter(|p| p.score >= c));
        println!("{c:.2}\t{}\t{r}\t{w}\t{n}\t{o}", r + w + n + o);
    }
    let t = threshold(&picks);
    println!(
        "chosen threshold {t:.3} (scored out-of-fold names ≥ {:.0}% right)",
        PRECISION * 100.0
    );
    println!(
        "set\tnamed\trules: right\twrong\tabstained\tfalse names | with the model: right\twrong\tabstained\tfalse names\tnamed outside gold"
    );
    for (set, r) in &rules {
        let [right, wrong, falsely, outside] =
            tally(picks.iter().filter(|p| p.ex.set == *set && p.score >= t));
        let pct = |a: usize| 100.0 * a as f64 / r.named.max(1) as f64;
        println!(
            "{set}\t{}\t{} ({:.1}%)\t{} ({:.1}%)\t{}\t{}/{}\t| {} ({:.1}%)\t{} ({:.1}%)\t{}\t{}\t{outside}",
            r.named,
            r.right,
            pct(r.right),
            r.wrong,
            pct(r.wrong),
            r.abstained,
            r.false_names,
            r.nobody,
            r.right + right,
            pct(r.right + right),
            r.wrong + wrong,
            pct(r.wrong + wrong),
            r.abstained - right - wrong,
            r.false_names + falsely,
        );
    }
    let w = train(&ex.iter().collect::<Vec<_>>());
    let mut model = format!(
        "# byline speaker ranker: weights over the FEATURES of src/analysis/speakers/ranker/features.rs,\n\
         # scored as a softmax over a quote's candidates and nobody (score 0).\n\
         # Written by examples/train_speaker_model.rs from PolNeAR train and the BBC development labels\n\
         # ({} open quotes); threshold: out-of-fold names >= {:.0}% right.\nthreshold {t:.4}\n",
        ex.len(),
        PRECISION * 100.0
    );
    for (name, w) in FEATURES.iter().zip(&w) {
        model.push_str(&format!("{name} {w:.4}\n"));
    }
    if std::env::args().any(|a| a == "--write") {
        let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/speaker_model.txt");
        std::fs::write(&out, model).expect("write model");
        println!("wrote {}", out.display());
    } else {
        print!("{model}");
    }
}
