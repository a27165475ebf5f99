//! The term vectors merging compares reports by, all in one arena.
//!
//! A large corpus has a hundred thousand reports and more, each with a
//! vector of a dozen or two terms: as a list each, they took an allocation
//! per report and 16 bytes per term (an index widened to `usize` beside its
//! weight). Here every vector's terms and weights lie end to end in two
//! lists, terms as `u32`, and each vector's norm is worked out once, since
//! blocking compares a report with many others and the norm was most of the
//! cost of a comparison. Cosines are summed in the same order, operand for
//! operand, as over separate lists, so every score is the same to the bit.

use rayon::prelude::*;

/// Sparse vectors: `(term, weight)` sorted by term, each term once, every
/// weight positive.
#[derive(Debug, Default, Clone)]
pub struct Vectors {
    /// Where each vector starts in `terms` and `weights`, and where the last
    /// ends: one more than there are vectors.
    starts: Vec<u32>,
    terms: Vec<u32>,
    weights: Vec<f64>,
    /// The Euclidean norm of each vector.
    norms: Vec<f64>,
}

impl Vectors {
    /// The vectors `vector(i)` for `i` in `0..count`, worked out on every
    /// core a chunk at a time, in order.
    pub fn build<F>(count: usize, vector: F) -> Vectors
    where
        F: Fn(usize, &mut Vec<(u32, f64)>) + Sync,
    {
        // Chunks keep the lists a worker builds long, so that joining them
        // is a few copies rather than one per vector.
        const CHUNK: usize = 4096;
        let chunks: Vec<Vectors> = (0..count.div_ceil(CHUNK))
            .into_par_iter()
            .map(|chunk| {
                let mut part = Vectors::default();
                let mut scratch = Vec::new();
                for i in chunk * CHUNK..count.min((chunk + 1) * CHUNK) {
                    scratch.clear();
                    vector(i, &mut scratch);
                    part.push(&scratch);
                }
                part
            })
            .collect();
        let entries = chunks.iter().map(|c| c.terms.len()).sum();
        let mut all = Vectors {
            starts: Vec::with_capacity(count + 1),
            terms: Vec::with_capacity(entries),
            weights: Vec::with_capacity(entries),
            norms: Vec::with_capacity(count),
        };
        all.starts.push(0);
        for chunk in chunks {
            let offset = all.terms.len() as u32;
            all.starts
                .extend(chunk.starts.iter().skip(1).map(|&s| s + offset));
            all.terms.extend_from_slice(&chunk.terms);
            all.weights.extend_from_slice(&chunk.weights);
            all.norms.extend_from_slice(&chunk.norms);
        }
        all
    }

    /// Adds a vector at the end.
    pub fn push(&mut self, vector: &[(u32, f64)]) {
        if self.starts.is_empty() {
            self.starts.push(0);
        }
        self.terms.extend(vector.iter().map(|&(t, _)| t));
        self.weights.extend(vector.iter().map(|&(_, w)| w));
        self.starts.push(self.terms.len() as u32);
        self.norms
            .push(norm(&self.weights[self.weights.len() - vector.len()..]));
    }

    pub fn len(&self) -> usize {
        self.norms.len()
    }

    /// The terms of vector `i`, ascending.
    pub fn terms(&self, i: usize) -> &[u32] {
        &self.terms[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    /// The weights of vector `i`, in the order of its terms.
    pub fn weights(&self, i: usize) -> &[f64] {
        &self.weights[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    /// The largest term of any vector, plus one.
    pub fn term_count(&self) -> usize {
        self.terms
            .iter()
            .map(|&t| t as usize + 1)
            .max()
            .unwrap_or(0)
    }

    /// The cosine of vectors `i` and `j`.
    pub fn cosine(&self, i: usize, j: usize) -> f64 {
        cosine_with(
            (self.terms(i), self.weights(i), self.norms[i]),
            (self.terms(j), self.weights(j), self.norms[j]),
        )
    }
}

/// One vector's weights laid out by term, to compare it with many others:
/// blocking compares each report with the many reports found through its
/// terms, and a lookup per term of the other is cheaper than walking both
/// lists side by side, whose every step is a branch that cannot be
/// predicted. Products are summed in the same order as [`cosine_with`]
/// sums them, so every score is the same to the bit.
#[derive(Debug)]
pub struct Spread {
    /// The weight of each term in the vector spread, zero for the others.
    weights: Vec<f64>,
    /// The vector spread, if any.
    of: Option<usize>,
}

impl Spread {
    /// Room for the terms of `vectors`, with no vector spread yet.
    pub fn new(vectors: &Vectors) -> Spread {
        Spread {
            weights: vec![0.0; vectors.term_count()],
            of: None,
        }
    }

    /// Spreads vector `j`, in place of the one spread before.
    pub fn set(&mut self, vectors: &Vectors, j: usize) {
        if let Some(before) = self.of.take() {
            for &term in vectors.terms(before) {
                self.weights[term as usize] = 0.0;
            }
        }
        for (&term, &weight) in vectors.terms(j).iter().zip(vectors.weights(j)) {
            self.weights[term as usize] = weight;
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
        // A term the spread vector lacks adds a product of zero, which
        // leaves a sum of positive products as it was.
        let mut dot = 0.0;
        for (&term, &weight) in vectors.terms(i).iter().zip(vectors.weights(i)) {
            dot += weight * self.weights[term as usize];
        }
        dot / (na * nb)
    }
}

/// The Euclidean norm of a vector's weights.
pub fn norm(weights: &[f64]) -> f64 {
    weights.iter().map(|w| w * w).sum::<f64>().sqrt()
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

    #[test]
    fn built_in_chunks_or_pushed_one_by_one_the_vectors_are_the_same() {
        let vector = |i: usize, out: &mut Vec<(u32, f64)>| {
            for t in 0..(i % 5) as u32 {
                out.push((t * 3 + (i % 2) as u32, 1.0 + (i + t as usize) as f64 / 7.0));
            }
        };
        let built = Vectors::build(9000, vector);
        let mut pushed = Vectors::default();
        let mut scratch = Vec::new();
        for i in 0..9000 {
            scratch.clear();
            vector(i, &mut scratch);
            pushed.push(&scratch);
        }
        assert_eq!(built.len(), 9000);
        for i in 0..9000 {
            assert_eq!(built.terms(i), pushed.terms(i));
            assert_eq!(built.weights(i), pushed.weights(i));
            assert_eq!(built.norms[i].to_bits(), pushed.norms[i].to_bits());
        }
        assert_eq!(built.cosine(1, 2), 0.0, "no term in common");
        assert_eq!(built.cosine(0, 3), 0.0, "an empty vector is like none");
        assert!((built.cosine(3, 13) - 1.0).abs() > 0.0);
        assert!((built.cosine(4, 4) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn a_spread_vector_gives_the_same_cosines_to_the_bit() {
        let vector = |i: usize, out: &mut Vec<(u32, f64)>| {
            for t in 0..(i % 7) as u32 {
                out.push((
                    t * 2 + (i % 3) as u32,
                    0.1 + (i * 7 + t as usize) as f64 / 13.0,
                ));
            }
        };
        let vectors = Vectors::build(300, vector);
        let mut spread = Spread::new(&vectors);
        for j in 0..vectors.len() {
            spread.set(&vectors, j);
            for i in 0..vectors.len() {
                assert_eq!(
                    spread.cosine(&vectors, i).to_bits(),
                    vectors.cosine(i, j).to_bits(),
                    "{i} {j}"
                );
            }
        }
    }
}
