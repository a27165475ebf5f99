//! The date finder on arbitrary text, with and without a publication date:
//! it never panics, and every mention lies on character boundaries, in
//! order, without overlaps.
#![no_main]

use chrono::NaiveDate;
use csto_timeline::extract::dates::{find_dates, infer_publication_date};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let day = data.first().copied().unwrap_or(0) as u64 * 37;
    let published = NaiveDate::from_ymd_opt(2018, 1, 1)
        .and_then(|d| d.checked_add_days(chrono::Days::new(day)));
    for published in [None, published] {
        let mentions = find_dates(text, published);
        let mut end = 0;
        for m in &mentions {
            assert!(m.start >= end && m.start < m.end && m.end <= text.len());
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            end = m.end;
        }
    }
    let _ = infer_publication_date(text);
});
