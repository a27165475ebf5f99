//! Queries over the store: actors (any of), topics (any of), both together,
//! a date range at any precision, and free text; with facet counts of actors
//! and topics under the other active filters, as faceted search does.
//!
//! Sets of events are bitsets over the date-ordered event list, so every
//! filter is a few word-wide operations per 64 events and results come out
//! in date order for free.

use crate::model::EventDate;

use super::{EventIndex, Facet, Store, search_words};

/// A validated query: every id exists, `from` is not after `to`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub actors: Vec<String>,
    pub topics: Vec<String>,
    pub from: Option<EventDate>,
    pub to: Option<EventDate>,
    pub text: Option<String>,
    /// Only the key events (`importance=key`).
    pub key: bool,
}

impl Query {
    /// The ids the query filters a facet by.
    pub fn ids(&self, facet: Facet) -> &Vec<String> {
        match facet {
            Facet::Actor => &self.actors,
            Facet::Topic => &self.topics,
        }
    }

    pub fn ids_mut(&mut self, facet: Facet) -> &mut Vec<String> {
        match facet {
            Facet::Actor => &mut self.actors,
            Facet::Topic => &mut self.topics,
        }
    }
}

/// How many matching events an actor or a topic has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCount {
    /// Position in the store's actor or topic list.
    pub index: usize,
    pub count: usize,
}

/// The events of a query, in date order, with its facet counts.
#[derive(Debug, Clone, Default)]
pub struct QueryResult {
    pub events: Vec<EventIndex>,
    /// By [`Facet::slot`]: actors with their counts under the topic, date and
    /// text filters, most events first; topics under the actor, date and
    /// text filters, in taxonomy order.
    counts: [Vec<FacetCount>; 2],
}

impl QueryResult {
    /// The values of a facet with matching events (or chosen by the query),
    /// with their counts under the other facet's filter.
    pub fn counts(&self, facet: Facet) -> &[FacetCount] {
        &self.counts[facet.slot()]
    }
}

#[derive(Clone)]
struct Bits(Vec<u64>);

impl Bits {
    fn all(n: usize) -> Bits {
        let mut words = vec![u64::MAX; n.div_ceil(64)];
        if !n.is_multiple_of(64)
            && let Some(last) = words.last_mut()
        {
            *last = (1u64 << (n % 64)) - 1;
        }
        Bits(words)
    }

    fn none(n: usize) -> Bits {
        Bits(vec![0; n.div_ceil(64)])
    }

    fn from_postings(n: usize, lists: &[&[EventIndex]]) -> Bits {
        let mut bits = Bits::none(n);
        for list in lists {
            for &i in *list {
                bits.0[i as usize / 64] |= 1 << (i % 64);
            }
        }
        bits
    }

    fn and(&self, other: &Bits) -> Bits {
        Bits(self.0.iter().zip(&other.0).map(|(a, b)| a & b).collect())
    }

    fn contains(&self, i: EventIndex) -> bool {
        self.0[i as usize / 64] & (1 << (i % 64)) != 0
    }

    fn count_in(&self, list: &[EventIndex]) -> usize {
        list.iter().filter(|&&i| self.contains(i)).count()
    }

    fn indices(&self) -> Vec<EventIndex> {
        let mut out = Vec::new();
        for (w, &word) in self.0.iter().enumerate() {
            let mut word = word;
            while word != 0 {
                let bit = word.trailing_zeros();
                out.push((w * 64) as EventIndex + bit);
                word &= word - 1;
            }
        }
        out
    }
}

impl Store {
    /// The events of a query result, in date order.
    pub fn events_of(&self, result: &QueryResult) -> Vec<&crate::model::Event> {
        result
            .events
            .iter()
            .map(|&i| &self.events[i as usize])
            .collect()
    }

