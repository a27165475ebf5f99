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
//! The body is a sequence of sections ([`sections`]): a head (what is said
//! of the corpus as a whole, its actors, topics and rules, and how many
//! documents, events, statements and words follow), then the documents,
//! the events with what the analysis says of each, the statements and the
//! word index, each list a chunk at a time. What a store derives from its
//! parts ([`derived`]) is kept rather than derived again: that is what
//! makes start-up fast. The records mirror the store's types instead of
//! deriving serde on them ([`records`]); a change to any of them is a new
//! [`FORMAT_VERSION`].
//!
//! A snapshot also records a digest of the corpus it was built from
//! ([`CorpusSource::digest`]), so a server can tell a snapshot of its
//! corpus from a stale one.

mod derived;
mod records;
mod sections;

use std::io::{BufReader, BufWriter, Read as _, Write as _};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::words::StatementWordsBuilder;
use super::{Derived, Parts, Store};
use crate::corpus::{CorpusSource, Document};
use crate::model::{Name, NameTable};
use derived::{InsightRecord, PostingsRecord, StatementRecord};
use records::{ActorRecord, DocumentRecord, EventRecord, Places, Shared, TopicRecord};
use sections::{SectionReader, SectionWriter};

const MAGIC: &[u8; 12] = b"CSTO-TL-SNAP";
/// Bumped whenever the records change shape. Version 4 kept the analysis
/// and the word indexes, and wrote its body in sections; version 5 names a
/// source's or a statement's document and actor by their places in the
/// lists, and keeps a statement's words as a range of its document.
pub const FORMAT_VERSION: u32 = 5;
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
    let temporary = path.with_extension("partial");
    let file = std::fs::File::create(&temporary).map_err(error)?;
    let mut out = BufWriter::with_capacity(1 << 20, file);
    out.write_all(MAGIC).map_err(error)?;
    out.write_all(&FORMAT_VERSION.to_le_bytes())
        .map_err(error)?;
    let mut sections = SectionWriter::new(out);
    write_body(store, corpus_digest, &mut sections).map_err(error)?;
    let bytes = MAGIC.len() as u64 + 4 + sections.bytes;
    let file = sections
        .into_inner()
        .into_inner()
        .map_err(|e| error(e.into_error()))?;
    file.sync_all().map_err(error)?;
    std::fs::rename(&temporary, path).map_err(error)?;
    Ok(bytes)
}

fn write_body(
    store: &Store,
    corpus_digest: &str,
    sections: &mut SectionWriter<impl std::io::Write>,
) -> std::io::Result<()> {
    let since = store
        .last_modified()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    let (importance, tone) = store.rules().sources();
    sections.one(&Head {
        program: PROGRAM.into(),
        corpus_digest: corpus_digest.into(),
        origin: store.origin().into(),
        fingerprint: store.fingerprint().into(),
        last_modified: (since.as_secs(), since.subsec_nanos()),
        rules: (importance.to_string(), tone.to_string()),
        actors: store.actors().iter().map(ActorRecord::of).collect(),
        topics: store.topics().iter().map(TopicRecord::of).collect(),
        documents: store.documents().len(),
        events: store.events().len(),
        statements: store.statements().len(),
        words: store.words.len(),
    })?;
    sections.list(store.documents().iter().map(|d| Ok(DocumentRecord::of(d))))?;
    let places = Places::new(store.documents(), store.actors());
    sections.list(
        store
            .events()
            .iter()
            .zip(&store.analysis.insights)
            .map(|(e, i)| Ok((EventRecord::of(e, &places)?, InsightRecord::of(i)))),
    )?;
    sections.list(
        store
            .statements()
            .iter()
            .enumerate()
            .map(|(i, s)| StatementRecord::of(s, &store.statement_words.of(i), &places)),
    )?;
    sections.list(
        store
            .words
            .iter()
            .map(|(word, postings)| Ok(PostingsRecord::of(word, postings))),
    )
}

