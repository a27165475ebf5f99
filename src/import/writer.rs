//! Writing imported articles into a corpus folder: each article's text as
//! `<date>_<slug>.txt` and its entry in `corpus.toml`, all or nothing.
//!
//! An article already in the corpus (the same canonical address, or the
//! same text) is found and left alone when nothing about it changed, or
//! updated in place (same file name, so links to it keep working) when it
//! did. `corpus.toml` is edited with `toml_edit`, which keeps its comments,
//! formatting and order: a researcher's notes in it survive every import.
//!
//! Every file is first written to a temporary file in the corpus folder and
//! renamed into place only once all of them are written; `corpus.toml` is
//! renamed last. A failure before that leaves the corpus as it was; a
//! failure while renaming puts back what was already renamed.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use toml_edit::{DocumentMut, InlineTable, Item, Table, value};

use super::{Article, Field, Outcome};
use crate::corpus::{MAX_DOCUMENT_BYTES, Manifest, ManifestEntry};

const MANIFEST: &str = "corpus.toml";

/// What heads a `corpus.toml` that the import creates.
const HEADER: &str = "\
# What is known about each article that its text does not say (see the
# README, \"Adding articles\"). Entries written by `csto-timeline import`
# say in `from` where each field was read: json-ld, open-graph, meta,
# canonical-link, html-title, heading, feed, page-address or saved-from.
";

/// Why the corpus could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{0}; fix corpus.toml (or move it away) before importing: nothing was imported")]
    Manifest(String),
    #[error("cannot write into the corpus folder {path}: {message}; nothing was imported")]
    Io { path: String, message: String },
}

fn io_error(path: &Path, error: impl std::fmt::Display) -> WriteError {
    WriteError::Io {
        path: path.display().to_string(),
        message: error.to_string(),
    }
}

/// What the corpus folder holds, indexed to find an article again.
struct Existing {
    /// Entries of the manifest as the project's loader reads them.
    manifest: Manifest,
    /// The manifest as text, to edit in place.
    document: DocumentMut,
    had_manifest: bool,
    /// Normalised canonical address → file name.
    by_url: HashMap<String, String>,
    /// Digest of the normalised text → file name.
    by_text: HashMap<[u8; 32], String>,
    /// File names taken, by a file or by a manifest entry, in lowercase (two
    /// names that differ only in case are one file on some systems).
    taken: HashSet<String>,
}

/// One file to put in place.
struct Write {
    file: String,
    text: String,
}

/// Writes `articles` into the corpus folder and says what became of each.
pub fn write(folder: &Path, articles: Vec<Article>) -> Result<Vec<Outcome>, WriteError> {
    std::fs::create_dir_all(folder).map_err(|e| io_error(folder, e))?;
    let mut existing = Existing::read(folder)?;
    let mut outcomes = Vec::new();
    let mut writes: Vec<Write> = Vec::new();
    let mut changed_manifest = false;
    let mut added_this_run: HashSet<String> = HashSet::new();

    for article in articles {
        let url_key = article.url.as_ref().map(|u| url_key(&u.value));
        let text_key = text_digest(&article.text);
        let by_url = url_key
            .as_ref()
            .and_then(|k| existing.by_url.get(k))
            .cloned();
        let by_text = existing.by_text.get(&text_key).cloned();
        let origin = article.origin.clone();

        if let Some(file) = by_url.clone().or(by_text.clone())
            && added_this_run.contains(&file)
        {
            outcomes.push(Outcome::Unchanged {
                file,
                origin,
                why: "the same article as an earlier source of this import".to_owned(),
            });
            continue;
        }
        if let Some(file) = by_url {
            let old_text = std::fs::read_to_string(folder.join(&file)).ok();
            let text_changed = old_text.as_deref() != Some(article.text.as_str());
            let entry = existing.manifest.entry(&file).cloned().unwrap_or_default();
            let fields_changed = !entry_matches(&entry, &article);
            if !text_changed && !fields_changed {
                outcomes.push(Outcome::Unchanged {
                    file,
                    origin,
                    why: "already imported from the same address".to_owned(),
                });
                continue;
            }
            if fields_changed {
                existing.set_entry(&file, &article)?;
                changed_manifest = true;
            }
            if text_changed {
                writes.push(Write {
                    file: file.clone(),
                    text: article.text.clone(),
                });
            }
            existing.by_text.insert(text_key, file.clone());
            added_this_run.insert(file.clone());
            outcomes.push(Outcome::Updated {
                file,
                origin,
                what: match (text_changed, fields_changed) {
                    (true, true) => "text and metadata changed",
                    (true, false) => "text changed",
                    _ => "metadata changed",
                }
                .to_owned(),
            });
            continue;
        }
        if let Some(file) = by_text {
            outcomes.push(Outcome::Unchanged {
                file,
                origin,
                why: "the corpus has the same text".to_owned(),
            });
            continue;
        }
        let file = existing.free_name(&article);
        existing.set_entry(&file, &article)?;
        changed_manifest = true;
        if let Some(key) = url_key {
            existing.by_url.insert(key, file.clone());
        }
        existing.by_text.insert(text_key, file.clone());
        existing.taken.insert(file.to_lowercase());
        added_this_run.insert(file.clone());
        writes.push(Write {
            file: file.clone(),
            text: article.text,
        });
        outcomes.push(Outcome::Imported { file, origin });
    }

    if writes.is_empty() && !changed_manifest {
        return Ok(outcomes);
    }
    let manifest_text = existing.manifest_text();
    // What is written must load: the project's own loader reads it back
    // before anything is put in place.
    Manifest::parse(MANIFEST, &manifest_text)
        .map_err(|e| WriteError::Manifest(format!("the updated manifest would not load ({e})")))?;
    commit(folder, &writes, &manifest_text)?;
    Ok(outcomes)
}

