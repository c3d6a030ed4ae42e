//! For the analysis' unit tests: invented paragraphs analysed with the
//! built-in gazetteer, and what a test asks of the result.

use crate::analysis::{ArticleAnalysis, Gazetteer, LocalEntity, analyze};

pub fn run(paras: &[&str]) -> ArticleAnalysis {
    let paras: Vec<String> = paras.iter().map(|p| p.to_string()).collect();
    analyze(Gazetteer::builtin(), &paras)
}

pub fn entity<'a>(a: &'a ArticleAnalysis, name: &str) -> Option<&'a LocalEntity> {
    a.entities.iter().find(|e| e.name() == name)
}

/// The entity of the speaker of the quote that opens with `start`.
pub fn speaker<'a>(a: &'a ArticleAnalysis, start: &str) -> Option<&'a str> {
    let q = a.quotes.iter().find(|q| q.text.starts_with(start))?;
    q.speaker.map(|e| a.entities[e].name())
}
