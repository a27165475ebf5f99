//! Text that many records share rather than copy: a [`Name`] (a document's
//! or an actor's id, the same few thousand for hundreds of thousands of
//! sources) and a [`Quote`] (a sentence of an article, which the store
//! holds anyway as the article's text). Both are a reference-counted
//! pointer: a copy of one costs a count, not an allocation, and the
//! strings of a large corpus are held once.
//!
//! Both read as the `str` they stand for (through `Deref`, `Display` and
//! `Debug`), and compare with strings, so code that reads them as text
//! does not need to know they are shared.

use std::borrow::Borrow;
use std::collections::HashSet;
use std::fmt;
use std::ops::{Deref, Range};
use std::sync::Arc;

/// A short string held once and shared by every record that names it.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Name(Arc<str>);

impl Name {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Name {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Name {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Name {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Name {
    fn from(name: &str) -> Name {
        Name(name.into())
    }
}

impl From<String> for Name {
    fn from(name: String) -> Name {
        Name(name.into())
    }
}

impl From<Arc<str>> for Name {
    fn from(name: Arc<str>) -> Name {
        Name(name)
    }
}

impl From<Name> for String {
    fn from(name: Name) -> String {
        name.0.to_string()
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

/// One [`Name`] for each distinct string given to it: names made one by one
/// (a label formatted for each event, a string decoded for each record)
/// are shared once they pass through the table.
#[derive(Debug, Default)]
pub struct NameTable(HashSet<Name>);

impl NameTable {
    /// The table's name for `name`, made if it has none yet.
    pub fn name(&mut self, name: &str) -> Name {
        if let Some(known) = self.0.get(name) {
            return known.clone();
        }
        let new = Name::from(name);
        self.0.insert(new.clone());
        new
    }

    /// The table's name for the same string as `name`, or `name` itself.
    pub fn share(&mut self, name: &mut Name) {
        match self.0.get(name.as_str()) {
            Some(known) => *name = known.clone(),
            None => {
                self.0.insert(name.clone());
            }
        }
    }
}

/// A sentence (or a run of sentences) of an article: the article's shared
/// text and the byte range of the words in it. It takes 24 bytes however
/// long the sentence is, where a copy took the sentence and an allocation.
#[derive(Clone)]
pub struct Quote {
    text: Arc<str>,
    // A document is at most a few megabytes (`MAX_DOCUMENT_BYTES`), so
    // offsets fit in 32 bits and the range takes 8 bytes, not 16.
    start: u32,
    end: u32,
}

impl Quote {
    /// The words of `text` in `range`; `None` when the range is not on
    /// character boundaries of the text or is past its end.
    pub fn new(text: &Arc<str>, range: Range<usize>) -> Option<Quote> {
        text.get(range.clone())?;
        Some(Quote {
            text: Arc::clone(text),
            start: u32::try_from(range.start).ok()?,
            end: u32::try_from(range.end).ok()?,
        })
    }

    /// An empty quote of no text.
    pub fn empty() -> Quote {
        Quote {
            text: Arc::from(""),
            start: 0,
            end: 0,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text[self.start as usize..self.end as usize]
    }

    /// Byte range of the words in the article's text.
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The same article's words from this quote's start to `end`: a
    /// quotation that goes on into the next sentences.
    pub fn extended_to(&self, end: usize) -> Option<Quote> {
        Quote::new(&self.text, self.start as usize..end)
    }
}

impl Deref for Quote {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Quote {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Quote {
    fn eq(&self, other: &Quote) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Quote {}

impl fmt::Display for Quote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for Quote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

/// Comparisons with plain strings, both ways round.
macro_rules! compares_with_strings {
    ($shared:ty) => {
        impl PartialEq<str> for $shared {
            fn eq(&self, other: &str) -> bool {
                self.as_str() == other
            }
        }
        impl PartialEq<&str> for $shared {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }
        impl PartialEq<String> for $shared {
            fn eq(&self, other: &String) -> bool {
                self.as_str() == other.as_str()
            }
        }
        impl PartialEq<$shared> for str {
            fn eq(&self, other: &$shared) -> bool {
                self == other.as_str()
            }
        }
        impl PartialEq<$shared> for &str {
            fn eq(&self, other: &$shared) -> bool {
                *self == other.as_str()
            }
        }
        impl PartialEq<$shared> for String {
            fn eq(&self, other: &$shared) -> bool {
                self.as_str() == other.as_str()
            }
        }
    };
}

compares_with_strings!(Name);
compares_with_strings!(Quote);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_reads_as_its_words_and_keeps_its_range() {
        let text: Arc<str> = Arc::from("One. Two words. Three.");
        let quote = Quote::new(&text, 5..15).unwrap();
        assert_eq!(quote, "Two words.");
        assert_eq!(quote.range(), 5..15);
        assert_eq!(format!("{quote:?}"), format!("{:?}", "Two words."));
        assert_eq!(quote.extended_to(22).unwrap(), "Two words. Three.");
        assert!(Quote::new(&text, 5..40).is_none());
        let accented: Arc<str> = Arc::from("é");
        assert!(Quote::new(&accented, 0..1).is_none());
    }

    #[test]
    fn a_name_compares_and_prints_as_its_string() {
        let name = Name::from("armenia");
        assert_eq!(name, "armenia");
        assert_eq!("armenia".to_string(), name);
        assert_eq!(format!("{name} {name:?}"), "armenia \"armenia\"");
    }

    #[test]
    fn a_name_table_gives_one_allocation_per_string() {
        let mut table = NameTable::default();
        let first = table.name("reported by 2 independent articles");
        let mut second = Name::from(String::from("reported by 2 independent articles"));
        table.share(&mut second);
        assert!(std::ptr::eq(first.as_str(), second.as_str()));
    }
}