impl Existing {
    fn read(folder: &Path) -> Result<Existing, WriteError> {
        let manifest_path = folder.join(MANIFEST);
        let (text, had_manifest) = match std::fs::read(&manifest_path) {
            Ok(bytes) => (
                String::from_utf8(bytes).map_err(|_| {
                    WriteError::Manifest(format!("{} is not UTF-8 text", manifest_path.display()))
                })?,
                true,
            ),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (String::new(), false),
            Err(e) => return Err(io_error(&manifest_path, e)),
        };
        let manifest = Manifest::parse(&manifest_path.display().to_string(), &text)
            .map_err(|e| WriteError::Manifest(e.to_string()))?;
        let document: DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
            WriteError::Manifest(format!("{}: {}", manifest_path.display(), e.message()))
        })?;
        let mut by_url = HashMap::new();
        let mut taken = HashSet::new();
        for (name, entry) in manifest.entries() {
            taken.insert(name.to_lowercase());
            if let Some(url) = &entry.url {
                by_url.entry(url_key(url)).or_insert_with(|| name.clone());
            }
        }
        let mut by_text = HashMap::new();
        let entries = std::fs::read_dir(folder).map_err(|e| io_error(folder, e))?;
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|e| e.path().is_file())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        for name in names {
            if !name.to_ascii_lowercase().ends_with(".txt") {
                continue;
            }
            taken.insert(name.to_lowercase());
            let path = folder.join(&name);
            let too_large = std::fs::metadata(&path)
                .map(|m| m.len() > MAX_DOCUMENT_BYTES as u64)
                .unwrap_or(true);
            if too_large {
                continue;
            }
            if let Ok(text) = std::fs::read_to_string(&path) {
                by_text.entry(text_digest(&text)).or_insert(name);
            }
        }
        Ok(Existing {
            manifest,
            document,
            had_manifest,
            by_url,
            by_text,
            taken,
        })
    }

    /// A file name for a new article: `<date>_<slug>.txt`, with a number
    /// when another article already has it.
    fn free_name(&self, article: &Article) -> String {
        let date = article.published.as_ref().map_or_else(
            || "undated".to_owned(),
            |d| d.value.format("%Y-%m-%d").to_string(),
        );
        let slug = slug_of(article);
        let base = format!("{date}_{slug}");
        let mut name = format!("{base}.txt");
        let mut number = 2;
        while self.taken.contains(&name.to_lowercase()) {
            name = format!("{base}-{number}.txt");
            number += 1;
        }
        name
    }

    /// Sets the entry of `file` from `article`: a new table at the end of
    /// the manifest, or the changed values of an existing one (each keeps
    /// its comments). Fields the article lacks are left as they are.
    fn set_entry(&mut self, file: &str, article: &Article) -> Result<(), WriteError> {
        let first_entry = !self.had_manifest && self.manifest.entries().next().is_none();
        let documents = self
            .document
            .entry("documents")
            .or_insert_with(|| {
                let mut table = Table::new();
                table.set_implicit(true);
                Item::Table(table)
            })
            .as_table_mut()
            .ok_or_else(|| {
                WriteError::Manifest(
                    "corpus.toml: `documents` is not a table of [documents.\"FILE\"] sections"
                        .to_owned(),
                )
            })?;
        // New sections go after every other section of the file, so that
        // nothing already there moves.
        let next_position = documents
            .iter()
            .filter_map(|(_, item)| item.as_table()?.position())
            .max()
            .map_or(documents.position().unwrap_or(0) + 1, |p| p + 1);
        let is_new = !documents.contains_key(file);
        if is_new {
            let mut table = Table::new();
            table.set_position(Some(next_position));
            let blank = if first_entry && documents.is_empty() {
                HEADER.to_owned() + "\n"
            } else {
                "\n".to_owned()
            };
            table.decor_mut().set_prefix(blank);
            documents.insert(file, Item::Table(table));
        }
        let Some(table) = documents.get_mut(file).and_then(Item::as_table_mut) else {
            return Err(WriteError::Manifest(format!(
                "corpus.toml: the entry of {file} is not a [documents.\"{file}\"] section"
            )));
        };
        set_value(
            table,
            "title",
            article.title.as_ref().map(|f| value(&f.value)),
        );
        set_value(
            table,
            "publisher",
            article.publisher.as_ref().map(|f| value(&f.value)),
        );
        set_value(table, "url", article.url.as_ref().map(|f| value(&f.value)));
        set_value(
            table,
            "published",
            article.published.as_ref().map(|f| {
                use chrono::Datelike as _;
                value(toml_edit::Datetime {
                    date: Some(toml_edit::Date {
                        year: f.value.year() as u16,
                        month: f.value.month() as u8,
                        day: f.value.day() as u8,
                    }),
                    time: None,
                    offset: None,
                })
            }),
        );
        let mut from = InlineTable::new();
        for (key, source) in sources_of(article) {
            from.insert(key, source.into());
        }
        set_value(
            table,
            "from",
            (!from.is_empty()).then(|| Item::Value(from.into())),
        );
        Ok(())
    }

    fn manifest_text(&self) -> String {
        self.document.to_string()
    }
}

