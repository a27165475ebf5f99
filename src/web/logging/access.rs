//! The request line, written straight into the serving thread's buffer:
//! byte for byte the line tracing's text format would write for the same
//! event, without its per-event machinery (a visitor per field, `Debug`
//! through a formatter, a calendar date computed for every line).
//!
//! The date and time to the second are formatted once a second per thread;
//! numbers go through `itoa`-style digit loops; the path and request id are
//! written as they are when they need no escaping, which is all but always,
//! and through `Debug` (as tracing would) otherwise.

use std::time::{SystemTime, UNIX_EPOCH};

/// What one request line says.
pub struct Request<'a> {
    /// The module that logs requests: tracing's target.
    pub target: &'static str,
    pub method: &'a str,
    pub path: &'a str,
    pub status: u16,
    pub micros: u64,
    pub request_id: &'a str,
}

/// The date and time of the last line a thread wrote, to the second.
struct Clock {
    second: u64,
    text: [u8; 19],
}

thread_local! {
    static CLOCK: std::cell::Cell<Option<Clock>> = const { std::cell::Cell::new(None) };
}

/// Appends the line of `request`, logged at `now`, to `out`.
pub fn write_line(out: &mut Vec<u8>, now: SystemTime, request: &Request) {
    let since = now.duration_since(UNIX_EPOCH).unwrap_or_default();
    let second = since.as_secs();
    let clock = match CLOCK.take() {
        Some(clock) if clock.second == second => clock,
        _ => Clock {
            second,
            text: date_time(second),
        },
    };
    out.extend_from_slice(&clock.text);
    CLOCK.set(Some(clock));
    out.push(b'.');
    let micros = since.subsec_micros();
    let mut digits = [b'0'; 6];
    write_padded(&mut digits, micros);
    out.extend_from_slice(&digits);
    out.extend_from_slice(b"Z  INFO ");
    out.extend_from_slice(request.target.as_bytes());
    out.extend_from_slice(b": request method=");
    out.extend_from_slice(request.method.as_bytes());
    out.extend_from_slice(b" path=");
    write_debug_str(out, request.path);
    out.extend_from_slice(b" status=");
    write_number(out, u64::from(request.status));
    out.extend_from_slice(b" micros=");
    write_number(out, request.micros);
    out.extend_from_slice(b" request_id=");
    write_debug_str(out, request.request_id);
    out.push(b'\n');
}

/// "YYYY-MM-DDTHH:MM:SS" of seconds after the Unix epoch, in UTC.
fn date_time(seconds: u64) -> [u8; 19] {
    let days = (seconds / 86_400) as i64;
    let of_day = seconds % 86_400;
    let (year, month, day) = civil_from_days(days);
    let mut text = *b"0000-00-00T00:00:00";
    write_padded(&mut text[0..4], year.clamp(0, 9999) as u32);
    write_padded(&mut text[5..7], month);
    write_padded(&mut text[8..10], day);
    write_padded(&mut text[11..13], (of_day / 3600) as u32);
    write_padded(&mut text[14..16], (of_day / 60 % 60) as u32);
    write_padded(&mut text[17..19], (of_day % 60) as u32);
    text
}

/// The proleptic Gregorian date of a day after 1970-01-01 (Howard
/// Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Writes `value` into `digits` right-aligned, zero-padded.
fn write_padded(digits: &mut [u8], mut value: u32) {
    for digit in digits.iter_mut().rev() {
        *digit = b'0' + (value % 10) as u8;
        value /= 10;
    }
}

fn write_number(out: &mut Vec<u8>, mut value: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (value % 10) as u8;
        value /= 10;
        if value == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

/// `text` quoted as `Debug` quotes it, as tracing writes a string field.
fn write_debug_str(out: &mut Vec<u8>, text: &str) {
    let plain = text
        .bytes()
        .all(|b| (b' '..=b'~').contains(&b) && b != b'"' && b != b'\\');
    if plain {
        out.push(b'"');
        out.extend_from_slice(text.as_bytes());
        out.push(b'"');
    } else {
        use std::io::Write as _;
        let _ = write!(out, "{text:?}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    #[derive(Clone, Default)]
    struct Collected(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Collected {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// The line tracing's text format writes for the same request.
    fn by_tracing(request: &Request) -> String {
        let out = Collected::default();
        let writer = out.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish();
        tracing::subscriber::with_default(subscriber, || super::super::through_tracing(request));
        let bytes = out.0.lock().unwrap().clone();
        String::from_utf8(bytes).unwrap()
    }

    fn written(request: &Request) -> String {
        let mut out = Vec::new();
        write_line(&mut out, SystemTime::now(), request);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_line_is_the_one_tracing_writes_but_for_the_time() {
        for (path, id) in [
            ("/", "513bf256-0753-48b0-a881-f5d866b35e8f"),
            ("/x/%c3%a9", "my \"id\""),
            ("/é\\", "-"),
            ("/api/events", "tab\there"),
        ] {
            let request = Request {
                target: "csto_timeline::web::http",
                method: "GET",
                path,
                status: 404,
                micros: 1234567,
                request_id: id,
            };
            let ours = written(&request);
            let theirs = by_tracing(&request);
            // "2026-11-30T14:58:55.158684Z" is 27 bytes.
            assert_eq!(ours[27..], theirs[27..], "{ours}{theirs}");
            assert!(ours.ends_with('\n'));
        }
    }

    #[test]
    fn times_are_written_as_tracing_writes_them() {
        let at = |s: u64, micros: u32| {
            let mut out = Vec::new();
            let request = Request {
                target: "t",
                method: "GET",
                path: "/",
                status: 200,
                micros: 0,
                request_id: "-",
            };
            let time = UNIX_EPOCH + std::time::Duration::new(s, micros * 1000);
            write_line(&mut out, time, &request);
            String::from_utf8(out[..27].to_vec()).unwrap()
        };
        assert_eq!(at(0, 0), "1970-01-01T00:00:00.000000Z");
        assert_eq!(at(951_782_400, 7), "2000-02-29T00:00:00.000007Z");
        assert_eq!(at(1_796_050_735, 158_684), "2026-11-30T14:58:55.158684Z");
        assert_eq!(at(4_102_444_799, 999_999), "2099-12-31T23:59:59.999999Z");
    }
}
