//! The JSON API. Other tools depend on these shapes: add fields, never
//! rename or remove them.

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::AppState;
use super::error::ApiError;
use super::params::{Order, parse_view};
use crate::extract::events::Event;
use crate::store::Store;

#[derive(Serialize)]
pub struct ActorRef<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: &'static str,
}

#[derive(Serialize)]
pub struct TopicRef<'a> {
    pub id: &'a str,
    pub name: &'a str,
}

#[derive(Serialize)]
pub struct SourceJson<'a> {
    pub document: &'a str,
    pub quote: &'a str,
}

#[derive(Serialize)]
pub struct EventJson<'a> {
    pub id: &'a str,
    pub date: String,
    pub precision: &'static str,
    pub approximate: bool,
    pub title: &'a str,
    pub actors: Vec<ActorRef<'a>>,
    pub topics: Vec<TopicRef<'a>>,
    pub sources: Vec<SourceJson<'a>>,
}

impl<'a> EventJson<'a> {
    pub fn new(event: &'a Event, store: &'a Store) -> Self {
        EventJson {
            id: &event.id,
            date: event.date.to_string(),
            precision: event.date.precision().as_str(),
            approximate: event.approximate,
            title: &event.title,
            actors: event
                .actors
                .iter()
                .filter_map(|id| store.actor(id))
                .map(|a| ActorRef {
                    id: &a.id,
                    name: &a.name,
                    kind: a.kind.as_str(),
                })
                .collect(),
            topics: event
                .topics
                .iter()
                .filter_map(|id| store.topic(id))
                .map(|t| TopicRef {
                    id: &t.id,
                    name: &t.name,
                })
                .collect(),
            sources: event
                .sources
                .iter()
                .map(|s| SourceJson {
                    document: &s.document,
                    quote: &s.quote,
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct FacetJson<'a> {
    id: &'a str,
    name: &'a str,
    count: usize,
}

#[derive(Serialize)]
struct Facets<'a> {
    actors: Vec<FacetJson<'a>>,
    topics: Vec<FacetJson<'a>>,
}

#[derive(Serialize)]
struct EventsJson<'a> {
    total: usize,
    events: Vec<EventJson<'a>>,
    facets: Facets<'a>,
}

/// `GET /api/events?actor=&topic=&from=&to=&q=&order=`
pub async fn events(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let store = state.store();
    let (view, problems) = parse_view(raw.as_deref().unwrap_or(""), &store);
    if !problems.is_empty() {
        return ApiError::bad_request(&problems).into_response();
    }
    let result = store.query(&view.query);
    let mut events = store.events_of(&result);
    if view.order == Order::Newest {
        events.reverse();
    }
    let body = EventsJson {
        total: events.len(),
        events: events
            .iter()
            .map(|event| EventJson::new(event, &store))
            .collect(),
        facets: Facets {
            actors: result
                .actor_facets
                .iter()
                .map(|f| {
                    let a = &store.actors()[f.index];
                    FacetJson {
                        id: &a.id,
                        name: &a.name,
                        count: f.count,
                    }
                })
                .collect(),
            topics: result
                .topic_facets
                .iter()
                .map(|f| {
                    let t = &store.topics()[f.index];
                    FacetJson {
                        id: &t.id,
                        name: &t.name,
                        count: f.count,
                    }
                })
                .collect(),
        },
    };
    Json(body).into_response()
}

/// `GET /api/events/{id}`
pub async fn event(
    State(state): State<AppState>,
    id: Result<Path<String>, axum::extract::rejection::PathRejection>,
) -> Response {
    // An id that is not even UTF-8 still gets the API's JSON error.
    let Ok(Path(id)) = id else {
        return ApiError {
            status: axum::http::StatusCode::BAD_REQUEST,
            error: "the event id is not valid UTF-8 text".into(),
            hint: "event ids look like 2022-11-23-1a2b3c4d and are listed by /api/events".into(),
        }
        .into_response();
    };
    let store = state.store();
    match store.event(&id) {
        Some(event) => Json(EventJson::new(event, &store)).into_response(),
        None => {
            ApiError::not_found("event", &id, "event ids are listed by /api/events").into_response()
        }
    }
}

#[derive(Serialize)]
struct ActorJson<'a> {
    id: &'a str,
    name: &'a str,
    kind: &'static str,
    description: &'a str,
    country: Option<&'a str>,
    spellings: &'a [String],
    discovered: bool,
    events: usize,
}

/// `GET /api/actors`
pub async fn actors(State(state): State<AppState>) -> Response {
    let store = state.store();
    let actors: Vec<ActorJson> = store
        .actors()
        .iter()
        .map(|a| ActorJson {
            id: &a.id,
            name: &a.name,
            kind: a.kind.as_str(),
            description: &a.description,
            country: a.country.as_deref(),
            spellings: &a.spellings,
            discovered: a.discovered,
            events: store.actor_event_count(&a.id),
        })
        .collect();
    Json(serde_json::json!({ "total": actors.len(), "actors": actors })).into_response()
}

#[derive(Serialize)]
struct TopicJson<'a> {
    id: &'a str,
    name: &'a str,
    description: &'a str,
    events: usize,
}

/// `GET /api/topics`
pub async fn topics(State(state): State<AppState>) -> Response {
    let store = state.store();
    let topics: Vec<TopicJson> = store
        .topics()
        .iter()
        .map(|t| TopicJson {
            id: &t.id,
            name: &t.name,
            description: &t.description,
            events: store.topic_event_count(&t.id),
        })
        .collect();
    Json(serde_json::json!({ "total": topics.len(), "topics": topics })).into_response()
}

#[derive(Serialize)]
struct DocumentJson<'a> {
    id: &'a str,
    title: Option<&'a str>,
    publisher: Option<&'a str>,
    url: Option<&'a str>,
    published: Option<String>,
    /// True when the publication date was inferred from the text.
    published_inferred: bool,
    status: &'static str,
    reason: Option<&'a str>,
    events: usize,
}

/// `GET /api/documents`
pub async fn documents(State(state): State<AppState>) -> Response {
    let store = state.store();
    let documents: Vec<DocumentJson> = store
        .documents()
        .iter()
        .map(|d| DocumentJson {
            id: &d.id,
            title: d.title.as_deref(),
            publisher: d.publisher.as_deref(),
            url: d.url.as_deref(),
            published: d.published.map(|p| p.to_string()),
            published_inferred: d.published_origin == Some(crate::corpus::DateOrigin::Inferred),
            status: d.status.label(),
            reason: d.status.reason(),
            events: store.document_events(&d.id).count(),
        })
        .collect();
    Json(serde_json::json!({ "total": documents.len(), "documents": documents })).into_response()
}
