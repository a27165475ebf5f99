//! The server's life: load the corpus, build the store, serve until told to
//! stop, reload on SIGHUP, and drain requests in flight on shutdown.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::config::Config;
use crate::corpus::{Corpus, CorpusSource, LoadStatus};
use crate::store::Store;
use crate::web::{AppState, Settings, app};

/// Loads a corpus and builds its store, logging every file's status.
pub fn load_store(source: &CorpusSource) -> Result<Store, String> {
    let started = Instant::now();
    let corpus = Corpus::load(source).map_err(|e| e.to_string())?;
    for document in &corpus.documents {
        match &document.status {
            LoadStatus::Loaded => tracing::debug!(document = %document.id, "loaded"),
            LoadStatus::Skipped(reason) => {
                tracing::warn!(document = %document.id, %reason, "skipped")
            }
            LoadStatus::Missing => {
                tracing::warn!(document = %document.id, "named in the manifest but not in the folder")
            }
        }
    }
    let origin = corpus.origin.clone();
    let files = corpus.documents.len();
    let store = Store::build(corpus).map_err(|e| e.to_string())?;
    tracing::info!(
        corpus = %origin,
        files,
        documents = store.documents().iter().filter(|d| d.status.is_loaded()).count(),
        events = store.events().len(),
        actors = store.actors().len(),
        millis = started.elapsed().as_millis() as u64,
        "corpus loaded"
    );
    Ok(store)
}

/// Prints every event of the configured corpus as JSON on standard output.
pub fn print_events(config: &Config) -> Result<(), String> {
    let store = load_store(&source_of(config))?;
    let events: Vec<_> = store
        .events()
        .iter()
        .map(|e| crate::web::api::EventJson::new(e, &store))
        .collect();
    let json = serde_json::json!({ "total": events.len(), "events": events });
    println!(
        "{}",
        serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?
    );
    Ok(())
}

/// Writes a synthetic corpus of `articles` articles into `output`.
pub fn generate(articles: usize, output: &std::path::Path, seed: u64) -> Result<(), String> {
    let started = Instant::now();
    let written = crate::corpus::synthetic::write_corpus(output, articles, seed)
        .map_err(|e| format!("cannot write the corpus into {}: {e}", output.display()))?;
    tracing::info!(
        articles = written.articles,
        bytes = written.bytes,
        seed,
        folder = %output.display(),
        millis = started.elapsed().as_millis() as u64,
        "synthetic corpus written"
    );
    Ok(())
}

fn source_of(config: &Config) -> CorpusSource {
    match &config.corpus {
        Some(path) => CorpusSource::Folder(path.clone()),
        None => CorpusSource::Seeds,
    }
}

/// Serves until SIGTERM or Ctrl-C; then lets requests in flight finish,
/// for at most the configured grace period.
pub async fn serve(config: Config) -> Result<(), String> {
    let source = source_of(&config);
    let store = load_store(&source)?;
    let state = AppState::new(
        store,
        Settings {
            base_path: config.base_path.clone(),
            public_url: config.public_url.clone(),
        },
    );
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", config.listen))?;
    tracing::info!(address = %config.listen, base_path = %config.base_path, "serving on http://{}{}/", config.listen, config.base_path);
    tokio::spawn(reload_on_hangup(state.clone(), source));

    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let grace = Duration::from_secs(config.shutdown_grace);
    let server = axum::serve(listener, app(state)).with_graceful_shutdown(async move {
        shutdown_signal().await;
        tracing::info!("shutting down: finishing requests in flight");
        let _ = stop_tx.send(true);
    });
    let mut stop_rx = stop_rx;
    let deadline = async move {
        let _ = stop_rx.wait_for(|stopped| *stopped).await;
        tokio::time::sleep(grace).await;
    };
    tokio::select! {
        result = server => result.map_err(|e| e.to_string())?,
        _ = deadline => tracing::warn!(seconds = grace.as_secs(), "requests still in flight after the grace period; stopping anyway"),
    }
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}

/// On SIGHUP, builds a new store beside the old one and swaps it in; a
/// corpus that fails to load leaves the old one serving.
async fn reload_on_hangup(state: AppState, source: CorpusSource) {
    #[cfg(unix)]
    {
        let Ok(mut hangups) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())
        else {
            return;
        };
        while hangups.recv().await.is_some() {
            tracing::info!("SIGHUP: reloading the corpus");
            let source = source.clone();
            match tokio::task::spawn_blocking(move || load_store(&source)).await {
                Ok(Ok(store)) => {
                    state.replace_store(store);
                    tracing::info!("reloaded; now serving the new corpus");
                }
                Ok(Err(error)) => {
                    tracing::error!(%error, "reload failed; still serving the previous corpus")
                }
                Err(error) => {
                    tracing::error!(%error, "reload failed; still serving the previous corpus")
                }
            }
        }
    }
    #[cfg(not(unix))]
    let _ = (state, source);
}

/// Asks the server on `listen` for /healthz; Ok if it answers 200.
pub async fn healthcheck(listen: SocketAddr, base_path: &str) -> Result<(), String> {
    let target = if listen.ip().is_unspecified() {
        SocketAddr::new(std::net::Ipv4Addr::LOCALHOST.into(), listen.port())
    } else {
        listen
    };
    let check = async {
        let mut stream = TcpStream::connect(target)
            .await
            .map_err(|e| format!("cannot connect to {target}: {e}"))?;
        let request = format!(
            "GET {base_path}/healthz HTTP/1.1\r\nHost: {target}\r\nConnection: close\r\n\r\n"
        );
        stream
            .write_all(request.as_bytes())
            .await
            .map_err(|e| e.to_string())?;
        let mut head = [0u8; 12];
        stream
            .read_exact(&mut head)
            .await
            .map_err(|e| e.to_string())?;
        if head.starts_with(b"HTTP/1.1 200") {
            Ok(())
        } else {
            Err(format!(
                "/healthz answered {}",
                String::from_utf8_lossy(&head)
            ))
        }
    };
    tokio::time::timeout(Duration::from_secs(5), check)
        .await
        .map_err(|_| "no answer from /healthz within 5 seconds".to_string())?
}
