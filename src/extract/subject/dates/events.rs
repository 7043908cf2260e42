//! What a date that is an adjunct of time places, read from the forms news copy dates things
//! in: a chronology line (`۱۱ بهمن ۱۳۵۲، بانک بیمه بازرگانان منحل شد`), a relative clause
//! (`تلسکوپی که در دسامبر ۲۰۰۹ به فضا فرستاده شد`) and the phrase the date follows (`میزبانی
//! شایسته‌ای در سال ۲۰۱۸`).

use super::super::super::context;
use super::super::super::phrase::{self, Role};
use super::super::super::token::Tokens;
use super::super::super::{units, words};
use super::{conjunctive, descriptor, event_noun, person_title, trimmed};

/// `۱۱ بهمن ۱۳۰۷، لایحه مجازات مرتکبین قاچاق تقدیم مجلس شد`: a date opening its sentence and
/// set off by a comma heads a line of a chronology; what the line tells of is the phrase after
/// the comma.
pub(super) fn chronicle(t: &Tokens, first: usize, end: usize) -> Option<(usize, usize)> {
    let opens = first == 0 || phrase::sentence_end(t, first - 1);
    // `هفدهم فروردین ماه، حاتم شاکرمی ... گفت`: the words of time after the date are its own.
    let comma = (end..end + 4).find(|&k| !context::time_noun(t.word(k)))?;
    if !opens || t.punct(comma) != Some('،') {
        return None;
    }
    // `۱۱ بهمن ۱۳۹۴، همزمان با لغو تحریم‌ها ...`: what the day coincided with.
    let from = if t.word(comma + 1) == "همزمان" && t.word(comma + 2) == "با" {
        comma + 3
    } else {
        comma + 1
    };
    // `۱۱ بهمن ۱۳۵۴، برای رسیدگی به جرائم ... کمیسیونی ویژه`, `۱۱ بهمن ۱۳۷۷، پس از ۱۲ سال
    // کار، قطار برقی`: a purpose or a time opening the line stands before what it tells of.
    let opener = from == comma + 1 && phrase::role(t, from) == Role::Prep;
    let np = if opener {
        let clause = (from..(from + 20).min(t.len())).take_while(|&k| phrase::before_verb(t, k));
        let after = clause.filter(|&k| t.punct(k) == Some('،')).last()?;
        phrase::subject_forward(t, after + 1)
    } else {
        phrase::subject_forward(t, from)
    };
    np.filter(|&(a, _)| usable(t, a))
        .and_then(|np| trimmed(t, np))
}

/// `از ژوئیه ۱۹۶۷ به سمت کارشناس ارشد منصوب گردید`, `دکتر پولیاکف از سال ۱۹۶۶ به عنوان
/// کارشناس ... فعالیت خود را آغاز کرد`, `۱۶ آذر به عنوان روز دانشجو`: the role or name a date
/// opening its clause, or dating a person's career, is given as. After what the clause tells
/// of (`این دارو در سال ۱۹۶۳ به عنوان جایگزینی ... تولید شد`), the date places that instead.
pub(super) fn given_as(t: &Tokens, first: usize, end: usize) -> Option<(usize, usize)> {
    let from = first
        .checked_sub(1)
        .filter(|&k| phrase::role(t, k) == Role::Prep)
        .unwrap_or(first);
    let opens = from == 0
        || phrase::sentence_end(t, from - 1)
        || matches!(t.punct(from - 1), Some('،' | ':'))
        || matches!(phrase::role(t, from - 1), Role::Verb | Role::Prep)
        || t.word(from - 1) == "که";
    let career = (from.saturating_sub(4)..from).any(|k| person_title(t.word(k)));
    if !(opens || career) {
        return None;
    }
    let at = if t.punct(end) == Some('،') {
        end + 1
    } else {
        end
    };
    (t.word(at) == "به" && matches!(t.word(at + 1), "عنوان" | "سمت"))
        .then(|| phrase::subject_forward(t, at + 2))
        .flatten()
        .and_then(|np| trimmed(t, np))
}

