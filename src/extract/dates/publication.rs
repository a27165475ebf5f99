//! Guessing a document's publication date from its text, for documents whose
//! manifest gives none.

use chrono::{Datelike, NaiveDate};

use super::patterns::{DAY_FIRST, MONTH_FIRST};
use super::scan::{capitalised_month, capitalised_weekday, day_numbers};
use super::{MentionKind, find_dates};
use crate::model::Precision;

/// Infers a document's publication date from its text, when no manifest gives one.
///
/// The rule, in order:
/// 1. the latest full date (day, month and year) stated anywhere in the text,
///    leaving out dates the text speaks of as ahead ("will be held on ...") and
///    dates after today, which no published article can carry;
/// 2. else a weekday with a month and day but no year ("Sunday, September 3"):
///    the weekday fixes the year, taken as the most recent year in
///    1990..=this year in which that day fell on that weekday (and is not after
///    today); the latest such date if there are several;
/// 3. else `None`. A month or a year alone never yields a publication date: a
///    day is never invented that the text does not support.
pub fn infer_publication_date(text: &str) -> Option<NaiveDate> {
    infer_publication_date_as_of(text, chrono::Local::now().date_naive())
}

/// [`infer_publication_date`] with "today" given, so that the rule can be tested.
fn infer_publication_date_as_of(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let stated = find_dates(text, None)
        .into_iter()
        .filter(|m| m.kind == MentionKind::Absolute && !m.future)
        .filter(|m| m.date.precision() == Precision::Day)
        .map(|m| m.date.first_day())
        .filter(|date| *date <= today)
        .max();
    stated.or_else(|| latest_weekday_fixed_date(text, today))
}

/// The date of a page's stamp on a line of its own above the story ("Fri
/// 29 Nov 2024 · 8 min read", "10 January 2025, 12:30"), as a byline's
/// next line often gives it: a full date opening the line, with no more
/// than a few words after it.
pub fn stamp_date(line: &str) -> Option<NaiveDate> {
    const MAX_STAMP_BYTES: usize = 80;
    const MAX_WORDS_AFTER: usize = 4;
    const MAX_WEEKDAY_BYTES: usize = "Wednesday, ".len();
    if line.len() > MAX_STAMP_BYTES {
        return None;
    }
    let first = find_dates(line, None).into_iter().next()?;
    let words_after = line[first.end..]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .count();
    (first.kind == MentionKind::Absolute
        && !first.future
        && first.date.precision() == Precision::Day
        && (first.start <= MAX_WEEKDAY_BYTES
            || labelled_stamp(&line[..first.start], &line[first.start..]))
        && words_after <= MAX_WORDS_AFTER)
        .then(|| first.date.first_day())
}

