//! Label words that name the number after them (`ماده ۱۲`, `کوچه ۵`, `شماره پرونده ۵۶`) and
//! where such a labelled number, or a list of them, ends.

use super::super::token::Tokens;
use super::super::{calendar, context, units, words};
use super::identifier::street_word;
use super::{names, skip_run, Scanner};

impl Scanner<'_, '_> {
    /// Whether a label word names the number at `i` (`ماده ۱۲`, `ساعت: ۱۰`), unless the
    /// number measures after all: a rank (`شماره یک جهان`), a size or level with a scale or
    /// unit (`سالن ۱۲ هزار نفری`, `کانال ۴۲ هزار تومان`), or a label word pointed at (`در
    /// این ماده ۳ دونده`, not `آن ماده ۵ این طرح`).
    pub(super) fn labelled(&self, i: usize) -> bool {
        let t = self.t;
        let prev = if i > 0 { t.word(i - 1) } else { "" };
        if (i >= 2
            && matches!(t.punct(i - 1), Some(':' | '(' | '"' | '«' | '“' | '*'))
            && context::label(t.word(i - 2)))
            || (prev == "های" && i >= 2 && context::label(t.word(i - 2)))
        {
            return !parts(t, i);
        }
        let numbered = i >= 2 && t.word(i - 2) == "شماره" && numbered(prev);
        // `ظرف ۴۸ ساعت ۵۰ نفر`: hours counted by the number before them are no clock.
        let counted_hours = prev == "ساعت"
            && i >= 2
            && !t.glued(i - 2)
            && t.digits(i - 2).is_some_and(|(v, _, _)| v < 1000);
        let label = (context::label(prev) && !counted_hours) || local_label(t, i) || numbered;
        // `بندهای ۲۶ و ۳۶`, `مواد ۲۸ و ۲۹`: the plural of a label labels a list; so does the
        // plural of `واحد` (`واحدهای ۷ و ۸ پالایشگاه`, units by number), though not before a
        // range of sizes (`واحدهای ۵۰ تا ۷۰ متری`).
        let plural = ["های", "ها"].iter().find_map(|p| prev.strip_suffix(p));
        let ranged = |k: usize| matches!(t.word(k), "تا" | "الی") || t.punct(k) == Some('-');
        let units_by_number =
            plural == Some("واحد") && words::parse(t, i).is_some_and(|e| !ranged(e.end));
        let plural_label = plural.is_some_and(context::label) || units_by_number;
        // Most numbers have no label before them: the number is read only for those that do.
        if !label && !plural_label {
            return false;
        }
        let number = words::parse(t, i);
        let ranking =
            prev == "شماره" && number.is_some_and(|e| context::ranking_scope(t.word(e.end)));
        // `قطعنامه شماره ۲۴۲ سال (۱۹۶۷)`, `مصوبه ۱۲ سال ۹۸`: the year a numbered act was
        // passed in, not a span of years.
        let of_year = |k: usize| {
            t.word(k) == "سال" && (t.punct(k + 1) == Some('(') || t.digits(k + 1).is_some())
        };
        let level = number.is_some_and(|e| {
            e.tail_mult > 1.0
                || (units::match_unit(t, e.end).is_some() && !of_year(e.end))
                || (prev == "کانال" && context::classifier(t.word(e.end)))
        }) && prev != "ساعت";
        // `در این ماده ۳ دونده`: the number after a label pointed at counts what follows;
        // not where a demonstrative follows it (`ناشی از آن ماده ۵ این طرح`, article 5 of
        // this bill), for a number counts no `این`.
        let pointed = i >= 2
            && context::demonstrative(t.word(i - 2))
            && !number.is_some_and(|e| context::demonstrative(t.word(e.end)));
        // `گروه‌های پنج یا شش نفره`: groups of a size, not groups by number.
        let sized = number.is_some_and(|e| {
            let next = t.word(e.end);
            next == "یا" || context::classifier(next) || context::classifier_form(next).is_some()
        });
        // `فصل 21-2020`, `فصل ۲۰۱۹`: a season of play by its years, not a chapter.
        let season = prev == "فصل" && season_years(t, i);
        // `گروه ۶۰ نفره`, `هیئت ۷ نفره`: a body of a size, not a body by number.
        let of_size = number.is_some_and(|e| {
            context::classifier_form(t.word(e.end)) == Some(true)
                || context::items_adjective(t, e.end).is_some()
        });
        ((label && !of_size) || (plural_label && !sized))
            && !parts(t, i)
            && !ranking
            && !level
            && !pointed
            && !season
    }