/// `فراخوانی که دیروز چهارشنبه ۲۹ مردادماه منتشر شد`, `تلسکوپ ناسا است که در دسامبر ۲۰۰۹ به
/// فضا فرستاده شد`: a date in a relative clause dates the noun the clause hangs on.
pub(super) fn relative_head(t: &Tokens, first: usize) -> Option<(usize, usize)> {
    let mut k = first.checked_sub(1)?;
    if phrase::role(t, k) == Role::Prep {
        k = k.checked_sub(1)?;
    }
    if t.word(k) != "که" || k == 0 {
        return None;
    }
    // `... ناسا است که`: the copula of the main clause stands between the noun and `که`; but
    // `به این معنا است که`, `ویدال بازیکنی بود که`, `هنرمندان موظف‌اند که` open what is said
    // or who did it, no noun the date places.
    let copula = matches!(t.word(k - 1), "است" | "بود" | "هست");
    let said = |w: &str| ["اند", "ایم", "اید", "است"].iter().any(|e| w.ends_with(e));
    if said(t.word(k - 1)) && !copula {
        return None;
    }
    let mut head_end = if copula { k - 1 } else { k };
    // `دیدار برگشت مقابل هنگ‌کنگ خواهد بود که`: the copula's auxiliary of the future.
    if copula && head_end > 0 && t.word(head_end - 1) == "خواهد" {
        head_end -= 1;
    }
    // `برنامه تلویزیونی «سلام تهران» که ۲ خرداد پخش شد`: the title the clause hangs on.
    if head_end > 1 && t.punct(head_end - 1) == Some('»') {
        return super::quoted(t, head_end - 1, 10);
    }
    let pointed = |a: usize| a > 0 && t.word(a - 1) == "به";
    let person = |b: usize| t.word(b - 1).ends_with('ی') && t.word(b - 1).starts_with("بازیکن");
    let apposed = |a: usize| a > 0 && matches!(t.punct(a - 1), Some('–' | '-'));
    // `حساب‌های دفتر ... در واشنگتن که`: a place closes the head, `نشست از سلسله ... که` a
    // partitive, `شبکه‌ای از ۲۱ دانشگاه که` a count; the noun is further back.
    let partitive = |a: usize| {
        a >= 2
            && t.word(a - 1) == "از"
            && phrase::role(t, a - 2) == Role::Noun
            && !matches!(t.word(a - 2), "بعد" | "پس" | "قبل" | "پیش")
    };
    let placed = |a: usize| a > 0 && t.word(a - 1) == "در" || partitive(a) || counted(t, a);
    phrase::subject_backward(t, head_end)
        .filter(|&(a, b)| reaches((a, b), head_end) && usable(t, a) && !placed(a) && !apposed(a))
        .filter(|&(a, b)| !copula || !(pointed(a) || person(b)))
        .and_then(|np| trimmed(t, np))
}

/// `کتاب فوق نخستین بار در سال ۹۳ منتشر شد`, `دستگاهی که برای اولین بار در ژوئن ۱۹۴۸
/// معرفی شد`: where `نخستین بار` (the first time) stands before a date's `در`, or right before
/// the date, the start of that adverb: the date places what the clause around it tells of,
/// never the adverb. Not `برای نخستین بار از سال ۲۰۰۹` (the first time since), a reference.
pub(super) fn first_time(t: &Tokens, first: usize) -> Option<usize> {
    let mut k = first;
    if k > 0 && t.word(k - 1) == "در" {
        k -= 1;
    }
    let ordinal = |w: &str| matches!(w, "نخستین" | "اولین");
    if k < 2 || t.word(k - 1) != "بار" || !ordinal(t.word(k - 2)) {
        return None;
    }
    let a = k - 2;
    Some(if a > 0 && t.word(a - 1) == "برای" {
        a - 1
    } else {
        a
    })
}

/// The phrase right before `at` that a date there places, when it runs up to `at`
/// (`کتاب فوق نخستین بار`), past what only completes it after a preposition (`کاهش کمک مالی
/// اتحادیه اروپا به ترکیه برای نخستین بار`).
pub(super) fn right_before(t: &Tokens, mut at: usize) -> Option<(usize, usize)> {
    for _ in 0..3 {
        let (a, b) = phrase::subject_backward(t, at).filter(|&np| reaches(np, at))?;
        if a > 0 && phrase::role(t, a - 1) == Role::Prep {
            at = a - 1;
            continue;
        }
        return (usable(t, a) && !counted(t, a))
            .then_some((a, b))
            .and_then(|np| trimmed(t, np));
    }
    None
}

