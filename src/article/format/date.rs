//! Dates as ninjs and NewsML-G2 write them, brought to the one form the rest of newsdesk reads:
//! RFC 3339. The standards allow ISO 8601 extended and basic forms, an offset with or without
//! its colon or none at all (taken as UTC), and truncated dates (`2024-05`, `2024`). Written by
//! hand: this is a rewrite of a handful of digit patterns, not date arithmetic, and the store
//! checks the result when it reads the time.

/// `text` in RFC 3339 (`2024-05-01T09:30:00+02:00`), or `None` when it is in no ISO 8601 form
/// known here.
pub(crate) fn rfc3339(text: &str) -> Option<String> {
    let text = text.trim();
    let (date, time) = match text.find(['T', 't', ' ']) {
        Some(at) => (&text[..at], Some(&text[at + 1..])),
        None => (text, None),
    };
    let date = calendar_date(date)?;
    let Some(time) = time else {
        return Some(format!("{date}T00:00:00Z"));
    };
    let zone_at = time.find(['Z', 'z', '+', '-']).unwrap_or(time.len());
    let (clock, zone) = time.split_at(zone_at);
    Some(format!("{date}T{}{}", clock_time(clock)?, offset(zone)?))
}

/// `YYYY-MM-DD`, `YYYYMMDD`, `YYYY-MM` or `YYYY` as `YYYY-MM-DD`.
fn calendar_date(date: &str) -> Option<String> {
    let digits: String = date.chars().filter(|c| *c != '-').collect();
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let dashes_ok = match date.len() {
        10 => date.as_bytes()[4] == b'-' && date.as_bytes()[7] == b'-',
        7 => date.as_bytes()[4] == b'-',
        8 | 4 => !date.contains('-'),
        _ => false,
    };
    if !dashes_ok {
        return None;
    }
    let (year, month, day) = match digits.len() {
        8 => (&digits[..4], &digits[4..6], &digits[6..]),
        6 => (&digits[..4], &digits[4..6], "01"),
        4 => (&digits[..4], "01", "01"),
        _ => return None,
    };
    Some(format!("{year}-{month}-{day}"))
}

/// `hh:mm:ss(.fff)`, `hhmmss`, `hh:mm` as `hh:mm:ss(.fff)`.
fn clock_time(clock: &str) -> Option<String> {
    let (whole, fraction) = match clock.split_once(['.', ',']) {
        Some((w, f)) if !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()) => (w, Some(f)),
        Some(_) => return None,
        None => (clock, None),
    };
    let digits: String = whole.chars().filter(|c| *c != ':').collect();
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hms = match (digits.len(), whole.len()) {
        (6, 8 | 6) => format!("{}:{}:{}", &digits[..2], &digits[2..4], &digits[4..]),
        (4, 5 | 4) => format!("{}:{}:00", &digits[..2], &digits[2..]),
        _ => return None,
    };
    Some(match fraction {
        Some(f) => format!("{hms}.{f}"),
        None => hms,
    })
}

/// `Z`, `±hh:mm`, `±hhmm`, `±hh`, or nothing (UTC) as `Z` or `±hh:mm`.
fn offset(zone: &str) -> Option<String> {
    if zone.is_empty() || zone.eq_ignore_ascii_case("z") {
        return Some("Z".into());
    }
    let (sign, rest) = zone.split_at(1);
    let digits: String = rest.chars().filter(|c| *c != ':').collect();
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match digits.len() {
        4 => Some(format!("{sign}{}:{}", &digits[..2], &digits[2..])),
        2 => Some(format!("{sign}{digits}:00")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_the_standards_allow() {
        for (given, expected) in [
            ("2018-10-21T16:25:32-05:00", "2018-10-21T16:25:32-05:00"),
            (" 2018-10-12T06:42:04Z \n", "2018-10-12T06:42:04Z"),
            ("2018-10-21T16:25:32", "2018-10-21T16:25:32Z"),
            (
                "2018-10-21T16:25:32.125+0200",
                "2018-10-21T16:25:32.125+02:00",
            ),
            ("2018-10-21 16:25+02", "2018-10-21T16:25:00+02:00"),
            ("20181021T162532Z", "2018-10-21T16:25:32Z"),
            ("20181021T162532+0100", "2018-10-21T16:25:32+01:00"),
            ("2018-10-21", "2018-10-21T00:00:00Z"),
            ("2018-10", "2018-10-01T00:00:00Z"),
            ("2018", "2018-01-01T00:00:00Z"),
        ] {
            assert_eq!(rfc3339(given).as_deref(), Some(expected), "{given}");
        }
    }

    #[test]
    fn other_text_is_not_a_date() {
        for given in [
            "",
            "yesterday",
            "1403/09/05",
            "2018-1-2",
            "2018-10-21T25",
            "12:00",
        ] {
            assert_eq!(rfc3339(given), None, "{given}");
        }
    }
}
