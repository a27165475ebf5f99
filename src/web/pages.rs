//! HTML pages, rendered on the server with askama.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

use super::AppState;

/// The front page.
#[derive(Template)]
#[template(path = "index.html")]
pub struct IndexPage {
    /// Where the site is mounted ("" or "/prefix").
    pub base: String,
    pub events: usize,
    pub documents: usize,
}

/// The page for an address that names nothing.
#[derive(Template)]
#[template(path = "not_found.html")]
pub struct NotFoundPage {
    pub base: String,
}

fn render(page: &impl Template, status: StatusCode) -> Response {
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(error) => {
            tracing::error!(%error, "template failed to render");
            (StatusCode::INTERNAL_SERVER_ERROR, "the page could not be rendered").into_response()
        }
    }
}

pub async fn index(State(state): State<AppState>) -> Response {
    let store = state.store();
    let page = IndexPage {
        base: state.settings().base_path.clone(),
        events: store.events().len(),
        documents: store.documents().iter().filter(|d| d.status.is_loaded()).count(),
    };
    render(&page, StatusCode::OK)
}

pub async fn not_found(State(state): State<AppState>) -> Response {
    render(&NotFoundPage { base: state.settings().base_path.clone() }, StatusCode::NOT_FOUND)
}
