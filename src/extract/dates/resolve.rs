//! Placing dates relative to the publication: which way a date without its
//! year is looked for, the clause that decides it, the nearest such month,
//! day or weekday, periods named relative to the publication ("last week"),
//! and dates placed from the story's previous happening ([`ContextShift`]).

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use regex::Captures;

use super::patterns::DAY_SEARCH_YEARS;
use super::{ContextShift, MentionKind};
use crate::extract::clauses::{is_past_form, lower};
use crate::model::EventDate;

impl ContextShift {
    /// The date this shift names from `context`, with whether it is only
    /// approximate. A shift by days from a context known only to its month
    /// stays at that month, approximately.
    pub(crate) fn apply(self, context: EventDate) -> Option<(EventDate, bool)> {
        let day_known = context.day_value().is_some();
        let month_of =
            |date: NaiveDate| EventDate::month(date.year(), date.month()).map(|m| (m, true));
        match self {
            ContextShift::Days(days) if day_known => {
                let first = context.first_day();
                let date = if days >= 0 {
                    first.checked_add_days(Days::new(days.unsigned_abs()))?
                } else {
                    first.checked_sub_days(Days::new(days.unsigned_abs()))?
                };
                Some((EventDate::from_naive(date), false))
            }
            ContextShift::SameDay => Some((context, false)),
            ContextShift::FollowingWeek if day_known => {
                let week_on = context.first_day().checked_add_days(Days::new(7))?;
                month_of(thursday_of_week(week_on)?)
            }
            ContextShift::Days(_) | ContextShift::FewDaysLater | ContextShift::FollowingWeek => {
                if context.month_value().is_some() {
                    month_of(context.first_day())
                } else {
                    Some((context, true))
                }
            }
            ContextShift::SameMonth => match context.month_value() {
                Some(_) => EventDate::month(context.year_value(), context.first_day().month())
                    .map(|m| (m, false)),
                None => Some((context, true)),
            },
            ContextShift::Months(months) => {
                let (year, month) = match context.month_value() {
                    Some(month) => (context.year_value(), month),
                    None => return Some((EventDate::year(context.year_value()), true)),
                };
                let index = year * 12 + i32::try_from(month).ok()? - 1 + months;
                let month = u32::try_from(index.rem_euclid(12)).ok()? + 1;
                EventDate::month(index.div_euclid(12), month).map(|m| (m, true))
            }
            ContextShift::Years(years) => {
                let year = context.year_value() + years;
                match context.month_value() {
                    Some(month) => EventDate::month(year, month).map(|m| (m, true)),
                    None => Some((EventDate::year(year), false)),
                }
            }
            ContextShift::CalendarYears(years) => {
                Some((EventDate::year(context.year_value() + years), false))
            }
            ContextShift::SameYear { approximate } => {
                Some((EventDate::year(context.year_value()), approximate))
            }
            // "that September" is of the context's year, before its month
            // or after it ("... in November 2022, when Pashinyan spoke of
            // the attacks that September"): "the following September" is
            // the one that moves on.
            ContextShift::Month(month) => {
                EventDate::month(context.year_value(), month).map(|m| (m, false))
            }
            ContextShift::MonthAfter(month) => {
                let year = match context.month_value() {
                    Some(from) => context.year_value() + i32::from(month <= from),
                    None => context.year_value() + 1,
                };
                EventDate::month(year, month).map(|m| (m, false))
            }
            ContextShift::Season {
                last_month,
                following,
            } => {
                // A season opens two months before the one it ends in.
                let year = match context.month_value() {
                    Some(from) if following => {
                        context.year_value() + i32::from(from + 2 >= last_month)
                    }
                    None if following => context.year_value() + 1,
                    _ => context.year_value(),
                };
                Some((EventDate::year(year), false))
            }
            ContextShift::WeekdayAround { weekday, after } if day_known => {
                let step = |day: NaiveDate| match after {
                    true => day.succ_opt(),
                    false => day.pred_opt(),
                };
                let mut day = step(context.first_day())?;
                while day.weekday() != weekday {
                    day = step(day)?;
                }
                Some((EventDate::from_naive(day), false))
            }
            ContextShift::WeekdayAround { .. } => match context.month_value() {
                Some(_) => month_of(context.first_day()),
                None => Some((context, true)),
            },
            // Without the context's month the day cannot be placed.
            ContextShift::DayOfMonth(day) => {
                let month = context.month_value()?;
                EventDate::day(context.year_value(), month, day).map(|d| (d, false))
            }
        }
    }
}

