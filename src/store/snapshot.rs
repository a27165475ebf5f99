//! Snapshots: a store written to one file, so a server starts in
//! milliseconds instead of reading and extracting the whole corpus.
//!
//! The file is a fixed header (a magic string and a format version, so a
//! stale or foreign file is refused with a message that says so), then the
//! store's parts encoded with postcard. Postcard rather than JSON: the
//! snapshot is mostly article text and small integers, which postcard
//! writes as they are and as varints, and reads several times faster than
//! JSON would parse them; rather than bincode: its wire format is specified
//! and stable across releases of the crate. Compression would only trade
//! start-up time for disk space, which is not what a snapshot is for.
//!
//! The records here mirror the store's types instead of deriving serde on
//! them: those types belong to extraction and change with it, and their
//! serde shapes are the API's. A change here is a new [`FORMAT_VERSION`].
//!
//! A snapshot also records a digest of the corpus it was built from
//! ([`CorpusSource::digest`]), so a server can tell a snapshot of its
//! corpus from a stale one.

use std::collections::HashMap;
use std::io::Write as _;
use std::path::Path;
use std::time::{Duration, UNIX_EPOCH};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Parts, Store};
use crate::corpus::{CorpusSource, DateOrigin, Document, LoadStatus};
use crate::model::{Actor, ActorKind, Block, BlockKind, Event, EventDate, Source, Topic};

const MAGIC: &[u8; 12] = b"CSTO-TL-SNAP";
/// Bumped whenever the records below change shape.
pub const FORMAT_VERSION: u32 = 3;
/// The program that wrote a snapshot: another build may extract differently.
const PROGRAM: &str = concat!("csto-timeline ", env!("CARGO_PKG_VERSION"));

/// Why a snapshot cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum SnapshotError {
    #[error("cannot read the snapshot {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot write the snapshot {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} is not a snapshot of this program (it does not start with {magic:?})")]
    Foreign { path: String, magic: String },
    #[error(
        "the snapshot {path} has format version {found}, this program reads version {expected}: rebuild it with `csto-timeline index`"
    )]
    Version {
        path: String,
        found: u32,
        expected: u32,
    },
    #[error(
        "the snapshot {path} was written by {found}, this is {expected}: rebuild it with `csto-timeline index`"
    )]
    Program {
        path: String,
        found: String,
        expected: String,
    },
    #[error("the snapshot {path} is damaged: {message}")]
    Damaged { path: String, message: String },
    #[error(
        "the snapshot {path} was built from another state of the corpus (digest {found}, the corpus now has {expected}): the corpus changed since"
    )]
    CorpusChanged {
        path: String,
        found: String,
        expected: String,
    },
}

/// A snapshot as read: the store, and the digest of its corpus.
#[derive(Debug)]
pub struct Snapshot {
    pub store: Store,
    pub corpus_digest: String,
}

/// Writes `store`, built from a corpus of digest `corpus_digest`, to `path`
/// (through a temporary file renamed into place, so a reader never sees
/// half a snapshot).
pub fn write(store: &Store, corpus_digest: &str, path: &Path) -> Result<u64, SnapshotError> {
    let error = |source| SnapshotError::Write {
        path: path.display().to_string(),
        source,
    };
    let record = Record::of(store, corpus_digest);
    let body =
        postcard::to_stdvec(&record).map_err(|e| error(std::io::Error::other(e.to_string())))?;
    let temporary = path.with_extension("partial");
    let mut file = std::fs::File::create(&temporary).map_err(error)?;
    file.write_all(MAGIC).map_err(error)?;
    file.write_all(&FORMAT_VERSION.to_le_bytes())
        .map_err(error)?;
    file.write_all(&body).map_err(error)?;
    file.sync_all().map_err(error)?;
    std::fs::rename(&temporary, path).map_err(error)?;
    Ok((MAGIC.len() + 4 + body.len()) as u64)
}

/// Reads the snapshot at `path`.
pub fn read(path: &Path) -> Result<Snapshot, SnapshotError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| SnapshotError::Read {
        path: name.clone(),
        source,
    })?;
    let Some(rest) = bytes.strip_prefix(MAGIC) else {
        return Err(SnapshotError::Foreign {
            path: name,
            magic: String::from_utf8_lossy(MAGIC).into_owned(),
        });
    };
    let (version, body) = rest.split_at_checked(4).ok_or(SnapshotError::Damaged {
        path: name.clone(),
        message: "it ends inside its header".into(),
    })?;
    let version = u32::from_le_bytes(version.try_into().unwrap_or_default());
    if version != FORMAT_VERSION {
        return Err(SnapshotError::Version {
            path: name,
            found: version,
            expected: FORMAT_VERSION,
        });
    }
    let record: Record = postcard::from_bytes(body).map_err(|e| SnapshotError::Damaged {
        path: name.clone(),
        message: e.to_string(),
    })?;
    // The record owns its strings: the file's bytes are not needed while
    // the store is assembled.
    drop(bytes);
    if record.program != PROGRAM {
        return Err(SnapshotError::Program {
            path: name,
            found: record.program,
            expected: PROGRAM.into(),
        });
    }
    let corpus_digest = record.corpus_digest.clone();
    let parts = record
        .into_parts()
        .map_err(|message| SnapshotError::Damaged {
            path: name.clone(),
            message,
        })?;
    Ok(Snapshot {
        store: Store::assemble(parts),
        corpus_digest,
    })
}

