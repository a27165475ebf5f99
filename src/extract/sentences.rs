//! Sentence splitting for English news prose, and finding the direct speech in a sentence.
//!
//! [`split_sentences`] cuts one paragraph into sentences and [`quoted_ranges`] says which
//! parts of a sentence are quotations, so that dates and verbs inside direct speech can be
//! told apart from the reporter's own. Both return byte ranges into the text they were
//! given, never rewritten strings: what users see is the article's own text, verbatim.
//!
//! This is not a tokenizer, a grammar or a paragraph splitter. It works from punctuation,
//! capital letters, a fixed list of English abbreviations and the pairing of quotation
//! marks, which is what news prose needs. The caller hands over one paragraph at a time
//! (see [`super::layout`]); line breaks inside it are treated as ordinary spaces.

use std::ops::Range;

/// A character with its byte offset, as produced by `str::char_indices`.
type Chars = [(usize, char)];

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

/// Splits a paragraph of prose into sentences, returned as byte ranges of `text`
/// (trimmed of surrounding whitespace, never empty, in order).
///
/// A sentence ends after `.`, `!`, `?` or `…` (and any closing quotes or brackets that
/// follow) when whitespace and then a sentence start (a capital letter, a digit, or an
/// opening quote or bracket before one) come next. It does not end:
/// - inside a quotation, so that a quotation of several sentences stays with its
///   attribution; quotation marks of a kind that do not pair up in the paragraph are
///   ignored, so that one stray mark cannot swallow the rest of it;
/// - after a title ("Mr.", "Gen."), an initial ("Vladimir V. Putin"), "e.g." and the like;
/// - after an abbreviation that may also end a sentence ("U.S.", "p.m.", "Jan.", "Inc.")
///   unless a word that typically opens a sentence ("The", "He", "On", ...) follows;
/// - after a quotation that closes on its own `.`/`?`/`!` when what follows is only its
///   attribution (`“Why?” Pashinyan asked.`).
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let chars = char_table(text);
    let inside = inside_quotation(&chars);
    let mut starts = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_terminal(chars[i].1) {
            i += 1;
            continue;
        }
        let boundary = Boundary::at(&chars, i);
        if boundary.splits(text, &chars, &inside) {
            starts.push(chars[boundary.next].0);
        }
        i = boundary.run_end;
    }
    pieces(text, &starts)
}

/// The byte ranges of `sentence` that lie inside quotation marks (the marks included),
/// sorted and not overlapping (a quotation nested in another is part of the outer one).
///
/// Curly double quotes (“ ”), straight double quotes (paired in order of appearance),
/// guillemets (« ») and single quotes used as quotation marks (‘ ’ and ' ') count.
/// A single quote is an apostrophe, not a quotation mark, when it stands between two
/// letters (Armenia’s, don't) or after an `s` that ends a word and is followed by another
/// word (the peacekeepers’ headquarters); an opening single quote must stand at the start
/// of a word.
///
/// Marks that do not pair up: an opening double quote that is never closed is taken to
/// run to the end of the sentence only if it opens a word (after a space, the start, or
/// an opening bracket, and before a non-space), as when a sentence is cut from a
/// quotation that goes on; otherwise it is ignored. Unclosed single quotes (‘90s, 'em)
/// and closing marks that were never opened are ignored.
pub fn quoted_ranges(sentence: &str) -> Vec<Range<usize>> {
    // Without a mark there is nothing to pair, and the characters need no
    // table. ’ alone is no mark: it only closes a ‘.
    if !sentence.contains(|c| c != '’' && is_quote_char(c)) {
        return Vec::new();
    }
    let chars = char_table(sentence);
    let scan = scan_quotes(&chars);
    let mut ranges = Vec::new();
    let mut open_at: [Option<usize>; FAMILIES] = [None; FAMILIES];
    for mark in &scan.marks {
        let slot = &mut open_at[mark.family.index()];
        match mark.role {
            // A second opening double quote before any closing one belongs to the same
            // quotation; for single quotes the earlier mark was more likely an
            // apostrophe ('90s), so the later one opens.
            Role::Open if mark.family.is_double() => {
                slot.get_or_insert(mark.at);
            }
            Role::Open => *slot = Some(mark.at),
            Role::Close => {
                if let Some(start) = slot.take() {
                    ranges.push(chars[start].0..char_end(&chars, mark.at));
                }
            }
        }
    }
    let end = sentence.trim_end().len();
    for family in Family::ALL {
        if let Some(start) = open_at[family.index()]
            && family.is_double()
            && opens_word(&chars, start)
        {
            ranges.push(chars[start].0..end.max(char_end(&chars, start)));
        }
    }
    merge(ranges)
}

// ---------------------------------------------------------------------------
// Characters
// ---------------------------------------------------------------------------

