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
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
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

/// Numbers for loads, given as each [`Patterns`] is made.
static NEXT_LOAD: AtomicU64 = AtomicU64::new(1);

/// The compiled patterns of one load, made as they are first used.
pub struct Patterns {
    /// Which load these are: no other [`Patterns`] of the process has it.
    load: u64,
    regexes: Box<[OnceLock<Regexes>]>,
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
            load: NEXT_LOAD.fetch_add(1, Ordering::Relaxed),
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

/// The number of the load this thread is reading for, if it is reading
/// for one (see [`Patterns::enter`]).
pub(crate) fn current_load() -> Option<u64> {
    CURRENT.with(|current| {
        current
            .try_borrow()
            .ok()
            .and_then(|patterns| patterns.as_ref().map(|p| p.load))
    })
}

/// What a [`Pattern`] can compile to.
pub trait Compiled: Sized + Send + Sync + 'static {
    /// What is kept of it, ready to search with.
    type Built: Send + Sync + 'static;
    /// Readies what was compiled for searching.
    fn finish(self) -> Self::Built;
    /// This kind's slots in `patterns`.
    fn slots(patterns: &Patterns) -> &[OnceLock<Self::Built>];
}

impl Compiled for Regex {
    type Built = Regexes;
    fn finish(self) -> Regexes {
        Regexes::new(self)
    }
    fn slots(patterns: &Patterns) -> &[OnceLock<Regexes>] {
        &patterns.regexes
    }
}

impl Compiled for AhoCorasick {
    type Built = AhoCorasick;
    fn finish(self) -> AhoCorasick {
        self
    }
    fn slots(patterns: &Patterns) -> &[OnceLock<AhoCorasick>] {
        &patterns.automata
    }
}

/// A regular expression as written, and, when it has Unicode word
/// boundaries (`\b`), the same expression with ASCII ones (`(?-u:\b)`);
/// and a copy of both for each thread of the pool (see its `own`).
///
/// The regex engine's fast DFA cannot tell a Unicode word boundary next to
/// a char beyond ASCII: on the first such byte (news text is full of ’ and
/// —) it gives up and the search starts again in a slow engine, over the
/// whole text. The two kinds of boundary differ only beside a letter or
/// digit beyond ASCII ("é", "Ա", "П"): on a text without one (ASCII, curly
/// quotes and dashes included) they find the same matches, and the ASCII
/// one is searched; any other text is searched as written.
pub struct Regexes {
    shared: Variants,
    /// A copy for each thread of the pool, made on its first search there.
    /// A regular expression keeps its scratch space in a pool that serves
    /// the first thread to search with it from a slot of its own and every
    /// other thread from a list behind a lock: searched a copy each, every
    /// thread is the first. The copies share what was compiled.
    own: Box<[OnceLock<Variants>]>,
}

/// An expression as written, and with ASCII word boundaries when they
/// differ (see [`Regexes`]).
#[derive(Clone)]
struct Variants {
    written: Regex,
    ascii_boundaries: Option<Regex>,
}

impl Regexes {
    fn new(written: Regex) -> Regexes {
        Regexes {
            shared: Variants::new(written),
            own: (0..rayon::current_num_threads())
                .map(|_| OnceLock::new())
                .collect(),
        }
    }

    /// The expression to search `haystack` with: the same matches as the
    /// written one, found the fastest way, in this thread's copy.
    #[inline]
    pub fn for_text(&self, haystack: &str) -> &Regex {
        self.own().for_text(haystack)
    }

    /// This thread's copy, or the shared one on a thread outside the pool.
    #[inline]
    fn own(&self) -> &Variants {
        match rayon::current_thread_index().and_then(|thread| self.own.get(thread)) {
            Some(copy) => copy.get_or_init(|| self.shared.clone()),
            None => &self.shared,
        }
    }
}

impl Variants {
    fn new(written: Regex) -> Variants {
        let source = written.as_str();
        // Boundaries already ASCII are left as they are.
        let unicode_boundaries = source.replace(r"(?-u:\b)", "").contains(r"\b");
        let ascii_boundaries = unicode_boundaries.then(|| {
            let ascii = source
                .replace(r"(?-u:\b)", r"\b")
                .replace(r"\b", r"(?-u:\b)");
            Regex::new(&ascii).expect("a pattern with ASCII word boundaries compiles")
        });
        Variants {
            written,
            ascii_boundaries,
        }
    }

    #[inline]
    fn for_text(&self, haystack: &str) -> &Regex {
        match &self.ascii_boundaries {
            Some(ascii) if no_word_char_beyond_ascii(haystack) => ascii,
            _ => &self.written,
        }
    }
}

impl std::ops::Deref for Regexes {
    type Target = Regex;

