//! Dates and years: day and month (`۱۵ مهر ۱۳۹۸`, `هفدهم فروردین`), ranges of them, slashed
//! dates, and four digits that read as a year.

use super::super::calendar::{self, Calendar};
use super::super::figure::Kind;
use super::super::words::NumExpr;
use super::super::{context, digits, phrase, words};
use super::{is_integer, Found, Scanner};

impl Scanner<'_, '_> {
    /// A date, and the date that ends its range if one follows: `۲۴ اردیبهشت تا ۴ خرداد`,
    /// `۱۵ اسفند تا چهارم فروردین`, `28 June - 6 July` are one figure.
    pub(super) fn emit_date(&mut self, mut found: Found) -> usize {
        let t = self.t;
        let k = found.end;
        let dash = matches!(t.punct(k), Some('-' | '–'));
        if matches!(t.word(k), "تا" | "الی" | "to") || dash {
            let slashed = digits::slash_date(t, k + 1)
                .map(|(v, end)| Found::simple(v, Kind::Date, k + 1, end));
            let second = slashed.or_else(|| {
                let e = words::parse(t, k + 1)?;
                let int_len = e.literal.map_or(0, |l| l.int_len);
                self.date(k + 1, e.value, e.end, int_len, true)
            });
            // `۱۵ اسفند تا چهارم فروردین` runs into the next year: its end is the smaller.
            if let Some(second) = second.filter(|d| d.start == k + 1 && d.value != found.value) {
                found.max = Some(second.value);
                found.end = second.end;
                // `۲۹ فروردین تا ۶ اردیبهشت ۱۳۹۸`: the start takes the end's year (the one
                // before when the range runs over the new year).
                if found.value < 1e4 && second.value >= 1e4 {
                    let year = (second.value / 1e4).floor() * 1e4;
                    let start = year + found.value;
                    found.value = if start > second.value {
                        start - 1e4
                    } else {
                        start
                    };
                }
            }
        }
        let end = found.end;
        self.emit(found);
        end
    }

    /// `۱۵ مهر ۱۳۹۸`, `3 خرداد 99`, `14 November`, `November 20, 2019`, `مهر ۹۹`, `۲۰
    /// اردیبهشت سال ۹۷`, and `۱۵` of `۱۵ و ۱۶ بهمن`. `ranged`: the day closes a range, where a
    /// month that is also a word (`۱۴ تا ۲۵ می`) needs no year to be believed.
    pub(super) fn date(
        &self,
        i: usize,
        value: f64,
        end: usize,
        int_len: u32,
        ranged: bool,
    ) -> Option<Found> {
        let day = is_integer(value) && (1.0..=31.0).contains(&value);
        if day {
            if let Some(found) = self.day_month(i, value, end, ranged) {
                return Some(found);
            }
        }
        self.month_then_number(i, value, end, int_len, day)
    }

    /// A day before its month: `۱۵ مهر ۱۳۹۸`, `اول ماه آوریل`, `۱۵ و ۱۶ بهمن`, `یازدهمین روز
    /// بهمن`.
    fn day_month(&self, i: usize, day: f64, end: usize, ranged: bool) -> Option<Found> {
        let t = self.t;
        // `یازدهمین روز بهمن ماه`: the eleventh day of the month.
        let end = if t.word(end) == "روز"
            && t.word(end - 1).ends_with("مین")
            && calendar::month(t.word(end + 1)).is_some()
        {
            end + 1
        } else {
            end
        };
        let end = if t.word(end) == "ماه" && calendar::month(t.word(end + 1)).is_some() {
            end + 1
        } else {
            end
        };
        // `۱۵ و ۱۶ بهمن`: the first day takes the month of the second.
        let shared = words::is_and(t, end)
            && t.digits(end + 1)
                .is_some_and(|(v, _, _)| (1..=31).contains(&v))
            && calendar::month(t.word(end + 2)).is_some();
        let month_at = if shared { end + 2 } else { end };
        let word = t.word(month_at);
        let (m, _) = calendar::month(word)?;
        let mut k = month_at + 1;
        if t.word(k) == "ماه" {
            k += 1;
        }
        let year = self.year_after(k);
        if calendar::ambiguous_month(word) && year.is_none() && !ranged {
            return None;
        }
        let (y, k) = year.unwrap_or((0, k));
        let v = (y * 10000 + m * 100) as f64 + day;
        Some(Found::simple(
            v,
            Kind::Date,
            i,
            if shared { end } else { k },
        ))
    }

