//! Finding dates in a sentence and resolving them against the publication date.
//!
//! (Contract — to be implemented.)

use chrono::NaiveDate;

use super::calendar::EventDate;

/// What kind of expression a date mention was, so the event builder can tell
/// "in 2018" (absolute) from "this year" (a period around the publication).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// The text gives the year itself: "October 3, 2023", "May 2021", "in 2018", "2023-10-03".
    Absolute,
    /// A day or month whose year comes from the publication date: "on November 23", "in April", "early January".
    YearFromContext,
    /// A weekday: "on Tuesday", "Tuesday's statement".
    Weekday,
    /// A period that contains the publication date: "this year", "this month", "earlier this month", "today".
    CurrentPeriod,
    /// A period just before the publication date: "last year", "last month", "yesterday".
    PreviousPeriod,
    /// "last week", "recently", "a few days ago": only approximately placed.
    Vague,
}

/// One date expression found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte offsets of the expression within the sentence given to [`find_dates`].
    pub start: usize,
    pub end: usize,
    /// The resolved date, exactly as precise as the text.
    pub date: EventDate,
    pub kind: MentionKind,
    /// The sentence speaks of this date as ahead of the publication ("is to be held ... on November 23").
    pub future: bool,
    /// The date only approximately places the happening ("last week").
    pub approximate: bool,
}

/// Finds every date expression in `sentence`, in order of position.
/// Relative expressions resolve against `published`; without it they are left out.
pub fn find_dates(sentence: &str, published: Option<NaiveDate>) -> Vec<DateMention> {
    let _ = (sentence, published);
    Vec::new()
}

/// Infers a document's publication date from its text, when no manifest gives one.
pub fn infer_publication_date(text: &str) -> Option<NaiveDate> {
    let _ = text;
    None
}
