//! The `csto-timeline` binary: parse the configuration, set up logging, and
//! serve the timeline or run one of the tools (health check, extract,
//! index, generate, import).

use clap::Parser;
use csto_timeline::config::{Command, Config, LogFormat};
use csto_timeline::server;
use tracing_subscriber::EnvFilter;

// Reading a corpus makes and drops millions of small strings and lists on
// every core; mimalloc serves them from per-thread pages, where the system
// allocator spends an eighth of a cold start.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `arena_eager_commit` option (see its `mi_option_e`).
const ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;
/// mimalloc's `purge_delay` option, in milliseconds.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Memory is committed as it is used, not an arena at a time: a cold start
/// of 10,000 articles then faults in a third of the pages (0.5 s of system
/// time instead of 1.3 s) and peaks lower. The option must be set before
/// the first allocation reserves an arena, which the runtime makes before
/// `main`: so it is set by a constructor, while only one thread runs.
#[cfg(target_os = "linux")]
extern "C" fn commit_memory_as_used() {
    // SAFETY: runs once, before any other thread exists.
    unsafe { libmimalloc_sys::mi_option_set(ARENA_EAGER_COMMIT, 0) };
    // Memory freed is given back to the system at once rather than 10 ms
    // later: a cold start frees large lists phase after phase (candidates'
    // scratch, term vectors, posting lists), and with the delay the next
    // phase's lists were resident beside the last one's, 30 MB at the peak.
    // SAFETY: as above.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 0) };
}

#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array")]
static COMMIT_MEMORY_AS_USED: extern "C" fn() = commit_memory_as_used;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let config = Config::parse();
    let filter = EnvFilter::try_new(&config.log_level).unwrap_or_else(|_| EnvFilter::new("info"));
    // Log lines are written by a thread of their own, so a request never
    // waits on a slow terminal or pipe; should that thread fall behind,
    // lines are dropped (and counted) rather than requests slowed. The
    // guard writes what is buffered when main returns.
    let (sink, _flush_on_exit) = csto_timeline::web::logging::start(std::io::stderr());
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    csto_timeline::web::logging::write_requests_directly(
        !ansi && matches!(config.log_format, LogFormat::Text),
    );
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(ansi)
        .with_writer(csto_timeline::web::logging::SharedWriter(sink));
    match config.log_format {
        LogFormat::Json => logs.json().init(),
        LogFormat::Text => logs.init(),
    }
    let result = match config.command {
        Some(Command::Healthcheck) => server::healthcheck(config.listen, &config.base_path).await,
        Some(Command::Extract) => server::print_events(&config),
        Some(Command::Index { ref output }) => server::write_index(&config, output),
        Some(Command::Generate {
            articles,
            ref output,
            seed,
        }) => server::generate(articles, output, seed),
        Some(Command::Import {
            ref sources,
            offline,
            delay,
            timeout,
            max_bytes,
        }) => csto_timeline::import::run_command(
            config.corpus.as_deref(),
            sources,
            &csto_timeline::import::ImportOptions {
                offline,
                fetch: csto_timeline::import::FetchOptions {
                    delay: std::time::Duration::from_secs_f64(delay),
                    timeout: std::time::Duration::from_secs_f64(timeout),
                    max_bytes,
                },
            },
        ),
        Some(Command::Serve) | None => server::serve(config).await,
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!("{error}");
            eprintln!("csto-timeline: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
