//! Finding dates in a sentence and resolving them against the publication date.
//!
//! News prose dates its happenings in many ways: "on November 10, 2020", "in
//! April", "since 2018", "on Tuesday", "last week". [`find_dates`] finds each such
//! expression in one sentence and turns it into an [`EventDate`] exactly as
//! precise as the text, reading the expressions that leave the year (or the whole
//! date) to context the way a careful reader does: against the article's
//! publication date, looking back in time unless the sentence speaks of the
//! future at that point. [`infer_publication_date`] guesses that publication
//! date for documents whose manifest gives none.
//!
//! The scan runs independent matchers (full dates, month ranges, months,
//! weekdays, relative periods, bare years). Each proposes candidates; where
//! candidates overlap, the one starting first wins, and of those the longest, so
//! "Sunday, September 3" is one mention and "September this year" is not also
//! "this year". Matching is linear in the sentence; context windows are bounded.

mod cues;
mod future;
mod patterns;
mod publication;
mod resolve;
mod scan;
#[cfg(test)]
mod tests;

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use chrono::Datelike;
use chrono::NaiveDate;

use crate::model::EventDate;
use cues::Cues;
use patterns::{DAY_FIRST, MONTH_FIRST};
use scan::{Published, Scanner, select};

use super::memo;

pub use publication::{byline_date, infer_publication_date, stamp_date};

/// What kind of expression a date mention was, so the event builder can tell
/// "in 2018" (absolute) from "this year" (a period around the publication).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// The text gives the year itself: "October 3, 2023", "May 2021", "in 2018", "2023-10-03".
    Absolute,
    /// A day or month whose year comes from the publication date: "on November 23", "in April", "early January".
    /// Also a month whose year is named relative to it: "in September this year".
    YearFromContext,
    /// A weekday: "on Tuesday", "Tuesday's statement".
    Weekday,
    /// A period that contains the publication date: "this year", "this month", "earlier this month", "today".
    /// The period just after it ("next month", "next year", "tomorrow", "next May") is also given this kind, with `future` set.
    CurrentPeriod,
    /// A period just before the publication date: "last year", "last month", "yesterday",
    /// "last May" (the last May before it).
    PreviousPeriod,
    /// "last week", "recently", "a few days ago": only approximately placed.
    Vague,
    /// A time told relative to the happening before it in the story ("a day
    /// later", "the same month", "that November"): its `date` is a placeholder
    /// until the narrative context resolves it (see `ContextShift::apply`).
    FromContext(ContextShift),
}

/// How a date told relative to the story's previous happening is placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContextShift {
    /// "a day later" (+1), "two days later" (+2), "the day before" (-1).
    Days(i64),
    /// "the same day", "within hours", "earlier in the day".
    SameDay,
    /// "the same month", "that month".
    SameMonth,
    /// "that November": the next such month from the context on.
    Month(u32),
    /// "the following January": the first such month after the context's.
    MonthAfter(u32),
    /// "that autumn" (the season of the context's year), "the following
    /// spring" (the first after the context): the year, which is as
    /// precise as a season can be shown. The season is known by the month
    /// it ends in.
    Season { last_month: u32, following: bool },
    /// "days later": after the context, within its month, approximately.
    FewDaysLater,
    /// "the following week": the week after the context's, in the month
    /// that holds most of it, approximately.
    FollowingWeek,
    /// "a month later" (+1), "two months earlier" (-2): a month,
    /// approximately.
    Months(i32),
    /// "a year later", "two years earlier": the year, or the same month
    /// of it approximately when the context has its month.
    Years(i32),
    /// "the following year" (+1), "the previous year" (-1): the calendar
    /// year that many on from the context's, as a year.
    CalendarYears(i32),
    /// "that year", "the same year"; approximately for "earlier that year".
    SameYear { approximate: bool },
    /// "on the 15th": that day of the context's month.
    DayOfMonth(u32),
    /// "the Saturday before", "the Friday after": the nearest such weekday
    /// before or after the context's day.
    WeekdayAround {
        weekday: chrono::Weekday,
        after: bool,
    },
}