/// Reads the snapshot at `path`.
pub fn read(path: &Path) -> Result<Snapshot, SnapshotError> {
    let name = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|source| SnapshotError::Read {
        path: name.clone(),
        source,
    })?;
    let mut input = BufReader::with_capacity(1 << 20, file);
    let mut header = Vec::with_capacity(MAGIC.len() + 4);
    (&mut input)
        .take(MAGIC.len() as u64 + 4)
        .read_to_end(&mut header)
        .map_err(|source| SnapshotError::Read {
            path: name.clone(),
            source,
        })?;
    let Some(version) = header.strip_prefix(MAGIC) else {
        return Err(SnapshotError::Foreign {
            path: name,
            magic: String::from_utf8_lossy(MAGIC).into_owned(),
        });
    };
    let version: [u8; 4] = version.try_into().map_err(|_| SnapshotError::Damaged {
        path: name.clone(),
        message: "it ends inside its header".into(),
    })?;
    let version = u32::from_le_bytes(version);
    if version != FORMAT_VERSION {
        return Err(SnapshotError::Version {
            path: name,
            found: version,
            expected: FORMAT_VERSION,
        });
    }
    let damaged = |message| SnapshotError::Damaged {
        path: name.clone(),
        message,
    };
    let mut sections = SectionReader::new(input);
    let head: Head = sections.one().map_err(damaged)?;
    if head.program != PROGRAM {
        return Err(SnapshotError::Program {
            path: name,
            found: head.program,
            expected: PROGRAM.into(),
        });
    }
    let corpus_digest = head.corpus_digest.clone();
    let (parts, derived) = read_body(head, &mut sections).map_err(damaged)?;
    Ok(Snapshot {
        store: Store::assemble_with(parts, Some(derived)),
        corpus_digest,
    })
}