    /// A month before the number: `November 20, 2019`, `مهر ۹۹`, `آوریل تا ژوئیه ۲۰۲۵`.
    fn month_then_number(
        &self,
        i: usize,
        value: f64,
        end: usize,
        int_len: u32,
        day: bool,
    ) -> Option<Found> {
        let t = self.t;
        let (before, at) = match (
            i.checked_sub(1).map(|k| t.word(k)),
            i.checked_sub(2).map(|k| t.word(k)),
        ) {
            (Some("ماه"), Some(w)) => (w, i - 2),
            // `Nov. 20`
            (Some(""), Some(w)) if t.punct(i - 1) == Some('.') && t.is_latin_word(i - 2) => {
                (w, i - 2)
            }
            (Some(w), _) => (w, i - 1),
            _ => return None,
        };
        let (m, cal) = calendar::month(before)?;
        if cal == Calendar::Gregorian && t.is_latin_word(at) && day {
            let (y, k) = self.year_after(end).unwrap_or((0, end));
            let v = (y * 10000 + m * 100) as f64 + value;
            return Some(Found::simple(v, Kind::Date, at, k));
        }
        if (calendar::ambiguous_month(before) && int_len != 4) || !is_integer(value) {
            return None;
        }
        let y = calendar::expand_year(value as u64, int_len)
            .filter(|_| int_len == 2 || int_len == 4)?;
        let v = (y * 10000 + m * 100) as f64;
        // `آوریل تا ژوئیه ۲۰۲۵`: a range of months in one year.
        let first = at
            .checked_sub(2)
            .filter(|&k| matches!(t.word(k + 1), "تا" | "الی"))
            .and_then(|k| Some((k, calendar::month(t.word(k))?.0)));
        Some(match first {
            Some((k, m1)) if m1 != m => {
                Found::simple((y * 10000 + m1 * 100) as f64, Kind::Date, k, end).with_max(v)
            }
            _ => Found::simple(v, Kind::Date, at, end),
        })
    }

    /// The year after a day and month (`۱۵ مهر ۹۸`, `November 20, 2019`, `۲۰ اردیبهشت سال
    /// ۹۷`), and where it ends.
    fn year_after(&self, k: usize) -> Option<(u64, usize)> {
        let t = self.t;
        let k = if t.punct(k) == Some(',') || t.word(k) == "سال" {
            k + 1
        } else {
            k
        };
        let (v, len, _) = t.digits(k)?;
        if t.digits(k + 2).is_some() && t.punct(k + 1).is_some() && t.glued(k + 1) {
            return None;
        }
        let year = calendar::expand_year(v, len).filter(|_| len == 2 || len == 4)?;
        Some((year, k + 1))
    }

    /// A year: after `سال`/`year`, after a season, or four digits that read as one.
    /// Returns (value, max, start token).
    pub(super) fn year(
        &self,
        i: usize,
        e: &NumExpr,
        value: f64,
        max: Option<f64>,
    ) -> Option<(f64, Option<f64>, usize)> {
        let t = self.t;
        let lit = e.literal?;
        if !lit.plain() || e.has_word {
            return None;
        }
        let w1 = if i >= 1 { t.word(i - 1) } else { "" };
        let w2 = if i >= 2 { t.word(i - 2) } else { "" };
        let marker = match (w2, w1) {
            (
                _,
                "سال" | "سالهای" | "year" | "years" | "بودجه" | "انتخابات" | "سرشماری" | "کنکور",
            ) => Some(i - 1),
            (_, "و")
                if self.out.last().is_some_and(|f| f.kind == Kind::Year)
                    && self.spans.last().is_some_and(|s| s.1 + 1 == i) =>
            {
                Some(i)
            }
            ("سال", "های") => Some(i - 2),
            // `سال آبی ۹۷`, `سال زراعی ۹۸`, `سال مالی ۲۰۱۹`
            ("سال", "آبی" | "زراعی" | "مالی" | "تحصیلی" | "میلادی" | "شمسی") => {
                Some(i - 2)
            }
            (_, w) if calendar::season(w) => Some(i - 1),
            // `نوروز ۹۹`, `فتنه ۸۸`: a feast or an event by its year; `دو ماهه ۹۸`, `نیمه
            // دوم ۹۷`: a part of a year.
            (_, "نوروز" | "فتنه") if lit.int_len == 2 => Some(i - 1),
            (_, w) if lit.int_len == 2 && w.ends_with("ماهه") => Some(i),
            ("نیمه", "اول" | "دوم" | "نخست") if lit.int_len == 2 => Some(i),
            // `لیگ برتر ۸۵`: the league of a season, unless it counts (`لیگ برتر ۱۶ تیمی`).
            ("لیگ", "برتر")
                if lit.int_len == 2
                    && !context::classifier(t.word(e.end))
                    && phrase::forward(t, e.end).is_none() =>
            {
                Some(i - 2)
            }
            _ => None,
        };
        // `در سال ۲۲ گل زد`: two digits that count goals are no year.
        if marker.is_some() && lit.int_len <= 2 && season_count(t.word(e.end)) {
            return None;
        }
        let expand = |v: f64| -> f64 {
            let len = if v >= 1000.0 { 4 } else { 2 };
            if v < 100.0 || len == 4 {
                calendar::expand_year(v as u64, len).map_or(v, |y| y as f64)
            } else {
                v
            }
        };
        if let Some(at) = marker {
            if lit.int_len <= 4 {
                return Some((expand(value), max.map(expand), at));
            }
            return None;
        }
        let next = t.word(e.end);
        let counted = context::classifier(next)
            || (t.is_latin_word(e.end) && next.ends_with('s') && !context::stopword(next));
        (lit.int_len == 4 && calendar::bare_year(value) && !counted).then_some((value, max, i))
    }
}

/// What a player or a team counts over a season, after which two digits are no year: `سال
/// ۲۲ گل`, `سال ۲۰ بازی`.
fn season_count(word: &str) -> bool {
    matches!(
        word,
        "گل" | "ریباند"
            | "امتیاز"
            | "مدال"
            | "برد"
            | "باخت"
            | "تساوی"
            | "بازی"
            | "کلین"
    )
}