    /// Runs a query. Unknown ids match nothing (validate first to report them).
    pub fn query(&self, query: &Query) -> QueryResult {
        let n = self.events.len();
        let mut base = self.date_bits(query).and(&self.text_bits(query));
        if query.key {
            base = base.and(&Bits::from_postings(n, &[self.key_events()]));
        }
        let chosen = Facet::ALL.map(|facet| {
            let ids = query.ids(facet);
            if ids.is_empty() {
                return Bits::all(n);
            }
            let lists: Vec<&[EventIndex]> = ids
                .iter()
                .filter_map(|id| self.facets[facet.slot()].positions.get(id))
                .map(|&i| self.facet_postings(facet, i))
                .collect();
            Bits::from_postings(n, &lists)
        });
        let actors = &chosen[Facet::Actor.slot()];
        let topics = &chosen[Facet::Topic.slot()];
        // Each facet is counted under every filter but its own.
        let under = [base.and(topics), base.and(actors)];
        let counts = Facet::ALL.map(|facet| {
            let within = &under[facet.slot()];
            let ids = query.ids(facet);
            let mut counts: Vec<FacetCount> = (0..self.facet_len(facet))
                .map(|index| FacetCount {
                    index,
                    count: within.count_in(self.facet_postings(facet, index)),
                })
                .filter(|f| {
                    f.count > 0 || ids.iter().any(|id| id == self.facet_at(facet, f.index).id)
                })
                .collect();
            if facet == Facet::Actor {
                counts.sort_by_key(|f| (std::cmp::Reverse(f.count), f.index));
            }
            counts
        });
        QueryResult {
            events: under[Facet::Actor.slot()].and(actors).indices(),
            counts,
        }
    }

    /// The statements of a query, as positions in date order: spoken by
    /// one of its actors, about one of its topics (through their events),
    /// in its dates, with its words, and for `key`, reporting a key event.
    pub fn query_statements(&self, query: &Query) -> Vec<usize> {
        let from = query.from.map(|d| d.first_day());
        let to = query.to.map(|d| d.last_day());
        let wanted = query.text.as_deref().map(search_words).unwrap_or_default();
        let wanted: Vec<_> = (wanted.iter())
            .map(|w| self.statement_words.prefixed(w))
            .collect();
        let key: std::collections::HashSet<EventIndex> = if query.key {
            self.key_events().iter().copied().collect()
        } else {
            Default::default()
        };
        self.statements()
            .iter()
            .enumerate()
            .filter(|(_, s)| {
                query.actors.is_empty() || query.actors.iter().any(|a| *a == s.speaker)
            })
            .filter(|(_, s)| {
                query.topics.is_empty() || s.topics.iter().any(|t| query.topics.contains(t))
            })
            .filter(|(_, s)| from.is_none_or(|day| s.date.last_day() >= day))
            .filter(|(_, s)| to.is_none_or(|day| s.date.first_day() <= day))
            .filter(|(_, s)| !query.key || s.events.iter().any(|e| key.contains(e)))
            .filter(|(i, _)| wanted.iter().all(|w| self.statement_words.has_any(*i, w)))
            .map(|(i, _)| i)
            .collect()
    }

    /// Events whose period overlaps `from..=to`. Events are in date order, so
    /// the range is found by binary search.
    fn date_bits(&self, query: &Query) -> Bits {
        let n = self.events.len();
        if query.from.is_none() && query.to.is_none() {
            return Bits::all(n);
        }
        let mut bits = Bits::none(n);
        let to_day = query.to.map(|d| d.last_day());
        let end = to_day.map_or(n, |day| {
            self.events.partition_point(|e| e.date.first_day() <= day)
        });
        let from_day = query.from.map(|d| d.first_day());
        for i in 0..end {
            // A year-precise event starts before a month inside it but still
            // overlaps it, so the lower bound is checked on each event's last day.
            if from_day.is_none_or(|day| self.events[i].date.last_day() >= day) {
                bits.0[i / 64] |= 1 << (i % 64);
            }
        }
        bits
    }

    /// Events whose words match every word of the text, each as a prefix.
    fn text_bits(&self, query: &Query) -> Bits {
        let n = self.events.len();
        let Some(text) = &query.text else {
            return Bits::all(n);
        };
        let mut bits = Bits::all(n);
        for word in search_words(text) {
            let lists: Vec<&[EventIndex]> = self
                .words
                .range(word.clone()..)
                .take_while(|(w, _)| w.starts_with(&word))
                .map(|(_, list)| list.as_slice())
                .collect();
            bits = bits.and(&Bits::from_postings(n, &lists));
        }
        bits
    }
}
