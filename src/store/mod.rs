//! The event store: everything extraction found, indexed once and never
//! changed.
//!
//! Events are kept in date order, with posting lists by actor and by topic
//! and an inverted word index for free text, so a query combines a few
//! sorted lists and never reads article text. A new corpus means a new
//! store, built beside the old one and swapped in whole.

mod facet;
mod query;
pub mod snapshot;
mod words;

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::analysis::{self, Analysis, Insight, Rules, Statement};
use crate::corpus::{Corpus, Document};
use crate::extract::{DataError, Parallelism, extract_observed};
use crate::model::{Actor, Event, EventDate, Topic};
use crate::progress::{Phase, Progress};

pub use facet::{Facet, FacetValue};
pub use query::{FacetCount, Query, QueryResult};

use facet::FacetIndex;
use words::{StatementWords, StatementWordsBuilder};

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
    /// The rules of importance and tone the analysis reads events with.
    pub rules: Rules,
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
    /// Every event's position, ordered by the event's id: found by binary
    /// search, where a map from ids held a copy of each id.
    event_ids: Vec<EventIndex>,
    /// Actors and topics: positions and events, indexed by [`Facet::slot`].
    facets: [FacetIndex; 2],
    document_ids: HashMap<String, usize>,
    /// Events of each document (by document position), ascending.
    by_document: Vec<Vec<EventIndex>>,
    /// Lowercased words of titles, quotes, actor and topic names → events.
    words: BTreeMap<String, Vec<EventIndex>>,
    rules: Rules,
    /// Importance and tone of each event, and the statements.
    analysis: Analysis,
    /// The key events, ascending.
    key_events: Vec<EventIndex>,
    /// Lowercased words of each statement and its speaker's name.
    statement_words: StatementWords,
}

impl Store {
    /// Extracts the events of `corpus` and indexes them.
    pub fn build(corpus: Corpus) -> Result<Store, DataError> {
        Store::build_observed(corpus, &Progress::default())
    }

    /// [`Store::build`], counting articles read in `progress`.
    pub fn build_observed(corpus: Corpus, progress: &Progress) -> Result<Store, DataError> {
        // The analysis's data files are checked before the long extraction.
        let rules = Rules::from_toml(&corpus.importance_toml, &corpus.tone_toml)?;
        // The fingerprint reads every byte of the corpus on one core: taken
        // while the other core begins extracting, it is not a wait of its
        // own at the end, when indexing has cores to spare for little.
        let (fingerprint, extraction) = rayon::join(
            || fingerprint(&corpus),
            || extract_observed(&corpus, Parallelism::Parallel, progress),
        );
        let extraction = extraction?;
        progress.start(Phase::Indexing, None);
        Ok(Store::index(
            extraction.events,
            extraction.actors,
            extraction.topics,
            rules,
            corpus,
            fingerprint,
        ))
    }

