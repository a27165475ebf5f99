//! The records a snapshot writes for the store's parts: events, actors,
//! topics and documents. They mirror the store's types rather than derive
//! serde on them, because those types belong to extraction and change with
//! it; a change here is a new [`super::FORMAT_VERSION`].

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::corpus::{DateOrigin, Document, LoadStatus};
use crate::model::{
    Actor, ActorKind, Block, BlockKind, Event, EventDate, Name, Quote, Source, Topic,
};

#[derive(Serialize, Deserialize)]
pub(super) struct DateRecord(i32, Option<u32>, Option<u32>);

#[derive(Serialize, Deserialize)]
pub(super) struct EventRecord {
    id: String,
    date: DateRecord,
    approximate: bool,
    title: String,
    actors: Vec<String>,
    topics: Vec<String>,
    sources: Vec<SourceRecord>,
}

/// A source without its quote and without its document's name: the quote
/// is the document's text in `range`, which the snapshot holds already, and
/// the document is named by its place in the snapshot's list of documents.
/// A reader points the source into the document it has read rather than
/// decoding a string it would throw away.
#[derive(Serialize, Deserialize)]
pub(super) struct SourceRecord {
    document: u32,
    range: (u32, u32),
    date: DateRecord,
    approximate: bool,
    speech: bool,
    subject: Option<ActorRef>,
}

/// An actor named by a source or a statement: by its place in the
/// snapshot's list of actors, or by its id for one the list lacks.
#[derive(Serialize, Deserialize)]
pub(super) enum ActorRef {
    Listed(u32),
    Other(String),
}

/// Where a writer finds the place of a document or an actor in the lists
/// it writes.
pub(super) struct Places<'s> {
    documents: HashMap<&'s str, u32>,
    actors: HashMap<&'s str, u32>,
}

impl<'s> Places<'s> {
    pub(super) fn new(documents: &'s [Document], actors: &'s [Actor]) -> Places<'s> {
        Places {
            documents: documents
                .iter()
                .enumerate()
                .map(|(i, d)| (d.id.as_str(), i as u32))
                .collect(),
            actors: actors
                .iter()
                .enumerate()
                .map(|(i, a)| (a.id.as_str(), i as u32))
                .collect(),
        }
    }

    pub(super) fn document(&self, id: &str) -> std::io::Result<u32> {
        self.documents.get(id).copied().ok_or_else(|| {
            std::io::Error::other(format!(
                "a source cites {id}, which is not a document of the store"
            ))
        })
    }

    pub(super) fn actor(&self, id: &str) -> ActorRef {
        match self.actors.get(id) {
            Some(&at) => ActorRef::Listed(at),
            None => ActorRef::Other(id.to_owned()),
        }
    }
}

/// What a reader points records into: each document's id and text, and
/// each actor's id, in the order the snapshot lists them.
pub(super) struct Shared {
    pub(super) documents: Vec<(Name, Arc<str>)>,
    pub(super) actors: Vec<Name>,
}

impl Shared {
    pub(super) fn document(&self, at: u32) -> Result<&(Name, Arc<str>), String> {
        self.documents
            .get(at as usize)
            .ok_or_else(|| format!("a record names document {at} of {}", self.documents.len()))
    }

    pub(super) fn actor(&self, actor: ActorRef) -> Result<Name, String> {
        match actor {
            ActorRef::Listed(at) => self
                .actors
                .get(at as usize)
                .cloned()
                .ok_or_else(|| format!("a record names actor {at} of {}", self.actors.len())),
            ActorRef::Other(id) => Ok(Name::from(id)),
        }
    }

    /// The words of document `at` in `range`, shared with the document.
    pub(super) fn quote(&self, at: u32, range: (u32, u32)) -> Result<(Name, Quote), String> {
        let (name, text) = self.document(at)?;
        let quote = Quote::new(text, range.0 as usize..range.1 as usize)
            .ok_or_else(|| format!("a quote is outside its document {name}"))?;
        Ok((name.clone(), quote))
    }
}

/// A byte range as a snapshot writes it: documents are at most a few
/// megabytes, so offsets fit in 32 bits.
pub(super) fn range_record(range: Range<usize>) -> (u32, u32) {
    (range.start as u32, range.end as u32)
}

#[derive(Serialize, Deserialize)]
pub(super) struct ActorRecord {
    id: String,
    name: String,
    kind: u8,
    description: String,
    country: Option<String>,
    spellings: Vec<String>,
    discovered: bool,
}

