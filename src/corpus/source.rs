//! Where a corpus comes from (a folder, or the seeds embedded in the binary)
//! and how one file's bytes become article text or a reason to skip it.

use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use super::CorpusError;

/// The seed corpus and the bundled domain data, compiled into the binary so
/// it runs from any folder.
static SEEDS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/seeds");

/// Articles larger than this are skipped: no news article is this long, and
/// it bounds the memory and start-up time a stray file can cost.
pub const MAX_DOCUMENT_BYTES: usize = 2 * 1024 * 1024;
// Every line of an accepted article can be addressed by a block.
const _: () = assert!(MAX_DOCUMENT_BYTES <= crate::model::Block::MAX_OFFSET);

const MANIFEST: &str = "corpus.toml";
const ACTORS: &str = "actors.toml";
const TOPICS: &str = "topics.toml";
const IMPORTANCE: &str = "importance.toml";
const TONE: &str = "tone.toml";

/// A corpus to load.
#[derive(Debug, Clone)]
pub enum CorpusSource {
    /// The seed articles embedded in the binary.
    Seeds,
    /// A folder of `*.txt` articles with an optional `corpus.toml`, and
    /// optional `actors.toml`, `topics.toml`, `importance.toml` and
    /// `tone.toml` that replace the bundled ones.
    Folder(PathBuf),
}

/// One candidate document file and what was kept of it: by default its
/// text, or why it cannot be an article ([`decode_article`]).
#[derive(Debug, Clone)]
pub struct CorpusFile<C = Article> {
    pub name: String,
    pub contents: C,
}

/// A file's text as an article, or the reason it is skipped.
pub type Article = Result<std::sync::Arc<str>, String>;

/// The contents of a corpus before any parsing: each article file as `C`.
pub(super) struct Listing<C = Article> {
    pub files: Vec<CorpusFile<C>>,
    /// The manifest's file name and text, if there is one.
    pub manifest: Option<(String, String)>,
    pub actors_toml: String,
    pub topics_toml: String,
    pub importance_toml: String,
    pub tone_toml: String,
    pub origin: String,
    pub modified: Option<std::time::SystemTime>,
}

fn is_article(name: &str) -> bool {
    name.to_ascii_lowercase().ends_with(".txt")
}

fn bundled(name: &str) -> String {
    SEEDS
        .get_file(name)
        .and_then(|f| f.contents_utf8())
        .unwrap_or_default()
        .to_owned()
}

impl CorpusSource {
    pub(super) fn read(&self) -> Result<Listing, CorpusError> {
        match self {
            CorpusSource::Seeds => Ok(read_seeds(decode_article)),
            CorpusSource::Folder(path) => read_folder(path),
        }
    }
}

/// Lists the embedded seeds; `contents` turns each article file's bytes
/// into what is kept of it.
fn read_seeds<C>(contents: impl Fn(&[u8]) -> C) -> Listing<C> {
    Listing {
        files: SEEDS
            .files()
            .filter_map(|f| {
                let name = f.path().file_name()?.to_str()?.to_owned();
                is_article(&name).then(|| CorpusFile {
                    name,
                    contents: contents(f.contents()),
                })
            })
            .collect(),
        manifest: SEEDS
            .get_file(MANIFEST)
            .and_then(|f| f.contents_utf8())
            .map(|text| (format!("seeds/{MANIFEST}"), text.to_owned())),
        actors_toml: bundled(ACTORS),
        topics_toml: bundled(TOPICS),
        importance_toml: bundled(IMPORTANCE),
        tone_toml: bundled(TONE),
        origin: "the seed corpus built into this binary".to_owned(),
        modified: None,
    }
}

