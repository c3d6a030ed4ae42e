//! The HTTP side of `byline fetch`: one blocking ureq agent (rustls for TLS)
//! that is polite — conditional GET, a delay between requests to one site,
//! connect and total timeouts, a cap on what it reads, few redirects, and a
//! user agent that says who it is.

use super::{FetchError, FetchOptions};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::time::Instant;
use ureq::Agent;

/// What the server said a feed's version is; sent back to ask "anything new?".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validators {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
}

/// A response worth reading, or the server's word that nothing changed.
pub enum Got {
    NotModified,
    Body {
        bytes: Vec<u8>,
        /// The `Content-Type` header, for its charset.
        content_type: Option<String>,
        validators: Validators,
    },
}

pub struct Client {
    agent: Agent,
    options: FetchOptions,
    /// When each site (host and port) was last asked, for the delay.
    last_asked: HashMap<String, Instant>,
}

/// `byline/0.1.0`, and where byline lives when the package says.
pub fn user_agent() -> String {
    match env!("CARGO_PKG_REPOSITORY") {
        "" => format!("byline/{}", env!("CARGO_PKG_VERSION")),
        repo => format!("byline/{} (+{repo})", env!("CARGO_PKG_VERSION")),
    }
}

impl Client {
    pub fn new(options: &FetchOptions) -> Client {
        let agent = Agent::config_builder()
            .timeout_connect(Some(options.connect_timeout))
            .timeout_global(Some(options.timeout))
            .max_redirects(options.max_redirects)
            .http_status_as_error(false)
            .user_agent(user_agent())
            .build()
            .into();
        Client {
            agent,
            options: options.clone(),
            last_asked: HashMap::new(),
        }
    }

    /// GETs `url`, conditionally when `known` validators are given, waiting
    /// first until the site's delay has passed. Reads at most the size cap.
    pub fn get(&mut self, url: &url::Url, known: Option<&Validators>) -> Result<Got, FetchError> {
        self.wait_for(url);
        let mut request = self.agent.get(url.as_str());
        if let Some(known) = known {
            if let Some(etag) = &known.etag {
                request = request.header("If-None-Match", etag);
            }
            if let Some(date) = &known.last_modified {
                request = request.header("If-Modified-Since", date);
            }
        }
        let mut response = request.call().map_err(|e| self.error(e, url))?;
        let status = response.status().as_u16();
        if status == 304 {
            return Ok(Got::NotModified);
        }
        if !(200..300).contains(&status) {
            return Err(FetchError::Status(status));
        }
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let validators = Validators {
            etag: header("etag"),
            last_modified: header("last-modified"),
        };
        let content_type = header("content-type");
        let bytes = response
            .body_mut()
            .with_config()
            .limit(self.options.max_bytes)
            .read_to_vec()
            .map_err(|e| self.error(e, url))?;
        Ok(Got::Body {
            bytes,
            content_type,
            validators,
        })
    }

    /// Sleeps until the site's delay since its last request has passed.
    fn wait_for(&mut self, url: &url::Url) {
        let site = format!(
            "{}:{}",
            url.host_str().unwrap_or(""),
            url.port_or_known_default().unwrap_or(0)
        );
        if let Some(last) = self.last_asked.get(&site) {
            let since = last.elapsed();
            if since < self.options.site_delay {
                std::thread::sleep(self.options.site_delay - since);
            }
        }
        self.last_asked.insert(site, Instant::now());
    }

    fn error(&self, e: ureq::Error, url: &url::Url) -> FetchError {
        match e {
            ureq::Error::Timeout(_) => FetchError::Timeout(self.options.timeout),
            ureq::Error::BodyExceedsLimit(_) => FetchError::TooLarge(self.options.max_bytes),
            ureq::Error::Tls(m) => FetchError::Tls(m.to_owned()),
            ureq::Error::Rustls(e) => FetchError::Tls(e.to_string()),
            ureq::Error::TooManyRedirects => FetchError::Redirects(self.options.max_redirects),
            ureq::Error::Io(e) if e.kind() == std::io::ErrorKind::TimedOut => {
                FetchError::Timeout(self.options.timeout)
            }
            // rustls reports a broken handshake or record as invalid data.
            ureq::Error::Io(e) if e.kind() == std::io::ErrorKind::InvalidData && url.scheme() == "https" => {
                FetchError::Tls(e.to_string())
            }
            other => FetchError::Network(other.to_string()),
        }
    }
}
