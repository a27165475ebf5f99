//! Static files (stylesheet, script, icon), embedded in the binary and
//! served under `{base}/static/{path}`.
//!
//! Pages link each file with a short hash of its content (`app.css?v=…`), so
//! such a request may be cached for good; a request without the current hash
//! is cached briefly.

use std::collections::HashMap;
use std::sync::LazyLock;

use axum::extract::{Path, RawQuery};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use include_dir::{Dir, include_dir};
use sha2::{Digest, Sha256};

static STATIC: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/static");

/// Cache lifetime for a request carrying the file's current hash.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Cache lifetime for any other request of a static file.
pub const SHORT: &str = "public, max-age=3600";

/// Short content hashes of every embedded file, by path.
static HASHES: LazyLock<HashMap<&'static str, String>> = LazyLock::new(|| {
    let mut hashes = HashMap::new();
    let mut stack = vec![&STATIC];
    while let Some(dir) = stack.pop() {
        for file in dir.files() {
            if let Some(path) = file.path().to_str() {
                let digest = Sha256::digest(file.contents());
                let hex: String = digest.iter().take(5).map(|b| format!("{b:02x}")).collect();
                hashes.insert(path, hex);
            }
        }
        stack.extend(dir.dirs());
    }
    hashes
});

/// The short content hash of an embedded file ("" when there is no such file).
pub fn hash(path: &str) -> &'static str {
    HASHES.get(path).map_or("", String::as_str)
}

/// The address of a static file under `base`, carrying its content hash.
pub fn url(base: &str, path: &str) -> String {
    format!("{base}/static/{path}?v={}", hash(path))
}

/// The media type of a file, by its extension.
pub fn content_type(path: &str) -> &'static str {
    let extension = path
        .rsplit_once('.')
        .map_or("", |(_, e)| e)
        .to_ascii_lowercase();
    match extension.as_str() {
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// Whether a requested path may name an embedded file at all: relative,
/// no empty, `.` or `..` segments, no backslashes or NULs.
fn acceptable(path: &str) -> bool {
    !path.is_empty()
        && !path.contains(['\\', '\0'])
        && path
            .split('/')
            .all(|segment| !segment.is_empty() && segment != "." && segment != "..")
}

/// `GET {base}/static/{*path}`
pub async fn serve(Path(path): Path<String>, RawQuery(query): RawQuery) -> Response {
    let not_found = || (StatusCode::NOT_FOUND, "no such file").into_response();
    if !acceptable(&path) {
        return not_found();
    }
    let Some(file) = STATIC.get_file(&path) else {
        return not_found();
    };
    let versioned = query
        .as_deref()
        .map(|q| form_urlencoded::parse(q.as_bytes()).any(|(k, v)| k == "v" && v == hash(&path)))
        .unwrap_or(false);
    let mut response = file.contents().into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type(&path)),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if versioned { IMMUTABLE } else { SHORT }),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_relative_paths_are_acceptable() {
        assert!(acceptable("app.css"));
        assert!(acceptable("img/icon.svg"));
        for bad in [
            "",
            "../Cargo.toml",
            "a/../b",
            "./app.css",
            "/etc/passwd",
            "a//b",
            "a\\b",
            "a/",
        ] {
            assert!(!acceptable(bad), "{bad:?}");
        }
    }

    #[test]
    fn every_embedded_file_has_a_hash_and_a_type() {
        for path in ["app.css", "app.js", "favicon.svg"] {
            assert_eq!(hash(path).len(), 10, "{path}");
            assert_ne!(content_type(path), "application/octet-stream", "{path}");
        }
        assert_eq!(hash("nothing.css"), "");
    }
}
