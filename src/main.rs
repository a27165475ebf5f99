//! The `csto-timeline` binary: parse the configuration, set up logging, and
//! serve the timeline or run one of the tools (health check, extract,
//! index, generate, import).

use std::alloc::{GlobalAlloc, Layout};

use clap::Parser;
use csto_timeline::config::{Command, Config, LogFormat};
use csto_timeline::server;
use tracing_subscriber::EnvFilter;

// Reading a corpus makes and drops millions of small strings and lists on
// every core; mimalloc serves them from per-thread pages, where the system
// allocator spends an eighth of a cold start.
#[global_allocator]
static ALLOCATOR: WordAligned = WordAligned;

/// mimalloc, asked for an alignment only when a value needs more than a
/// machine word. Every block mimalloc hands out is a whole number of words
/// at a word boundary; `mimalloc::MiMalloc` asks for the alignment of every
/// allocation all the same, and the aligned entry's checks cost a cold
/// start about a tenth more per allocation than plain `mi_malloc`, for
/// millions of small strings and lists.
struct WordAligned;

/// The alignment every mimalloc block has.
const WORD: usize = std::mem::size_of::<usize>();

// SAFETY: every request is passed to mimalloc: as it is, or, when the
// alignment asked for is at most a word (which every block has) and no more
// than the size, to the unaligned entry of the same size. Blocks are freed
// by `mi_free` whichever entry made them.
unsafe impl GlobalAlloc for WordAligned {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD && layout.align() <= layout.size() {
            // SAFETY: as above.
            unsafe { libmimalloc_sys::mi_malloc(layout.size()).cast() }
        } else {
            // SAFETY: the layout is valid, as `GlobalAlloc` requires.
            unsafe { mimalloc::MiMalloc.alloc(layout) }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD && layout.align() <= layout.size() {
            // SAFETY: as above.
            unsafe { libmimalloc_sys::mi_zalloc(layout.size()).cast() }
        } else {
            // SAFETY: the layout is valid, as `GlobalAlloc` requires.
            unsafe { mimalloc::MiMalloc.alloc_zeroed(layout) }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was made by mimalloc with this layout.
        unsafe { mimalloc::MiMalloc.dealloc(ptr, layout) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= WORD && layout.align() <= new_size {
            // SAFETY: `ptr` was made by mimalloc; the block it is moved to
            // is word-aligned like every block.
            unsafe { libmimalloc_sys::mi_realloc(ptr.cast(), new_size).cast() }
        } else {
            // SAFETY: as `GlobalAlloc::realloc` requires of the caller.
            unsafe { mimalloc::MiMalloc.realloc(ptr, layout, new_size) }
        }
    }
}

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
