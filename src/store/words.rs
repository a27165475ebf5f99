//! The words free-text search matches statements by. As a list of strings
//! per statement they took several times the statements' own text (a
//! string's header and heap block for a word of a few letters); as a
//! [`SortedWords`] per statement, the words end to end, still twice what
//! they need, for the statements of a corpus share most of their words.
//! So [`StatementWords`] keeps every distinct word once, sorted, and each
//! statement's words as their numbers in that list: four bytes a word.
//! Since the list is sorted, the words beginning with a prefix are a run
//! of numbers, and a statement is matched by searching its own numbers.

use std::collections::HashMap;
use std::ops::Range;

/// Sorted, deduplicated words, compared and searched like `&[String]`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct SortedWords {
    text: Box<str>,
    /// The end of each word in `text`, ascending.
    ends: Box<[u32]>,
}

impl SortedWords {
    /// The list of `words`, which must be sorted and deduplicated (as
    /// [`super::search_words`] gives them).
    pub fn new(words: &[String]) -> SortedWords {
        let mut text = String::with_capacity(words.iter().map(String::len).sum());
        let mut ends = Vec::with_capacity(words.len());
        for word in words {
            text.push_str(word);
            ends.push(text.len() as u32);
        }
        SortedWords {
            text: text.into(),
            ends: ends.into(),
        }
    }

    /// The list as written by [`SortedWords::parts`]; `None` when the ends
    /// do not fit the text.
    pub fn from_parts(text: String, ends: Vec<u32>) -> Option<SortedWords> {
        let mut start = 0;
        for &end in &ends {
            let end = end as usize;
            if end < start || end > text.len() || !text.is_char_boundary(end) {
                return None;
            }
            start = end;
        }
        Some(SortedWords {
            text: text.into(),
            ends: ends.into(),
        })
    }

    /// The words end to end, and where each ends.
    pub fn parts(&self) -> (&str, &[u32]) {
        (&self.text, &self.ends)
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// The word at a position.
    pub fn get(&self, index: usize) -> Option<&str> {
        let end = *self.ends.get(index)? as usize;
        let start = index.checked_sub(1).map_or(0, |i| self.ends[i] as usize);
        self.text.get(start..end)
    }

    /// The positions of the words that begin with `prefix`. The words are
    /// sorted: those beginning with it follow one another, from the first
    /// not below it.
    pub fn prefixed(&self, prefix: &str) -> Range<usize> {
        let start = self.partition_point(0, |w| w < prefix);
        start..self.partition_point(start, |w| w.starts_with(prefix))
    }

    /// The first position from `low` whose word is not `below`, where the
    /// words from `low` on that are come first.
    fn partition_point(&self, mut low: usize, below: impl Fn(&str) -> bool) -> usize {
        let mut high = self.len();
        while low < high {
            let middle = (low + high) / 2;
            if self.get(middle).is_some_and(&below) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        low
    }
}

/// The search words of every statement of a store, by number.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct StatementWords {
    /// Every word of any statement, once: a word's number is its position.
    vocabulary: SortedWords,
    /// Each statement's word numbers, ascending, one statement after another.
    numbers: Box<[u32]>,
    /// Where each statement's numbers end in `numbers`.
    ends: Box<[u32]>,
}

impl StatementWords {
    fn numbers_of(&self, statement: usize) -> &[u32] {
        let end = self.ends[statement] as usize;
        let start = statement
            .checked_sub(1)
            .map_or(0, |i| self.ends[i] as usize);
        &self.numbers[start..end]
    }

    /// A statement's words as a list of their own, as a snapshot keeps them.
    pub fn of(&self, statement: usize) -> SortedWords {
        let words: Vec<String> = (self.numbers_of(statement).iter())
            .filter_map(|&n| self.vocabulary.get(n as usize))
            .map(str::to_owned)
            .collect();
        SortedWords::new(&words)
    }

    /// The numbers of the words that begin with `prefix`, for
    /// [`StatementWords::has_any`].
    pub fn prefixed(&self, prefix: &str) -> Range<u32> {
        let Range { start, end } = self.vocabulary.prefixed(prefix);
        start as u32..end as u32
    }

