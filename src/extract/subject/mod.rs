//! What a figure measures: the noun phrase a desk editor would put beside it in a table.
//!
//! The rules of issue 10: the noun phrase after the number when one follows it (`۱.۶۲ درصد
//! جمعیت کشور`), looking past classifiers and a partitive `از` (`۲ هزار نفر از داوطلبان`);
//! the noun phrase before it when the number is what something became or changed by (`نرخ
//! تورم به ۴۰ درصد رسید`, `واردات کالا ۷ درصد کاهش یافت`) or when the figure is an adjective
//! of that noun (`پالایشگاه ۲۰۰ هزار بشکه‌ای`). Years and dates name what they date
//! (`سرشماری سال ۹۵`, `کسری بودجه دولت در سال ۸۱`).

mod adjunct;
mod age;
mod changed_to;
mod clause;
mod dates;
mod distance;
mod english;
mod following;
mod guess;
mod indefinite;
mod lasting;
mod multiple;
mod partitive;
mod people;
mod period;
mod priced;
mod qualified;
mod rate;
mod related;
mod respective;
mod results;
mod spans;
mod titled;
mod window;

use super::calendar;
use super::context;
use super::figure::Kind;
use super::phrase::{self, Role};
use super::token::Tokens;
use super::words::{self, Lex};

use clause::{before, dummy, subject_of_clause};
use dates::dated;
use following::after;
use people::{befell, restated};
use priced::{equated, priced};
use results::{ranked, result_of};
use spans::{ago, ago_referred, opening_period, relative_to, reported, spanned, temporal};

/// What the subject finder needs to know of a figure.
pub(crate) struct Target {
    /// Tokens of the number, unit and classifier.
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub unit: Option<&'static str>,
    /// The unit is an adjective (`درصدی`, `بشکه‌ای`, `ساله`).
    pub adjectival: bool,
}

/// The subject of a figure as a token range, or `None` when no rule finds what it measures
/// (then the figures around it may say, else [`fallback`]).
pub(crate) fn find(t: &Tokens, f: &Target) -> Option<(usize, usize)> {
    // A date may place what a speaker said; nothing else measures the speaker.
    let dated = matches!(f.kind, Kind::Date | Kind::Year);
    // `رشدی ۱۴ درصدی را`: another figure's unit is never a subject.
    let unit_of_another =
        |(a, _): (usize, usize)| counted(t, a) && super::units::unit_word(t.word(a)).is_some();
    // `o در دادگاه ...`: a letter alone is a list's bullet, never what a figure measures.
    let bullet = |(a, b): (usize, usize)| b == a + 1 && t.word(a).chars().count() == 1;
    let np = find_by_kind(t, f).filter(|&np| {
        !restated(t, f, np)
            && !unit_of_another(np)
            && !bullet(np)
            && (dated || !speaking(t, np, np.0 < f.start))
    })?;
    // A count counts the noun, not the name (`دو روش به نام ...`, `۴۵ هزار رای به نام ...`).
    let np = dated.then(|| called(t, np)).flatten().unwrap_or(np);
    let (a, b) = np;
    let w = t.word(a);
    // `چین با ۳۰ درصد بزرگترین خریدار است`, `... و مکانیک با ۱۲ درصد بخش اعظم شاغلان را`:
    // what comes after a share held «با» is the rank it gives; the holder is named before.
    let first = first_of(t, f);
    let ranked =
        a >= f.end && (w.ends_with("ترین") || (w == "بخش" && t.word(a + 1).starts_with("اعظم")));
    if ranked && first > 1 && t.word(first - 1) == "با" {
        if let Some((mut c, d)) = adjacent_before(t, first - 1) {
            // `رشته‌های علوم پایه و کاربردی با ۱۲ درصد`: two words joined by `و` go whole.
            if c > 1 && words::is_and(t, c - 1) {
                if let Some((e, _)) = phrase::subject_backward(t, c - 1) {
                    // Not another figure's unit (`۵ میلیون دلار و بریتانیا`).
                    if d - e <= phrase::MAX_WORDS + 2 && !counted(t, e) {
                        c = e;
                    }
                }
            }
            return Some((c, d));
        }
    }
    // `هر گرم طلا با ۴۵۵۰ تومان کاهش قیمت ...`, `افزایش ۲ درصدی را ثبت کرد`: a change alone
    // (or a change of price) is no subject when the clause names what changed.
    let bare_change =
        change_noun(w) && (b == a + 1 || (b == a + 2 && matches!(t.word(a + 1), "قیمت" | "ارزش")));
    if bare_change
        && matches!(
            f.kind,
            Kind::Percent | Kind::Money | Kind::Count | Kind::Measure
        )
    {
        let changed = before(t, first, f.end, f.kind)
            .filter(|&(c, _)| !change_noun(t.word(c)) && c < f.start);
        if let Some(np) = changed {
            return Some(np);
        }
    }
    // `از ۱۵ فروردین سال آینده بازرسی‌ها ...`: the rest of a date is no event it places, what
    // runs on after it may be; a named day is one (`۱۶ آذر روز دانشجو`).
    let rest_of_date = dated && a >= f.end && context::time_noun(w) && !w.starts_with("روز");
    if !rest_of_date {
        return Some(np);
    }
    let mut rest = (a + 1..b).find(|&p| clause::span_close(t.word(p)))? + 1;
    while rest < b && matches!(t.word(rest), "میلادی" | "شمسی" | "هجری" | "قمری")
    {
        rest += 1;
    }
    (rest < b).then_some((rest, b))
}

