//! The corpus: a folder of articles in, documents with metadata and a load
//! status out.
//!
//! A corpus is any folder: each `*.txt` file in it is a document whose id is
//! its file name, and `corpus.toml` is its optional manifest. Nothing here
//! understands the news; it only reads files, applies the manifest and says
//! which files could not be read and why. Extraction reads the rest from the
//! text and fills it in on the documents: how each article's lines are laid
//! out, and what the manifest leaves out (a headline, a publication date).
//! Bad files never stop the load; a manifest that does not parse does,
//! because silently ignoring it would date every article wrongly.

mod manifest;
mod source;
pub mod synthetic;

use std::sync::Arc;

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Serialize;

pub use manifest::{Manifest, ManifestEntry, ManifestError};
pub use source::{CorpusFile, CorpusSource, MAX_DOCUMENT_BYTES};

use crate::model::Block;

/// Whether a file became a document, and if not, why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", content = "reason", rename_all = "lowercase")]
pub enum LoadStatus {
    Loaded,
    /// The file exists but cannot be read as an article.
    Skipped(String),
    /// The manifest names the file but the folder does not have it.
    Missing,
}

impl LoadStatus {
    pub fn is_loaded(&self) -> bool {
        matches!(self, LoadStatus::Loaded)
    }

    pub fn label(&self) -> &'static str {
        match self {
            LoadStatus::Loaded => "loaded",
            LoadStatus::Skipped(_) => "skipped",
            LoadStatus::Missing => "missing",
        }
    }

    pub fn reason(&self) -> Option<&str> {
        match self {
            LoadStatus::Skipped(reason) => Some(reason),
            _ => None,
        }
    }
}

/// Where a document's publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateOrigin {
    /// Given by the manifest.
    Manifest,
    /// Inferred from the article's own text.
    Inferred,
}

/// One file of the corpus, loaded or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The file name, which is the document's id.
    pub id: String,
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
    /// `None` when the document has no publication date at all.
    pub published_origin: Option<DateOrigin>,
    pub status: LoadStatus,
    /// The article as written (less a byte-order mark; a hard-wrapped text
    /// has its broken lines joined when its layout is read); empty unless
    /// loaded.
    /// Shared: every source and statement quoting the article points into
    /// it rather than holding a copy of its sentence.
    pub text: Arc<str>,
    /// The article's lines and what each one is; empty until extraction
    /// has read the layout.
    pub blocks: Vec<Block>,
}

/// Every document of a corpus, in file-name order, with the domain data that
/// goes with it.
#[derive(Debug, Clone)]
pub struct Corpus {
    pub documents: Vec<Document>,
    /// The actor gazetteer (TOML), from the corpus folder or the bundled one.
    pub actors_toml: String,
    /// The topic taxonomy (TOML), from the corpus folder or the bundled one.
    pub topics_toml: String,
    /// The rules of importance (TOML), from the corpus folder or the bundled one.
    pub importance_toml: String,
    /// The lexicon of tone (TOML), from the corpus folder or the bundled one.
    pub tone_toml: String,
    /// A human description of where the corpus came from.
    pub origin: String,
    /// When the newest file of a corpus folder was last changed (none for
    /// the embedded seeds).
    pub modified: Option<std::time::SystemTime>,
}

/// Why a corpus could not be loaded at all.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    #[error("cannot read the corpus folder {path}: {source}")]
    Folder {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Manifest(#[from] ManifestError),
    #[error("{file} is not valid UTF-8 text")]
    DataFile { file: String },
}

impl Corpus {
    /// Loads a corpus from `source`: reads the files, applies the manifest,
    /// and accounts for every file. The documents have their text and what
    /// the manifest says of them; their layout is not read yet.
    pub fn load(source: &CorpusSource) -> Result<Corpus, CorpusError> {
        let listing = source.read()?;
        let manifest = match &listing.manifest {
            Some((name, text)) => Manifest::parse(name, text)?,
            None => Manifest::default(),
        };
        // Files are independent: decode them on every core.
        let mut documents: Vec<Document> = listing
            .files
            .into_par_iter()
            .map(|file| build_document(file, &manifest))
            .collect();
        let present: std::collections::HashSet<&str> =
            documents.iter().map(|d| d.id.as_str()).collect();
        let missing: Vec<Document> = manifest
            .entries()
            .filter(|(name, _)| !present.contains(name.as_str()))
            .map(|(name, entry)| Document {
                status: LoadStatus::Missing,
                ..empty_document(name.clone(), Some(entry))
            })
            .collect();
        documents.extend(missing);
        documents.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(Corpus {
            documents,
            actors_toml: listing.actors_toml,
            topics_toml: listing.topics_toml,
            importance_toml: listing.importance_toml,
            tone_toml: listing.tone_toml,
            origin: listing.origin,
            modified: listing.modified,
        })
    }

    pub fn loaded(&self) -> impl Iterator<Item = &Document> {
        self.documents.iter().filter(|d| d.status.is_loaded())
    }
}

fn empty_document(id: String, entry: Option<&ManifestEntry>) -> Document {
    let published = entry.and_then(|e| e.published);
    Document {
        id,
        title: entry.and_then(|e| e.title.clone()),
        publisher: entry.and_then(|e| e.publisher.clone()),
        url: entry.and_then(|e| e.url.clone()),
        published,
        published_origin: published.map(|_| DateOrigin::Manifest),
        status: LoadStatus::Loaded,
        text: Arc::from(""),
        blocks: Vec::new(),
    }
}

fn build_document(file: CorpusFile, manifest: &Manifest) -> Document {
    let mut document = empty_document(file.name.clone(), manifest.entry(&file.name));
    match file.contents {
        Err(reason) => document.status = LoadStatus::Skipped(reason),
        Ok(text) => document.text = text,
    }
    document
}