    /// Whether a statement has a word of `numbers`.
    pub fn has_any(&self, statement: usize, numbers: &Range<u32>) -> bool {
        let own = self.numbers_of(statement);
        let at = own.partition_point(|&n| n < numbers.start);
        own.get(at).is_some_and(|n| numbers.contains(n))
    }
}

/// Makes a [`StatementWords`] a statement at a time, numbering words in
/// the order they come and renumbering them in sorted order at the end.
#[derive(Debug, Default)]
pub(crate) struct StatementWordsBuilder {
    /// Each word's number for now: the order it came in.
    numbers: HashMap<String, u32>,
    words: Vec<u32>,
    ends: Vec<u32>,
}

impl StatementWordsBuilder {
    /// A builder with room for `statements` holding `words` words in all:
    /// the lists are kept, and ones grown by doubling held up to twice them.
    pub fn with_capacity(statements: usize, words: usize) -> StatementWordsBuilder {
        StatementWordsBuilder {
            numbers: HashMap::new(),
            words: Vec::with_capacity(words),
            ends: Vec::with_capacity(statements),
        }
    }

    /// Adds the next statement's words, which must be distinct.
    pub fn push<'w>(&mut self, words: impl IntoIterator<Item = &'w str>) {
        for word in words {
            let next = self.numbers.len() as u32;
            let number = match self.numbers.get(word) {
                Some(&number) => number,
                None => *self.numbers.entry(word.to_owned()).or_insert(next),
            };
            self.words.push(number);
        }
        self.ends.push(self.words.len() as u32);
    }

    pub fn finish(self) -> StatementWords {
        let mut vocabulary: Vec<(String, u32)> = self.numbers.into_iter().collect();
        vocabulary.sort_unstable();
        let mut place = vec![0; vocabulary.len()];
        for (at, (_, number)) in vocabulary.iter().enumerate() {
            place[*number as usize] = at as u32;
        }
        let mut numbers = self.words;
        let mut start = 0;
        for &end in &self.ends {
            let own = &mut numbers[start..end as usize];
            own.iter_mut().for_each(|n| *n = place[*n as usize]);
            own.sort_unstable();
            start = end as usize;
        }
        let words: Vec<String> = vocabulary.into_iter().map(|(word, _)| word).collect();
        StatementWords {
            vocabulary: SortedWords::new(&words),
            numbers: numbers.into(),
            ends: self.ends.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_word_by_any_prefix_of_it_and_nothing_else() {
        let words: Vec<String> = ["armenia", "csto", "said", "summit", "ереван"]
            .map(String::from)
            .to_vec();
        let list = SortedWords::new(&words);
        assert_eq!(list.len(), 5);
        assert_eq!(list.get(3), Some("summit"));
        assert_eq!(list.prefixed("s"), 2..4);
        for word in &words {
            assert!(!list.prefixed(word).is_empty());
            assert!(
                !list
                    .prefixed(&word[..word.chars().next().unwrap().len_utf8()])
                    .is_empty()
            );
        }
        for absent in ["b", "armenian", "sz", "zzz", "я"] {
            assert!(list.prefixed(absent).is_empty(), "{absent}");
        }
        assert!(SortedWords::default().prefixed("a").is_empty());
        let (text, ends) = list.parts();
        assert_eq!(
            SortedWords::from_parts(text.to_string(), ends.to_vec()),
            Some(list.clone())
        );
        assert_eq!(SortedWords::from_parts("ab".into(), vec![3]), None);
    }

    #[test]
    fn statements_are_matched_by_any_prefix_of_their_words_and_give_them_back() {
        let statements: [&[&str]; 3] = [
            &["csto", "pashinyan", "said"],
            &[],
            &["armenia", "summit", "said"],
        ];
        let mut builder = StatementWordsBuilder::with_capacity(3, 6);
        for words in statements {
            builder.push(words.iter().copied());
        }
        let all = builder.finish();
        assert_eq!(all.ends.len(), 3);
        let has = |statement: usize, prefix: &str| all.has_any(statement, &all.prefixed(prefix));
        for (at, words) in statements.iter().enumerate() {
            let own: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            let mut sorted = own.clone();
            sorted.sort();
            assert_eq!(all.of(at), SortedWords::new(&sorted));
            for word in &own {
                assert!(has(at, word) && has(at, &word[..1]), "{word}");
            }
        }
        assert!(has(0, "pash") && !has(2, "pash") && !has(1, "s"));
        assert!(has(2, "s") && !has(0, "a") && !has(2, "zz"));
        assert!(has(0, "") && !has(1, ""));
        assert!(StatementWords::default().ends.is_empty());
    }
}
