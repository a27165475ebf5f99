//! The term vectors merging compares reports by, all in one arena.
//!
//! A large corpus has a hundred thousand reports and more, each with a
//! vector of a dozen or two terms: as a list each, they took an allocation
//! per report and 16 bytes per term (an index widened to `usize` beside its
//! weight). Here every vector's terms lie end to end in one list, as `u32`.
//! A term weighs the same in every vector (its rarity, and whether it names
//! a kind of happening), so its weight is kept once, in a table by term,
//! rather than beside each of its millions of uses. Each vector's norm is
//! worked out once, since blocking compares a report with many others and
//! the norm was most of the cost of a comparison. Cosines are summed in the
//! same order, operand for operand, as over separate lists of `(term,
//! weight)`, so every score is the same to the bit.

use rayon::prelude::*;

/// Sparse vectors: terms sorted ascending, each term once, weighed by a
/// table of positive weights by term.
#[derive(Debug, Clone)]
pub struct Vectors {
    /// Where each vector starts in `terms`, and where the last ends: one
    /// more than there are vectors.
    starts: Vec<u32>,
    terms: Vec<u32>,
    /// The weight of each term, by term.
    weights: Vec<f64>,
    /// The Euclidean norm of each vector.
    norms: Vec<f64>,
}

impl Vectors {
    /// No vectors yet, over terms weighing `weights` (by term).
    #[cfg(test)]
    pub fn new(weights: Vec<f64>) -> Vectors {
        Vectors {
            starts: vec![0],
            terms: Vec::new(),
            weights,
            norms: Vec::new(),
        }
    }

    /// The vectors of terms `terms(i)` for `i` in `0..count` (ascending,
    /// each once, each below the length of `weights`), worked out on every
    /// core.
    pub fn build<F>(weights: Vec<f64>, count: usize, terms: F) -> Vectors
    where
        F: Fn(usize, &mut Vec<u32>) + Sync,
    {
        let (starts, terms) = end_to_end(count, terms);
        let mut all = Vectors {
            starts,
            terms,
            weights,
            norms: Vec::new(),
        };
        all.norms = (0..count)
            .into_par_iter()
            .map(|i| all.norm_of(all.terms(i)))
            .collect();
        all
    }

    /// Adds a vector at the end: `terms` ascending, each once. What
    /// [`Vectors::build`] does a chunk at a time, to test it by.
    #[cfg(test)]
    pub fn push(&mut self, terms: &[u32]) {
        self.norms.push(self.norm_of(terms));
        self.terms.extend_from_slice(terms);
        self.starts.push(self.terms.len() as u32);
    }

    /// The norm of a vector of `terms`.
    fn norm_of(&self, terms: &[u32]) -> f64 {
        norm(terms.iter().map(|&t| self.weight(t)))
    }

    pub fn len(&self) -> usize {
        self.norms.len()
    }

