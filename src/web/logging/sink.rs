//! Where log lines go: buffers in memory, written out by a thread of its
//! own, so a request never waits on a slow terminal, pipe or disk.
//!
//! Handing each line to the writing thread on its own (a queue entry and a
//! buffer per line) cost more than formatting it, at tens of thousands of
//! requests a second. So lines are appended to buffers instead, and the
//! thread takes a whole buffer at a time: every few milliseconds, or as
//! soon as one holds a few pages. Request lines go to a buffer of the
//! thread that served the request, which only that thread and the writer
//! ever lock, so no two requests contend; every other line (start-up,
//! warnings, errors) goes to one shared buffer, which keeps them in the
//! order they were logged, and is written first.
//!
//! Memory is bounded: a buffer that the writer has not emptied in time
//! takes no more lines; they are dropped and counted, and the count is
//! logged once the writer catches up.

use std::io::Write;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::thread::{JoinHandle, Thread};
use std::time::Duration;

/// How long a line may wait in a buffer before it is written.
const FLUSH_INTERVAL: Duration = Duration::from_millis(20);
/// A buffer this full wakes the writer before its time.
const WAKE_BYTES: usize = 64 * 1024;
/// A buffer this full takes no more lines until the writer empties it.
const MAX_BYTES: usize = 4 * 1024 * 1024;

/// The sink of this process, once [`start`] installed it.
static INSTALLED: OnceLock<Arc<Sink>> = OnceLock::new();

/// One buffer of lines.
#[derive(Default)]
pub(super) struct Shard {
    pub(super) lines: Mutex<Vec<u8>>,
}

/// Buffers of lines and the thread that writes them out.
pub struct Sink {
    /// Every line but request lines, in the order logged.
    shared: Shard,
    /// The request lines of each thread that served requests.
    shards: Mutex<Vec<Arc<Shard>>>,
    dropped: AtomicU64,
    /// Set once the writer should write what is left and stop.
    stopping: std::sync::atomic::AtomicBool,
    writer: OnceLock<Thread>,
    /// Tells this sink's shards from another's, in tests.
    id: usize,
}

/// Stops the writer when dropped, once it wrote every line logged before.
pub struct FlushOnDrop {
    sink: Arc<Sink>,
    thread: Option<JoinHandle<()>>,
}

impl Drop for FlushOnDrop {
    fn drop(&mut self) {
        self.sink.stopping.store(true, Ordering::Release);
        self.sink.wake();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Starts a writer of lines to `out` and makes it the sink of this
/// process's request lines (only the first sink started is).
pub fn start(out: impl Write + Send + 'static) -> (Arc<Sink>, FlushOnDrop) {
    let sink = Sink::new();
    let thread = spawn_writer(sink.clone(), out);
    let _ = INSTALLED.set(sink.clone());
    (
        sink.clone(),
        FlushOnDrop {
            sink,
            thread: Some(thread),
        },
    )
}

/// The sink of this process, if one was started.
pub(super) fn installed() -> Option<&'static Arc<Sink>> {
    INSTALLED.get()
}

fn spawn_writer(sink: Arc<Sink>, mut out: impl Write + Send + 'static) -> JoinHandle<()> {
    std::thread::Builder::new()
        .name("log-writer".into())
        .spawn(move || {
            let _ = sink.writer.set(std::thread::current());
            let mut spare = Vec::new();
            let mut reported = 0;
            loop {
                // Read before emptying: every line logged before the stop
                // was asked for is then written.
                let stopping = sink.stopping.load(Ordering::Acquire);
                sink.drain(&mut spare, &mut out);
                let dropped = sink.dropped.load(Ordering::Relaxed);
                if dropped != reported {
                    tracing::warn!(
                        dropped = dropped - reported,
                        "log lines dropped: they came faster than they could be written"
                    );
                    reported = dropped;
                    continue;
                }
                if stopping {
                    let _ = out.flush();
                    return;
                }
                std::thread::park_timeout(FLUSH_INTERVAL);
            }
        })
        .expect("a thread for the log writer")
}

impl Sink {
    fn new() -> Arc<Sink> {
        static IDS: AtomicUsize = AtomicUsize::new(1);
        Arc::new(Sink {
            shared: Shard::default(),
            shards: Mutex::new(Vec::new()),
            dropped: AtomicU64::new(0),
            stopping: false.into(),
            writer: OnceLock::new(),
            id: IDS.fetch_add(1, Ordering::Relaxed),
        })
    }

    /// Appends what `write` writes to the calling thread's request
    /// buffer, or drops it when that buffer is full.
    pub(super) fn append_local(&self, write: impl FnOnce(&mut Vec<u8>)) {
        thread_local! {
            static LOCAL: std::cell::RefCell<Option<(usize, Arc<Shard>)>> =
                const { std::cell::RefCell::new(None) };
        }
        LOCAL.with(|local| {
            let mut local = local.borrow_mut();
            let shard = match &*local {
                Some((id, shard)) if *id == self.id => shard.clone(),
                _ => {
                    let shard = Arc::new(Shard::default());
                    lock(&self.shards).push(shard.clone());
                    *local = Some((self.id, shard.clone()));
                    shard
                }
            };
            drop(local);
            self.append(&shard, write);
        });
    }

    /// Appends a line to the shared buffer.
    pub(super) fn append_shared(&self, line: &[u8]) {
        self.append(&self.shared, |buffer| buffer.extend_from_slice(line));
    }

