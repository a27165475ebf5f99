//! Actors and topics are the two facets of an event: each event names some
//! of each, each can filter a view, each has a page, a count and a facet
//! count. [`Facet`] says which one is meant, so that code which treats them
//! alike (indexes, queries, links, filter lists, JSON) is written once and
//! only what truly differs (an actor's kind, country and spellings) is not.

use std::collections::HashMap;

use crate::model::{Actor, Event, Topic};

use super::EventIndex;

/// Which facet: actors or topics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Facet {
    Actor,
    Topic,
}

impl Facet {
    /// Both facets, in the order pages show them.
    pub const ALL: [Facet; 2] = [Facet::Actor, Facet::Topic];

    /// The query-string key and path word: "actor" or "topic".
    pub fn key(self) -> &'static str {
        match self {
            Facet::Actor => "actor",
            Facet::Topic => "topic",
        }
    }

    /// The plural, as in addresses: "actors" or "topics".
    pub fn plural(self) -> &'static str {
        match self {
            Facet::Actor => "actors",
            Facet::Topic => "topics",
        }
    }

    /// The API listing every id of the facet.
    pub fn endpoint(self) -> &'static str {
        match self {
            Facet::Actor => "/api/actors",
            Facet::Topic => "/api/topics",
        }
    }

    /// The ids of this facet that an event names.
    pub fn ids_of(self, event: &Event) -> &[String] {
        match self {
            Facet::Actor => &event.actors,
            Facet::Topic => &event.topics,
        }
    }

    /// Position in arrays indexed by facet.
    pub(crate) fn slot(self) -> usize {
        match self {
            Facet::Actor => 0,
            Facet::Topic => 1,
        }
    }
}

/// One value of a facet as every page and answer shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FacetValue<'a> {
    pub facet: Facet,
    /// Position in the store's list of this facet.
    pub index: usize,
    pub id: &'a str,
    pub name: &'a str,
    /// "person", "state" or "organization" for an actor.
    pub kind: Option<&'static str>,
    pub description: &'a str,
}

impl<'a> FacetValue<'a> {
    pub(crate) fn actor(index: usize, actor: &'a Actor) -> FacetValue<'a> {
        FacetValue {
            facet: Facet::Actor,
            index,
            id: &actor.id,
            name: &actor.name,
            kind: Some(actor.kind.as_str()),
            description: &actor.description,
        }
    }

    pub(crate) fn topic(index: usize, topic: &'a Topic) -> FacetValue<'a> {
        FacetValue {
            facet: Facet::Topic,
            index,
            id: &topic.id,
            name: &topic.name,
            kind: None,
            description: &topic.description,
        }
    }
}

/// The index of one facet: ids to positions and each value's events.
#[derive(Debug, Default)]
pub(crate) struct FacetIndex {
    pub(crate) positions: HashMap<String, usize>,
    /// Events of each value (by position), ascending.
    pub(crate) postings: Vec<Vec<EventIndex>>,
}

impl FacetIndex {
    pub(crate) fn new<'a>(ids: impl Iterator<Item = &'a String>) -> FacetIndex {
        let mut positions = HashMap::new();
        let mut count = 0;
        for (i, id) in ids.enumerate() {
            positions.insert(id.clone(), i);
            count = i + 1;
        }
        FacetIndex {
            postings: vec![Vec::new(); count],
            positions,
        }
    }
}
