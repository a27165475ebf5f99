//! The event store: everything extraction found, indexed once and never
//! changed.
//!
//! Events are kept in date order, with posting lists by actor and by topic
//! and an inverted word index for free text, so a query combines a few
//! sorted lists and never reads article text. A new corpus means a new
//! store, built beside the old one and swapped in whole.

mod query;
pub mod snapshot;

use std::collections::{BTreeMap, HashMap};

use crate::corpus::{Corpus, Document};
use crate::extract::actors::Actor;
use crate::extract::calendar::EventDate;
use crate::extract::events::Event;
use crate::extract::topics::Topic;
use crate::extract::{DataError, Parallelism, extract_observed};
use crate::progress::{Phase, Progress};

pub use query::{Facet, Query, QueryResult};

/// Index of an event in the store's date-ordered list.
pub type EventIndex = u32;

/// What a store is made of before indexing: extraction's results, the
/// documents, and what is said of the corpus as a whole.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Parts {
    pub events: Vec<Event>,
    pub actors: Vec<Actor>,
    pub topics: Vec<Topic>,
    pub documents: Vec<Document>,
    pub origin: String,
    pub fingerprint: String,
    pub last_modified: std::time::SystemTime,
}

/// The immutable store of one corpus.
#[derive(Debug)]
pub struct Store {
    events: Vec<Event>,
    actors: Vec<Actor>,
    topics: Vec<Topic>,
    documents: Vec<Document>,
    origin: String,
    fingerprint: String,
    last_modified: std::time::SystemTime,
    event_ids: HashMap<String, EventIndex>,
    actor_ids: HashMap<String, usize>,
    topic_ids: HashMap<String, usize>,
    document_ids: HashMap<String, usize>,
    /// Events of each actor (by actor position), ascending.
    by_actor: Vec<Vec<EventIndex>>,
    /// Events of each topic (by topic position), ascending.
    by_topic: Vec<Vec<EventIndex>>,
    /// Events of each document (by document position), ascending.
    by_document: Vec<Vec<EventIndex>>,
    /// Lowercased words of titles, quotes, actor and topic names → events.
    words: BTreeMap<String, Vec<EventIndex>>,
}

impl Store {
    /// Extracts the events of `corpus` and indexes them.
    pub fn build(corpus: Corpus) -> Result<Store, DataError> {
        Store::build_observed(corpus, &Progress::default())
    }

    /// [`Store::build`], counting articles read in `progress`.
    pub fn build_observed(corpus: Corpus, progress: &Progress) -> Result<Store, DataError> {
        let extraction = extract_observed(&corpus, Parallelism::Parallel, progress)?;
        progress.start(Phase::Indexing, None);
        Ok(Store::index(
            extraction.events,
            extraction.actors,
            extraction.topics,
            corpus,
        ))
    }

    fn index(events: Vec<Event>, actors: Vec<Actor>, topics: Vec<Topic>, corpus: Corpus) -> Store {
        let fingerprint = fingerprint(&corpus);
        let last_modified = corpus.modified.unwrap_or_else(|| {
            // The embedded seeds have no file times: their newest article is
            // the honest "last changed".
            let newest = corpus.documents.iter().filter_map(|d| d.published).max();
            newest
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(|t| {
                    std::time::UNIX_EPOCH
                        + std::time::Duration::from_secs(t.and_utc().timestamp().max(0) as u64)
                })
                .unwrap_or(std::time::UNIX_EPOCH)
        });
        Store::assemble(Parts {
            events,
            actors,
            topics,
            documents: corpus.documents,
            origin: corpus.origin,
            fingerprint,
            last_modified,
        })
    }

