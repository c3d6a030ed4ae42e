//! Loading articles from disk (or the built-in seeds) into clean, parsed text.

mod article;
mod date;
mod json;
mod load;
mod sanitize;
mod seeds;
mod text;
mod walk;

pub use article::Article;
pub use date::{Date, month_of, parse_dateline};
pub use load::{
    DEFAULT_MAX_FILE_BYTES, FileResult, LoadEvent, LoadOptions, Loaded, Outcome, Stamp, load, parse_bytes,
    read_article_file, spawn, spawn_map, spawn_named,
};
pub use sanitize::{clean, one_line, printable_name};
pub use seeds::seeds;
pub use walk::{Entry, Step, walk};
