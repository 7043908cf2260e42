//! How numbers and times read on the desk: grouped figures, short ages, local times in the
//! desk's zone, calendar and digits.
//!
//! Times are local: the zone comes from `timezone` in the settings, else `TZ`, else the
//! system's `/etc/localtime`, read by jiff. Not the `time` crate's local offset: it refuses
//! (or is unsound) once a program has threads, knows one offset rather than the zone's rules,
//! and has no abbreviation to show.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use jiff::tz::TimeZone;
use jiff::Timestamp;

use crate::app::App;
use crate::config::{Calendar, Digits};
use crate::i18n::{self, Arg, Lang, Msg};
use crate::numerals;

fn timestamp(time: SystemTime) -> Timestamp {
    let secs = time
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_secs();
    i64::try_from(secs)
        .ok()
        .and_then(|s| Timestamp::from_second(s).ok())
        .unwrap_or(Timestamp::MAX)
}

/// `now`, `3m`, `2h` (in the interface's words), or the time of day once an article is a day
/// old; Latin digits.
pub fn age(time: SystemTime, now: SystemTime, tz: &TimeZone, lang: Lang) -> String {
    let secs = now.duration_since(time).unwrap_or(Duration::ZERO).as_secs();
    let n = |n: u64| Some((n, n.to_string()));
    let (msg, count) = match secs {
        0..60 => (Msg::AgeNow, None),
        60..3600 => (Msg::AgeMinutes, n(secs / 60)),
        3600..86_400 => (Msg::AgeHours, n(secs / 3600)),
        _ => return clock(time, tz),
    };
    let count = count.as_ref().map(|(n, s)| (*n, s.as_str()));
    i18n::format(lang, msg, count, &[])
}

