//! The time an article carries in its `published` field, when it says so in a form that needs
//! no guessing: RFC 3339 (also with a space for `T`) or seconds since the epoch. Anything else
//! (Persian calendar dates, prose) is left to the file's modification time. Written by hand
//! because no date crate is among our dependencies and these two forms are small and exact.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Epoch values above this are taken as milliseconds (year 5138 in seconds).
const MILLIS_ABOVE: u64 = 100_000_000_000;

pub fn parse_published(text: &str) -> Option<SystemTime> {
    let text = text.trim();
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        let n: u64 = text.parse().ok()?;
        return Some(if n > MILLIS_ABOVE {
            UNIX_EPOCH + Duration::from_millis(n)
        } else {
            UNIX_EPOCH + Duration::from_secs(n)
        });
    }
    rfc3339(text)
}

fn rfc3339(text: &str) -> Option<SystemTime> {
    let b = text.as_bytes();
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || b[13] != b':' || b[16] != b':' {
        return None;
    }
    if !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    let year = digits(&b[0..4])?;
    let month = digits(&b[5..7])?;
    let day = digits(&b[8..10])?;
    let hour = digits(&b[11..13])?;
    let minute = digits(&b[14..16])?;
    let second = digits(&b[17..19])?;
    if !(1..=12).contains(&month)
        || day == 0
        || day > days_in_month(year, month)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return None;
    }
    let mut rest = &b[19..];
    let mut nanos = 0u32;
    if let Some(frac) = rest.strip_prefix(b".") {
        let n = frac.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return None;
        }
        for (i, &c) in frac[..n.min(9)].iter().enumerate() {
            nanos += u32::from(c - b'0') * 10u32.pow(8 - i as u32);
        }
        rest = &frac[n..];
    }
    let offset_secs: i64 = match rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let h = digits(&[*h1, *h2])?;
            let m = digits(&[*m1, *m2])?;
            if h > 23 || m > 59 {
                return None;
            }
            let secs = i64::from(h * 3600 + m * 60);
            if *sign == b'-' {
                -secs
            } else {
                secs
            }
        }
        _ => return None,
    };
    let days = days_from_civil(i64::from(year), month, day);
    let secs = days * 86_400 + i64::from(hour * 3600 + minute * 60 + second.min(59)) - offset_secs;
    let secs = u64::try_from(secs).ok()?;
    Some(UNIX_EPOCH + Duration::new(secs, nanos))
}

fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |acc, &c| {
        c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
    })
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(t: SystemTime) -> u64 {
        t.duration_since(UNIX_EPOCH).unwrap().as_secs()
    }

    #[test]
    fn rfc3339_forms() {
        assert_eq!(
            secs(parse_published("2023-11-14T22:13:20Z").unwrap()),
            1_700_000_000
        );
        assert_eq!(
            secs(parse_published("2023-11-15T01:43:20+03:30").unwrap()),
            1_700_000_000
        );
        assert_eq!(
            secs(parse_published("2023-11-14 22:13:20.250z").unwrap()),
            1_700_000_000
        );
        assert_eq!(
            secs(parse_published("2000-02-29T00:00:00-00:00").unwrap()),
            951_782_400
        );
    }

    #[test]
    fn epoch_seconds_and_millis() {
        assert_eq!(
            secs(parse_published(" 1700000000 ").unwrap()),
            1_700_000_000
        );
        assert_eq!(
            secs(parse_published("1700000000000").unwrap()),
            1_700_000_000
        );
    }

    #[test]
    fn other_forms_are_refused() {
        for text in [
            "",
            "۱۴۰۲/۰۸/۲۳",
            "2023-11-14",
            "2023-02-30T00:00:00Z",
            "2023-11-14T25:00:00Z",
            "2023-11-14T22:13:20",
            "2023-11-14T22:13:20+0330",
            "1969-12-31T23:59:59Z",
            "yesterday",
            "99999999999999999999999",
        ] {
            assert_eq!(parse_published(text), None, "{text}");
        }
    }
}