    /// The terms of vector `i`, ascending.
    pub fn terms(&self, i: usize) -> &[u32] {
        &self.terms[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    /// The weight of `term`, in every vector that holds it.
    pub fn weight(&self, term: u32) -> f64 {
        self.weights[term as usize]
    }

    /// The terms of vector `i` with their weights, ascending.
    pub fn entries(&self, i: usize) -> impl Iterator<Item = (u32, f64)> + '_ {
        self.terms(i).iter().map(|&t| (t, self.weight(t)))
    }

    /// How many terms there are: every term is below it.
    pub fn term_count(&self) -> usize {
        self.weights.len()
    }

    /// The cosine of vectors `i` and `j`, as [`cosine_with`] gives it for
    /// their terms and weights.
    pub fn cosine(&self, i: usize, j: usize) -> f64 {
        let (na, nb) = (self.norms[i], self.norms[j]);
        if na == 0.0 || nb == 0.0 {
            return 0.0;
        }
        let (a, b) = (self.terms(i), self.terms(j));
        let (mut x, mut y, mut dot) = (0, 0, 0.0);
        while x < a.len() && y < b.len() {
            match a[x].cmp(&b[y]) {
                std::cmp::Ordering::Less => x += 1,
                std::cmp::Ordering::Greater => y += 1,
                std::cmp::Ordering::Equal => {
                    let weight = self.weight(a[x]);
                    dot += weight * weight;
                    x += 1;
                    y += 1;
                }
            }
        }
        dot / (na * nb)
    }
}

/// The lists `list(i)` for `i` in `0..count`, worked out on every core and
/// laid end to end in one list: where each starts, and where the last ends
/// (one more than there are lists), and their items.
///
/// Each list is worked out twice: once to count its items, once to write
/// them in their place in the one list, sized exactly. Lists built per core
/// and then joined held every item twice at the end, and left the memory
/// of the parts behind; working a list out again costs less than that.
fn end_to_end<F>(count: usize, list: F) -> (Vec<u32>, Vec<u32>)
where
    F: Fn(usize, &mut Vec<u32>) + Sync,
{
    let lengths: Vec<u32> = (0..count)
        .into_par_iter()
        .map_init(Vec::new, |scratch, i| {
            scratch.clear();
            list(i, scratch);
            scratch.len() as u32
        })
        .collect();
    let mut starts = Vec::with_capacity(count + 1);
    starts.push(0);
    let mut end = 0;
    for length in lengths {
        end += length;
        starts.push(end);
    }
    let mut items = vec![0; end as usize];
    // Written a chunk of lists at a time, each chunk into its own stretch.
    const CHUNK: usize = 4096;
    let mut stretches = Vec::with_capacity(count.div_ceil(CHUNK));
    let mut rest = items.as_mut_slice();
    for chunk in 0..count.div_ceil(CHUNK) {
        let (first, last) = (chunk * CHUNK, count.min((chunk + 1) * CHUNK));
        let length = (starts[last] - starts[first]) as usize;
        let (stretch, after) = std::mem::take(&mut rest).split_at_mut(length);
        stretches.push((first..last, stretch));
        rest = after;
    }
    stretches.into_par_iter().for_each(|(lists, stretch)| {
        let mut scratch = Vec::new();
        let mut at = 0;
        for i in lists {
            scratch.clear();
            list(i, &mut scratch);
            stretch[at..at + scratch.len()].copy_from_slice(&scratch);
            at += scratch.len();
        }
    });
    (starts, items)
}

/// One vector's terms laid out by term, to compare it with many others:
/// blocking compares each report with the many reports found through its
/// terms, and a lookup per term of the other is cheaper than walking both
/// lists side by side, whose every step is a branch that cannot be
/// predicted. What is laid out is each term's product with itself, the
/// product a cosine adds for a term both vectors hold (a term weighs the
/// same in every vector): the other vector's weights need not be looked up
/// at all. Products are summed in the same order as [`cosine_with`] sums
/// them, so every score is the same to the bit.
#[derive(Debug)]
pub struct Spread {
    /// The squared weight of each term of the vector spread, zero for the
    /// others.
    squares: Vec<f64>,
    /// The vector spread, if any.
    of: Option<usize>,
}

impl Spread {
    /// Room for the terms of `vectors`, with no vector spread yet.
    pub fn new(vectors: &Vectors) -> Spread {
        Spread {
            squares: vec![0.0; vectors.term_count()],
            of: None,
        }
    }

    /// Spreads vector `j`, in place of the one spread before.
    pub fn set(&mut self, vectors: &Vectors, j: usize) {
        if let Some(before) = self.of.take() {
            for &term in vectors.terms(before) {
                self.squares[term as usize] = 0.0;
            }
        }
        for (term, weight) in vectors.entries(j) {
            self.squares[term as usize] = weight * weight;
        }
        self.of = Some(j);
    }

