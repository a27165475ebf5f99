//! The JSON API. Other tools depend on these shapes: add fields, never
//! rename or remove them.
//!
//! Every list is answered a window at a time (`limit`, at most
//! [`super::params::MAX_LIMIT`], from `offset`), with the size of the whole list in
//! `total` and the address of the next window in `next` (null at the end),
//! so a client gets everything by following `next`.

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::AppState;
use super::error::ApiError;
use super::format::{Urls, with_query};
use super::params::{Order, View, Window, parse_view, parse_window};
use crate::model::Event;
use crate::store::{Facet, FacetValue, Store};

/// An actor or a topic named by an event: its id, its name and, for an
/// actor, its kind.
#[derive(Serialize)]
pub struct FacetRef<'a> {
    pub id: &'a str,
    pub name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
}

impl<'a> From<FacetValue<'a>> for FacetRef<'a> {
    fn from(value: FacetValue<'a>) -> Self {
        FacetRef {
            id: value.id,
            name: value.name,
            kind: value.kind,
        }
    }
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
    pub actors: Vec<FacetRef<'a>>,
    pub topics: Vec<FacetRef<'a>>,
    pub sources: Vec<SourceJson<'a>>,
    pub importance: Option<ImportanceJson<'a>>,
    pub tone: Option<ToneJson<'a>>,
}

/// Why an event matters: its score, whether it is key, and the rules that
/// gave the score (`importance.toml`).
#[derive(Serialize)]
pub struct ImportanceJson<'a> {
    pub score: f32,
    pub key: bool,
    pub reasons: Vec<ReasonJson<'a>>,
}

#[derive(Serialize)]
pub struct ReasonJson<'a> {
    pub rule: &'a str,
    pub points: f32,
}

/// How an event reads for Armenia's relations with the CSTO and Russia,
/// and the cue words that decided it (`tone.toml`).
#[derive(Serialize)]
pub struct ToneJson<'a> {
    /// "cooperative", "neutral" or "conflictual".
    pub value: &'static str,
    pub score: f32,
    /// Whether the event names both sides of the relationship at all.
    pub about: bool,
    pub explanation: String,
    /// The cue that decided it, if any.
    pub cue: Option<CueJson<'a>>,
    /// Every cue found.
    pub cues: Vec<CueJson<'a>>,
}

#[derive(Serialize)]
pub struct CueJson<'a> {
    pub words: &'a str,
    /// The report (position in `sources`) and the byte range in its quote.
    pub source: usize,
    pub start: usize,
    pub end: usize,
    pub negated: bool,
    pub reported: bool,
    pub value: f32,
}

impl<'a> CueJson<'a> {
    fn new(hit: &'a crate::analysis::CueHit) -> Self {
        CueJson {
            words: &hit.words,
            source: hit.source,
            start: hit.range.start,
            end: hit.range.end,
            negated: hit.negated,
            reported: hit.reported,
            value: hit.value,
        }
    }
}

