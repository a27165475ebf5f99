//! The lowered words of a text, as the candidate readers compare them with
//! their word lists. Most words of a news text are written in lower case
//! already: those are lent from the text, and only a word with a capital or
//! a letter beyond ASCII is lowered into a string of its own. The readers
//! ask for words on every sentence, many times over, and allocating each
//! word was a tenth of reading.
//!
//! The readers ask for the words of one stretch of a sentence or another
//! (before its verb, after a date) dozens of times a sentence, and splitting
//! each stretch again was a fourteenth of reading: a sentence's words are
//! found once ([`word_spans`]) and a stretch's words read from them
//! ([`WordsIn`]).

use std::borrow::Cow;
use std::fmt;
use std::ops::{Deref, Range};

use crate::extract::text::{AlnumWords, WordCase, alnum_word_spans, alnum_words};

/// One word of a text, lowered: lent from the text when it needed no
/// lowering, else lowered into its own string.
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(super) struct Word<'a>(Cow<'a, str>);

impl<'a> Word<'a> {
    /// `word` lowered as [`str::to_lowercase`] lowers it, where `case`
    /// tells what lowering it changes.
    fn lowered(word: &'a str, case: WordCase) -> Word<'a> {
        match case {
            WordCase::Lower => Word(Cow::Borrowed(word)),
            // ASCII lowers letter by letter, as `to_lowercase` would.
            WordCase::AsciiCapital => Word(Cow::Owned(word.to_ascii_lowercase())),
            WordCase::BeyondAscii => Word(Cow::Owned(word.to_lowercase())),
        }
    }

    pub(super) fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Word<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Word<'_> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Word<'_> {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Word<'_> {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for Word<'_> {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl fmt::Debug for Word<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Word<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl From<Word<'_>> for String {
    fn from(word: Word<'_>) -> String {
        word.0.into_owned()
    }
}

/// The words of `text` (runs of letters and digits), lowered.
pub(super) fn words_of(text: &str) -> Words<'_> {
    Words(alnum_words(text))
}

/// The iterator of [`words_of`].
pub(super) struct Words<'a>(AlnumWords<'a>);

impl<'a> Iterator for Words<'a> {
    type Item = Word<'a>;

    fn next(&mut self) -> Option<Word<'a>> {
        // The scan that finds a word tells whether it needs lowering, so
        // its bytes are read once.
        let (word, case) = self.0.next_with_case()?;
        Some(Word::lowered(word, case))
    }
}

/// Where each word of `text` (see [`words_of`]) stands in it.
pub(super) fn word_spans(text: &str) -> Vec<Range<usize>> {
    alnum_word_spans(text)
}

/// The words of a stretch of a sentence, lowered, as [`words_of`] gives
/// them: read from the sentence's words found once, where the sentence
/// lowers in place, else split from the stretch alone.
///
/// A stretch's words are the sentence's words cut to the stretch: a word
/// is a run of letters and digits, which no char outside it lengthens or
/// shortens, so a stretch that starts or ends within a word holds that
/// word's part within it.
pub(super) struct WordsIn<'s>(Source<'s>);

enum Source<'s> {
    /// The sentence lowered in place, the spans of its words that overlap
    /// the stretch, and the stretch.
    Lent {
        lowered: &'s str,
        spans: &'s [Range<usize>],
        stretch: Range<usize>,
    },
    /// The stretch split on its own, as far as read from the front.
    Split(Words<'s>),
    /// The words of the stretch not read yet, once read from the back.
    Listed(std::vec::IntoIter<Word<'s>>),
}

/// Those of a sentence's word `spans` that overlap `stretch` of it, a
/// sentence `len` bytes long. (Most stretches run from the sentence's
/// start or to its end, where no search is needed.)
fn spans_within<'s>(
    spans: &'s [Range<usize>],
    stretch: &Range<usize>,
    len: usize,
) -> &'s [Range<usize>] {
    let first = match stretch.start {
        0 => 0,
        start => spans.partition_point(|span| span.end <= start),
    };
    let end = if stretch.end >= len {
        spans.len()
    } else {
        spans.partition_point(|span| span.start < stretch.end)
    };
    if stretch.is_empty() || first >= end {
        &[]
    } else {
        &spans[first..end]
    }
}

/// The words of a stretch of a sentence as written (see [`alnum_words`]):
/// read from the sentence's words found once, cut to the stretch as
/// [`WordsIn`] cuts them, where the stretch lies within the sentence.
pub(super) enum WrittenWordsIn<'s> {
    Spans {
        sentence: &'s str,
        spans: std::slice::Iter<'s, Range<usize>>,
        stretch: Range<usize>,
    },
    Split(AlnumWords<'s>),
}

impl<'s> WrittenWordsIn<'s> {
    /// The words of `sentence[stretch]`, where `spans` are where the
    /// sentence's words stand.
    pub(super) fn spans(
        sentence: &'s str,
        spans: &'s [Range<usize>],
        stretch: Range<usize>,
    ) -> WrittenWordsIn<'s> {
        WrittenWordsIn::Spans {
            sentence,
            spans: spans_within(spans, &stretch, sentence.len()).iter(),
            stretch,
        }
    }

    /// The words of `text`, split from it alone.
    pub(super) fn split(text: &'s str) -> WrittenWordsIn<'s> {
        WrittenWordsIn::Split(alnum_words(text))
    }
}