#[derive(Serialize, Deserialize)]
pub(super) struct TopicRecord {
    id: String,
    name: String,
    description: String,
    cues: Vec<String>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct DocumentRecord {
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
    /// Offsets as a block holds them. Postcard writes a `u32` as the same
    /// varint as a `usize` of that value, so these read as `usize` did.
    blocks: Vec<(u32, u32, u32, u32, u8)>,
}

const BLOCK_KINDS: [BlockKind; 5] = [
    BlockKind::Headline,
    BlockKind::Caption,
    BlockKind::Body,
    BlockKind::Background,
    BlockKind::Boilerplate,
];
const ACTOR_KINDS: [ActorKind; 3] = [ActorKind::Person, ActorKind::State, ActorKind::Organization];

pub(super) fn code<T: PartialEq>(all: &[T], value: &T) -> u8 {
    all.iter().position(|v| v == value).unwrap_or(0) as u8
}

pub(super) fn decode<T: Copy>(all: &[T], code: u8, what: &str) -> Result<T, String> {
    all.get(code as usize)
        .copied()
        .ok_or_else(|| format!("unknown {what} code {code}"))
}

impl DateRecord {
    pub(super) fn of(date: &EventDate) -> DateRecord {
        DateRecord(date.year_value(), date.month_value(), date.day_value())
    }

    pub(super) fn date(&self) -> Result<EventDate, String> {
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

impl EventRecord {
    pub(super) fn of(e: &Event, places: &Places) -> std::io::Result<EventRecord> {
        Ok(EventRecord {
            id: e.id.clone(),
            date: DateRecord::of(&e.date),
            approximate: e.approximate,
            title: e.title.clone(),
            actors: e.actors.clone(),
            topics: e.topics.clone(),
            sources: e
                .sources
                .iter()
                .map(|s| {
                    Ok(SourceRecord {
                        document: places.document(&s.document)?,
                        range: range_record(s.range()),
                        date: DateRecord::of(&s.date),
                        approximate: s.approximate,
                        speech: s.speech,
                        subject: s.subject.as_deref().map(|id| places.actor(id)),
                    })
                })
                .collect::<std::io::Result<_>>()?,
        })
    }

    pub(super) fn into_event(self, shared: &Shared) -> Result<Event, String> {
        let mut sources = Vec::with_capacity(self.sources.len());
        for s in self.sources {
            let (document, quote) = shared.quote(s.document, s.range)?;
            sources.push(Source {
                document,
                quote,
                date: s.date.date()?,
                approximate: s.approximate,
                speech: s.speech,
                subject: s.subject.map(|a| shared.actor(a)).transpose()?,
            });
        }
        Ok(Event {
            id: self.id,
            date: self.date.date()?,
            approximate: self.approximate,
            title: self.title,
            actors: self.actors,
            topics: self.topics,
            sources,
        })
    }
}

impl DocumentRecord {
    pub(super) fn of(d: &Document) -> DocumentRecord {
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
            text: d.text.to_string(),
            blocks: d
                .blocks
                .iter()
                .map(|b| {
                    let [start, end, prose_start, prose_end] = b.offsets();
                    (
                        start,
                        end,
                        prose_start,
                        prose_end,
                        code(&BLOCK_KINDS, &b.kind),
                    )
                })
                .collect(),
        }
    }

    pub(super) fn into_document(self) -> Result<Document, String> {
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
            text: self.text.into(),
            blocks: self
                .blocks
                .into_iter()
                .map(|(start, end, prose_start, prose_end, kind)| {
                    let kind = decode(&BLOCK_KINDS, kind, "block kind")?;
                    Ok(Block::from_offsets(
                        [start, end, prose_start, prose_end],
                        kind,
                    ))
                })
                .collect::<Result<_, String>>()?,
        })
    }
}

impl ActorRecord {
    pub(super) fn id(&self) -> &str {
        &self.id
    }

    pub(super) fn of(a: &Actor) -> ActorRecord {
        ActorRecord {
            id: a.id.clone(),
            name: a.name.clone(),
            kind: code(&ACTOR_KINDS, &a.kind),
            description: a.description.clone(),
            country: a.country.clone(),
            spellings: a.spellings.clone(),
            discovered: a.discovered,
        }
    }

    pub(super) fn into_actor(self) -> Result<Actor, String> {
        Ok(Actor {
            id: self.id,
            name: self.name,
            kind: decode(&ACTOR_KINDS, self.kind, "actor kind")?,
            description: self.description,
            country: self.country,
            spellings: self.spellings,
            discovered: self.discovered,
        })
    }
}

impl TopicRecord {
    pub(super) fn of(t: &Topic) -> TopicRecord {
        TopicRecord {
            id: t.id.clone(),
            name: t.name.clone(),
            description: t.description.clone(),
            cues: t.cues.clone(),
        }
    }

    pub(super) fn into_topic(self) -> Topic {
        Topic {
            id: self.id,
            name: self.name,
            description: self.description,
            cues: self.cues,
        }
    }
}