impl<'a> EventJson<'a> {
    pub fn new(event: &'a Event, store: &'a Store) -> Self {
        EventJson {
            id: &event.id,
            date: event.date.to_string(),
            precision: event.date.precision().as_str(),
            approximate: event.approximate,
            title: &event.title,
            actors: store
                .facets_of(event, Facet::Actor)
                .map(FacetRef::from)
                .collect(),
            topics: store
                .facets_of(event, Facet::Topic)
                .map(FacetRef::from)
                .collect(),
            sources: event
                .sources
                .iter()
                .map(|s| SourceJson {
                    document: &s.document,
                    quote: &s.quote,
                })
                .collect(),
            importance: store.insight(event).map(|i| ImportanceJson {
                score: i.importance.score,
                key: i.importance.key,
                reasons: i
                    .importance
                    .reasons
                    .iter()
                    .map(|r| ReasonJson {
                        rule: &r.label,
                        points: r.points,
                    })
                    .collect(),
            }),
            tone: store.insight(event).map(|i| ToneJson {
                value: i.tone.tone.as_str(),
                score: i.tone.score,
                about: i.tone.about,
                explanation: i.tone.explain(),
                cue: i.tone.cue().map(CueJson::new),
                cues: i.tone.hits.iter().map(CueJson::new).collect(),
            }),
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
    offset: usize,
    limit: usize,
    next: Option<String>,
    events: Vec<EventJson<'a>>,
    facets: Facets<'a>,
}

/// The window of a list a request asks for, or its 400.
fn window_of(raw: &str) -> Result<Window, Box<Response>> {
    let (_, window, problems) = parse_window(raw);
    if problems.is_empty() {
        Ok(window)
    } else {
        Err(Box::new(ApiError::bad_request(&problems).into_response()))
    }
}

/// The filtered view and the window of it a request asks for, or one 400
/// naming every problem with either.
fn view_and_window_of(raw: &str, store: &Store) -> Result<(View, Window), Box<Response>> {
    let (view, mut problems) = parse_view(raw, store);
    let (_, window, window_problems) = parse_window(raw);
    for problem in window_problems {
        if !problems.contains(&problem) {
            problems.push(problem);
        }
    }
    if problems.is_empty() {
        Ok((view, window))
    } else {
        Err(Box::new(ApiError::bad_request(&problems).into_response()))
    }
}

/// The address of the window after `window` of a list of `total` at
/// `path`, keeping the request's other parameters; none at the end.
fn next_of(urls: &Urls, path: &str, raw: &str, window: Window, total: usize) -> Option<String> {
    let offset = window.offset.checked_add(window.limit)?;
    if offset >= total {
        return None;
    }
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (key, value) in form_urlencoded::parse(raw.as_bytes()) {
        if !matches!(key.as_ref(), "limit" | "offset" | "page") {
            query.append_pair(&key, &value);
        }
    }
    query.append_pair("limit", &window.limit.to_string());
    query.append_pair("offset", &offset.to_string());
    Some(urls.best(&with_query(path, &query.finish())))
}

/// The items of a window of a list.
fn window_slice<T>(items: &[T], window: Window) -> &[T] {
    let start = window.offset.min(items.len());
    let end = start.saturating_add(window.limit).min(items.len());
    &items[start..end]
}

/// `GET /api/events?actor=&topic=&from=&to=&q=&order=&limit=&offset=`
pub async fn events(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let store = state.store();
    let raw = raw.unwrap_or_default();
    let (view, window) = match view_and_window_of(&raw, &store) {
        Ok(parsed) => parsed,
        Err(response) => return *response,
    };
    let result = store.query(&view.query);
    let mut indices = result.events.clone();
    if view.order == Order::Newest {
        indices.reverse();
    }
    let urls = Urls::new(state.settings());
    let facets = Facet::ALL.map(|facet| {
        result
            .counts(facet)
            .iter()
            .map(|f| {
                let value = store.facet_at(facet, f.index);
                FacetJson {
                    id: value.id,
                    name: value.name,
                    count: f.count,
                }
            })
            .collect::<Vec<_>>()
    });
    let [actors, topics] = facets;
    let body = EventsJson {
        total: indices.len(),
        offset: window.offset,
        limit: window.limit,
        next: next_of(&urls, "/api/events", &raw, window, indices.len()),
        events: window_slice(&indices, window)
            .iter()
            .map(|&i| EventJson::new(store.event_at(i), &store))
            .collect(),
        facets: Facets { actors, topics },
    };
    Json(body).into_response()
}

/// A window of a list as JSON: `{"total", "offset", "limit", "next", KEY: [...]}`.
fn list<T: Serialize>(
    state: &AppState,
    raw: Option<&str>,
    path: &str,
    key: &str,
    items: impl ExactSizeIterator<Item = T>,
) -> Response {
    let raw = raw.unwrap_or("");
    let window = match window_of(raw) {
        Ok(window) => window,
        Err(response) => return *response,
    };
    let total = items.len();
    let urls = Urls::new(state.settings());
    let shown: Vec<T> = items.skip(window.offset).take(window.limit).collect();
    let mut body = serde_json::Map::new();
    body.insert("total".into(), total.into());
    body.insert("offset".into(), window.offset.into());
    body.insert("limit".into(), window.limit.into());
    body.insert(
        "next".into(),
        next_of(&urls, path, raw, window, total).into(),
    );
    body.insert(
        key.into(),
        serde_json::to_value(shown).unwrap_or(serde_json::Value::Null),
    );
    Json(serde_json::Value::Object(body)).into_response()
}

#[derive(Serialize)]
struct StatementJson<'a> {
    id: String,
    speaker: Option<FacetRef<'a>>,
    date: String,
    precision: &'static str,
    approximate: bool,
    /// Quoted directly rather than reported.
    direct: bool,
    /// The words, verbatim.
    words: &'a str,
    document: &'a str,
    /// Byte offsets of the words in the article.
    start: usize,
    end: usize,
    /// Ids of the events it reports.
    events: Vec<&'a str>,
    topics: Vec<&'a str>,
}

#[derive(Serialize)]
struct StatementsJson<'a> {
    total: usize,
    offset: usize,
    limit: usize,
    next: Option<String>,
    statements: Vec<StatementJson<'a>>,
}