/// Whether `before`, what precedes a stamp's date on its line, is a short
/// label set off from it ("Issue 57 · Friday, ", "No. 12 | ", "The Weekly
/// Cascade · Newsletter 11 · ", "News in brief: Saturday "), as a
/// newsletter numbers its issues and a bulletin names itself; or a
/// bulletin's name set off by a comma before its edition's weekday
/// ("Lusaber Evening News, Wednesday 20 September 2023, 21:00"), the
/// weekday before the date or opening `stamp`, the date's own text.
fn labelled_stamp(before: &str, stamp: &str) -> bool {
    const MAX_LABEL_WORDS: usize = 3;
    const MAX_LABEL_PARTS: usize = 3;
    const SEPARATORS: &[char] = &['·', '|', '—', '–', '•', ':'];
    let is_weekday = crate::extract::calendar::is_weekday_name;
    let before = before.trim_end();
    // "Issue 57 · Friday, 25 November 2022": the comma after a weekday.
    let (before, weekday_before) = match before
        .trim_end_matches(',')
        .rsplit_once(char::is_whitespace)
    {
        Some((head, last)) if is_weekday(last) => (head.trim_end(), true),
        _ => (before, false),
    };
    let weekday = weekday_before
        || stamp
            .split(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(is_weekday);
    let label = before
        .strip_suffix(SEPARATORS)
        .or_else(|| before.strip_suffix(',').filter(|_| weekday));
    // "The Weekly Cascade · Newsletter 11 · Friday 25 November 2022": a
    // masthead's name and the issue's number, each a short part.
    label.is_some_and(|label| {
        let parts: Vec<&str> = label.split(SEPARATORS).collect();
        parts.len() <= MAX_LABEL_PARTS
            && parts.iter().all(|part| {
                let words = part.split_whitespace().count();
                (1..=MAX_LABEL_WORDS).contains(&words)
            })
    })
}

/// The date a byline or a page's stamp gives its publication ("By Mariam
/// Khachikyan · Wednesday, 30 December 2020", "Compiled by the diary desk
/// on Sunday evening, 29 November 2020", "Published 12 May 2024",
/// "Broadcast Sunday 29 July 2018, 10:00 to 11:00"): the
/// first full date of such a line. A crawl's or an archive's stamp
/// ("Archived copy captured on ...") dates the copy, not the article.
pub fn byline_date(line: &str) -> Option<NaiveDate> {
    static BYLINE: crate::extract::compiled::Pattern<regex::Regex> =
        crate::extract::compiled::Pattern::new(|| {
            regex::Regex::new(&format!(
                r"(?i)^(?:(?:{})\s+)?(?:by\s|.{{0,40}}\b(?:published|posted|updated|compiled|filed|written|broadcast|aired)\b)",
                crate::extract::layout::CREDITED_WORK
            ))
            .expect("byline pattern")
        });
    static COPY_STAMP: crate::extract::compiled::Pattern<regex::Regex> =
        crate::extract::compiled::Pattern::new(|| {
            regex::Regex::new(
                r"(?i)\b(?:captured|archived|retrieved|accessed|crawled|saved|cached)\b",
            )
            .expect("copy stamp pattern")
        });
    if line.len() > MAX_BYLINE_BYTES || !BYLINE.is_match(line) || COPY_STAMP.is_match(line) {
        return None;
    }
    find_dates(line, None)
        .into_iter()
        .find(|m| {
            m.kind == MentionKind::Absolute && !m.future && m.date.precision() == Precision::Day
        })
        .map(|m| m.date.first_day())
}

/// The longest line read as a byline: longer, it is a sentence of the story.
const MAX_BYLINE_BYTES: usize = 200;

/// The latest date written as weekday + month + day without a year, the year
/// being the most recent one (from 1990 on) in which the weekday fits.
fn latest_weekday_fixed_date(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let mut latest: Option<NaiveDate> = None;
    for pattern in [&DAY_FIRST, &MONTH_FIRST] {
        for caps in pattern.captures_iter(text) {
            if caps.name("year").is_some() || caps.name("rel").is_some() {
                continue;
            }
            let (Some(weekday), Some(month), Some(days)) = (
                caps.name("wd")
                    .and_then(|m| capitalised_weekday(m.as_str())),
                caps.name("month")
                    .and_then(|m| capitalised_month(m.as_str())),
                caps.name("days"),
            ) else {
                continue;
            };
            let [(_, _, day)] = day_numbers(days)[..] else {
                continue;
            };
            let found = (1990..=today.year()).rev().find_map(|year| {
                NaiveDate::from_ymd_opt(year, month, day)
                    .filter(|date| date.weekday() == weekday && *date <= today)
            });
            latest = latest.max(found);
        }
    }
    latest
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).expect("test date exists")
    }

    #[test]
    fn publication_date_is_the_latest_full_date_stated() {
        let text = "Clashes broke out on September 27, 2020. On October 3, 2023, the Parliament ratified the Rome Statute. It met in December 2023.";
        assert_eq!(
            infer_publication_date_as_of(text, ymd(2025, 1, 1)),
            Some(ymd(2023, 10, 3))
        );
        assert_eq!(infer_publication_date(text), Some(ymd(2023, 10, 3)));
    }

    #[test]
    fn publication_date_ignores_future_and_not_yet_reached_dates() {
        let text = "It was signed on 5 May 2022. The summit will be held on June 1, 2024.";
        assert_eq!(
            infer_publication_date_as_of(text, ymd(2025, 1, 1)),
            Some(ymd(2022, 5, 5))
        );
        let text = "It was signed on 5 May 2022. It was signed on 5 May 2030.";
        assert_eq!(
            infer_publication_date_as_of(text, ymd(2025, 1, 1)),
            Some(ymd(2022, 5, 5))
        );
    }

    #[test]
    fn publication_date_from_a_weekday_and_date_without_year() {
        let text = "In an interview with La Repubblica on Sunday, September 3, Pashinyan spoke.";
        // 3 September fell on a Sunday in 2023 and, before that, in 2017.
        assert_eq!(
            infer_publication_date_as_of(text, ymd(2025, 1, 1)),
            Some(ymd(2023, 9, 3))
        );
        assert_eq!(
            infer_publication_date_as_of(text, ymd(2023, 9, 2)),
            Some(ymd(2017, 9, 3))
        );
        let text = "It happened on Sunday, 3 September, in Rome.";
        assert_eq!(
            infer_publication_date_as_of(text, ymd(2025, 1, 1)),
            Some(ymd(2023, 9, 3))
        );
    }

    #[test]
    fn publication_date_is_none_without_a_day() {
        for text in [
            "",
            "In December 2022, activists blocked the road. In 2018 he was appointed.",
            "On Tuesday, Pashinyan spoke about events of November 23.",
        ] {
            assert_eq!(
                infer_publication_date_as_of(text, ymd(2025, 1, 1)),
                None,
                "{text}"
            );
        }
    }
}