/// Which way from the publication date a date without a year is looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Direction {
    /// On or before ("in April", "on Tuesday").
    Back,
    /// On or after ("will meet on Friday").
    Ahead,
    /// Strictly before ("last May", "last Tuesday").
    StrictlyBack,
    /// Strictly after ("next May", "next Tuesday").
    StrictlyAhead,
}

impl Direction {
    fn backwards(self) -> bool {
        matches!(self, Direction::Back | Direction::StrictlyBack)
    }

    fn accepts(self, date: NaiveDate, published: NaiveDate) -> bool {
        match self {
            Direction::Back => date <= published,
            Direction::Ahead => date >= published,
            Direction::StrictlyBack => date < published,
            Direction::StrictlyAhead => date > published,
        }
    }
}

/// Which way a date without its year is placed from the publication.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tense {
    Back,
    Ahead,
    /// Whichever of the two is nearer.
    Nearest,
    /// Ahead, unless it has only just passed: a future reported from an
    /// earlier saying ("had been told its guards would no longer be needed
    /// from 1 August", published on 2 August).
    AheadUnlessJustPast,
}

/// How many days back a reported future may have come to pass by the
/// time of writing.
pub(super) const JUST_PAST_DAYS: i64 = 45;

/// The clause holding `start..end`: from the punctuation before it to the
/// punctuation after it. A clause that is only the date and a word or two
/// ("On Tuesday, ...") is a leading adverbial: the clause after it is read.
pub(super) fn clause_around(text: &str, start: usize, end: usize) -> &str {
    let is_break = |c: char| CLAUSE_BREAKS.contains(&c);
    let from = text[..start]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_break(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let to = text[end..].find(is_break).map_or(text.len(), |i| end + i);
    // "The summit is on 28 November and the invitation has reached us":
    // a clause joined by "and" or "but", with a verb of its own on each
    // side, has a tense of its own.
    let (from, to) = own_conjunct(text, from, start, end, to);
    let words_around =
        text[from..start].split_whitespace().count() + text[end..to].split_whitespace().count();
    // A leading adverbial ("In an interview with La Repubblica on Sunday,
    // September 3, Pashinyan spoke ...") takes the tense of the clause after it.
    let leading = from == 0
        && text[to..].starts_with(',')
        && !has_verb_form(&text[from..to])
        && opens_an_adverbial(&text[from..to]);
    // A stretch of a word or two ("on Tuesday,") has no tense of its own,
    // unless it is a verb's ("published on September 3,").
    let bare = words_around <= 2 && !has_verb_form(&text[from..to]);
    // "The war began on a Sunday too, on 27 September.": a stretch that
    // ends the sentence has the tense of the piece before it.
    if bare
        && !text[to..].contains(char::is_alphanumeric)
        && let Some(piece) = verb_piece_beside(text, from, to)
    {
        return piece;
    }
    if (bare || leading) && to < text.len() {
        // "In January, by contrast, the bloc rushed ...": an aside of a
        // word or two without a verb is passed over too.
        let mut to = to;
        loop {
            let next_from = to + text[to..].chars().next().map_or(1, char::len_utf8);
            let next_to = text[next_from..]
                .find(is_break)
                .map_or(text.len(), |i| next_from + i);
            let next = &text[next_from..next_to];
            // "In March, on the fourth I believe, the cabinet approved
            // ...": the day that makes the month precise is an aside too.
            let words = next.split_whitespace().count();
            // "In October, with Armenian forces in retreat, Pashinyan
            // wrote ...": a verbless phrase a preposition opens sets the
            // scene; the clause after it has the tense.
            let scene = words <= MAX_SCENE_WORDS
                && next
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| SCENE_OPENERS.contains(&w.to_lowercase().as_str()));
            let aside = ((words <= 2 || scene) && !has_verb_form(next))
                || (words <= 5 && next.trim_start().starts_with("on the "));
            if !aside && !has_verb_form(next) && next_to < text.len() {
                // "On 17 September, the Speaker of the US House of
                // Representatives, Nancy Pelosi, arrived ...": a subject set
                // off by its apposition runs on to its verb.
                return with_its_verb(text, next_from, next_to);
            }
            if !aside || next_to >= text.len() {
                return next;
            }
            to = next_to;
        }
    }
    &text[from..to]
}