impl<'s> Iterator for WrittenWordsIn<'s> {
    type Item = &'s str;

    fn next(&mut self) -> Option<&'s str> {
        match self {
            WrittenWordsIn::Spans {
                sentence,
                spans,
                stretch,
            } => {
                let span = spans.next()?;
                Some(&sentence[span.start.max(stretch.start)..span.end.min(stretch.end)])
            }
            WrittenWordsIn::Split(words) => words.next(),
        }
    }
}

impl<'s> WordsIn<'s> {
    /// The words of `lowered[stretch]`, where `lowered` is a sentence
    /// lowered in place and `spans` where its words stand.
    pub(super) fn lent(
        lowered: &'s str,
        spans: &'s [Range<usize>],
        stretch: Range<usize>,
    ) -> WordsIn<'s> {
        let spans = spans_within(spans, &stretch, lowered.len());
        WordsIn(Source::Lent {
            lowered,
            spans,
            stretch,
        })
    }

    /// The words of `text`, split from it alone.
    pub(super) fn split(text: &'s str) -> WordsIn<'s> {
        WordsIn(Source::Split(words_of(text)))
    }

    /// The word of `span`, cut to the stretch.
    fn cut(lowered: &'s str, span: &Range<usize>, stretch: &Range<usize>) -> Word<'s> {
        let cut = span.start.max(stretch.start)..span.end.min(stretch.end);
        Word(Cow::Borrowed(&lowered[cut]))
    }
}

impl<'s> Iterator for WordsIn<'s> {
    type Item = Word<'s>;

    fn next(&mut self) -> Option<Word<'s>> {
        match &mut self.0 {
            Source::Lent {
                lowered,
                spans,
                stretch,
            } => {
                let (span, rest) = spans.split_first()?;
                *spans = rest;
                Some(WordsIn::cut(lowered, span, stretch))
            }
            Source::Split(words) => words.next(),
            Source::Listed(words) => words.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match &self.0 {
            Source::Lent { spans, .. } => (spans.len(), Some(spans.len())),
            Source::Split(words) => words.size_hint(),
            Source::Listed(words) => words.size_hint(),
        }
    }

    fn count(self) -> usize {
        match self.0 {
            Source::Lent { spans, .. } => spans.len(),
            Source::Split(words) => words.count(),
            Source::Listed(words) => words.len(),
        }
    }

    fn last(mut self) -> Option<Word<'s>> {
        self.next_back()
    }
}

impl<'s> DoubleEndedIterator for WordsIn<'s> {
    fn next_back(&mut self) -> Option<Word<'s>> {
        if let Source::Split(words) = &mut self.0 {
            // Split words are found from the front only: the rest are
            // listed once, to be read from either end.
            let rest: Vec<Word<'s>> = words.by_ref().collect();
            self.0 = Source::Listed(rest.into_iter());
        }
        match &mut self.0 {
            Source::Lent {
                lowered,
                spans,
                stretch,
            } => {
                let (span, rest) = spans.split_last()?;
                *spans = rest;
                Some(WordsIn::cut(lowered, span, stretch))
            }
            Source::Split(_) => None,
            Source::Listed(words) => words.next_back(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lowered_as_to_lowercase_lowers_them() {
        let text = "The CSTO’s Secretary-General met Пашинян in Yerevan on 12 İstanbul ΟΔΟΣ";
        let lent: Vec<String> = words_of(text).map(String::from).collect();
        let owned: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        assert_eq!(lent, owned);
        assert!(matches!(
            words_of("met in").next(),
            Some(Word(Cow::Borrowed(_)))
        ));
    }

    #[test]
    fn a_stretch_has_the_words_split_from_it_alone() {
        // Lowered in place: ASCII and chars that are their own lowercase.
        let text = "On 12 May the CSTO’s chief, “Zas”, met Pashinyan — and left.";
        let lowered = text.to_ascii_lowercase();
        let spans = word_spans(text);
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        for &start in &bounds {
            for &end in bounds.iter().filter(|&&end| end >= start) {
                let split: Vec<Word> = words_of(&text[start..end]).collect();
                let lent: Vec<Word> = WordsIn::lent(&lowered, &spans, start..end).collect();
                assert_eq!(lent, split, "{start}..{end}");
                let mut backwards: Vec<Word> =
                    WordsIn::lent(&lowered, &spans, start..end).rev().collect();
                backwards.reverse();
                assert_eq!(backwards, split, "{start}..{end} from the back");
                assert_eq!(
                    WordsIn::lent(&lowered, &spans, start..end).count(),
                    split.len()
                );
            }
        }
        for &start in &bounds {
            for &end in bounds.iter().filter(|&&end| end >= start) {
                let split: Vec<&str> = alnum_words(&text[start..end]).collect();
                let written: Vec<&str> = WrittenWordsIn::spans(text, &spans, start..end).collect();
                assert_eq!(written, split, "{start}..{end} as written");
            }
        }
        // Split from the stretch alone, read from either end.
        let mut words = WordsIn::split("Met in Yerevan on Monday");
        assert_eq!(words.next().as_deref(), Some("met"));
        assert_eq!(words.next_back().as_deref(), Some("monday"));
        assert_eq!(words.collect::<Vec<_>>(), ["in", "yerevan", "on"]);
    }
}
