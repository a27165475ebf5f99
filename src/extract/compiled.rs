//! Extraction's compiled patterns, held by a load rather than by the
//! process.
//!
//! The regular expressions and automata that read articles are written
//! beside the code that uses them, as statics of type [`Pattern`]. What they
//! compile to, and the caches a regular expression keeps for each thread
//! that runs it (several megabytes per thread once a large archive has been
//! read), are kept in a [`Patterns`] value that a load makes, enters on
//! every thread that reads articles ([`Patterns::enter`]) and drops when
//! reading is done: a server started from its articles then holds no more
//! than one started from a snapshot, and merging, which comes after
//! reading, has that memory to work in.
//!
//! Used outside a load (a test of one reader, say), a pattern is compiled
//! once for the process and kept, as a plain lazily built static would be.

use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use aho_corasick::AhoCorasick;
use regex::{Captures, Match, Regex};

/// How many patterns of each kind a [`Patterns`] has room for. Extraction
/// has about eighty; a pattern beyond the room is kept for the process,
/// as it would be outside a load.
const ROOM: usize = 256;

/// Slot numbers, given to patterns as each is first used.
static NEXT_SLOT: AtomicUsize = AtomicUsize::new(0);

/// No slot given yet.
const UNASSIGNED: usize = usize::MAX;

thread_local! {
    /// The patterns of the load this thread is reading for, if any.
    static CURRENT: RefCell<Option<Arc<Patterns>>> = const { RefCell::new(None) };
}

/// The compiled patterns of one load, made as they are first used.
pub struct Patterns {
    regexes: Box<[OnceLock<Regex>]>,
    automata: Box<[OnceLock<AhoCorasick>]>,
}

impl std::fmt::Debug for Patterns {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        fn built<T>(slots: &[OnceLock<T>]) -> usize {
            slots.iter().filter(|s| s.get().is_some()).count()
        }
        f.debug_struct("Patterns")
            .field("regexes", &built(&self.regexes))
            .field("automata", &built(&self.automata))
            .finish()
    }
}

impl Patterns {
    /// Room for every pattern, none compiled yet.
    pub fn new() -> Arc<Patterns> {
        Arc::new(Patterns {
            regexes: (0..ROOM).map(|_| OnceLock::new()).collect(),
            automata: (0..ROOM).map(|_| OnceLock::new()).collect(),
        })
    }

    /// Runs `work` on this thread with these patterns: every [`Pattern`]
    /// it uses is compiled into them, not for the process. Where the
    /// thread is already inside a pattern's use, `work` runs with the
    /// patterns it has.
    pub fn enter<R>(self: &Arc<Self>, work: impl FnOnce() -> R) -> R {
        let previous = CURRENT.with(|current| {
            current
                .try_borrow_mut()
                .ok()
                .map(|mut current| current.replace(Arc::clone(self)))
        });
        let Some(previous) = previous else {
            return work();
        };
        // Put back what was there, however `work` ends.
        struct Restore(Option<Option<Arc<Patterns>>>);
        impl Drop for Restore {
            fn drop(&mut self) {
                let previous = self.0.take().flatten();
                CURRENT.with(|current| {
                    if let Ok(mut current) = current.try_borrow_mut() {
                        *current = previous;
                    }
                });
            }
        }
        let _restore = Restore(Some(previous));
        work()
    }
}

/// What a [`Pattern`] can compile to.
pub trait Compiled: Sized + Send + Sync + 'static {
    /// This kind's slots in `patterns`.
    fn slots(patterns: &Patterns) -> &[OnceLock<Self>];
}

impl Compiled for Regex {
    fn slots(patterns: &Patterns) -> &[OnceLock<Regex>] {
        &patterns.regexes
    }
}

impl Compiled for AhoCorasick {
    fn slots(patterns: &Patterns) -> &[OnceLock<AhoCorasick>] {
        &patterns.automata
    }
}

/// A regular expression or automaton of extraction, compiled by `build` on
/// first use within a load (see the module's comment).
pub struct Pattern<T: Compiled> {
    build: fn() -> T,
    slot: AtomicUsize,
    /// Compiled for the process: used outside a load, or beyond the room.
    kept: OnceLock<T>,
}