/// The characters of `text` with their offsets, in a list sized once: there
/// are no more characters than bytes, and news prose is mostly ASCII, where
/// collecting the iterator would grow the list by doubling.
fn char_table(text: &str) -> Vec<(usize, char)> {
    // An ASCII text's bytes are its chars: a list filled from them is
    // filled at its known length, with no char to decode.
    if text.is_ascii() {
        return text
            .bytes()
            .enumerate()
            .map(|(at, b)| (at, char::from(b)))
            .collect();
    }
    let mut chars = Vec::with_capacity(text.len());
    chars.extend(text.char_indices());
    chars
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Marks that may follow a sentence's terminal punctuation and still belong to it.
fn is_closer(c: char) -> bool {
    matches!(c, '”' | '"' | '’' | '\'' | ')' | ']' | '»')
}

/// Marks that may precede the first letter of a sentence.
fn is_opener(c: char) -> bool {
    matches!(c, '“' | '"' | '‘' | '\'' | '(' | '[' | '«')
}

fn is_quote_char(c: char) -> bool {
    matches!(c, '“' | '”' | '"' | '‘' | '’' | '\'' | '«' | '»')
}

/// Byte offset just after the character at char index `i`.
fn char_end(chars: &Chars, i: usize) -> usize {
    chars.get(i).map_or(0, |&(at, c)| at + c.len_utf8())
}

fn char_at(chars: &Chars, i: Option<usize>) -> Option<char> {
    i.and_then(|i| chars.get(i)).map(|&(_, c)| c)
}

// ---------------------------------------------------------------------------
// Quotation marks
// ---------------------------------------------------------------------------

/// Kinds of quotation marks; each kind pairs only with itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    CurlyDouble,
    StraightDouble,
    Guillemet,
    CurlySingle,
    StraightSingle,
}

const FAMILIES: usize = 5;

impl Family {
    const ALL: [Family; FAMILIES] = [
        Family::CurlyDouble,
        Family::StraightDouble,
        Family::Guillemet,
        Family::CurlySingle,
        Family::StraightSingle,
    ];

    fn index(self) -> usize {
        self as usize
    }

    fn is_double(self) -> bool {
        !matches!(self, Family::CurlySingle | Family::StraightSingle)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
}

/// One quotation mark: its char index, kind and whether it opens or closes.
#[derive(Debug, Clone, Copy)]
struct Mark {
    at: usize,
    family: Family,
    role: Role,
}

/// The quotation marks of a text, and which kinds pair up cleanly (open, close, open,
/// close, ..., ending closed).
struct QuoteScan {
    marks: Vec<Mark>,
    balanced: [bool; FAMILIES],
}

fn scan_quotes(chars: &Chars) -> QuoteScan {
    let mut open = [false; FAMILIES];
    let mut balanced = [true; FAMILIES];
    let mut marks = Vec::new();
    for i in 0..chars.len() {
        let Some((family, role)) = classify_mark(chars, i, &open) else {
            continue;
        };
        let f = family.index();
        // Opening an open quotation, or closing a closed one, means the marks do not pair.
        balanced[f] &= open[f] != (role == Role::Open);
        open[f] = role == Role::Open;
        marks.push(Mark {
            at: i,
            family,
            role,
        });
    }
    // A quotation still open at the end was never closed.
    for (balanced, open) in balanced.iter_mut().zip(open) {
        *balanced &= !open;
    }
    QuoteScan { marks, balanced }
}

/// Says whether the character at `i` is a quotation mark, given which kinds are open.
fn classify_mark(chars: &Chars, i: usize, open: &[bool; FAMILIES]) -> Option<(Family, Role)> {
    let is_open = |f: Family| open[f.index()];
    match chars[i].1 {
        '“' => Some((Family::CurlyDouble, Role::Open)),
        '”' => Some((Family::CurlyDouble, Role::Close)),
        '«' => Some((Family::Guillemet, Role::Open)),
        '»' => Some((Family::Guillemet, Role::Close)),
        // A straight double quote has no direction of its own: it toggles.
        '"' if is_open(Family::StraightDouble) => Some((Family::StraightDouble, Role::Close)),
        '"' => Some((Family::StraightDouble, Role::Open)),
        '‘' => opens_word(chars, i).then_some((Family::CurlySingle, Role::Open)),
        // ’ is far more often an apostrophe than a quotation mark: it only closes a ‘.
        '’' => (is_open(Family::CurlySingle) && closes_single(chars, i))
            .then_some((Family::CurlySingle, Role::Close)),
        '\'' if is_open(Family::StraightSingle) && closes_single(chars, i) => {
            Some((Family::StraightSingle, Role::Close))
        }
        '\'' => opens_word(chars, i).then_some((Family::StraightSingle, Role::Open)),
        _ => None,
    }
}

/// A mark at `i` opens a word: it follows a space, the start or an opening mark, and a
/// non-space follows it.
fn opens_word(chars: &Chars, i: usize) -> bool {
    let before = char_at(chars, i.checked_sub(1));
    let after = char_at(chars, Some(i + 1));
    let after_gap = before.is_none_or(|c| {
        c.is_whitespace() || is_opener(c) || matches!(c, '—' | '–' | '-' | '/' | ':')
    });
    after_gap && after.is_some_and(|c| !c.is_whitespace())
}

/// A single quote at `i` can close a quotation: it is not an apostrophe inside a word
/// (don’t) nor a plural possessive (the peacekeepers’ headquarters).
fn closes_single(chars: &Chars, i: usize) -> bool {
    let before = char_at(chars, i.checked_sub(1));
    let after = char_at(chars, Some(i + 1));
    let Some(before) = before.filter(|c| !c.is_whitespace()) else {
        return false;
    };
    let inside_word = before.is_alphanumeric() && after.is_some_and(char::is_alphanumeric);
    let possessive = matches!(before, 's' | 'S')
        && after.is_some_and(char::is_whitespace)
        && char_at(chars, Some(i + 2)).is_some_and(char::is_alphanumeric);
    !inside_word && !possessive
}

/// For each char, whether it lies inside a quotation once it has been read (a closing
/// mark is outside, an opening one inside). Kinds of marks that do not pair up in the
/// text are ignored altogether.
fn inside_quotation(chars: &Chars) -> Vec<bool> {
    let scan = scan_quotes(chars);
    let mut inside = vec![false; chars.len()];
    // Most paragraphs quote no one: nothing is inside.
    if scan.marks.is_empty() {
        return inside;
    }
    let mut open = [false; FAMILIES];
    let mut marks = scan
        .marks
        .iter()
        .filter(|m| scan.balanced[m.family.index()])
        .peekable();
    for (i, slot) in inside.iter_mut().enumerate() {
        if let Some(mark) = marks.next_if(|m| m.at == i) {
            open[mark.family.index()] = mark.role == Role::Open;
        }
        *slot = open.iter().any(|&o| o);
    }
    inside
}

/// Sorts ranges and merges those that overlap or nest.
fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range.start < last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    merged
}

