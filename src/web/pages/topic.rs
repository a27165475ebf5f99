//! Topics: the index of all of them, and one page per topic with its
//! events and its main actors. Both are paged.

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::actor::paged_title;
use super::cards::{self, CountLink, Tags, YearGroup};
use super::pager::{self, Pager, page_path};
use super::{Layout, missing, render};
use crate::model::Event;
use crate::store::{Facet, Query};
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
    /// This page of its events, by year and month.
    pub years: Vec<YearGroup>,
    /// Links to the other pages of its events.
    pub pager: Option<Pager>,
}

/// `GET /topics/{id}?page=`
pub async fn topic(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    let store = state.store();
    let urls = Urls::new(state.settings());
    let Some(topic) = store.topic(&id) else {
        return missing(
            &urls,
            format!("There is no topic with the id “{id}”."),
            Some(("All topics", "/topics")),
        );
    };
    let path = format!("/topics/{}", format::segment(&topic.id));
    let page = match pager::requested(raw.as_deref(), &path, &urls) {
        Ok(page) => page,
        Err(response) => return *response,
    };
    let query = Query {
        topics: vec![topic.id.clone()],
        ..Query::default()
    };
    let events: Vec<&Event> = store.events_of(&store.query(&query));
    if page > pager::count(events.len()) {
        return pager::past_end(&urls, page, pager::count(events.len()), |n| {
            urls.path(&page_path(&path, n))
        });
    }
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
        &paged_title(&topic.name, page),
        description,
        &page_path(&path, page),
        "topics",
    );
    let page = TopicPage {
        layout,
        name: topic.name.clone(),
        description: topic.description.clone(),
        total: events.len(),
        timeline_href: urls.view(&view),
        actors: cards::top(Facet::Actor, &events, &store, &urls, None, 12),
        years: cards::group_page(&events, page, &store, &urls, &Tags::Pages, 3),
        pager: pager::pager(events.len(), page, |n| urls.path(&page_path(&path, n))),
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
    /// This page's topics, in taxonomy order.
    pub topics: Vec<TopicEntry>,
    /// Links to the other pages.
    pub pager: Option<Pager>,
}

/// `GET /topics?page=`
pub async fn topics(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let store = state.store();
    let urls = Urls::new(state.settings());
    let path = "/topics";
    let page = match pager::requested(raw.as_deref(), path, &urls) {
        Ok(page) => page,
        Err(response) => return *response,
    };
    let total = store.topics().len();
    if page > pager::count(total) {
        return pager::past_end(&urls, page, pager::count(total), |n| {
            urls.path(&page_path(path, n))
        });
    }
    let topics: Vec<TopicEntry> = pager::slice(store.topics(), page)
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
        &paged_title("Topics", page),
        format!(
            "The {} of the Armenia–CSTO timeline, each with its events.",
            format::count(total, "topic", "topics")
        ),
        &page_path(path, page),
        "topics",
    );
    render(
        &TopicsPage {
            layout,
            topics,
            pager: pager::pager(total, page, |n| urls.path(&page_path(path, n))),
        },
        StatusCode::OK,
    )
}
