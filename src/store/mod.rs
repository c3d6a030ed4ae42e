//! Loading articles from disk (or the built-in seeds) into clean, parsed text.

mod article;
mod charset;
mod date;
mod decode;
mod feed;
mod html;
mod json;
mod load;
mod mojibake;
mod nesting;
mod parse;
mod sanitize;
mod seeds;
mod text;
mod threads;
mod walk;

pub use article::Article;
pub use charset::{decode_markup, in_transport_charset};
pub(crate) use date::WEEKDAYS;
pub use date::{Date, month_of, parse_dateline};
pub use decode::Decoded;
pub use feed::{FeedItem, feed_items};
pub use html::parse_page;
pub use load::{
    DEFAULT_MAX_FILE_BYTES, FileResult, LoadEvent, LoadOptions, Loaded, Outcome, Stamp, load,
    read_article_file, spawn, spawn_map,
};
pub use parse::parse_bytes;
pub use sanitize::{clean, one_line, printable_name};
pub use seeds::seeds;
pub use threads::{release_freed_memory, spawn_named, yield_to_the_ui};
pub use walk::{Entry, Step, walk, walk_stamped};
