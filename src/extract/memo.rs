//! What a sentence's text alone tells, remembered for the sentence's next
//! appearance.
//!
//! An archive repeats sentences word for word: an outlet's background
//! paragraph, a standing line on who belongs to the alliance, a stock
//! closing sentence, in hundreds of its articles. A reading that depends on
//! nothing but a sentence's text (its clause shape, say) is kept here, per
//! thread and for as long as articles are read ([`forget`]), and given
//! again rather than worked out again. Nothing that depends on the article
//! (its date, the people it introduced, the sentences around) belongs
//! here: what is given again must be what would have been worked out.

use std::cell::RefCell;
use std::hash::Hash;
use std::ops::Range;

use rustc_hash::FxHashMap;

use super::clauses::Shape;

/// How many readings of one kind a thread keeps. A large archive's
/// repeated sentences are a few thousand, most of its repetitions among
/// them; when the room is full it is emptied and filled again, so a
/// thread never holds more than this, however many sentences it reads.
const ROOM: usize = 8192;

/// Readings of one kind, by what they were read from.
struct Memo<K, V> {
    known: FxHashMap<K, V>,
}

impl<K: Hash + Eq, V: Clone> Memo<K, V> {
    fn new() -> Memo<K, V> {
        Memo {
            known: FxHashMap::default(),
        }
    }

    fn keep(&mut self, key: K, value: &V) {
        if self.known.len() >= ROOM {
            self.known = FxHashMap::default();
        }
        self.known.insert(key, value.clone());
    }
}

/// A sentence and the ranges of its quotations.
type Quoted = (Box<str>, Box<[Range<usize>]>);

/// Every kind of reading a thread remembers.
struct Memos {
    /// Clause shapes.
    shapes: Memo<Quoted, Shape>,
}

thread_local! {
    static MEMOS: RefCell<Option<Memos>> = const { RefCell::new(None) };
}

/// Runs `f` on this thread's memos, made when first asked for.
fn with<R>(f: impl FnOnce(&mut Memos) -> R) -> R {
    MEMOS.with_borrow_mut(|memos| {
        f(memos.get_or_insert_with(|| Memos {
            shapes: Memo::new(),
        }))
    })
}

/// The shape of `sentence` with quotations `quoted`, as `read` reads it.
pub(crate) fn shape(
    sentence: &str,
    quoted: &[Range<usize>],
    read: impl FnOnce() -> Shape,
) -> Shape {
    let key = (Box::from(sentence), Box::from(quoted));
    if let Some(known) = with(|m| m.shapes.known.get(&key).cloned()) {
        return known;
    }
    // Read with the memos let go of: a reading may ask them itself.
    let shape = read();
    with(|m| m.shapes.keep(key, &shape));
    shape
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
