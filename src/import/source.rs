//! What a SOURCE on the command line is: a web address, a saved HTML page, a
//! feed file, a file listing web addresses, or a folder of such files.
//!
//! Files are told apart by their contents, not their names: browsers save
//! pages as `.htm`, `.html`, `.xhtml` or with no extension at all, and
//! feeds come as `.xml`, `.rss`, `.atom` or `.json`. The name only breaks a
//! tie.

use std::path::{Path, PathBuf};

/// A source to import from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Url(String),
    Page(PathBuf),
    Feed(PathBuf),
    UrlList(PathBuf),
    Folder(PathBuf),
}

/// Files in a folder that are imported: pages and feeds. Other files (the
/// images and scripts a browser saves beside a page, in a folder of their
/// own) are not looked at.
const FOLDER_EXTENSIONS: [&str; 9] = [
    "html", "htm", "xhtml", "shtml", "xml", "rss", "atom", "json", "urls",
];

/// Says what `raw` is. Files are read (up to `max_bytes`) to tell.
pub fn classify(raw: &str, max_bytes: u64) -> Result<Source, String> {
    let lower = raw.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        return url::Url::parse(raw)
            .map(|_| Source::Url(raw.to_owned()))
            .map_err(|e| format!("{raw} is not a valid web address: {e}"));
    }
    if lower.contains("://") {
        return Err(format!(
            "{raw}: only http:// and https:// addresses can be fetched"
        ));
    }
    let path = PathBuf::from(raw);
    let metadata = std::fs::metadata(&path).map_err(|e| {
        format!(
            "{raw}: no such file or folder ({e}); give a saved HTML page, a feed file, \
             a file of web addresses, a folder of these, or an http(s):// address"
        )
    })?;
    if metadata.is_dir() {
        return Ok(Source::Folder(path));
    }
    if metadata.len() > max_bytes {
        return Err(format!(
            "{raw} is {} bytes, more than the limit of {max_bytes} (raise it with --max-bytes)",
            metadata.len()
        ));
    }
    let bytes = std::fs::read(&path).map_err(|e| format!("{raw} cannot be read: {e}"))?;
    sniff(&path, &bytes)
}

/// Tells a page, a feed and a list of addresses apart by their contents.
fn sniff(path: &Path, bytes: &[u8]) -> Result<Source, String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if super::feed::looks_like_feed(bytes) {
        return Ok(Source::Feed(path.to_owned()));
    }
    if head.starts_with("<!doctype html")
        || head.contains("<html")
        || head.contains("<head")
        || head.contains("<body")
        || matches!(extension.as_str(), "html" | "htm" | "xhtml" | "shtml")
    {
        return Ok(Source::Page(path.to_owned()));
    }
    if head.starts_with('{') || head.starts_with("<?xml") {
        // Neither a page nor a feed we know: the feed parser says what is
        // wrong with it.
        return Ok(Source::Feed(path.to_owned()));
    }
    if bytes.contains(&0) {
        return Err(format!(
            "{}: a binary file, not an HTML page, a feed or a list of web addresses",
            path.display()
        ));
    }
    let text = String::from_utf8_lossy(bytes);
    let mut lines = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'));
    if lines.clone().next().is_some()
        && lines.all(|l| l.starts_with("http://") || l.starts_with("https://"))
    {
        return Ok(Source::UrlList(path.to_owned()));
    }
    Err(format!(
        "{}: not an HTML page, an RSS, Atom or JSON feed, or a list of web addresses \
         (one http(s):// address a line, # for comments)",
        path.display()
    ))
}

/// The page and feed files of a folder, in name order.
pub fn folder_files(folder: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(folder)
        .map_err(|e| format!("cannot read the folder {}: {e}", folder.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.is_file()
                && path
                    .extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| FOLDER_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        })
        .collect();
    files.sort();
    Ok(files)
}

/// The addresses of a list: one to a line, blank lines and `#` comments
/// skipped. A line that is not an address is an error naming it.
pub fn read_url_list(path: &Path) -> Result<Vec<String>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{} cannot be read as text: {e}", path.display()))?;
    let mut urls = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match url::Url::parse(line) {
            Ok(url) if matches!(url.scheme(), "http" | "https") => urls.push(line.to_owned()),
            _ => {
                return Err(format!(
                    "{}, line {}: {line:?} is not an http(s):// address",
                    path.display(),
                    number + 1
                ));
            }
        }
    }
    Ok(urls)
}

/// Page bytes as text: UTF-8 unless the answer's header, a byte-order mark
/// or the page's own `<meta charset>` names another encoding (Russian- and
/// Armenian-language sites still serve windows-1251 and the like).
pub fn decode_html(bytes: &[u8], header_charset: Option<&str>) -> String {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return encoding
            .decode_without_bom_handling(&bytes[bom..])
            .0
            .into_owned();
    }
    let declared = header_charset
        .map(str::to_owned)
        .or_else(|| meta_charset(bytes))
        .and_then(|label| encoding_rs::Encoding::for_label(label.trim().as_bytes()));
    match declared {
        Some(encoding) if encoding != encoding_rs::UTF_8 => {
            encoding.decode_without_bom_handling(bytes).0.into_owned()
        }
        _ => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// `<meta charset="...">` or the `charset=` of an `http-equiv` tag, in the
/// first kilobytes where it must be.
fn meta_charset(bytes: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let start = head.find("charset=")? + "charset=".len();
    let rest = head[start..].trim_start_matches(['"', '\'']);
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(rest.len());
    Some(rest[..end].to_owned()).filter(|c| !c.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_told_apart_by_their_contents() {
        let path = Path::new("saved");
        assert_eq!(
            sniff(path, b"<!DOCTYPE html><html><body>x</body></html>"),
            Ok(Source::Page(path.to_owned()))
        );
        assert_eq!(
            sniff(
                path,
                b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>"
            ),
            Ok(Source::Feed(path.to_owned()))
        );
        assert_eq!(
            sniff(
                path,
                b"{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}"
            ),
            Ok(Source::Feed(path.to_owned()))
        );
        assert_eq!(
            sniff(
                path,
                b"# links\nhttps://example.org/a\n\nhttp://example.org/b\n"
            ),
            Ok(Source::UrlList(path.to_owned()))
        );
        assert!(
            sniff(path, b"just some notes\n")
                .unwrap_err()
                .contains("not an HTML page")
        );
    }

    #[test]
    fn pages_in_legacy_encodings_are_decoded() {
        let (bytes, _, _) =
            encoding_rs::WINDOWS_1251.encode("<meta charset=\"windows-1251\"><p>Ереван</p>");
        assert!(decode_html(&bytes, None).contains("Ереван"));
        assert!(decode_html("<p>Երևան</p>".as_bytes(), None).contains("Երևան"));
    }
}