    fn append(&self, shard: &Shard, write: impl FnOnce(&mut Vec<u8>)) {
        let mut lines = lock(&shard.lines);
        let before = lines.len();
        if before >= MAX_BYTES {
            drop(lines);
            self.dropped.fetch_add(1, Ordering::Relaxed);
            return;
        }
        write(&mut lines);
        let after = lines.len();
        drop(lines);
        if before < WAKE_BYTES && after >= WAKE_BYTES {
            self.wake();
        }
    }

    fn wake(&self) {
        if let Some(writer) = self.writer.get() {
            writer.unpark();
        }
    }

    /// Writes out every buffer, the shared one first; forgets the buffers
    /// of threads that ended once they are empty.
    fn drain(&self, spare: &mut Vec<u8>, out: &mut impl Write) {
        self.drain_one(&self.shared, spare, out);
        let shards: Vec<Arc<Shard>> = lock(&self.shards).clone();
        for shard in &shards {
            self.drain_one(shard, spare, out);
        }
        drop(shards);
        self.forget_ended_shards();
    }

    /// Forgets the buffers of threads that ended, once they are empty.
    ///
    /// A shard held only by the list belongs to a thread that ended; no
    /// one can append to it any more. A thread may have logged its last
    /// lines after its shard was drained and ended just before this runs:
    /// its shard is kept, and those lines are written by the next drain.
    fn forget_ended_shards(&self) {
        lock(&self.shards)
            .retain(|shard| Arc::strong_count(shard) > 1 || !lock(&shard.lines).is_empty());
    }

    fn drain_one(&self, shard: &Shard, spare: &mut Vec<u8>, out: &mut impl Write) {
        {
            let mut lines = lock(&shard.lines);
            if lines.is_empty() {
                return;
            }
            // The thread gets an empty buffer of the same size back, so
            // neither side allocates in the steady state.
            std::mem::swap(&mut *lines, spare);
        }
        // A line that cannot be written has nowhere else to go.
        let _ = out.write_all(spare);
        let _ = out.flush();
        spare.clear();
    }
}

/// Writes tracing's lines to the shared buffer of a sink.
#[derive(Clone)]
pub struct SharedWriter(pub Arc<Sink>);

impl Write for SharedWriter {
    fn write(&mut self, line: &[u8]) -> std::io::Result<usize> {
        self.0.append_shared(line);
        Ok(line.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for SharedWriter {
    type Writer = SharedWriter;

    fn make_writer(&'a self) -> SharedWriter {
        self.clone()
    }
}

/// A poisoned buffer is still a buffer of whole lines: a line is appended
/// by one call that does not panic midway.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer the test can read back.
    #[derive(Clone, Default)]
    struct Collected(Arc<Mutex<Vec<u8>>>);

    impl Write for Collected {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn started() -> (Arc<Sink>, FlushOnDrop, Collected) {
        let out = Collected::default();
        let sink = Sink::new();
        let thread = spawn_writer(sink.clone(), out.clone());
        let guard = FlushOnDrop {
            sink: sink.clone(),
            thread: Some(thread),
        };
        (sink, guard, out)
    }

    #[test]
    fn every_line_of_every_thread_is_written_once_the_sink_stops() {
        let (sink, guard, out) = started();
        sink.append_shared(b"first\n");
        std::thread::scope(|scope| {
            for thread in 0..4 {
                let sink = &sink;
                scope.spawn(move || {
                    for n in 0..1000 {
                        sink.append_local(|b| {
                            b.extend_from_slice(format!("{thread} {n}\n").as_bytes())
                        });
                    }
                });
            }
        });
        drop(guard);
        let text = String::from_utf8(out.0.lock().unwrap().clone()).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4001);
        for thread in 0..4 {
            // Each thread's lines come in the order it logged them.
            let own: Vec<&str> = lines
                .iter()
                .copied()
                .filter(|l| l.starts_with(&format!("{thread} ")))
                .collect();
            let expected: Vec<String> = (0..1000).map(|n| format!("{thread} {n}")).collect();
            assert_eq!(own, expected);
        }
        assert_eq!(sink.dropped.load(Ordering::Relaxed), 0);
    }

    #[test]
    fn the_last_lines_of_a_thread_that_ended_between_drains_are_written() {
        let sink = Sink::new();
        // The thread logs and ends after its shard was drained, before
        // the ended threads' shards are forgotten.
        // (A joined thread, unlike a scoped one, has run its thread-local
        // destructors: its shard is held by the list alone.)
        let logging = sink.clone();
        std::thread::spawn(move || logging.append_local(|b| b.extend_from_slice(b"last words\n")))
            .join()
            .unwrap();
        sink.forget_ended_shards();
        let mut out = Vec::new();
        sink.drain(&mut Vec::new(), &mut out);
        assert_eq!(out, b"last words\n");
        assert!(
            lock(&sink.shards).is_empty(),
            "an emptied shard of an ended thread is forgotten"
        );
    }

    #[test]
    fn a_full_buffer_drops_lines_and_counts_them() {
        let sink = Sink::new();
        // No writer: nothing empties the buffer.
        let line = vec![b'x'; 1024];
        for _ in 0..(MAX_BYTES / line.len() + 10) {
            sink.append_local(|b| b.extend_from_slice(&line));
        }
        assert_eq!(sink.dropped.load(Ordering::Relaxed), 10);
        let shards = lock(&sink.shards);
        assert!(lock(&shards[0].lines).len() <= MAX_BYTES);
    }
}
