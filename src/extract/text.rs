//! Small readers of words by byte offset, shared by the matchers of dates,
//! actors and topics: whether an offset starts or ends a word, whether a
//! span stands apart from the letters around it, and the char boundary at
//! or before an offset; and the words of a text, as runs of letters and
//! digits.

use std::ops::Range;

/// Whether no letter or digit comes right before byte `i`.
pub(crate) fn at_word_start(s: &str, i: usize) -> bool {
    s[..i]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Whether no letter or digit comes right after byte `i`.
pub(crate) fn at_word_end(s: &str, i: usize) -> bool {
    s[i..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// The rest of `text` after `phrase` (ASCII, matched in any case) when the
/// text opens with it as whole words: "This time they ..." opens with "this
/// time", "Thistle" does not open with "this".
pub(crate) fn after_opening<'t>(text: &'t str, phrase: &str) -> Option<&'t str> {
    let head = text.get(..phrase.len())?;
    (head.eq_ignore_ascii_case(phrase) && at_word_end(text, phrase.len()))
        .then(|| &text[phrase.len()..])
}

/// Whether `text` holds `needle` (ASCII, lowercase) in any case: a scan for
/// its first letter, before a case-insensitive pattern that cannot match
/// without it. (No letter beyond ASCII folds to an ASCII letter but the
/// Kelvin sign to "k" and the long s to "s": a needle holding neither is
/// one a pattern's `(?i)` finds only this way.)
pub(crate) fn holds_in_any_case(text: &str, needle: &str) -> bool {
    let (hay, needle) = (text.as_bytes(), needle.as_bytes());
    let Some(&first) = needle.first() else {
        return true;
    };
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), hay).any(|at| {
        hay.get(at..at + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

/// Whether `text` holds any of `needles` as written: a look before a
/// case-sensitive pattern that cannot match without one of its words.
pub(crate) fn holds_any(text: &str, needles: &[&str]) -> bool {
    needles
        .iter()
        .any(|needle| memchr::memmem::find(text.as_bytes(), needle.as_bytes()).is_some())
}

/// Whether the word `text` opens with, as its run of ASCII letters, is one
/// of `words` (ASCII, lowercase) in any case: a look before a
/// case-insensitive pattern anchored at the start whose first word is one
/// of them and is followed by no ASCII letter. A run stopped by a char
/// beyond ASCII is let through to the pattern: the char may fold to a
/// letter of the word (the long s of "ſources").
pub(crate) fn opens_with_any_of(text: &str, words: &[&str]) -> bool {
    let bytes = text.as_bytes();
    let end = bytes
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(bytes.len());
    if bytes.get(end).is_some_and(|b| !b.is_ascii()) {
        return true;
    }
    words
        .iter()
        .any(|word| text[..end].eq_ignore_ascii_case(word))
}

/// Which bytes `text` holds: a needle whose first byte it lacks is in it
/// nowhere, which one look tells where a scan of the text for that byte
/// would cost as much as the search, for each of many needles.
pub(crate) struct ByteSet([bool; 256]);

impl ByteSet {
    pub(crate) fn of(text: &str) -> ByteSet {
        let mut held = [false; 256];
        for b in text.bytes() {
            held[usize::from(b)] = true;
        }
        ByteSet(held)
    }

    /// Whether `needle` may occur in the text: an empty needle does, and
    /// one whose first byte the text lacks does not.
    pub(crate) fn may_hold(&self, needle: &str) -> bool {
        needle
            .as_bytes()
            .first()
            .is_none_or(|&b| self.0[usize::from(b)])
    }
}

/// Whether `text`, lowercased, would end with `suffix`, an ASCII phrase
/// without a `k`: only ASCII letters lowercase to such a phrase (the kelvin
/// sign lowers to `k`, and no other letter outside ASCII lowers to ASCII),
/// so the end of the text is compared as it is, without lowering it all.
pub(crate) fn ends_with_in_any_case(text: &str, suffix: &str) -> bool {
    text.len() >= suffix.len()
        && text.as_bytes()[text.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// Whether `text` ends with a space and then `word`, as
/// `text.ends_with(&format!(" {word}"))` tells without making the string.
pub(crate) fn ends_with_spaced(text: &str, word: &str) -> bool {
    text.strip_suffix(word)
        .is_some_and(|rest| rest.ends_with(' '))
}

/// Whether no letter or digit touches `start..end` from either side.
pub(crate) fn stands_apart(text: &str, start: usize, end: usize) -> bool {
    at_word_start(text, start) && at_word_end(text, end)
}

/// The largest char boundary of `text` at or before `index`.
/// Where `word` first stands in `text` as a word of its own.
pub(crate) fn find_word(text: &str, word: &str) -> Option<usize> {
    occurrences(text, word).find(|&at| stands_apart(text, at, at + word.len()))
}

/// Where `needle` occurs in `text`, left to right and without overlaps, as
/// `match_indices` finds it. A sentence is short and a needle (a name) seldom
/// in it: a scan for its first byte, a capital, is cheaper than setting up a
/// substring searcher for every sentence and needle. (A needle that opens
/// with a common byte, a space or a small letter, is better found by
/// `str::contains`.)
pub(crate) fn occurrences<'a>(text: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (hay, pattern) = (text.as_bytes(), needle.as_bytes());
    let mut next = 0;
    let first = pattern.first().copied();
    let starts = first
        .map(|b| memchr::memchr_iter(b, hay))
        .into_iter()
        .flatten();
    // An empty needle occurs at every char boundary, as `match_indices` has it.
    let empty = first
        .is_none()
        .then(|| text.char_indices().map(|(i, _)| i).chain([text.len()]))
        .into_iter()
        .flatten();
    starts
        .filter(move |&at| {
            if at < next || !hay[at..].starts_with(pattern) {
                return false;
            }
            next = at + pattern.len();
            true
        })
        .chain(empty)
}

pub(crate) fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while index > 0 && !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// The counts from two to twenty in words, as an alternation for the
/// patterns that read counts ("thirteen days after", "two years later");
/// [`count_word`] reads each.
pub(crate) const COUNT_WORDS: &str = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";

/// A count written as a word or in digits ("a", "two", "thirty-two", "6"), as news
/// writes offsets ("two days later", "a week after").
pub(crate) fn count_word(word: &str) -> Option<u32> {
    // "thirty-two": the tens, then the unit.
    if let Some((tens, unit)) = word.split_once('-') {
        if matches!(unit.to_ascii_lowercase().as_str(), "a" | "an") {
            return None;
        }
        let (tens, unit) = (count_word(tens)?, count_word(unit)?);
        let round_tens = (20..100).contains(&tens) && tens % 10 == 0;
        return (round_tens && (1..10).contains(&unit)).then_some(tens + unit);
    }
    match word.to_ascii_lowercase().as_str() {
        "a" | "an" | "one" => Some(1),
        "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        "five" => Some(5),
        "six" => Some(6),
        "seven" => Some(7),
        "eight" => Some(8),
        "nine" => Some(9),
        "ten" => Some(10),
        "eleven" => Some(11),
        "twelve" => Some(12),
        "thirteen" => Some(13),
        "fourteen" => Some(14),
        "fifteen" => Some(15),
        "sixteen" => Some(16),
        "seventeen" => Some(17),
        "eighteen" => Some(18),
        "nineteen" => Some(19),
        "twenty" => Some(20),
        "thirty" => Some(30),
        "forty" => Some(40),
        "fifty" => Some(50),
        "sixty" => Some(60),
        "seventy" => Some(70),
        "eighty" => Some(80),
        "ninety" => Some(90),
        digits => digits.parse().ok(),
    }
}

/// Whether `id` can stand in a URL as it is: lowercase letters and digits
/// in hyphen-separated parts.
pub(crate) fn is_url_safe_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The text of every file of the bundled seeds and of the test fixtures
/// (articles, gold files, imported pages), with its path: real news prose
/// for tests that a shortcut of a matcher changes nothing.
#[cfg(test)]
pub(crate) fn fixture_texts() -> Vec<(std::path::PathBuf, String)> {
    fn walk(dir: &std::path::Path, found: &mut Vec<(std::path::PathBuf, String)>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .expect("a fixture folder reads")
            .map(|entry| entry.expect("a fixture entry reads").path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, found);
            } else if let Ok(text) = std::fs::read_to_string(&path) {
                found.push((path, text));
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    walk(&root.join("seeds"), &mut found);
    walk(&root.join("tests/fixtures"), &mut found);
    found
}

/// The words of `text`: its runs of letters and digits, as
/// `text.split(|c: char| !c.is_alphanumeric())` gives them without the
/// empty pieces. ASCII, most of a news text, is read byte by byte; a char
/// beyond it is decoded at its first byte. Readers split every sentence
/// into words many times over, and the general splitter decodes and tests
/// every char through a closure.
pub(crate) fn alnum_words(text: &str) -> AlnumWords<'_> {
    AlnumWords { text, at: 0 }
}

/// The iterator of [`alnum_words`].
#[derive(Clone)]
pub(crate) struct AlnumWords<'a> {
    text: &'a str,
    /// Where reading goes on: a char boundary.
    at: usize,
}

/// What lowering a word of [`alnum_words`] would change, told by the
/// scan that found it: the words are read again lowered many times over,
/// and a second pass over each word's bytes to tell was a tenth of that.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WordCase {
    /// ASCII lowercase letters and digits: lowering changes nothing.
    Lower,
    /// ASCII with a capital: lowered letter by letter.
    AsciiCapital,
    /// A char beyond ASCII: lowered as `to_lowercase` lowers it.
    BeyondAscii,
}

impl<'a> AlnumWords<'a> {
    /// The next word, and what lowering it would change.
    #[inline]
    pub(crate) fn next_with_case(&mut self) -> Option<(&'a str, WordCase)> {
        let bytes = self.text.as_bytes();
        let mut i = self.at;
        // Past what is no letter or digit, to where the word starts.
        let start = loop {
            let Some(&b) = bytes.get(i) else {
                self.at = i;
                return None;
            };
            if b.is_ascii() {
                if ASCII_ALNUM[b as usize] {
                    break i;
                }
                i += 1;
                continue;
            }
            let c = char_at(self.text, i);
            if is_alnum_beyond_ascii(c) {
                break i;
            }
            i += c.len_utf8();
        };
        // To where it ends.
        let mut capital = false;
        let mut beyond_ascii = false;
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii() {
                if !ASCII_ALNUM[b as usize] {
                    break;
                }
                capital |= b.is_ascii_uppercase();
                i += 1;
            } else {
                let c = char_at(self.text, i);
                if !is_alnum_beyond_ascii(c) {
                    break;
                }
                beyond_ascii = true;
                i += c.len_utf8();
            }
        }
        self.at = i;
        let case = if beyond_ascii {
            WordCase::BeyondAscii
        } else if capital {
            WordCase::AsciiCapital
        } else {
            WordCase::Lower
        };
        Some((&self.text[start..i], case))
    }
}

impl<'a> Iterator for AlnumWords<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        self.next_with_case().map(|(word, _)| word)
    }
}