/// `در سال ۱۹۷۰ دانشمندی به نام «یاکوب بکنشتاین» ...`: a noun that only introduces a name is
/// named by it.
fn called(t: &Tokens, (a, b): (usize, usize)) -> Option<(usize, usize)> {
    if b != a + 1 || t.word(b) != "به" || t.word(b + 1) != "نام" {
        return None;
    }
    let mut k = b + 2;
    if matches!(t.punct(k), Some('"' | '«')) {
        k += 1;
    }
    phrase::subject_forward(t, k).filter(|&(c, _)| c == k)
}

/// Whether the phrase `a..b` is who speaks (`روحانی‌زاده با اشاره به آمار ...`, `مدیرکل
/// پست استان با بیان اینکه ...`).
fn speaking(t: &Tokens, (_, b): (usize, usize), before: bool) -> bool {
    match t.word(b) {
        "با" => matches!(
            t.word(b + 1),
            "اشاره" | "بیان" | "تاکید" | "ابراز" | "یادآوری"
        ),
        // `رئیس مجمع در پاسخ به پرسش ...`, `وزیر در گفت‌وگو با خبرنگاران ...`, before the
        // figure (after it, `بیست‌وششمین نمایشگاه کتاب در گفت‌وگو با`, the phrase is no speaker).
        "در" if before => {
            (t.word(b + 1) == "پاسخ" && t.word(b + 2) == "به")
                || (matches!(t.word(b + 1), "گفتوگو" | "گفتگو") && t.word(b + 2) == "با")
        }
        _ => false,
    }
}

/// Whether the verb ending at `v` tells what someone said (`گفت`, `اعلام کرد`, `گزارش داد`).
pub(super) fn speech_verb(t: &Tokens, v: usize) -> bool {
    let w = t.word(v);
    let w = w.strip_prefix("می").unwrap_or(w);
    if w.starts_with("گفت") || w.starts_with("گوید") || w.starts_with("افزود") {
        return true;
    }
    let light = ["کرد", "کرده", "داد", "داده", "شد", "کند", "دهد"].contains(&w);
    light
        && v > 0
        && matches!(
            t.word(v - 1),
            "اعلام"
                | "اظهار"
                | "تصریح"
                | "بیان"
                | "تاکید"
                | "تأکید"
                | "خاطرنشان"
                | "یادآور"
                | "گزارش"
                | "عنوان"
                | "اذعان"
        )
}

/// Whether a year, a date or a period looked back over only places its clause in time (`در
/// سال ۱۳۹۰`, `از سال ۲۰۰۴`, `تا پایان ماه مه ۲۰۱۹`, `طی دو سال اخیر`), so that beside
/// another quantity of the clause it names what that quantity names; not a point of
/// reference (`نسبت به سال ۱۳۹۰`), which names nothing.
pub(crate) fn places_in_time(t: &Tokens, f: &Target) -> bool {
    let first = first_of(t, f);
    match f.kind {
        Kind::Year | Kind::Date => {
            dates::adjunct(t, first, f.start, f.end) && !dates::reference(t, first)
        }
        // `این مدیرعامل در ۱۰ سال گذشته ۸۵۰ هزار دلار رشوه داد`: the span looked back over
        // is the amount's too.
        Kind::Duration => period::looks_back(t, first, f.end),
        _ => false,
    }
}

