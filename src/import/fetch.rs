//! Fetching pages and feeds over HTTP(S), politely: a user agent that says
//! what is asking, timeouts, a cap on the size of an answer, and a pause
//! between two requests to the same host.
//!
//! The client is `ureq` with rustls and the Mozilla root certificates built
//! in, so it needs no system certificate store (the container image has
//! none). It is blocking: an import fetches one page at a time anyway, to
//! be polite.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use ureq::ResponseExt as _;

/// What the importer is, for the sites it asks.
pub const USER_AGENT: &str = concat!(
    "csto-timeline/",
    env!("CARGO_PKG_VERSION"),
    " (article import for a self-hosted news timeline; one request at a time)"
);

/// How the fetcher behaves.
#[derive(Debug, Clone)]
pub struct FetchOptions {
    /// Pause between two requests to the same host.
    pub delay: Duration,
    /// Longest a request may take, connection and body included.
    pub timeout: Duration,
    /// Largest answer read, in bytes.
    pub max_bytes: u64,
}

/// An answer worth reading.
#[derive(Debug)]
pub struct Fetched {
    /// Where the answer came from, after redirects.
    pub url: String,
    pub kind: Kind,
    /// The `charset` of the `Content-Type`, if it gave one.
    pub charset: Option<String>,
    pub bytes: Vec<u8>,
}

/// What an answer is, by its `Content-Type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Html,
    Feed,
    /// Plain text or XML or JSON of no more precise type: could be a
    /// feed, a page or a list, and is sniffed.
    Unsure,
}

pub struct Fetcher {
    agent: ureq::Agent,
    options: FetchOptions,
    last_request: HashMap<String, Instant>,
}

impl Fetcher {
    pub fn new(options: FetchOptions) -> Fetcher {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .user_agent(USER_AGENT)
            .timeout_global(Some(options.timeout))
            .timeout_connect(Some(options.timeout.min(Duration::from_secs(10))))
            .max_redirects(5)
            // Statuses are answered with their own message below.
            .http_status_as_error(false)
            .build()
            .into();
        Fetcher {
            agent,
            options,
            last_request: HashMap::new(),
        }
    }

    /// Fetches `url`, or says plainly why not (the caller names the
    /// address).
    pub fn get(&mut self, url: &str) -> Result<Fetched, String> {
        let parsed = url::Url::parse(url)
            .map_err(|e| format!("not a web address ({e}); give an http(s):// address"))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err("not a web address; give an http(s):// address".to_owned());
        }
        self.wait_for(parsed.host_str().unwrap_or_default());
        let mut response = self
            .agent
            .get(url)
            .header(
                "Accept",
                "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,\
                 application/feed+json,application/xml;q=0.9,*/*;q=0.5",
            )
            .call()
            .map_err(|e| unreachable_message(&e))?;
        let status = response.status();
        if !status.is_success() {
            return Err(format!(
                "answered {} {}",
                status.as_u16(),
                status.canonical_reason().unwrap_or("")
            )
            .trim_end()
            .to_owned());
        }
        let final_url = response.get_uri().to_string();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_ascii_lowercase();
        let kind = kind_of(&content_type).ok_or_else(|| {
            format!(
                "answered with {}, not an HTML page or a feed",
                if content_type.is_empty() {
                    "no content type"
                } else {
                    content_type.split(';').next().unwrap_or("").trim()
                }
            )
        })?;
        let max = self.options.max_bytes;
        if let Some(length) = response
            .headers()
            .get("content-length")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            && length > max
        {
            return Err(too_large(Some(length), max));
        }
        let bytes = response
            .body_mut()
            .with_config()
            .limit(max)
            .read_to_vec()
            .map_err(|e| match e {
                ureq::Error::BodyExceedsLimit(_) => too_large(None, max),
                other => unreachable_message(&other),
            })?;
        let charset = content_type
            .split(';')
            .find_map(|p| p.trim().strip_prefix("charset="))
            .map(|c| c.trim_matches('"').to_owned());
        Ok(Fetched {
            url: final_url,
            kind,
            charset,
            bytes,
        })
    }

    /// Sleeps until the host has had its pause since the last request.
    fn wait_for(&mut self, host: &str) {
        if let Some(last) = self.last_request.get(host) {
            let since = last.elapsed();
            if since < self.options.delay {
                std::thread::sleep(self.options.delay - since);
            }
        }
        self.last_request.insert(host.to_owned(), Instant::now());
    }
}

fn kind_of(content_type: &str) -> Option<Kind> {
    let essence = content_type.split(';').next().unwrap_or("").trim();
    match essence {
        "text/html" | "application/xhtml+xml" => Some(Kind::Html),
        "application/rss+xml"
        | "application/atom+xml"
        | "application/rdf+xml"
        | "application/feed+json" => Some(Kind::Feed),
        // Servers answer feeds and pages under these too, and some none.
        "" | "text/xml" | "application/xml" | "application/json" | "text/plain" => {
            Some(Kind::Unsure)
        }
        _ => None,
    }
}

fn too_large(length: Option<u64>, max: u64) -> String {
    match length {
        Some(length) => format!(
            "the answer is {length} bytes, more than the limit of {max} (raise it with --max-bytes)"
        ),
        None => format!(
            "the answer is larger than the limit of {max} bytes (raise it with --max-bytes)"
        ),
    }
}

/// Why a request got no answer; the address is named by the caller.
fn unreachable_message(error: &ureq::Error) -> String {
    match error {
        ureq::Error::Timeout(_) => format!("no answer in time ({error})"),
        ureq::Error::Io(e) => format!("cannot be reached: {e}"),
        ureq::Error::HostNotFound => "cannot be reached: its host is not found".to_owned(),
        ureq::Error::TooManyRedirects => "redirects too many times".to_owned(),
        other => format!("cannot be fetched: {other}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_types_say_what_an_answer_is() {
        assert_eq!(kind_of("text/html; charset=utf-8"), Some(Kind::Html));
        assert_eq!(kind_of("application/rss+xml"), Some(Kind::Feed));
        assert_eq!(kind_of("application/xml"), Some(Kind::Unsure));
        assert_eq!(kind_of("application/pdf"), None);
        assert_eq!(kind_of("image/png"), None);
    }
}