// ---------------------------------------------------------------------------
// Sentence boundaries
// ---------------------------------------------------------------------------

/// A candidate end of sentence: a run of terminal punctuation, the closing marks after
/// it, and where the next sentence would start.
struct Boundary {
    /// Char index of the first terminal character.
    start: usize,
    /// Char index just after the terminal run.
    run_end: usize,
    /// Char index just after the closing marks.
    closers_end: usize,
    /// Char index of the first non-space after the closers (`chars.len()` if none).
    next: usize,
}

impl Boundary {
    fn at(chars: &Chars, start: usize) -> Self {
        let skip = |from: usize, pred: fn(char) -> bool| {
            chars[from..]
                .iter()
                .position(|&(_, c)| !pred(c))
                .map_or(chars.len(), |n| from + n)
        };
        let run_end = skip(start, is_terminal);
        let mut closers_end = skip(run_end, is_closer);
        // A footnote's marks after the full stop ("outright.[1] On the
        // day", "Armenia.[10][11] The leaders") belong to the sentence they
        // end.
        while chars.get(closers_end).is_some_and(|&(_, c)| c == '[') {
            let digits = skip(closers_end + 1, |c| c.is_ascii_digit());
            if digits == closers_end + 1 || chars.get(digits).is_none_or(|&(_, c)| c != ']') {
                break;
            }
            closers_end = skip(digits + 1, is_closer);
        }
        let next = skip(closers_end, char::is_whitespace);
        Boundary {
            start,
            run_end,
            closers_end,
            next,
        }
    }

    fn splits(&self, text: &str, chars: &Chars, inside: &[bool]) -> bool {
        let spaced = self.next > self.closers_end && self.next < chars.len();
        spaced
            && !inside[self.closers_end - 1]
            && starts_sentence(chars, self.next)
            && !self.after_abbreviation(text, chars)
            && !(self.closes_quotation(chars) && is_attribution(chars, self.next))
    }

    /// The terminal punctuation is a quotation's own (`difficult.” Analysts`).
    fn closes_quotation(&self, chars: &Chars) -> bool {
        chars[self.run_end..self.closers_end]
            .iter()
            .any(|&(_, c)| is_quote_char(c))
    }

    /// The terminal is a lone period that belongs to an abbreviation or initial which
    /// does not end the sentence here.
    fn after_abbreviation(&self, text: &str, chars: &Chars) -> bool {
        let lone_period = chars[self.start].1 == '.'
            && self.run_end == self.start + 1
            && self.closers_end == self.run_end;
        if !lone_period {
            return false;
        }
        let word = word_before(text, chars, self.start);
        // "No. 5" numbers; "No. Zas took office ..." answers, and ends.
        if matches!(word, "No" | "Nos") {
            return chars
                .get(self.next)
                .is_some_and(|&(_, c)| c.is_ascii_digit());
        }
        match abbreviation_kind(word) {
            None => false,
            Some(Abbreviation::NeverEnds) => true,
            Some(Abbreviation::MayEnd) => !opens_sentence(text, chars, self.next),
        }
    }
}

/// A sentence starts at `i`: a capital letter or digit, or an opening quote or bracket
/// before anything but a lowercase letter (“…make it happen”).
fn starts_sentence(chars: &Chars, i: usize) -> bool {
    let after_openers = chars[i..].iter().map(|&(_, c)| c).find(|&c| !is_opener(c));
    let opened = is_opener(chars[i].1);
    after_openers.is_some_and(|c| {
        c.is_uppercase()
            || c.is_ascii_digit()
            || (opened && !c.is_lowercase() && !c.is_whitespace())
    })
}

/// Cuts `text` at the given sentence starts and trims each piece.
fn pieces(text: &str, starts: &[usize]) -> Vec<Range<usize>> {
    let bounds = std::iter::once(0)
        .chain(starts.iter().copied())
        .chain(std::iter::once(text.len()));
    let bounds: Vec<usize> = bounds.collect();
    bounds
        .windows(2)
        .filter_map(|w| trimmed(text, w[0]..w[1]))
        .collect()
}

/// `range` less surrounding whitespace, or `None` if nothing is left.
fn trimmed(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let slice = text.get(range.clone())?;
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.start + slice.trim_end().len();
    (start < end).then_some(start..end)
}

// ---------------------------------------------------------------------------
// Abbreviations
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Abbreviation {
    /// Always followed by more of its sentence: titles, initials, "e.g.".
    NeverEnds,
    /// May also be the last word of a sentence: "in the U.S.", "at 10 p.m.".
    MayEnd,
}