pub(crate) use clause::span as clause_span;
pub(crate) use guess::fallback;
pub(crate) use respective::respective;
pub(crate) use titled::with_name;

/// Where the words before a figure start: before its hedge and the numbers listed with it.
fn first_of(t: &Tokens, f: &Target) -> usize {
    // `به مثبت ۵.۹ درصد رسید`: a sign is part of the number, never its subject.
    let signed = f.start > 0 && matches!(t.word(f.start - 1), "مثبت" | "منفی");
    let start = f.start - usize::from(signed);
    listed_from(
        t,
        context::qualifier_before(t, start).map_or(start, |(_, at)| at),
    )
}

/// The subject a figure's kind calls for.
fn find_by_kind(t: &Tokens, f: &Target) -> Option<(usize, usize)> {
    let first = first_of(t, f);
    let (start, end) = (f.start, f.end);
    let before_word = if first == 0 { "" } else { t.word(first - 1) };
    if f.kind == Kind::Duration {
        if let Some(np) = age::named(t, first, f.unit, f.adjectival) {
            return Some(np);
        }
        if let Some(found) = lasting::timed(t, first, end, f.adjectival) {
            return found;
        }
    }
    if f.kind == Kind::Duration {
        if let Some(found) = period::period_of(t, first, end, f.adjectival) {
            return found;
        }
        if let Some(np) = age::bracket(t, first, f.unit) {
            return Some(np);
        }
        if let Some(np) = f
            .adjectival
            .then(|| qualified::qualified(t, first, start, end))
            .flatten()
        {
            return Some(np);
        }
    }
    // `نرخ بیکاری در این منطقه را ۲۳ درصد عنوان کرد`: the object before `را` is what was put
    // at the figure; a place it is in (`در ...`) is no part of what is measured.
    if first > 1 && t.word(first - 1) == "را" && after(t, end, f.kind).is_none() {
        let place = phrase::subject_backward(t, first - 1)
            .filter(|&(a, b)| b == first - 1 && a > 1 && t.word(a - 1) == "در")
            .map(|(a, _)| a);
        let held = place.and_then(|a| {
            phrase::subject_backward(t, a - 1)
                .filter(|&(c, d)| d + 1 == a && !context::time_noun(t.word(c)))
        });
        if held.is_some() {
            return held;
        }
    }
    // `شش یا هفت مدال`: a count offered as an alternative shares the noun after the other.
    // Not people restated as a share (`چهار نفر یا ۲۵ درصد`).
    let bare = end > 0 && phrase::role(t, end - 1) == Role::Number;
    if f.kind == Kind::Count && bare && matches!(t.word(end), "یا" | "or") {
        let next = words::parse(t, end + 1).filter(|n| n.end > end + 1);
        if let Some(np) = next.and_then(|n| after(t, n.end, f.kind)) {
            return Some(np);
        }
    }
    if f.unit == Some("times") {
        if let Some(found) = multiple::multiplied(t, first, end, f.adjectival) {
            return found;
        }
    }
    // `قیمت مورد نیاز: ۸۰ دلار`: a line's label names its figure before any other reading;
    // a date after a colon is more often what a speaker said than a field.
    if !matches!(f.kind, Kind::Year | Kind::Date) {
        if let Some(np) = adjunct::labelled(t, first, end) {
            return Some(np);
        }
    }
    if matches!(
        f.kind,
        Kind::Count | Kind::Percent | Kind::Money | Kind::Measure
    ) {
        let found = respective::respective(t, start)
            .or_else(|| related::related(t, end, f.kind == Kind::Percent))
            .or_else(|| partitive::antecedent(t, first, end))
            .or_else(|| partitive::top_of(t, end).filter(|_| f.kind == Kind::Count))
            .or_else(|| {
                (first < start)
                    .then(|| indefinite::amounted(t, first))
                    .flatten()
            })
            .or_else(|| changed_to::changed_to(t, first, end));
        if let Some(np) = found {
            return Some(np);
        }
    }
    match f.kind {
        // `بودجه ۱۴۰۵`: the event the year is part of the name of.
        Kind::Year if calendar::year_event(t.word(start)) => Some((start, start + 1)),
        Kind::Year | Kind::Date => dated(t, first, start, end),
        Kind::Score => result_of(t, first, end),
        Kind::Ordinal => ranked(t, start, end),
        // `طی این ۱۶ سال`: a span the text has already named.
        Kind::Duration if context::demonstrative(before_word) => None,
        // `مهلت ۴۸ ساعته برای اجرای حکم`: time allowed for something names what it is for.
        Kind::Duration if t.word(end) == "برای" && allowed(t, end) => {
            phrase::subject_forward(t, end + 1).or_else(|| after(t, end, f.kind))
        }
        // `در ۹۳ روز نخست امسال، مصرف گاز ...`: an opening period names what the clause after
        // it measured.
        Kind::Duration
            if matches!(before_word, "در" | "طی") && opening_period(t, end).is_some() =>
        {
            opening_period(t, end)
        }
        // `واردات استان نیز در ۱۰ ماهه سال ۹۴ ...`, `صادرات در ۵ ماه اول سال`: a period
        // names what its clause measured over it.
        Kind::Duration
            if (f.adjectival || reported(t, end)) && matches!(before_word, "در" | "طی") =>
        {
            subject_of_clause(t, first - 1)
        }
        // `۴ ساعت پس از مرگ`: a span after an event names it.
        Kind::Duration if relative_to(t, end).is_some() => relative_to(t, end),
        // `۵۸ سال قبل در چنین روزی`, `۷ سال پیش به کوهستان رفت`: a time ago is a point in
        // time; nothing is timed, and it places what a date would.
        Kind::Duration if ago(t, end) => {
            (!ago_referred(t, first)).then(|| dated(t, first, start, end + 1))?
        }
        Kind::Duration if temporal(t, first, end) => spanned(t, first, end),
        // `in the seven months to October`: an English span names only what it is of.
        Kind::Duration if english::latin(t, first, end) => english::after(t, end, true),
        _ if english::latin(t, first, end) => {
            english::after(t, end, f.kind == Kind::Percent).or_else(|| english::before(t, first))
        }
        // `دو باخت متوالی`, `۸ برد`: a record of matches counts the result right after the
        // number (not `۴ بار شکست خورد`, which counts times).
        Kind::Count
            if phrase::role(t, end - 1) == Role::Number && context::match_result(t.word(end)) =>
        {
            Some((end, end + 1))
        }
        _ if valued(t, first).is_some() => valued(t, first),
        _ if equated(t, first).is_some() => equated(t, first),
        _ if priced(t, first, f.kind).is_some() => priced(t, first, f.kind),
        Kind::Count if befell(t, first, end).is_some() => befell(t, first, end),
        Kind::Count if priced::described_count(t, end).is_some() => priced::described_count(t, end),
        _ if rate::per_time(t, end, f.kind).is_some() => rate::per_time(t, end, f.kind),
        _ if distance::apart(t, end, f.kind).is_some() => distance::apart(t, end, f.kind),
        _ if f.adjectival || adjectival_scale(t, end) => described(t, first, end, f.kind),
        // `کمیسیون‌های ۳ گانه`, `مناطق ۲۲ گانه`: the number of parts describes a noun.
        _ if t.word(end) == "گانه" => described(t, first, end + 1, f.kind),
        // `پیام هشت ماده‌ای`: so many items describe the text made of them.
        Kind::Count if context::items_adjective(t, end).is_some() => {
            context::items_adjective(t, end)
                .and_then(|items_end| described(t, first, items_end, f.kind))
        }
        // A magnitude is never followed by what it measures: `زلزله‌ای به قدرت ۵.۷ ریشتر`;
        // nor is a dimension named right before it: `در ارتفاع ۷ کیلومتر عمل کرد`.
        _ if f.unit == Some("richter") && !t.is_latin_word(end) => before(t, first, end, f.kind),
        Kind::Measure if first > 0 && clause::attribute(t.word(first - 1)) && verb_half(t, end) => {
            before(t, first, end, f.kind)
        }
        _ => after(t, end, f.kind).or_else(|| before(t, first, end, f.kind)),
    }
}