/// Sets `key` to `new` when it differs, keeping the comments around the old
/// value; `None` leaves the key as it is.
fn set_value(table: &mut Table, key: &str, new: Option<Item>) {
    let Some(mut new) = new else {
        return;
    };
    if let Some(old) = table.get(key).and_then(Item::as_value) {
        let same = match (old, new.as_value()) {
            (old, Some(new)) => old.to_string().trim() == new.to_string().trim(),
            _ => false,
        };
        if same {
            return;
        }
        let decor = old.decor().clone();
        if let Some(value) = new.as_value_mut() {
            *value.decor_mut() = decor;
        }
    }
    table.insert(key, new);
}

/// Where each field of an article was read, by manifest field name, in
/// the order of the fields.
fn sources_of(article: &Article) -> Vec<(&'static str, &'static str)> {
    let mut sources = Vec::new();
    fn put<T>(
        into: &mut Vec<(&'static str, &'static str)>,
        key: &'static str,
        field: &Option<Field<T>>,
    ) {
        if let Some(field) = field {
            into.push((key, field.from.label()));
        }
    }
    put(&mut sources, "title", &article.title);
    put(&mut sources, "publisher", &article.publisher);
    put(&mut sources, "url", &article.url);
    put(&mut sources, "published", &article.published);
    sources
}

/// Whether the manifest entry already says all the article says.
fn entry_matches(entry: &ManifestEntry, article: &Article) -> bool {
    let same = |old: &Option<String>, new: &Option<Field<String>>| {
        new.as_ref()
            .is_none_or(|n| old.as_deref() == Some(n.value.as_str()))
    };
    let from_matches = {
        let sources = sources_of(article);
        sources.is_empty()
            || entry.from.as_ref().is_some_and(|from| {
                sources
                    .iter()
                    .all(|(k, v)| from.get(*k).map(String::as_str) == Some(*v))
            })
    };
    same(&entry.title, &article.title)
        && same(&entry.publisher, &article.publisher)
        && same(&entry.url, &article.url)
        && article
            .published
            .as_ref()
            .is_none_or(|p| entry.published == Some(p.value))
        && from_matches
}

/// An address as an identity: the same article whatever its scheme, `www.`,
/// trailing slash, fragment or tracking parameters.
pub fn url_key(raw: &str) -> String {
    let Ok(mut url) = url::Url::parse(raw.trim()) else {
        return raw.trim().to_owned();
    };
    url.set_fragment(None);
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| {
            let k = k.to_ascii_lowercase();
            !(k.starts_with("utm_") || matches!(k.as_str(), "fbclid" | "gclid" | "ocid" | "cmpid"))
        })
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        url.set_query(None);
    } else {
        url.query_pairs_mut().clear().extend_pairs(kept);
    }
    let host = url
        .host_str()
        .unwrap_or("")
        .trim_start_matches("www.")
        .to_owned();
    let path = url.path().trim_end_matches('/').to_owned();
    let query = url.query().map(|q| format!("?{q}")).unwrap_or_default();
    format!("{host}{path}{query}")
}

