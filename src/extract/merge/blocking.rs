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
//!
//! The caller's predicate decides each found pair exactly as it would have
//! in a loop over all pairs, so the result is the same, only cheaper.

use std::collections::HashMap;

use rayon::prelude::*;

/// A pair of reports `i < j` and their score. Indices are `u32`, since a
/// large corpus has millions of pairs that pass: it halves their memory.
pub type ScoredPair = (f64, u32, u32);

/// Vectors as merging builds them: `(term, weight)`, sorted by term, each
/// term once, every weight positive.
pub type Vector = Vec<(usize, f64)>;

/// Calls `score(i, j)` (with `i < j`) for every pair of `vectors` whose
/// cosine can reach `floor` and whose `parts` do not differ, and for some
/// others; never misses one of those. `parts` sorts vectors into parts that
/// can never merge with one another (`None`: may merge with any part).
/// Returns the pairs `score` kept, as `(score, i, j)`, in no particular
/// order, at most `best` for each `j`: its best-scoring ones (see
/// [`best_of`]). Pairs are scored in parallel.
pub fn scored_pairs<F>(
    vectors: &[Vector],
    parts: &[Option<u32>],
    floor: f64,
    best: usize,
    score: F,
) -> Vec<ScoredPair>
where
    F: Fn(usize, usize) -> Option<f64> + Sync,
{
    let prefixes = prefixes(vectors, floor);
    // A vector in part `p` looks only at its part's postings and at those of
    // vectors in no part; a vector in no part looks at every posting.
    let mut every: HashMap<usize, Vec<u32>> = HashMap::new();
    let mut own: HashMap<(usize, Option<u32>), Vec<u32>> = HashMap::new();
    for (i, prefix) in prefixes.iter().enumerate() {
        for &term in prefix {
            every.entry(term).or_default().push(i as u32);
            own.entry((term, parts[i])).or_default().push(i as u32);
        }
    }
    fn get(list: Option<&Vec<u32>>) -> &[u32] {
        list.map_or(&[], Vec::as_slice)
    }
    let lists = |j: usize, term: usize| -> [&[u32]; 2] {
        match parts[j] {
            None => [get(every.get(&term)), &[]],
            part => [get(own.get(&(term, part))), get(own.get(&(term, None)))],
        }
    };
    // Lists are ascending: the part before `j` is `i < j`.
    fn before(list: &[u32], j: usize) -> &[u32] {
        &list[..list.partition_point(|&i| (i as usize) < j)]
    }
    (0..vectors.len())
        .into_par_iter()
        .with_min_len(64)
        .map_init(
            // Per worker: which `i` last reached each `j`, so that a pair
            // sharing several prefix terms is scored once.
            || vec![u32::MAX; vectors.len()],
            |seen, j| {
                let mut kept = Vec::new();
                for &term in &prefixes[j] {
                    let [first, second] = lists(j, term);
                    for &i in before(first, j).iter().chain(before(second, j)) {
                        if seen[i as usize] == j as u32 {
                            continue;
                        }
                        seen[i as usize] = j as u32;
                        if let Some(s) = score(i as usize, j) {
                            kept.push((s, i, j as u32));
                        }
                    }
                }
                best_of(&mut kept, best);
                kept
            },
        )
        .flatten_iter()
        .collect()
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

/// The prefix terms of each vector (see the module comment).
fn prefixes(vectors: &[Vector], floor: f64) -> Vec<Vec<usize>> {
    let terms = vectors
        .iter()
        .flatten()
        .map(|&(t, _)| t + 1)
        .max()
        .unwrap_or(0);
    let mut frequency = vec![0u32; terms];
    for &(term, _) in vectors.iter().flatten() {
        frequency[term] += 1;
    }
    // A hair under the floor, so that rounding in the norms can only make
    // a prefix longer, never drop a pair that reaches the floor.
    let bound = floor * (1.0 - 1e-9);
    vectors
        .par_iter()
        .map(|vector| {
            let mut ordered: Vec<(usize, f64)> = vector.clone();
            ordered.sort_by_key(|&(term, _)| (frequency[term], term));
            let norm_squared: f64 = ordered.iter().map(|(_, w)| w * w).sum();
            if norm_squared == 0.0 {
                return Vec::new();
            }
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
            ordered[..length].iter().map(|&(term, _)| term).collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cosine(a: &Vector, b: &Vector) -> f64 {
        let dot: f64 = a
            .iter()
            .filter_map(|(t, w)| b.iter().find(|(u, _)| u == t).map(|(_, v)| w * v))
            .sum();
        let norm = |v: &Vector| v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
        dot / (norm(a) * norm(b))
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
        let vectors: Vec<Vector> = (0..300)
            .map(|_| {
                let mut v: Vector = (0..1 + next(8))
                    .map(|_| (next(40) as usize, 1.0 + next(5) as f64))
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
            let mut found = scored_pairs(&vectors, &parts, floor, usize::MAX, |i, j| {
                let s = cosine(&vectors[i], &vectors[j]);
                (s >= floor).then_some(s)
            });
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
        let found = scored_pairs(&vectors, &[None, None, Some(1)], 0.3, usize::MAX, |_, _| {
            Some(1.0)
        });
        assert_eq!(found, vec![(1.0, 1u32, 2u32)]);
    }
}
