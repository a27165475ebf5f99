//! Publication dates as pages and feeds write them: ISO 8601 dates and
//! date-times (JSON-LD, Open Graph, most meta tags), RFC 2822 (RSS), and a
//! few looser shapes seen in meta tags.
//!
//! A date is the calendar day in the outlet's own time zone, as written: an
//! article published at 01:30 in Yerevan on 23 February was published on 23
//! February, although it was still 22 February in UTC. The extractor
//! resolves "on Tuesday" and "this year" against this day, so converting to
//! UTC would shift every relative date of such an article by one.

use chrono::{DateTime, NaiveDate};

/// Reads the calendar day a timestamp names, in the time zone it is written
/// in; `None` for anything that is not recognisably a date.
pub fn parse_date(raw: &str) -> Option<NaiveDate> {
    let text = raw.trim();
    if text.is_empty() {
        return None;
    }
    // ISO 8601: the day is the first ten characters, whatever time and
    // offset follow ("2024-02-23", "2024-02-23T01:30:00+04:00",
    // "2024-02-23 01:30").
    if let Some(day) = text.get(..10)
        && let Ok(date) = NaiveDate::parse_from_str(day, "%Y-%m-%d")
        && text[10..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, 'T' | 't' | ' ' | 'Z' | '+'))
    {
        return plausible(date);
    }
    // A compact ISO date ("20240223", as some meta tags have it).
    if text.len() >= 8
        && text[..8].bytes().all(|b| b.is_ascii_digit())
        && text[8..].chars().next().is_none_or(|c| !c.is_ascii_digit())
        && let Ok(date) = NaiveDate::parse_from_str(&text[..8], "%Y%m%d")
    {
        return plausible(date);
    }
    // RFC 2822, as RSS writes it ("Fri, 23 Feb 2024 01:30:00 +0400").
    if let Ok(datetime) = DateTime::parse_from_rfc2822(text) {
        return plausible(datetime.date_naive());
    }
    // RFC 2822 with a zone name chrono does not know ("... 01:30:00 AMT"):
    // the day does not depend on it.
    if let Some((head, _zone)) = text.rsplit_once(' ')
        && let Ok(datetime) = DateTime::parse_from_rfc2822(&format!("{head} +0000"))
    {
        return plausible(datetime.date_naive());
    }
    for format in [
        "%d %b %Y",
        "%d %B %Y",
        "%b %d, %Y",
        "%B %d, %Y",
        "%a, %d %b %Y",
        "%Y/%m/%d",
        "%d.%m.%Y",
    ] {
        if let Ok(date) = NaiveDate::parse_from_str(text, format) {
            return plausible(date);
        }
    }
    None
}

/// Dates outside the age of online news are taken for mistakes (a zero
/// date, a placeholder), not publication dates.
fn plausible(date: NaiveDate) -> Option<NaiveDate> {
    let earliest = NaiveDate::from_ymd_opt(1990, 1, 1)?;
    let latest = NaiveDate::from_ymd_opt(2100, 1, 1)?;
    (earliest..latest).contains(&date).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn reads_the_day_as_written_in_its_own_zone() {
        assert_eq!(parse_date("2024-02-23"), day(2024, 2, 23));
        assert_eq!(parse_date("2024-02-23T01:30:00+04:00"), day(2024, 2, 23));
        assert_eq!(parse_date("2024-02-23T23:30:00Z"), day(2024, 2, 23));
        assert_eq!(parse_date("2024-02-23 01:30"), day(2024, 2, 23));
        assert_eq!(
            parse_date("Fri, 23 Feb 2024 01:30:00 +0400"),
            day(2024, 2, 23)
        );
        assert_eq!(
            parse_date("Fri, 23 Feb 2024 01:30:00 GMT"),
            day(2024, 2, 23)
        );
        assert_eq!(parse_date("20240223"), day(2024, 2, 23));
        assert_eq!(parse_date("February 23, 2024"), day(2024, 2, 23));
        assert_eq!(parse_date("23.02.2024"), day(2024, 2, 23));
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        assert_eq!(parse_date(""), None);
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date("2024-02-30"), None);
        assert_eq!(parse_date("0000-00-00"), None);
        assert_eq!(parse_date("1970-01-01T00:00:00Z"), None);
        assert_eq!(parse_date("2024-02-2345"), None);
    }
}
