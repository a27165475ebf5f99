//! Extraction: from a corpus of articles to dated, attributed events.
//!
//! The flow is one way: each document's sentences are read
//! ([`sentences`], [`clauses`]), their dates, actors and topics found
//! ([`dates`], [`actors`], [`topics`]), turned into candidate reports
//! ([`candidates`]), and reports of one happening merged into events
//! ([`merge`], [`events`]). Nothing here knows about HTTP.

pub mod actors;
pub mod anchors;
pub mod calendar;
pub mod candidates;
pub mod clauses;
pub mod dates;
pub mod events;
pub mod merge;
pub mod sentences;
pub mod terms;
mod text;
pub mod title;
pub mod topics;

use std::collections::{BTreeMap, HashMap};

use actors::{Actor, Gazetteer};
use candidates::{Candidate, document_candidates};
use events::{Event, build_event};
use topics::{Taxonomy, Topic};

use crate::corpus::Corpus;

/// Everything extraction found in a corpus.
#[derive(Debug, Clone)]
pub struct Extraction {
    /// Events in date order.
    pub events: Vec<Event>,
    /// The gazetteer's actors and the people discovered by their titles.
    pub actors: Vec<Actor>,
    pub topics: Vec<Topic>,
}

/// Why the domain data of a corpus could not be used.
#[derive(Debug, thiserror::Error)]
pub enum DataError {
    #[error("actors.toml: {0}")]
    Actors(#[from] actors::GazetteerError),
    #[error("topics.toml: {0}")]
    Topics(#[from] topics::TopicsError),
}

/// Finds the events of every loaded document of `corpus`.
pub fn extract(corpus: &Corpus) -> Result<Extraction, DataError> {
    let gazetteer = Gazetteer::from_toml(&corpus.actors_toml)?;
    let taxonomy = Taxonomy::from_toml(&corpus.topics_toml)?;
    let mut discovered = BTreeMap::new();
    let mut candidates: Vec<Candidate> = corpus
        .loaded()
        .flat_map(|document| document_candidates(document, &gazetteer, &taxonomy, &mut discovered))
        .collect();
    anchors::resolve(&mut candidates);

    let country_of = |id: &str| gazetteer.get(id).and_then(|a| a.country.clone());
    let texts: HashMap<&str, &str> = corpus
        .loaded()
        .map(|d| (d.id.as_str(), d.text.as_str()))
        .collect();
    let quote_of = |c: &Candidate| {
        texts
            .get(c.document.as_str())
            .and_then(|t| t.get(c.sentence.clone()))
            .unwrap_or_default()
            .to_string()
    };
    let mut by_publication: Vec<_> = corpus
        .loaded()
        .map(|d| (d.published, d.id.as_str()))
        .collect();
    by_publication.sort();
    let document_rank = |id: &str| {
        by_publication
            .iter()
            .position(|(_, d)| *d == id)
            .unwrap_or(usize::MAX)
    };
    let topic_rank = |id: &str| {
        taxonomy
            .topics()
            .iter()
            .position(|t| t.id == id)
            .unwrap_or(usize::MAX)
    };

    let mut events: Vec<Event> = merge::group(&candidates, &country_of)
        .iter()
        .map(|members| build_event(members, &candidates, &quote_of, &document_rank, &topic_rank))
        .collect();
    events.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    distinguish_ids(&mut events);

    let mut actors: Vec<Actor> = gazetteer.actors().to_vec();
    actors.extend(
        discovered
            .into_values()
            .filter(|a| gazetteer.get(&a.id).is_none()),
    );
    Ok(Extraction {
        events,
        actors,
        topics: taxonomy.topics().to_vec(),
    })
}

/// One sentence may tell of two happenings on one day ("met on Thursday,
/// and signed on Thursday"): their ids, derived from the sentence and the
/// date, would coincide. The second and later get a suffix, in the order
/// the events already have, so ids stay unique and stable across loads.
fn distinguish_ids(events: &mut [Event]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for event in events.iter_mut() {
        let count = seen.entry(event.id.clone()).or_insert(0);
        *count += 1;
        if *count > 1 {
            event.id = format!("{}-{}", event.id, count);
        }
    }
}
