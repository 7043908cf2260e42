//! What a period reported on or looked back over (`در شش ماهه نخست سال جاری`, `طی دو سال
//! اخیر`, `در ۱۰ سال گذشته`) is the period of: what the news announces over it (`از افزایش
//! کشفیات شیشه در شش ماهه نخست خبر داد`), what the clause it opens measured (`در شش ماهه
//! گذشته میزان کشفیات شیشه ...`, `طی دو سال اخیر شاهد افزایش نرخ تورم هستیم`), else the
//! subject of the clause it stands in (`رشوه‌های این میلیاردر در ۱۰ سال گذشته باعث شد`).

use super::super::phrase::{self, Role};
use super::super::token::Tokens;
use super::super::{context, lexicon};
use super::change_noun;
use super::clause::{dummy, generic_measure, span, subject_of_clause};
use super::spans::reported;

/// The subject of a duration spanning `first..end` when it is a period after `در` or `طی`
/// (`Some(None)`: the period names nothing), else `None`.
pub(super) fn period_of(
    t: &Tokens,
    first: usize,
    end: usize,
    adjectival: bool,
) -> Option<Option<(usize, usize)>> {
    let mut open = first.checked_sub(1)?;
    if let Some(np) = counted_before(t, open) {
        return Some(Some(np));
    }
    if !matches!(t.word(open), "در" | "طی") {
        // `گفت: پنج ماه نخست امسال ۱۲۸ پرونده ...`: a part of a year reported on may open its
        // clause with no preposition.
        if reported(t, end) && opens_clause(t, first) {
            return following(t, words_end(t, end)).map(Some);
        }
        return None;
    }
    // `در طی سه روز گذشته`: one preposition.
    if t.word(open) == "طی" && open > 0 && t.word(open - 1) == "در" {
        open -= 1;
    }
    let back = matches!(t.word(end), "اخیر" | "گذشته");
    if !(adjectival || back || reported(t, end)) {
        return None;
    }
    let close = words_end(t, end);
    if back && record(t, open, close) {
        return Some(record_before(t, open));
    }
    if let Some(np) = announced(t, open, close) {
        return Some(Some(np));
    }
    if opens_clause(t, open) {
        // `... را در پی اشباع بازار، در سه ماهه سوم امسال ادامه می‌دهند`: a comma may close
        // an adjunct, not the clause; then its subject stands before.
        let found = following(t, close);
        if found.is_some() || open == 0 || t.punct(open - 1).is_none() {
            return Some(found);
        }
    }
    // `افزایش ۱۴۰ درصدی کشفیات شیشه در شش ماهه نخست`: a change opening the clause is no
    // phrase of its own, but what changed after it is.
    let (start, _) = span(t, open, open + 1);
    let np = subject_of_clause(t, open)
        .or_else(|| change_noun(t.word(start)).then_some((start, start + 1)))
        .filter(|&(a, _)| !context::time_noun(t.word(a)) && !dummy(t.word(a)))
        // `متاسفانه طی ۲۰ سال اخیر`: an adverb in `-انه` is no phrase.
        .filter(|&(a, b)| !(b == a + 1 && t.word(a).ends_with("انه")))?;
    // `بنابر گزارش مسئولین، میزان بارش‌ها در دو روز گذشته`: past an opening aside.
    let np = Some(np.1)
        .filter(|&b| matches!(t.punct(b), Some('،' | ',')) && b + 1 < open)
        .and_then(|b| phrase::subject_forward(t, b + 1))
        .filter(|&(_, b)| b <= open)
        .unwrap_or(np);
    Some(Some(past_change(t, np)))
}

/// Whether the duration `first..end` is a period looked back over (`در ۱۰ سال گذشته`, `طی
/// دو سال اخیر`, `در طول سه ماه گذشته`).
pub(super) fn looks_back(t: &Tokens, first: usize, end: usize) -> bool {
    let opened = first > 0 && matches!(t.word(first - 1), "در" | "طی" | "طول" | "ظرف");
    // `بزرگترین افزایش هفتگی در پنج هفته گذشته`: the span of a named record is the record's;
    // a level of its own (`به پایین‌ترین سطح خود`) names nothing, the amount beside it does.
    let named_record =
        || record(t, first - 1, words_end(t, end)) && record_before(t, first - 1).is_some();
    // `ثروت او طی یک سال ۳۰ درصد افزایش داشته`: a span an amount follows right away is
    // the period of that amount.
    let amount_after = t.digits(end).is_some();
    opened && (matches!(t.word(end), "اخیر" | "گذشته") || amount_after) && !named_record()
}

