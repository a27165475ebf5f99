//! Blocking: which pairs of reports are worth scoring, without scoring all
//! of them.
//!
//! Every threshold merging uses is positive, and every term weight is
//! positive, so two reports can only merge when their vectors share a term:
//! pairs that share none are never looked at. Sharing any term is still too
//! weak a filter, since common terms ("csto", "@armenia") are shared by a
//! large part of any corpus; so candidate pairs come from prefix filtering,
//! as in all-pairs similarity search. Each vector's terms are put in one
//! global order, rarest first; its *prefix* is the shortest run of leading
//! terms after which the rest of the vector, normalised, has a length below
//! the lowest threshold `floor`. A vector `y` that shares no term with the
//! prefix of `x` has `cos(x, y) ≤ |rest of x| < floor` (Cauchy–Schwarz), and
//! because both prefixes are leading runs of one order, two vectors whose
//! cosine reaches `floor` share a term that is in both prefixes. So only the
//! prefixes are indexed, common terms mostly fall outside them, and a pair
//! is found through the posting list of a shared prefix term, once.
//!
//! Reports whose acting actors can never agree are kept apart too: the
//! caller sorts them into parts (by state), and the index is kept per part.
//! So are reports whose dates can never agree: each has a reach, a run of
//! days, and within a posting list only the reports whose reach overlaps
//! are looked at, found by binary search among reaches of like length.
//!
//! The caller's predicate decides each found pair exactly as it would have
//! in a loop over all pairs, so the result is the same, only cheaper; with
//! one exception: a report with more perfect matches than it keeps (a
//! sentence repeated word for word across an archive) keeps the first it
//! finds, not the first in report order. A report's search also stops
//! once no report yet to be found can be among its best pairs: a large
//! archive tells one happening in many articles, whose reports would
//! otherwise all be scored against one another.

// Keys are term and part numbers: hashed by Fx, not SipHash, which took a
// hundredth of a cold start here and in `idf`.
use rustc_hash::FxHashMap as HashMap;
use std::ops::ControlFlow;
use std::sync::{Mutex, PoisonError};

use rayon::prelude::*;

use super::vectors::{Spread, Vectors};

/// A score no cosine exceeds but by rounding: pairs scoring this much are
/// reports in the same words, equal for merging.
const PERFECT: f64 = 1.0 - 1e-9;

/// A pair of reports `i < j` and their score. Indices are `u32`, since a
/// large corpus has millions of pairs that pass: it halves their memory.
pub type ScoredPair = (f64, u32, u32);

/// Where on a line of days a report can reach: two reports are only ever
/// scored when their reaches overlap, or when both are open and one of them
/// wide open (see [`Open`]). The caller makes its score `None` for every
/// other pair, so leaving them out changes nothing but the time taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reach {
    pub first: i32,
    pub last: i32,
    pub open: Open,
}

/// Whether a report may pair beyond its reach: an `Ajar` one with a `Wide`
/// one, a `Wide` one with any open one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Open {
    No,
    Ajar,
    Wide,
}

#[cfg(test)]
impl Reach {
    /// A reach that meets every other: for callers without days.
    pub const EVERYWHERE: Reach = Reach {
        first: i32::MIN / 2,
        last: i32::MAX / 2,
        open: Open::Wide,
    };
}