/// The stretch from `from` on that reaches, within a few commas past
/// `to`, the first piece with a verb: a subject and its apposition with the
/// verb after them. Just `from..to` when no verb comes soon.
fn with_its_verb(text: &str, from: usize, to: usize) -> &str {
    let mut end = to;
    for _ in 0..APPOSITION_PIECES {
        let Some(next_from) = text[end..].chars().next().map(|c| end + c.len_utf8()) else {
            break;
        };
        if !text[end..].starts_with(',') {
            break;
        }
        let next_to = text[next_from..]
            .find(CLAUSE_BREAKS)
            .map_or(text.len(), |i| next_from + i);
        if has_verb_form(&text[next_from..next_to]) {
            return &text[from..next_to];
        }
        end = next_to;
        if end >= text.len() {
            break;
        }
    }
    &text[from..to]
}

/// The piece with a verb that a verbless piece set off by commas ("The
/// year began with the bloc's first deployment, to Kazakhstan in January,
/// and ...") stands beside: the piece before it, else the one after,
/// within a few commas. The aside has no tense but theirs.
pub(super) fn verb_piece_beside(text: &str, from: usize, to: usize) -> Option<&str> {
    let piece_before = |end: usize| {
        let end = text[..end].trim_end().strip_suffix(',')?.len();
        let start = text[..end].rfind(CLAUSE_BREAKS).map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
        Some((start, end))
    };
    let piece_after = |start: usize| {
        let rest = &text[start..];
        let trimmed = rest.trim_start().strip_prefix(',')?;
        let start = start + (rest.len() - trimmed.len());
        let end = text[start..]
            .find(CLAUSE_BREAKS)
            .map_or(text.len(), |i| start + i);
        Some((start, end))
    };
    let mut at = from;
    for _ in 0..APPOSITION_PIECES {
        let Some((start, end)) = piece_before(at) else {
            break;
        };
        if has_verb_form(&text[start..end]) {
            return Some(&text[start..end]);
        }
        at = start;
    }
    let mut at = to;
    for _ in 0..APPOSITION_PIECES {
        let (start, end) = piece_after(at)?;
        if has_verb_form(&text[start..end]) {
            return Some(&text[start..end]);
        }
        at = end;
    }
    None
}

/// The marks a clause around a date ends at.
const CLAUSE_BREAKS: [char; 9] = [',', ';', ':', '(', ')', '—', '–', '!', '?'];

/// How many comma-set pieces past a verbless subject its verb is sought in.
const APPOSITION_PIECES: usize = 3;

/// The longest verbless scene-setting phrase passed over between a leading
/// date and its clause.
const MAX_SCENE_WORDS: usize = 8;

/// Prepositions that open a phrase setting the scene of a clause.
const SCENE_OPENERS: &[&str] = &["with", "amid", "despite", "during", "as", "under", "after"];

/// The stretch `from..to` narrowed to the conjunct that holds `start..end`
/// where "and" or "but" joins two clauses that each have a verb.
fn own_conjunct(text: &str, from: usize, start: usize, end: usize, to: usize) -> (usize, usize) {
    const JOINS: [&str; 2] = [" and ", " but "];
    let mut to = to;
    if let Some(at) = JOINS.iter().filter_map(|j| text[end..to].find(j)).min() {
        let at = end + at;
        if has_verb_form(&text[from..at]) && has_verb_form(&text[at..to]) {
            to = at;
        }
    }
    let mut from = from;
    if let Some((at, join)) = JOINS
        .iter()
        .filter_map(|j| text[from..start].rfind(j).map(|at| (from + at, j.len())))
        .max()
        && has_verb_form(&text[from..at])
        && has_verb_form(&text[at + join..to])
    {
        from = at + join;
    }
    (from, to)
}