/// `به بالاترین میزان خود در دو دهه گذشته رسید`, `مهم‌ترین اخبار ... در ۲۴ ساعت گذشته`,
/// `در ۲۴ ساعت گذشته بیشترین جهش`: the span a record or a superlative is set in is no
/// period of anything.
fn record(t: &Tokens, open: usize, close: usize) -> bool {
    let superlative = |k: usize| t.word(k).ends_with("ترین");
    let mut k = open;
    while k > 0
        && open - k < 8
        && !phrase::sentence_end(t, k - 1)
        && phrase::role(t, k - 1) != Role::Verb
    {
        k -= 1;
        if superlative(k) {
            return true;
        }
    }
    (close..(close + 2).min(t.len())).any(superlative)
}

/// `بالاترین رقم صادرات در چهار سال اخیر`: a record named right before the span's
/// preposition at `open` is what the span is measured over. A bare level (`بالاترین حد`)
/// names nothing: what reached it does, the clause's subject (`طلا به بالاترین حد در شش سال
/// گذشته رسید`); not a level of the subject's own (`قیمت نفت به بالاترین میزان خود`).
fn record_before(t: &Tokens, open: usize) -> Option<(usize, usize)> {
    let (a, b) = phrase::subject_backward(t, open).filter(|&(_, b)| b == open)?;
    let own = matches!(t.word(b - 1), "خود" | "خویش") || phrase::role(t, b - 1) == Role::Pron;
    if !t.word(a).ends_with("ترین") || b == a + 1 || own {
        return None;
    }
    let level = |w: &str| dummy(w) || generic_measure(w) || matches!(w, "حد" | "رکورد");
    if b > a + 2 || !level(t.word(a + 1)) {
        return Some((a, b));
    }
    let reached = a > 0 && t.word(a - 1) == "به";
    reached
        .then(|| subject_of_clause(t, a - 1))
        .flatten()
        .filter(|&(s, e)| e < a && !context::time_noun(t.word(s)) && !dummy(t.word(s)))
}

/// `سه بازی در ۹ روز انجام دادیم`, `بیش از ۴۲۰ نظریه مشورتی در سه ماهه نخست سال`: things
/// counted right before a span's preposition at `open` are what the span is of, unless a
/// preposition of their own places them (`در ۱۱ بندر ایران طی سه ماهه`).
fn counted_before(t: &Tokens, open: usize) -> Option<(usize, usize)> {
    if !matches!(t.word(open), "در" | "طی" | "ظرف") {
        return None;
    }
    let (a, b) = phrase::subject_backward(t, open)?;
    if b != open || a == 0 || phrase::role(t, a - 1) != Role::Number {
        return None;
    }
    let mut k = a - 1;
    while k > 0
        && (phrase::role(t, k - 1) == Role::Number
            || (t.word(k - 1) == "و" && k > 1 && phrase::role(t, k - 2) == Role::Number))
    {
        k -= 1;
    }
    // `یک پیروزی`: an indefinite counts nothing.
    if matches!(t.word(a - 1), "یک" | "یکی") {
        return None;
    }
    let k = context::qualifier_before(t, k).map_or(k, |(_, at)| at);
    // `در این ۱۱ بندر`: things placed or pointed at.
    let placed = k > 0 && matches!(phrase::role(t, k - 1), Role::Prep | Role::Det);
    // `۱۴۰ درصدی کشفیات`, `۹۳۱ هزار تن کالا`: a unit is the number's; what follows it is
    // counted in another clause's terms.
    let w = t.word(a);
    let unit = |w: &str| crate::extract::units::unit_word(w).is_some() || context::classifier(w);
    // `گزارش ۳۰۰ صفحه‌ای`: an adjective of the number's.
    let empty = context::time_noun(w)
        || dummy(w)
        || unit(w)
        || w.strip_suffix('ی').is_some_and(unit)
        || w.ends_with("ای");
    (!placed && !empty).then_some((a, b))
}

