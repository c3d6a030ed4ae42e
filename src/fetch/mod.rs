//! `byline fetch`: downloads feeds into a store folder, one file per new
//! item, that the reader then opens like any other folder. Each feed
//! succeeds or fails on its own; nothing already written is ever removed or
//! rewritten.

mod client;
mod folder;

pub use client::user_agent;
pub use folder::{STATE_FILE, item_file_name};

use crate::store::{self, Article, FeedItem};
use client::{Client, Got};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How `fetch` behaves; `FetchOptions::new` gives the polite defaults.
#[derive(Clone, Debug)]
pub struct FetchOptions {
    /// The store folder: each feed's items go into `<into>/<site>/`.
    pub into: PathBuf,
    /// Fetch the page of an item that carries only a summary.
    pub full: bool,
    /// Responses larger than this are not read.
    pub max_bytes: u64,
    pub connect_timeout: Duration,
    /// For a whole request: redirects, headers and body.
    pub timeout: Duration,
    /// The least time between two requests to one site.
    pub site_delay: Duration,
    pub max_redirects: u32,
}

impl FetchOptions {
    pub fn new(into: PathBuf) -> FetchOptions {
        FetchOptions {
            into,
            full: false,
            max_bytes: store::DEFAULT_MAX_FILE_BYTES,
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(60),
            site_delay: Duration::from_secs(1),
            max_redirects: 5,
        }
    }
}

/// Why one feed (or page) could not be fetched.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("not an http(s) URL: {0}")]
    BadUrl(String),
    #[error("the server answered HTTP {0}")]
    Status(u16),
    #[error("larger than the size cap of {0} bytes")]
    TooLarge(u64),
    #[error("no answer within {0:?}")]
    Timeout(Duration),
    #[error("TLS error: {0}")]
    Tls(String),
    #[error("more than {0} redirects")]
    Redirects(u32),
    #[error("{0}")]
    Network(String),
    #[error("{0}")]
    Feed(String),
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
}

/// What became of one feed.
#[derive(Debug)]
pub struct FeedReport {
    pub url: String,
    pub result: Result<Fetched, FetchError>,
}

#[derive(Debug, Default)]
pub struct Fetched {
    /// Items written this time.
    pub new: usize,
    /// The server said nothing changed (304).
    pub not_modified: bool,
    /// Where the feed's items are.
    pub folder: PathBuf,
    /// Pages `--full` could not get (the item kept its summary).
    pub warnings: Vec<String>,
}

/// Every feed's outcome, in the order given.
#[derive(Debug, Default)]
pub struct Report {
    pub feeds: Vec<FeedReport>,
}

impl Report {
    pub fn new_items(&self) -> usize {
        self.feeds
            .iter()
            .filter_map(|f| f.result.as_ref().ok())
            .map(|f| f.new)
            .sum()
    }

    pub fn failed(&self) -> impl Iterator<Item = (&str, &FetchError)> {
        self.feeds
            .iter()
            .filter_map(|f| f.result.as_ref().err().map(|e| (f.url.as_str(), e)))
    }

    /// `12 new from 4 feeds, 1 failed: https://…: the server answered HTTP 404`.
    pub fn summary(&self) -> String {
        let n = self.feeds.len();
        let mut line = format!(
            "{} new from {n} feed{}",
            self.new_items(),
            if n == 1 { "" } else { "s" }
        );
        let failed: Vec<String> = self.failed().map(|(url, e)| format!("{url}: {e}")).collect();
        if !failed.is_empty() {
            line.push_str(&format!(", {} failed: {}", failed.len(), failed.join("; ")));
        }
        line
    }
}

/// `$XDG_DATA_HOME/byline/articles` (else `~/.local/share/byline/articles`),
/// from `var` (a lookup such as `std::env::var_os`); a relative value is ignored.
pub fn default_store(var: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    let absolute = |name: &str| var(name).map(PathBuf::from).filter(|p| p.is_absolute());
    absolute("XDG_DATA_HOME")
        .or_else(|| absolute("HOME").map(|h| h.join(".local").join("share")))
        .map(|d| d.join("byline").join("articles"))
}

/// Fetches each feed in turn (`progress(done, total, url)` before each),
/// writing its new items; one feed's failure never stops the others.
pub fn fetch(
    urls: &[String],
    options: &FetchOptions,
    mut progress: impl FnMut(usize, usize, &str),
) -> Report {
    let mut client = Client::new(options);
    let mut unique: Vec<&String> = Vec::new();
    for url in urls {
        if !unique.contains(&url) {
            unique.push(url);
        }
    }
    let mut report = Report::default();
    for (n, url) in unique.iter().enumerate() {
        progress(n, unique.len(), url);
        let result = fetch_feed(&mut client, url, options);
        report.feeds.push(FeedReport {
            url: (*url).clone(),
            result,
        });
    }
    report
}