/// Calls `score(i, j, spread)` (with `i < j`, and `j` spread in `spread`
/// for its cosines) for every pair of `vectors` whose
/// cosine can reach `floor`, whose `parts` do not differ and whose `reach`
/// meets (see [`Reach`]), and for some others; never misses one of
/// those, but for pairs that cannot be among the `best` of `j` (see
/// [`cannot_rise`]). `parts` sorts vectors into parts that can never merge with one
/// another (`None`: may merge with any part). Returns the pairs `score`
/// kept, in no particular order, at most `best` for each `j`: its
/// best-scoring ones (see [`best_of`]), or, when more than `best` score
/// [`PERFECT`] (scores are cosines), the first `best` of those found. Their
/// scores are given again when they are joined ([`Found::join`]). Pairs
/// are scored in parallel.
pub fn scored_pairs<F>(
    vectors: &Vectors,
    parts: &[Option<u32>],
    reach: &[Reach],
    floor: f64,
    best: usize,
    score: F,
) -> Found
where
    F: Fn(usize, usize, &Spread) -> Option<f64> + Sync,
{
    let prefixes = Prefixes::new(vectors, floor);
    // A vector in part `p` looks only at its part's postings and at those of
    // vectors in no part; a vector in no part looks at every part's. One
    // index, by term and part, serves both: a second one by term alone held
    // every posting again, a tenth of a large corpus's peak.
    let own = Index::build(&prefixes, reach, |i, term| (term, parts[i]));
    let parts_of_term = parts_by_term(&own);
    let each_list = |j: usize, term: u32, visit: &mut dyn FnMut(Postings) -> ControlFlow<()>| {
        let keys: &[Option<u32>] = match parts[j] {
            None => parts_of_term.get(&term).map_or(&[], Vec::as_slice),
            part => &[part, None],
        };
        for &part in keys {
            if let Some(postings) = own.get(&(term, part)) {
                visit(postings)?;
            }
        }
        ControlFlow::Continue(())
    };
    // The pairs of a chunk of reports are gathered on every core, and kept
    // chunk by chunk: collecting all of them at once would hold every pair
    // twice while the per-core lists are joined, and one list grown chunk
    // after chunk held it twice while doubling, beside the index.
    const CHUNK: usize = 8192;
    // Made once for the whole run, not for every piece rayon splits off:
    // a search's room is as long as the corpus has reports or terms.
    let states: Vec<Mutex<Search>> = (0..rayon::current_num_threads().max(1))
        .map(|_| Mutex::new(Search::new(vectors, own.class_runs())))
        .collect();
    let mut chunks = Vec::new();
    // Reports are taken in the order of their reaches, not of their
    // documents: neighbours then search the same stretch of each posting
    // list, which stays in the cache, where document order sent every
    // search to a different place in lists far larger than it. Each
    // report's pairs are its own whatever the order.
    let mut order: Vec<u32> = (0..vectors.len() as u32).collect();
    order.sort_unstable_by_key(|&j| (reach[j as usize].first, reach[j as usize].last, j));
    for chunk_order in order.chunks(CHUNK) {
        let chunk: Vec<Pair> = chunk_order
            .par_iter()
            .with_min_len(64)
            .map(|&j| {
                let j = j as usize;
                let thread = rayon::current_thread_index().unwrap_or(0) % states.len();
                let mut state = states[thread]
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner);
                let Search {
                    seen,
                    spread,
                    prefix,
                    scores,
                    hints,
                } = &mut *state;
                spread.set(vectors, j);
                let mut kept = Vec::new();
                // Once `best` pairs score all a cosine can, no other pair
                // can take their place: the search for `j` stops there. A
                // sentence repeated word for word in hundreds of articles
                // (an outlet's background paragraph) is otherwise scored
                // against every copy, which grows as the square of them.
                let mut perfect = 0;
                prefixes.ordered(j, prefix);
                // The squared length of what of `j` is yet to be searched:
                // its prefix terms not yet searched and all past its prefix.
                let whole: f64 = vectors.entries(j).map(|(_, w)| w * w).sum();
                let mut rest = whole;
                for &term in prefix.iter() {
                    // A report first found through this term shares no term
                    // before it with `j` (see `cannot_rise`): once that
                    // leaves it short of the pairs kept, the search stops.
                    if kept.len() >= best && cannot_rise(&kept, best, rest / whole, scores) {
                        break;
                    }
                    let mut visit = |i: u32| {
                        if seen[i as usize] == j as u32 {
                            return ControlFlow::Continue(());
                        }
                        seen[i as usize] = j as u32;
                        if let Some(s) = score(i as usize, j, spread) {
                            kept.push((s, i, j as u32));
                            perfect += usize::from(s >= PERFECT);
                            if perfect >= best {
                                return ControlFlow::Break(());
                            }
                        }
                        ControlFlow::Continue(())
                    };
                    let flow = each_list(j, term, &mut |postings| {
                        postings.each_before(j as u32, reach[j], hints, &mut visit)
                    });
                    if flow.is_break() {
                        break;
                    }
                    let w = vectors.weight(term);
                    rest -= w * w;
                }
                best_of(&mut kept, best);
                kept
            })
            .flatten_iter()
            .map(|(_, i, j)| (i, j))
            .collect();
        chunks.push(chunk);
    }
    drop((states, own, prefixes));
    Found { chunks }
}