/// `یعنی پیروزی انقلاب اسلامی در سال ۱۳۵۷`, `کسری بودجه دولت در سال ۸۱`: inside a
/// clause, the phrase right before the preposition of a date is what the date places. Not
/// the phrase opening a sentence, which is most often who acted (`آرژانتین در سال ۲۰۱۵ ...
/// را از دست داد`), and not a place or a time.
pub(super) fn placed_before(t: &Tokens, prep: usize) -> Option<(usize, usize)> {
    if !matches!(t.word(prep), "در" | "برای") {
        return None;
    }
    // `شهر قونیه نیز در سال ۲۰۱۷`: an additive adverb stands between.
    let end = if prep > 0 && matches!(t.word(prep - 1), "نیز" | "هم") {
        prep - 1
    } else {
        prep
    };
    let (a, b) = phrase::subject_backward(t, end).filter(|&np| reaches(np, end))?;
    let inside = a > 0 && !phrase::sentence_end(t, a - 1) && t.punct(a - 1) != Some(':');
    // `در تهران در سال ۹۸`: a place; `توسط مرکز آمار`: who did it; `بدون ایجاد تهدید`: a
    // circumstance; `تحریم‌ها علیه ایران`, `مذاکرات میان طرف‌ها`: a party to what is placed.
    let adjunct = a > 0
        && matches!(
            t.word(a - 1),
            "در" | "بدون" | "توسط" | "سوی" | "طرف" | "جانب"
        );
    // `کمیسیون در اسفند ۹۷ مقررات حاکم را تصویب کرد`: with an object after the date, the
    // phrase before it is who acted.
    let object_after = (prep + 1..(prep + 12).min(t.len()))
        .take_while(|&k| phrase::before_verb(t, k))
        .any(|k| t.word(k) == "را");
    // `به همین منظور وی`: a pronoun closes a phrase that is no event.
    let pronoun = matches!(t.word(b - 1), "وی" | "او" | "آنها");
    (inside && !adjunct && !object_after && !pronoun && !counted(t, a) && usable(t, a))
        .then_some((a, b))
        .and_then(|np| trimmed(t, np))
}

/// `«مکعب روبیک» ساخته رو کوواهاتا در سال ۲۰۱۷`, `«دختر شیطان» فیلمی به کارگردانی قربان
/// محمدپور در سال ۱۳۹۶`: a year in a work's credits dates the title.
pub(super) fn credited(t: &Tokens, first: usize) -> Option<(usize, usize)> {
    let credit = |w: &str| {
        matches!(
            w,
            "ساخته"
                | "کارگردانی"
                | "نوشته"
                | "سروده"
                | "تهیهکنندگی"
                | "اثر"
                | "ترجمه"
        )
    };
    // `«دونده» ... با دریافت جایزه از جشنواره سه قاره نانت ۱۹۸۵`: a year right after an
    // event's name dates that event, not the work credited before it.
    let clause_opens = |k: usize| t.word(k) == "که" || phrase::role(t, k) == Role::Verb;
    let named_event = |k: usize| {
        event_noun(t.word(k)) && t.word(k) != "فیلم" && !(k + 1..first).any(clause_opens)
    };
    if (first.saturating_sub(5)..first).any(named_event) {
        return None;
    }
    // `«بعد از سی سال» به کارگردانی علی نصیریان بازی کرد و ... تا ۱۳۵۲`: a clause closed
    // before the year ends the credits.
    let closed = |k: usize| {
        phrase::role(t, k) == Role::Verb
            && (words::is_and(t, k + 1) || matches!(t.punct(k + 1), Some('،' | '.')))
    };
    // Credits run long (`به کارگردانی لاسه هالستروم و جو جانستون و نویسندگی اشلی پاول`), and
    // so do titles given in two languages (`«داج بال: داستان یک بازنده واقعی / DodgeBall»`).
    // A name credited in guillemets (`به کارگردانی «اسپایک لی» محصول ۱۹۸۹`) is passed over
    // to the title before its credit.
    let low = first.saturating_sub(24);
    let mut credited = false;
    let mut k = first;
    while k > low {
        k -= 1;
        if phrase::sentence_end(t, k) || t.punct(k) == Some('«') || closed(k) {
            return None;
        }
        credited |= credit(t.word(k));
        if t.punct(k) != Some('»') {
            continue;
        }
        let open = (low..k).rev().find(|&j| t.punct(j) == Some('«'));
        let name = open.filter(|&o| !credited && o > 0 && credit(t.word(o - 1)));
        match name {
            Some(o) => {
                credited = true;
                k = o;
            }
            None if credited => return super::quoted(t, k, 24),
            None => return None,
        }
    }
    None
}