/// Reads the snapshot at `path` and checks that it was built from `source`
/// as it is now.
pub fn read_checked(path: &Path, source: &CorpusSource) -> Result<Store, SnapshotError> {
    // Hashing the corpus reads every file; it runs beside the decoding of
    // the snapshot rather than after it.
    let (snapshot, expected) = rayon::join(|| read(path), || source.digest());
    let snapshot = snapshot?;
    let expected = expected.map_err(|e| SnapshotError::Read {
        path: format!("{source:?}"),
        source: std::io::Error::other(e.to_string()),
    })?;
    if snapshot.corpus_digest != expected {
        return Err(SnapshotError::CorpusChanged {
            path: path.display().to_string(),
            found: snapshot.corpus_digest,
            expected,
        });
    }
    Ok(snapshot.store)
}

#[derive(Serialize, Deserialize)]
struct Record {
    program: String,
    corpus_digest: String,
    origin: String,
    fingerprint: String,
    /// Seconds and nanoseconds after the Unix epoch.
    last_modified: (u64, u32),
    events: Vec<EventRecord>,
    actors: Vec<ActorRecord>,
    topics: Vec<TopicRecord>,
    documents: Vec<DocumentRecord>,
    /// The analysis's data files, as read: importance, then tone.
    rules: (String, String),
}

#[derive(Serialize, Deserialize)]
struct DateRecord(i32, Option<u32>, Option<u32>);

#[derive(Serialize, Deserialize)]
struct EventRecord {
    id: String,
    date: DateRecord,
    approximate: bool,
    title: String,
    actors: Vec<String>,
    topics: Vec<String>,
    sources: Vec<SourceRecord>,
}

/// A source without its quote: the quote is the document's text in
/// `range`, which the snapshot holds already; leaving it out makes the file
/// a third smaller and faster to read.
#[derive(Serialize, Deserialize)]
struct SourceRecord {
    document: String,
    range: (usize, usize),
    date: DateRecord,
    approximate: bool,
    speech: bool,
    subject: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct ActorRecord {
    id: String,
    name: String,
    kind: u8,
    description: String,
    country: Option<String>,
    spellings: Vec<String>,
    discovered: bool,
}

#[derive(Serialize, Deserialize)]
struct TopicRecord {
    id: String,
    name: String,
    description: String,
    cues: Vec<String>,
}

#[derive(Serialize, Deserialize)]
struct DocumentRecord {
    id: String,
    title: Option<String>,
    publisher: Option<String>,
    url: Option<String>,
    published: Option<NaiveDate>,
    /// 0 none, 1 manifest, 2 inferred.
    published_origin: u8,
    /// 0 loaded, 1 skipped (with the reason), 2 missing.
    status: (u8, String),
    text: String,
    blocks: Vec<(usize, usize, usize, usize, u8)>,
}

const BLOCK_KINDS: [BlockKind; 5] = [
    BlockKind::Headline,
    BlockKind::Caption,
    BlockKind::Body,
    BlockKind::Background,
    BlockKind::Boilerplate,
];
const ACTOR_KINDS: [ActorKind; 3] = [ActorKind::Person, ActorKind::State, ActorKind::Organization];

fn code<T: PartialEq>(all: &[T], value: &T) -> u8 {
    all.iter().position(|v| v == value).unwrap_or(0) as u8
}

fn decode<T: Copy>(all: &[T], code: u8, what: &str) -> Result<T, String> {
    all.get(code as usize)
        .copied()
        .ok_or_else(|| format!("unknown {what} code {code}"))
}

impl DateRecord {
    fn of(date: &EventDate) -> DateRecord {
        DateRecord(date.year_value(), date.month_value(), date.day_value())
    }