/// One thread's room to search for the pairs of one report `j` after
/// another.
struct Search {
    /// Which `j` last reached each `i`, so that a pair sharing several
    /// prefix terms is scored once.
    seen: Vec<u32>,
    /// The vector of `j`, spread for its cosines.
    spread: Spread,
    /// The prefix of `j`, in the global order.
    prefix: Vec<u32>,
    /// Room for the scores of the pairs kept for `j`.
    scores: Vec<f64>,
    /// Where the last search of each class run of the index began (see
    /// [`Postings::each_before`]).
    hints: Vec<u32>,
}

impl Search {
    fn new(vectors: &Vectors, class_runs: usize) -> Search {
        Search {
            seen: vec![u32::MAX; vectors.len()],
            spread: Spread::new(vectors),
            prefix: Vec::new(),
            scores: Vec::new(),
            hints: vec![0; class_runs],
        }
    }
}

/// Whether no report yet to be found for `j` can be among its `best`
/// pairs, given the pairs `kept` so far and `rest`, the share of the squared
/// length of `j` in terms not yet searched.
///
/// Prefix terms are searched in the global order, and a report's terms
/// that come before one of its prefix terms are prefix terms too; so a
/// report first found through a term shares no earlier term with `j`, or
/// it would have been found through that one. Its cosine with `j` is then
/// at most `sqrt(rest)` (Cauchy–Schwarz), and a score below the `best`-th
/// kept, ties included, never displaces one: [`best_of`] keeps the same
/// pairs whether or not it is scored. The bound is widened a little for
/// rounding in the sums.
fn cannot_rise(kept: &[ScoredPair], best: usize, rest: f64, scores: &mut Vec<f64>) -> bool {
    let bound = rest.max(0.0).sqrt() + 1e-9;
    scores.clear();
    scores.extend(kept.iter().map(|&(s, _, _)| s));
    let (_, &mut lowest, _) = scores.select_nth_unstable_by(best - 1, |x, y| y.total_cmp(x));
    bound < lowest
}

/// A pair of reports `i < j` found, before its score is given again.
type Pair = (u32, u32);

/// The pairs [`scored_pairs`] found, a chunk at a time: joined into one
/// list once the index is gone, and once the caller knows how many pairs
/// of its own it adds. Their scores are not held while the index is: a
/// large corpus keeps over a million pairs, and their scores were half of
/// what they held at the peak of merging.
#[derive(Debug)]
pub struct Found {
    chunks: Vec<Vec<Pair>>,
}

impl Found {
    /// The pairs in one list, each with its score `score(i, j)`, which must
    /// be the score [`scored_pairs`]'s `score` gave it; with room for
    /// `more`: a list of millions of pairs grown later is copied, and held
    /// twice while it is. Each chunk is freed as soon as it is scored.
    pub fn join<S>(self, more: usize, score: S) -> Vec<ScoredPair>
    where
        S: Fn(usize, usize) -> f64 + Sync,
    {
        let found = self.chunks.iter().map(Vec::len).sum::<usize>();
        let mut all = Vec::with_capacity(found + more);
        for chunk in self.chunks {
            all.par_extend(
                chunk
                    .par_iter()
                    .map(|&(i, j)| (score(i as usize, j as usize), i, j)),
            );
        }
        all
    }
}

/// The parts that have postings for each term, in ascending order.
fn parts_by_term(index: &Index<'_, (u32, Option<u32>)>) -> HashMap<u32, Vec<Option<u32>>> {
    let mut parts: HashMap<u32, Vec<Option<u32>>> = HashMap::default();
    for &(term, part) in index.lists.keys() {
        parts.entry(term).or_default().push(part);
    }
    parts.values_mut().for_each(|list| list.sort_unstable());
    parts
}

/// A vector in a posting list: where its reach starts, and its index.
/// Where the reach ends is read from the reaches when a search gets that
/// far: a large corpus has over a million postings, and holding the end
/// in each took a tenth of the index's room at the peak of a cold start.
type Member = (i32, u32);

/// The length class of a reach: reaches within a factor of two of one
/// another in length share one.
fn class_of(first: i32, last: i32) -> u32 {
    let length = last.saturating_sub(first).max(0);
    u32::BITS - (length as u32).leading_zeros()
}

