//! The lowered words of a text, as the candidate readers compare them with
//! their word lists. Most words of a news text are written in lower case
//! already: those are lent from the text, and only a word with a capital or
//! a letter beyond ASCII is lowered into a string of its own. The readers
//! ask for words on every sentence, many times over, and allocating each
//! word was a tenth of reading.

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

use crate::extract::text::{WordCase, alnum_words};

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
pub(super) fn words_of(text: &str) -> impl Iterator<Item = Word<'_>> + '_ {
    // The scan that finds a word tells whether it needs lowering, so its
    // bytes are read once.
    let mut words = alnum_words(text);
    std::iter::from_fn(move || {
        let (word, case) = words.next_with_case()?;
        Some(Word::lowered(word, case))
    })
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
}
