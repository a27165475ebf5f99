//! The seed corpus against the events a careful reader finds in it
//! (`tests/fixtures/seeds-gold.json`): every gold event present with its
//! date and actors, every merge carried by one event, no two sentences of a
//! distinct group in one event, no non-event sentence cited. On failure it
//! lists every miss, with what the store has for that sentence instead.
//! The events as the API serves them also get full marks from the
//! reference scoring (`tests/scoring`), whose sentence matching is fuzzy.

mod scoring;

use csto_timeline::corpus::CorpusSource;
use csto_timeline::extract::load_corpus;
use csto_timeline::model::Event;
use csto_timeline::model::EventDate;
use csto_timeline::store::Store;
use csto_timeline::web::api::EventJson;
use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    events: Vec<GoldEvent>,
    merge: Vec<Group>,
    distinct: Vec<Group>,
    not_events: Vec<NotEvent>,
}

#[derive(Deserialize)]
struct GoldEvent {
    id: String,
    doc: String,
    quote: String,
    date: String,
    actors: Vec<Vec<String>>,
    #[serde(default)]
    approx: bool,
}

#[derive(Deserialize)]
struct Group {
    id: String,
    #[serde(default)]
    date: Option<String>,
    members: Vec<String>,
}

#[derive(Deserialize)]
struct NotEvent {
    id: String,
    doc: String,
    quote: String,
}

fn gold() -> Gold {
    serde_json::from_str(include_str!("fixtures/seeds-gold.json")).expect("the gold file parses")
}

fn seed_store() -> Store {
    let corpus = load_corpus(&CorpusSource::Seeds).expect("the seeds load");
    Store::build(corpus).expect("the seed data files parse")
}

fn cites(event: &Event, doc: &str, fragment: &str) -> bool {
    event
        .sources
        .iter()
        .any(|s| s.document == doc && s.quote.contains(fragment))
}

/// Whether the event's date is the gold date: exactly, or for an
/// approximate gold event, anywhere inside the gold period.
/// A member of a gold merge may also carry the merge's date: a merged event
/// is dated by the most precise of its reports.
fn date_matches(event: &Event, gold: &GoldEvent, merges: &[Group]) -> bool {
    let wanted = EventDate::parse(&gold.date).expect("gold dates parse");
    let merged = merges
        .iter()
        .filter(|m| m.members.contains(&gold.id))
        .filter_map(|m| m.date.as_deref().and_then(EventDate::parse))
        .any(|d| d == event.date);
    merged
        || if gold.approx {
            wanted.contains(&event.date)
        } else {
            event.date == wanted
        }
}

/// Whether every gold actor (any of its spellings) is among the event's actors.
fn actors_match(event: &Event, gold: &GoldEvent, store: &Store) -> bool {
    gold.actors.iter().all(|spellings| {
        event
            .actors
            .iter()
            .filter_map(|id| store.actor(id))
            .any(|actor| {
                spellings.iter().any(|wanted| {
                    actor.name.eq_ignore_ascii_case(wanted)
                        || actor
                            .spellings
                            .iter()
                            .any(|s| s.eq_ignore_ascii_case(wanted))
                })
            })
    })
}

fn satisfies(event: &Event, gold: &GoldEvent, merges: &[Group], store: &Store) -> bool {
    cites(event, &gold.doc, &gold.quote)
        && date_matches(event, gold, merges)
        && actors_match(event, gold, store)
}

fn describe(event: &Event, store: &Store) -> String {
    let actors: Vec<&str> = event
        .actors
        .iter()
        .filter_map(|id| store.actor(id))
        .map(|a| a.name.as_str())
        .collect();
    format!(
        "[{}{}] {:?} actors {:?} ({} sources)",
        event.date,
        if event.approximate { " approx" } else { "" },
        event.title,
        actors,
        event.sources.len()
    )
}