    fn index(
        events: Vec<Event>,
        actors: Vec<Actor>,
        topics: Vec<Topic>,
        rules: Rules,
        corpus: Corpus,
        fingerprint: String,
    ) -> Store {
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
            rules,
            origin: corpus.origin,
            fingerprint,
            last_modified,
        })
    }

    /// Indexes what extraction found, and analyses it.
    pub(crate) fn assemble(parts: Parts) -> Store {
        Store::assemble_with(parts, None)
    }

    /// Indexes `parts`; what is derived from them (the word indexes and the
    /// analysis) is taken from `derived` when given, as a snapshot keeps
    /// it, and computed otherwise.
    pub(crate) fn assemble_with(parts: Parts, derived: Option<Derived>) -> Store {
        let Parts {
            events,
            actors,
            topics,
            documents,
            rules,
            origin,
            fingerprint,
            last_modified,
        } = parts;
        let mut facets = [
            FacetIndex::new(actors.iter().map(|a| &a.id)),
            FacetIndex::new(topics.iter().map(|t| &t.id)),
        ];
        let document_ids: HashMap<String, usize> = documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.clone(), i))
            .collect();
        let mut by_document = vec![Vec::new(); documents.len()];
        let mut event_ids: Vec<EventIndex> = (0..events.len() as EventIndex).collect();
        // The last of events with one id is the one found, as a map from
        // ids kept it.
        // The order compares positions last, so any sort gives it: sorted
        // on every core.
        event_ids.par_sort_unstable_by(|&a, &b| {
            (events[a as usize].id.cmp(&events[b as usize].id)).then(b.cmp(&a))
        });
        for (index, event) in events.iter().enumerate() {
            let index = index as EventIndex;
            for facet in Facet::ALL {
                let index_of = &mut facets[facet.slot()];
                for id in facet.ids_of(event) {
                    if let Some(&at) = index_of.positions.get(id) {
                        index_of.postings[at].push(index);
                    }
                }
            }
            for source in &event.sources {
                if let Some(&d) = document_ids.get(source.document.as_str())
                    && by_document[d].last() != Some(&index)
                {
                    by_document[d].push(index);
                }
            }
        }
        let Derived {
            words,
            analysis,
            statement_words,
        } = derived.unwrap_or_else(|| {
            let document_of = |id: &str| document_ids.get(id).map(|&i| &documents[i]);
            derive(&events, &actors, &topics, &facets, &rules, document_of)
        });
        let key_events = analysis
            .insights
            .iter()
            .enumerate()
            .filter(|(_, i)| i.importance.key)
            .map(|(i, _)| i as EventIndex)
            .collect();
        Store {
            events,
            actors,
            topics,
            documents,
            origin,
            fingerprint,
            last_modified,
            event_ids,
            facets,
            document_ids,
            by_document,
            words,
            rules,
            analysis,
            key_events,
            statement_words,
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
            rules: Rules::bundled(),
            origin: String::new(),
            fingerprint: "loading".into(),
            last_modified: now,
        })
    }

    pub fn events(&self) -> &[Event] {
        &self.events
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.event_index(id).map(|i| &self.events[i as usize])
    }

    /// The position of the event with an id.
    fn event_index(&self, id: &str) -> Option<EventIndex> {
        let id_of = |i: EventIndex| self.events[i as usize].id.as_str();
        let at = self.event_ids.partition_point(|&i| id_of(i) < id);
        self.event_ids.get(at).copied().filter(|&i| id_of(i) == id)
    }

    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.position(Facet::Actor, id).map(|i| &self.actors[i])
    }

    pub fn topics(&self) -> &[Topic] {
        &self.topics
    }

    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.position(Facet::Topic, id).map(|i| &self.topics[i])
    }

    /// How many values a facet has (actors in the gazetteer, topics in the taxonomy).
    pub fn facet_len(&self, facet: Facet) -> usize {
        self.facets[facet.slot()].postings.len()
    }

    /// The value of a facet at a position of its list.
    pub fn facet_at(&self, facet: Facet, index: usize) -> FacetValue<'_> {
        match facet {
            Facet::Actor => FacetValue::actor(index, &self.actors[index]),
            Facet::Topic => FacetValue::topic(index, &self.topics[index]),
        }
    }

    /// Every value of a facet, in the store's order.
    pub fn facet_values(&self, facet: Facet) -> impl Iterator<Item = FacetValue<'_>> {
        (0..self.facet_len(facet)).map(move |i| self.facet_at(facet, i))
    }

    /// The value of a facet with an id.
    pub fn facet(&self, facet: Facet, id: &str) -> Option<FacetValue<'_>> {
        self.position(facet, id).map(|i| self.facet_at(facet, i))
    }

    /// The values of a facet an event names, known ones only, in the event's order.
    pub fn facets_of<'s>(
        &'s self,
        event: &'s Event,
        facet: Facet,
    ) -> impl Iterator<Item = FacetValue<'s>> {
        facet
            .ids_of(event)
            .iter()
            .filter_map(move |id| self.facet(facet, id))
    }

    /// Every name a person might type for a value: its id, its name and,
    /// for an actor, every spelling.
    pub fn facet_names(&self, facet: Facet, index: usize) -> Vec<&str> {
        let value = self.facet_at(facet, index);
        let mut names = vec![value.id, value.name];
        if facet == Facet::Actor {
            names.extend(self.actors[index].spellings.iter().map(String::as_str));
        }
        names
    }

    /// How many events name a value of a facet.
    pub fn facet_event_count(&self, facet: Facet, id: &str) -> usize {
        self.position(facet, id)
            .map_or(0, |i| self.facets[facet.slot()].postings[i].len())
    }

    /// The events naming a value of a facet, as positions in date order.
    pub fn facet_postings(&self, facet: Facet, index: usize) -> &[EventIndex] {
        &self.facets[facet.slot()].postings[index]
    }

    fn position(&self, facet: Facet, id: &str) -> Option<usize> {
        self.facets[facet.slot()].positions.get(id).copied()
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
        self.facet_event_count(Facet::Actor, id)
    }

    /// How many events a topic has.
    pub fn topic_event_count(&self, id: &str) -> usize {
        self.facet_event_count(Facet::Topic, id)
    }

    /// The events that cite a document, in date order.
    pub fn document_events(&self, id: &str) -> impl Iterator<Item = &Event> {
        self.document_postings(id)
            .iter()
            .map(|&i| &self.events[i as usize])
    }

    /// The events that cite a document, as positions in date order.
    pub fn document_postings(&self, id: &str) -> &[EventIndex] {
        self.document_ids
            .get(id)
            .map(|&d| self.by_document[d].as_slice())
            .unwrap_or_default()
    }

    /// The event at a position of the date-ordered list.
    pub fn event_at(&self, index: EventIndex) -> &Event {
        &self.events[index as usize]
    }

    /// What the analysis says of the event at a position.
    pub fn insight_at(&self, index: EventIndex) -> &Insight {
        &self.analysis.insights[index as usize]
    }

    /// What the analysis says of an event of this store.
    pub fn insight(&self, event: &Event) -> Option<&Insight> {
        self.event_index(&event.id)
            .map(|i| &self.analysis.insights[i as usize])
    }

    /// The key events, as positions in date order.
    pub fn key_events(&self) -> &[EventIndex] {
        &self.key_events
    }

    /// Every statement, in date order.
    pub fn statements(&self) -> &[Statement] {
        &self.analysis.statements
    }

    /// The rules the analysis read the events with.
    pub fn rules(&self) -> &Rules {
        &self.rules
    }

    /// The first and last event dates.
    pub fn span(&self) -> Option<(EventDate, EventDate)> {
        Some((
            self.events.first()?.date,
            self.events.iter().map(|e| e.date).max()?,
        ))
    }
}

