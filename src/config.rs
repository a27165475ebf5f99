//! Configuration: command-line flags, each also read from the environment.
//! The doc comments are the `--help` text.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Armenia–CSTO Timeline: a browsable timeline of Armenia's relations with
/// the CSTO, built from news articles.
#[derive(Debug, Clone, Parser)]
#[command(name = "csto-timeline", version, about)]
pub struct Config {
    /// Folder of articles (*.txt, with an optional corpus.toml manifest and
    /// actors.toml / topics.toml). Without it, the seed corpus built into the
    /// binary is served.
    #[arg(long, env = "TIMELINE_CORPUS", global = true)]
    pub corpus: Option<PathBuf>,

    /// Snapshot of the extracted, indexed store (written by `csto-timeline
    /// index`), to start from in milliseconds. With --corpus it is checked
    /// against the corpus and rebuilt from it when stale; alone, it is
    /// served as it is.
    #[arg(long, env = "TIMELINE_INDEX", global = true)]
    pub index: Option<PathBuf>,

    /// Address to listen on.
    #[arg(
        long,
        env = "TIMELINE_LISTEN",
        default_value = "127.0.0.1:3000",
        global = true
    )]
    pub listen: SocketAddr,

    /// Path prefix when served behind a reverse proxy under a sub-path, e.g. /timeline.
    #[arg(long, env = "TIMELINE_BASE_PATH", default_value = "", value_parser = parse_base_path)]
    pub base_path: String,

    /// Public address of the site, used for absolute links in feeds and
    /// link previews, e.g. https://timeline.example.org
    #[arg(long, env = "TIMELINE_PUBLIC_URL")]
    pub public_url: Option<String>,

    /// Log format.
    #[arg(long, env = "TIMELINE_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,

    /// Log level or filter (error, warn, info, debug, trace, or a tracing filter).
    #[arg(long, env = "TIMELINE_LOG", default_value = "info")]
    pub log_level: String,

    /// Seconds to let requests in flight finish on shutdown.
    #[arg(long, env = "TIMELINE_SHUTDOWN_GRACE", default_value_t = 10)]
    pub shutdown_grace: u64,

    /// Memory for rendered, compressed answers kept to be served again, in
    /// bytes or with a unit (K, M, G: 512K, 64M, 1G); 0 keeps none. Answers
    /// larger than a sixteenth of it are streamed and not kept.
    #[arg(long, env = "TIMELINE_CACHE_BYTES", default_value = "64M", value_parser = parse_bytes)]
    pub cache_bytes: u64,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// Serve the timeline (the default).
    Serve,
    /// Check that a server on --listen answers /healthz; exit 0 if it does.
    /// For container health checks: no curl needed.
    Healthcheck,
    /// Load the corpus, print its events as JSON (the shape of /api/events)
    /// and exit: to see what the extractor finds in a corpus.
    Extract,
    /// Load the corpus, extract and index it, and write the store as a
    /// snapshot that `serve --index FILE` starts from.
    Index {
        /// Snapshot file to write (replaced if it exists).
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
    /// Write a synthetic corpus of invented, article-sized news texts with a
    /// corpus.toml manifest, for load tests and benchmarks. The same
    /// --articles and --seed always give the same files.
    Generate {
        /// How many articles to write.
        #[arg(long)]
        articles: usize,
        /// Folder to write them into (created if needed).
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Seed of the generator.
        #[arg(long, default_value_t = crate::corpus::synthetic::DEFAULT_SEED)]
        seed: u64,
    },
    /// Import articles into the --corpus folder from saved web pages,
    /// RSS/Atom/JSON feeds, files listing web addresses one per line, or web
    /// addresses: each article's main text becomes a .txt file and its
    /// headline, publisher, address and date (from the page's metadata or
    /// the feed) its entry in corpus.toml. Importing again changes nothing.
    Import {
        /// Saved HTML pages, feed files, files of web addresses, folders of
        /// these, or http(s):// addresses.
        #[arg(required = true, value_name = "SOURCE")]
        sources: Vec<String>,
        /// Read files only, fetch nothing: addresses are refused and feed
        /// items that only link to their article are skipped.
        #[arg(long)]
        offline: bool,
        /// Seconds to wait between two requests to the same host.
        #[arg(long, default_value_t = 1.0, value_parser = parse_seconds)]
        delay: f64,
        /// Seconds one request may take in all.
        #[arg(long, default_value_t = 30.0, value_parser = parse_seconds)]
        timeout: f64,
        /// Largest page or feed read or fetched: bytes, or with K, M or G.
        #[arg(long, default_value = "5M", value_parser = parse_bytes)]
        max_bytes: u64,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

/// A number of seconds, from 0 to a day.
fn parse_seconds(raw: &str) -> Result<f64, String> {
    match raw.trim().parse::<f64>() {
        Ok(seconds) if (0.0..=86_400.0).contains(&seconds) => Ok(seconds),
        _ => Err(format!(
            "{raw:?} is not a number of seconds from 0 to 86400, e.g. 1 or 0.5"
        )),
    }
}

/// Normalises a base path to "" or "/prefix" (no trailing slash).
fn parse_base_path(raw: &str) -> Result<String, String> {
    let trimmed = raw.trim().trim_end_matches('/');
    if trimmed.is_empty() {
        return Ok(String::new());
    }
    let path = if trimmed.starts_with('/') {
        trimmed.to_string()
    } else {
        format!("/{trimmed}")
    };
    if path
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/-_.~".contains(c))
        && !path.contains("..")
    {
        Ok(path)
    } else {
        Err(format!(
            "base path {raw:?} may only use letters, digits and / - _ . ~, like /timeline"
        ))
    }
}

/// A size in bytes: a whole number, optionally followed by K, M or G
/// (powers of 1024, with or without "iB" or "B").
fn parse_bytes(raw: &str) -> Result<u64, String> {
    let text = raw.trim();
    let digits = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(digits);
    let scale: u64 = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 1,
        "K" | "KB" | "KIB" => 1 << 10,
        "M" | "MB" | "MIB" => 1 << 20,
        "G" | "GB" | "GIB" => 1 << 30,
        _ => 0,
    };
    number
        .parse::<u64>()
        .ok()
        .filter(|_| scale > 0)
        .and_then(|n| n.checked_mul(scale))
        .ok_or_else(|| {
            format!("{raw:?} is not a size: give bytes as a whole number, or with K, M or G, like 65536, 512K or 64M")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_take_units() {
        assert_eq!(parse_bytes("0").unwrap(), 0);
        assert_eq!(parse_bytes("65536").unwrap(), 65536);
        assert_eq!(parse_bytes("512K").unwrap(), 512 * 1024);
        assert_eq!(parse_bytes("64MiB").unwrap(), 64 << 20);
        assert_eq!(parse_bytes("1 g").unwrap(), 1 << 30);
        for bad in ["", "M", "-1", "1.5M", "64X", "99999999999999999999G"] {
            let error = parse_bytes(bad).unwrap_err();
            assert!(error.contains("64M"), "{bad}: {error}");
        }
    }

    #[test]
    fn base_paths_are_normalised() {
        assert_eq!(parse_base_path("").unwrap(), "");
        assert_eq!(parse_base_path("/").unwrap(), "");
        assert_eq!(parse_base_path("timeline/").unwrap(), "/timeline");
        assert_eq!(parse_base_path("/a/b").unwrap(), "/a/b");
        assert!(parse_base_path("/a b").is_err());
        assert!(parse_base_path("/../x").is_err());
    }
}
