//! Common English words (`assets/common_words.txt`, from SCOWL: level 10 is
//! `[common]`, level 20 `[frequent]`; five letters or more), known before any
//! article is read. The stories weigh anchors by them; the entity index uses
//! them to tell a capitalised common word from a name (`identity.rs`).

use super::hash::FxMap;
use std::sync::OnceLock;

/// How common a listed word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// SCOWL level 10: the most common English words.
    Common,
    /// SCOWL level 20.
    Frequent,
}

/// The level of a lowercase `word`, `None` for a word the list does not
/// know (a name, a rare or short word).
pub fn level(word: &str) -> Option<Level> {
    table().get(word).copied()
}

fn table() -> &'static FxMap<&'static str, Level> {
    static TABLE: OnceLock<FxMap<&'static str, Level>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = FxMap::default();
        let mut level = Level::Common;
        for line in include_str!("../../assets/common_words.txt").lines() {
            match line.split('#').next().unwrap_or("").trim() {
                "[common]" => level = Level::Common,
                "[frequent]" => level = Level::Frequent,
                line => {
                    for word in line.split_whitespace() {
                        table.entry(word).or_insert(level);
                    }
                }
            }
        }
        table
    })
}
