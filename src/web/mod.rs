//! The web layer: the router, shared state, and the server's life cycle.
//! Handlers read the current store and render it; nothing here parses dates
//! or reads articles.

pub mod api;
pub mod error;
pub mod pages;
pub mod params;

use std::sync::Arc;
use std::time::Duration;

use arc_swap::ArcSwap;
use axum::Router;
use axum::routing::get;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::trace::TraceLayer;

use crate::store::Store;

/// Settings the handlers need.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// "" or "/prefix": where the site is mounted behind a proxy.
    pub base_path: String,
    /// The public address for absolute links ("https://example.org"), if known.
    pub public_url: Option<String>,
}

/// What every handler shares: the current store (swapped whole on reload)
/// and the settings.
#[derive(Debug)]
pub struct App {
    store: ArcSwap<Store>,
    pub settings: Settings,
}

/// Cheap to clone into every handler.
#[derive(Debug, Clone)]
pub struct AppState(pub Arc<App>);

impl AppState {
    pub fn new(store: Store, settings: Settings) -> AppState {
        AppState(Arc::new(App {
            store: ArcSwap::from_pointee(store),
            settings,
        }))
    }

    /// The store as it is now; a reload does not disturb a request holding it.
    pub fn store(&self) -> Arc<Store> {
        self.0.store.load_full()
    }

    /// Replaces the store at once.
    pub fn replace_store(&self, store: Store) {
        self.0.store.store(Arc::new(store));
    }

    pub fn settings(&self) -> &Settings {
        &self.0.settings
    }
}

/// The whole application as a router, ready for a socket or for tests.
pub fn app(state: AppState) -> Router {
    let routes: Router<AppState> = Router::new()
        .route("/", get(pages::index))
        .route("/healthz", get(health))
        .route("/readyz", get(ready))
        .route("/api/events", get(api::events))
        .route("/api/events/{id}", get(api::event))
        .route("/api/actors", get(api::actors))
        .route("/api/topics", get(api::topics))
        .route("/api/documents", get(api::documents));
    let base = state.settings().base_path.clone();
    let routes = if base.is_empty() { routes } else { Router::new().nest(&base, routes) };
    routes
        .fallback(pages::not_found)
        .with_state(state)
        .layer(TraceLayer::new_for_http())
        .layer(CatchPanicLayer::new())
}

async fn health() -> axum::Json<serde_json::Value> {
    axum::Json(serde_json::json!({ "status": "ok" }))
}

async fn ready(axum::extract::State(state): axum::extract::State<AppState>) -> axum::Json<serde_json::Value> {
    let store = state.store();
    axum::Json(serde_json::json!({
        "status": "ready",
        "documents": store.documents().iter().filter(|d| d.status.is_loaded()).count(),
        "events": store.events().len(),
    }))
}

/// How long requests in flight may take to finish once shutdown begins.
pub type Grace = Duration;