/// Whether each ASCII byte is a letter or a digit: one load where
/// `is_ascii_alphanumeric` tests three ranges, for every byte of every
/// sentence, many times over.
static ASCII_ALNUM: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// `c.is_alphanumeric()` for a char beyond ASCII. News text is full of
/// curly quotes and dashes, all in the block of general punctuation
/// (U+2000 to U+206F), which holds no letter or digit: they are answered
/// without a search of the Unicode tables.
#[inline]
fn is_alnum_beyond_ascii(c: char) -> bool {
    !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
}

/// Where each word of [`alnum_words`] stands in `text`: the same scan,
/// without telling what lowering each word needs, into a list made with
/// room for a word every five bytes (news prose has more bytes a word).
/// Found once for every sentence read.
pub(crate) fn alnum_word_spans(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut spans = Vec::with_capacity(bytes.len() / 5 + 1);
    // Whether the char at byte `i` is a letter or a digit, and its length.
    let alnum_at = |i: usize| match bytes[i] {
        b if b.is_ascii() => (ASCII_ALNUM[usize::from(b)], 1),
        _ => {
            let c = char_at(text, i);
            (is_alnum_beyond_ascii(c), c.len_utf8())
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        let (alnum, len) = alnum_at(i);
        if !alnum {
            i += len;
            continue;
        }
        let start = i;
        i += len;
        while i < bytes.len() {
            let (alnum, len) = alnum_at(i);
            if !alnum {
                break;
            }
            i += len;
        }
        spans.push(start..i);
    }
    spans
}

/// The char that starts at byte `i`, a char boundary before the end.
fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or_default()
}

