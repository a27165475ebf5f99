//! HTML pages, rendered on the server with askama: the timeline, one page
//! per event, actor, topic and article, the indexes, the about page and the
//! not-found page. Every page works without script; all text from the
//! corpus goes through the templates' escaping.

mod about;
mod actor;
mod cards;
mod chart;
mod document;
mod event;
mod lanes;
pub mod pager;
mod statements;
mod timeline;
mod tone_chart;
mod topic;

use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

pub use about::about;
pub use actor::{actor, actors};
pub use cards::{SOURCES_ON_CARD, TAGS_ON_CARD, is_web_address};
pub use document::{document, documents};
pub use event::event;
pub use lanes::lanes;
pub use statements::statements;
pub use timeline::{describe, index, view_events};
pub use topic::{topic, topics};

use super::AppState;
use super::assets;
use super::format::Urls;

/// The name of the site, at the end of every title.
pub const SITE: &str = "Armenia–CSTO Timeline";

/// What every page's frame needs: addresses, title and link-preview tags.
#[derive(Debug, Clone)]
pub struct Layout {
    /// Where the site is mounted ("" or "/prefix").
    pub base: String,
    /// The whole `<title>`.
    pub title: String,
    /// The `og:title`: the title without the site's name.
    pub og_title: String,
    /// The meta description and `og:description`.
    pub description: String,
    /// The canonical address (absolute when the public address is known).
    pub canonical: String,
    /// The `og:type`.
    pub og_type: &'static str,
    /// The stylesheet, script and icon, each with its content hash.
    pub css: String,
    /// The script, with its content hash.
    pub js: String,
    /// The icon, with its content hash.
    pub icon: String,
    /// Which part of the site this page is ("timeline", "actors", "topics",
    /// "documents", "about" or ""), for `aria-current` in the navigation.
    pub section: &'static str,
}

impl Layout {
    /// The frame of a page titled `title` (the site's name is added) at `path`.
    pub fn new(
        urls: &Urls,
        title: &str,
        description: String,
        path: &str,
        section: &'static str,
    ) -> Layout {
        let full = if title.is_empty() {
            SITE.to_string()
        } else {
            format!("{title} — {SITE}")
        };
        Layout {
            base: urls.base.clone(),
            og_title: if title.is_empty() {
                SITE.to_string()
            } else {
                title.to_string()
            },
            title: full,
            description,
            canonical: urls.best(path),
            og_type: "website",
            css: assets::url(&urls.base, "app.css"),
            js: assets::url(&urls.base, "app.js"),
            icon: assets::url(&urls.base, "favicon.svg"),
            section,
        }
    }
}

/// Renders a page with `status`; a template error is logged and answered
/// with a plain 500 page.
pub(crate) fn render(page: &impl Template, status: StatusCode) -> Response {
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(error) => {
            tracing::error!(%error, "template failed to render");
            server_error()
        }
    }
}

/// The page for a failure of the server itself: no template, no corpus text.
pub(crate) fn server_error() -> Response {
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Server error — Armenia–CSTO Timeline</title></head>\
         <body><main><h1>Something went wrong</h1><p>This page could not be rendered. The error has been logged.</p></main></body></html>",
    )
        .into_response()
}

/// The page for an address that names nothing.
#[derive(Template)]
#[template(path = "not_found.html")]
pub struct NotFoundPage {
    /// The page's frame.
    pub layout: Layout,
    /// "Not found", or what else went wrong.
    pub heading: String,
    /// What was not found, for people ("There is no event with the id …").
    pub message: String,
    /// Where to look instead: (label, href).
    pub links: Vec<(String, String)>,
}

/// A 404 page saying what was not found.
pub(crate) fn missing(urls: &Urls, message: String, index: Option<(&str, &str)>) -> Response {
    let mut links = vec![("The whole timeline".to_string(), urls.path("/"))];
    if let Some((label, path)) = index {
        links.push((label.to_string(), urls.path(path)));
    }
    links.push(("About this timeline".to_string(), urls.path("/about")));
    let mut layout = Layout::new(urls, "Not found", message.clone(), "/", "");
    layout.canonical.clear();
    render(
        &NotFoundPage {
            layout,
            heading: "Not found".to_string(),
            message,
            links,
        },
        StatusCode::NOT_FOUND,
    )
}

/// The fallback for every unknown address.
pub async fn not_found(State(state): State<AppState>) -> Response {
    let urls = Urls::new(state.settings());
    missing(&urls, "Nothing lives at this address.".to_string(), None)
}