    /// Indexes what extraction found; also how a snapshot becomes a store.
    pub(crate) fn assemble(parts: Parts) -> Store {
        let Parts {
            events,
            actors,
            topics,
            documents,
            origin,
            fingerprint,
            last_modified,
        } = parts;
        let position = |ids: Vec<&String>| -> HashMap<String, usize> {
            ids.into_iter()
                .enumerate()
                .map(|(i, id)| (id.clone(), i))
                .collect()
        };
        let actor_ids = position(actors.iter().map(|a| &a.id).collect());
        let topic_ids = position(topics.iter().map(|t| &t.id).collect());
        let document_ids = position(documents.iter().map(|d| &d.id).collect());
        let mut by_actor = vec![Vec::new(); actors.len()];
        let mut by_topic = vec![Vec::new(); topics.len()];
        let mut by_document = vec![Vec::new(); documents.len()];
        let mut words: BTreeMap<String, Vec<EventIndex>> = BTreeMap::new();
        let mut event_ids = HashMap::new();
        for (index, event) in events.iter().enumerate() {
            let index = index as EventIndex;
            event_ids.insert(event.id.clone(), index);
            let mut text = event.title.clone();
            for id in &event.actors {
                if let Some(&a) = actor_ids.get(id) {
                    by_actor[a].push(index);
                    text.push(' ');
                    text.push_str(&actors[a].name);
                }
            }
            for id in &event.topics {
                if let Some(&t) = topic_ids.get(id) {
                    by_topic[t].push(index);
                    text.push(' ');
                    text.push_str(&topics[t].name);
                }
            }
            for source in &event.sources {
                if let Some(&d) = document_ids.get(&source.document)
                    && by_document[d].last() != Some(&index)
                {
                    by_document[d].push(index);
                }
                text.push(' ');
                text.push_str(&source.quote);
            }
            for word in search_words(&text) {
                let postings = words.entry(word).or_default();
                if postings.last() != Some(&index) {
                    postings.push(index);
                }
            }
        }
        Store {
            events,
            actors,
            topics,
            documents,
            origin,
            fingerprint,
            last_modified,
            event_ids,
            actor_ids,
            topic_ids,
            document_ids,
            by_actor,
            by_topic,
            by_document,
            words,
        }
    }

    /// The store of no corpus, served while the real one is being built:
    /// its fingerprint is "loading", and it was last changed `now`, so no
    /// validator of a real page ever matches it.
    pub fn empty(now: std::time::SystemTime) -> Store {
        Store::assemble(Parts {
            events: Vec::new(),
            actors: Vec::new(),
            topics: Vec::new(),
            documents: Vec::new(),
            origin: String::new(),
            fingerprint: "loading".into(),
            last_modified: now,
        })
    }

    pub fn events(&self) -> &[Event] {
        &self.events
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.event_ids.get(id).map(|&i| &self.events[i as usize])
    }

    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actor_ids.get(id).map(|&i| &self.actors[i])
    }

    pub fn topics(&self) -> &[Topic] {
        &self.topics
    }

    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topic_ids.get(id).map(|&i| &self.topics[i])
    }

    pub fn documents(&self) -> &[Document] {
        &self.documents
    }

    pub fn document(&self, id: &str) -> Option<&Document> {
        self.document_ids.get(id).map(|&i| &self.documents[i])
    }

    /// A digest of the corpus and its data files: the same on every replica
    /// serving the same corpus, different for any other. Used for ETags.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// When the corpus last changed, for `Last-Modified`.
    pub fn last_modified(&self) -> std::time::SystemTime {
        self.last_modified
    }

    /// Where the corpus came from, for people.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// How many events an actor appears in.
    pub fn actor_event_count(&self, id: &str) -> usize {
        self.actor_ids
            .get(id)
            .map_or(0, |&i| self.by_actor[i].len())
    }

    /// How many events a topic has.
    pub fn topic_event_count(&self, id: &str) -> usize {
        self.topic_ids
            .get(id)
            .map_or(0, |&i| self.by_topic[i].len())
    }

    /// The events that cite a document, in date order.
    pub fn document_events(&self, id: &str) -> impl Iterator<Item = &Event> {
        self.document_ids
            .get(id)
            .map(|&d| self.by_document[d].as_slice())
            .unwrap_or_default()
            .iter()
            .map(|&i| &self.events[i as usize])
    }

    /// The first and last event dates.
    pub fn span(&self) -> Option<(EventDate, EventDate)> {
        Some((
            self.events.first()?.date,
            self.events.iter().map(|e| e.date).max()?,
        ))
    }

    /// The ids of all actors, for suggestions.
    pub fn actor_ids(&self) -> impl Iterator<Item = &str> {
        self.actors.iter().map(|a| a.id.as_str())
    }

    pub fn topic_ids(&self) -> impl Iterator<Item = &str> {
        self.topics.iter().map(|t| t.id.as_str())
    }
}

fn fingerprint(corpus: &Corpus) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    for document in &corpus.documents {
        hasher.update(document.id.as_bytes());
        hasher.update([0]);
        hasher.update(document.status.label().as_bytes());
        hasher.update(format!(
            "{:?}{:?}{:?}{:?}",
            document.title, document.publisher, document.url, document.published
        ));
        hasher.update(document.text.as_bytes());
        hasher.update([0]);
    }
    hasher.update(corpus.actors_toml.as_bytes());
    hasher.update(corpus.topics_toml.as_bytes());
    hasher
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The lowercased words of `text` that free-text search matches against.
pub(crate) fn search_words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.sort();
    words.dedup();
    words
}