/// Whether the word after a figure is a noun made one verb by the light verb after it (`عمل
/// کرد`), so no phrase of its own (`در وزن ۶۶ کیلوگرم رضا رجب‌زاده` goes on to the athlete).
fn verb_half(t: &Tokens, end: usize) -> bool {
    phrase::role(t, end) == Role::Noun && phrase::light(t, end + 1)
}

/// `۹ تن شمش طلا به ارزش ۵۰۰ میلیون دلار`, `قراردادی به ارزش ۱۵ میلیارد دلار`: a value
/// after `به ارزش` or `به مبلغ` is the value of the phrase before it, counted or not.
fn valued(t: &Tokens, first: usize) -> Option<(usize, usize)> {
    if first < 3 || !matches!(t.word(first - 1), "ارزش" | "مبلغ") {
        return None;
    }
    if !matches!(t.word(first - 2), "به" | "با") {
        return None;
    }
    let (mut a, mut b) = phrase::subject_backward(t, first - 2)?;
    // `قرارداد اخیر` in `از جمله قرارداد اخیر`: "including" is no place.
    let including = t.word(a) == "جمله" && a > 0 && t.word(a - 1) == "از";
    // `تسهیلات ... به حوزه مسکن به ارزش`: the phrase of a preposition is where it went; what
    // is valued stands before it.
    // Not the crime a part was taken in (`مشارکت در کلاهبرداری به مبلغ ...`): its value is
    // the crime's.
    let part_in = a > 1
        && t.word(a - 1) == "در"
        && matches!(t.word(a - 2), "مشارکت" | "معاونت" | "اخلال" | "شرکت");
    if a > 1 && phrase::role(t, a - 1) == Role::Prep && !including && !part_in {
        (a, b) = phrase::subject_backward(t, a - 1)?;
    } else if including && b > a + 1 {
        a += 1;
    }
    // `۳۸۱ هزار تن کالا`: the classifier or unit of the number before goes with the number.
    let counter = |w: &str| context::classifier(w) || crate::extract::units::unit_word(w).is_some();
    if b > a + 1 && counted(t, a) && counter(t.word(a)) {
        a += 1;
    }
    (!context::time_noun(t.word(a)) && !dummy(t.word(a))).then_some((a, b))
}