/// Whether a sentence's first stretch reads as an adverbial rather than a
/// clause whose present verb the tests of [`has_verb_form`] miss: it opens
/// with a preposition or a participle ("In an interview ... on Sunday,",
/// "Speaking on Friday,"), where "Leaders of the bloc gather in Dushanbe on
/// Friday," opens with its subject.
fn opens_an_adverbial(stretch: &str) -> bool {
    let first = stretch
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .map(str::to_lowercase)
        .unwrap_or_default();
    first.ends_with("ing")
        || crate::extract::clauses::is_lead_opener(&first)
        || [
            "ahead", "late", "early", "that", "between", "around", "about",
        ]
        .contains(&first.as_str())
}

/// Whether a stretch has a word that reads as a verb (a past form or a
/// common auxiliary).
pub(super) fn has_verb_form(text: &str) -> bool {
    // Lowered only where a word has a capital: most are lent as they are.
    text.split(|c: char| !c.is_alphanumeric())
        .map(lower)
        .any(|w| {
            is_past_form(&w) || matches!(&*w, "is" | "are" | "will" | "would" | "has" | "have")
        })
        // "On Sunday Pashinyan meets Aliyev in Brussels, with ...".
        || super::scan::has_scheduled_present(text)
}

/// A period named relative to the publication.
pub(super) struct RelativePeriod {
    pub(super) date: EventDate,
    pub(super) kind: MentionKind,
    /// The period lies after the publication ("next month", "later this year").
    pub(super) ahead: bool,
}

