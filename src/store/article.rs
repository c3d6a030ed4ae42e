//! The article, as every other module sees it.

use super::date::Date;
use std::path::PathBuf;

/// One article, clean and ready to analyse and show.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// Stable id: path relative to the PATH it was found under, `file#n` for a
    /// JSON record without an id of its own, or the seed's file name.
    pub id: String,
    /// Where it came from on disk; `None` for the built-in seeds.
    pub path: Option<PathBuf>,
    pub title: String,
    pub date: Option<Date>,
    pub author: Option<String>,
    pub url: Option<String>,
    /// Body paragraphs, each on one line, without title, dateline or trailer.
    pub paragraphs: Vec<String>,
    /// Set when invalid bytes were replaced while decoding.
    pub lossy: bool,
}