/// Where one posting list lies in an [`Index`]'s shared lists.
#[derive(Debug, Clone, Copy)]
struct List {
    /// Its runs of one length class, in `Index::classes`.
    classes: (u32, u32),
    /// Its open members, ajar or wide, in `Index::open` from the first to
    /// the second, then its wide open ones again, up to the third.
    open: (u32, u32, u32),
}

/// The posting lists of every prefix term (under some key: the term, or
/// the term and a part), all in a few flat lists: a large corpus has close
/// to a million prefix terms, and a list and a map entry each took several
/// times what the postings hold.
struct Index<'r, K> {
    lists: HashMap<K, List>,
    /// The reach of every vector, by index: where each member's ends.
    reach: &'r [Reach],
    /// Members of every list, list after list; within a list, by length
    /// class, each class sorted by where its reaches start.
    members: Vec<Member>,
    /// Each class run of each list: the longest reach in it, and where its
    /// members end in `members` (they start where the run before ends, or
    /// at the list's start).
    classes: Vec<(i32, u32, u32)>,
    /// Open members of each list, ascending: first the ajar and wide ones
    /// (all open), then again the wide ones alone.
    open: Vec<u32>,
}

/// Where one list of an [`Index`] lies while it is built: its key, where
/// its members start and end, and where its open members start, its wide
/// open ones start and end.
type Span<K> = (K, u32, u32, (u32, u32, u32));

impl<'r, K: std::hash::Hash + Eq + Copy + Send + Sync> Index<'r, K> {
    /// The postings of every prefix term, each vector `i` filed under
    /// `key(i, term)`. Lists are counted first and then filled in place,
    /// so nothing is held twice and no list grows into spare room.
    fn build(
        prefixes: &Prefixes<'_>,
        reach: &'r [Reach],
        key: impl Fn(usize, u32) -> K,
    ) -> Index<'r, K> {
        debug_assert_eq!(prefixes.len(), reach.len());
        let mut counts: HashMap<K, (u32, u32, u32)> = HashMap::default();
        for (i, r) in reach.iter().enumerate() {
            for term in prefixes.terms(i) {
                let count = counts.entry(key(i, term)).or_default();
                count.0 += 1;
                match r.open {
                    Open::No => {}
                    Open::Ajar => count.1 += 1,
                    Open::Wide => {
                        count.1 += 1;
                        count.2 += 1;
                    }
                }
            }
        }
        // Where each list starts among the members and the open ones.
        let mut at = HashMap::with_capacity_and_hasher(counts.len(), Default::default());
        let (mut members, mut open) = (0u32, 0u32);
        for (k, (n, all_open, wide)) in counts {
            at.insert(k, (members, members, open, open, open + all_open));
            members += n;
            open += all_open + wide;
        }
        let mut index = Index {
            lists: HashMap::with_capacity_and_hasher(at.len(), Default::default()),
            reach,
            members: vec![(0, 0); members as usize],
            classes: Vec::new(),
            open: vec![0; open as usize],
        };
        // Vectors are filed in ascending order, so each open list is.
        for (i, r) in reach.iter().enumerate() {
            for term in prefixes.terms(i) {
                let (_, next, _, open_next, wide_next) =
                    at.get_mut(&key(i, term)).expect("counted");
                index.members[*next as usize] = (r.first, i as u32);
                *next += 1;
                if r.open != Open::No {
                    index.open[*open_next as usize] = i as u32;
                    *open_next += 1;
                }
                if r.open == Open::Wide {
                    index.open[*wide_next as usize] = i as u32;
                    *wide_next += 1;
                }
            }
        }
        // Each list's ends are now where filling stopped.
        let mut spans: Vec<Span<K>> = at
            .into_iter()
            .map(|(k, (start, end, open, wide, wide_end))| (k, start, end, (open, wide, wide_end)))
            .collect();
        spans.sort_unstable_by_key(|s| s.1);
        let mut rest = &mut index.members[..];
        let mut slices = Vec::with_capacity(spans.len());
        for &(_, start, end, _) in &spans {
            let (list, after) = rest.split_at_mut((end - start) as usize);
            slices.push(list);
            rest = after;
        }
        // Each list sorted by class and start, on every core.
        slices.par_iter_mut().for_each(|list| {
            list.sort_unstable_by_key(|&(first, i)| {
                let last = reach[i as usize].last;
                (class_of(first, last), first, last, i)
            });
        });
        drop(slices);
        for (k, start, end, open) in spans {
            let from = index.classes.len() as u32;
            let mut run = start;
            while run < end {
                let (first, i) = index.members[run as usize];
                let class = class_of(first, reach[i as usize].last);
                let mut longest = 0;
                let mut stop = run;
                while stop < end {
                    let (first, i) = index.members[stop as usize];
                    let last = reach[i as usize].last;
                    if class_of(first, last) != class {
                        break;
                    }
                    longest = longest.max(last.saturating_sub(first).max(0));
                    stop += 1;
                }
                index.classes.push((longest, run, stop));
                run = stop;
            }
            let list = List {
                classes: (from, index.classes.len() as u32),
                open,
            };
            index.lists.insert(k, list);
        }
        index.classes.shrink_to_fit();
        index
    }

    /// How many class runs all lists have together.
    fn class_runs(&self) -> usize {
        self.classes.len()
    }

    /// The postings filed under `key`, if any.
    fn get(&self, key: &K) -> Option<Postings<'_>> {
        let list = self.lists.get(key)?;
        let (open, wide, end) = list.open;
        Some(Postings {
            reach: self.reach,
            members: &self.members,
            first_class: list.classes.0 as usize,
            classes: &self.classes[list.classes.0 as usize..list.classes.1 as usize],
            open: &self.open[open as usize..wide as usize],
            wide: &self.open[wide as usize..end as usize],
        })
    }
}