    /// Where a labelled number ends: with the range of an identifier (`ساعت ۱۰ تا ۱۳`), the
    /// minutes of a clock time (`ساعت ۱۰ و ۳۰ دقیقه`) and the rest of a list of labels
    /// (`مواد ۲۸، ۲۹ و ۳۰`, `بند ۳ و ۴`).
    pub(super) fn label_end(&self, i: usize, run: usize) -> usize {
        let t = self.t;
        let ranged = |k: usize| {
            (matches!(t.word(k), "تا" | "الی" | "to") || t.punct(k) == Some('-'))
                && t.digits(k + 1).is_some()
        };
        let clock = i > 0 && t.word(i - 1) == "ساعت";
        if ranged(run) && clock {
            return skip_run(t, run + 1);
        }
        if clock && words::is_and(t, run) {
            if let Some(e) = words::parse(t, run + 1) {
                if matches!(t.word(e.end), "دقیقه" | "ثانیه") {
                    return e.end + 1;
                }
            }
        }
        // `مواد ۵ تا ۷، ۹ و ۱۱ تا ۱۵`: each item of a list of labels may be a range.
        let item_end = |k: usize| {
            let end = skip_run(t, k);
            if ranged(end) {
                skip_run(t, end + 1)
            } else {
                end
            }
        };
        let mut end = item_end(i);
        // A list item is a bare number: `بند ۳ و ۴ نفر` goes on counting people.
        let item = |k: usize| {
            t.digits(k).is_some_and(|(_, len, _)| len <= 4)
                && units::match_unit(t, skip_run(t, k)).is_none()
                && !context::classifier(t.word(skip_run(t, k)))
                && !matches!(
                    words::lookup(t.word(skip_run(t, k))),
                    Some(words::Lex::Mult(_))
                )
        };
        while matches!(t.punct(end), Some('،' | ',')) || words::is_and(t, end) {
            if !item(end + 1) {
                break;
            }
            end = item_end(end + 1);
        }
        end
    }
}

/// Whether the number at `i` is a year or two years running (`2020`, `21-2020`, `۲۰۱۹-۲۰۲۰`,
/// `۹۸-۹۷` in two digits each, not a chapter's `۳-۴`).
fn season_years(t: &Tokens, i: usize) -> bool {
    let Some((a, len, _)) = t.digits(i) else {
        return false;
    };
    let pair = (t.punct(i + 1) == Some('-') && t.glued(i + 1) && t.glued(i + 2))
        .then(|| t.digits(i + 2))
        .flatten();
    match pair {
        Some((b, len_b, _)) => {
            let (low, high) = (a.min(b) as f64, a.max(b) as f64);
            let two_digits = if len == 2 && len_b == 2 { "فصل" } else { "" };
            calendar::running_years(low, high, two_digits).is_some()
                || (calendar::bare_year(low) && calendar::bare_year(high) && high - low == 1.0)
        }
        None => len == 4 && calendar::bare_year(a as f64),
    }
}