/// What a store derives from its parts rather than reads: the word
/// indexes and the analysis. It takes most of the time of indexing, so a
/// snapshot keeps it.
#[derive(Debug)]
pub(crate) struct Derived {
    /// Lowercased words of titles, quotes, actor and topic names → events.
    pub words: BTreeMap<String, Vec<EventIndex>>,
    pub analysis: Analysis,
    /// Lowercased words of each statement and its speaker's name.
    pub statement_words: StatementWords,
}

/// Builds the word indexes and runs the analysis, side by side: they read
/// the events independently.
fn derive<'a>(
    events: &[Event],
    actors: &[Actor],
    topics: &[Topic],
    facets: &[FacetIndex; 2],
    rules: &Rules,
    document_of: impl Fn(&str) -> Option<&'a Document> + Sync,
) -> Derived {
    let index_words = || {
        // Each event's searchable words are read on every core, a chunk of
        // events at a time so that few lists are held at once; the postings
        // are then filled in event order. The words of 4,096 events, each
        // its own string, were 6 MB at once: a quarter of that still gives
        // every core hundreds of events to read.
        const CHUNK: usize = 1024;
        // Filed by hash while the events are read, one after another on
        // one core, and sorted into the index once at the end: a search of
        // the sorted map for each word of each event compared dozens of
        // strings where a hash finds it at once.
        let mut words: FxHashMap<String, Vec<EventIndex>> = FxHashMap::default();
        for (chunk, chunk_events) in events.chunks(CHUNK).enumerate() {
            let first = chunk * CHUNK;
            let chunk_words: Vec<Vec<Cow<'_, str>>> = chunk_events
                .par_iter()
                .map(|event| {
                    // The title, the names of its facets and its quotes, as
                    // if joined by spaces: read one after another rather
                    // than copied into one text.
                    let names = Facet::ALL.into_iter().flat_map(|facet| {
                        facet.ids_of(event).iter().filter_map(move |id| {
                            let &at = facets[facet.slot()].positions.get(id)?;
                            Some(match facet {
                                Facet::Actor => actors[at].name.as_str(),
                                Facet::Topic => topics[at].name.as_str(),
                            })
                        })
                    });
                    let quotes = event.sources.iter().map(|s| s.quote.as_str());
                    lowered_words(
                        std::iter::once(event.title.as_str())
                            .chain(names)
                            .chain(quotes),
                    )
                })
                .collect();
            for (offset, event_words) in chunk_words.into_iter().enumerate() {
                let index = (first + offset) as EventIndex;
                for word in event_words {
                    match words.get_mut(&*word) {
                        Some(postings) if postings.last() == Some(&index) => {}
                        Some(postings) => postings.push(index),
                        None => {
                            words.insert(word.into_owned(), vec![index]);
                        }
                    }
                }
            }
        }
        // Postings grew by doubling: the index is kept for the store's life.
        words.values_mut().for_each(Vec::shrink_to_fit);
        words.into_iter().collect::<BTreeMap<_, _>>()
    };
    let analyse = || {
        analysis::analyse(
            events,
            actors,
            rules,
            |id| document_of(id).and_then(|d| d.publisher.as_deref()),
            |id| document_of(id).map(|d| &*d.text),
        )
    };
    let (words, analysis) = rayon::join(index_words, analyse);
    let statement_words = index_statements(&analysis.statements, actors);
    Derived {
        words,
        analysis,
        statement_words,
    }
}