/// One posting list of an [`Index`]: the vectors found by their reach,
/// grouped by the length of their reach (within a factor of two), each
/// group sorted by where it starts, so the ones overlapping a reach are a
/// short run of each group; the open ones are also listed apart, ascending.
struct Postings<'a> {
    /// The reach of every vector, by index.
    reach: &'a [Reach],
    members: &'a [Member],
    /// Where the list's class runs start among all the index's.
    first_class: usize,
    /// The list's class runs: the longest reach of each, and where its
    /// members start and end in `members`.
    classes: &'a [(i32, u32, u32)],
    /// The open members, ajar or wide.
    open: &'a [u32],
    /// The wide open members.
    wide: &'a [u32],
}

impl Postings<'_> {
    /// Calls `found(i)` for each `i < j` whose reach meets `reach`; some
    /// `i` more than once.
    /// Stops as soon as `found` says so. `hints` holds, for every class
    /// run of the index, where a search of it last began: the next one is
    /// looked for from there.
    fn each_before(
        &self,
        j: u32,
        reach: Reach,
        hints: &mut [u32],
        mut found: impl FnMut(u32) -> ControlFlow<()>,
    ) -> ControlFlow<()> {
        let hints = &mut hints[self.first_class..self.first_class + self.classes.len()];
        for (&(longest, start, end), hint) in self.classes.iter().zip(hints) {
            let members = &self.members[start as usize..end as usize];
            // A member starting before this cannot last into `reach`.
            let earliest = reach.first.saturating_sub(longest);
            let start =
                partition_point_near(members, *hint as usize, |&(first, _)| first < earliest);
            *hint = start as u32;
            for &(first, i) in &members[start..] {
                if first > reach.last {
                    break;
                }
                if i < j && self.reach[i as usize].last >= reach.first {
                    found(i)?;
                }
            }
        }
        let beyond = match reach.open {
            Open::No => return ControlFlow::Continue(()),
            Open::Ajar => self.wide,
            Open::Wide => self.open,
        };
        // Ascending: the part before `j` is `i < j`.
        let before = &beyond[..beyond.partition_point(|&i| i < j)];
        before.iter().try_for_each(|&i| found(i))
    }
}

/// The same as `list.partition_point(pred)`, found by searching outward
/// from `hint`, in steps that double, and then by halves.
///
/// Reports are searched in the order of their reaches, so a thread's next
/// search of a posting list begins at or just after where its last one
/// did: a few steps from there, where a search by halves of the whole list
/// (hundreds of members, thousands for a common term) read memory far from
/// the last at each step. On 10,000 articles merging took a fifth less.
fn partition_point_near<T>(list: &[T], hint: usize, pred: impl Fn(&T) -> bool) -> usize {
    let hint = hint.min(list.len());
    let mut bound = 1;
    if hint < list.len() && pred(&list[hint]) {
        // The point is after `hint`: `pred` holds up to `hint + bound / 2`.
        while hint + bound < list.len() && pred(&list[hint + bound]) {
            bound *= 2;
        }
        let low = hint + bound / 2 + 1;
        let high = (hint + bound).min(list.len());
        low + list[low..high].partition_point(pred)
    } else {
        // The point is at or before `hint`: `pred` fails from
        // `hint - bound / 2` on.
        while bound <= hint && !pred(&list[hint - bound]) {
            bound *= 2;
        }
        let low = if bound <= hint { hint - bound + 1 } else { 0 };
        let high = hint - bound / 2;
        low + list[low..high].partition_point(pred)
    }
}