impl CorpusSource {
    /// A digest of everything the corpus is made of, byte for byte: file
    /// names and contents, the manifest and the data files. Cheap next to
    /// extraction (files are hashed on every core, nothing is parsed), so a
    /// snapshot can be checked against the corpus at start-up.
    pub fn digest(&self) -> Result<String, CorpusError> {
        use rayon::prelude::*;
        use sha2::{Digest, Sha256};
        // A folder's files are hashed as they are read, so that checking a
        // snapshot never holds the whole corpus in memory.
        let (listing, hashed) = match self {
            CorpusSource::Folder(path) => (
                read_folder_with(path, |file| {
                    let bytes = read_prefix(file, MAX_DOCUMENT_BYTES + 1).unwrap_or_default();
                    Sha256::digest(&bytes).to_vec()
                })?,
                true,
            ),
            CorpusSource::Seeds => (read_seeds(<[u8]>::to_vec), false),
        };
        let mut files: Vec<(&str, Vec<u8>)> = listing
            .files
            .par_iter()
            .map(|f| {
                let digest = if hashed {
                    f.contents.clone()
                } else {
                    Sha256::digest(&f.contents).to_vec()
                };
                (f.name.as_str(), digest)
            })
            .collect();
        files.sort_unstable();
        let mut hasher = Sha256::new();
        for (name, digest) in files {
            hasher.update(name.as_bytes());
            hasher.update([0]);
            hasher.update(&digest);
        }
        // Each part is preceded by its length, so no two listings hash alike.
        for part in [
            listing
                .manifest
                .as_ref()
                .map_or("", |(_, text)| text.as_str()),
            &listing.actors_toml,
            &listing.topics_toml,
            &listing.importance_toml,
            &listing.tone_toml,
        ] {
            hasher.update((part.len() as u64).to_le_bytes());
            hasher.update(part.as_bytes());
        }
        Ok(hasher
            .finalize()
            .iter()
            .take(16)
            .map(|b| format!("{b:02x}"))
            .collect())
    }
}

fn read_folder(path: &Path) -> Result<Listing, CorpusError> {
    read_folder_with(path, |file| {
        // Read at most one byte past the limit: enough to know a file is too
        // large without holding all of a huge one in memory.
        let bytes = read_prefix(file, MAX_DOCUMENT_BYTES + 1)
            .unwrap_or_else(|e| format!("\0unreadable: {e}").into_bytes());
        // Decoded as soon as it is read, and the bytes dropped by the thread
        // that read them: a corpus was otherwise held twice, bytes and text,
        // and the bytes freed on other threads stayed resident.
        decode_article(&bytes)
    })
}

/// Lists a corpus folder; `contents` turns each article file into what is
/// kept of it (its text, or only a digest of it). Files are read on every
/// core.
fn read_folder_with<C: Send>(
    path: &Path,
    contents: impl Fn(&Path) -> C + Sync,
) -> Result<Listing<C>, CorpusError> {
    use rayon::prelude::*;
    let folder_error = |source| CorpusError::Folder {
        path: path.display().to_string(),
        source,
    };
    let mut articles = Vec::new();
    let mut modified = None;
    for entry in std::fs::read_dir(path).map_err(folder_error)? {
        let entry = entry.map_err(folder_error)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Ok(changed) = entry.metadata().and_then(|m| m.modified()) {
            modified = modified.max(Some(changed));
        }
        if !is_article(&name) || !entry.path().is_file() {
            continue;
        }
        articles.push((name, entry.path()));
    }
    let files = articles
        .into_par_iter()
        .map(|(name, file)| CorpusFile {
            name,
            contents: contents(&file),
        })
        .collect();
    let data_file = |name: &str| -> Result<Option<String>, CorpusError> {
        match std::fs::read(path.join(name)) {
            Ok(bytes) => String::from_utf8(bytes)
                .map(Some)
                .map_err(|_| CorpusError::DataFile {
                    file: path.join(name).display().to_string(),
                }),
            Err(_) => Ok(None),
        }
    };
    Ok(Listing {
        files,
        manifest: data_file(MANIFEST)?
            .map(|text| (path.join(MANIFEST).display().to_string(), text)),
        actors_toml: data_file(ACTORS)?.unwrap_or_else(|| bundled(ACTORS)),
        topics_toml: data_file(TOPICS)?.unwrap_or_else(|| bundled(TOPICS)),
        importance_toml: data_file(IMPORTANCE)?.unwrap_or_else(|| bundled(IMPORTANCE)),
        tone_toml: data_file(TONE)?.unwrap_or_else(|| bundled(TONE)),
        origin: path.display().to_string(),
        modified,
    })
}

