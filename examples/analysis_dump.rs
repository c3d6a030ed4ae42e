//! Prints what the analysis finds in article files: entities with their
//! aliases, then each quote with its kind, speaker, role and cue.
//! `cargo run --example analysis_dump -- FILE...`

use byline::analysis::{Gazetteer, analyze_with_kinds};

fn main() {
    let gaz = Gazetteer::builtin();
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let text = String::from_utf8_lossy(&bytes);
        let paras = split(&text);
        let (a, kinds) = analyze_with_kinds(gaz, &paras);
        println!("== {path}");
        for (i, e) in a.entities.iter().enumerate() {
            let n = a.mentions.iter().filter(|m| m.entity == i).count();
            let aliases: Vec<&str> = e.aliases().collect();
            println!("  E{i} {:?} {:?} x{n} {aliases:?}", e.kind, e.name());
        }
        for (q, kind) in a.quotes.iter().zip(kinds) {
            let who = q
                .speaker
                .map_or("-".to_string(), |e| a.entities[e].name().to_string());
            let text: String = q.text.chars().take(40).collect();
            println!(
                "  Q p{} {kind:?} {text:?} => {who} role={:?} cue={:?}",
                q.span.paragraph, q.role, q.cue
            );
        }
    }
}

/// Title on the first line, then blank-line separated paragraphs.
fn split(text: &str) -> Vec<String> {
    text.split("\n\n")
        .skip(1)
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}