/// Titles and the like: the next word is part of the same sentence. Case matters.
#[rustfmt::skip]
const NEVER_ENDS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt",
    "Adm", "Cmdr", "Brig", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Amb", "Atty", "Supt",
    "Fr", "Mt", "Ft", "approx", "vs", "cf", "viz", "e.g", "i.e",
];

/// Abbreviations that can end a sentence as well as sit inside one. Case matters.
#[rustfmt::skip]
const MAY_END: &[&str] = &[
    "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "Bros", "No", "Nos", "Dept", "Univ", "Ave",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon",
    "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
];

/// Words that commonly open a sentence; after an abbreviation that may end a sentence,
/// one of these says that it did ("... in the U.S. The talks ...").
#[rustfmt::skip]
const SENTENCE_OPENERS: &[&str] = &[
    "A", "An", "The", "This", "That", "These", "Those", "There", "Then", "Thus", "He", "She",
    "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My", "In", "On", "At",
    "By", "For", "From", "With", "Without", "After", "Before", "During", "Since", "Until",
    "When", "While", "Where", "Why", "How", "What", "Who", "As", "If", "Although", "Though",
    "Because", "But", "And", "Or", "So", "Yet", "Still", "Also", "However", "Meanwhile",
    "Moreover", "Furthermore", "Nevertheless", "Nonetheless", "Earlier", "Later", "Last",
    "Next", "Now", "Today", "Yesterday", "Some", "Many", "Most", "Several", "All", "Both",
    "Each", "No", "None", "Such", "Other", "Another", "According", "Despite",
];

/// The letters-and-periods word that ends just before char index `period` ("U.S", "Mr",
/// "V"), without the period itself.
fn word_before<'a>(text: &'a str, chars: &Chars, period: usize) -> &'a str {
    // Abbreviations are short; a longer run cannot be one, so stop looking early.
    const LONGEST: usize = 16;
    let mut start = period;
    while start > 0 && period - start < LONGEST {
        let c = chars[start - 1].1;
        if !(c.is_alphabetic() || c == '.') {
            break;
        }
        start -= 1;
    }
    let word = text.get(chars[start].0..chars[period].0).unwrap_or("");
    // After an ellipsis ("to...Mr"), only the part after the dots is the word.
    word.rsplit("..")
        .next()
        .unwrap_or(word)
        .trim_start_matches('.')
}

fn abbreviation_kind(word: &str) -> Option<Abbreviation> {
    if word.is_empty() {
        return None;
    }
    if NEVER_ENDS.contains(&word) || is_initial(word) {
        return Some(Abbreviation::NeverEnds);
    }
    if MAY_END.contains(&word) || is_dotted_acronym(word) {
        return Some(Abbreviation::MayEnd);
    }
    None
}

/// A single capital letter: "V" in "Vladimir V. Putin".
fn is_initial(word: &str) -> bool {
    let mut letters = word.chars();
    letters.next().is_some_and(char::is_uppercase) && letters.next().is_none()
}

/// Short segments joined by periods: "U.S", "a.m", "Ph.D".
fn is_dotted_acronym(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|s| (1..=3).contains(&s.chars().count()))
}

/// The word at `i` is one that commonly opens a sentence, or a quotation opens there.
fn opens_sentence(text: &str, chars: &Chars, i: usize) -> bool {
    if matches!(chars[i].1, '“' | '"' | '‘' | '«') {
        return true;
    }
    SENTENCE_OPENERS.contains(&word_at(text, chars, i))
}

/// The run of letters starting at char index `i`.
fn word_at<'a>(text: &'a str, chars: &Chars, i: usize) -> &'a str {
    let end = chars[i..]
        .iter()
        .position(|&(_, c)| !c.is_alphabetic())
        .map_or(chars.len(), |n| i + n);
    let end_byte = chars.get(end).map_or(text.len(), |&(at, _)| at);
    text.get(chars[i].0..end_byte).unwrap_or("")
}

// ---------------------------------------------------------------------------
// Attributions after a closed quotation
// ---------------------------------------------------------------------------

#[rustfmt::skip]
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "asked", "asks", "added", "adds", "told", "tells", "replied", "replies",
    "stated", "states", "wrote", "writes", "noted", "notes", "explained", "explains",
    "continued", "concluded", "insisted", "insists", "declared", "warned", "warns", "stressed",
    "stresses", "emphasized", "emphasised", "remarked", "answered", "responded", "recalled",
    "argued", "claimed", "claims", "admitted", "acknowledged", "announced", "commented",
    "observed", "quipped", "exclaimed", "shouted", "wondered",
];

/// Words that may follow a speech verb within an attribution ("told reporters",
/// "said on Tuesday", "said at a press conference").
#[rustfmt::skip]
const AFTER_SPEECH_VERB: &[&str] = &[
    "reporters", "journalists", "lawmakers", "parliament", "deputies", "me", "us", "him", "her",
    "them", "on", "at", "in", "during", "after", "before", "to", "from", "via", "while", "when",
    "through", "later", "earlier", "today", "yesterday",
];

