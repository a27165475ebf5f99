//! Hard-wrapped text: a print scan, an e-mailed newsletter or text taken
//! from a PDF breaks its lines at a fixed width, in the middle of
//! sentences and even of words ("told Rus-" / "sian agencies"). Every line
//! would be read as a paragraph of its own, and each piece of a sentence
//! as a sentence. Before its layout is read, such a text has its broken
//! lines joined back into paragraphs, and words broken by a hyphen at a
//! line's end made whole again.
//!
//! A text is taken for hard-wrapped when it has several lines that go on,
//! in lower case, on the next line, and none of them is longer than a
//! column ([`MAX_WIDTH`]): the longest such line gives the width it was
//! wrapped at. A line is then joined to the next when it is no wider than
//! that, the next is not indented further (an indented line opens a
//! paragraph), and either the next goes on in lower case or its first word
//! would not have fitted on the line. A text with its paragraphs on lines
//! of their own, as most web pages are saved, is left as it is.

use std::collections::HashSet;

/// The widest column taken for hard-wrapped: plain-text mail wraps at 72
/// to 80 characters, a newspaper column at 30 to 60.
const MAX_WIDTH: usize = 100;

/// The shortest line counted as wrapped: a column is wider than this, a
/// menu's or a list's lines are not.
const MIN_LINE: usize = 20;

/// How many lines must go on in lower case on the next for the text to be
/// taken for hard-wrapped: a menu or a list may have one or two.
const MIN_CONTINUED_LINES: usize = 5;

/// The text with its hard-wrapped lines joined into paragraphs, or `None`
/// when it is not hard-wrapped. A text whose paragraphs are on lines of
/// their own but whose words are still broken at some lines' ends, as an
/// OCR scan keeps them ("acting secre-" / "tary general"), has those words
/// made whole and their lines joined.
pub(crate) fn unwrapped(text: &str) -> Option<String> {
    let lines: Vec<&str> = text
        .split('\n')
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
        .collect();
    let Some(width) = wrap_width(&lines) else {
        return words_rejoined(&lines, text);
    };
    let words = whole_words(text);
    let mut joined = String::with_capacity(text.len());
    joined.push_str(lines[0]);
    for pair in lines.windows(2) {
        let (line, next) = (pair[0], pair[1]);
        if !goes_on(line, next, width) {
            joined.push('\n');
            joined.push_str(next);
            continue;
        }
        let next = next.trim_start();
        match broken_word(&joined, next) {
            Some(first) if joins_without_hyphen(first, next, &words) => {
                joined.truncate(joined.trim_end().len() - 1);
            }
            _ => {
                joined.truncate(joined.trim_end().len());
                if !joined.ends_with('-') || broken_word(&joined, next).is_none() {
                    joined.push(' ');
                }
            }
        }
        joined.push_str(next);
    }
    Some(joined)
}

/// `lines` with each word that a line's end broke ("secre-" / "tary")
/// made whole and the two lines joined, or `None` if no word was broken.
/// Only a line of prose breaks a word: one at least [`MIN_LINE`] long.
fn words_rejoined(lines: &[&str], text: &str) -> Option<String> {
    let breaks_a_word = |line: &str, next: &str| {
        line.trim_end().chars().count() >= MIN_LINE
            && broken_word(line, next.trim_start()).is_some()
    };
    if !lines.windows(2).any(|pair| breaks_a_word(pair[0], pair[1])) {
        return None;
    }
    let words = whole_words(text);
    let mut joined = String::with_capacity(text.len());
    joined.push_str(lines[0]);
    for pair in lines.windows(2) {
        let (line, next) = (pair[0], pair[1]);
        if !breaks_a_word(line, next) {
            joined.push('\n');
            joined.push_str(next);
            continue;
        }
        let next = next.trim_start();
        joined.truncate(joined.trim_end().len());
        if broken_word(&joined, next).is_some_and(|first| joins_without_hyphen(first, next, &words))
        {
            joined.pop();
        }
        joined.push_str(next);
    }
    Some(joined)
}

/// The width the text was wrapped at, if it was: the longest line that
/// goes on in lower case on the next line. Not when most of the text lies
/// on lines far wider than that: those are paragraphs on lines of their
/// own, and the short lines a menu or a list.
fn wrap_width(lines: &[&str]) -> Option<usize> {
    let mut continued = 0;
    let mut width = 0;
    for pair in lines.windows(2) {
        let (line, next) = (pair[0].trim_end(), pair[1].trim_start());
        let length = line.chars().count();
        if length < MIN_LINE || !starts_lowercase(next) || ends_sentence(line) {
            continue;
        }
        if length > MAX_WIDTH {
            return None;
        }
        continued += 1;
        width = width.max(length);
    }
    if continued < MIN_CONTINUED_LINES {
        return None;
    }
    let total: usize = lines.iter().map(|line| line.len()).sum();
    let wide: usize = lines
        .iter()
        .filter(|line| line.chars().count() > 2 * width)
        .map(|line| line.len())
        .sum();
    (wide * 10 < total).then_some(width)
}

