//! The five seed articles, compiled in so `byline` with no PATH works anywhere.

use super::article::Article;
use super::parse::text_article;
use super::sanitize::clean;

const SEEDS: [(&str, &str); 5] = [
    (
        "000_023100a4ace54a5b.txt",
        include_str!("../../seeds/000_023100a4ace54a5b.txt"),
    ),
    (
        "001_4aa86e44a16b2bd5.txt",
        include_str!("../../seeds/001_4aa86e44a16b2bd5.txt"),
    ),
    (
        "002_60d49a33ba7128d3.txt",
        include_str!("../../seeds/002_60d49a33ba7128d3.txt"),
    ),
    (
        "003_81e3b47a2ed9e1ac.txt",
        include_str!("../../seeds/003_81e3b47a2ed9e1ac.txt"),
    ),
    (
        "004_3470f3ac3604670e.txt",
        include_str!("../../seeds/004_3470f3ac3604670e.txt"),
    ),
];

/// The built-in articles, parsed exactly as files on disk would be.
pub fn seeds() -> Vec<Article> {
    SEEDS
        .iter()
        .map(|(id, text)| text_article(&clean(text), id))
        .collect()
}