/// Label words beside [`context::label`] before the number at `i`: places (`نبش ۱۲`, `طبقه
/// ۳`, `مناطق ۱۴ و ۱۵`, `کلانتری ۱۲۴`, `پاسگاه ۱۳۹`), police lines (`فوریت‌های پلیسی ۱۱۰`), the
/// principles of a constitution (`اصول ۲۸ و ۲۹`), codes to dial (`با شماره‌گیری ۱۲۵`), paragraphs
/// (`پاراگراف ۳۶`, `پاراگراف‌های ۲۶ و ۳۶`), names (`جی ۲۰`, `استاندارد یورو ۴`, `دیابت نوع ۲`, `فرانس ۲۴`) and the
/// grades of military ranks (`سرتیپ دوم`).
fn local_label(t: &Tokens, i: usize) -> bool {
    let prev = if i > 0 { t.word(i - 1) } else { "" };
    // `کوچه ۱۲`, `بن‌بست ۵`: alleys go by number.
    let alley =
        i > 0 && (prev == "کوچه" || (matches!(prev, "بنبست" | "بست") && street_word(t, i - 1)));
    // `دادگاه کیفری ۲ شیراز`: criminal courts go by number.
    let court = prev == "کیفری" && i >= 2 && t.word(i - 2) == "دادگاه";
    // `تبصره ۳ بند ب جزء ۱-۴`: below a clause or an article a law goes on by items; alone
    // `جزء ۱۰ کشور` is "among ten countries".
    let item = prev == "جزء" && (i.saturating_sub(5)..i - 1).any(|k| context::label(t.word(k)));
    // `گواهینامه رانندگی پایه یک`: driving licences go by class (`پایه نهم` is a school year).
    let licence = prev == "پایه"
        && i >= 2
        && matches!(t.word(i - 2), "رانندگی" | "گواهینامه" | "گواهینامههای");
    alley
        || court
        || item
        || licence
        || matches!(
            prev,
            "نبش"
                | "کلاسه"
                // `قطعه ۲۷ بهشت زهرا`, `قطعه ۱۲ از پلاک ثبتی`: plots of land go by number.
                | "قطعه"
                | "طبقه"
                | "مناطق"
                | "اصول"
                | "شمارهگیری"
                | "شمارهگیر"
                | "پاراگراف"
                | "پاراگرافهای"
                | "کلانتری"
                | "پاسگاه"
                | "پلیسی"
                | "جی"
                | "نوع"
                | "dialing"
        )
        || (prev == "یورو" && i >= 2 && t.word(i - 2) == "استاندارد")
        || outlet(t, i)
        // `سرتیپ دوم`, `ستوان یکم`, `دریادار دوم`: the grade of a military rank.
        || (context::military_rank(prev) && words::ordinal_adjective(t.word(i)))
}

/// Whether the number at `i` counts all the parts a body is in (`مناطق ۲۲ گانه`, `شعب ۱۵
/// گانه`, `گروه‌های 10گانه`), not one part by its number.
fn parts(t: &Tokens, i: usize) -> bool {
    words::parse(t, i).is_some_and(|e| t.word(e.end).starts_with("گانه"))
}

/// Whether the number at `i` names a news outlet: `فرانس ۲۴`, `پایگاه خبری ۲۴ امارات`,
/// `شبکه خبری ۲۶ سپتامبر`.
fn outlet(t: &Tokens, i: usize) -> bool {
    let prev = if i > 0 { t.word(i - 1) } else { "" };
    prev == "فرانس"
        || (prev == "خبری" && i >= 2 && matches!(t.word(i - 2), "پایگاه" | "شبکه" | "سایت"))
        || reported_from(t, i)
}

/// `به نقل از اسپورت ۲۴،`, `به نوشته وبگاه عربی ۲۱`, `به گزارش رویداد۲۴`: a source named
/// after a word of reporting ends in its number when nothing counted follows it.
fn reported_from(t: &Tokens, i: usize) -> bool {
    if i < 2 || t.digits(i).is_none_or(|(_, len, _)| len > 2) {
        return false;
    }
    let name = t.word(i - 1);
    if name.is_empty() || words::lookup(name).is_some() {
        return false;
    }
    let source = matches!(
        t.word(i - 2),
        "گزارش"
            | "نوشته"
            | "وبگاه"
            | "سایت"
            | "وبسایت"
            | "پایگاه"
            | "روزنامه"
            | "نشریه"
    ) || (i >= 3 && t.word(i - 2) == "از" && t.word(i - 3) == "نقل");
    source && names::bare_after(t, skip_run(t, i))
}

