//! What a sentence's text alone tells, remembered for the sentence's next
//! appearance.
//!
//! An archive repeats sentences word for word: an outlet's background
//! paragraph, a standing line on who belongs to the alliance, a stock
//! closing sentence, in hundreds of its articles. A reading that depends on
//! nothing but what it is given and the load's domain data (its clause
//! shape, what its words alone say against its telling a happening, its
//! topics and kinds of happening, the title cut from it, the names the
//! gazetteer finds in it, the dates it holds when none needs the
//! publication date to be read) is kept here, per thread and for one load
//! (see [`compiled::Patterns`]), and given again rather than worked out
//! again.
//! A load reads with one gazetteer and one taxonomy, so what they decide is
//! the same for the whole load; a thread that goes on to another load
//! starts afresh. Nothing that depends on the article (its
//! date, the people it introduced, the sentences around) is a key here:
//! what is given again must be what would have been worked out. Outside a
//! load nothing is remembered.

use std::cell::RefCell;
use std::hash::{BuildHasher, Hash};
use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};

use super::actors::GazetteerHits;
use super::candidates::Verdict;
use super::clauses::Shape;
use super::compiled;
use super::dates::DateMention;

/// How many readings of one kind a thread keeps. A large archive's
/// repeated sentences are a few thousand, most of its repetitions among
/// them; when the room is full it is emptied and filled again, so a
/// thread never holds more than this, however many sentences it reads.
///
/// A hash table is kept at most seven-eighths full: 7,168 readings fill
/// 8,192 slots, where 8,192 readings took a table of 16,384 slots, half of
/// them empty, at over a hundred bytes a slot (a shape, a title's key),
/// for each kind on each thread.
const ROOM: usize = 7 * 1024;

/// The room of a kind whose readings are many but each cheap to make
/// again (the dates of a sentence with none to place, the kinds of
/// happening a few words name): a quarter of [`ROOM`], so that remembering
/// them keeps the peak of a large load where it was.
const SMALL_ROOM: usize = ROOM / 4;

/// How many keys a thread marks as seen (see [`Memo`]), for each reading it
/// has room for, before it forgets them and marks afresh: eight bytes each.
const SEEN_PER_READING: usize = 4;

/// Readings of one kind, by what they were read from.
///
/// A reading is kept only the second time its key is read on the thread:
/// most of an archive's sentences appear once, and keeping each of them
/// with its reading cost megabytes for nothing given again. What marks a
/// key as seen is only its hash, eight bytes; a reading is still given
/// again only for an equal key, so a hash shared by two keys at worst
/// keeps a reading early, never gives the wrong one.
///
/// Readings are filed by the hash of their key, with the key beside them
/// to be compared: a key is asked for as borrowed parts (the sentence as
/// it stands in the article), and is copied into one of its own only when
/// its reading is kept. Most sentences are read once, and copying each of
/// them to look it up cost an allocation and a copy for nothing.
struct Memo<K, V> {
    known: FxHashMap<u64, (K, V)>,
    seen: FxHashSet<u64>,
    /// How many readings it keeps at most.
    room: usize,
}

impl<K, V: Clone> Memo<K, V> {
    fn new() -> Memo<K, V> {
        Memo::with_room(ROOM)
    }

    fn with_room(room: usize) -> Memo<K, V> {
        Memo {
            known: FxHashMap::default(),
            seen: FxHashSet::default(),
            room,
        }
    }

    /// The reading kept for the key hashed to `hash` that `is_key` owns.
    fn get(&self, hash: u64, is_key: impl FnOnce(&K) -> bool) -> Option<V> {
        let (key, value) = self.known.get(&hash)?;
        is_key(key).then(|| value.clone())
    }

    /// The reading kept for the key hashed to `hash` that `is_key` owns,
    /// to be added to.
    fn get_mut(&mut self, hash: u64, is_key: impl FnOnce(&K) -> bool) -> Option<&mut V> {
        let (key, value) = self.known.get_mut(&hash)?;
        is_key(key).then_some(value)
    }

    /// Marks the key hashed to `hash` as seen, and keeps `value` under the
    /// key `key` makes if it was seen before.
    fn keep(&mut self, hash: u64, key: impl FnOnce() -> K, value: &V) {
        if self.seen.len() >= SEEN_PER_READING * self.room {
            self.seen = FxHashSet::default();
        }
        if self.seen.insert(hash) {
            return;
        }
        if self.known.len() >= self.room {
            self.known = FxHashMap::default();
        }
        // A key of the same hash kept before gives way: the table holds
        // the latest reading of each hash.
        self.known.insert(hash, (key(), value.clone()));
    }
}

