//! The web layer: the router, shared state, and the server's life cycle.
//! Handlers read the current store and render it; nothing here parses dates
//! or reads articles.

pub mod api;
pub mod assets;
pub mod cache;
pub mod error;
pub mod exports;
pub mod format;
pub mod http;
mod loading;
pub mod logging;
pub mod pages;
pub mod params;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use arc_swap::ArcSwap;
use axum::Router;
use axum::routing::get;

use crate::progress::Progress;
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
    /// False while the first store is being built (an empty one stands in).
    ready: AtomicBool,
    progress: Arc<Progress>,
    cache: cache::ResponseCache,
    pub settings: Settings,
}

/// Cheap to clone into every handler.
#[derive(Debug, Clone)]
pub struct AppState(pub Arc<App>);

impl AppState {
    /// The state of a store, with a response cache of the default size.
    pub fn new(store: Store, settings: Settings) -> AppState {
        AppState::with_cache_bytes(store, settings, cache::DEFAULT_CACHE_BYTES)
    }

    /// The state of a store, with a response cache of at most `cache_bytes`
    /// bytes (0: no cache).
    pub fn with_cache_bytes(store: Store, settings: Settings, cache_bytes: u64) -> AppState {
        AppState(Arc::new(App {
            store: ArcSwap::from_pointee(store),
            ready: AtomicBool::new(true),
            progress: Progress::new(),
            cache: cache::ResponseCache::new(cache_bytes),
            settings,
        }))
    }

    /// A state that is not ready yet: until [`AppState::replace_store`]
    /// gives it a store, it answers "loading", as `progress` says.
    pub fn loading(settings: Settings, progress: Arc<Progress>, cache_bytes: u64) -> AppState {
        AppState(Arc::new(App {
            store: ArcSwap::from_pointee(Store::empty(std::time::SystemTime::now())),
            ready: AtomicBool::new(false),
            progress,
            cache: cache::ResponseCache::new(cache_bytes),
            settings,
        }))
    }

    /// Whether a store has been built and is being served.
    pub fn is_ready(&self) -> bool {
        self.0.ready.load(Ordering::Acquire)
    }

    /// How far building the first store has come.
    pub fn progress(&self) -> &Progress {
        &self.0.progress
    }

    /// The store as it is now; a reload does not disturb a request holding it.
    pub fn store(&self) -> Arc<Store> {
        self.0.store.load_full()
    }

    /// Replaces the store at once, and forgets the answers of the old one.
    pub fn replace_store(&self, store: Store) {
        self.0.store.store(Arc::new(store));
        self.0.cache.clear();
        self.0.ready.store(true, Ordering::Release);
    }

    /// Whole responses already rendered for the current corpus.
    pub fn cache(&self) -> &cache::ResponseCache {
        &self.0.cache
    }

    pub fn settings(&self) -> &Settings {
        &self.0.settings
    }
}

/// The whole application as a router, ready for a socket or for tests.
pub fn app(state: AppState) -> Router {
    http::layers(routes(&state), state)
}

/// The whole application as the service a listener serves: the same as
/// [`app`], without a router in front of the cache.
pub fn service(state: AppState) -> http::Front {
    http::front(routes(&state), state)
}

/// Every route, behind the loading gate, without the layers around them.
fn routes(state: &AppState) -> Router {
    let routes: Router<AppState> = Router::new()
        .route("/", get(pages::index))
        .route("/events/{id}", get(pages::event))
        .route("/actors", get(pages::actors))
        .route("/actors/{id}", get(pages::actor))
        .route("/topics", get(pages::topics))
        .route("/topics/{id}", get(pages::topic))
        .route("/documents", get(pages::documents))
        .route("/documents/{id}", get(pages::document))
        .route("/about", get(pages::about))
        .route("/statements", get(pages::statements))
        .route("/lanes", get(pages::lanes))
        .route("/events.csv", get(exports::csv))
        .route("/events.ics", get(exports::ics))
        .route("/feed.atom", get(exports::atom))
        .route("/static/{*path}", get(assets::serve))
        .route("/healthz", get(health))
        .route("/readyz", get(ready))
        .route("/api/events", get(api::events))
        .route("/api/events/{id}", get(api::event))
        .route("/api/statements", get(api::statements))
        .route("/api/actors", get(api::actors))
        .route("/api/topics", get(api::topics))
        .route("/api/documents", get(api::documents));
    let base = state.settings().base_path.clone();
    // Behind a proxy the front page is asked for as "/prefix/" as often as
    // "/prefix": both serve it.
    let routes = if base.is_empty() {
        routes
    } else {
        Router::new()
            .route(&format!("{base}/"), get(pages::index))
            .nest(&base, routes)
    };
    // Innermost, so that while loading no handler runs and nothing is
    // cached, yet every answer still gets the request id, headers and log.
    routes
        .fallback(pages::not_found)
        .with_state(state.clone())
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            loading::gate,
        ))
}

async fn health() -> axum::Json<serde_json::Value> {
    axum::Json(serde_json::json!({ "status": "ok" }))
}

async fn ready(
    axum::extract::State(state): axum::extract::State<AppState>,
) -> axum::Json<serde_json::Value> {
    let store = state.store();
    axum::Json(serde_json::json!({
        "status": "ready",
        "documents": store.documents().iter().filter(|d| d.status.is_loaded()).count(),
        "events": store.events().len(),
    }))
}
