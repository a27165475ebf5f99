//! Future cues: whether the words before a date, in its clause, put it ahead
//! of the publication ("will", "is to be held", reported "would").

use super::patterns::{CUE_LOOKBACK, FUTURE_CUE, PAST_MARKER, REPORTING_VERB, WOULD};
use crate::extract::text::floor_char_boundary;

/// Which cue puts the words before an offset ahead (see [`future_cue`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FutureCue {
    /// "will", "is to be held", "scheduled": ahead of the writing.
    Plain,
    /// Only a reported "would" ("had been told its guards would no longer be
    /// needed from 1 August"): ahead of the saying, which came before the
    /// writing, so the date may already have passed when it is published.
    ReportedWould,
}

/// Which cue, if any, puts the words before `at`, in its clause, ahead of
/// the publication.
///
/// The clause runs back to the previous comma, semicolon, colon, bracket, dash
/// or sentence end, so "the summit, which is to be held in Minsk on November 23"
/// sees "is to be held". Cues are [`FUTURE_CUE`] and, after a reporting verb
/// anywhere earlier in the sentence, "would". A past-tense verb after the last
/// cue cancels it ("will respond to the attack that began on Tuesday").
pub(super) fn future_cue(text: &str, at: usize) -> Option<FutureCue> {
    let window_start = floor_char_boundary(text, at.saturating_sub(CUE_LOOKBACK));
    let before = &text[window_start..at];
    let clause_start = clause_start(before);
    let clause = &before[clause_start..];
    let plain_end = FUTURE_CUE
        .find_iter(clause)
        .filter(|m| !is_next_to(m.as_str()) && !is_attributive(clause, m.start(), m.as_str()))
        .map(|m| m.end())
        .next_back();
    let mut cue = plain_end.map(|end| (end, FutureCue::Plain));
    if let Some(would) = WOULD.find_iter(clause).next_back() {
        let would_at = clause_start + would.start();
        let sentence_start =
            after_last(&before[..would_at], |c| matches!(c, '.' | '!' | '?' | '\n'));
        if (REPORTING_VERB.is_match(&before[sentence_start..would_at])
            || closing_tag_reports(&text[at..]))
            && plain_end.is_none_or(|end| end < would.end())
        {
            let kind = if plain_end.is_some() {
                FutureCue::Plain
            } else {
                FutureCue::ReportedWould
            };
            cue = Some((would.end(), kind));
        }
    }
    cue.filter(|(end, _)| !PAST_MARKER.is_match(&clause[*end..]))
        .map(|(_, kind)| kind)
}

/// "The summit would be held on 20 November, Pashinyan said.": a tag
/// after the last comma of the sentence that reports the words before it.
fn closing_tag_reports(after: &str) -> bool {
    let sentence = after
        .find(['.', '!', '?', '\n'])
        .map_or(after, |end| &after[..end]);
    sentence
        .rfind(',')
        .is_some_and(|comma| REPORTING_VERB.is_match(&sentence[comma..]))
}

/// "had informed the Secretariat of the planned amendments on 14 June": a
/// participle after a determiner names a thing ("the planned amendments",
/// "its scheduled session"); it does not put the clause in the future.
fn is_attributive(clause: &str, at: usize, cue: &str) -> bool {
    let cue = cue.to_ascii_lowercase();
    let adjective = matches!(
        cue.as_str(),
        "planned" | "scheduled" | "upcoming" | "forthcoming"
    );
    let determiner = clause[..at].split_whitespace().last().is_some_and(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "these"
        )
    });
    // "approved Masadykov as the next secretary general on 27 November":
    // after a verb in the past, "the next" only orders what the deed named.
    let named_by_a_past_deed = cue == "next"
        && clause[..at].split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            (w.len() > 4 && w.ends_with("ed")) || PAST_MARKER.is_match(w)
        });
    (adjective || named_by_a_past_deed) && determiner
}

/// "next to the border" is a place, not a time.
fn is_next_to(cue: &str) -> bool {
    let lower = cue.to_ascii_lowercase();
    lower.starts_with("next") && lower.ends_with("to")
}

/// Where the clause that ends `before` starts: just after the last comma,
/// semicolon, colon, bracket, dash or sentence end. A short aside in
/// brackets is no end of a clause ("will not attend the summit of the
/// Collective Security Treaty Organization (CSTO) in Minsk on Thursday"):
/// the clause runs on past it.
fn clause_start(before: &str) -> usize {
    /// The longest aside in brackets the clause runs past, in bytes.
    const ASIDE: usize = 60;
    let ends = |c: char| matches!(c, ',' | ';' | ':' | '—' | '–' | '.' | '!' | '?' | '\n');
    let mut end = before.len();
    loop {
        let start = after_last(&before[..end], |c| ends(c) || c == '(' || c == ')');
        if !before[..start].ends_with(')') {
            return start;
        }
        let closing = start - 1;
        let opening = before[..closing]
            .rfind(['(', ')'])
            .filter(|&at| before[at..].starts_with('(') && closing - at <= ASIDE);
        match opening {
            Some(at) if !before[at..closing].contains(ends) => end = at,
            _ => return start,
        }
    }
}

/// The byte offset just after the last char of `text` matching `pred`, or 0.
fn after_last(text: &str, pred: impl Fn(char) -> bool) -> usize {
    text.char_indices()
        .rev()
        .find(|&(_, c)| pred(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}
