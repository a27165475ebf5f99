//! A hostile corpus: markup in articles, in the manifest and in file names,
//! a 10 MB line, invalid UTF-8, an empty file, a binary file, CRLF line ends,
//! a byte-order mark, a manifest entry for a missing file and files that are
//! no articles. The corpus still loads, every file is accounted for with the
//! reason it was skipped, and no page, feed or export carries the injected
//! markup unescaped or links to a `javascript:` address.

mod common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::http::{HeaderMap, StatusCode, header};
use common::fetch as fetch_once;
use csto_timeline::corpus::{Corpus, CorpusSource, LoadStatus, MAX_DOCUMENT_BYTES};
use csto_timeline::extract::load_corpus;
use csto_timeline::web::{AppState, Settings, app};

const SCRIPT: &str = "<script>alert(\"x\")</script>";
const SCRIPT_1: &str = "<script>alert(1)</script>";
const IMAGE: &str = "<img src=x onerror=alert(1)>";
const BREAKOUT: &str = "\"><b>";
const SINGLE_BREAKOUT: &str = "'><i>";

/// What must never appear in an HTML page or an Atom feed: the markup as
/// written, which a browser would run or render.
const NEEDLES: &[&str] = &[
    "<script>alert",
    "<img src=x onerror",
    "\"><b>",
    "'><i>",
    "<b>",
    "<i>",
];

/// A hostile file name: markup where a document id goes.
const MARKUP_NAME: &str = "\"><img src=x onerror=alert(1)>.txt";
/// A file name that would be a script address if linked relatively.
const SCHEME_NAME: &str = "javascript:alert(1).txt";

/// A folder that is removed when dropped, even when a test fails.
struct TempFolder(PathBuf);