/// Past the words that place a period (`نخست سال جاری`, `گذشته`, `سال ۹۴`, `سپری‌شده از سال
/// جاری`) and a comma closing them.
fn words_end(t: &Tokens, mut j: usize) -> usize {
    let placing = |w: &str| {
        matches!(
            w,
            "اخیر"
                | "گذشته"
                | "سال"
                | "جاری"
                | "امسال"
                | "پارسال"
                | "میلادی"
                | "شمسی"
                | "سپری‌شده"
                | "منتهی"
        )
    };
    let limit = (j + 6).min(t.len());
    while j < limit && (placing(t.word(j)) || reported(t, j) || phrase::role(t, j) == Role::Number)
    {
        j += 1;
    }
    // `۱۲ ماه منتهی به می`: the month it runs to.
    if j > 0 && t.word(j - 1) == "منتهی" && t.word(j) == "به" {
        j += 2;
    }
    if matches!(t.punct(j), Some('،' | ',')) {
        j += 1;
    }
    j
}

/// Whether the period's preposition at `open` starts its clause: `گفت: در شش ماهه گذشته`,
/// `... می‌کنیم و در ۶ ماه گذشته`.
fn opens_clause(t: &Tokens, open: usize) -> bool {
    let Some(mut k) = open.checked_sub(1) else {
        return true;
    };
    // `متاسفانه طی ۲۰ سال اخیر`: an adverb before the period opens the clause with it.
    if phrase::role(t, k) == Role::Adv {
        let Some(before) = k.checked_sub(1) else {
            return true;
        };
        k = before;
    }
    let after_verb = t.word(k) == "و" && k > 0 && phrase::role(t, k - 1) == Role::Verb;
    phrase::sentence_end(t, k)
        || matches!(t.punct(k), Some('،' | ',' | ':' | ';'))
        || phrase::role(t, k) == Role::Verb
        || matches!(t.word(k), "اینکه" | "این‌که" | "آنکه")
        || after_verb
}

/// `از صادرات ... کالا در ۱۰ ماهه امسال خبر داد`: news of something over a period names it.
fn announced(t: &Tokens, open: usize, close: usize) -> Option<(usize, usize)> {
    // `از کشف ۷۹ کیلو تریاک در ۲۴ ساعت گذشته در این استان خبر داد`: a place may come between.
    let news = (close..(close + 5).min(t.len())).any(|k| {
        t.word(k) == "خبر"
            && matches!(
                t.word(k + 1),
                "داد" | "دادند" | "داده" | "می‌دهد" | "میدهد" | "می‌دهند" | "داد،"
            )
    });
    if !news {
        return None;
    }
    // The clause back to a comma: `به گزارش فارس از مشهد، ... از صادرات` is not news of the
    // city.
    let mut start = open;
    while start > 0
        && open - start < 30
        && !phrase::sentence_end(t, start - 1)
        && !matches!(phrase::role(t, start - 1), Role::Verb | Role::Punct(_))
    {
        start -= 1;
    }
    let from = (start..open).find(|&k| t.word(k) == "از")?;
    phrase_at(t, from + 1)
}

/// What the clause opened by a period measured: the phrase after it, past `شاهد` and `هم`
/// (`طی دو سال اخیر شاهد افزایش نرخ تورم`), not a figure, a time or a lone carrier.
fn following(t: &Tokens, mut j: usize) -> Option<(usize, usize)> {
    let opening = j;
    while matches!(t.word(j), "هم" | "نیز" | "شاهد") || phrase::role(t, j) == Role::Adv {
        j += 1;
    }
    // A count before its adverbs (`قریب به ۴۰ خانوار` opens with a hedge) or after them.
    let counted =
        counted_after(t, opening).or_else(|| (j > opening).then(|| counted_after(t, j)).flatten());
    if let Some(np) = counted {
        return Some(np);
    }
    // `در ۴۵ دقیقه ابتدایی خیلی خوب بازی کردیم`: how, not what.
    let intensifier = matches!(t.word(j), "خیلی" | "بسیار" | "کاملا" | "کاملاً");
    // `در ۶ ماه گذشته این روش اجرا شد`: a demonstrative opens the phrase; not a time it
    // points at (`در ۹ ماه نخست آن سال`).
    let pointed = context::demonstrative(t.word(j))
        && phrase::role(t, j + 1) == Role::Noun
        && !context::time_noun(t.word(j + 1));
    // `سعی کردیم`: a noun its light verb makes a predicate.
    if !(pointed || phrase::role(t, j) == Role::Noun) || intensifier || phrase::light(t, j + 1) {
        return None;
    }
    let (a, b) = phrase_at(t, j)?;
    let empty = context::time_noun(t.word(a)) || (b == a + 1 && dummy(t.word(a)));
    (!empty).then_some((a, b))
}

