//! Calendar values with an honest precision.
//!
//! An [`EventDate`] is a day, a month or a year: exactly as precise as the
//! text that stated it. "in 2018" is the year 2018, never 1 January 2018.
//! This module holds the value type and its arithmetic (ranges,
//! containment, parsing and formatting); finding dates in text lives in
//! [`crate::extract::dates`].

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Year,
    Month,
    Day,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Day => "day",
        }
    }
}

/// A date known to the day, the month or only the year.
///
/// The derived order sorts by year, then month, then day, with the less
/// precise value first ("2022" < "2022-01" < "2022-01-01"), which is the
/// order a timeline shows them in.
///
/// A month and a day fit in a byte each: the date takes 8 bytes instead of
/// 20, and every report, source and statement of a corpus holds one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EventDate {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

/// The three-letter month abbreviations, January first.
pub(crate) const MONTH_ABBREVIATIONS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl EventDate {
    pub fn year(year: i32) -> Self {
        EventDate {
            year,
            month: None,
            day: None,
        }
    }

    /// A month of a year; `None` if `month` is not 1..=12.
    pub fn month(year: i32, month: u32) -> Option<Self> {
        (1..=12).contains(&month).then_some(EventDate {
            year,
            month: Some(month as u8),
            day: None,
        })
    }

    /// A calendar day; `None` if the day does not exist (30 February).
    pub fn day(year: i32, month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, day).map(Self::from_naive)
    }

    pub fn from_naive(date: NaiveDate) -> Self {
        EventDate {
            year: date.year(),
            month: Some(date.month() as u8),
            day: Some(date.day() as u8),
        }
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    pub fn year_value(&self) -> i32 {
        self.year
    }

    pub fn month_value(&self) -> Option<u32> {
        self.month.map(u32::from)
    }

    pub fn day_value(&self) -> Option<u32> {
        self.day.map(u32::from)
    }

    /// The first day of the period this date names.
    pub fn first_day(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(
            self.year,
            self.month_value().unwrap_or(1),
            self.day_value().unwrap_or(1),
        )
        .unwrap_or(NaiveDate::MIN)
    }

    /// The last day of the period this date names.
    pub fn last_day(&self) -> NaiveDate {
        match (self.month_value(), self.day_value()) {
            (Some(_), Some(_)) => self.first_day(),
            (Some(month), None) => {
                let (next_year, next_month) = if month == 12 {
                    (self.year + 1, 1)
                } else {
                    (self.year, month + 1)
                };
                NaiveDate::from_ymd_opt(next_year, next_month, 1)
                    .and_then(|d| d.pred_opt())
                    .unwrap_or(NaiveDate::MAX)
            }
            _ => NaiveDate::from_ymd_opt(self.year, 12, 31).unwrap_or(NaiveDate::MAX),
        }
    }

    /// Whether `other` lies wholly inside the period of `self`
    /// ("2022-12" contains "2022-12-12" and itself).
    pub fn contains(&self, other: &EventDate) -> bool {
        self.first_day() <= other.first_day() && other.last_day() <= self.last_day()
    }

    /// Whether the two periods share at least one day.
    pub fn overlaps(&self, other: &EventDate) -> bool {
        self.first_day() <= other.last_day() && other.first_day() <= self.last_day()
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = text.split('-');
        let year_part = parts.next()?;
        if year_part.len() != 4 || !year_part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i32 = year_part.parse().ok()?;
        let number = |part: &str| -> Option<u32> {
            (part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse().ok())
                .flatten()
        };
        let date = match (parts.next(), parts.next()) {
            (None, _) => Self::year(year),
            (Some(month), None) => Self::month(year, number(month)?)?,
            (Some(month), Some(day)) => Self::day(year, number(month)?, number(day)?)?,
        };
        parts.next().is_none().then_some(date)
    }

    /// The date for people: "23 Nov 2022", "Dec 2022", "2018".
    pub fn human(&self) -> String {
        let month_name = |m: u8| MONTH_ABBREVIATIONS[(m as usize - 1) % 12];
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", month_name(m), self.year),
            (Some(m), None) => format!("{} {}", month_name(m), self.year),
            _ => self.year.to_string(),
        }
    }
}

/// The machine form: "2022-11-23", "2022-11" or "2022".
impl fmt::Display for EventDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (Some(m), Some(d)) => write!(f, "{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => write!(f, "{:04}-{m:02}", self.year),
            _ => write!(f, "{:04}", self.year),
        }
    }
}

impl Serialize for EventDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_at_its_own_precision() {
        assert_eq!(EventDate::year(2018).to_string(), "2018");
        assert_eq!(EventDate::month(2022, 12).unwrap().to_string(), "2022-12");
        assert_eq!(
            EventDate::day(2022, 11, 23).unwrap().to_string(),
            "2022-11-23"
        );
        assert_eq!(EventDate::day(2022, 11, 23).unwrap().human(), "23 Nov 2022");
        assert_eq!(EventDate::month(2022, 12).unwrap().human(), "Dec 2022");
        assert_eq!(EventDate::year(2018).human(), "2018");
    }

    #[test]
    fn parses_every_precision_and_rejects_the_rest() {
        assert_eq!(EventDate::parse("2018"), Some(EventDate::year(2018)));
        assert_eq!(EventDate::parse("2022-12"), EventDate::month(2022, 12));
        assert_eq!(EventDate::parse("2024-02-29"), EventDate::day(2024, 2, 29));
        for bad in [
            "",
            "18",
            "2023-02-29",
            "2022-13",
            "2022-1",
            "2022-01-01-01",
            "abcd",
            "２０２２",
        ] {
            assert_eq!(EventDate::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn month_contains_its_days_and_year_its_months() {
        let december = EventDate::month(2022, 12).unwrap();
        let twelfth = EventDate::day(2022, 12, 12).unwrap();
        assert!(december.contains(&twelfth));
        assert!(!twelfth.contains(&december));
        assert!(EventDate::year(2022).contains(&december));
        assert_eq!(
            december.last_day(),
            NaiveDate::from_ymd_opt(2022, 12, 31).unwrap()
        );
        assert_eq!(
            EventDate::month(2024, 2).unwrap().last_day(),
            NaiveDate::from_ymd_opt(2024, 2, 29).unwrap()
        );
    }

    #[test]
    fn less_precise_sorts_first_within_its_period() {
        let mut dates = [
            EventDate::day(2022, 1, 1).unwrap(),
            EventDate::month(2022, 1).unwrap(),
            EventDate::year(2022),
            EventDate::year(2021),
        ];
        dates.sort();
        let shown: Vec<String> = dates.iter().map(|d| d.to_string()).collect();
        assert_eq!(shown, ["2021", "2022", "2022-01", "2022-01-01"]);
    }
}