/// What follows a closed quotation at `i` is only its attribution: a clause of a few
/// words up to the next punctuation, with a speech verb that ends it or is followed by
/// a listener or a circumstance ("Pashinyan asked.", "Peskov told reporters, adding").
fn is_attribution(chars: &Chars, i: usize) -> bool {
    const MAX_WORDS: usize = 8;
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    for &(_, c) in &chars[i..] {
        if c.is_alphanumeric() || matches!(c, '-' | '\'' | '’') {
            current.extend(c.to_lowercase());
            continue;
        }
        if !current.is_empty() {
            words.push(std::mem::take(&mut current));
            if words.len() > MAX_WORDS {
                return false;
            }
        }
        if c.is_whitespace() {
            continue;
        }
        if matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | '…') {
            break;
        }
        // A quotation mark, bracket or dash: more than an attribution follows.
        return false;
    }
    if !current.is_empty() {
        words.push(current);
    }
    words.len() <= MAX_WORDS && has_closing_speech_verb(&words)
}

fn has_closing_speech_verb(words: &[String]) -> bool {
    words.iter().enumerate().any(|(k, w)| {
        SPEECH_VERBS.contains(&w.as_str())
            && words
                .get(k + 1)
                .is_none_or(|next| AFTER_SPEECH_VERB.contains(&next.as_str()))
    })
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    fn quoted(sentence: &str) -> Vec<&str> {
        quoted_ranges(sentence)
            .into_iter()
            .map(|r| &sentence[r])
            .collect()
    }

    // --- split_sentences: basic contract ---

    #[test]
    fn empty_and_blank_text_have_no_sentences() {
        assert!(split("").is_empty());
        assert!(split("   \n\t ").is_empty());
    }

    #[test]
    fn sentences_are_trimmed_and_in_order() {
        let text = "  First one here.   Second one here!  Third?  ";
        assert_eq!(
            split(text),
            ["First one here.", "Second one here!", "Third?"]
        );
    }

    #[test]
    fn footnote_marks_after_a_full_stop_end_its_sentence() {
        assert_eq!(
            split("Pashinyan refused to sign.[10][11] The leaders confirmed Tasmagambetov.[12]"),
            [
                "Pashinyan refused to sign.[10][11]",
                "The leaders confirmed Tasmagambetov.[12]"
            ]
        );
    }

    #[test]
    fn text_without_terminal_punctuation_is_one_sentence() {
        assert_eq!(
            split("Armenian PM Attacks Russian-Led Alliance"),
            ["Armenian PM Attacks Russian-Led Alliance"]
        );
    }

    #[test]
    fn splits_after_period_before_capital() {
        let text = "Armenian President Vahagn Khachaturian has decided to recall Viktor Biyagov from the post of Armenia’s permanent and plenipotentiary representative to the Collective Security Treaty Organization (CSTO). The decision was made upon the submission of Prime Minister Nikol Pashinyan.";
        assert_eq!(
            split(text),
            [
                "Armenian President Vahagn Khachaturian has decided to recall Viktor Biyagov from the post of Armenia’s permanent and plenipotentiary representative to the Collective Security Treaty Organization (CSTO).",
                "The decision was made upon the submission of Prime Minister Nikol Pashinyan."
            ]
        );
    }

    #[test]
    fn splits_after_question_and_exclamation_marks() {
        assert_eq!(
            split("Will Armenia leave? Nobody knows! 2024 will tell."),
            ["Will Armenia leave?", "Nobody knows!", "2024 will tell."]
        );
    }

    #[test]
    fn splits_after_ellipsis_outside_quotation() {
        assert_eq!(
            split("The talks dragged on… Then they failed."),
            ["The talks dragged on…", "Then they failed."]
        );
        assert_eq!(
            split("The talks dragged on... Then they failed."),
            ["The talks dragged on...", "Then they failed."]
        );
    }

    #[test]
    fn does_not_split_before_lowercase() {
        let text = "The Lachin region, located between Karabakh and Armenia, was the last of three regions on the edge of Karabakh that Armenian forces surrendered in December 2020. peace agreement and help the refugees return.";
        assert_eq!(split(text), [text]);
    }

    #[test]
    fn does_not_split_without_whitespace_after_the_period() {
        assert_eq!(
            split("See armenpress.am for details."),
            ["See armenpress.am for details."]
        );
    }

    #[test]
    fn splits_before_digit_and_bracketed_capital() {
        assert_eq!(
            split("It ended in 2020. 300 villages changed hands."),
            ["It ended in 2020.", "300 villages changed hands."]
        );
        assert_eq!(
            split("Talks failed. (The CSTO did not comment.)"),
            ["Talks failed.", "(The CSTO did not comment.)"]
        );
    }

    #[test]
    fn splits_before_opening_quote_that_starts_with_an_ellipsis() {
        assert_eq!(
            split("He paused. “…and then we left,” he said."),
            ["He paused.", "“…and then we left,” he said."]
        );
        assert_eq!(
            split("He paused. “and then we left.”"),
            ["He paused. “and then we left.”"]
        );
    }

    #[test]
    fn splits_after_closing_bracket_that_ends_sentence() {
        assert_eq!(
            split("He left (for good.) Then he spoke."),
            ["He left (for good.)", "Then he spoke."]
        );
    }

    #[test]
    fn splits_after_parenthesised_acronym() {
        let text = "On October 3, 2023, the Parliament of Armenia ratified the Rome Statute, committing to implement the decisions of the International Criminal Court (ICC). As Pashinyan stated, Yerevan dared to take this step because the tools of the CSTO and partnership with the Russian Federation \"are not enough to ensure the security of the country.\"";
        let parts = split(text);
        assert_eq!(parts.len(), 2);
        assert!(parts[1].starts_with("As Pashinyan stated"));
    }

    // --- abbreviations, initials, numbers ---

    #[test]
    fn does_not_split_after_titles() {
        let text = "Mr. Pashinyan met Gen. Sergei Shoigu and Dr. Smith. They talked.";
        assert_eq!(
            split(text),
            [
                "Mr. Pashinyan met Gen. Sergei Shoigu and Dr. Smith.",
                "They talked."
            ]
        );
    }

    #[test]
    fn does_not_split_after_single_letter_initials() {
        assert_eq!(
            split("Vladimir V. Putin met J. Biden. No deal followed."),
            ["Vladimir V. Putin met J. Biden.", "No deal followed."]
        );
    }

    #[test]
    fn does_not_split_inside_numbers() {
        assert_eq!(
            split("Trade grew 3.5 percent. Exports fell."),
            ["Trade grew 3.5 percent.", "Exports fell."]
        );
    }

    #[test]
    fn does_not_split_after_eg_and_ie() {
        let text = "Some states, e.g. Armenia, object. Others, i.e. Belarus, agree.";
        assert_eq!(
            split(text),
            [
                "Some states, e.g. Armenia, object.",
                "Others, i.e. Belarus, agree."
            ]
        );
    }

    #[test]
    fn dotted_acronym_inside_sentence_does_not_split() {
        let text = "The U.S. Embassy in Yerevan and the U.N. Security Council were told at 10 a.m. Moscow time.";
        assert_eq!(split(text), [text]);
    }

    #[test]
    fn dotted_acronym_that_ends_a_sentence_splits_before_an_opener() {
        assert_eq!(
            split("Pashinyan flew to the U.S. The visit lasted two days."),
            ["Pashinyan flew to the U.S.", "The visit lasted two days."]
        );
        assert_eq!(
            split("The vote was at 5 p.m. He lost."),
            ["The vote was at 5 p.m.", "He lost."]
        );
    }

    #[test]
    fn month_and_number_abbreviations_before_digits_do_not_split() {
        let text = "The summit opened on Nov. 23 under Resolution No. 5 in St. Petersburg.";
        assert_eq!(split(text), [text]);
    }

    #[test]
    fn company_abbreviation_ends_sentence_before_an_opener() {
        assert_eq!(
            split("He worked for Acme Inc. The firm denied it."),
            ["He worked for Acme Inc.", "The firm denied it."]
        );
    }

    #[test]
    fn etc_before_lowercase_does_not_split_and_before_capital_does() {
        assert_eq!(
            split("Gas, food, etc. were blocked."),
            ["Gas, food, etc. were blocked."]
        );
        assert_eq!(
            split("Gas, food, etc. Prices rose."),
            ["Gas, food, etc.", "Prices rose."]
        );
    }

    #[test]
    fn an_answer_no_ends_its_sentence_unless_a_number_follows() {
        assert_eq!(
            split("No. Zas took office on 1 January 2020."),
            ["No.", "Zas took office on 1 January 2020."]
        );
        assert_eq!(
            split("It was signed as Protocol No. 3."),
            ["It was signed as Protocol No. 3."]
        );
    }

    #[test]
    fn lowercase_no_is_a_word_not_an_abbreviation() {
        assert_eq!(
            split("The answer was no. The CSTO said so."),
            ["The answer was no.", "The CSTO said so."]
        );
    }

    // --- quotations ---

    #[test]
    fn multi_sentence_quotation_with_attribution_is_one_sentence() {
        let text = "“Armenia is ending its chairmanship of the CSTO. Although it is an anniversary year [for the CSTO], for Armenia it was not an anniversary year at all. In the last two years, a CSTO member-state has been attacked by Azerbaijan at least three times, and actually, till now, we have not received any reaction from the CSTO regarding Azerbaijan’s aggression, which is a big blow to the CSTO’s image,” Pashinyan said.";
        assert_eq!(split(text), [text]);
    }

    #[test]
    fn quotation_closing_on_its_own_period_splits_before_new_sentence() {
        let text = "“We will continue the dialogue, including on those issues that are now very difficult.” Analysts point to Russia’s unwillingness to enter into conflict with Turkey and Azerbaijan in the Caucasus.";
        assert_eq!(
            split(text),
            [
                "“We will continue the dialogue, including on those issues that are now very difficult.”",
                "Analysts point to Russia’s unwillingness to enter into conflict with Turkey and Azerbaijan in the Caucasus."
            ]
        );
    }

    #[test]
    fn splits_before_opening_quote_after_attribution() {
        let text = "“Our relations with Russia are very frank, I don’t see a crisis,” Pashinyan said at a press conference on Tuesday. “We talk to one another, discuss, and we have registered that there are problems, a part of which are objective. These problems aren’t subjective the might impact the relations. Our relations are in a normal state, which doesn’t mean that there are no mutual concerns.”";
        let parts = split(text);
        assert_eq!(parts.len(), 2);
        assert!(parts[0].ends_with("on Tuesday."));
        assert!(parts[1].starts_with("“We talk"));
    }

    #[test]
    fn ellipsis_inside_quotation_does_not_split() {
        let text = "“My assessment is that the CSTO, willingly or unwillingly, is leaving the Republic of Armenia. And this worries us. We have not concealed anything that has happened. We would be happy to assume the position of the CSTO Deputy Secretary-General if would not be the wrong message to our people… If it would mean an additional layer of security for Armenia,” explained Pashinyan.";
        assert_eq!(split(text), [text]);
    }

    #[test]
    fn two_quotations_in_a_row_split() {
        let text = "Meanwhile, Kremlin spokesman Dmitry Peskov called Pashinyan’s statement “a fairly new statement.” “In any case, Armenia is our very close ally,” he said.";
        assert_eq!(
            split(text),
            [
                "Meanwhile, Kremlin spokesman Dmitry Peskov called Pashinyan’s statement “a fairly new statement.”",
                "“In any case, Armenia is our very close ally,” he said."
            ]
        );
    }

    #[test]
    fn period_after_closing_quote_splits() {
        let text = "He acknowledged that there have been “events here that have slightly changed the situation”. “But this does not mean that Russia is somehow going to curtail its activities. On the contrary, we believe that Russia continues to fulfill its role as a guarantor of security”, he concluded.";
        let parts = split(text);
        assert_eq!(parts.len(), 2);
        assert!(parts[0].ends_with("situation”."));
        assert!(parts[1].ends_with("he concluded."));
    }

    #[test]
    fn quotation_then_attribution_then_new_quotation() {
        let text = "“It is very important that Armenia and Azerbaijan agree on a peace treaty,” said Peskov, who accompanied Putin to Yerevan. “This is our main task. And we all have to do our utmost to…make it happen,” he told reporters after the summit.";
        let parts = split(text);
        assert_eq!(parts.len(), 2);
        assert!(parts[1].starts_with("“This is our main task. And"));
    }

    #[test]
    fn straight_double_quotes_are_paired_by_toggling() {
        let text = "Armenia narrowed its cooperation with the CSTO and took a number of steps that were considered \"hostile\" by the Kremlin. Pashinyan publicly admitted that counting on Russia to protect Armenia's security was a \"strategic mistake.\"";
        assert_eq!(split(text).len(), 2);
        let quoted_speech = "He said \"We will stay. We will fight,\" and left.";
        assert_eq!(split(quoted_speech), [quoted_speech]);
    }

    #[test]
    fn unbalanced_quotes_are_ignored_for_the_paragraph() {
        // The opening mark is never closed: honouring it would swallow every sentence.
        let text = "He called it “a mistake. Talks resumed on Monday. Peskov declined to comment.";
        assert_eq!(
            split(text),
            [
                "He called it “a mistake.",
                "Talks resumed on Monday.",
                "Peskov declined to comment."
            ]
        );
        let stray = "He said \"no. Talks resumed. Peskov left.";
        assert_eq!(split(stray).len(), 3);
    }

    #[test]
    fn a_stray_mark_of_one_kind_does_not_disable_another_kind() {
        let text = "He measured 5\" of snow. “We stay. We fight,” he said.";
        assert_eq!(
            split(text),
            ["He measured 5\" of snow.", "“We stay. We fight,” he said."]
        );
    }

    #[test]
    fn apostrophes_are_not_quotation_marks() {
        let text = "Armenia’s envoy didn’t come. Pashinyan's aide did. The peacekeepers’ base stayed shut. Russia’s ‘allies’ left.";
        assert_eq!(split(text).len(), 4);
    }

    #[test]
    fn single_curly_quotation_keeps_its_sentences_together() {
        let text = "‘We stay. We fight,’ he said. Talks resumed.";
        assert_eq!(
            split(text),
            ["‘We stay. We fight,’ he said.", "Talks resumed."]
        );
    }

    #[test]
    fn closed_question_followed_by_short_attribution_does_not_split() {
        assert_eq!(
            split("“Why should we stay?” Pashinyan asked. He left."),
            ["“Why should we stay?” Pashinyan asked.", "He left."]
        );
        assert_eq!(
            split("“We are leaving.” Peskov told reporters, smiling."),
            ["“We are leaving.” Peskov told reporters, smiling."]
        );
    }

    #[test]
    fn closed_quotation_followed_by_reported_speech_splits() {
        let text = "“We are leaving.” Pashinyan said the CSTO had failed.";
        assert_eq!(
            split(text),
            ["“We are leaving.”", "Pashinyan said the CSTO had failed."]
        );
    }

    #[test]
    fn standalone_quotation_paragraph() {
        let text = "“Armenia does not consider it expedient to hold CSTO exercises in the republic this year.”";
        assert_eq!(split(text), [text]);
    }

    // --- robustness ---

    #[test]
    fn odd_inputs_do_not_panic_and_keep_char_boundaries() {
        let inputs = [
            "...",
            "?!",
            "“",
            "”",
            "\"",
            "'",
            "’",
            ". . .",
            "A. B. C.",
            "🇦🇲. 🇷🇺! Ünïcödé? Ära.",
            "Mr.",
            ".Mr. X",
            "U.S.",
            "“”’‘«»\"'",
            "Ж. Б. Иванов сказал. Всё.",
            "\u{a0}\u{feff}.\u{a0}A",
        ];
        for text in inputs {
            for r in split_sentences(text) {
                assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                assert!(r.start < r.end);
            }
            for r in quoted_ranges(text) {
                assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            }
        }
    }

    #[test]
    fn huge_input_splits_into_every_sentence() {
        let text = "Pashinyan said the CSTO had failed. ".repeat(50_000);
        assert_eq!(split_sentences(&text).len(), 50_000);
        let quote = format!("“{}", "a. B".repeat(50_000));
        assert_eq!(split_sentences(&quote).len(), 50_001);
    }

    // --- quoted_ranges ---

    #[test]
    fn quoted_ranges_of_sentence_without_quotes_is_empty() {
        assert!(quoted_ranges("").is_empty());
        assert!(quoted("Armenia’s envoy didn’t come to Pashinyan's office.").is_empty());
    }

    #[test]
    fn quoted_ranges_finds_curly_double_quotes() {
        let sentence = "Prime Minister Nikol Pashinyan described Yerevan’s relations with Moscow as “very frank” and said that the Russia-led Collective Security Treaty Organization is “leaving Armenia behind.”";
        assert_eq!(
            quoted(sentence),
            ["“very frank”", "“leaving Armenia behind.”"]
        );
    }

    #[test]
    fn quoted_ranges_finds_straight_double_quotes() {
        let sentence = "Kremlin press secretary Dmytro Peskov said that Armenia did not warn Moscow about Pashinyan's decision to skip the meeting, and \"if this is really the case, then one can express regret.\"";
        assert_eq!(
            quoted(sentence),
            ["\"if this is really the case, then one can express regret.\""]
        );
    }

    #[test]
    fn quoted_ranges_covers_quotation_before_attribution() {
        let sentence = "“These are very important issues, which, of course, we need to discuss, just as we need to discuss the agenda, which, we hope, will lead to a lasting peace in our region,” Pashinyan said.";
        let ranges = quoted(sentence);
        assert_eq!(ranges.len(), 1);
        assert!(ranges[0].ends_with("region,”"));
    }

    #[test]
    fn quoted_ranges_finds_single_curly_quotes_not_apostrophes() {
        let sentence =
            "Yerevan’s relations with Moscow are ‘very frank’, the peacekeepers’ chief said.";
        assert_eq!(quoted(sentence), ["‘very frank’"]);
    }

    #[test]
    fn quoted_ranges_finds_straight_single_quotes_not_apostrophes() {
        let sentence = "Yerevan describes relations with Moscow's envoy as 'very frank'";
        assert_eq!(quoted(sentence), ["'very frank'"]);
    }

    #[test]
    fn quoted_ranges_single_quote_after_a_stray_apostrophe() {
        let sentence = "Since the '90s, Moscow has called the talks 'very frank' each time.";
        assert_eq!(quoted(sentence), ["'very frank'"]);
    }

    #[test]
    fn quoted_ranges_merges_nested_quotes() {
        let sentence = "He said, “They called it ‘a snub’ on Tuesday,” and left.";
        assert_eq!(quoted(sentence), ["“They called it ‘a snub’ on Tuesday,”"]);
    }

    #[test]
    fn quoted_ranges_unclosed_quote_at_word_start_runs_to_end() {
        let sentence = "“We talk to one another on Tuesday. ";
        assert_eq!(quoted(sentence), ["“We talk to one another on Tuesday."]);
        assert_eq!(
            quoted("He said \"no deal until May."),
            ["\"no deal until May."]
        );
    }

    #[test]
    fn quoted_ranges_unclosed_quote_not_at_word_start_is_ignored() {
        assert!(quoted("The situation\" changed in May.").is_empty());
        assert!(quoted("He wrote“ in May.").is_empty());
        // An unclosed single quote is usually an apostrophe: the ‘90s, ‘em.
        assert!(quoted("Since the ‘90s, Armenia relied on Russia.").is_empty());
    }

    #[test]
    fn quoted_ranges_ignores_closing_mark_never_opened() {
        assert!(quoted("deep roots” said Putin on Tuesday.").is_empty());
    }

    #[test]
    fn quoted_ranges_finds_guillemets() {
        assert_eq!(
            quoted("The CSTO is «a necessary organization», Peskov said."),
            ["«a necessary organization»"]
        );
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn text_strategy() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "Mr.",
            "U.S.",
            "a.m.",
            "V.",
            "3.5",
            "“",
            "”",
            "\"",
            "'",
            "‘",
            "’",
            "…",
            "...",
            ".",
            "?",
            "!",
            ")",
            "(",
            "[",
            "]",
            "«",
            "»",
            " ",
            "  ",
            "\n",
            "the",
            "The",
            "Armenia’s",
            "said",
            "Said",
            "2023",
            "🇦🇲",
            "é",
            "\u{a0}",
            "Pashinyan",
            "CSTO",
        ]);
        prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn sentences_are_trimmed_ordered_and_cover_all_non_whitespace(text in text_strategy()) {
            let ranges = split_sentences(&text);
            let mut last_end = 0;
            for r in &ranges {
                prop_assert!(r.start >= last_end && r.start < r.end);
                prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                let s = &text[r.clone()];
                prop_assert_eq!(s, s.trim());
                prop_assert!(text[last_end..r.start].trim().is_empty());
                last_end = r.end;
            }
            prop_assert!(text[last_end..].trim().is_empty());
        }

        #[test]
        fn quoted_ranges_are_sorted_disjoint_and_on_boundaries(text in text_strategy()) {
            let ranges = quoted_ranges(&text);
            let mut last_end = 0;
            for r in &ranges {
                prop_assert!(r.start >= last_end && r.start < r.end && r.end <= text.len());
                prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                last_end = r.end;
            }
        }

        #[test]
        fn arbitrary_strings_do_not_panic(text in ".{0,200}") {
            let _ = split_sentences(&text);
            let _ = quoted_ranges(&text);
        }
    }
}
