//! The `csto-timeline` binary: parse the configuration, set up logging, and
//! serve the timeline or run one of the tools (health check, extract,
//! index, generate, import).

use clap::Parser;
use csto_timeline::config::{Command, Config, LogFormat};
use csto_timeline::server;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let config = Config::parse();
    let filter = EnvFilter::try_new(&config.log_level).unwrap_or_else(|_| EnvFilter::new("info"));
    // Log lines are written by a thread of their own, so a request never
    // waits on a slow terminal or pipe; should that thread fall behind by
    // many thousands of lines, lines are dropped rather than requests
    // slowed. The guard flushes what is queued when main returns.
    let (writer, _flush_on_exit) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        .lossy(true)
        .thread_name("log-writer")
        .finish(std::io::stderr());
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(writer);
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
