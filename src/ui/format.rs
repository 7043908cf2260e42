//! How numbers and times read on the desk: grouped figures, short ages, Persian digits on
//! request.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use time::OffsetDateTime;

use crate::app::App;
use crate::config::{Calendar, Digits};
use crate::numerals;

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
    let hm = clock(time);
    let Some(date) = i64::try_from(secs)
        .ok()
        .and_then(|s| OffsetDateTime::from_unix_timestamp(s).ok())
        .map(OffsetDateTime::date)
    else {
        // Past year 9999: no calendar date to give, the time of day still reads.
        return hm;
    };
    let (y, m, d) = (date.year(), u8::from(date.month()), date.day());
    if persian {
        let converted = icu_calendar::Date::try_new_iso(y, m, d).ok().map(|iso| {
            let p = iso.to_calendar(icu_calendar::cal::Persian);
            format!(
                "{}/{:02}/{:02} {hm}",
                p.era_year().year,
                p.month().ordinal,
                p.day_of_month().0
            )
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
    format!("{d} {} {y} {hm}", MONTHS[usize::from(m) - 1])
}

/// A date and time as the desk asked for them (calendar, digits).
pub fn desk_date_time(app: &App, time: SystemTime) -> String {
    let persian = app.config().calendar == Calendar::Persian;
    digits(&date_time(time, persian), app.config().digits)
}

/// `1234567` as `1,234,567`.
pub fn group(n: u64) -> String {
    numerals::group(&n.to_string())
}

/// The UI's own numbers in the digits the desk asked for.
pub fn digits(s: &str, digits: Digits) -> String {
    match digits {
        Digits::Latin => s.to_string(),
        Digits::Persian => numerals::to_persian_digits(s),
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
        assert_eq!(date_time(UNIX_EPOCH, false), "1 Jan 1970 00:00");
        let leap = UNIX_EPOCH + Duration::from_secs(951_782_400);
        assert_eq!(date_time(leap, false), "29 Feb 2000 00:00");
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