    fn date(&self) -> Result<EventDate, String> {
        let DateRecord(year, month, day) = *self;
        match (month, day) {
            (None, None) => Some(EventDate::year(year)),
            (Some(m), None) => EventDate::month(year, m),
            (Some(m), Some(d)) => EventDate::day(year, m, d),
            (None, Some(_)) => None,
        }
        .ok_or_else(|| format!("invalid date {year}-{month:?}-{day:?}"))
    }
}

impl Record {
    fn of(store: &Store, corpus_digest: &str) -> Record {
        let since = store
            .last_modified()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        Record {
            program: PROGRAM.into(),
            corpus_digest: corpus_digest.into(),
            origin: store.origin().into(),
            fingerprint: store.fingerprint().into(),
            last_modified: (since.as_secs(), since.subsec_nanos()),
            events: store.events().iter().map(EventRecord::of).collect(),
            actors: store
                .actors()
                .iter()
                .map(|a| ActorRecord {
                    id: a.id.clone(),
                    name: a.name.clone(),
                    kind: code(&ACTOR_KINDS, &a.kind),
                    description: a.description.clone(),
                    country: a.country.clone(),
                    spellings: a.spellings.clone(),
                    discovered: a.discovered,
                })
                .collect(),
            topics: store
                .topics()
                .iter()
                .map(|t| TopicRecord {
                    id: t.id.clone(),
                    name: t.name.clone(),
                    description: t.description.clone(),
                    cues: t.cues.clone(),
                })
                .collect(),
            documents: store.documents().iter().map(DocumentRecord::of).collect(),
            rules: {
                let (importance, tone) = store.rules().sources();
                (importance.to_string(), tone.to_string())
            },
        }
    }

    fn into_parts(self) -> Result<Parts, String> {
        let documents: Vec<Document> = self
            .documents
            .into_iter()
            .map(DocumentRecord::into_document)
            .collect::<Result<_, _>>()?;
        // Sources quote documents that extraction read, which are loaded ones.
        let texts: HashMap<&str, &str> = documents
            .iter()
            .filter(|d| d.status.is_loaded())
            .map(|d| (d.id.as_str(), d.text.as_str()))
            .collect();
        let events = self
            .events
            .into_iter()
            .map(|e| e.into_event(&texts))
            .collect::<Result<_, _>>()?;
        drop(texts);
        let rules = crate::analysis::Rules::from_toml(&self.rules.0, &self.rules.1)
            .map_err(|e| e.to_string())?;
        Ok(Parts {
            rules,
            events,
            actors: self
                .actors
                .into_iter()
                .map(|a| {
                    Ok(Actor {
                        id: a.id,
                        name: a.name,
                        kind: decode(&ACTOR_KINDS, a.kind, "actor kind")?,
                        description: a.description,
                        country: a.country,
                        spellings: a.spellings,
                        discovered: a.discovered,
                    })
                })
                .collect::<Result<_, String>>()?,
            topics: self
                .topics
                .into_iter()
                .map(|t| Topic {
                    id: t.id,
                    name: t.name,
                    description: t.description,
                    cues: t.cues,
                })
                .collect(),
            documents,
            origin: self.origin,
            fingerprint: self.fingerprint,
            last_modified: UNIX_EPOCH + Duration::new(self.last_modified.0, self.last_modified.1),
        })
    }
}

impl EventRecord {
    fn of(e: &Event) -> EventRecord {
        EventRecord {
            id: e.id.clone(),
            date: DateRecord::of(&e.date),
            approximate: e.approximate,
            title: e.title.clone(),
            actors: e.actors.clone(),
            topics: e.topics.clone(),
            sources: e
                .sources
                .iter()
                .map(|s| SourceRecord {
                    document: s.document.clone(),
                    range: (s.range.start, s.range.end),
                    date: DateRecord::of(&s.date),
                    approximate: s.approximate,
                    speech: s.speech,
                    subject: s.subject.clone(),
                })
                .collect(),
        }
    }

    fn into_event(self, texts: &HashMap<&str, &str>) -> Result<Event, String> {
        let id = self.id.clone();
        Ok(Event {
            id: self.id,
            date: self.date.date()?,
            approximate: self.approximate,
            title: self.title,
            actors: self.actors,
            topics: self.topics,
            sources: self
                .sources
                .into_iter()
                .map(|s| {
                    let range = s.range.0..s.range.1;
                    let quote = texts
                        .get(s.document.as_str())
                        .and_then(|text| text.get(range.clone()))
                        .ok_or_else(|| format!("a source of event {id} is outside its document"))?
                        .to_owned();
                    Ok(Source {
                        document: s.document,
                        quote,
                        range,
                        date: s.date.date()?,
                        approximate: s.approximate,
                        speech: s.speech,
                        subject: s.subject,
                    })
                })
                .collect::<Result<_, String>>()?,
        })
    }
}

impl DocumentRecord {
    fn of(d: &Document) -> DocumentRecord {
        DocumentRecord {
            id: d.id.clone(),
            title: d.title.clone(),
            publisher: d.publisher.clone(),
            url: d.url.clone(),
            published: d.published,
            published_origin: match d.published_origin {
                None => 0,
                Some(DateOrigin::Manifest) => 1,
                Some(DateOrigin::Inferred) => 2,
            },
            status: match &d.status {
                LoadStatus::Loaded => (0, String::new()),
                LoadStatus::Skipped(reason) => (1, reason.clone()),
                LoadStatus::Missing => (2, String::new()),
            },
            text: d.text.clone(),
            blocks: d
                .blocks
                .iter()
                .map(|b| {
                    let kind = code(&BLOCK_KINDS, &b.kind);
                    (b.range.start, b.range.end, b.prose.start, b.prose.end, kind)
                })
                .collect(),
        }
    }