/// One date expression found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte offsets of the expression within the sentence given to [`find_dates`].
    /// A leading preposition ("in", "on", "since") is not part of the expression;
    /// a modifier that changes its meaning ("early", "mid-", "last", "next") is.
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

/// Whether the words before `at` in its clause put a date there ahead of
/// the writing ("will meet on", "is to be held on", a reported "would").
pub(crate) fn told_ahead(sentence: &str, at: usize) -> bool {
    future::future_cue(sentence, at).is_some()
}

/// Finds every date expression in `sentence`, in order of position.
/// Relative expressions resolve against `published`; without it they are left out.
///
/// Mentions never overlap and are sorted by `start`. Expressions that look like
/// dates but name no real day ("February 31") yield nothing.
///
/// Placing what the text leaves to context:
/// - a bare month ("in April", "early January") is the latest such month on or
///   before the publication month; a day without year ("on November 23") and a
///   weekday ("on Tuesday") the nearest such day on or before the publication
///   date, that date included. When the sentence speaks of the future at that
///   point, it is the nearest one on or after it instead; "last" and "next"
///   ("last May", "next Tuesday") skip the current one.
/// - `future` is set when the date begins after the publication, or when the
///   clause before it has a future cue ("will", "is to be held", "scheduled",
///   reported "would", ...; see `future_cue`) and the date is not wholly
///   past: "this year" in "said it would not hold exercises this year".
/// - a bare 4-digit number is a year only in a year's context (see `Scanner::years`).
pub fn find_dates(sentence: &str, published: Option<NaiveDate>) -> Vec<DateMention> {
    let known = RECENT.with_borrow(|recent| {
        recent
            .iter()
            .find(|(text, date, _)| *date == published && **text == *sentence)
            .map(|(_, _, found)| found.clone())
    });
    if let Some(found) = known {
        return found;
    }
    let found = memo::dates(sentence, || {
        let (found, published) = scan_dates(sentence, published, &Cues::of(sentence));
        (found, !published.asked())
    });
    let found = entry_told_from_its_head(sentence, found);
    RECENT.with_borrow_mut(|recent| {
        if recent.len() == RECENT_SENTENCES {
            recent.pop_front();
        }
        recent.push_back((sentence.into(), published, found.clone()));
    });
    found
}

/// "1 August 2024: Today border guards took over ...", "14 June 2024:
/// Yesterday the prime minister told ...": an entry of a page of updates
/// opens with its own date, and its "today", "yesterday" or "on Friday"
/// count from that date, not from the page's. The head is then only the
/// entry's time: the entry's own words date it.
fn entry_told_from_its_head(sentence: &str, found: Vec<DateMention>) -> Vec<DateMention> {
    let Some(head) = found.first() else {
        return found;
    };
    let relative = |m: &DateMention| {
        matches!(
            m.kind,
            MentionKind::CurrentPeriod
                | MentionKind::PreviousPeriod
                | MentionKind::Vague
                | MentionKind::Weekday
        )
    };
    let Some(now) = head.date.day_value().map(|_| head.date.first_day()) else {
        return found;
    };
    let rest = &sentence[head.end..];
    // "6 · 14 June 2024: added ...": a numbered entry of a revision history
    // opens with its number.
    let numbered = {
        let number = sentence[..head.start].trim_end_matches([' ', '·', '.', ')', '-', '–', '—']);
        !number.is_empty() && number.len() <= 3 && number.bytes().all(|b| b.is_ascii_digit())
    };
    if !matches!(
        head.kind,
        MentionKind::Absolute | MentionKind::YearFromContext
    ) || (head.start > 0 && !numbered)
        || !rest.trim_start().starts_with(':')
        || !found[1..].iter().any(relative)
    {
        return found;
    }
    let from = head.end + (rest.len() - rest.trim_start().len()) + 1;
    let (told, _) = scan_dates(&sentence[from..], Some(now), &Cues::of(&sentence[from..]));
    let told: Vec<DateMention> = told
        .into_iter()
        .map(|mut m| {
            m.start += from;
            m.end += from;
            m
        })
        .collect();
    // "1 August 2024: Today ...", "10 January 2023: no exercises in Armenia
    // this year": a time that holds the entry's day only restates it, and
    // the head dates the entry ("today" stays a mention of that day, so
    // that the title leaves it out).
    if told
        .iter()
        .all(|m| m.date.first_day() <= now && now <= m.date.last_day())
    {
        let restated = told.into_iter().filter(|m| m.date == head.date);
        let mut kept: Vec<DateMention> = found
            .iter()
            .filter(|m| !relative(m))
            .cloned()
            .chain(restated)
            .collect();
        // In the order of the sentence, as every reading gives its dates.
        kept.sort_by_key(|m| m.start);
        return kept;
    }
    told
}