/// Where a list of numbers sharing this figure's unit starts (`۴ یا ۵ ریشتری`, `۲۵۰، ۳۰۰ و
/// ۴۲۰ متر`): what comes before the list is what each of them measures.
fn listed_from(t: &Tokens, mut first: usize) -> usize {
    while first >= 2
        && (matches!(t.word(first - 1), "یا" | "و" | "or" | "and")
            || matches!(t.punct(first - 1), Some('،' | ',')))
        && phrase::role(t, first - 2) == Role::Number
    {
        first -= 2;
    }
    first
}

/// `۳۰۰ میلیونی`, `ده هزار میلیاردی`: a scale word as an adjective.
fn adjectival_scale(t: &Tokens, end: usize) -> bool {
    let last = if end == 0 { "" } else { t.word(end - 1) };
    last.strip_suffix('ی')
        .is_some_and(|stem| matches!(words::lookup(stem), Some(Lex::Mult(_))))
}

/// The words a change is measured in, which name no subject of their own: `۷ درصد کاهش
/// یافت` names what fell before the number.
pub(crate) fn change_noun(w: &str) -> bool {
    let change = |w: &str| {
        matches!(
            w,
            "افزایش"
                | "کاهش"
                | "رشد"
                | "افت"
                | "سقوط"
                | "جهش"
                | "صعود"
                | "نزول"
                | "پیشروی"
                | "تنزل"
                | "ارتقا"
                | "بهبود"
                | "تغییر"
                | "ریزش"
                | "عقبنشینی"
        )
    };
    // `افزایشی ۴۵ درصدی`: an indefinite change; `پیشروی` ends in ی of its own.
    change(w)
        || w.strip_suffix('ی')
            .is_some_and(|s| s.len() > 4 && change(s))
}

/// Whether the figure ending at `end` is what something changed by: a change and its verb
/// follow (`۳.۳ درصد کاهش یافت`).
fn changed(t: &Tokens, end: usize) -> bool {
    change_noun(t.word(end)) && matches!(phrase::role(t, end + 1), Role::Verb | Role::Participle)
}

/// `۲.۵ درصد ریزش قیمت داشت`, `۱.۸ درصد افت پیدا کرده است`: a change whose verb comes one
/// word later (what changed, or the noun half of the verb) is the predicate, not a phrase.
fn change_verb_near(t: &Tokens, a: usize) -> bool {
    let k = a + 2;
    matches!(phrase::role(t, a + 1), Role::Noun | Role::Adj)
        && matches!(phrase::role(t, k), Role::Verb | Role::Participle)
        && (phrase::light(t, k) || t.word(k).starts_with("داشت") || t.word(k) == "دارد")
}

