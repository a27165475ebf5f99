//! Progress of building a store: which phase, and how many articles of how
//! many have been read. Counters are atomics, so the builder only counts
//! and anyone may look: the server's "loading" answers, its log, and the
//! progress bar of the command-line tools.

use std::io::{IsTerminal, Write as _};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// What the builder is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Starting,
    ReadingFiles,
    ReadingSnapshot,
    Extracting,
    Merging,
    Indexing,
    /// `csto-timeline import` reading and fetching its sources.
    Importing,
    Done,
}

const PHASES: [Phase; 8] = [
    Phase::Starting,
    Phase::ReadingFiles,
    Phase::ReadingSnapshot,
    Phase::Extracting,
    Phase::Merging,
    Phase::Indexing,
    Phase::Importing,
    Phase::Done,
];

impl Phase {
    pub fn label(self) -> &'static str {
        match self {
            Phase::Starting => "starting",
            Phase::ReadingFiles => "reading files",
            Phase::ReadingSnapshot => "reading the snapshot",
            Phase::Extracting => "extracting events",
            Phase::Merging => "merging reports",
            Phase::Indexing => "indexing",
            Phase::Importing => "importing",
            Phase::Done => "done",
        }
    }
}

/// Shared counters of one build.
#[derive(Debug, Default)]
pub struct Progress {
    phase: AtomicU8,
    done: AtomicUsize,
    total: AtomicUsize,
}

/// What a look at the progress saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seen {
    pub phase: Phase,
    /// Articles read so far, and of how many (0 until known).
    pub done: usize,
    pub total: usize,
}

impl Progress {
    pub fn new() -> Arc<Progress> {
        Arc::new(Progress::default())
    }

    /// Enters `phase`; `total` articles are to be counted in it, if known.
    pub fn start(&self, phase: Phase, total: Option<usize>) {
        if let Some(total) = total {
            self.done.store(0, Ordering::Relaxed);
            self.total.store(total, Ordering::Relaxed);
        }
        let code = PHASES.iter().position(|p| *p == phase).unwrap_or(0);
        self.phase.store(code as u8, Ordering::Relaxed);
    }

    /// More articles to count in this phase, found while counting (the
    /// items of a feed, the addresses of a list).
    pub fn add_to_total(&self, more: usize) {
        self.total.fetch_add(more, Ordering::Relaxed);
    }

    /// One more article read.
    pub fn advance(&self) {
        self.done.fetch_add(1, Ordering::Relaxed);
    }

    pub fn seen(&self) -> Seen {
        Seen {
            phase: PHASES[(self.phase.load(Ordering::Relaxed) as usize).min(PHASES.len() - 1)],
            done: self.done.load(Ordering::Relaxed),
            total: self.total.load(Ordering::Relaxed),
        }
    }
}

impl std::fmt::Display for Seen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.total > 0 {
            write!(
                f,
                "{}: {} of {} articles",
                self.phase.label(),
                self.done,
                self.total
            )
        } else {
            f.write_str(self.phase.label())
        }
    }
}

/// Shows a build's progress on standard error until dropped: a bar that
/// redraws itself on a terminal, a plain line every few seconds elsewhere
/// (a log file or CI output should not fill with redraws).
pub struct Reporter {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Reporter {
    pub fn start(progress: Arc<Progress>) -> Reporter {
        let stop = Arc::new(AtomicBool::new(false));
        let stopping = stop.clone();
        let terminal = std::io::stderr().is_terminal();
        let thread = std::thread::spawn(move || {
            let started = Instant::now();
            let mut last_line = Instant::now();
            let mut last: Option<Seen> = None;
            while !stopping.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(100));
                let seen = progress.seen();
                if terminal {
                    eprint!("\r\x1b[2K{}", bar(&seen, started.elapsed()));
                } else if last.is_none_or(|l| l.phase != seen.phase)
                    || last_line.elapsed() >= Duration::from_secs(5)
                {
                    eprintln!("{seen} ({:.1} s)", started.elapsed().as_secs_f64());
                    last_line = Instant::now();
                }
                last = Some(seen);
                let _ = std::io::stderr().flush();
            }
            if terminal {
                eprint!("\r\x1b[2K");
            }
        });
        Reporter {
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for Reporter {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn bar(seen: &Seen, elapsed: Duration) -> String {
    const WIDTH: usize = 30;
    let filled = (seen.done * WIDTH)
        .checked_div(seen.total)
        .unwrap_or(0)
        .min(WIDTH);
    format!(
        "[{}{}] {seen} ({:.1} s)",
        "#".repeat(filled),
        "-".repeat(WIDTH - filled),
        elapsed.as_secs_f64()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_articles_and_says_so() {
        let progress = Progress::new();
        assert_eq!(progress.seen().to_string(), "starting");
        progress.start(Phase::Extracting, Some(3));
        progress.advance();
        assert_eq!(
            progress.seen().to_string(),
            "extracting events: 1 of 3 articles"
        );
        assert!(bar(&progress.seen(), Duration::ZERO).starts_with("[##########-----"));
    }
}