fn read_prefix(path: &Path, limit: usize) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    // Sized from the file's length (and one byte more, to see the end), so
    // that a large corpus is held once, not in buffers grown by doubling.
    let length = file.metadata().map_or(0, |m| m.len() as usize);
    let mut bytes = Vec::with_capacity(length.min(limit) + 1);
    file.take(limit as u64).read_to_end(&mut bytes)?;
    bytes.shrink_to_fit();
    Ok(bytes)
}

/// Turns a file's bytes into article text, or says why it cannot be one.
/// A leading byte-order mark is dropped (it is not part of the text).
pub(super) fn decode_article(bytes: &[u8]) -> Result<std::sync::Arc<str>, String> {
    if let Some(reason) = bytes.strip_prefix(b"\0unreadable: ") {
        return Err(format!(
            "cannot be read: {}",
            String::from_utf8_lossy(reason)
        ));
    }
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(format!(
            "larger than the limit of {} bytes for one article",
            MAX_DOCUMENT_BYTES
        ));
    }
    if bytes.contains(&0) {
        return Err("binary file (it contains NUL bytes)".to_owned());
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.valid_up_to()
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (controls, chars) = controls_and_chars(text);
    if controls * 100 > chars.max(1) {
        return Err("binary file (it is mostly control characters)".to_owned());
    }
    if text.trim().is_empty() {
        return Err("empty file".to_owned());
    }
    Ok(text.into())
}

/// How many of the chars of `text` are control chars other than line
/// ends and tabs, and how many chars it has: counted on its bytes, which
/// every article goes through before it is read, where decoding each char
/// took 0.08 s of CPU on 10,000 articles. A control char (Unicode's `Cc`) is
/// one byte below 0x20 or 0x7f, or the two bytes of U+0080 to U+009F.
fn controls_and_chars(text: &str) -> (usize, usize) {
    let bytes = text.as_bytes();
    let chars = bytes.iter().filter(|&&b| !is_continuation(b)).count();
    let one_byte = bytes
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t')) || b == 0x7f)
        .count();
    let two_bytes = bytes
        .iter()
        .zip(bytes.iter().skip(1))
        .filter(|&(&lead, &next)| lead == 0xc2 && (0x80..=0x9f).contains(&next))
        .count();
    (one_byte + two_bytes, chars)
}

/// Whether `byte` continues a char of UTF-8 rather than starting one.
fn is_continuation(byte: u8) -> bool {
    byte & 0xc0 == 0x80
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_chars_are_counted_on_bytes_as_on_chars() {
        let by_chars = |text: &str| {
            let controls = text
                .chars()
                .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
                .count();
            (controls, text.chars().count())
        };
        let mut texts: Vec<String> = crate::extract::text::fixture_texts()
            .into_iter()
            .map(|(_, text)| text)
            .collect();
        texts.push("a\u{1}b\u{7f}\u{80}\u{9f}\u{a0}\u{c2}\t\r\n—Ա\u{85}".to_owned());
        texts.push((0..0x250u32).filter_map(char::from_u32).collect());
        for text in &texts {
            assert_eq!(controls_and_chars(text), by_chars(text), "{text:?}");
        }
    }

    #[test]
    fn every_bad_kind_of_file_says_why() {
        assert_eq!(decode_article(b"").unwrap_err(), "empty file");
        assert_eq!(decode_article(b" \n\r\n").unwrap_err(), "empty file");
        assert!(
            decode_article(b"abc\xff\xfe")
                .unwrap_err()
                .contains("not UTF-8")
        );
        assert!(
            decode_article(b"PK\x03\x04\0\0")
                .unwrap_err()
                .contains("binary")
        );
        assert!(
            decode_article(&vec![b'a'; MAX_DOCUMENT_BYTES + 1])
                .unwrap_err()
                .contains("limit")
        );
    }

    #[test]
    fn a_byte_order_mark_is_not_part_of_the_text() {
        assert_eq!(
            &*decode_article("\u{feff}Text.".as_bytes()).unwrap(),
            "Text."
        );
    }

    #[test]
    fn the_seeds_are_embedded_with_their_data() {
        let listing = CorpusSource::Seeds.read().unwrap();
        assert!(listing.files.len() >= 5);
        assert!(listing.files.iter().all(|f| f.name.ends_with(".txt")));
        assert!(listing.manifest.is_some());
        assert!(!listing.actors_toml.is_empty());
    }
}