/// How many of the sentences last read for dates each thread remembers.
const RECENT_SENTENCES: usize = 8;

thread_local! {
    /// The sentences this thread last read for dates, with the publication
    /// date they were read against and what was found. A sentence is read
    /// for its happenings, then again by the readers of the story's time
    /// (whether it sets the time, goes on from the time told before it),
    /// against the same date: the second reading is the first one's copy.
    /// Keyed by the text itself, so a sentence is never taken for another.
    static RECENT: RefCell<VecDeque<RecentDates>> =
        const { RefCell::new(VecDeque::new()) };
}

/// A sentence, the publication date it was read against, its dates.
type RecentDates = (Box<str>, Option<NaiveDate>, Vec<DateMention>);

/// [`find_dates`] with every matcher run, whatever the sentence holds: what
/// skipping by the cues must never change.
#[cfg(test)]
pub(crate) fn find_dates_unskipped(
    sentence: &str,
    published: Option<NaiveDate>,
) -> Vec<DateMention> {
    entry_told_from_its_head(sentence, scan_dates(sentence, published, &Cues::ALL).0)
}

/// Runs the matchers whose cues `cues` holds; a matcher whose cue the
/// sentence lacks would find nothing. The order is that of the candidates
/// [`select`] breaks ties by. Gives the mentions with the publication date
/// as the scan left it, which tells whether it was asked for.
fn scan_dates(
    sentence: &str,
    published: Option<NaiveDate>,
    cues: &Cues,
) -> (Vec<DateMention>, Published) {
    let mut scan = Scanner {
        text: sentence,
        published: Published::new(published),
        candidates: Vec::new(),
        last_cue: Cell::new(None),
    };
    if cues.digit {
        scan.iso_dates();
        scan.dotted_dates();
    }
    if cues.season {
        scan.seasons();
    }
    if cues.contextual {
        scan.contextual();
    }
    if cues.digit || cues.ordinal {
        scan.ordinal_days();
    }
    if cues.digit && cues.month {
        scan.day_dates(&DAY_FIRST, false);
        scan.day_dates(&MONTH_FIRST, true);
    }
    if cues.ordinal && cues.month {
        scan.ordinal_word_dates();
    }
    if cues.month {
        scan.edge_days();
        scan.month_ranges();
        scan.months();
    }
    if cues.weekday {
        scan.weekdays();
    }
    if cues.relative {
        scan.relative_periods();
    }
    if cues.digit {
        scan.years();
    }
    let mut mentions = select(scan.candidates);
    weekdays_after_their_day(sentence, &mut mentions);
    years_from_the_range_end(sentence, &mut mentions);
    if let Some(published) = published {
        days_on_their_weekday(sentence, published, &mut mentions);
        days_of_a_past_year(sentence, published, &mut mentions);
    }
    (mentions, scan.published)
}

