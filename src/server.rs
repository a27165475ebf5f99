//! The server's life: listen at once, build the store (or read its
//! snapshot) in the background, serve until told to stop, reload on SIGHUP,
//! and drain requests in flight on shutdown. Also the command-line tools
//! that build stores: `extract`, `index` and `generate`.

use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::config::Config;
use crate::corpus::{CorpusSource, LoadStatus};
use crate::extract::load_corpus;
use crate::progress::{Phase, Progress, Reporter};
use crate::store::{Store, snapshot};
use crate::web::{AppState, Settings, service};

/// Loads a corpus and builds its store, logging every file's status.
pub fn load_store(source: &CorpusSource) -> Result<Store, String> {
    load_store_observed(source, &Progress::default())
}

/// [`load_store`], counting articles read in `progress`.
pub fn load_store_observed(source: &CorpusSource, progress: &Progress) -> Result<Store, String> {
    let started = Instant::now();
    progress.start(Phase::ReadingFiles, None);
    let corpus = load_corpus(source).map_err(|e| e.to_string())?;
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
    let store = Store::build_observed(corpus, progress).map_err(|e| e.to_string())?;
    progress.start(Phase::Done, None);
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

/// Where the server's store comes from: a snapshot, the corpus, or both
/// (the snapshot when it matches the corpus, else the corpus).
#[derive(Debug, Clone)]
pub struct Loader {
    pub source: CorpusSource,
    /// Whether the corpus was named, rather than the built-in seeds assumed.
    pub corpus_named: bool,
    pub snapshot: Option<PathBuf>,
}

impl Loader {
    pub fn of(config: &Config) -> Loader {
        Loader {
            source: source_of(config),
            corpus_named: config.corpus.is_some(),
            snapshot: config.index.clone(),
        }
    }

    /// Builds the store. A snapshot that cannot be used is said so in the
    /// log, with the reason, and the store is built from the corpus instead;
    /// without a named corpus there is nothing to build from, so that is an
    /// error.
    pub fn load(&self, progress: &Progress) -> Result<Store, String> {
        let Some(path) = &self.snapshot else {
            return load_store_observed(&self.source, progress);
        };
        let started = Instant::now();
        progress.start(Phase::ReadingSnapshot, None);
        let read = if self.corpus_named {
            snapshot::read_checked(path, &self.source)
        } else {
            snapshot::read(path).map(|s| s.store)
        };
        match read {
            Ok(store) => {
                progress.start(Phase::Done, None);
                tracing::info!(
                    snapshot = %path.display(),
                    corpus = %store.origin(),
                    checked = self.corpus_named,
                    events = store.events().len(),
                    millis = started.elapsed().as_millis() as u64,
                    "snapshot loaded"
                );
                Ok(store)
            }
            Err(error) if self.corpus_named => {
                tracing::warn!(%error, "not using the snapshot; building the store from the corpus instead (run `csto-timeline index` to refresh the snapshot)");
                load_store_observed(&self.source, progress)
            }
            Err(error) => Err(format!(
                "{error}; give --corpus to build from the corpus instead"
            )),
        }
    }
}

/// Prints every event of the configured corpus as JSON on standard output.
pub fn print_events(config: &Config) -> Result<(), String> {
    let progress = Progress::new();
    let reporter = Reporter::start(progress.clone());
    let store = Loader::of(config).load(&progress);
    drop(reporter);
    let store = store?;
    // Written as it is made: the whole document in memory at once was, on
    // a large corpus, several times the size of the store.
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, &EventsOutput(&store)).map_err(|e| e.to_string())?;
    writeln!(out)
        .and_then(|()| out.flush())
        .map_err(|e| e.to_string())
}

/// The `extract` document, `{"events": [...], "total": n}`, serialized one
/// event at a time. Each event goes through a `serde_json::Value` first, as
/// the whole document once did, so the output is the same byte for byte:
/// keys in sorted order, and each `f32` written as the `f64` it widens to.
struct EventsOutput<'a>(&'a Store);

impl serde::Serialize for EventsOutput<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut document = serializer.serialize_struct("Events", 2)?;
        document.serialize_field("events", &EventList(self.0))?;
        document.serialize_field("total", &self.0.events().len())?;
        document.end()
    }
}

/// The events of [`EventsOutput`], each as a `serde_json::Value`.
struct EventList<'a>(&'a Store);