/// What `شماره` numbers when it comes first (`شماره حساب ۱۲۳۴`, `شماره پرونده ۵۶`): the number
/// after it is an identifier.
fn numbered(word: &str) -> bool {
    matches!(
        word,
        "حساب"
            | "کارت"
            | "شبا"
            | "تلفن"
            | "تماس"
            | "همراه"
            | "پیامک"
            | "پرونده"
            | "ملی"
            | "سریال"
            | "ثبت"
            | "پلاک"
            | "نامه"
            | "دانشجویی"
            | "پرسنلی"
            | "مجوز"
    )
}

#[cfg(test)]
mod tests {
    use super::super::values;

    #[test]
    fn plots_and_the_items_of_a_clause_go_by_number() {
        for text in [
            "او در قطعه ۲۴ گلزار شهدا به خاک سپرده شد.",
            "زمین قطعه ۹ از پلاک ثبتی واگذار شد.",
            "با اجرای تبصره ۵ بند الف جزء ۲-۳ قیمت‌ها بالا رفت.",
        ] {
            assert_eq!(values(text), Vec::<f64>::new(), "{text}");
        }
        assert_eq!(values("این شهر جزء ۱۰ شهر آلوده کشور است."), [10.0]);
        assert_eq!(values("ساخت یک قطعه ۴۰ کیلومتری آغاز شد."), [40.0]);
    }

    #[test]
    fn all_the_parts_of_a_body_are_counted() {
        assert_eq!(values("در مناطق ۱۴ گانه این شهر کار آغاز شد."), [14.0]);
        assert_eq!(values("تیم‌های گروه‌های 8گانه بازی کردند."), [8.0]);
        assert_eq!(values("دیدارهای گروه های 6گانه انجام شد."), [6.0]);
        assert_eq!(values("شعب ۱۲ گانه دادگاه پرونده را دیدند."), [12.0]);
        assert_eq!(values("در منطقه ۴ شهر کار آغاز شد."), Vec::<f64>::new());
    }

    #[test]
    fn outlets_and_military_grades_are_names() {
        for text in [
            "شبکه فرانس ۲۴ این گزارش را پخش کرد.",
            "پایگاه خبری ۳۶ لبنان نوشت که مذاکره ادامه دارد.",
            "شبکه خبری ۱۴ اکتبر این خبر را داد.",
            "سرتیپ دوم احمدی و ستوان یکم رضایی حاضر بودند.",
        ] {
            assert_eq!(values(text), Vec::<f64>::new(), "{text}");
        }
        assert_eq!(values("این پایگاه خبری ۲۰ هزار مطلب دارد."), [20000.0]);
        for text in [
            "به نقل از اسپورت ۲۴، این بازیکن تمدید کرد.",
            "به نوشته وبگاه عربی ۲۱، این دیدار لغو شد.",
            "به گزارش رویداد۲۴ از این نامه خبر داد.",
        ] {
            assert_eq!(values(text), Vec::<f64>::new(), "{text}");
        }
        assert_eq!(values("به گزارش ایسنا ۱۲ نفر زخمی شدند."), [12.0]);
        assert_eq!(values("در سایت نطنز ۴ برابر شد."), [4.0]);
        assert_eq!(values("او در مرحله دوم مسابقه حاضر بود."), [2.0]);
    }

    #[test]
    fn a_label_pointed_at_counts_unless_a_demonstrative_follows_its_number() {
        assert_eq!(values("در این ماده ۱۲ شناگر به آب زدند."), [12.0]);
        assert_eq!(
            values("نمایندگان در دفاع از آن ماده ۸ این لایحه را با ۹۰ رأی پذیرفتند."),
            [90.0]
        );
    }
}