    /// The cosine of vector `i` and the vector spread, as
    /// [`Vectors::cosine`] gives it.
    pub fn cosine(&self, vectors: &Vectors, i: usize) -> f64 {
        let Some(j) = self.of else {
            return 0.0;
        };
        let (na, nb) = (vectors.norms[i], vectors.norms[j]);
        if na == 0.0 || nb == 0.0 {
            return 0.0;
        }
        // A term the spread vector lacks adds zero, which leaves a sum of
        // positive products as it was.
        let mut dot = 0.0;
        for &term in vectors.terms(i) {
            dot += self.squares[term as usize];
        }
        dot / (na * nb)
    }
}

/// The Euclidean norm of a vector's weights.
pub fn norm(weights: impl Iterator<Item = f64>) -> f64 {
    weights.map(|w| w * w).sum::<f64>().sqrt()
}

/// The cosine of two vectors given as terms, weights and norm.
pub fn cosine_with(a: (&[u32], &[f64], f64), b: (&[u32], &[f64], f64)) -> f64 {
    let ((a_terms, a_weights, na), (b_terms, b_weights, nb)) = (a, b);
    if na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a_terms.len() && j < b_terms.len() {
        match a_terms[i].cmp(&b_terms[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a_weights[i] * b_weights[j];
                i += 1;
                j += 1;
            }
        }
    }
    dot / (na * nb)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Weights by term, unlike one another in their last bits.
    fn weights(count: usize) -> Vec<f64> {
        (0..count)
            .map(|t| 0.1 + (t * 7 + 3) as f64 / 13.0)
            .collect()
    }

    #[test]
    fn built_in_chunks_or_pushed_one_by_one_the_vectors_are_the_same() {
        let terms = |i: usize, out: &mut Vec<u32>| {
            out.extend((0..(i % 5) as u32).map(|t| t * 3 + (i % 2) as u32));
        };
        let built = Vectors::build(weights(20), 9000, terms);
        let mut pushed = Vectors::new(weights(20));
        let mut scratch = Vec::new();
        for i in 0..9000 {
            scratch.clear();
            terms(i, &mut scratch);
            pushed.push(&scratch);
        }
        assert_eq!(built.len(), 9000);
        for i in 0..9000 {
            assert_eq!(built.terms(i), pushed.terms(i));
            assert_eq!(built.norms[i].to_bits(), pushed.norms[i].to_bits());
        }
        assert_eq!(built.cosine(1, 2), 0.0, "no term in common");
        assert_eq!(built.cosine(0, 3), 0.0, "an empty vector is like none");
        assert!((built.cosine(3, 13) - 1.0).abs() > 0.0);
        assert!((built.cosine(4, 4) - 1.0).abs() < 1e-12);
        assert_eq!(Vectors::build(weights(3), 0, terms).len(), 0);
    }

    #[test]
    fn cosines_are_those_of_lists_of_terms_and_weights_to_the_bit() {
        let terms = |i: usize, out: &mut Vec<u32>| {
            out.extend((0..(i % 7) as u32).map(|t| t * 2 + (i % 3) as u32));
        };
        let vectors = Vectors::build(weights(20), 300, terms);
        // Each vector as a list of its own: terms beside their weights.
        let lists: Vec<(Vec<u32>, Vec<f64>)> = (0..vectors.len())
            .map(|i| vectors.entries(i).unzip())
            .collect();
        let list = |i: usize| {
            let (terms, weights) = &lists[i];
            let norm = weights.iter().map(|w| w * w).sum::<f64>().sqrt();
            (terms.as_slice(), weights.as_slice(), norm)
        };
        let mut spread = Spread::new(&vectors);
        for j in 0..vectors.len() {
            spread.set(&vectors, j);
            for i in 0..vectors.len() {
                let cosine = vectors.cosine(i, j).to_bits();
                assert_eq!(cosine, cosine_with(list(i), list(j)).to_bits(), "{i} {j}");
                assert_eq!(spread.cosine(&vectors, i).to_bits(), cosine, "{i} {j}");
            }
        }
    }
}