pub(super) fn relative_period(caps: &Captures, published: NaiveDate) -> Option<RelativePeriod> {
    let lower = |name: &str| caps.name(name).map(|m| m.as_str().to_ascii_lowercase());
    let month_of = |date: NaiveDate| EventDate::month(date.year(), date.month());
    let period =
        |date: EventDate, kind: MentionKind, ahead: bool| RelativePeriod { date, kind, ahead };
    if let (Some(which), Some(unit)) = (lower("which"), lower("unit")) {
        // "the current year" is this year, as translations write it.
        let which = if which.ends_with("current") {
            "this".to_string()
        } else {
            which
        };
        let later = lower("adv").as_deref() == Some("later");
        let year = published.year();
        return match (which.as_str(), unit.as_str()) {
            ("this", "year") => Some(period(
                EventDate::year(year),
                MentionKind::CurrentPeriod,
                later,
            )),
            ("last", "year") => Some(period(
                EventDate::year(year - 1),
                MentionKind::PreviousPeriod,
                false,
            )),
            ("next", "year") => Some(period(
                EventDate::year(year + 1),
                MentionKind::CurrentPeriod,
                true,
            )),
            ("this", "month") => Some(period(
                month_of(published)?,
                MentionKind::CurrentPeriod,
                later,
            )),
            ("last", "month") => {
                let date = published.checked_sub_months(Months::new(1))?;
                Some(period(month_of(date)?, MentionKind::PreviousPeriod, false))
            }
            ("next", "month") => {
                let date = published.checked_add_months(Months::new(1))?;
                Some(period(month_of(date)?, MentionKind::CurrentPeriod, true))
            }
            // A week is placed only by the month it (mostly) falls in.
            ("this", "week") => Some(period(month_of(published)?, MentionKind::Vague, later)),
            // The month that holds the week's Thursday holds most of it.
            ("last", "week") => {
                let date = thursday_of_week(published)?.checked_sub_days(Days::new(7))?;
                Some(period(month_of(date)?, MentionKind::Vague, false))
            }
            ("next", "week") => {
                let date = thursday_of_week(published)?.checked_add_days(Days::new(7))?;
                Some(period(month_of(date)?, MentionKind::Vague, true))
            }
            _ => None,
        };
    }
    if let Some(day) = lower("day") {
        let day_period = |date: Option<NaiveDate>, kind, ahead| {
            date.map(|date| period(EventDate::from_naive(date), kind, ahead))
        };
        // "last night" is the evening before the day of writing.
        let day = day.split_whitespace().collect::<Vec<_>>().join(" ");
        return match day.as_str() {
            "the day before yesterday" => day_period(
                published.checked_sub_days(Days::new(2)),
                MentionKind::PreviousPeriod,
                false,
            ),
            "the day after tomorrow" => day_period(
                published.checked_add_days(Days::new(2)),
                MentionKind::CurrentPeriod,
                true,
            ),
            "yesterday" | "last night" => {
                day_period(published.pred_opt(), MentionKind::PreviousPeriod, false)
            }
            // "this morning", "this afternoon", "this evening": today's.
            "today" | "tonight" | "this morning" | "this afternoon" | "this evening" => {
                day_period(Some(published), MentionKind::CurrentPeriod, false)
            }
            "tomorrow" => day_period(published.succ_opt(), MentionKind::CurrentPeriod, true),
            _ => None,
        };
    }
    if let Some(count) = lower("count") {
        // "8 days ago · Region" under a search result: that day; "a few
        // days ago" is vague.
        let exact = crate::extract::text::count_word(&count).filter(|days| *days >= 2);
        return match exact {
            Some(days) => {
                let days = u64::from(days);
                let date = published.checked_sub_days(Days::new(days))?;
                Some(period(
                    EventDate::from_naive(date),
                    MentionKind::PreviousPeriod,
                    false,
                ))
            }
            // "a few days ago": about three days, placed by its month only.
            None => {
                let date = published.checked_sub_days(Days::new(3))?;
                Some(period(month_of(date)?, MentionKind::Vague, false))
            }
        };
    }
    // A count of years, months, weeks or days back from the day of writing.
    let count_of = |group: &str| lower(group).and_then(|n| crate::extract::text::count_word(&n));
    let back = |count: u32, unit: &str| {
        if unit.starts_with("year") {
            published.checked_sub_months(Months::new(12 * count))
        } else if unit.starts_with("month") {
            published.checked_sub_months(Months::new(count))
        } else if unit.starts_with("week") {
            published.checked_sub_days(Days::new(7 * u64::from(count)))
        } else {
            published.checked_sub_days(Days::new(u64::from(count)))
        }
    };
    let day = |date: NaiveDate| {
        period(
            EventDate::from_naive(date),
            MentionKind::PreviousPeriod,
            false,
        )
    };
    // "On this day in 2002, the leaders met ...": the publication's day
    // and month, in that year.
    if let Some(year) = lower("this_day_in").and_then(|y| y.parse::<i32>().ok()) {
        return EventDate::day(year, published.month(), published.day())
            .map(|date| period(date, MentionKind::PreviousPeriod, year > published.year()));
    }
    // "A year ago today, ...", "six months ago today": the very day.
    for (today, count, unit) in [
        ("ytoday", "years", "year"),
        ("mtoday", "months", "month"),
        ("wtoday", "weeks", "week"),
    ] {
        if caps.name(today).is_some() {
            return back(count_of(count)?, unit).map(day);
        }
    }
    // "It is two weeks since lawmakers held ...", "It's a year, almost to
    // the day, since Pashinyan told ...": what follows "since" happened that
    // long before the report; to the month, unless counted in days.
    if let (Some(count), Some(unit)) = (count_of("since_n"), lower("since_unit")) {
        let date = back(count, &unit)?;
        return if unit.starts_with("day") {
            Some(day(date))
        } else {
            Some(period(month_of(date)?, MentionKind::PreviousPeriod, false))
        };
    }
    // "Four years ago on Saturday, Pashinyan presided over the summit":
    // Saturday is the anniversary, the one nearest the writing (an
    // anniversary piece runs in the days around it, before or after).
    if let Some(weekday) = lower("yweekday").and_then(|w| w.parse::<Weekday>().ok()) {
        let back_to = nearest_weekday(published, weekday, Direction::Back)?;
        let ahead_to = nearest_weekday(published, weekday, Direction::Ahead)?;
        let anniversary = if published - back_to <= ahead_to - published {
            back_to
        } else {
            ahead_to
        };
        let years = count_of("years")?;
        return anniversary
            .checked_sub_months(Months::new(12 * years))
            .map(day);
    }
    // "Three years ago this week", "a year ago this month": that month of
    // the year; a week may reach into the month before, so only roughly.
    if let Some(period_named) = lower("yperiod") {
        let date = back(count_of("years")?, "years")?;
        let kind = if period_named == "week" {
            MentionKind::Vague
        } else {
            MentionKind::PreviousPeriod
        };
        return Some(period(month_of(date)?, kind, false));
    }
    // "A year ago this September", written in October: that month, that
    // many years before this year's.
    if let Some(month) = lower("ymonth").and_then(|m| crate::extract::calendar::month_number(&m)) {
        let years = i32::try_from(count_of("years")?).ok()?;
        let date = EventDate::month(published.year() - years, month)?;
        return Some(period(date, MentionKind::PreviousPeriod, false));
    }
    // "a year ago, almost to the day": about that day, told only roughly:
    // its month.
    if caps.name("ytotheday").is_some() {
        let date = back(count_of("years")?, "years")?;
        return Some(period(month_of(date)?, MentionKind::Vague, false));
    }
    // "two years ago": the year that many years before the publication's.
    // "A year ago" is told of what happened about this time last year: its
    // month, roughly.
    if caps.name("years").is_some() {
        let years = count_of("years")?;
        if years == 1 {
            let date = back(years, "years")?;
            return Some(period(month_of(date)?, MentionKind::Vague, false));
        }
        let year = EventDate::year(published.year() - years as i32);
        return Some(period(year, MentionKind::PreviousPeriod, false));
    }
    // "two weeks ago", "three months ago": told from the day of the report,
    // which is not always the day the words were said, so only the month
    // is placed, roughly.
    for unit in ["weeks", "months"] {
        if caps.name(unit).is_some() {
            let date = back(count_of(unit)?, unit)?;
            return Some(period(month_of(date)?, MentionKind::Vague, false));
        }
    }
    if caps.name("recent").is_some() {
        return Some(period(month_of(published)?, MentionKind::Vague, false));
    }
    None
}