/// Reads what follows the head: the documents, events, statements and words.
fn read_body(
    head: Head,
    sections: &mut SectionReader<impl std::io::Read>,
) -> Result<(Parts, Derived), String> {
    let documents: Vec<Document> = sections.list(head.documents, DocumentRecord::into_document)?;
    // Sources and statements point into the documents' ids and texts, and
    // name their actors, as the snapshot lists them: each is shared, not
    // decoded again for every record.
    let shared = Shared {
        documents: documents
            .iter()
            .map(|d| (Name::from(d.id.as_str()), Arc::clone(&d.text)))
            .collect(),
        actors: head.actors.iter().map(|a| Name::from(a.id())).collect(),
    };
    let mut events = Vec::with_capacity(head.events.min(1 << 20));
    let mut insights = Vec::with_capacity(head.events.min(1 << 20));
    // The analysis's labels recur across events: each is kept once.
    let mut names = NameTable::default();
    sections.each(
        head.events,
        |(event, insight): (EventRecord, InsightRecord)| {
            events.push(event.into_event(&shared)?);
            insights.push(insight.into_insight(&mut names)?);
            Ok(())
        },
    )?;
    let mut statements = Vec::with_capacity(head.statements.min(1 << 20));
    let mut statement_words = StatementWordsBuilder::with_capacity(head.statements.min(1 << 20), 0);
    sections.each(head.statements, |record: StatementRecord| {
        let (statement, words) = record.into_statement(&shared)?;
        statements.push(statement);
        statement_words.push((0..words.len()).filter_map(|i| words.get(i)));
        Ok(())
    })?;
    let statement_words = statement_words.finish();
    let words = sections
        .list(head.words, |p: PostingsRecord| p.into_postings(head.events))?
        .into_iter()
        .collect();
    if !sections.at_end()? {
        return Err("it goes on after its last section".into());
    }
    let rules = crate::analysis::Rules::from_toml(&head.rules.0, &head.rules.1)
        .map_err(|e| e.to_string())?;
    let parts = Parts {
        rules,
        events,
        actors: head
            .actors
            .into_iter()
            .map(ActorRecord::into_actor)
            .collect::<Result<_, _>>()?,
        topics: head
            .topics
            .into_iter()
            .map(TopicRecord::into_topic)
            .collect(),
        documents,
        origin: head.origin,
        fingerprint: head.fingerprint,
        last_modified: UNIX_EPOCH + Duration::new(head.last_modified.0, head.last_modified.1),
    };
    let derived = Derived {
        words,
        analysis: crate::analysis::Analysis {
            insights,
            statements,
        },
        statement_words,
    };
    Ok((parts, derived))
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

/// The first section: what is said of the corpus as a whole, and how
/// long each list that follows is.
#[derive(Serialize, Deserialize)]
struct Head {
    program: String,
    corpus_digest: String,
    origin: String,
    fingerprint: String,
    /// Seconds and nanoseconds after the Unix epoch.
    last_modified: (u64, u32),
    /// The analysis's data files, as read: importance, then tone.
    rules: (String, String),
    actors: Vec<ActorRecord>,
    topics: Vec<TopicRecord>,
    documents: usize,
    events: usize,
    statements: usize,
    words: usize,
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
    fn what_a_snapshot_keeps_of_the_analysis_and_indexes_equals_a_fresh_build() {
        let store = seeds_store();
        let path = temporary("derived");
        write(&store, "digest", &path).unwrap();
        let back = read(&path).unwrap().store;
        std::fs::remove_file(&path).unwrap();
        assert!(!store.analysis.insights.is_empty());
        assert!(
            store
                .analysis
                .insights
                .iter()
                .any(|i| !i.tone.hits.is_empty())
        );
        assert!(
            store
                .analysis
                .insights
                .iter()
                .any(|i| !i.importance.reasons.is_empty())
        );
        assert_eq!(back.analysis.insights, store.analysis.insights);
        assert_eq!(back.analysis.statements, store.analysis.statements);
        assert!(!store.words.is_empty());
        assert_eq!(back.words, store.words);
        assert_eq!(back.statement_words, store.statement_words);
        assert_eq!(back.event_ids, store.event_ids);
        assert_eq!(back.by_document, store.by_document);
        // And what is kept is what the store read back would derive itself.
        let rebuilt = Store::assemble(Parts {
            events: back.events.clone(),
            actors: back.actors.clone(),
            topics: back.topics.clone(),
            documents: back.documents.clone(),
            rules: back.rules.clone(),
            origin: back.origin.clone(),
            fingerprint: back.fingerprint.clone(),
            last_modified: back.last_modified,
        });
        assert_eq!(rebuilt.analysis.insights, back.analysis.insights);
        assert_eq!(rebuilt.words, back.words);
        assert_eq!(rebuilt.statement_words, back.statement_words);
    }

    #[test]
    fn a_snapshot_of_an_older_format_is_refused_naming_both_versions() {
        let path = temporary("old-format");
        let mut bytes = MAGIC.to_vec();
        bytes.extend_from_slice(&4u32.to_le_bytes());
        bytes.extend_from_slice(b"whatever version 4 wrote");
        std::fs::write(&path, &bytes).unwrap();
        let error = read(&path).unwrap_err().to_string();
        std::fs::remove_file(&path).unwrap();
        assert!(
            error.contains("format version 4")
                && error.contains(&format!("reads version {FORMAT_VERSION}"))
                && error.contains("csto-timeline index"),
            "{error}"
        );
    }

    #[test]
    fn a_snapshot_with_bytes_after_its_last_section_is_damaged() {
        let store = seeds_store();
        let path = temporary("trailing");
        write(&store, "digest", &path).unwrap();
        let mut bytes = std::fs::read(&path).unwrap();
        bytes.extend_from_slice(&[0; 8]);
        std::fs::write(&path, &bytes).unwrap();
        let error = read(&path).unwrap_err().to_string();
        std::fs::remove_file(&path).unwrap();
        assert!(error.contains("is damaged"), "{error}");
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