/// "on June 28, a Thursday", "on 22 November, Wednesday": a weekday set
/// after a day names that day, not another one near the publication. It
/// goes into the day's mention, so that a title leaves it out with the
/// day. (A weekday before the day, "Thursday, November 23", is read with
/// it by the day's own pattern.)
fn weekdays_after_their_day(sentence: &str, mentions: &mut Vec<DateMention>) {
    let mut n = 1;
    while n < mentions.len() {
        let (day, weekday) = (&mentions[n - 1], &mentions[n]);
        let between = sentence[day.end..weekday.start].trim_end();
        let in_apposition = matches!(between, "," | ", a" | ", the" | " (" | ", on a");
        if in_apposition
            && weekday.kind == MentionKind::Weekday
            && day.date.day_value().is_some()
            && weekday.end - weekday.start <= "wednesday".len()
        {
            let end = weekday.end + usize::from(sentence[weekday.end..].starts_with(')'));
            mentions[n - 1].end = end;
            mentions.remove(n);
        } else {
            n += 1;
        }
    }
}

/// How many years back a day without its year is looked for on the
/// weekday written with it: the calendar repeats its weekdays within
/// eleven years.
const WEEKDAY_YEARS_BACK: i32 = 11;

/// "The war began on a Sunday too, on 27 September", "on Sunday, 27
/// September", in a page of 2023: a weekday written with a day that has no
/// year names its year, as a careful reader checks, when the nearest such
/// day of the past falls on another weekday (27 September 2022 was a
/// Tuesday; 27 September 2020 the Sunday). The latest year before the
/// publication whose day falls on it is taken. A day told as still to
/// come is left to the future's reading.
fn days_on_their_weekday(sentence: &str, published: NaiveDate, mentions: &mut Vec<DateMention>) {
    let mut read_with_a_day = Vec::new();
    for m in mentions.iter_mut() {
        let (Some(month), Some(day)) = (m.date.month_value(), m.date.day_value()) else {
            continue;
        };
        if m.kind != MentionKind::YearFromContext || m.future {
            continue;
        }
        let Some((weekday, named_at)) = weekday_named_with(sentence, m) else {
            continue;
        };
        read_with_a_day.push(named_at);
        let current = m.date.first_day();
        if current.weekday() == weekday {
            continue;
        }
        let start = current.year().min(published.year());
        let found = (start - WEEKDAY_YEARS_BACK..=start)
            .rev()
            .filter_map(|year| NaiveDate::from_ymd_opt(year, month, day))
            .find(|d| *d <= published && d.weekday() == weekday);
        if let Some(date) = found {
            m.date = EventDate::from_naive(date);
            m.kind = MentionKind::Absolute;
        }
    }
    // The weekday read on its own ("a Sunday") is that day, not another.
    mentions.retain(|other| {
        other.kind != MentionKind::Weekday
            || !read_with_a_day.iter().any(|at| at.contains(&other.start))
    });
}

/// The weekday written with a day mention: inside it ("Sunday, 27
/// September", "27 September, a Sunday") or just before it, set off by a
/// comma ("on a Sunday too, on 27 September"); with where it stands.
fn weekday_named_with(
    sentence: &str,
    m: &DateMention,
) -> Option<(chrono::Weekday, std::ops::Range<usize>)> {
    let inside = &sentence[m.start..m.end];
    if let Some((at, weekday)) = crate::extract::text::alnum_words(inside)
        .find_map(|w| scan::capitalised_weekday(w).map(|d| (w, d)))
        .map(|(w, d)| {
            (
                m.start + (w.as_ptr() as usize - inside.as_ptr() as usize),
                d,
            )
        })
    {
        return Some((weekday, at..at + 1));
    }
    let before = sentence[..m.start].trim_end();
    let before = before.strip_suffix("on").unwrap_or(before).trim_end();
    let before = before.strip_suffix(',')?.trim_end();
    let before = ["too", "also", "again"]
        .iter()
        .find_map(|filler| before.strip_suffix(filler))
        .unwrap_or(before)
        .trim_end();
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(at, c)| at + c.len_utf8());
    let weekday = scan::capitalised_weekday(&before[word_start..])?;
    Some((weekday, word_start..m.start))
}