/// `HH:MM` in `tz`.
pub fn clock(time: SystemTime, tz: &TimeZone) -> String {
    let t = tz.to_datetime(timestamp(time));
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// The zone's abbreviation at `time` (`IRST`, `CET`, `UTC`; tzdata writes some as `+0330`).
pub fn zone(time: SystemTime, tz: &TimeZone) -> String {
    tz.to_offset_info(timestamp(time))
        .abbreviation()
        .to_string()
}

/// `24 Nov 2026 18:10`, or in the Solar Hijri calendar Persian desks date their copy by,
/// `1404/09/03 18:10`; local to `tz`, Latin digits. The conversion is icu_calendar's:
/// calendar arithmetic is not something to hand-roll.
pub fn date_time(time: SystemTime, tz: &TimeZone, calendar: Calendar, lang: Lang) -> String {
    let local = tz.to_datetime(timestamp(time));
    let hm = format!("{:02}:{:02}", local.hour(), local.minute());
    let (y, m, d) = (
        i32::from(local.year()),
        local.month() as u8,
        local.day() as u8,
    );
    if calendar == Calendar::Persian {
        let converted = icu_calendar::Date::try_new_iso(y, m, d).ok().map(|iso| {
            let p = iso.to_calendar(icu_calendar::cal::Persian);
            let args = [
                ("year", Arg::plain(p.era_year().year.to_string())),
                ("month", Arg::plain(format!("{:02}", p.month().ordinal))),
                ("day", Arg::plain(format!("{:02}", p.day_of_month().0))),
                ("time", Arg::plain(hm.clone())),
            ];
            i18n::format(lang, Msg::DatePersian, None, &args)
        });
        if let Some(s) = converted {
            return s;
        }
    }
    // A month name, not `2026-11-24`: after Arabic letters the bidi algorithm reads the digits
    // as Arabic numbers, which a hyphen does not hold together.
    let args = [
        ("day", Arg::plain(d.to_string())),
        ("month", Arg::plain(i18n::tr(lang, month(m)))),
        ("year", Arg::plain(y.to_string())),
        ("time", Arg::plain(hm)),
    ];
    i18n::format(lang, Msg::DateGregorian, None, &args)
}

fn month(m: u8) -> Msg {
    const MONTHS: [Msg; 12] = [
        Msg::Month1,
        Msg::Month2,
        Msg::Month3,
        Msg::Month4,
        Msg::Month5,
        Msg::Month6,
        Msg::Month7,
        Msg::Month8,
        Msg::Month9,
        Msg::Month10,
        Msg::Month11,
        Msg::Month12,
    ];
    MONTHS[usize::from(m.clamp(1, 12)) - 1]
}

/// A date and time as the desk asked for them (zone, calendar, language, digits).
pub fn desk_date_time(app: &App, time: SystemTime) -> String {
    let text = date_time(time, app.time_zone(), app.calendar(), app.lang());
    digits(&text, app.digits())
}

/// An article's age as the desk reads it.
pub fn desk_age(app: &App, time: SystemTime) -> String {
    digits(
        &age(time, app.now(), app.time_zone(), app.lang()),
        app.digits(),
    )
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

    fn tehran() -> TimeZone {
        TimeZone::posix("<+0330>-3:30").unwrap()
    }

    #[test]
    fn ages() {
        let now = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let utc = TimeZone::UTC;
        assert_eq!(age(now, now, &utc, Lang::En), "now");
        assert_eq!(
            age(now - Duration::from_secs(180), now, &utc, Lang::En),
            "3m"
        );
        assert_eq!(
            age(now - Duration::from_secs(7300), now, &utc, Lang::En),
            "2h"
        );
        assert_eq!(
            age(now - Duration::from_secs(200_000), now, &utc, Lang::En),
            "14:40"
        );
        assert_eq!(
            age(now - Duration::from_secs(200_000), now, &tehran(), Lang::En),
            "18:10"
        );
        assert_eq!(
            age(now + Duration::from_secs(60), now, &utc, Lang::En),
            "now"
        );
        assert_eq!(
            age(now - Duration::from_secs(180), now, &utc, Lang::Fa),
            "3 دقیقه"
        );
    }

    #[test]
    fn dates_in_both_calendars_and_zones() {
        let utc = TimeZone::UTC;
        // 2025-11-24 18:10 UTC is 3 Azar 1404.
        let t = UNIX_EPOCH + Duration::from_secs(1_764_007_800);
        assert_eq!(
            date_time(t, &utc, Calendar::Gregorian, Lang::En),
            "24 Nov 2025 18:10"
        );
        assert_eq!(
            date_time(t, &utc, Calendar::Persian, Lang::En),
            "1404/09/03 18:10"
        );
        // 21:40 in Tehran, the same day; half an hour later it is 4 Azar there.
        assert_eq!(
            date_time(t, &tehran(), Calendar::Persian, Lang::Fa),
            "1404/09/03 21:40"
        );
        let late = t + Duration::from_secs(2 * 3600 + 1800);
        assert_eq!(
            date_time(late, &tehran(), Calendar::Persian, Lang::Fa),
            "1404/09/04 00:10"
        );
        assert_eq!(
            date_time(t, &utc, Calendar::Gregorian, Lang::Fa),
            "24 نوامبر 2025 18:10"
        );
        // Nowruz: 2025-03-21 is 1 Farvardin 1404.
        let nowruz = UNIX_EPOCH + Duration::from_secs(1_742_515_200);
        assert_eq!(
            date_time(nowruz, &utc, Calendar::Persian, Lang::En),
            "1404/01/01 00:00"
        );
        assert_eq!(
            date_time(UNIX_EPOCH, &utc, Calendar::Gregorian, Lang::En),
            "1 Jan 1970 00:00"
        );
        let leap = UNIX_EPOCH + Duration::from_secs(951_782_400);
        assert_eq!(
            date_time(leap, &utc, Calendar::Gregorian, Lang::En),
            "29 Feb 2000 00:00"
        );
        assert_eq!(zone(t, &tehran()), "+0330");
        assert_eq!(zone(t, &utc), "UTC");
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