/// `«جوکر» به کارگردانی تاد فلیپس محصول سال ۲۰۱۹`, `این فیلم که محصول سال ۲۰۰۱ سینمای
/// سوییس است`: the year a work was produced dates the work, titled in its credits or named
/// right before `محصول`.
pub(super) fn produced(t: &Tokens, first: usize) -> Option<(usize, usize)> {
    let mut k = first;
    if k > 0 && t.word(k - 1) == "سال" {
        k -= 1;
    }
    if k == 0 || t.word(k - 1) != "محصول" {
        return None;
    }
    let made = k - 1;
    if let Some(title) = credited(t, made) {
        return Some(title);
    }
    let head_end = if made > 0 && t.word(made - 1) == "که" {
        made - 1
    } else {
        made
    };
    let quoted = head_end > 0 && t.punct(head_end - 1) == Some('"');
    if quoted {
        let open = (head_end.saturating_sub(12)..head_end - 1)
            .rev()
            .find(|&j| t.punct(j) == Some('"'))?;
        return (open + 1 < head_end - 1).then_some((open + 1, head_end - 1));
    }
    phrase::subject_backward(t, head_end)
        .filter(|&(a, b)| b == head_end && usable(t, a))
        .and_then(|np| trimmed(t, np))
}

/// The word a competition's name opens with (`لیگ`, `جام`, `المپیک`).
pub(super) fn competition_head(w: &str) -> bool {
    matches!(
        w,
        "لیگ"
            | "جام"
            | "کوپا"
            | "المپیک"
            | "مسابقات"
            | "رقابتهای"
            | "بازیهای"
            | "یونیورسیاد"
    )
}

/// `آخرین بازی دور مقدماتی لیگ ملت‌های والیبال ۲۰۱۹`, `نفر سوم آسیا ۲۰۱۷`: a year after a
/// competition's name is part of the name and dates the competition, not the stage or the
/// rank before it. Not so a day (`جشنواره فیلم‌های کوتاه آسیا از ۸ تا ۱۰ آبان`, `کمیته ملی
/// المپیک ۱۴ دی‌ماه`): what comes before it is what the day places.
pub(super) fn competition(
    t: &Tokens,
    (a, b): (usize, usize),
    first: usize,
    year: bool,
) -> (usize, usize) {
    let head = competition_head;
    if head(t.word(a)) {
        return (a, b);
    }
    // The phrase reader cut the words before the date to its first words; a year's name runs
    // on from its head up to the year (`روزهای کابوس وار جام جهانی ۲۰۱۴`, `آخرین بازی دور
    // مقدماتی لیگ ملت‌های والیبال ۲۰۱۹`).
    let name_end = if year { first } else { b };
    if let Some(k) = (a + 1..name_end).find(|&k| head(t.word(k))) {
        // `فینال جام ملت‌ها`: the final is the competition's own match.
        let k = if t.word(k - 1) == "فینال" {
            k - 1
        } else {
            k
        };
        return (k, first.min(k + phrase::MAX_WORDS));
    }
    // `نفر سوم آسیا ۲۰۱۷`: the region right before a year, however far back the phrase
    // started, is the championship.
    let last = name_end - 1;
    let region = matches!(t.word(last), "آسیا" | "جهان" | "اروپا" | "آفریقا");
    if last > a && b > a + 1 && region {
        return (last, name_end);
    }
    (a, b)
}

/// A phrase a date may place: not a pronoun, a time, a person's descriptor, a number, the
/// noun of a conjunction (`به طور مثال`, `زمانی که`) nor a count of times (`نخستین بار`).
pub(super) fn usable(t: &Tokens, a: usize) -> bool {
    let w = t.word(a);
    !context::time_noun(w)
        && !descriptor(w)
        && !conjunctive(w)
        && !matches!(w, "مثال" | "نمونه" | "نخستین" | "اولین" | "آخرین" | "بار")
        && t.word(a + 1) != "بار"
        && !matches!(phrase::role(t, a), Role::Pron | Role::Number)
        && !matches!(w, "وی" | "او" | "ما" | "آنها" | "ایشان")
}

/// Whether the phrase read back from `end` runs up to it, or was only cut to its first words
/// (`تلسکوپ فضایی فروسرخ اخترشناسی ناسا است که`): a phrase stopped short of `end` is no
/// phrase right before it.
fn reaches((a, b): (usize, usize), end: usize) -> bool {
    b == end || b - a == phrase::MAX_WORDS
}