/// An adjectival figure names the noun before it (`مشارکت ۸۲ درصدی`), but a change names
/// what changed: after it (`رشد ۱۳ درصدی ارزش`) or as the subject of its clause (`سفارش
/// خرید تسلیحات با افزایشی ۴۵ درصدی`).
fn described(t: &Tokens, first: usize, end: usize, kind: Kind) -> Option<(usize, usize)> {
    match adjacent_before(t, first) {
        Some((a, b)) if b == a + 1 && change_noun(t.word(a)) => {
            after(t, end, kind).or_else(|| before(t, a, a, kind))
        }
        // `سیدصالحی طلب ۳۰۰ میلیونی`: the noun described is the one at the number; a subject
        // may run into it unmarked.
        Some((a, b)) if b > a + 2 && !dummy(t.word(a)) => Some(tail(t, a, b)),
        // `به رقم ۲۳۷ هزار واحدی رسید`: a carrier names nothing.
        Some((a, _)) if dummy(t.word(a)) && a > 0 && phrase::role(t, a - 1) == Role::Prep => {
            before(t, a - 1, a, kind)
        }
        Some(np) => Some(np),
        // `با افزایش ۱۲ درصدی`: a change alone is no phrase; what changed is the clause's,
        // and where it went (`با کاهش ۴.۱ درصدی به ۳۱ دلار رسید`) is none.
        None if destination(t, end) => before(t, first, end, kind),
        None => after(t, end, kind).or_else(|| before(t, first, end, kind)),
    }
}

/// Whether `به` or `تا` at `k` leads to the number a change arrived at (`به ۳۱ دلار`, `تا
/// بشکه‌ای ۶۰ دلار`).
fn destination(t: &Tokens, k: usize) -> bool {
    matches!(t.word(k), "به" | "تا")
        && (k + 1..(k + 4).min(t.len())).any(|j| phrase::role(t, j) == Role::Number)
}

/// The last two words of the phrase `a..b`.
fn tail(t: &Tokens, a: usize, b: usize) -> (usize, usize) {
    let mut start = b;
    let mut words = 0;
    while start > a && words < 2 {
        start -= 1;
        if phrase::role(t, start) != Role::Ending {
            words += 1;
        }
    }
    (start, b)
}

/// `۲۴ ساعت برای اجرای حکم مهلت داد`, `فرصت ۱۵ روز برای بررسی`: time allowed for something
/// names what it is for (not `۹۰ دقیقه برای تیمش بازی کرد`).
fn allowed(t: &Tokens, at: usize) -> bool {
    (at.saturating_sub(4)..(at + 8).min(t.len()))
        .any(|k| matches!(t.word(k), "مهلت" | "فرصت" | "وقت" | "زمان" | "ضرب‌الاجل"))
}

/// The noun phrase right before the figure (`پالایشگاه ۲۰۰ هزار بشکه‌ای`, `مرحله اول`,
/// `با نتیجه ۲-۰`), not one that another number counts.
fn adjacent_before(t: &Tokens, first: usize) -> Option<(usize, usize)> {
    let (a, b) = phrase::subject_backward(t, first)?;
    (!counted(t, a)).then_some((a, b))
}

/// Whether the phrase starting at `a` is counted by the number before it (the indefinite
/// `یک` aside).
fn counted(t: &Tokens, a: usize) -> bool {
    let Some(k) = a.checked_sub(1) else {
        return false;
    };
    // `ردیف اول آن جوان`: an ordinal counts nothing after it.
    if words::ordinal_word(t.word(k)).is_some() {
        return false;
    }
    // `اختلاس ۲۵ هزار میلیاردیِ جوان`: an adjectival number describes, it does not count.
    let adjectival = t.word(k).ends_with('ی') && t.word(k) != "سی";
    // `در سال ۹۷ میزان فروش`: the number of a time ends it and counts nothing.
    let timed = k > 0 && context::time_noun(t.word(k - 1));
    phrase::role(t, k) == Role::Number
        && !matches!(t.word(k), "یک" | "یکی")
        && !adjectival
        && !timed
}

#[cfg(test)]
mod tests;