/// `در شش ماه نخست سال جاری تعداد ۸۷۱ مورد عملیات اطفاء حریق ...`, `طی ۲۰ سال اخیر قریب به
/// ۴۰ خانوار ...`: a count opening the clause after a period is what was measured over it,
/// so the period is of what the count counts, past its classifier or unit.
fn counted_after(t: &Tokens, j: usize) -> Option<(usize, usize)> {
    let from = j + usize::from(t.word(j) == "تعداد");
    let number = (from..(from + 3).min(t.len())).find(|&k| phrase::role(t, k) == Role::Number)?;
    let hedged = context::qualifier_before(t, number).is_some_and(|(_, at)| at == from);
    if number != from && !hedged {
        return None;
    }
    let mut k = number;
    while phrase::role(t, k) == Role::Number
        || (t.word(k) == "و" && phrase::role(t, k + 1) == Role::Number)
    {
        k += 1;
    }
    if context::classifier(t.word(k)) {
        k += 1;
        // `دو هزار دستگاه از ماشین آلات فرسوده`: a partitive names what is counted.
        if t.word(k) == "از" {
            k += 1;
        }
    } else if let Some(m) = crate::extract::units::match_unit(t, k).filter(|m| m.end > k) {
        k = m.end;
    }
    let (a, b) = phrase::subject_forward(t, k)?;
    let w = t.word(a);
    let empty = context::time_noun(w) || dummy(w) || change_noun(w);
    (!empty).then_some((a, b))
}

/// The phrase at `j`, what changed when it opens with a change.
fn phrase_at(t: &Tokens, j: usize) -> Option<(usize, usize)> {
    let changed = past_change(t, (j, j + 1));
    if changed != (j, j + 1) {
        return Some(changed);
    }
    phrase::subject_forward(t, j).map(|np| past_change(t, np))
}

/// A change alone (`افزایش ۱۴۰ درصدی کشفیات شیشه`, `افزایش بیش از ۱۰۰ درصدی انهدام
/// کارگاه‌ها`) names what changed, after its figure.
fn past_change(t: &Tokens, (a, b): (usize, usize)) -> (usize, usize) {
    if b != a + 1 || !change_noun(t.word(a)) {
        return (a, b);
    }
    let mut j = b;
    while matches!(t.word(j), "بیش" | "از" | "حدود" | "نزدیک" | "به") && j < b + 3 {
        j += 1;
    }
    if phrase::role(t, j) != Role::Number {
        return (a, b);
    }
    while phrase::role(t, j) == Role::Number {
        j += 1;
    }
    // `۱۴۰ درصدی`: the figure's adjectival unit.
    if t.word(j).ends_with('ی') {
        j += 1;
    }
    phrase::subject_forward(t, j).unwrap_or((a, b))
}

/// When no rule above decides (`در ۲۴ ساعت گذشته بیشترین جهش ...`, `طی ۲۰ سال اخیر مهاجرت از
/// روستا ...`): a span placed by the word after it opens the clause of what happened in it.
/// Not the span of a superlative (`به پایین‌ترین سطح در ۱۶ ماه اخیر سقوط کرد`: what fell is
/// named before), nor an adverb (`بارها`, `همواره`), a quantifier (`بسیاری از`) or a verbal
/// noun its verb closes (`صعود کرد`).
pub(super) fn opened_after(t: &Tokens, first: usize, end: usize) -> Option<(usize, usize)> {
    if !matches!(
        t.word(end),
        "گذشته" | "اخیر" | "آینده" | "آتی" | "نخست" | "اول"
    ) {
        return None;
    }
    let superlative = (first.saturating_sub(4)..first).any(|k| t.word(k).ends_with("ترین"));
    if superlative {
        return None;
    }
    phrase::subject_forward(t, end + 1).filter(|&(a, b)| {
        let w = t.word(a);
        let adverb = lexicon::classes(w).has(lexicon::Classes::ADV)
            || matches!(w, "بسیاری" | "برخی" | "تعدادی" | "بیشتر" | "چه" | "بارها");
        // `تکمیل و راه اندازی خواهد شد`: verbal nouns joined before their verb, too.
        let verbal = b == a + 1 && (phrase::role(t, b) == Role::Verb || t.word(b) == "و");
        plain_noun(t, a) && !adverb && !verbal && !w.starts_with("سال")
    })
}