fn fetch_feed(client: &mut Client, url: &str, options: &FetchOptions) -> Result<Fetched, FetchError> {
    let parsed = url::Url::parse(url)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .ok_or_else(|| FetchError::BadUrl(url.to_owned()))?;
    let folder = folder::site_folder(&options.into, &parsed);
    let mut state = folder::read_state(&folder);
    let mut fetched = Fetched {
        folder: folder.clone(),
        ..Fetched::default()
    };
    let (bytes, content_type, validators) = match client.get(&parsed, state.feeds.get(url))? {
        Got::NotModified => {
            fetched.not_modified = true;
            return Ok(fetched);
        }
        Got::Body {
            bytes,
            content_type,
            validators,
        } => (bytes, content_type, validators),
    };
    let bytes = store::in_transport_charset(&bytes, content_type.as_deref());
    let items = store::feed_items(&bytes, "").map_err(FetchError::Feed)?;
    std::fs::create_dir_all(&folder).map_err(|source| FetchError::Io {
        path: folder.clone(),
        source,
    })?;
    for mut item in items {
        let path = folder.join(item_file_name(&item.guid));
        if path.exists() {
            continue;
        }
        if options.full && item.summary_only {
            complete(client, &mut item, &mut fetched.warnings);
        }
        folder::write_atomically(&path, &folder::record(&item.article, &item.guid, url))?;
        fetched.new += 1;
    }
    // Only once every item is on disk: a failure midway asks again in full.
    state.feeds.insert(url.to_owned(), validators);
    folder::write_state(&folder, &state)?;
    Ok(fetched)
}

/// Replaces a summary with the item's page, read through the HTML
/// extraction; on any failure the summary stays and a warning says why.
fn complete(client: &mut Client, item: &mut FeedItem, warnings: &mut Vec<String>) {
    let Some(link) = item.article.url.clone() else {
        return;
    };
    let page = url::Url::parse(&link)
        .map_err(|_| FetchError::BadUrl(link.clone()))
        .and_then(|u| client.get(&u, None));
    match page {
        Ok(Got::Body {
            bytes, content_type, ..
        }) => {
            let html = store::decode_markup(&bytes, content_type.as_deref());
            let page = store::parse_page(&html.text, "");
            if page.paragraphs.is_empty() {
                warnings.push(format!("{link}: no article text found; kept the summary"));
            } else {
                merge_page(&mut item.article, page);
            }
        }
        Ok(Got::NotModified) => {}
        Err(e) => warnings.push(format!("{link}: {e}; kept the summary")),
    }
}

/// The page's text, and its author and date where the feed gave none.
fn merge_page(article: &mut Article, page: Article) {
    article.paragraphs = page.paragraphs;
    article.author = article.author.take().or(page.author);
    article.date = article.date.or(page.date);
}

/// `--into DIR`, else the default store folder of this process's environment.
pub fn store_folder(into: Option<&Path>) -> Option<PathBuf> {
    into.map(Path::to_path_buf)
        .or_else(|| default_store(|name| std::env::var_os(name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_store_is_under_xdg_data_home_else_home() {
        let env = |vars: &'static [(&str, &str)]| {
            move |name: &str| {
                vars.iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| OsString::from(v))
            }
        };
        assert_eq!(
            default_store(env(&[("XDG_DATA_HOME", "/data"), ("HOME", "/home/a")])),
            Some(PathBuf::from("/data/byline/articles"))
        );
        assert_eq!(
            default_store(env(&[("XDG_DATA_HOME", "relative"), ("HOME", "/home/a")])),
            Some(PathBuf::from("/home/a/.local/share/byline/articles"))
        );
        assert_eq!(default_store(env(&[])), None);
    }

    #[test]
    fn the_summary_counts_feeds_and_names_each_failure() {
        let report = Report {
            feeds: vec![
                FeedReport {
                    url: "https://a.example/rss".into(),
                    result: Ok(Fetched {
                        new: 12,
                        ..Fetched::default()
                    }),
                },
                FeedReport {
                    url: "https://b.example/rss".into(),
                    result: Err(FetchError::Status(404)),
                },
            ],
        };
        assert_eq!(
            report.summary(),
            "12 new from 2 feeds, 1 failed: https://b.example/rss: the server answered HTTP 404"
        );
    }
}
