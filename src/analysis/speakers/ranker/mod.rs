//! A learned last step of attribution: for a quote the rules left without
//! a name or a role, a log-linear model scores the people and organisations
//! mentioned around it (see `features`) against "nobody named", and names
//! the best one only when its probability passes the model's threshold, set
//! so that the model's names were ≥ 97% right out-of-fold; otherwise it
//! abstains.
//!
//! The weights are trained offline by `examples/train_speaker_model.rs` and
//! shipped as text (`assets/speaker_model.txt`); scoring is a dot product
//! per candidate, only for the few quotes the rules leave open.

mod features;
#[cfg(test)]
mod tests;
mod text;

use std::sync::OnceLock;

pub use features::{FEATURES, Features, Slate, slates};

use crate::analysis::types::{ArticleAnalysis, QuoteKind};

/// Weights over `FEATURES` and the probability a name must reach.
#[derive(Clone, Debug, PartialEq)]
pub struct SpeakerModel {
    pub weights: Features,
    pub threshold: f32,
}

impl SpeakerModel {
    /// Parses `name value` lines (`#` comments, blank lines skipped): a
    /// `threshold` line and one line per feature, in `FEATURES` order.
    pub fn parse(text: &str) -> Result<SpeakerModel, String> {
        let mut weights = [0.0; FEATURES.len()];
        let mut threshold = None;
        let mut next = 0;
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, value) = line
                .split_once(char::is_whitespace)
                .ok_or_else(|| format!("line {}: expected `name value`", n + 1))?;
            let value: f32 = value
                .trim()
                .parse()
                .map_err(|e| format!("line {}: {value:?}: {e}", n + 1))?;
            if name == "threshold" {
                threshold = Some(value);
            } else if FEATURES.get(next) == Some(&name) {
                weights[next] = value;
                next += 1;
            } else {
                let want = FEATURES.get(next).unwrap_or(&"nothing");
                return Err(format!("line {}: expected {want}, found {name}", n + 1));
            }
        }
        if next < FEATURES.len() {
            return Err(format!("missing weight for {}", FEATURES[next]));
        }
        let threshold = threshold.ok_or("missing threshold")?;
        Ok(SpeakerModel { weights, threshold })
    }

    /// A candidate's score: the log-odds of it against "nobody named".
    pub fn score(&self, f: &Features) -> f32 {
        self.weights.iter().zip(f).map(|(w, x)| w * x).sum()
    }

    /// The best candidate of a slate and its probability under a softmax
    /// over the candidates and "nobody named" (score 0).
    pub fn best(&self, slate: &Slate) -> Option<(usize, f32)> {
        let scores: Vec<f32> = slate.cands.iter().map(|(_, f)| self.score(f)).collect();
        // Ties go to the first candidate (the earliest mentioned).
        let (top, &s) =
            scores
                .iter()
                .enumerate()
                .fold(None, |best: Option<(usize, &f32)>, c| match best {
                    Some(b) if b.1 >= c.1 => Some(b),
                    _ => Some(c),
                })?;
        // Shifted by the top score so that no exponential overflows.
        let total: f32 = (-s).exp() + scores.iter().map(|x| (x - s).exp()).sum::<f32>();
        Some((slate.cands[top].0, 1.0 / total))
    }

    /// `best`, if its probability passes the threshold.
    pub fn pick(&self, slate: &Slate) -> Option<(usize, f32)> {
        self.best(slate).filter(|&(_, p)| p >= self.threshold)
    }
}

/// The shipped model, parsed once.
pub fn shipped() -> &'static SpeakerModel {
    static MODEL: OnceLock<SpeakerModel> = OnceLock::new();
    MODEL.get_or_init(|| {
        SpeakerModel::parse(include_str!("../../../../assets/speaker_model.txt"))
            .expect("assets/speaker_model.txt is checked by a unit test")
    })
}

/// Names the speakers of the open quotes the shipped model is sure of, and
/// marks their path `ranker/model`.
pub fn fill(
    paragraphs: &[String],
    analysis: &mut ArticleAnalysis,
    kinds: &[QuoteKind],
    paths: &mut [(&'static str, &'static str)],
) {
    let model = shipped();
    for slate in slates(paragraphs, analysis, kinds) {
        if let Some((e, _)) = model.pick(&slate) {
            analysis.quotes[slate.quote].speaker = Some(e);
            paths[slate.quote] = ("ranker", "model");
        }
    }
}