/// The year of the nearest `month` in `direction` from the publication month
/// ("in December" written in January 2023 is December 2022).
/// The Thursday of the week (Monday to Sunday) that holds `day`.
fn thursday_of_week(day: NaiveDate) -> Option<NaiveDate> {
    let from_monday = i64::from(day.weekday().num_days_from_monday());
    day.checked_add_signed(chrono::Duration::days(3 - from_monday))
}

pub(super) fn nearest_month_year(published: NaiveDate, month: u32, direction: Direction) -> i32 {
    let (year, current) = (published.year(), published.month());
    let same_year = match direction {
        Direction::Back => month <= current,
        Direction::StrictlyBack => month < current,
        Direction::Ahead => month >= current,
        Direction::StrictlyAhead => month > current,
    };
    match (same_year, direction.backwards()) {
        (true, _) => year,
        (false, true) => year - 1,
        (false, false) => year + 1,
    }
}

/// Of a day looked for back and ahead, the one nearer `published`.
pub(super) fn nearer(
    published: NaiveDate,
    back: Option<NaiveDate>,
    ahead: Option<NaiveDate>,
) -> Option<NaiveDate> {
    match (back, ahead) {
        (Some(b), Some(a)) => Some(if (a - published) < (published - b) {
            a
        } else {
            b
        }),
        (b, a) => b.or(a),
    }
}

/// The nearest existing `month`/`day` in `direction` from the publication
/// date; 29 February finds the nearest leap year.
pub(super) fn nearest_day(
    published: NaiveDate,
    month: u32,
    day: u32,
    direction: Direction,
) -> Option<NaiveDate> {
    let step = if direction.backwards() { -1 } else { 1 };
    (0..=DAY_SEARCH_YEARS).find_map(|offset| {
        NaiveDate::from_ymd_opt(published.year() + step * offset, month, day)
            .filter(|date| direction.accepts(*date, published))
    })
}

/// The nearest `weekday` in `direction` from the publication date ("on
/// Tuesday" written on a Tuesday is that same day).
pub(super) fn nearest_weekday(
    published: NaiveDate,
    weekday: Weekday,
    direction: Direction,
) -> Option<NaiveDate> {
    let first = match direction {
        Direction::Back | Direction::Ahead => 0,
        Direction::StrictlyBack | Direction::StrictlyAhead => 1,
    };
    (first..first + 7).find_map(|n| {
        let date = if direction.backwards() {
            published.checked_sub_days(Days::new(n))
        } else {
            published.checked_add_days(Days::new(n))
        }?;
        (date.weekday() == weekday).then_some(date)
    })
}