    fn into_document(self) -> Result<Document, String> {
        Ok(Document {
            id: self.id,
            title: self.title,
            publisher: self.publisher,
            url: self.url,
            published: self.published,
            published_origin: match self.published_origin {
                0 => None,
                1 => Some(DateOrigin::Manifest),
                2 => Some(DateOrigin::Inferred),
                other => return Err(format!("unknown date origin code {other}")),
            },
            status: match self.status {
                (0, _) => LoadStatus::Loaded,
                (1, reason) => LoadStatus::Skipped(reason),
                (2, _) => LoadStatus::Missing,
                (other, _) => return Err(format!("unknown load status code {other}")),
            },
            text: self.text,
            blocks: self
                .blocks
                .into_iter()
                .map(|(start, end, prose_start, prose_end, kind)| {
                    Ok(Block {
                        range: start..end,
                        prose: prose_start..prose_end,
                        kind: decode(&BLOCK_KINDS, kind, "block kind")?,
                    })
                })
                .collect::<Result<_, String>>()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::load_corpus;

    fn seeds_store() -> Store {
        Store::build(load_corpus(&CorpusSource::Seeds).unwrap()).unwrap()
    }

    fn temporary(name: &str) -> std::path::PathBuf {
        std::env::temp_dir().join(format!("{name}-{}.snapshot", std::process::id()))
    }

    #[test]
    fn a_store_comes_back_from_its_snapshot_unchanged() {
        let store = seeds_store();
        let path = temporary("round-trip");
        let digest = CorpusSource::Seeds.digest().unwrap();
        write(&store, &digest, &path).unwrap();
        let back = read_checked(&path, &CorpusSource::Seeds).unwrap();
        std::fs::remove_file(&path).unwrap();
        assert!(!store.events().is_empty());
        assert_eq!(back.events(), store.events());
        assert_eq!(back.actors(), store.actors());
        assert_eq!(back.topics(), store.topics());
        assert_eq!(back.documents(), store.documents());
        assert_eq!(back.fingerprint(), store.fingerprint());
        assert_eq!(back.origin(), store.origin());
        assert_eq!(back.last_modified(), store.last_modified());
        let query = crate::store::Query {
            actors: vec!["armenia".into()],
            ..Default::default()
        };
        assert_eq!(back.query(&query).events, store.query(&query).events);
        assert_eq!(back.statements(), store.statements());
        assert_eq!(back.key_events(), store.key_events());
    }

    #[test]
    fn a_snapshot_of_another_corpus_or_format_is_refused_saying_why() {
        let store = seeds_store();
        let path = temporary("mismatch");
        write(&store, "0123456789abcdef", &path).unwrap();
        let error = read_checked(&path, &CorpusSource::Seeds).unwrap_err();
        assert!(
            error.to_string().contains("the corpus changed since")
                && error.to_string().contains("0123456789abcdef"),
            "{error}"
        );

        let mut bytes = std::fs::read(&path).unwrap();
        bytes[MAGIC.len()..MAGIC.len() + 4].copy_from_slice(&99u32.to_le_bytes());
        std::fs::write(&path, &bytes).unwrap();
        let error = read(&path).unwrap_err().to_string();
        assert!(
            error.contains("format version 99") && error.contains("csto-timeline index"),
            "{error}"
        );

        std::fs::write(&path, b"{\"not\": \"a snapshot\"}").unwrap();
        let error = read(&path).unwrap_err().to_string();
        assert!(error.contains("is not a snapshot"), "{error}");

        bytes[MAGIC.len()..MAGIC.len() + 4].copy_from_slice(&FORMAT_VERSION.to_le_bytes());
        bytes.truncate(bytes.len() / 2);
        std::fs::write(&path, &bytes).unwrap();
        let error = read(&path).unwrap_err().to_string();
        assert!(error.contains("is damaged"), "{error}");
        std::fs::remove_file(&path).unwrap();
    }
}