/// Participles that date the noun they follow ("the treaty signed in
/// 1992", "the summit held in Yerevan on 23 November"): the date is the
/// noun's happening, not the clause's; and, set off by a comma before a
/// date ("the summit in Minsk, held on 23 November"), a participle that
/// has nothing left to tell once a title drops its date.
pub(crate) const DATING_PARTICIPLES: &[&str] = &[
    "published",
    "made",
    "held",
    "signed",
    "planned",
    "scheduled",
    "broadcast",
    "aired",
    "released",
    "given",
    "conducted",
    "staged",
    "adopted",
    "launched",
    "executed",
    "killed",
    "founded",
    "established",
    "created",
    "built",
];

#[cfg(test)]
mod tests {
    #[test]
    fn an_opening_word_is_told_in_any_case_and_a_char_beyond_ascii_lets_it_through() {
        let words = &["photo", "sources"];
        assert!(opens_with_any_of("PHOTO: Reuters", words));
        assert!(opens_with_any_of("Sources", words));
        assert!(!opens_with_any_of("Photos: Reuters", words));
        assert!(!opens_with_any_of("The photo", words));
        // The long s folds to "s" in a case-insensitive pattern.
        assert!(opens_with_any_of("ſources: TASS", words));
        assert!(opens_with_any_of("Sourceſ: TASS", words));
        assert!(holds_any("He made the remarks", &["gave", "made"]));
        assert!(!holds_any("He Made the remarks", &["made"]));
    }