/// Whether `line` was broken at `width` and goes on in `next`.
fn goes_on(line: &str, next: &str, width: usize) -> bool {
    let trimmed = line.trim_end();
    let Some(first_word) = next.split_whitespace().next() else {
        return false;
    };
    // An indented line opens a paragraph, but under an item of a list its
    // text goes on indented as far as the item's text ("• Russia brokered
    // ..." / "  the alliance.").
    let hangs = opens_an_item(line) && indent(next) <= indent(line) + 2;
    if trimmed.trim_start().is_empty() || (indent(next) > indent(line) && !hangs) {
        return false;
    }
    let length = trimmed.chars().count();
    // A PDF's lines are ragged: a line near the full width that stops
    // short of a sentence's end ("... On 31 October" / "Prime Minister
    // Nikol Pashinyan asked ...") goes on, unless the next opens an item
    // of a list or a numbered section.
    let ragged = length * 4 >= width * 3 && !ends_sentence(trimmed) && !opens_an_item(next);
    length <= width
        && (starts_lowercase(next.trim_start())
            || length + 1 + first_word.chars().count() > width
            || ragged)
}

/// Whether `line` opens an item of a list or a numbered section: "• ...",
/// "- ...", "2.3 ...", "4. ...", "[5] ...".
fn opens_an_item(line: &str) -> bool {
    let line = line.trim_start();
    if line.starts_with(['•', '-', '–', '—', '*', '·', '[', '(']) {
        return true;
    }
    // (A bare number is a day going on: "... a video summit on" / "2
    // December 2020.")
    let number = line.split_whitespace().next().unwrap_or_default();
    number.starts_with(|c: char| c.is_ascii_digit())
        && number.contains(['.', ')'])
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ')')
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

fn starts_lowercase(line: &str) -> bool {
    line.chars().next().is_some_and(char::is_lowercase)
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with(['.', '!', '?', ':'])
}

/// The letters before a hyphen that ends `text`, when `next` goes on in
/// lower case: the first part of a word the line's end broke, or of a
/// compound ("Moscow-" / "led").
fn broken_word<'t>(text: &'t str, next: &str) -> Option<&'t str> {
    let before = text.trim_end().strip_suffix('-')?;
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(at, _)| at)?;
    starts_lowercase(next).then_some(&before[start..])
}

/// Whether a word broken at a line's end ("Rus-" / "sian") is one word:
/// yes, unless its first part is a word the text writes on its own and the
/// whole is not ("Moscow-" / "led" is "Moscow-led").
fn joins_without_hyphen(first: &str, next: &str, words: &HashSet<&str>) -> bool {
    let rest: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
    let whole = format!("{first}{rest}");
    words.contains(whole.as_str()) || !words.contains(first)
}