impl serde::Serialize for EventList<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeSeq};
        let store = self.0;
        let mut list = serializer.serialize_seq(Some(store.events().len()))?;
        for event in store.events() {
            let json = crate::web::api::EventJson::new(event, store);
            list.serialize_element(&serde_json::to_value(json).map_err(S::Error::custom)?)?;
        }
        list.end()
    }
}

/// Builds the store of the configured corpus and writes it as a snapshot.
pub fn write_index(config: &Config, output: &Path) -> Result<(), String> {
    let started = Instant::now();
    let source = source_of(config);
    // The digest is taken before the corpus is read: if a file changes in
    // between, the snapshot is found stale at start-up, never the reverse.
    let digest = source.digest().map_err(|e| e.to_string())?;
    let progress = Progress::new();
    let reporter = Reporter::start(progress.clone());
    let store = load_store_observed(&source, &progress);
    drop(reporter);
    let store = store?;
    let bytes = snapshot::write(&store, &digest, output).map_err(|e| e.to_string())?;
    tracing::info!(
        snapshot = %output.display(),
        bytes,
        events = store.events().len(),
        corpus_digest = %digest,
        millis = started.elapsed().as_millis() as u64,
        "snapshot written"
    );
    Ok(())
}

/// Writes a synthetic corpus of `articles` articles into `output`.
pub fn generate(articles: usize, output: &Path, seed: u64) -> Result<(), String> {
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
/// for at most the configured grace period. The server listens before the
/// store is built, answering "loading" meanwhile; a first build that fails
/// stops it with the reason.
pub async fn serve(config: Config) -> Result<(), String> {
    let loader = Loader::of(&config);
    let progress = Progress::new();
    let state = AppState::loading(
        Settings {
            base_path: config.base_path.clone(),
            public_url: config.public_url.clone(),
        },
        progress.clone(),
        config.cache_bytes,
    );
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", config.listen))?;
    let address = format!("http://{}{}/", config.listen, config.base_path);
    tracing::info!(%address, "listening; ready once the store is built");
    let failed = start_loading(state.clone(), loader.clone(), progress, address);
    tokio::spawn(reload_on_hangup(state.clone(), loader));

    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let grace = Duration::from_secs(config.shutdown_grace);
    // A response goes out in one write, headers and body together, but a
    // large one can leave a last small segment: send it without waiting.
    let listener = axum::serve::ListenerExt::tap_io(listener, |tcp| {
        let _ = tcp.set_nodelay(true);
    });
    let server = axum::serve(listener, service(state)).with_graceful_shutdown(async move {
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
        Ok(error) = failed => return Err(error),
    }
    tracing::info!("stopped");
    Ok(())
}

/// Builds the first store in the background, logging progress every two
/// seconds, and makes the state ready when it is done. The receiver gets
/// the error if the build fails.
pub fn start_loading(
    state: AppState,
    loader: Loader,
    progress: Arc<Progress>,
    address: String,
) -> tokio::sync::oneshot::Receiver<String> {
    let (failed_tx, failed_rx) = tokio::sync::oneshot::channel();
    let watched = progress.clone();
    let watching = state.clone();
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(Duration::from_secs(2));
        ticks.tick().await;
        while !watching.is_ready() {
            ticks.tick().await;
            if !watching.is_ready() {
                tracing::info!(progress = %watched.seen(), "loading");
            }
        }
    });
    tokio::task::spawn_blocking(move || match loader.load(&progress) {
        Ok(store) => {
            state.replace_store(store);
            tracing::info!("ready: serving on {address}");
        }
        Err(error) => {
            let _ = failed_tx.send(format!("cannot load the corpus: {error}"));
        }
    });
    failed_rx
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

/// On SIGHUP, builds a new store in the background, beside the old one,
/// which keeps serving until the new one is swapped in whole; a corpus that
/// fails to load leaves the old one serving.
async fn reload_on_hangup(state: AppState, loader: Loader) {
    #[cfg(unix)]
    {
        let Ok(mut hangups) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())
        else {
            return;
        };
        while hangups.recv().await.is_some() {
            tracing::info!("SIGHUP: reloading the corpus");
            let loader = loader.clone();
            let reload = move || loader.load(&Progress::default());
            match tokio::task::spawn_blocking(reload).await {
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
    let _ = (state, loader);
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