/// The hash a key is filed under, taken from its borrowed parts.
fn hash_of(parts: impl Hash) -> u64 {
    rustc_hash::FxBuildHasher.hash_one(parts)
}

/// A text and the address of the load's reader it was read with (see
/// [`recall_read_with`]).
type ReadWith = (usize, Box<str>);

/// A sentence and the ranges of its quotations.
type Quoted = (Box<str>, Box<[Range<usize>]>);

/// What a sentence with its quotations tells by itself: its shape, and
/// what its words say against its telling a happening once that has been
/// asked. One key for both: the sentence is held once.
#[derive(Clone)]
struct Told {
    shape: Shape,
    verdict: Option<Verdict>,
}

/// What a title is cut from: the sentence, its focus, its shape, the
/// ranges of its dates and the person before its main verb.
type Cut = (
    Box<str>,
    Range<usize>,
    Shape,
    Box<[Range<usize>]>,
    Option<Range<usize>>,
);

/// A title as first cut, and the name and kind (a person or not) of the
/// subject it is finished for.
type Draft = (Box<str>, Option<(Box<str>, bool)>);

/// Every kind of reading a thread remembers, for one load.
struct Memos {
    load: u64,
    told: Memo<Quoted, Told>,
    dates: Memo<Box<str>, Vec<DateMention>>,
    topics: Memo<Box<str>, Vec<String>>,
    kinds: Memo<ReadWith, Vec<String>>,
    titles: Memo<Cut, String>,
    editorials: Memo<Draft, String>,
    gazetteer_hits: Memo<ReadWith, GazetteerHits>,
}

impl Memos {
    fn new(load: u64) -> Memos {
        Memos {
            load,
            told: Memo::new(),
            dates: Memo::with_room(SMALL_ROOM),
            topics: Memo::new(),
            kinds: Memo::with_room(SMALL_ROOM),
            titles: Memo::new(),
            editorials: Memo::new(),
            gazetteer_hits: Memo::new(),
        }
    }
}

thread_local! {
    static MEMOS: RefCell<Option<Memos>> = const { RefCell::new(None) };
}

/// Runs `f` on this thread's memos of the load it reads for; `None`
/// outside a load.
fn with<R>(f: impl FnOnce(&mut Memos) -> R) -> Option<R> {
    let load = compiled::current_load()?;
    MEMOS.with(|memos| {
        let mut memos = memos.try_borrow_mut().ok()?;
        let memos = match &mut *memos {
            Some(memos) if memos.load == load => memos,
            other => other.insert(Memos::new(load)),
        };
        Some(f(memos))
    })
}

/// What `read` reads from the key hashed to `hash` that `is_key` owns,
/// remembered in `table` under the key `key` makes.
fn recall<K, V: Clone>(
    table: fn(&mut Memos) -> &mut Memo<K, V>,
    hash: u64,
    is_key: impl FnOnce(&K) -> bool,
    key: impl FnOnce() -> K,
    read: impl FnOnce() -> V,
) -> V {
    if let Some(Some(known)) = with(|m| table(m).get(hash, is_key)) {
        return known;
    }
    // Read with the memos let go of: a reading may ask them itself.
    let value = read();
    with(|m| table(m).keep(hash, key, &value));
    value
}

/// The shape of `sentence` with quotations `quoted`, as `read` reads it.
pub(crate) fn shape(
    sentence: &str,
    quoted: &[Range<usize>],
    read: impl FnOnce() -> Shape,
) -> Shape {
    let told = recall(
        |m| &mut m.told,
        hash_of((sentence, quoted)),
        is_quoted(sentence, quoted),
        || (Box::from(sentence), Box::from(quoted)),
        || Told {
            shape: read(),
            verdict: None,
        },
    );
    told.shape
}

/// What the words of `sentence` with quotations `quoted` alone say against
/// its telling a happening, as `read` tells it from them and their shape.
/// Kept beside the sentence's shape, once that is kept: a sentence is read
/// for its shape before it is asked this.
pub(crate) fn verdict(
    sentence: &str,
    quoted: &[Range<usize>],
    read: impl FnOnce() -> Verdict,
) -> Verdict {
    let hash = hash_of((sentence, quoted));
    let told = |m: &mut Memos| {
        m.told
            .get_mut(hash, is_quoted(sentence, quoted))
            .map(|t| t.verdict)
    };
    if let Some(Some(Some(known))) = with(told) {
        return known;
    }
    let verdict = read();
    with(|m| {
        if let Some(told) = m.told.get_mut(hash, is_quoted(sentence, quoted)) {
            told.verdict = Some(verdict);
        }
    });
    verdict
}