/// Keeps the `best` highest-scoring of one report's pairs (ties to the
/// lower `i`): a happening told by hundreds of articles is still joined
/// whole through each report's best matches, without all its pairs.
pub fn best_of(pairs: &mut Vec<ScoredPair>, best: usize) {
    if pairs.len() > best {
        pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        pairs.truncate(best);
    }
}

/// The prefix of every vector (see the module comment), held as where it
/// ends rather than as its terms: a prefix is every term of its vector that
/// comes before a cut in the one global order, so one key per vector gives
/// it back. Listing the terms of every prefix held as many numbers as the
/// index has postings, beside the index, at the peak of a cold start.
struct Prefixes<'a> {
    vectors: &'a Vectors,
    /// How many vectors hold each term: the global order is rarest first,
    /// then by number.
    frequency: Vec<u32>,
    /// For each vector, the key of the first of its terms past its prefix
    /// (its place in the global order, see [`Prefixes::key`]), or
    /// `u64::MAX` when the prefix is the whole vector.
    cuts: Vec<u64>,
}

impl<'a> Prefixes<'a> {
    /// The prefixes of `vectors` for cosines of at least `floor`.
    fn new(vectors: &'a Vectors, floor: f64) -> Prefixes<'a> {
        let mut frequency = vec![0u32; vectors.term_count()];
        for i in 0..vectors.len() {
            for &term in vectors.terms(i) {
                frequency[term as usize] += 1;
            }
        }
        let mut prefixes = Prefixes {
            vectors,
            frequency,
            cuts: Vec::new(),
        };
        prefixes.cuts = (0..vectors.len())
            .into_par_iter()
            .map_init(Vec::new, |ordered, i| prefixes.cut(i, floor, ordered))
            .collect();
        prefixes
    }

    fn len(&self) -> usize {
        self.cuts.len()
    }

    /// Where `term` comes in the global order: rarer first, then by number.
    fn key(&self, term: u32) -> u64 {
        (u64::from(self.frequency[term as usize]) << 32) | u64::from(term)
    }

    /// The cut of vector `i`'s prefix: the shortest run of its leading
    /// terms after which the rest, normalised, is shorter than `floor`.
    fn cut(&self, i: usize, floor: f64, ordered: &mut Vec<(u64, f64)>) -> u64 {
        ordered.clear();
        ordered.extend(self.vectors.entries(i).map(|(t, w)| (self.key(t), w)));
        ordered.sort_unstable_by_key(|&(key, _)| key);
        let norm_squared: f64 = ordered.iter().map(|(_, w)| w * w).sum();
        if norm_squared == 0.0 {
            // No term comes before this: the prefix is empty.
            return 0;
        }
        // A hair under the floor, so that rounding in the norms can only
        // make a prefix longer, never drop a pair that reaches the floor.
        let bound = floor * (1.0 - 1e-9);
        let limit = bound * bound * norm_squared;
        // Walk back from the end while the rest stays under the bound.
        let mut rest = 0.0;
        let mut length = ordered.len();
        while length > 0 {
            let (_, w) = ordered[length - 1];
            if rest + w * w >= limit {
                break;
            }
            rest += w * w;
            length -= 1;
        }
        ordered.get(length).map_or(u64::MAX, |&(key, _)| key)
    }

    /// The prefix terms of vector `i`, by number.
    fn terms(&self, i: usize) -> impl Iterator<Item = u32> + '_ {
        let cut = self.cuts[i];
        self.vectors
            .terms(i)
            .iter()
            .copied()
            .filter(move |&t| self.key(t) < cut)
    }