    /// The expression as written.
    fn deref(&self) -> &Regex {
        &self.shared.written
    }
}

impl std::fmt::Debug for Regexes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.shared.written.fmt(f)
    }
}

/// Whether no char of `text` beyond ASCII is a word char, as a Unicode word
/// boundary tells them (the regex crate asks `regex_syntax` the same).
#[inline]
fn no_word_char_beyond_ascii(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(next) = next_beyond_ascii(bytes, at) {
        let Some(c) = text[next..].chars().next() else {
            break;
        };
        if regex_syntax::is_word_character(c) {
            return false;
        }
        at = next + c.len_utf8();
    }
    true
}

/// Where the first byte beyond ASCII is at or after `from`, read eight
/// bytes at a time: most of a news text is ASCII, and this runs before
/// many of its searches.
#[inline]
fn next_beyond_ascii(bytes: &[u8], from: usize) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        if word & HIGH != 0 {
            return Some(at + (word & HIGH).trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    bytes[at.min(bytes.len())..]
        .iter()
        .position(|b| !b.is_ascii())
        .map(|skip| at + skip)
}

/// A regular expression or automaton of extraction, compiled by `build` on
/// first use within a load (see the module's comment).
pub struct Pattern<T: Compiled> {
    build: fn() -> T,
    slot: AtomicUsize,
    /// Compiled for the process: used outside a load, or beyond the room.
    kept: OnceLock<T::Built>,
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
    pub fn with<R>(&self, f: impl FnOnce(&T::Built) -> R) -> R {
        let slot = self.slot();
        let build = || (self.build)().finish();
        CURRENT.with(|current| match current.try_borrow().ok().as_deref() {
            Some(Some(patterns)) if slot < ROOM => f(T::slots(patterns)[slot].get_or_init(build)),
            _ => f(self.kept.get_or_init(build)),
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

impl<T: Compiled> std::fmt::Debug for Pattern<T>
where
    T::Built: std::fmt::Debug,
{
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.with(|compiled| compiled.fmt(f))
    }
}

/// The searches extraction makes with a regular expression. Those that
/// find every match gather the matches before they are read: a reader that
/// stops at the first one it wants goes through [`Pattern::with`] instead.
impl Pattern<Regex> {
    pub fn is_match(&self, haystack: &str) -> bool {
        self.with(|re| re.for_text(haystack).is_match(haystack))
    }

    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        self.with(|re| re.for_text(haystack).find(haystack))
    }

    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        self.with(|re| re.for_text(haystack).captures(haystack))
    }

    pub fn find_iter<'h>(&self, haystack: &'h str) -> std::vec::IntoIter<Match<'h>> {
        self.with(|re| {
            re.for_text(haystack)
                .find_iter(haystack)
                .collect::<Vec<_>>()
        })
        .into_iter()
    }

    pub fn captures_iter<'h>(&self, haystack: &'h str) -> std::vec::IntoIter<Captures<'h>> {
        self.with(|re| {
            re.for_text(haystack)
                .captures_iter(haystack)
                .collect::<Vec<_>>()
        })
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
    fn the_first_byte_beyond_ascii_is_found_as_a_plain_search_finds_it() {
        let text = "Armenia’s envoy — in Yerevan — met Пашинян at noon, ok";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() {
            let plain = bytes[from..]
                .iter()
                .position(|b| !b.is_ascii())
                .map(|skip| from + skip);
            assert_eq!(next_beyond_ascii(bytes, from), plain, "from {from}");
        }
    }

    #[test]
    fn ascii_word_boundaries_are_searched_only_where_they_find_the_same() {
        static WORD: Pattern<Regex> = Pattern::new(|| Regex::new(r"\bnet\b").expect("word"));
        assert!(WORD.with(|re| re.shared.ascii_boundaries.is_some()));
        assert!(no_word_char_beyond_ascii("the net’s — “reach”"));
        assert!(!no_word_char_beyond_ascii("the énet"));
        // A letter beyond ASCII touching the word: no boundary there.
        assert!(!WORD.is_match("énet"));
        assert!(WORD.is_match("the net’s reach"));
        assert_eq!(
            WORD.find("Пашинян net").map(|m| m.start()),
            Some("Пашинян ".len())
        );
    }

    #[test]
    fn each_thread_of_the_pool_searches_a_copy_of_its_own() {
        let patterns = Patterns::new();
        let found = rayon::broadcast(|_| {
            patterns.enter(|| DIGITS.find("May 12").map(|m| m.as_str().to_owned()))
        });
        assert!(found.iter().all(|f| f.as_deref() == Some("12")));
        let copies = patterns
            .enter(|| DIGITS.with(|re| re.own.iter().filter(|c| c.get().is_some()).count()));
        assert_eq!(copies, rayon::current_num_threads());
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