/// Whether a key is `sentence` with quotations `quoted`.
fn is_quoted<'a>(
    sentence: &'a str,
    quoted: &'a [Range<usize>],
) -> impl FnOnce(&Quoted) -> bool + 'a {
    move |(s, q)| **s == *sentence && **q == *quoted
}

/// The dates of `text`, as `read` finds them together with whether they
/// were found from the text alone, whatever the publication date. Only
/// those are remembered, and given again for any publication date: a
/// sentence without a date to place (most of an archive's stock lines)
/// reads the same against every one.
pub(crate) fn dates(
    text: &str,
    read: impl FnOnce() -> (Vec<DateMention>, bool),
) -> Vec<DateMention> {
    let hash = hash_of(text);
    if let Some(Some(known)) = with(|m| m.dates.get(hash, |t| **t == *text)) {
        return known;
    }
    let (found, text_alone) = read();
    if text_alone {
        with(|m| m.dates.keep(hash, || Box::from(text), &found));
    }
    found
}

/// The topics of `text`, as `read` finds them with the load's taxonomy.
pub(crate) fn topics(text: &str, read: impl FnOnce() -> Vec<String>) -> Vec<String> {
    recall(
        |m| &mut m.topics,
        hash_of(text),
        |t| **t == *text,
        || Box::from(text),
        read,
    )
}

/// The kinds of happening `read` finds in `text` with the taxonomy of kinds
/// `kinds`, told by its address as the gazetteer's matcher is (see
/// [`gazetteer_hits`]).
pub(crate) fn kinds<T>(kinds: &T, text: &str, read: impl FnOnce() -> Vec<String>) -> Vec<String> {
    recall_read_with(|m| &mut m.kinds, kinds, text, read)
}

/// The title `read` cuts from `sentence` at `focus` (see
/// [`super::title::title_for`], whose arguments these are).
pub(crate) fn title(
    sentence: &str,
    focus: &Range<usize>,
    shape: &Shape,
    dates: &[Range<usize>],
    person: Option<&Range<usize>>,
    read: impl FnOnce() -> String,
) -> String {
    recall(
        |m| &mut m.titles,
        hash_of((sentence, focus, shape, dates, person)),
        |(s, f, sh, d, p)| {
            **s == *sentence && f == focus && sh == shape && **d == *dates && p.as_ref() == person
        },
        || {
            (
                Box::from(sentence),
                focus.clone(),
                shape.clone(),
                Box::from(dates),
                person.cloned(),
            )
        },
        read,
    )
}

/// The title `read` finishes from `title` for a subject named `subject`
/// (its name, and whether it is a person), with the load's roles (see
/// [`super::title::editorial`]).
pub(crate) fn editorial(
    title: &str,
    subject: Option<(&str, bool)>,
    read: impl FnOnce() -> String,
) -> String {
    recall(
        |m| &mut m.editorials,
        hash_of((title, subject)),
        |(t, s)| **t == *title && s.as_ref().map(|(n, p)| (&**n, *p)) == subject,
        || (Box::from(title), subject.map(|(n, p)| (Box::from(n), p))),
        read,
    )
}

/// What the gazetteer's `matcher` finds in `sentence`, as `read` reads it
/// (see [`GazetteerHits`]). The matcher is told by its address: a load
/// reads with one gazetteer, and the address keeps a reading from being
/// given for another matcher all the same.
pub(crate) fn gazetteer_hits<M>(
    matcher: &M,
    sentence: &str,
    read: impl FnOnce() -> GazetteerHits,
) -> GazetteerHits {
    recall_read_with(|m| &mut m.gazetteer_hits, matcher, sentence, read)
}

/// [`recall`] for a reading of `text` made with the load's `reader` (a
/// matcher, a taxonomy), keyed by the reader's address beside the text.
fn recall_read_with<R, V: Clone>(
    table: fn(&mut Memos) -> &mut Memo<ReadWith, V>,
    reader: &R,
    text: &str,
    read: impl FnOnce() -> V,
) -> V {
    let address = std::ptr::from_ref(reader) as usize;
    recall(
        table,
        hash_of((address, text)),
        |(a, t)| *a == address && **t == *text,
        || (address, Box::from(text)),
        read,
    )
}

/// Forgets what this thread remembers: when reading is done, the room is
/// merging's.
pub(crate) fn forget() {
    MEMOS.with(|memos| {
        if let Ok(mut memos) = memos.try_borrow_mut() {
            *memos = None;
        }
    });
}

/// [`forget`] on every thread of the pool that reads articles, and on this
/// one.
pub(crate) fn forget_everywhere() {
    rayon::broadcast(|_| forget());
    forget();
}
