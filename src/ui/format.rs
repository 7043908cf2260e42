//! How numbers and times read on the desk: grouped figures, short ages, Persian digits on
//! request.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::config::Digits;

/// `3m`, `2h`, or the time of day (UTC `HH:MM`) once an article is a day old; `now` for the
/// last minute.
pub fn age(time: SystemTime, now: SystemTime) -> String {
    let secs = now.duration_since(time).unwrap_or(Duration::ZERO).as_secs();
    match secs {
        0..60 => "now".into(),
        60..3600 => format!("{}m", secs / 60),
        3600..86_400 => format!("{}h", secs / 3600),
        _ => clock(time),
    }
}

/// `HH:MM` in UTC: wire desks keep their clocks on UTC or know the offset.
pub fn clock(time: SystemTime) -> String {
    let secs = time
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_secs();
    format!("{:02}:{:02}", secs / 3600 % 24, secs / 60 % 60)
}

/// `1234567` as `1,234,567`.
pub fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The UI's own numbers in the digits the desk asked for.
pub fn digits(s: &str, digits: Digits) -> String {
    match digits {
        Digits::Latin => s.to_string(),
        Digits::Persian => s
            .chars()
            .map(|c| match c {
                '0'..='9' => char::from_u32('۰' as u32 + (c as u32 - '0' as u32)).unwrap_or(c),
                ',' => '٬',
                _ => c,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages() {
        let now = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(age(now, now), "now");
        assert_eq!(age(now - Duration::from_secs(180), now), "3m");
        assert_eq!(age(now - Duration::from_secs(7300), now), "2h");
        assert_eq!(age(now - Duration::from_secs(200_000), now), "14:40");
        assert_eq!(age(now + Duration::from_secs(60), now), "now");
    }

    #[test]
    fn grouping_and_digits() {
        assert_eq!(group(0), "0");
        assert_eq!(group(601_404), "601,404");
        assert_eq!(group(1_292_000), "1,292,000");
        assert_eq!(digits("1,292", Digits::Persian), "۱٬۲۹۲");
        assert_eq!(digits("1,292", Digits::Latin), "1,292");
    }
}