    #[test]
    fn an_opening_is_matched_in_any_case_and_as_whole_words() {
        assert_eq!(
            after_opening("This time they approved", "this time"),
            Some(" they approved")
        );
        assert_eq!(after_opening("NOW, the bloc", "now"), Some(", the bloc"));
        assert_eq!(after_opening("Nowhere did it", "now"), None);
        assert_eq!(after_opening("No", "now"), None);
        // A phrase that would end inside a character is no opening.
        assert_eq!(after_opening("Noé", "noe"), None);
    }

    use super::*;

    #[test]
    fn the_word_spans_are_where_the_words_stand() {
        let text = "The CSTO’s chief met Пашинян — «ОДКБ» in 2024, then left.";
        let spans: Vec<&str> = alnum_word_spans(text)
            .into_iter()
            .map(|span| &text[span])
            .collect();
        assert_eq!(spans, alnum_words(text).collect::<Vec<_>>());
        assert!(alnum_word_spans("— «»").is_empty());
    }

    #[test]
    fn general_punctuation_holds_no_letter_or_digit() {
        for c in '\u{2000}'..='\u{206F}' {
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
        for c in [
            'é', 'Ա', 'П', '²', '½', 'ª', '\u{2070}', '\u{2071}', '’', '—', '«',
        ] {
            assert_eq!(is_alnum_beyond_ascii(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn the_words_are_the_pieces_of_a_split_at_what_is_no_letter_or_digit() {
        for text in [
            "",
            " ",
            "CSTO",
            "The CSTO’s Secretary-General met Пашинян in Yerevan on 12 İstanbul ΟΔΟΣ.",
            "  U.S.-led  talks, 2023—2024 ½ … ²³ «Ереван» ",
            "¿Qué? ok",
        ] {
            let split: Vec<&str> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(alnum_words(text).collect::<Vec<_>>(), split, "{text:?}");
        }
    }
}
