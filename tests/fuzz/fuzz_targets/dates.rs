//! The date finder on arbitrary text, without a publication date and with
//! one chosen by the first five bytes of the input (mostly a recent day,
//! sometimes any day chrono can hold), the rest being the text. It never
//! panics; every mention lies in the text on character boundaries; mentions
//! come in order without overlapping; each names a real period.
#![no_main]

use chrono::{Datelike, Days, NaiveDate};
use csto_timeline::extract::dates::{find_dates, infer_publication_date};
use libfuzzer_sys::fuzz_target;

/// How many bytes of the input choose the publication date.
const HEADER: usize = 5;

/// A publication date from the header bytes of the input.
fn publication_date(header: &[u8; HEADER]) -> Option<NaiveDate> {
    let byte = |i: usize| header[i];
    match byte(0) % 8 {
        // Any day of chrono's range: a manifest may give an odd date.
        0 => {
            let first = NaiveDate::MIN.num_days_from_ce();
            let span = (NaiveDate::MAX.num_days_from_ce() - first + 1) as u32;
            let offset = u32::from_le_bytes([byte(1), byte(2), byte(3), byte(4)]) % span;
            NaiveDate::from_num_days_from_ce_opt(first + offset as i32)
        }
        // The edges.
        1 => match byte(1) % 6 {
            0 => NaiveDate::from_ymd_opt(1, 1, 1),
            1 => NaiveDate::from_ymd_opt(9999, 12, 31),
            2 => Some(NaiveDate::MIN),
            3 => Some(NaiveDate::MAX),
            4 => NaiveDate::from_ymd_opt(2024, 2, 29),
            _ => NaiveDate::from_ymd_opt(2023, 12, 31),
        },
        // A day from 1990 on, as news has.
        _ => NaiveDate::from_ymd_opt(1990, 1, 1)?
            .checked_add_days(Days::new(u64::from(u16::from_le_bytes([byte(1), byte(2)])))),
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((header, text)) = data.split_first_chunk::<HEADER>() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(text) else {
        return;
    };
    for published in [None, publication_date(header)] {
        let mentions = find_dates(text, published);
        let mut end = 0;
        for m in &mentions {
            assert!(
                m.start < m.end && m.end <= text.len(),
                "{}..{} of {} bytes",
                m.start,
                m.end,
                text.len()
            );
            assert!(
                text.is_char_boundary(m.start) && text.is_char_boundary(m.end),
                "{}..{} splits a character",
                m.start,
                m.end
            );
            assert!(
                m.start >= end,
                "{}..{} overlaps or precedes the mention ending at {end}",
                m.start,
                m.end
            );
            assert!(
                m.date.first_day() <= m.date.last_day(),
                "{:?} ends before it begins",
                m.date
            );
            end = m.end;
        }
    }
    let _ = infer_publication_date(text);
});