    /// The prefix terms of vector `i` into `out`, in the global order.
    fn ordered(&self, i: usize, out: &mut Vec<u32>) {
        out.clear();
        out.extend(self.terms(i));
        out.sort_unstable_by_key(|&t| self.key(t));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Vectors as merging builds them: `(term, weight)`, sorted by term,
    /// each term once, every weight positive, a term weighing the same in
    /// every vector.
    type Vector = Vec<(u32, f64)>;

    /// The vectors in an arena, each term weighing what the vectors say.
    fn arena(vectors: &[Vector]) -> Vectors {
        let entries = || vectors.iter().flatten();
        let count = entries().map(|&(t, _)| t as usize + 1).max().unwrap_or(0);
        let mut weights = vec![1.0; count];
        for &(term, weight) in entries() {
            weights[term as usize] = weight;
        }
        let mut arena = Vectors::new(weights);
        for v in vectors {
            let terms: Vec<u32> = v.iter().map(|&(t, _)| t).collect();
            arena.push(&terms);
        }
        arena
    }

    fn cosine(a: &Vector, b: &Vector) -> f64 {
        let dot: f64 = a
            .iter()
            .filter_map(|(t, w)| b.iter().find(|(u, _)| u == t).map(|(_, v)| w * v))
            .sum();
        let norm = |v: &Vector| v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
        dot / (norm(a) * norm(b))
    }

    #[test]
    fn a_search_from_a_hint_finds_what_a_search_by_halves_finds() {
        let list: Vec<i32> = [0, 0, 1, 3, 3, 3, 4, 7, 7, 9, 12, 12, 12, 12, 15]
            .into_iter()
            .collect();
        for len in 0..=list.len() {
            let list = &list[..len];
            for below in -1..=16 {
                let expected = list.partition_point(|&x| x < below);
                for hint in 0..=len + 2 {
                    assert_eq!(
                        partition_point_near(list, hint, |&x| x < below),
                        expected,
                        "{list:?} below {below} from {hint}"
                    );
                }
            }
        }
    }

    #[test]
    fn finds_every_pair_that_reaches_the_floor() {
        // Small vocabularies over many vectors: many shared terms, so the
        // prefixes are really tested.
        let mut state = 17u64;
        let mut next = move |n: u64| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) % n
        };
        let weights: Vec<f64> = (0..40).map(|_| 1.0 + next(5) as f64).collect();
        let vectors: Vec<Vector> = (0..300)
            .map(|_| {
                let mut v: Vector = (0..1 + next(8))
                    .map(|_| next(40) as u32)
                    .map(|t| (t, weights[t as usize]))
                    .collect();
                v.sort_by_key(|&(t, _)| t);
                v.dedup_by_key(|&mut (t, _)| t);
                v
            })
            .collect();
        for floor in [0.3, 0.45, 0.8] {
            let parts: Vec<Option<u32>> = (0..vectors.len())
                .map(|i| (i % 3 != 0).then_some((i % 2) as u32))
                .collect();
            let everywhere = vec![Reach::EVERYWHERE; vectors.len()];
            let mut found = scored_pairs(
                &arena(&vectors),
                &parts,
                &everywhere,
                floor,
                usize::MAX,
                |i, j, _| {
                    let s = cosine(&vectors[i], &vectors[j]);
                    (s >= floor).then_some(s)
                },
            )
            .join(0, |i, j| cosine(&vectors[i], &vectors[j]));
            found.sort_by_key(|&(_, i, j)| (i, j));
            let found: Vec<(f64, usize, usize)> = found
                .into_iter()
                .map(|(s, i, j)| (s, i as usize, j as usize))
                .collect();
            let mut all = Vec::new();
            for i in 0..vectors.len() {
                for j in i + 1..vectors.len() {
                    let s = cosine(&vectors[i], &vectors[j]);
                    let apart = matches!((parts[i], parts[j]), (Some(x), Some(y)) if x != y);
                    if s >= floor && !apart {
                        all.push((s, i, j));
                    }
                }
            }
            assert!(!all.is_empty());
            assert_eq!(found, all, "floor {floor}");
        }
    }

    #[test]
    fn a_vector_without_terms_is_never_paired() {
        let vectors = vec![vec![], vec![(0, 1.0)], vec![(0, 1.0)]];
        let everywhere = [Reach::EVERYWHERE; 3];
        let found = scored_pairs(
            &arena(&vectors),
            &[None, None, Some(1)],
            &everywhere,
            0.3,
            usize::MAX,
            |_, _, _| Some(1.0),
        )
        .join(0, |_, _| 1.0);
        assert_eq!(found, vec![(1.0, 1u32, 2u32)]);
    }

    #[test]
    fn pairs_whose_reaches_meet_are_found_and_no_others() {
        let mut state = 5u64;
        let mut next = move |n: u64| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) % n
        };
        // Days, months, years and reports reaching a year back, some open.
        let reach: Vec<Reach> = (0..400)
            .map(|_| {
                let first = next(3000) as i32;
                let length = [0, 0, 30, 365, 731][next(5) as usize];
                Reach {
                    first,
                    last: first + length,
                    open: [Open::No, Open::No, Open::Ajar, Open::Wide][next(4) as usize],
                }
            })
            .collect();
        let vectors: Vec<Vector> = (0..reach.len())
            .map(|i| vec![((i % 3) as u32, 1.0)])
            .collect();
        let parts = vec![None; vectors.len()];
        let mut found: Vec<(u32, u32)> = scored_pairs(
            &arena(&vectors),
            &parts,
            &reach,
            0.3,
            usize::MAX,
            |_, _, _| Some(1.0),
        )
        .join(0, |_, _| 1.0)
        .into_iter()
        .map(|(_, i, j)| (i, j))
        .collect();
        found.sort_unstable();
        let mut all = Vec::new();
        for j in 0..reach.len() {
            for i in 0..j {
                let (a, b) = (reach[i], reach[j]);
                let overlap = a.first <= b.last && b.first <= a.last;
                let beyond = matches!(
                    (a.open, b.open),
                    (Open::Wide, Open::Ajar | Open::Wide) | (Open::Ajar, Open::Wide)
                );
                if i % 3 == j % 3 && (overlap || beyond) {
                    all.push((i as u32, j as u32));
                }
            }
        }
        assert!(
            all.len() > 1000 && all.len() < 400 * 399 / 6,
            "{}",
            all.len()
        );
        all.sort_unstable();
        assert!(
            found == all,
            "{} pairs found, {} expected",
            found.len(),
            all.len()
        );
    }

    /// Reports dated every way: by a day, a month or a year of their own,
    /// by their publication or roughly by their story; deeds and statements. Whenever merging
    /// takes two of them to agree in date, their reaches meet.
    #[test]
    fn reports_whose_dates_agree_are_within_reach() {
        use super::super::{dates_agree, keys_of, reach};
        use crate::extract::candidates::Candidate;
        use crate::model::EventDate;

        let meet = |a: Reach, b: Reach| {
            (a.first <= b.last && b.first <= a.last)
                || matches!(
                    (a.open, b.open),
                    (Open::Wide, Open::Ajar | Open::Wide) | (Open::Ajar, Open::Wide)
                )
        };
        let mut dates = Vec::new();
        for year in 2021..=2023 {
            dates.push(EventDate::year(year));
            for month in [1, 2, 6, 12] {
                dates.push(EventDate::month(year, month).unwrap());
                for day in [1, 3, 9, 28] {
                    dates.push(EventDate::day(year, month, day).unwrap());
                }
            }
        }
        let mut reports = Vec::new();
        for (n, &date) in dates.iter().enumerate() {
            for (approximate, rough, placed) in [
                (false, false, false),
                (true, false, false),
                (true, true, false),
                (true, false, true),
            ] {
                if (rough || placed) && date.day_value().is_none() {
                    continue;
                }
                for speech in [false, true] {
                    reports.push(Candidate {
                        document: format!("d{n}"),
                        sentence: 0..10,
                        date,
                        approximate,
                        rough,
                        placed,
                        actors: vec![],
                        subject: None,
                        joint: vec![],
                        topics: vec![],
                        title: String::new(),
                        terms: vec![],
                        speech,
                        named: vec![],
                        anchor: None,
                        names_happening: false,
                        quotation: false,
                        listed: false,
                        refers_back: false,
                        adds: false,
                        tells_ahead: None,
                    });
                }
            }
        }
        let reports = crate::extract::reports::Reports::of(&reports).list;
        let keys = keys_of(&reports);
        let mut agreeing = 0;
        for (a, a_key) in reports.iter().zip(&keys) {
            for (b, b_key) in reports.iter().zip(&keys) {
                if dates_agree(a_key, b_key) {
                    agreeing += 1;
                    assert!(meet(reach(a), reach(b)), "{a:?}\n{b:?}");
                }
            }
        }
        assert!(agreeing > reports.len() * 10, "{agreeing}");
    }
}
