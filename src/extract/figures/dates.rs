//! Dates and years: day and month (`۱۵ مهر ۱۳۹۸`, `هفدهم فروردین`), ranges of them, slashed
//! dates, and four digits that read as a year.

use super::super::calendar::{self, Calendar};
use super::super::figure::{Kind, Qualifier};
use super::super::token::Tokens;
use super::super::words::NumExpr;
use super::super::{context, digits, lexicon, phrase, units, words};
use super::{is_integer, prefix_word, start_of, Found, Scanner};

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
            let date_at = |j: usize| {
                let e = words::parse(t, j)?;
                let int_len = e.literal.map_or(0, |l| l.int_len);
                self.date(j, e.value, e.end, int_len, true)
            };
            // `نوامبر سال ۲۰۱۸ تا مه سال ۲۰۱۹`, `فروردین ۹۷ تا اسفند ۹۸`: the end may open
            // with its month, its number a word or two on.
            let month_first = || {
                calendar::month(t.word(k + 1))?;
                let j = (k + 2..k + 5).find(|&j| t.digits(j).is_some())?;
                date_at(j)
            };
            let second = slashed.or_else(|| date_at(k + 1)).or_else(month_first);
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
        if !named_by_date(t, found.start, found.value) {
            self.emit(found);
        }
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
        let day = day_of_month(value);
        if day && !self.part_of_month(i) {
            if let Some(found) = self.day_month(i, value, end, ranged) {
                return Some(found);
            }
        }
        self.month_then_number(i, value, end, int_len, day)
    }

    /// Whether the number word at `i` numbers a part of the month, not a day of it: `نیمه
    /// دوم فروردین` (its second half), `دهه سوم خرداد`, `هفته اول مهر`.
    fn part_of_month(&self, i: usize) -> bool {
        let t = self.t;
        i > 0 && t.digits(i).is_none() && matches!(t.word(i - 1), "نیمه" | "دهه" | "هفته")
    }

    /// `پنجم تا چهاردهم اردیبهشت`: a day in words with no month of its own opens a range
    /// and takes the month (and year) of the day that closes it.
    pub(super) fn day_range_opening(&self, i: usize, value: f64, end: usize) -> Option<Found> {
        let t = self.t;
        let day = day_of_month(value);
        if !day || self.part_of_month(i) || !matches!(t.word(end), "تا" | "الی") {
            return None;
        }
        let e = words::parse(t, end + 1)?;
        let int_len = e.literal.map_or(0, |l| l.int_len);
        let high = self
            .date(end + 1, e.value, e.end, int_len, true)
            .filter(|d| d.start == end + 1 && d.max.is_none() && e.value > value)?;
        let low = high.value - e.value + value;
        let start = start_of(prefix_word(t, i), i);
        Some(Found::simple(low, Kind::Date, start, high.end).with_max(high.value))
    }

    /// A day before its month: `۱۵ مهر ۱۳۹۸`, `اول ماه آوریل`, `۱۵ و ۱۶ بهمن`, `یازدهمین روز
    /// بهمن`.
    fn day_month(&self, i: usize, day: f64, end: usize, ranged: bool) -> Option<Found> {
        let t = self.t;
        let ordinal_day = t.digits(i).is_none() && words::ordinal_word(t.word(end - 1)).is_some();
        // `یازدهمین روز بهمن ماه`: the eleventh day of the month.
        let end = if t.word(end) == "روز"
            && t.word(end - 1).ends_with("مین")
            && month_name(t, end + 1, ordinal_day).is_some()
        {
            end + 1
        } else {
            end
        };
        let end = if t.word(end) == "ماه" && month_name(t, end + 1, ordinal_day).is_some() {
            end + 1
        } else {
            end
        };
        // `۱۵ و ۱۶ بهمن`, `۱۳ یا ۱۵ ماه مه`, `پنجم و ششم فروردین`: the first day takes the
        // month of the second.
        // `۲۱، ۲۳ و ۲۵ فروردین`: days listed with commas before the last two.
        let next_day = |k: usize| {
            words::parse(t, k + 1)
                .filter(|e| e.tail_mult == 1.0 && day_of_month(e.value))
                .map(|e| e.end)
        };
        let mut at = end;
        let digits = t.digits(i).is_some();
        while digits && matches!(t.punct(at), Some(',' | '،')) {
            match next_day(at) {
                Some(k) if t.digits(at + 1).is_some() => at = k,
                _ => break,
            }
        }
        let joined = words::is_and(t, at) || t.word(at) == "یا";
        let second = joined.then(|| next_day(at)).flatten();
        let second_month = second.map_or(end + 2, |k| if t.word(k) == "ماه" { k + 1 } else { k });
        let shared = second.is_some() && month_name(t, second_month, ordinal_day).is_some();
        let month_at = if shared { second_month } else { end };
        let word = t.word(month_at);
        let (m, mut k) = month_name(t, month_at, ordinal_day)?;
        if calendar::shot_not_month(word, t.word(k)) {
            return None;
        }
        if t.word(k) == "ماه" {
            k += 1;
        }
        let year = self.year_after(k);
        let named = month_at > 0 && t.word(month_at - 1) == "ماه";
        if calendar::ambiguous_month(word)
            && year.is_none()
            && !ranged
            && !self.may(i, word, k, named)
        {
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

    /// May spelled as the verb prefix `می` or as `مه` (fog), after a day in digits at `i`: the
    /// month, unless `می` and the word after it at `k` make a verb (`۱۹ می تواند`, `۱۵ می
    /// شود`). `۲۵ می (۴ خرداد)`, `۳۱ می برگزار شود`, `۱۱ مي آتي`, `۹ مه در`. Named after
    /// «ماه» (`۲۴ ماه می در`) only a verb spelt out with the prefix makes it the prefix: a bare
    /// present stem after it (`در`, `آغاز`) is more often the next word than a verb.
    fn may(&self, i: usize, word: &str, k: usize, named: bool) -> bool {
        let t = self.t;
        if t.digits(i).is_none() {
            return false;
        }
        match word {
            "مه" => true,
            "می" => {
                let next = t.word(k);
                next.is_empty()
                    || (lexicon::verb(&format!("می{next}")).is_none()
                        && (named || !lexicon::present_stem(next)))
            }
            _ => false,
        }
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
            // `مرداد ماه سال ۱۳۹۶`: the month, its «ماه» and «سال».
            (Some("سال"), Some("ماه")) if i >= 3 && calendar::month(t.word(i - 3)).is_some() => {
                (t.word(i - 3), i - 3)
            }
            (Some("ماه"), Some(w)) => (w, i - 2),
            // `ماه اوت سال ۲۰۱۹`, `دی سال ۹۸`: the month of that year.
            (Some("سال"), Some(w)) if calendar::month(w).is_some() => (w, i - 2),
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
        // `در سپتامبر ۳۰ درصد کاهش یافت`: a number with a unit after the month is no year.
        if int_len == 2 && super::names::counted_after(t, end) {
            return None;
        }
        // `تا آوریل ۲۰ ادامه دارد`: a day after a Gregorian month, in English order; two
        // digits there are never a year of the Persian century.
        if cal == Calendar::Gregorian && int_len <= 2 {
            let v = (m * 100) as f64 + value;
            return (day && t.digits(i).is_some() && (1.0..=31.0).contains(&value))
                .then(|| Found::simple(v, Kind::Date, at, end));
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
        // `۸ مارس ۱۸ اسفند`: a number before a month is the day of the same date in the other
        // calendar, never the year of the first.
        // Not `سال ۴۲ می باشد`, where «می» is no month.
        let next = t.word(k + 1);
        if calendar::month(next).is_some() && !calendar::ambiguous_month(next) {
            return None;
        }
        let year = calendar::expand_year(v, len).filter(|_| len == 2 || len == 4)?;
        Some((year, k + 1))
    }

    /// `در دهه ۱۹۷۰`: the year a decade starts, written in four digits apart from `دهه`
    /// (which otherwise labels what follows, `دهه ۶۰`, `دهه1960`). Where it ends, once emitted.
    pub(super) fn decade(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let (value, len, _) = t.digits(i)?;
        let decade = i > 0
            && matches!(t.word(i - 1), "دهه" | "دههی")
            && len == 4
            && (1000..=2100).contains(&value)
            && !t.glued(i)
            && t.punct(i + 1)
                .is_none_or(|p| !matches!(p, '.' | '/' | '-' | ':'));
        if !decade {
            return None;
        }
        self.emit(Found::simple(value as f64, Kind::Year, i - 1, i + 1));
        Some(i + 1)
    }

    /// A year: after `سال`/`year`, after a season, before an era (`۱۸۵۰ میلادی`), or four
    /// digits that read as one. `end`: where the number (or its range) ends. Returns (value,
    /// max, start token).
    pub(super) fn year(
        &self,
        i: usize,
        e: &NumExpr,
        value: f64,
        max: Option<f64>,
        end: usize,
    ) -> Option<(f64, Option<f64>, usize)> {
        let t = self.t;
        let lit = e.literal?;
        if !lit.plain() || e.has_word {
            return None;
        }
        let w1 = if i >= 1 { t.word(i - 1) } else { "" };
        let w2 = if i >= 2 { t.word(i - 2) } else { "" };
        // The figure read just before ends right before this number and is a year.
        let after_year = || {
            self.out.last().is_some_and(|f| f.kind == Kind::Year)
                && self.spans.last().is_some_and(|s| s.1 + 1 == i)
        };
        let marker = match (w2, w1) {
            // Not a year counted before (`در این ۷ سال ۷۰۰ باغ`): that `سال` is a span's;
            // but a labelled number before it counts no years (`ماده ۱۸۰ سال ۹۴`, `برج ۹
            // سال ۹۷`).
            (_, "سال" | "سالهای" | "year" | "years") if !years_counted_before(t, i - 1) => {
                Some(i - 1)
            }
            (_, w) if calendar::year_event(w) => Some(i - 1),
            (_, "و") if (lit.int_len != 4 || calendar::bare_year(value)) && after_year() => {
                Some(i)
            }
            // `سال ۹۶، ۹۵ و ۹۷`: a year listed after a comma, counting nothing.
            _ if i > 0
                && matches!(t.punct(i - 1), Some(',' | '،'))
                && (lit.int_len == 2 || calendar::bare_year(value))
                && after_year()
                && !context::classifier(t.word(e.end))
                && phrase::forward(t, e.end).is_none() =>
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
            // `متولد ۶۸`: a birth year in two digits, as four digits after it already read.
            (_, "متولد" | "متولدین") if lit.int_len == 2 => Some(i),
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
        // `۱۰ فیلم پرفروش سال ۶ فیلم کمدی داشتند`: one digit that counts what follows it.
        let counts_next = || {
            context::classifier(t.word(e.end))
                || (phrase::forward(t, e.end).is_some() && !era(t.word(e.end)))
        };
        if marker.is_some() && lit.int_len == 1 && counts_next() {
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
        // `۱۸۵۰ میلادی`, `از ۱۸۵۰ تا ۱۹۰۰ میلادی`, `۶۲۲ میلادی`: the era makes it a year.
        if era(t.word(end)) && (3..=4).contains(&lit.int_len) && value <= 2200.0 {
            return Some((value, max, i));
        }
        let next = t.word(e.end);
        // `بیش از ۱۳۰۰ شهید`, `کمتر از ۲۰۰۰ نفر`: more or fewer than a number counts things.
        let hedged = matches!(
            context::qualifier_before(t, i),
            Some((Qualifier::Over | Qualifier::Under, _))
        );
        // `شامل ۱۴۰۰ آزمون`: what a whole includes is counted. (Not every object: `جام جهانی
        // ۲۰۱۴ برزیل را` is a year and a host.)
        let counted = hedged
            || matches!(prefix_word(t, i), "شامل" | "حاوی")
            || context::classifier(next)
            // `در ۲۰۰۰ نسخه چاپ شد`: copies printed.
            || matches!(next, "نسخه" | "جلد")
            || context::casualty(next)
            || person(next)
            || (t.is_latin_word(e.end) && next.ends_with('s') && !context::stopword(next));
        // `از ۱۴۵۰ به ۲۱۰۰ میلیون مترمکعب`: the start of a change in an amount (not `در ۱۴۰۰
        // به ۱.۵ میلیون دستگاه برسد`, a year).
        let changed = matches!(prefix_word(t, i), "از" | "from")
            && matches!(t.word(end), "به" | "to")
            && words::parse(t, end + 1).is_some_and(|to| {
                to.tail_mult > 1.0
                    || units::match_unit(t, to.end).is_some()
                    || context::classifier(t.word(to.end))
            });
        // `۲۰۴۷ و ۵۲۹۴ واحد`: the first item of a list whose last carries the unit.
        // Not after a comma: `امتیازات ۲۰۱۶، ۵۰ درصد` is a year and a share.
        let listed = words::is_and(t, end)
            && words::parse(t, end + 1).is_some_and(|next| {
                next.literal.is_some()
                    && (units::match_unit(t, next.end).is_some()
                        || context::classifier(t.word(next.end)))
            });
        if lit.int_len != 4 || counted || changed || listed {
            return None;
        }
        if calendar::bare_year(value) {
            return Some((value, max, i));
        }
        // `از ۱۸۵۰ تا کنون`, `تا ۱۸۷۰،`: an older year after a word of time, where nothing
        // counted follows.
        let since = matches!(
            prefix_word(t, i),
            "از" | "تا" | "در" | "since" | "until" | "in"
        );
        (since && (1000.0..=2100.0).contains(&value) && phrase::forward(t, end).is_none())
            .then_some((value, max, i))
    }
}

/// Whether the `سال` at `k` is counted by a number right before it (`۷ سال`), not labelled
/// (`ماده ۱۸۰ سال ۹۴`, `برج ۹ سال ۹۷`).
fn years_counted_before(t: &Tokens, k: usize) -> bool {
    let labelled = |j: usize| context::label(t.word(j)) || t.word(j) == "برج";
    k >= 1 && t.digits(k - 1).is_some() && !(k >= 2 && labelled(k - 2))
}

/// Whether a number can be a day of a month: a whole number from 1 to 31.
fn day_of_month(value: f64) -> bool {
    is_integer(value) && (1.0..=31.0).contains(&value)
}

/// The month named at `k` and the token after its name: a Persian or Gregorian month, or a
/// lunar one (`۱۳ رجب`, `۱۲ ربیع الاول`, `بیست و یکم ماه رمضان`). `صفر` is also zero: the
/// month only after `ماه` or an ordinal day (`بیست و هشتم صفر`, not `۱۵ صفر`, `شش صفر`).
fn month_name(t: &Tokens, k: usize, ordinal_day: bool) -> Option<(u64, usize)> {
    if let Some((m, _)) = calendar::month(t.word(k)) {
        return Some((m, k + 1));
    }
    let (m, n) = calendar::lunar_month(t.word(k), t.word(k + 1))?;
    let zero = t.word(k) == "صفر" && !ordinal_day && !(k > 0 && t.word(k - 1) == "ماه");
    (!zero).then_some((m, k + n))
}

/// Whether the date at `start` (`value` as yyyymmdd) is part of a name: things named after a
/// day without its year (`موشک سوم خرداد`, `ناو ۲۹ بهمن`, `ورزشگاه ۲۲ بهمن`, `بیمارستان ۱۷
/// شهریور`). Streets and squares are labels of their own (`خیابان ۱۵ خرداد`).
fn named_by_date(t: &Tokens, start: usize, value: f64) -> bool {
    value < 10000.0
        && start > 0
        && matches!(
            t.word(start - 1),
            "موشک"
                | "ناو"
                | "ناوشکن"
                | "ناوچه"
                | "زیردریایی"
                | "بیمارستان"
                | "ورزشگاه"
                | "استادیوم"
                | "مدرسه"
                | "دبستان"
                | "هنرستان"
                | "دبیرستان"
                | "دانشگاه"
                | "پایگاه"
                | "اردوگاه"
                | "پادگان"
                | "پل"
                | "بزرگراه"
                | "شهرک"
                | "مجتمع"
                | "مسجد"
                | "پارک"
                | "ایستگاه"
                | "فرودگاه"
                | "اسکله"
                | "سد"
                | "تیپ"
                | "لشکر"
                | "پالایشگاه"
        )
}

/// People a number before them counts (`۱۹۵۹ کارمند`, `۱۴۵۰ دانش‌آموز`), never a year.
fn person(word: &str) -> bool {
    matches!(
        word,
        "کارمند"
            | "کارگر"
            | "دانشآموز"
            | "دانشجو"
            | "معلم"
            | "پزشک"
            | "پرستار"
            | "مسافر"
            | "زایر"
            | "بیمار"
            | "ورزشکار"
            | "داوطلب"
            | "خانوار"
            | "کودک"
            | "سرباز"
            | "نیرو"
            | "تماشاگر"
            | "تماشاچی"
            | "بازدیدکننده"
            | "شرکتکننده"
            | "خبرنگار"
    )
}

/// An era after a year: `میلادی` (`ميلادي` folds to it), `شمسی`, `هجری`, `قمری`.
fn era(word: &str) -> bool {
    matches!(
        word,
        "میلادی" | "شمسی" | "هجری" | "قمری" | "خورشیدی" | "AD" | "BC"
    )
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

#[cfg(test)]
mod tests;
