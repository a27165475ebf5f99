//! Topics: the index of all of them, and one page per topic with its
//! events and its main actors.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::cards::{self, CountLink, Tags, YearGroup, top_actors};
use super::{Layout, missing, render};
use crate::extract::events::Event;
use crate::store::Query;
use crate::web::AppState;
use crate::web::format::{self, Urls, filters};
use crate::web::params::View;

/// The page of one topic.
#[derive(Template)]
#[template(path = "topic.html")]
pub struct TopicPage {
    /// The page's frame.
    pub layout: Layout,
    /// The topic's name.
    pub name: String,
    /// What it covers.
    pub description: String,
    /// How many events it has.
    pub total: usize,
    /// The timeline filtered to this topic.
    pub timeline_href: String,
    /// Its main actors, with event counts.
    pub actors: Vec<CountLink>,
    /// Its events, by year and month.
    pub years: Vec<YearGroup>,
}

/// `GET /topics/{id}`
pub async fn topic(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    let store = state.store();
    let urls = Urls::new(state.settings());
    let Some(topic) = store.topic(&id) else {
        return missing(
            &urls,
            format!("There is no topic with the id “{id}”."),
            Some(("All topics", "/topics")),
        );
    };
    let query = Query {
        topics: vec![topic.id.clone()],
        ..Query::default()
    };
    let events: Vec<&Event> = store.events_of(&store.query(&query));
    let view = View {
        query,
        ..View::default()
    };
    let mut description = format!(
        "{}: {} in the Armenia–CSTO timeline.",
        topic.name,
        format::count(events.len(), "event", "events")
    );
    if !topic.description.is_empty() {
        description = format!(
            "{} {description}",
            topic.description.trim_end_matches('.').to_string() + "."
        );
    }
    let layout = Layout::new(
        &urls,
        &topic.name,
        description,
        &format!("/topics/{}", format::segment(&topic.id)),
        "topics",
    );
    let page = TopicPage {
        layout,
        name: topic.name.clone(),
        description: topic.description.clone(),
        total: events.len(),
        timeline_href: urls.view(&view),
        actors: top_actors(&events, &store, &urls, None, 12),
        years: cards::group(&events, &store, &urls, &Tags::Pages, 3),
    };
    render(&page, StatusCode::OK)
}

/// One topic in the index.
#[derive(Debug, Clone)]
pub struct TopicEntry {
    /// The topic's name.
    pub name: String,
    /// Its page.
    pub href: String,
    /// What it covers.
    pub description: String,
    /// How many events it has.
    pub count: usize,
}

/// The index of all topics.
#[derive(Template)]
#[template(path = "topics.html")]
pub struct TopicsPage {
    /// The page's frame.
    pub layout: Layout,
    /// Topics in taxonomy order.
    pub topics: Vec<TopicEntry>,
}

/// `GET /topics`
pub async fn topics(State(state): State<AppState>) -> Response {
    let store = state.store();
    let urls = Urls::new(state.settings());
    let topics: Vec<TopicEntry> = store
        .topics()
        .iter()
        .map(|t| TopicEntry {
            name: t.name.clone(),
            href: urls.topic(&t.id),
            description: t.description.clone(),
            count: store.topic_event_count(&t.id),
        })
        .collect();
    let layout = Layout::new(
        &urls,
        "Topics",
        format!(
            "The {} of the Armenia–CSTO timeline, each with its events.",
            format::count(topics.len(), "topic", "topics")
        ),
        "/topics",
        "topics",
    );
    render(&TopicsPage { layout, topics }, StatusCode::OK)
}