/// `GET /api/statements?actor=&topic=&from=&to=&q=&importance=&order=&limit=&offset=`:
/// who said what, filtered like the events (`actor` is the speaker).
pub async fn statements(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let store = state.store();
    let raw = raw.unwrap_or_default();
    let (view, window) = match view_and_window_of(&raw, &store) {
        Ok(parsed) => parsed,
        Err(response) => return *response,
    };
    let mut indices = store.query_statements(&view.query);
    if view.order == Order::Newest {
        indices.reverse();
    }
    let urls = Urls::new(state.settings());
    let body = StatementsJson {
        total: indices.len(),
        offset: window.offset,
        limit: window.limit,
        next: next_of(&urls, "/api/statements", &raw, window, indices.len()),
        statements: window_slice(&indices, window)
            .iter()
            .map(|&i| {
                let s = &store.statements()[i];
                StatementJson {
                    id: s.id(),
                    speaker: store.facet(Facet::Actor, &s.speaker).map(FacetRef::from),
                    date: s.date.to_string(),
                    precision: s.date.precision().as_str(),
                    approximate: s.approximate,
                    direct: s.direct,
                    words: &s.words,
                    document: &s.document,
                    start: s.range().start,
                    end: s.range().end,
                    events: s
                        .events
                        .iter()
                        .map(|&e| store.event_at(e).id.as_str())
                        .collect(),
                    topics: s.topics.iter().map(String::as_str).collect(),
                }
            })
            .collect(),
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

/// `GET /api/actors?limit=&offset=`
pub async fn actors(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let store = state.store();
    let actors = store.actors().iter().map(|a| ActorJson {
        id: &a.id,
        name: &a.name,
        kind: a.kind.as_str(),
        description: &a.description,
        country: a.country.as_deref(),
        spellings: &a.spellings,
        discovered: a.discovered,
        events: store.actor_event_count(&a.id),
    });
    list(&state, raw.as_deref(), "/api/actors", "actors", actors)
}

#[derive(Serialize)]
struct TopicJson<'a> {
    id: &'a str,
    name: &'a str,
    description: &'a str,
    events: usize,
}

/// `GET /api/topics?limit=&offset=`
pub async fn topics(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let store = state.store();
    let topics = store.topics().iter().map(|t| TopicJson {
        id: &t.id,
        name: &t.name,
        description: &t.description,
        events: store.topic_event_count(&t.id),
    });
    list(&state, raw.as_deref(), "/api/topics", "topics", topics)
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

/// `GET /api/documents?limit=&offset=`
pub async fn documents(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let store = state.store();
    let documents = store.documents().iter().map(|d| DocumentJson {
        id: &d.id,
        title: d.title.as_deref(),
        publisher: d.publisher.as_deref(),
        url: d.url.as_deref(),
        published: d.published.map(|p| p.to_string()),
        published_inferred: d.published_origin == Some(crate::corpus::DateOrigin::Inferred),
        status: d.status.label(),
        reason: d.status.reason(),
        events: store.document_postings(&d.id).len(),
    });
    list(
        &state,
        raw.as_deref(),
        "/api/documents",
        "documents",
        documents,
    )
}