/// `پیام هشت ماده‌ای`, `از ۶.۷ پتافلاپ در سال ۲۰۱۶`: a unit, a classifier or an adjective
/// right after a number is part of that figure, no name of what a date places (what the
/// number counts is: `۱۷۹ هزار طلاق در سال ۹۷`).
fn counted(t: &Tokens, a: usize) -> bool {
    let w = t.word(a);
    // `یک سحابی بازتابی`: `یک` before a noun is the indefinite article, no count.
    a > 0
        && phrase::role(t, a - 1) == Role::Number
        && t.word(a - 1) != "یک"
        && words::ordinal_word(t.word(a - 1)).is_none()
        && (context::classifier(w) || units::unit_word(w).is_some() || w.ends_with('ی'))
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::subject;

    #[test]
    fn a_date_right_after_credits_places_the_work() {
        let text = "نمایش «پارک شهر» به کارگردانی بهزاد خاکی نژاد شامگاه شنبه ۱۸ اسفندماه در سالن ناظرزاده اجرای عمومی خود را آغاز کرد.";
        assert_eq!(subject(text, "۱۸").as_deref(), Some("پارک شهر"));
    }

    #[test]
    fn a_chronology_line_dates_what_it_tells_of() {
        let text =
            "وقایع این روز چنین است. ۱۱ بهمن ۱۳۵۲، بانک بیمه بازرگانان به علت ورشکستگی منحل شد.";
        assert_eq!(subject(text, "۱۱").as_deref(), Some("بانک بیمه بازرگانان"));
        let text = "وقایع این روز چنین است. ۱۱ بهمن ۱۳۹۴، همزمان با لغو تحریم‌ها، دو طرف قرارداد خرید هواپیما امضا کردند.";
        assert_eq!(subject(text, "۱۱").as_deref(), Some("لغو تحریم‌ها"));
    }

    #[test]
    fn a_chronology_line_looks_past_its_opening_purpose_or_time() {
        let text = "وقایع این روز چنین است. ۱۱ بهمن ۱۳۷۷، پس از ۱۲ سال کار و تلاش، قطار برقی تهران‌کرج به راه افتاد.";
        assert_eq!(subject(text, "۱۱").as_deref(), Some("قطار برقی تهران‌کرج"));
        let text =
            "این را گفت. هفدهم فروردین ماه، حاتم شاکرمی معاون وزیر گفت که ثبت‌نام ادامه دارد.";
        let s = subject(text, "هفدهم");
        assert!(
            s.as_deref().is_some_and(|s| s.starts_with("حاتم شاکرمی")),
            "{s:?}"
        );
    }

    #[test]
    fn a_role_given_at_a_date_opening_its_clause_names_it() {
        let text = "او کار را ادامه داد. از ژوئیه ۱۹۶۷ به سمت کارشناس ارشد اداره منصوب گردید.";
        let s = subject(text, "ژوئیه");
        assert!(
            s.as_deref().is_some_and(|s| s.starts_with("کارشناس ارشد")),
            "{s:?}"
        );
        // After what the clause tells of, the date places that.
        let text = "این دارو در سال ۱۹۶۳ به عنوان جایگزینی برای داروی دیگر تولید شد.";
        assert_eq!(subject(text, "سال").as_deref(), Some("این دارو"));
    }

    #[test]
    fn a_relative_clause_on_a_long_or_indefinite_name_dates_it() {
        let text = "مسیه ۷۸ یک سحابی بازتابی است که در سال ۱۷۸۰ کشف شد.";
        assert_eq!(subject(text, "سال").as_deref(), Some("سحابی بازتابی"));
        let text = "تلسکوپ فضایی فروسرخ اخترشناسی ناسا است که در دسامبر ۲۰۰۹ به فضا فرستاده شد.";
        let s = subject(text, "دسامبر");
        assert!(
            s.as_deref().is_some_and(|s| s.starts_with("تلسکوپ")),
            "{s:?}"
        );
    }

    #[test]
    fn a_source_is_no_event_and_a_production_year_dates_the_work() {
        let text =
            "به گزارش خبرگزاری فارس، ۲۷ آذرماه سال ۹۷ مجمع سالانه فدراسیون والیبال برگزار شد.";
        assert_eq!(
            subject(text, "۲۷").as_deref(),
            Some("مجمع سالانه فدراسیون والیبال")
        );
        let text = "فیلم سینمایی «جوکر» به نویسندگی و کارگردانی تاد فلیپس محصول سال ۲۰۱۹ است.";
        assert_eq!(subject(text, "سال").as_deref(), Some("جوکر"));
        let text = "فیلم «کار درست را بکن» به کارگردانی «اسپایک لی» محصول ۱۹۸۹ نمایش داده می‌شود.";
        assert_eq!(subject(text, "۱۹۸۹").as_deref(), Some("کار درست را بکن"));
        let text = "این مستند که محصول سال ۲۰۰۱ سینمای سوییس است به نمایش درآمد.";
        assert_eq!(subject(text, "سال").as_deref(), Some("این مستند"));
    }

    #[test]
    fn a_relative_clause_dates_the_noun_it_hangs_on() {
        for (text, number, want) in [
            (
                "نوازندگان طبق فراخوانی که دیروز چهارشنبه ۲۹ مردادماه منتشر شده، شرکت می‌کنند",
                "۲۹",
                "فراخوان",
            ),
            (
                "معروف‌ترین ارز دیجیتال، بیت‌کوین است که در سال ۲۰۰۹ ایجاد شد",
                "سال",
                "بیت‌کوین",
            ),
            (
                "او در برنامه رادیویی «صبح بخیر» که ۵ آبان پخش شد سخن گفت",
                "۵",
                "صبح بخیر",
            ),
            (
                "گفت: آخرین برنامه مراسم اختتامیه خواهد بود که ۱۰ مهر برگزار می‌شود",
                "۱۰",
                "مراسم اختتامیه",
            ),
        ] {
            assert_eq!(subject(text, number).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn a_year_after_a_long_competition_name_dates_the_competition() {
        for (text, want) in [
            (
                "تیم ما در دومین دیدار مرحله گروهی لیگ ملت‌های بسکتبال ۲۰۲۲ به برتری رسید",
                "لیگ ملت‌های بسکتبال",
            ),
            (
                "علی رضایی دارنده مدال نقره آسیا ۲۰۱۶ امروز از رقیبش شکست خورد",
                "آسیا",
            ),
            (
                "پرو در دیدار پایانی مرحله گروهی کوپا آمه‌ریکا ۲۰۱۹ برزیل را برد",
                "کوپا آمه‌ریکا",
            ),
        ] {
            assert_eq!(subject(text, "۲۰").as_deref(), Some(want), "{text}");
        }
        // A day after such a name places what the name names.
        let text = "نخستین دوره جشنواره فیلم‌های کوتاه آسیا از ۸ تا ۱۰ آبان در توکیو برگزار می‌شود";
        assert_ne!(subject(text, "از ۸").as_deref(), Some("آسیا"));
    }

    #[test]
    fn the_first_time_is_no_phrase_a_date_places() {
        for (text, number, want) in [
            (
                "این رمان نخستین بار در سال ۱۳۷۰ در تهران منتشر شد",
                "سال",
                Some("این رمان"),
            ),
            (
                "پل معلقی که برای اولین بار در مهر ۱۳۵۰ افتتاح شد اکنون بسته است",
                "مهر",
                Some("پل معلقی"),
            ),
        ] {
            assert_eq!(subject(text, number).as_deref(), want, "{text}");
        }
        let s = subject(
            "کاهش سهمیه آب کشاورزان به این دشت برای نخستین بار در سال ۱۳۹۵ اعلام شد",
            "سال",
        );
        assert!(s.as_deref().is_some_and(|s| s.starts_with("کاهش")), "{s:?}");
        let s = subject(
            "مدیر شرکت گفت: نخستین بار در آبان ۹۸ از این طرح انتقاد شد",
            "آبان",
        );
        assert!(!s.as_deref().is_some_and(|s| s.contains("بار")), "{s:?}");
    }

    #[test]
    fn a_phrase_inside_a_clause_before_the_date_is_what_it_places() {
        let s = subject(
            "حتی در برجسته‌ترین مصداق آن، یعنی پیروزی انقلاب اسلامی در سال ۱۳۵۷ امری استثنایی معرفی کنند",
            "سال",
        );
        assert_eq!(s.as_deref(), Some("پیروزی انقلاب اسلامی"));
        // Who opens the sentence acted; the year places what they did.
        let s = subject("وی در سال ۲۰۱۵ به این باشگاه پیوست", "سال");
        assert_ne!(s.as_deref(), Some("وی"));
    }
}