impl<T: Compiled> Pattern<T> {
    pub const fn new(build: fn() -> T) -> Pattern<T> {
        Pattern {
            build,
            slot: AtomicUsize::new(UNASSIGNED),
            kept: OnceLock::new(),
        }
    }

    /// Runs `f` with the compiled pattern.
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        let slot = self.slot();
        CURRENT.with(|current| match current.try_borrow().ok().as_deref() {
            Some(Some(patterns)) if slot < ROOM => {
                f(T::slots(patterns)[slot].get_or_init(self.build))
            }
            _ => f(self.kept.get_or_init(self.build)),
        })
    }

    fn slot(&self) -> usize {
        let slot = self.slot.load(Ordering::Relaxed);
        if slot != UNASSIGNED {
            return slot;
        }
        let next = NEXT_SLOT.fetch_add(1, Ordering::Relaxed);
        // Two threads may both take a number: the first one stored wins.
        match self
            .slot
            .compare_exchange(UNASSIGNED, next, Ordering::Relaxed, Ordering::Relaxed)
        {
            Ok(_) => next,
            Err(first) => first,
        }
    }
}

impl<T: Compiled + std::fmt::Debug> std::fmt::Debug for Pattern<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.with(|compiled| compiled.fmt(f))
    }
}

/// The searches extraction makes with a regular expression. Those that
/// find every match gather the matches before they are read: a reader that
/// stops at the first one it wants goes through [`Pattern::with`] instead.
impl Pattern<Regex> {
    pub fn is_match(&self, haystack: &str) -> bool {
        self.with(|re| re.is_match(haystack))
    }

    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        self.with(|re| re.find(haystack))
    }

    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        self.with(|re| re.captures(haystack))
    }

    pub fn find_iter<'h>(&self, haystack: &'h str) -> std::vec::IntoIter<Match<'h>> {
        self.with(|re| re.find_iter(haystack).collect::<Vec<_>>())
            .into_iter()
    }

    pub fn captures_iter<'h>(&self, haystack: &'h str) -> std::vec::IntoIter<Captures<'h>> {
        self.with(|re| re.captures_iter(haystack).collect::<Vec<_>>())
            .into_iter()
    }
}

/// As for regular expressions, the searches made with an automaton.
impl Pattern<AhoCorasick> {
    pub fn is_match(&self, haystack: &str) -> bool {
        self.with(|ac| ac.is_match(haystack))
    }

    pub fn find(&self, haystack: &str) -> Option<aho_corasick::Match> {
        self.with(|ac| ac.find(haystack))
    }

    pub fn find_overlapping_iter(&self, haystack: &str) -> std::vec::IntoIter<aho_corasick::Match> {
        self.with(|ac| ac.find_overlapping_iter(haystack).collect::<Vec<_>>())
            .into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static DIGITS: Pattern<Regex> = Pattern::new(|| Regex::new(r"\d+").expect("digits"));

    fn in_load(patterns: &Patterns) -> usize {
        Regex::slots(patterns)
            .iter()
            .filter(|s| s.get().is_some())
            .count()
    }

    #[test]
    fn a_pattern_used_in_a_load_is_compiled_into_the_load_and_freed_with_it() {
        let patterns = Patterns::new();
        let found = patterns.enter(|| DIGITS.find("May 12").map(|m| m.as_str()));
        assert_eq!(found, Some("12"));
        assert_eq!(in_load(&patterns), 1);
        // Nothing else holds the load's patterns: dropping them frees them.
        assert!(Arc::into_inner(patterns).is_some());
    }

    #[test]
    fn outside_a_load_a_pattern_is_kept_for_the_process() {
        assert!(DIGITS.is_match("2024"));
        assert!(DIGITS.kept.get().is_some());
    }

    #[test]
    fn a_load_entered_within_another_gives_the_outer_one_back() {
        let outer = Patterns::new();
        let inner = Patterns::new();
        outer.enter(|| {
            inner.enter(|| assert!(DIGITS.is_match("7")));
            assert!(DIGITS.is_match("8"));
        });
        assert_eq!(in_load(&inner), 1);
        assert_eq!(in_load(&outer), 1);
        assert!(CURRENT.with_borrow(Option::is_none));
    }
}