/// The words the text writes whole, letters only: not the part of a word
/// before a hyphen that ends a line.
fn whole_words(text: &str) -> HashSet<&str> {
    text.split_whitespace()
        .filter(|token| !token.ends_with('-'))
        .flat_map(|token| token.split(|c: char| !c.is_alphabetic()))
        .filter(|word| !word.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMN: &str = "SHIRAK HERALD · Friday, July 6, 2012 · No. 27 (1184)\n\
        \n\
        Uzbekistan has suspended its membership in the\n\
        Collective Security Treaty Organization, the\n\
        second time in thirteen years that Tashkent has\n\
        turned its back on the Moscow-led bloc. The Uzbek\n\
        Foreign Ministry sent a note to the organisation's\n\
        secretariat on June 28, a Thursday, saying it would\n\
        no longer take part in its work. The secretariat\n\
        made the note public the following day.\n\
        \x20 Secretary General Nikolai Bordyuzha told Rus-\n\
        sian agencies on Monday that the alliance \"will\n\
        not fall apart\". Diplomats in Moscow point to the\n\
        long quarrels of Moscow-\n\
        led allies with Kyrgyzstan and Ta-\n\
        jikistan.\n";

    #[test]
    fn a_scan_with_paragraphs_on_their_lines_has_its_broken_words_made_whole() {
        let scan = "THE MORNING STAR                    SATURDAY, NOVEMBER 3, 2018                    PAGE 4\n\
            \n\
            His Russian deputy, Valery Semerikov, took charge of the secretariat on Friday as acting secre-\n\
            tary general.\n\
            \"The alliance has never had to replace a secretary general,\" said Hovik Der-\n\
            menjyan, who teaches law.\n\
            The talks with Moscow-\n\
            led allies, Moscow and its friends, go on.\n\
            Dates:\n\
            - 1 March\n";
        let text = unwrapped(scan).expect("broken words to join");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines,
            [
                "THE MORNING STAR                    SATURDAY, NOVEMBER 3, 2018                    PAGE 4",
                "",
                "His Russian deputy, Valery Semerikov, took charge of the secretariat on Friday as acting secretary general.",
                "\"The alliance has never had to replace a secretary general,\" said Hovik Dermenjyan, who teaches law.",
                "The talks with Moscow-led allies, Moscow and its friends, go on.",
                "Dates:",
                "- 1 March",
            ]
        );
        assert_eq!(unwrapped("One line.\nAnother line -\nand a list-\n"), None);
    }

    #[test]
    fn a_column_is_joined_into_its_paragraphs() {
        let text = unwrapped(COLUMN).expect("a hard-wrapped column");
        let paragraphs: Vec<&str> = text.lines().collect();
        assert_eq!(
            paragraphs[2],
            "Uzbekistan has suspended its membership in the Collective Security Treaty \
             Organization, the second time in thirteen years that Tashkent has turned its back \
             on the Moscow-led bloc. The Uzbek Foreign Ministry sent a note to the \
             organisation's secretariat on June 28, a Thursday, saying it would no longer take \
             part in its work. The secretariat made the note public the following day."
        );
        // The indented line opens a paragraph; a word the line's end broke
        // is whole again, a compound keeps its hyphen.
        assert_eq!(
            paragraphs[3],
            "  Secretary General Nikolai Bordyuzha told Russian agencies on Monday that the \
             alliance \"will not fall apart\". Diplomats in Moscow point to the long quarrels of \
             Moscow-led allies with Kyrgyzstan and Tajikistan."
        );
        assert_eq!(
            paragraphs[0],
            "SHIRAK HERALD · Friday, July 6, 2012 · No. 27 (1184)"
        );
        assert_eq!(paragraphs.len(), 4);
    }

    #[test]
    fn paragraphs_on_lines_of_their_own_are_left_as_they_are() {
        let page = "Armenia freezes its CSTO participation\n\n\
            Prime Minister Nikol Pashinyan said on Thursday that Armenia had frozen its \
            participation in the Collective Security Treaty Organization, because the bloc had \
            failed to meet its obligations in 2021 and 2022.\n\
            Home\nnews\nabout us\ncontact\nprivacy\nterms\n";
        assert_eq!(unwrapped(page), None);
    }

    #[test]
    fn short_lines_that_end_sentences_do_not_make_a_text_wrapped() {
        let list = "Read more:\n- one.\n- two.\n- three.\n- four.\n- five.\n- six.\n";
        assert_eq!(unwrapped(list), None);
    }

    /// Text taken from a PDF: ragged lines, numbered paragraphs, a list
    /// whose items go on indented under their text.
    const BRIEFING: &str = "Summary\n\
        • Russia brokered the ceasefire that ended the war on 10 November 2020, outside\n  \
          the alliance.\n\
        • The alliance's leaders discussed the outcome at a video summit on\n\
        2 December 2020.\n\
        \n\
        2.1 Clashes on the northern border in July 2020 were followed by the\n\
        Azerbaijani offensive of 27 September.\n\
        2.2 Armenia addressed its request for help to Russia alone. On 31 October\n\
        Prime Minister Nikol Pashinyan asked President Putin to open consultations\n\
        under the bilateral treaty of 1997. The Russian Foreign Ministry replied the\n\
        same day that assistance would follow if the fighting reached Armenian terri-\n\
        tory.\n\
        2.3 On 7 October President Putin had stated that Russia would meet its treaty\n\
        obligations towards Armenia but that the hostilities were not on Armenian\n\
        territory.\n";

    #[test]
    fn a_ragged_line_that_stops_short_of_a_sentences_end_goes_on() {
        let text = unwrapped(BRIEFING).expect("a hard-wrapped briefing");
        let paragraphs: Vec<&str> = text.lines().collect();
        assert_eq!(
            paragraphs,
            [
                "Summary",
                "• Russia brokered the ceasefire that ended the war on 10 November 2020, outside the alliance.",
                "• The alliance's leaders discussed the outcome at a video summit on 2 December 2020.",
                "",
                "2.1 Clashes on the northern border in July 2020 were followed by the Azerbaijani offensive of 27 September.",
                "2.2 Armenia addressed its request for help to Russia alone. On 31 October Prime Minister Nikol Pashinyan asked President Putin to open consultations under the bilateral treaty of 1997. The Russian Foreign Ministry replied the same day that assistance would follow if the fighting reached Armenian territory.",
                "2.3 On 7 October President Putin had stated that Russia would meet its treaty obligations towards Armenia but that the hostilities were not on Armenian territory.",
            ]
        );
    }
}