/// Whether the phrase starting at `a` opens with a noun that is no time word and no counted
/// thing: what the fallbacks for a span may name.
fn plain_noun(t: &Tokens, a: usize) -> bool {
    phrase::role(t, a) == Role::Noun && !context::time_noun(t.word(a)) && !super::counted(t, a)
}

/// `فیلم «هزارپا» که حدود ۳۴ هفته روی پرده بود`: a span opening a relative clause is the
/// time of the noun the clause describes; `یک دهه‌ای که حاج صفی در فوتبال بازی می‌کند`: a
/// span a relative clause describes is the time of that clause's subject.
pub(super) fn related(t: &Tokens, first: usize, end: usize) -> Option<(usize, usize)> {
    // `تا جایی که`, `از آنجا که`, `در شرایطی که`: conjunctions, no noun described.
    let joining = |w: &str| matches!(w, "جایی" | "آنجا" | "شرایطی" | "شرایط" | "حالی" | "زمانی");
    let usable = |&(a, _): &(usize, usize)| plain_noun(t, a) && !joining(t.word(a));
    if t.word(end) == "که" {
        return phrase::subject_forward(t, end + 1).filter(usable);
    }
    // `۳۰ سال است که تعرفه قیفی برعکس اجرا می‌شود`, `۱۴ ماه است که در زندان هستم`: a span
    // said to have gone by is the time of the clause after «که», named by its first phrase.
    if matches!(t.word(end), "است" | "بود") && t.word(end + 1) == "که" {
        let mut k = end + 2;
        // `در حال درمان هستم`: "in the course of" leads to what goes on.
        if t.word(k) == "در" && t.word(k + 1) == "حال" {
            k += 2;
        } else if phrase::role(t, k) == Role::Prep {
            k += 1;
        }
        return phrase::subject_forward(t, k).filter(usable);
    }
    if first >= 2 && t.word(first - 1) == "که" {
        return phrase::subject_backward(t, first - 1).filter(usable);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tests::subject;

    #[test]
    fn a_span_gone_by_is_the_time_of_the_clause_after_it() {
        let s = subject("۳۰ سال است که تعرفه قیفی برعکس اجرا می‌شود.", "۳۰");
        assert_eq!(s.as_deref(), Some("تعرفه قیفی برعکس"));
        let s = subject("۱۴ ماه است که در زندان هستم.", "۱۴");
        assert_eq!(s.as_deref(), Some("زندان"));
        let s = subject("۱۵ روز است که در حال درمان هستم.", "۱۵");
        assert_eq!(s.as_deref(), Some("درمان"));
    }

    #[test]
    fn a_span_placed_by_the_word_after_it_opens_what_happened_in_it() {
        let s = subject(
            "به گفته او طی ۱۵ سال اخیر مهاجرت از روستاها شتاب گرفته است.",
            "۱۵",
        );
        assert_eq!(s.as_deref(), Some("مهاجرت"));
        // Not after a superlative, nor an adverb or a verbal noun closed by its verb.
        let s = subject("بهای نفت به پایین‌ترین سطح در ۱۴ ماه اخیر سقوط کرد.", "۱۴");
        assert_ne!(s.as_deref(), Some("سقوط"));
        let s = subject("این پروژه ظرف سه ماه آینده تکمیل و افتتاح می‌شود.", "سه");
        assert_ne!(s.as_deref(), Some("تکمیل"));
    }

    #[test]
    fn a_span_in_a_relative_clause_names_the_noun_or_the_subject_of_the_clause() {
        let s = subject(
            "در این شش سالی که علی در تیم بازی می‌کند، دو جام گرفت.",
            "شش",
        );
        assert_eq!(s.as_deref(), Some("علی"));
        let s = subject(
            "نشست وزیران که بیش از پنج ساعت به درازا کشید، پایان یافت.",
            "بیش",
        );
        assert_eq!(s.as_deref(), Some("نشست وزیران"));
        // Not a conjunction ending in «که».
        let s = subject(
            "از آنجا که بیش از یک سال به پرتاب مانده است، صبر می‌کنیم.",
            "بیش",
        );
        assert_ne!(s.as_deref(), Some("آنجا"));
    }

    #[test]
    fn a_period_reported_on_names_what_was_measured_over_it() {
        let s = subject(
            "گفت: در شش ماهه گذشته میزان کشفیات شیشه ۱۴۰ درصد افزایش داشت.",
            "شش",
        );
        assert_eq!(s.as_deref(), Some("میزان کشفیات شیشه"));
        let s = subject(
            "افزود: طی دو سال اخیر شاهد افزایش بی‌ضابطه نرخ تورم هستیم.",
            "دو",
        );
        assert_eq!(s.as_deref(), Some("افزایش بی‌ضابطه نرخ تورم"));
        let s = subject(
            "افزایش ۱۴۰ درصدی کشفیات شیشه در شش ماهه نخست سال جاری",
            "شش",
        );
        assert_eq!(s.as_deref(), Some("کشفیات شیشه"));
    }

    #[test]
    fn things_counted_before_a_span_are_what_it_is_of() {
        let s = subject("اتوری گفت: سه بازی در ۹ روز انجام دادیم.", "۹");
        assert_eq!(s.as_deref(), Some("بازی"));
        let s = subject("آمار رسوب در ۱۱ بندر ایران طی سه ماهه نخست سال جاری", "سه");
        assert_ne!(s.as_deref(), Some("بندر ایران"));
    }

    #[test]
    fn a_count_opening_the_clause_after_a_period_names_what_it_counts() {
        let s = subject(
            "گفت: در شش ماه نخست امسال تعداد ۳۱۲ مورد عملیات نجات انجام شد.",
            "شش",
        );
        assert_eq!(s.as_deref(), Some("عملیات نجات"));
        let s = subject(
            "متاسفانه طی ۲۰ سال اخیر قریب به ۶۰ خانوار از این روستا رفته‌اند.",
            "۲۰",
        );
        assert_eq!(s.as_deref(), Some("خانوار"));
        let s = subject(
            "افزود: در ۹۰ روز نخست امسال، ۱۲ میلیون لیتر بنزین در استان توزیع شد.",
            "۹۰",
        );
        assert_eq!(s.as_deref(), Some("بنزین"));
    }

    #[test]
    fn a_period_reported_on_opens_its_clause_with_no_preposition() {
        let s = subject(
            "مدیرکل گفت: سه ماه نخست امسال ۲۱۰ پرونده قاچاق در استان تشکیل شد.",
            "سه",
        );
        assert_eq!(s.as_deref(), Some("پرونده قاچاق"));
    }

    #[test]
    fn a_period_opening_the_text_is_read_without_panic() {
        let s = subject("در شش ماهه نخست سال جاری", "شش");
        assert_eq!(s, None);
    }

    #[test]
    fn no_period_of_a_record() {
        let s = subject("قیمت نفت به بالاترین میزان خود در دو دهه گذشته رسید.", "دو");
        assert_eq!(s, None);
        let s = subject(
            "بنابر گزارش مسئولین، میزان بارش‌ها در ۷۰ سال گذشته بی‌سابقه بود.",
            "۷۰",
        );
        assert_eq!(s.as_deref(), Some("میزان بارش‌ها"));
    }

    #[test]
    fn a_record_named_before_its_span_is_what_the_span_is_of() {
        let s = subject(
            "گفت: تولید به ۲ میلیون تن رسید که بالاترین رقم تولید سیمان در سه سال اخیر است.",
            "سه",
        );
        assert_eq!(s.as_deref(), Some("بالاترین رقم تولید سیمان"));
        let s = subject("قیمت مس به بالاترین حد در پنج سال گذشته رسید.", "پنج");
        assert_eq!(s.as_deref(), Some("قیمت مس"));
        let s = subject("این عدد بالاترین رکورد در پنج سال گذشته بود.", "پنج");
        assert_eq!(s, None);
    }

    #[test]
    fn a_demonstrative_opens_the_phrase_after_a_period() {
        let s = subject("گفت: در ۶ ماه گذشته این طرح در سه استان اجرا شد.", "۶");
        assert_eq!(s.as_deref(), Some("این طرح"));
    }

    #[test]
    fn news_over_a_period_names_what_it_announced() {
        let s = subject(
            "مدیرکل گمرک از صادرات ۹۳۱ هزار تن کالا در ۱۰ ماهه امسال خبر داد.",
            "۱۰",
        );
        assert_eq!(s.as_deref(), Some("صادرات"));
    }

    #[test]
    fn a_period_inside_a_clause_names_its_subject() {
        let s = subject(
            "فشار بر طبیعت در چهل سال گذشته جنگل‌ها را ضعیف کرده است.",
            "چهل",
        );
        assert_eq!(s.as_deref(), Some("فشار"));
    }
}
