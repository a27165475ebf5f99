//! The about page: what the corpus is, how events are found, and what the
//! timeline cannot know.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::{Layout, render};
use crate::corpus::LoadStatus;
use crate::model::Precision;
use crate::web::AppState;
use crate::web::format::{self, Urls};

/// The corpus and its events in numbers.
#[derive(Debug, Clone, Default)]
pub struct Numbers {
    /// Articles read.
    pub loaded: usize,
    /// Files skipped as unreadable.
    pub skipped: usize,
    /// Files the manifest names that the folder does not have.
    pub missing: usize,
    /// Events in all.
    pub events: usize,
    /// Events dated to the day.
    pub days: usize,
    /// Events dated to the month.
    pub months: usize,
    /// Events dated only to the year.
    pub years: usize,
    /// Events dated only approximately.
    pub approximate: usize,
    /// Events reported by more than one article.
    pub merged: usize,
    /// Actors known to the gazetteer.
    pub known_actors: usize,
    /// People found in the text by a title.
    pub discovered_actors: usize,
    /// Topics of the taxonomy.
    pub topics: usize,
    /// "Oct 2002 – Nov 2023", when there are events.
    pub span: Option<String>,
}

/// The about page.
#[derive(Template)]
#[template(path = "about.html")]
pub struct AboutPage {
    /// The page's frame.
    pub layout: Layout,
    /// Where the corpus came from.
    pub origin: String,
    /// The corpus in numbers.
    pub numbers: Numbers,
}

/// `GET /about`
pub async fn about(State(state): State<AppState>) -> Response {
    let store = state.store();
    let urls = Urls::new(state.settings());
    let mut numbers = Numbers {
        events: store.events().len(),
        topics: store.topics().len(),
        span: store.span().map(|(first, last)| format::span(first, last)),
        ..Numbers::default()
    };
    for document in store.documents() {
        match document.status {
            LoadStatus::Loaded => numbers.loaded += 1,
            LoadStatus::Skipped(_) => numbers.skipped += 1,
            LoadStatus::Missing => numbers.missing += 1,
        }
    }
    for event in store.events() {
        match event.date.precision() {
            Precision::Day => numbers.days += 1,
            Precision::Month => numbers.months += 1,
            Precision::Year => numbers.years += 1,
        }
        numbers.approximate += usize::from(event.approximate);
        let mut documents: Vec<&str> = event.sources.iter().map(|s| s.document.as_str()).collect();
        documents.sort_unstable();
        documents.dedup();
        numbers.merged += usize::from(documents.len() > 1);
    }
    for actor in store.actors() {
        if actor.discovered {
            numbers.discovered_actors += 1;
        } else {
            numbers.known_actors += 1;
        }
    }
    let layout = Layout::new(
        &urls,
        "About",
        "What the Armenia–CSTO timeline is read from, how its events are found, and what it cannot know.".to_string(),
        "/about",
        "about",
    );
    let page = AboutPage {
        layout,
        origin: store.origin().to_string(),
        numbers,
    };
    render(&page, StatusCode::OK)
}
