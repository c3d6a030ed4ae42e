//! For the saved index's tests (`tests/store_*.rs`): folders of generated
//! articles, the reader's start over them with a cache folder, and what the
//! cache folder holds.

use super::TempDir;
use byline::app::App;
use byline::search::spawn_loading_with;
use byline::store::LoadOptions;
use std::path::{Path, PathBuf};

const PEOPLE: [&str; 8] = [
    "Anna Berg",
    "Tomas Ruiz",
    "Mei Chen",
    "Olu Adeyemi",
    "Rosa Klein",
    "Piet Janssen",
    "Ines Duarte",
    "Karl Holm",
];
const TOPICS: [&str; 8] = [
    "harbour",
    "budget",
    "railway",
    "election",
    "hospital",
    "vineyard",
    "satellite",
    "museum",
];

/// Writes `n` articles under `dir` (`s0/00001.txt`, ..., ten folders), each
/// naming and quoting two people about two topics; `salt` varies the text.
pub fn generate(dir: &Path, n: usize, salt: usize) {
    for i in 0..n {
        let (a, b) = (PEOPLE[(i + salt) % 8], PEOPLE[(i * 3 + 1) % 8]);
        let (t, u) = (TOPICS[i % 8], TOPICS[(i / 8 + salt) % 8]);
        let text = format!(
            "The {t} plan, number {i}\n\n\
             {a} met {b} on Tuesday to discuss the {t} and the {u} in district {i}.\n\n\
             \"We will finish the {t} before winter,\" {a} said. \"The {u} can wait.\"\n\n\
             {b} said the {u} needed {n} more workers and asked for figure {salt}.\n\n{}",
            background(i)
        );
        let path = dir.join(format!("s{}/{i:05}.txt", i % 10));
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write article");
    }
}

/// A few paragraphs of filler whose words vary with `i`, so an article is
/// about the size of a news report (2 kB) with a vocabulary that grows.
fn background(i: usize) -> String {
    (0..6)
        .map(|p| {
            let words: Vec<String> = (0..50)
                .map(|w| match (w * 7 + p + i) % 5 {
                    0 => format!("word{}", (i * 31 + w * 17 + p) % 5000),
                    1 => TOPICS[(w + p) % 8].to_owned(),
                    2 => "the".to_owned(),
                    3 => format!("{}", (i + w) % 97),
                    _ => "and".to_owned(),
                })
                .collect();
            words.join(" ") + ".\n\n"
        })
        .collect()
}

/// A folder of `n` generated articles.
pub fn generated(tag: &str, n: usize) -> TempDir {
    let dir = TempDir::new(tag);
    generate(dir.path(), n, 0);
    dir
}

/// The reader's start over `dir` with the cache folder `cache`, once its
/// load is over and its index saved.
pub fn start(dir: &Path, cache: &Path) -> App {
    let mut app = App::streaming(spawn_loading_with(
        vec![dir.to_path_buf()],
        LoadOptions::default(),
        Some(cache),
        Default::default(),
    ));
    super::app::finish_loading(&mut app);
    app.finish_saving();
    app
}

/// The articles' ids in list order.
pub fn ids(app: &App) -> Vec<String> {
    let c = app.corpus();
    c.order().iter().map(|&i| c.article(i).id.clone()).collect()
}

/// The files in `cache` whose name has `part`, sorted.
pub fn files_with(cache: &Path, part: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(cache)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.file_name().is_some_and(|n| n.to_string_lossy().contains(part)));
    files.sort();
    files
}

/// The bytes of the files in `dir` (not below).
pub fn dir_bytes(dir: &Path) -> u64 {
    let entries = std::fs::read_dir(dir).map(|d| d.flatten().collect::<Vec<_>>());
    let sizes = entries
        .unwrap_or_default()
        .into_iter()
        .filter_map(|e| e.metadata().ok());
    sizes.map(|m| m.len()).sum()
}