/// The search words of each statement: its own and its speaker's name.
fn index_statements<'a>(statements: &'a [Statement], actors: &'a [Actor]) -> StatementWords {
    let actor_names: HashMap<&str, &str> = actors
        .iter()
        .map(|a| (a.id.as_str(), a.name.as_str()))
        .collect();
    // A statement's words and its speaker's name, as if joined by a space.
    fn texts_of<'a>(s: &'a Statement, actor_names: &HashMap<&str, &'a str>) -> [&'a str; 2] {
        let name = actor_names.get(s.speaker.as_str()).copied().unwrap_or("");
        [s.words.as_str(), name]
    }
    let words_of = |s: &'a Statement| lowered_words(texts_of(s, &actor_names));
    // Counted first, so that the list of all words is made at its size:
    // grown by doubling, it held up to twice them at the peak of indexing.
    // Only counted: no word is copied into a string of its own for it.
    let count = statements.par_iter().map(|s| words_of(s).len()).sum();
    let mut builder = StatementWordsBuilder::with_capacity(statements.len(), count);
    // A chunk at a time, read on every core, so that few lists are held at
    // once (see `index_words` in `derive`).
    for chunk in statements.chunks(1024) {
        let chunk_words: Vec<Vec<Cow<'_, str>>> = chunk.par_iter().map(words_of).collect();
        for words in &chunk_words {
            builder.push(words.iter().map(|w| &**w));
        }
    }
    builder.finish()
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
    hasher.update(corpus.importance_toml.as_bytes());
    hasher.update(corpus.tone_toml.as_bytes());
    hasher
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The lowercased words of `text` that free-text search matches against.
pub(crate) fn search_words(text: &str) -> Vec<String> {
    search_words_of([text])
}

/// The [`search_words`] of `texts` joined by spaces, without joining them.
fn search_words_of<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    // Only the words left once sorted and deduplicated are copied into
    // strings of their own: an event's text repeats its words (titles,
    // quotes, names) many times.
    lowered_words(texts)
        .into_iter()
        .map(Cow::into_owned)
        .collect()
}

/// The lowered words of `texts` joined by spaces, sorted and
/// deduplicated: a space splits words as any char but a letter or digit
/// does, so they are the words of each text in turn.
fn lowered_words<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<Cow<'a, str>> {
    // The runs of letters and digits, as a split at every other char gives
    // them. Most words are ASCII, and lowered without Unicode tables; most
    // of those need no lowering and are lent.
    let mut words: Vec<Cow<'a, str>> = texts
        .into_iter()
        .flat_map(crate::extract::text::alnum_words)
        .map(|w| {
            if !w.is_ascii() {
                Cow::Owned(w.to_lowercase())
            } else if w.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(w.to_ascii_lowercase())
            } else {
                Cow::Borrowed(w)
            }
        })
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_words_are_the_lowered_pieces_of_a_split_at_what_is_no_letter_or_digit() {
        for (path, text) in crate::extract::text::fixture_texts() {
            let mut split: Vec<String> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            split.sort_unstable();
            split.dedup();
            assert_eq!(search_words(&text), split, "{}", path.display());
        }
    }
}