impl TempFolder {
    fn new(label: &str) -> TempFolder {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!(
            "csto-{label}-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        TempFolder(path)
    }

    fn write(&self, name: &str, bytes: impl AsRef<[u8]>) {
        std::fs::write(self.0.join(name), bytes).unwrap();
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempFolder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const CRLF: &[u8] = b"Armenia and the CSTO\r\n\r\n\
On November 23, 2022, Pashinyan refused to sign the CSTO declaration in Yerevan.\r\n\
Peskov said on Thursday that the CSTO summit had been useful.\r\n";
const CRLF_QUOTE: &str =
    "On November 23, 2022, Pashinyan refused to sign the CSTO declaration in Yerevan.";

const BOM: &str =
    "\u{feff}On 12 December 2022, Azerbaijani activists blocked the Lachin corridor.\n";
const BOM_QUOTE: &str = "On 12 December 2022, Azerbaijani activists blocked the Lachin corridor.";

const BOM_CRLF: &str = "\u{feff}On 22 February 2024, Pashinyan said Armenia had frozen its participation in the CSTO.\r\n";
const BOM_CRLF_QUOTE: &str =
    "On 22 February 2024, Pashinyan said Armenia had frozen its participation in the CSTO.";

/// Writes the hostile corpus into `folder`.
fn write_hostile_corpus(folder: &TempFolder) {
    // Markup in the text, and (below) in the manifest's title, publisher and url.
    folder.write(
        "markup.txt",
        format!(
            "Pashinyan {SCRIPT} warns the CSTO\n\n\
             On 3 October 2023, {SCRIPT_1} Pashinyan said Armenia would leave the CSTO {IMAGE}.\n\n\
             On 3 October 2023, the Parliament of Armenia {BREAKOUT} ratified the Rome Statute {SINGLE_BREAKOUT}.\n"
        ),
    );
    // Markup in a headline that becomes the title (the manifest gives none),
    // and a web address whose path breaks out of an attribute.
    folder.write(
        "headline.txt",
        format!(
            "Azerbaijan {IMAGE} attacks {BREAKOUT} Karabakh\n\n\
             On 19 September 2023, Azerbaijan launched an offensive in Nagorno-Karabakh {SCRIPT} and the CSTO did not respond.\n"
        ),
    );
    // Markup and a script address as file names.
    folder.write(
        MARKUP_NAME,
        format!("On 14 November 2023, {SCRIPT_1} Pashinyan skipped the CSTO summit in Minsk.\n"),
    );
    folder.write(
        SCHEME_NAME,
        "On 15 November 2023, Armenia did not attend the CSTO meeting in Minsk.\n",
    );
    // Over the size limit: one line of about 10 MB.
    let mut huge = b"On 3 October 2023, Armenia ".repeat(10 * 1024 * 1024 / 27);
    huge.extend_from_slice(b"left.");
    assert!(huge.len() > MAX_DOCUMENT_BYTES && !huge.contains(&b'\n'));
    folder.write("huge.txt", huge);
    folder.write(
        "latin1.txt",
        b"On 3 October 2023, Yerevan \xe9t\xe9 \xff\xfe said.\n",
    );
    folder.write("empty.txt", b"");
    folder.write(
        "binary.txt",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89",
    );
    folder.write("crlf.txt", CRLF);
    folder.write("bom.txt", BOM);
    folder.write("bom-crlf.txt", BOM_CRLF);
    // Not articles: ignored without a word.
    folder.write("notes.md", "# On 3 October 2023, nothing happened.\n");
    folder.write("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    std::fs::create_dir_all(folder.path().join("folder.txt")).unwrap();
    let manifest = [
        (
            "markup.txt",
            vec![
                ("title", format!("{SCRIPT}{BREAKOUT}")),
                ("publisher", format!("{IMAGE}{SINGLE_BREAKOUT}")),
                ("url", "javascript:alert(1)".to_string()),
                ("published", "2023-10-10".to_string()),
            ],
        ),
        (
            "headline.txt",
            vec![
                ("publisher", "News\r\nX-INJECTED:1".to_string()),
                ("url", format!("https://example.org/a{BREAKOUT}{SCRIPT_1}")),
                ("published", "2023-09-20".to_string()),
            ],
        ),
        (
            MARKUP_NAME,
            vec![
                ("url", " JaVaScRiPt:alert(1)".to_string()),
                ("published", "2023-11-15".to_string()),
            ],
        ),
        (
            SCHEME_NAME,
            vec![
                ("title", "Line one\r\nX-INJECTED:2".to_string()),
                ("url", "\tjavascript:alert(1)".to_string()),
                ("published", "2023-11-16".to_string()),
            ],
        ),
        ("crlf.txt", vec![("published", "2022-11-24".to_string())]),
        ("bom.txt", vec![("published", "2023-01-10".to_string())]),
        (
            "gone.txt",
            vec![("title", format!("{SCRIPT} is not there"))],
        ),
    ];
    let mut toml = String::new();
    for (file, fields) in manifest {
        toml.push_str(&format!("[documents.{}]\n", toml_string(file)));
        for (key, value) in fields {
            toml.push_str(&format!("{key} = {}\n", toml_string(&value)));
        }
        toml.push('\n');
    }
    folder.write("corpus.toml", toml);
}

/// A TOML basic string holding `text` exactly.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The hostile corpus, loaded once per test binary (the folder is gone by
/// the time the tests look at it: everything is in memory).
fn hostile_state() -> AppState {
    static STATE: OnceLock<AppState> = OnceLock::new();
    STATE
        .get_or_init(|| {
            let folder = TempFolder::new("hostile");
            write_hostile_corpus(&folder);
            let corpus = load_corpus(&CorpusSource::Folder(folder.path().to_path_buf()))
                .expect("a hostile corpus still loads");
            let store = csto_timeline::store::Store::build(corpus)
                .expect("a hostile corpus still builds a store");
            AppState::new(store, Settings::default())
        })
        .clone()
}

/// Percent-encodes one path segment.
fn segment(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

struct Fetched {
    uri: String,
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

impl Fetched {
    fn content_type(&self) -> &str {
        self.headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

/// GET, following redirects (to a view's canonical address) a few times.
async fn fetch(uri: &str) -> Fetched {
    let mut uri = uri.to_string();
    for _ in 0..4 {
        let answer = fetch_once(&app(hostile_state()), &uri).await;
        let (status, headers, body) = (answer.status, answer.headers, answer.bytes);
        if status.is_redirection() {
            uri = headers
                .get(header::LOCATION)
                .expect("a redirect says where to")
                .to_str()
                .unwrap()
                .to_string();
            continue;
        }
        return Fetched {
            uri,
            status,
            headers,
            body: String::from_utf8(body).expect("bodies are UTF-8"),
        };
    }
    panic!("{uri}: too many redirects");
}

/// Decodes the HTML character references a browser would decode in an
/// attribute value (enough of them to see through an encoded scheme).
fn decode_entities(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let Some(end) = rest.find(';').filter(|&end| end <= 12) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..end];
        let decoded = if let Some(hex) = name.strip_prefix("#x").or(name.strip_prefix("#X")) {
            u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
        } else if let Some(dec) = name.strip_prefix('#') {
            dec.parse().ok().and_then(char::from_u32)
        } else {
            match name {
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "colon" => Some(':'),
                "Tab" => Some('\t'),
                "NewLine" => Some('\n'),
                _ => None,
            }
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Every value of the URL-bearing attributes of an HTML page, decoded.
fn link_targets(html: &str) -> Vec<String> {
    let lower = html.to_ascii_lowercase();
    let mut targets = Vec::new();
    for attribute in ["href", "src", "action", "formaction", "xlink:href"] {
        let mut from = 0;
        while let Some(found) = lower[from..].find(attribute) {
            let start = from + found;
            from = start + attribute.len();
            // An attribute name stands after whitespace and before `=`.
            if !lower[..start].ends_with(|c: char| c.is_ascii_whitespace()) {
                continue;
            }
            let after = lower[from..].trim_start();
            let Some(after) = after.strip_prefix('=') else {
                continue;
            };
            let value_at = html.len() - after.trim_start().len();
            let raw = &html[value_at..];
            let value = match raw.chars().next() {
                Some(quote @ ('"' | '\'')) => raw[1..].split(quote).next().unwrap_or(""),
                _ => raw
                    .split(|c: char| c.is_ascii_whitespace() || c == '>')
                    .next()
                    .unwrap_or(""),
            };
            targets.push(decode_entities(value));
        }
    }
    targets
}

/// Whether a browser would run this link target as script: it strips
/// leading spaces and control characters and tabs and line breaks anywhere,
/// and reads the scheme case-insensitively.
fn is_script_address(target: &str) -> bool {
    let squeezed: String = target
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .to_ascii_lowercase();
    squeezed.starts_with("javascript:") || squeezed.starts_with("vbscript:")
}

#[test]
fn the_link_checker_sees_through_quoting_case_and_character_references() {
    let page = "<a class=x href=\"/a\">a</a><a\nHREF='JavaScript:alert(1)'>b</a>\
                <a href=&#x6a;avascript&colon;alert(1)>c</a><img src=\" &#9;java&#10;script:x\">\
                <p data-href=\"javascript:x\">not a link</p>";
    let targets = link_targets(page);
    assert_eq!(targets.len(), 4, "{targets:?}");
    assert_eq!(targets[0], "/a");
    assert_eq!(
        targets.iter().filter(|t| is_script_address(t)).count(),
        3,
        "{targets:?}"
    );
}

/// The documents as `/api/documents` lists them: id → (status, reason).
async fn listed_documents() -> Vec<(String, String, String)> {
    let fetched = fetch("/api/documents").await;
    assert_eq!(fetched.status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_str(&fetched.body).unwrap();
    json["documents"]
        .as_array()
        .expect("a list of documents")
        .iter()
        .map(|d| {
            (
                d["id"].as_str().unwrap().to_string(),
                d["status"].as_str().unwrap().to_string(),
                d["reason"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[tokio::test]
async fn every_file_is_accounted_for_with_its_reason() {
    let listed = listed_documents().await;
    let status_of = |id: &str| {
        listed
            .iter()
            .find(|(d, _, _)| d == id)
            .map(|(_, status, reason)| (status.as_str(), reason.as_str()))
            .unwrap_or_else(|| panic!("{id} is not listed in {listed:?}"))
    };
    for loaded in [
        "markup.txt",
        "headline.txt",
        MARKUP_NAME,
        SCHEME_NAME,
        "crlf.txt",
        "bom.txt",
        "bom-crlf.txt",
    ] {
        assert_eq!(status_of(loaded), ("loaded", ""), "{loaded}");
    }
    for (skipped, problem) in [
        ("huge.txt", "limit"),
        ("latin1.txt", "UTF-8"),
        ("empty.txt", "empty"),
        ("binary.txt", "binary"),
    ] {
        let (status, reason) = status_of(skipped);
        assert_eq!(status, "skipped", "{skipped}");
        assert!(reason.contains(problem), "{skipped}: {reason:?}");
    }
    assert!(
        status_of("huge.txt")
            .1
            .contains(&MAX_DOCUMENT_BYTES.to_string())
    );
    assert_eq!(status_of("gone.txt"), ("missing", ""));
    for ignored in ["notes.md", "image.png", "folder.txt", "corpus.toml"] {
        assert!(
            listed.iter().all(|(id, _, _)| id != ignored),
            "{ignored} is no article"
        );
    }
    assert_eq!(listed.len(), 12, "{listed:?}");

    // The store agrees with what the API says.
    let store = hostile_state().store();
    assert_eq!(store.documents().len(), 12);
    for document in store.documents() {
        match &document.status {
            LoadStatus::Loaded => assert!(!document.text.is_empty(), "{}", document.id),
            LoadStatus::Skipped(reason) => assert!(!reason.is_empty(), "{}", document.id),
            LoadStatus::Missing => assert_eq!(document.id, "gone.txt"),
        }
    }
    // Each article's page says the same, with the reason.
    for (id, status, reason) in &listed {
        let page = fetch(&format!("/documents/{}", segment(id))).await;
        assert_eq!(page.status, StatusCode::OK, "{id}");
        let text = decode_entities(&page.body);
        assert!(text.contains(status.as_str()), "{id}: {status}");
        assert!(text.contains(reason.as_str()), "{id}: {reason}");
    }
}

#[tokio::test]
async fn crlf_and_byte_order_mark_articles_give_verbatim_quotes() {
    let store = hostile_state().store();
    let quotes_of = |document: &str| -> Vec<String> {
        store
            .events()
            .iter()
            .flat_map(|e| &e.sources)
            .filter(|s| s.document == document)
            .map(|s| s.quote.to_string())
            .collect()
    };
    for (document, file, quote) in [
        ("crlf.txt", CRLF, CRLF_QUOTE),
        ("bom.txt", BOM.as_bytes(), BOM_QUOTE),
        ("bom-crlf.txt", BOM_CRLF.as_bytes(), BOM_CRLF_QUOTE),
    ] {
        let quotes = quotes_of(document);
        assert!(
            quotes.iter().any(|q| q == quote),
            "{document}: {quotes:?} lacks {quote:?}"
        );
        let file = std::str::from_utf8(file).unwrap();
        for q in &quotes {
            assert!(
                file.contains(q.as_str()),
                "{document}: {q:?} is not verbatim"
            );
        }
        let text = &store.document(document).unwrap().text;
        assert!(!text.starts_with('\u{feff}'), "{document} keeps its BOM");
    }
    // Every quote of every document is the article's own words.
    for event in store.events() {
        for source in &event.sources {
            let text = &store.document(&source.document).unwrap().text;
            assert_eq!(
                text.get(source.range()),
                Some(source.quote.as_str()),
                "{}",
                source.document
            );
            assert!(
                !source.quote.contains(['\r', '\n', '\u{feff}']),
                "{}: {:?}",
                source.document,
                source.quote
            );
        }
    }
    // The article page shows the CRLF article's lines without stray `\r`.
    let page = fetch("/documents/crlf.txt").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(CRLF_QUOTE));
    assert!(!page.body.contains('\r'));
    assert!(!page.body.contains('\u{feff}'));
}

/// The hostile inputs reach the events, so the checks below are not vacuous.
#[tokio::test]
async fn the_markup_reaches_events_as_data() {
    let store = hostile_state().store();
    for (document, needle) in [
        ("markup.txt", SCRIPT_1),
        ("markup.txt", IMAGE),
        ("markup.txt", BREAKOUT),
        ("headline.txt", SCRIPT),
        (MARKUP_NAME, SCRIPT_1),
        (SCHEME_NAME, "Minsk"),
    ] {
        assert!(
            store
                .events()
                .iter()
                .flat_map(|e| &e.sources)
                .any(|s| s.document == document && s.quote.contains(needle)),
            "no event of {document} quotes {needle:?}"
        );
    }
    let headline = store.document("headline.txt").unwrap();
    assert!(
        headline.title.as_deref().unwrap_or("").contains(IMAGE),
        "{:?}",
        headline.title
    );
    // Shown escaped: the text is there, as text.
    let event = store
        .events()
        .iter()
        .find(|e| e.sources.iter().any(|s| s.document == "markup.txt"))
        .unwrap();
    let page = fetch(&format!("/events/{}", segment(&event.id))).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        !page.body.contains(SCRIPT) && decode_entities(&page.body).contains(SCRIPT),
        "the event page does not show the markup as text"
    );
}

/// Addresses that echo hostile input back (answered 200, 400 or 404).
const ECHOING_URIS: &[&str] = &[
    "/",
    "/?q=script",
    "/?q=alert",
    "/?q=onerror",
    "/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/?q=%22%3E%3Cb%3E",
    "/?actor=%22%3E%3Cb%3E&topic=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E",
    "/?from=%3Cscript%3Ealert(1)&order=%27%3E%3Ci%3E",
    "/actors",
    "/topics",
    "/documents",
    "/about",
    "/events/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/documents/%22%3E%3Cb%3E",
    "/actors/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    "/topics/%27%3E%3Ci%3E",
    "/no/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
];

/// Every page of the hostile corpus (each answered 200).
fn hostile_pages() -> Vec<String> {
    let store = hostile_state().store();
    let mut uris: Vec<String> = vec![
        "/".into(),
        "/actors".into(),
        "/topics".into(),
        "/documents".into(),
        "/about".into(),
    ];
    uris.extend(
        store
            .events()
            .iter()
            .map(|e| format!("/events/{}", segment(&e.id))),
    );
    uris.extend(
        store
            .documents()
            .iter()
            .map(|d| format!("/documents/{}", segment(&d.id))),
    );
    uris.extend(
        store
            .actors()
            .iter()
            .filter(|a| store.actor_event_count(&a.id) > 0)
            .map(|a| format!("/actors/{}", segment(&a.id))),
    );
    uris.extend(
        store
            .topics()
            .iter()
            .filter(|t| store.topic_event_count(&t.id) > 0)
            .map(|t| format!("/topics/{}", segment(&t.id))),
    );
    uris
}

#[tokio::test]
async fn no_page_carries_the_markup_unescaped_or_links_to_script() {
    let pages = hostile_pages();
    let store = hostile_state().store();
    assert!(store.events().len() >= 6, "{} events", store.events().len());
    let mut uris: Vec<(&str, bool)> = pages.iter().map(|u| (u.as_str(), true)).collect();
    uris.extend(ECHOING_URIS.iter().map(|u| (*u, false)));
    let mut links = 0;
    for (uri, exists) in uris {
        let page = fetch(uri).await;
        let uri = &page.uri;
        if exists {
            assert_eq!(page.status, StatusCode::OK, "{uri}");
        } else {
            assert!(
                matches!(page.status.as_u16(), 200 | 400 | 404),
                "{uri}: {}",
                page.status
            );
        }
        assert!(
            page.content_type().starts_with("text/html"),
            "{uri}: {}",
            page.content_type()
        );
        for needle in NEEDLES {
            assert!(
                !page.body.contains(needle),
                "{uri} carries {needle:?} unescaped"
            );
        }
        for target in link_targets(&page.body) {
            assert!(!is_script_address(&target), "{uri} links to {target:?}");
            links += 1;
        }
    }
    assert!(links > 100, "only {links} links were checked");
    // The one real web address is a link, escaped.
    let page = fetch("/documents/headline.txt").await;
    let web_address = format!("https://example.org/a{BREAKOUT}{SCRIPT_1}");
    assert!(
        link_targets(&page.body).contains(&web_address),
        "the web address is not a link"
    );
}

#[tokio::test]
async fn the_atom_feed_is_well_formed_and_carries_the_markup_as_text() {
    for uri in [
        "/feed.atom",
        "/feed.atom?q=alert",
        "/feed.atom?order=newest",
    ] {
        let feed = fetch(uri).await;
        assert_eq!(feed.status, StatusCode::OK, "{uri}");
        assert!(
            feed.content_type().starts_with("application/atom+xml"),
            "{uri}: {}",
            feed.content_type()
        );
        for needle in NEEDLES {
            assert!(
                !feed.body.contains(needle),
                "{uri} carries {needle:?} unescaped"
            );
        }
        assert!(!feed.body.contains("javascript:"), "{uri}");
        let document = roxmltree::Document::parse(&feed.body)
            .unwrap_or_else(|e| panic!("{uri} is not well-formed XML: {e}"));
        let root = document.root_element();
        assert_eq!(root.tag_name().name(), "feed");
        // No element or attribute came from the articles.
        for node in root.descendants().filter(|n| n.is_element()) {
            assert!(
                !matches!(node.tag_name().name(), "script" | "img" | "b" | "i"),
                "{uri}: <{}>",
                node.tag_name().name()
            );
            assert!(
                node.attributes().all(|a| !a.name().starts_with("on")),
                "{uri}: an event handler attribute"
            );
        }
        if uri == "/feed.atom" {
            let text: String = root
                .descendants()
                .filter_map(|n| n.text())
                .collect::<Vec<_>>()
                .join(" ");
            assert!(
                text.contains(SCRIPT_1),
                "{uri}: the quote lost its text; an Atom reader would not show what the article says"
            );
        }
    }
}

#[tokio::test]
async fn data_formats_carry_the_markup_as_data_never_as_a_page() {
    let store = hostile_state().store();
    let mut json_uris: Vec<String> = [
        "/api/events",
        "/api/events?q=script",
        "/api/actors",
        "/api/topics",
        "/api/documents",
        "/api/events?actor=%22%3E%3Cb%3E",
        "/api/events/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    ]
    .iter()
    .map(|u| u.to_string())
    .collect();
    json_uris.extend(
        store
            .events()
            .iter()
            .map(|e| format!("/api/events/{}", segment(&e.id))),
    );
    for uri in &json_uris {
        let response = fetch(uri).await;
        let echoes = uri.contains('%');
        assert!(
            response.status == StatusCode::OK
                || echoes && matches!(response.status.as_u16(), 400 | 404),
            "{uri}: {}",
            response.status
        );
        assert!(
            response.content_type().starts_with("application/json"),
            "{uri}: {}",
            response.content_type()
        );
        assert_eq!(
            response.headers.get("x-content-type-options").unwrap(),
            "nosniff",
            "{uri}"
        );
        serde_json::from_str::<serde_json::Value>(&response.body)
            .unwrap_or_else(|e| panic!("{uri}: not JSON: {e}"));
    }
    // The API gives the article's words back as they are.
    let events = fetch("/api/events").await.body;
    let events: serde_json::Value = serde_json::from_str(&events).unwrap();
    assert!(events.to_string().contains("alert(1)"));

    for (uri, kind) in [
        ("/events.csv", "text/csv"),
        ("/events.ics", "text/calendar"),
    ] {
        let export = fetch(uri).await;
        assert_eq!(export.status, StatusCode::OK, "{uri}");
        let content_type = export.content_type();
        assert!(content_type.starts_with(kind), "{uri}: {content_type}");
        assert!(!content_type.contains("html"), "{uri}: {content_type}");
        assert_eq!(
            export.headers.get("x-content-type-options").unwrap(),
            "nosniff",
            "{uri}"
        );
    }

    // The CSV still parses: markup, quotes and line breaks stay in their fields.
    let csv_body = fetch("/events.csv").await.body;
    let mut reader = csv::Reader::from_reader(csv_body.as_bytes());
    let width = reader.headers().unwrap().len();
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), store.events().len());
    assert!(rows.iter().all(|r| r.len() == width));
    assert!(rows.iter().any(|r| r.iter().any(|f| f.contains(SCRIPT_1))));

    // The calendar: a line break in the manifest cannot start a property.
    let ics = fetch("/events.ics").await.body;
    assert!(ics.ends_with("\r\n"));
    for line in ics.split_terminator("\r\n") {
        assert!(!line.contains(['\r', '\n']), "a bare line break: {line:?}");
        assert!(line.len() <= 75, "an unfolded line: {line:?}");
    }
    let unfolded = ics.replace("\r\n ", "");
    assert!(
        unfolded.contains("X-INJECTED:2"),
        "the title with a line break is not in the calendar"
    );
    for line in unfolded.split_terminator("\r\n") {
        assert!(
            !line.starts_with("X-INJECTED"),
            "an injected property: {line:?}"
        );
    }
    assert_eq!(
        ics.matches("BEGIN:VEVENT").count(),
        store.events().len(),
        "one VEVENT per event"
    );
}

#[test]
fn a_manifest_that_does_not_parse_names_file_line_and_problem() {
    let cases: [(&str, usize, &str); 4] = [
        (
            "[documents.\"a.txt\"]\ntitle = \"ok\"\npublisher = '<img>'><i>'\n",
            3,
            "expected",
        ),
        (
            "[documents.\"a.txt\"]\ntitle = \"ok\"\npublished = \"soon\"\n",
            3,
            "soon",
        ),
        (
            "[documents.\"a.txt\"]\ntitle = \"ok\"\n\ntitle = 'twice'\n",
            4,
            "duplicate key",
        ),
        (
            "# The articles\n[documents.\"a.txt\"]\nheadline = \"no such field\"\n",
            3,
            "headline",
        ),
    ];
    for (manifest, line, problem) in cases {
        let folder = TempFolder::new("manifest");
        folder.write(
            "a.txt",
            "On 3 October 2023, Armenia ratified the Rome Statute.\n",
        );
        folder.write("corpus.toml", manifest);
        let error = Corpus::load(&CorpusSource::Folder(folder.path().to_path_buf()))
            .expect_err("a broken manifest stops the load")
            .to_string();
        assert!(error.contains("corpus.toml"), "{error}");
        assert!(error.contains(&format!("line {line}")), "{error}");
        assert!(error.contains(problem), "{error}");
    }
}
