//! The time an article carries in its `published` field, when it says so in a form that needs
//! no guessing: RFC 3339 (also with a space for `T`) or seconds since the epoch. Anything else
//! (Persian calendar dates, prose) is left to the file's modification time.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

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

/// RFC 3339 with `T`, `t` or a space between date and time (the `time` crate takes any one
/// character there; a desk's feed writes one of these three), from 1970 on.
fn rfc3339(text: &str) -> Option<SystemTime> {
    if !matches!(text.as_bytes().get(10), Some(b'T' | b't' | b' ')) {
        return None;
    }
    let parsed = OffsetDateTime::parse(text, &Rfc3339).ok()?;
    (parsed.unix_timestamp() >= 0).then(|| parsed.into())
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