/// The text as an identity: the same words in the same paragraphs, whatever
/// the spacing and blank lines.
fn text_digest(text: &str) -> [u8; 32] {
    let mut hasher = Sha256::new();
    for line in text.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.is_empty() {
            continue;
        }
        hasher.update(words.join(" ").as_bytes());
        hasher.update(b"\n");
    }
    hasher.finalize().into()
}

/// The slug of a file name: the headline's words in lowercase ASCII, or the
/// last part of the address when the headline has none (a headline in
/// Armenian or Russian), or a digest of the text.
fn slug_of(article: &Article) -> String {
    let from_title = article
        .title
        .as_ref()
        .map(|t| slugify(&t.value))
        .unwrap_or_default();
    if from_title.len() >= 8 {
        return from_title;
    }
    let from_url = article
        .url
        .as_ref()
        .and_then(|u| url::Url::parse(&u.value).ok())
        .and_then(|u| {
            u.path_segments()?
                .rfind(|s| !s.is_empty())
                .map(|s| slugify(s.trim_end_matches(".html").trim_end_matches(".htm")))
        })
        .unwrap_or_default();
    if from_url.len() >= 8 {
        return from_url;
    }
    let digest = text_digest(&article.text);
    format!(
        "article-{}",
        digest[..4]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    )
}

fn slugify(text: &str) -> String {
    const MAX: usize = 60;
    let mut slug = String::new();
    for word in text
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if slug.len() + word.len() + 1 > MAX {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(word);
    }
    slug
}

/// Puts the files and the manifest in place, all or nothing.
fn commit(folder: &Path, writes: &[Write], manifest_text: &str) -> Result<(), WriteError> {
    let mut staging = Staging::new(folder);
    for write in writes {
        staging.stage(&write.file, write.text.as_bytes())?;
    }
    staging.stage(MANIFEST, manifest_text.as_bytes())?;
    staging.put_in_place()
}

/// Temporary files waiting to be renamed into place; whatever is left of
/// them is removed when dropped.
struct Staging {
    folder: PathBuf,
    staged: Vec<(PathBuf, PathBuf)>,
}

impl Staging {
    fn new(folder: &Path) -> Staging {
        Staging {
            folder: folder.to_owned(),
            staged: Vec::new(),
        }
    }

    /// Writes `bytes` to a temporary file beside `name`. Its name does not
    /// end in `.txt`, so a server reloading meanwhile never reads it.
    fn stage(&mut self, name: &str, bytes: &[u8]) -> Result<(), WriteError> {
        use std::io::Write as _;
        let temp = self.folder.join(format!(
            ".import-{}-{}.tmp",
            std::process::id(),
            self.staged.len()
        ));
        let write = || -> std::io::Result<()> {
            let mut file = std::fs::File::create(&temp)?;
            file.write_all(bytes)?;
            file.sync_all()
        };
        // Registered before writing, so a half-written file is removed too.
        self.staged.push((temp.clone(), self.folder.join(name)));
        write().map_err(|e| io_error(&temp, e))
    }

    /// Renames every staged file into place, the manifest last; on a
    /// failure, puts back every file already renamed.
    fn put_in_place(mut self) -> Result<(), WriteError> {
        let staged = std::mem::take(&mut self.staged);
        let mut done: Vec<(PathBuf, Option<Vec<u8>>)> = Vec::new();
        for (index, (temp, target)) in staged.iter().enumerate() {
            let original = std::fs::read(target).ok();
            if let Err(error) = std::fs::rename(temp, target) {
                for (target, original) in done.into_iter().rev() {
                    let _ = match original {
                        Some(bytes) => std::fs::write(&target, bytes),
                        None => std::fs::remove_file(&target),
                    };
                }
                for (temp, _) in &staged[index..] {
                    let _ = std::fs::remove_file(temp);
                }
                return Err(io_error(target, error));
            }
            done.push((target.clone(), original));
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        for (temp, _) in &self.staged {
            let _ = std::fs::remove_file(temp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_the_same_article_whatever_their_decoration() {
        assert_eq!(
            url_key("https://www.example.org/news/a/?utm_source=rss#top"),
            url_key("http://example.org/news/a")
        );
        assert_ne!(
            url_key("https://example.org/news?id=1"),
            url_key("https://example.org/news?id=2")
        );
    }

    #[test]
    fn slugs_are_short_lowercase_ascii() {
        assert_eq!(
            slugify("Armenia freezes participation in Russia-led security bloc"),
            "armenia-freezes-participation-in-russia-led-security-bloc"
        );
        assert!(slugify(&"word ".repeat(40)).len() <= 60);
        assert_eq!(slugify("Ереван"), "");
    }
}
