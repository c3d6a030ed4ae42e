//! The store folder `byline fetch` writes into: one folder per site, one
//! JSON record per item (byline's own format, so the reader needs nothing
//! new), named from the item's guid so it is never written twice, written
//! through a hidden temporary file and a rename so a reader never sees half
//! of one, and a hidden state file with each feed's validators.

use super::FetchError;
use super::client::Validators;
use crate::marks::content_hash;
use crate::store::Article;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The state file, hidden so the reader's walk passes over it.
pub const STATE_FILE: &str = ".byline-fetch.json";

/// Each feed's validators, by the feed's URL.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct State {
    #[serde(default)]
    pub feeds: BTreeMap<String, Validators>,
}

/// `<into>/<host>` (`<host>_<port>` when a port is given): a folder name
/// that cannot leave `into`.
pub fn site_folder(into: &Path, url: &url::Url) -> PathBuf {
    let host = url.host_str().unwrap_or("unknown-site");
    let mut site: String = host
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if site.starts_with('.') {
        site.insert(0, '_');
    }
    if let Some(port) = url.port() {
        site.push_str(&format!("_{port}"));
    }
    into.join(site)
}

/// The state in `folder`; a missing or unreadable one is empty (the cost is
/// one unconditional GET per feed, never a lost article).
pub fn read_state(folder: &Path) -> State {
    std::fs::read(folder.join(STATE_FILE))
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

pub fn write_state(folder: &Path, state: &State) -> Result<(), FetchError> {
    let json = serde_json::to_vec_pretty(state).expect("validators serialise");
    write_atomically(&folder.join(STATE_FILE), &json)
}

/// `<last words of the guid>-<16 hex digits of its hash>.json`: readable,
/// and the same guid always gives the same name.
pub fn item_file_name(guid: &str) -> String {
    let tail = guid
        .trim_end_matches('/')
        .rsplit(['/', ':', '?', '=', '#'])
        .find(|part| !part.is_empty())
        .unwrap_or("");
    let mut slug: String = tail
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    slug.truncate(48);
    let slug = slug.trim_matches('-');
    let hash = content_hash(guid, std::iter::empty());
    if slug.is_empty() {
        format!("{hash:016x}.json")
    } else {
        format!("{slug}-{hash:016x}.json")
    }
}

/// An item as a byline JSON record, with where it came from.
pub fn record(article: &Article, guid: &str, feed: &str) -> Vec<u8> {
    let value = serde_json::json!({
        "title": article.title,
        "date": article.date.map(|d| d.to_string()),
        "author": article.author,
        "url": article.url,
        "text": article.paragraphs.join("\n\n"),
        "guid": guid,
        "feed": feed,
    });
    serde_json::to_vec_pretty(&value).expect("a record serialises")
}

/// Writes `bytes` to `path` through a hidden temporary file in the same
/// folder and a rename: the file is there whole or not at all.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), FetchError> {
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let name = name.trim_start_matches('.');
    let temp = path.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
    let io = |source| FetchError::Io {
        path: path.to_path_buf(),
        source,
    };
    let result = (|| {
        use std::io::Write;
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result.map_err(io)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_stable_readable_and_safe() {
        let a = item_file_name("https://x.example/2024/03/12/school/");
        assert_eq!(a, item_file_name("https://x.example/2024/03/12/school/"));
        assert!(a.starts_with("school-") && a.ends_with(".json"), "{a}");
        assert_ne!(a, item_file_name("https://y.example/2024/03/12/school/"));
        let odd = item_file_name("../../etc/passwd\u{1b}[2J");
        assert!(
            !odd.contains('/') && !odd.contains('\u{1b}') && !odd.starts_with('.'),
            "{odd}"
        );
        assert_eq!(item_file_name("").len(), 21);
    }

    #[test]
    fn site_folders_stay_inside_the_store() {
        let into = Path::new("/store");
        let url = url::Url::parse("https://News.Example.com:8443/feed").unwrap();
        assert_eq!(site_folder(into, &url), Path::new("/store/news.example.com_8443"));
        let url = url::Url::parse("http://127.0.0.1/rss").unwrap();
        assert_eq!(site_folder(into, &url), Path::new("/store/127.0.0.1"));
    }
}