/// "He arrived in Moscow in the autumn of 2018, weeks before the Astana
/// summit of 8 November": a day without its year, which the publication
/// would put ahead of it, in a sentence that writes one year of the past
/// and tells nothing to come, is of that year. (A day that falls back
/// before the publication is left alone: "Zas, who took office in January
/// 2020, said on 5 March" is this March.)
fn days_of_a_past_year(sentence: &str, published: NaiveDate, mentions: &mut [DateMention]) {
    let mut years = mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Absolute && m.date.year_value() < published.year())
        .map(|m| m.date.year_value());
    let Some(year) = years.next() else {
        return;
    };
    if years.any(|other| other != year) || tells_of_what_is_to_come(sentence) {
        return;
    }
    for m in mentions.iter_mut() {
        let Some(month) = m.date.month_value() else {
            continue;
        };
        let says_its_year = sentence[m.start..m.end].to_lowercase().contains("year");
        if m.kind != MentionKind::YearFromContext
            || says_its_year
            || m.date.first_day() <= published
        {
            continue;
        }
        let date = match m.date.day_value() {
            Some(day) => EventDate::day(year, month, day),
            None => EventDate::month(year, month),
        };
        if let Some(date) = date {
            m.date = date;
            m.kind = MentionKind::Absolute;
        }
    }
}

/// Whether a sentence has a word that tells of something to come ("will
/// take place", "is due", "next"): the scanner's own cue of the future is
/// looser ("weeks before the summit" looks ahead from the weeks, not from
/// the writing).
fn tells_of_what_is_to_come(sentence: &str) -> bool {
    crate::extract::text::alnum_words(sentence).any(|w| {
        [
            "will",
            "would",
            "shall",
            "due",
            "scheduled",
            "planned",
            "plans",
            "next",
            "upcoming",
            "coming",
            "expected",
            "ahead",
        ]
        .iter()
        .any(|cue| w.eq_ignore_ascii_case(cue))
    })
}

/// "Sept. 27 - Nov. 10, 2020", "from 3 March to 5 April 2021": the first
/// day of a range takes its year from the last, which gives it, not from
/// the publication. So does the first of a list of days in their order
/// ("the statements of 11 January and 26 November 2021").
fn years_from_the_range_end(sentence: &str, mentions: &mut [DateMention]) {
    for n in 1..mentions.len() {
        let (first, last) = (&mentions[n - 1], &mentions[n]);
        let between = sentence[first.end..last.start].trim();
        let joined = matches!(
            between,
            "-" | "–" | "—" | "to" | "through" | "until" | "till"
        );
        let listed = matches!(between, "and" | "or" | "," | ", and");
        if !(joined || listed)
            || first.kind != MentionKind::YearFromContext
            || last.kind != MentionKind::Absolute
        {
            continue;
        }
        let Some(month) = first.date.month_value() else {
            continue;
        };
        let year = match last.date.month_value() {
            // "26 November and 11 January 2021" are no list in order.
            Some(last_month) if listed && month > last_month => continue,
            Some(last_month) if month > last_month => last.date.year_value() - 1,
            _ => last.date.year_value(),
        };
        let date = match first.date.day_value() {
            Some(day) => EventDate::day(year, month, day),
            None => EventDate::month(year, month),
        };
        let future = last.future;
        if let Some(date) = date {
            let first = &mut mentions[n - 1];
            first.date = date;
            first.kind = MentionKind::Absolute;
            first.future = future;
        }
    }
}
