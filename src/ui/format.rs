//! How numbers and times read on the desk: grouped figures, short ages, Persian digits on
//! request.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::app::App;
use crate::config::{Calendar, Digits};

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

/// `24 Nov 2026 18:10` (UTC), or with `persian` the Solar Hijri date (`1404/09/03 18:10`) that
/// Persian desks date their copy by. The conversion is icu_calendar's: calendar arithmetic is
/// not something to hand-roll.
pub fn date_time(time: SystemTime, persian: bool) -> String {
    let secs = time
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_secs();
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    let hm = clock(time);
    if persian {
        let converted = u8::try_from(m)
            .ok()
            .zip(u8::try_from(d).ok())
            .and_then(|(m, d)| {
                let iso = icu_calendar::Date::try_new_iso(i32::try_from(y).ok()?, m, d).ok()?;
                let p = iso.to_calendar(icu_calendar::cal::Persian);
                Some(format!(
                    "{}/{:02}/{:02} {hm}",
                    p.era_year().year,
                    p.month().ordinal,
                    p.day_of_month().0
                ))
            });
        if let Some(s) = converted {
            return s;
        }
    }
    // A month name, not `2026-11-24`: after Arabic letters the bidi algorithm reads the digits
    // as Arabic numbers, which a hyphen does not hold together, so an ISO date would show as
    // `24-11-2026` in a Persian article's dateline.
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!("{d} {} {y} {hm}", MONTHS[(m as usize).clamp(1, 12) - 1])
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian (Howard Hinnant's
/// `civil_from_days`): the ISO date icu_calendar starts from.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// A date and time as the desk asked for them (calendar, digits).
pub fn desk_date_time(app: &App, time: SystemTime) -> String {
    let persian = app.config().calendar == Calendar::Persian;
    digits(&date_time(time, persian), app.config().digits)
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
    fn dates_in_both_calendars() {
        // 2025-11-24 18:10 UTC is 3 Azar 1404.
        let t = UNIX_EPOCH + Duration::from_secs(1_764_007_800);
        assert_eq!(date_time(t, false), "24 Nov 2025 18:10");
        assert_eq!(date_time(t, true), "1404/09/03 18:10");
        // Nowruz: 2025-03-21 is 1 Farvardin 1404.
        let nowruz = UNIX_EPOCH + Duration::from_secs(1_742_515_200);
        assert_eq!(date_time(nowruz, true), "1404/01/01 00:00");
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
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