#[test]
fn the_seed_corpus_matches_the_gold_events() {
    let gold = gold();
    let store = seed_store();
    let mut misses = Vec::new();

    for expected in &gold.events {
        if !store
            .events()
            .iter()
            .any(|e| satisfies(e, expected, &gold.merge, &store))
        {
            let found: Vec<String> = store
                .events()
                .iter()
                .filter(|e| cites(e, &expected.doc, &expected.quote))
                .map(|e| describe(e, &store))
                .collect();
            misses.push(format!(
                "event {} ({} {:?}, actors {:?}) is missing; events citing that sentence: {:?}",
                expected.id, expected.date, expected.quote, expected.actors, found
            ));
        }
    }

    let by_id = |id: &str| {
        gold.events
            .iter()
            .find(|e| e.id == id)
            .expect("group members are gold events")
    };
    for group in &gold.merge {
        let members: Vec<&GoldEvent> = group.members.iter().map(|m| by_id(m)).collect();
        let carried = store.events().iter().any(|e| {
            members.iter().all(|m| cites(e, &m.doc, &m.quote))
                && group
                    .date
                    .as_deref()
                    .is_none_or(|d| e.date.to_string() == d)
        });
        if !carried {
            let found: Vec<String> = members
                .iter()
                .flat_map(|m| store.events().iter().filter(|e| cites(e, &m.doc, &m.quote)))
                .map(|e| describe(e, &store))
                .collect();
            misses.push(format!(
                "merge {} ({:?}) is not carried by one event; events citing its sentences: {:?}",
                group.id, group.members, found
            ));
        }
    }

    for group in &gold.distinct {
        let members: Vec<&GoldEvent> = group.members.iter().map(|m| by_id(m)).collect();
        for event in store.events() {
            let carried: Vec<&str> = members
                .iter()
                .filter(|m| satisfies(event, m, &gold.merge, &store))
                .map(|m| m.id.as_str())
                .collect();
            if carried.len() > 1 {
                misses.push(format!(
                    "distinct group {}: one event carries {:?}: {}",
                    group.id,
                    carried,
                    describe(event, &store)
                ));
            }
        }
    }

    for not_event in &gold.not_events {
        for event in store
            .events()
            .iter()
            .filter(|e| cites(e, &not_event.doc, &not_event.quote))
        {
            misses.push(format!(
                "non-event {} ({:?}) is cited by {}",
                not_event.id,
                not_event.quote,
                describe(event, &store)
            ));
        }
    }

    assert!(
        misses.is_empty(),
        "{} misses against the gold:\n- {}",
        misses.len(),
        misses.join("\n- ")
    );
}

#[test]
fn the_reference_scoring_gives_the_seed_corpus_full_marks() {
    let gold = scoring::Gold::parse(include_str!("fixtures/seeds-gold.json"));
    let store = seed_store();
    let events: serde_json::Value = store
        .events()
        .iter()
        .map(|e| serde_json::to_value(EventJson::new(e, &store)).expect("an event serialises"))
        .collect();
    let score = scoring::score(&gold, &events);
    let full = score.fully_right == score.gold_events
        && score.merged == score.merges
        && score.kept_apart == score.distinct_groups
        && score.not_events_cited == 0;
    assert!(
        full,
        "{}\n- {}",
        score.summary(),
        score.gold_misses().join("\n- ")
    );
}

#[test]
fn event_ids_are_stable_across_loads() {
    let first: Vec<String> = seed_store().events().iter().map(|e| e.id.clone()).collect();
    let second: Vec<String> = seed_store().events().iter().map(|e| e.id.clone()).collect();
    assert_eq!(first, second);
    let mut unique = first.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), first.len(), "event ids are unique");
}

#[test]
fn every_quote_is_the_articles_own_words() {
    let corpus = load_corpus(&CorpusSource::Seeds).unwrap();
    let store = seed_store();
    for event in store.events() {
        for source in &event.sources {
            let document = corpus
                .documents
                .iter()
                .find(|d| d.id == source.document)
                .unwrap();
            assert_eq!(
                &document.text[source.range()],
                source.quote,
                "event {}",
                event.id
            );
        }
    }
}
