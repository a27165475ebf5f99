//! A sorted list of words in two allocations: the words end to end, and
//! where each ends. Each statement keeps the words free-text search
//! matches it by; as a list of strings they took several times the
//! statement's own text (a string's header and heap block for a word of a
//! few letters), and most of a server's memory beside the articles.

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

    /// Whether a word begins with `prefix`. The words are sorted: the first
    /// not below `prefix` is the only candidate that can begin with it.
    pub fn has_prefix(&self, prefix: &str) -> bool {
        let (mut low, mut high) = (0, self.len());
        while low < high {
            let middle = (low + high) / 2;
            if self.get(middle).is_some_and(|w| w < prefix) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        self.get(low).is_some_and(|w| w.starts_with(prefix))
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
        for word in &words {
            assert!(list.has_prefix(word));
            assert!(list.has_prefix(&word[..word.chars().next().unwrap().len_utf8()]));
        }
        for absent in ["b", "armenian", "sz", "zzz", "я"] {
            assert!(!list.has_prefix(absent), "{absent}");
        }
        assert!(!SortedWords::default().has_prefix("a"));
        let (text, ends) = list.parts();
        assert_eq!(
            SortedWords::from_parts(text.to_string(), ends.to_vec()),
            Some(list.clone())
        );
        assert_eq!(SortedWords::from_parts("ab".into(), vec![3]), None);
    }
}
