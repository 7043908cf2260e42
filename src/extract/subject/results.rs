//! What a result and a rank belong to: a side, a stage, the thing ranked.

use super::super::context;
use super::super::figure::Kind;
use super::super::phrase::{self, Role};
use super::super::token::Tokens;
use super::super::words;
use super::adjacent_before;

/// How far a clause runs either side of its result, in tokens.
const RESULT_REACH: usize = 24;
use super::clause::before;

/// A result names its first side (`روسیه ۳ - صفر چین`), or what it is the result of (`ست سوم:
/// ۲۵ – ۲۰`, `نتیجه را ۲ بر ۲ کرد`). A word for the result itself only carries it: `ایران با
/// نتیجه ۳ بر ۱`, `در ست بعد با پیروزی ۶ بر ۴`, `دو ست دیگر را با نتایج ۶ بر ۲` name what
/// stands before `با`.
pub(super) fn result_of(t: &Tokens, first: usize, end: usize) -> Option<(usize, usize)> {
    // `نتیجه را ۲ بر صفر به نفع لاروخا کرد`, `با نتیجه پنج بر سه به سود تیم دبیری`: the
    // side a result is said to favour is whose it is.
    if t.word(end) == "به" && matches!(t.word(end + 1), "نفع" | "سود") {
        if let Some(np) = phrase::subject_forward(t, end + 2) {
            return Some(np);
        }
    }
    let k = if first > 0 && t.punct(first - 1) == Some(':') {
        first - 1
    } else {
        first
    };
    if k > 0 && phrase::role(t, k - 1) == Role::Ra {
        return played(t, k - 1, first);
    }
    if let Some(with) = holding(t, first) {
        return standing(t, with);
    }
    let (a, b) =
        adjacent_before(t, k).or_else(|| side_after_result(t, first).filter(|_| k == first))?;
    // `۱- علی رضایی از تهران ۶۲۵.۶ امتیاز`: a table line names the athlete, not where they
    // come from.
    if a > 1 && t.word(a - 1) == "از" {
        let line_start = |c: usize| {
            c == 0
                || phrase::sentence_end(t, c - 1)
                || matches!(phrase::role(t, c - 1), Role::Punct(_) | Role::Number)
        };
        if let Some(np) = phrase::subject_backward(t, a - 1).filter(|&(c, _)| line_start(c)) {
            return Some(np);
        }
    }
    if !result_word(t.word(a)) {
        return Some((a, b));
    }
    let Some(with) = a.checked_sub(1).filter(|&w| t.word(w) == "با") else {
        return Some((a, b));
    };
    if with > 0 && phrase::role(t, with - 1) == Role::Ra {
        return played(t, with - 1, first);
    }
    if let Some(side) = against(t, with, first) {
        return Some(side);
    }
    // `در دور اول با نتیجه ۱۰ بر صفر`: the stage the result belongs to; `رئال مادرید در
    // ورزشگاه ... با نتیجه ۲-۰`, `... برابر ایمان صادقی با نتیجه ۳ بر ۲`: a place, a time or
    // the other side is no subject, the clause's is.
    let stage = |c: usize| t.word(c - 1) == "در" && context::stage_noun(t.word(c));
    match adjacent_before(t, with) {
        Some((c, d)) if c == 0 || phrase::role(t, c - 1) != Role::Prep || stage(c) => Some((c, d)),
        Some((c, _)) => before(t, c - 1, first, Kind::Score)
            .or_else(|| opponent_after(t, end))
            .or(Some((a, b))),
        // `در دو ست بعد با نتایج ۶ بر ۲ و ۶ بر ۳`, `در هر سه مبارزه با نتیجه ۱۰ بر صفر`: the
        // stages or bouts counted are what the results are of.
        None => phrase::subject_backward(t, with)
            .filter(|&(c, _)| {
                let counted = c > 1
                    && phrase::role(t, c - 1) == Role::Number
                    && matches!(t.word(c - 2), "هر" | "در");
                context::stage_noun(t.word(c)) || counted
            })
            .or_else(|| before(t, with, first, Kind::Score))
            .or_else(|| opponent_after(t, end))
            .or(Some((a, b))),
    }
}

/// Where `با` stands before points held at `first` (`با ۱۹ امتیاز`, `با کسب ۳۶ امتیاز`).
fn holding(t: &Tokens, first: usize) -> Option<usize> {
    match first.checked_sub(1).map(|k| t.word(k))? {
        "با" => Some(first - 1),
        "کسب" if first >= 2 && t.word(first - 2) == "با" => Some(first - 2),
        _ => None,
    }
}

/// `الشحانیه با ۱۹ امتیاز در پله سیزدهم جدول حضور دارد`: points held (and the place they
/// hold, [`holder`]) name who holds them, the phrase before `با`, past the phrases a
/// preposition leads and the times before it (`تیم ایران در پایان مسابقات روز نخست با ۵۰
/// امتیاز`, `الهلال به واسطه گل زده بیشتر با ۳ امتیاز`). None where the clause opens
/// before a holder is found.
fn standing(t: &Tokens, with: usize) -> Option<(usize, usize)> {
    /// Phrases passed over, at most.
    const ADJUNCTS: usize = 4;
    let mut k = with;
    for _ in 0..=ADJUNCTS {
        let (c, d) = phrase::subject_backward(t, k)?;
        let lead = c.checked_sub(1).map(|p| phrase::role(t, p));
        match lead {
            Some(Role::Prep) => k = c - 1,
            Some(Role::Number) => return None,
            _ if context::time_noun(t.word(c)) => k = c,
            _ => return Some((c, d)),
        }
    }
    None
}

/// `با نتیجه ۴ بر ۳ از سد ملنیکوف گذشت`, `با نتیجه ۴ بر ۲ مغلوب سفیرشایف شد`: when the clause
/// names no side before the result, the opponent after it is the side a desk would print.
fn opponent_after(t: &Tokens, end: usize) -> Option<(usize, usize)> {
    let j = match (t.word(end), t.word(end + 1)) {
        ("از", "سد") => end + 2,
        ("مقابل" | "برابر" | "مغلوب", _) => end + 1,
        _ => end,
    };
    phrase::subject_forward(t, j).filter(|&(a, _)| !context::time_noun(t.word(a)))
}

/// `X در دور اول مقابل Y از Z با نتیجه ۱۰ بر صفر پیروز شد`: a result that closes a clause of
/// winning, losing or drawing against a named opponent (`مقابل`, `برابر`, `در مصاف با`, `در
/// دیدار با`, `Y را ... مغلوب کرد`) is a side's: the clause's subject, not the stage, the
/// place or the opponent's country before `با`.
fn against(t: &Tokens, with: usize, first: usize) -> Option<(usize, usize)> {
    let open =
        |j: usize| phrase::sentence_end(t, j) || matches!(t.punct(j), Some(';' | ':' | '،' | ','));
    let mut s = with;
    while s > with.saturating_sub(RESULT_REACH)
        && !open(s - 1)
        && phrase::role(t, s - 1) != Role::Verb
    {
        s -= 1;
    }
    // A clause longer than the reach has a start not seen: no side is named for sure.
    if s > 0 && !open(s - 1) && phrase::role(t, s - 1) != Role::Verb {
        return None;
    }
    // The outcome is the clause's own verb: `با پیروزی ۶ بر ۴ نتیجه را ۲ بر ۲ کرد تا برنده`
    // ends its clause at `کرد`.
    let mut outcome = None;
    for j in first..t.len().min(first + RESULT_REACH) {
        if open(j) {
            break;
        }
        if outcome_word(t.word(j)) {
            outcome = Some(j);
            break;
        }
        if phrase::role(t, j) == Role::Verb {
            break;
        }
    }
    let outcome = outcome?;
    let opponent = |j: usize| {
        matches!(t.word(j), "مقابل" | "برابر" | "مصاف")
            || (t.word(j) == "دیدار" && t.word(j + 1) == "با")
            || (j > first && phrase::role(t, j) == Role::Ra && !result_word(t.word(j - 1)))
    };
    if !(s..with).chain(first..outcome).any(opponent) {
        return None;
    }
    let opener =
        (s..with).find(|&j| !matches!(phrase::role(t, j), Role::Conj | Role::Adv | Role::Punct(_)));
    if opener.is_some_and(|j| matches!(t.word(j), "وی" | "او")) {
        return antecedent(t, s);
    }
    clause_side(t, s, with)
}

/// How far back a pronoun's sentence is read for who it stands for, in tokens.
const SENTENCE_REACH: usize = 60;

/// `سرمستی ... به برتری دست یافت. وی در این دیدار نیز با نتیجه ۶ بر ۴ ... را شکست داد`: a
/// pronoun opening the clause at `s` stands for who its sentence, or the one before when it
/// opens its own, opened with (`به گزارش مهر، سرمستی ...`, `در وزن ۵۷ کیلوگرم علیرضا سرلک
/// ...`). A sentence longer than the reach has a start not seen: none is named for sure.
fn antecedent(t: &Tokens, s: usize) -> Option<(usize, usize)> {
    let start_of = |k: usize| {
        let mut a = k;
        while a > 0 && !phrase::sentence_end(t, a - 1) && k - a < SENTENCE_REACH {
            a -= 1;
        }
        (a == 0 || phrase::sentence_end(t, a - 1)).then_some(a)
    };
    let mut opens = start_of(s)?;
    if opens == s {
        opens = start_of(s.checked_sub(1)?)?;
    }
    let (a, b) = clause_side(t, opens, s)?;
    (!matches!(phrase::role(t, a), Role::Pron)).then_some((a, b))
}

/// The first phrase of the clause from `s` that no preposition leads, past openers such as
/// `در وزن ۶۵ کیلوگرم`; a pronoun (`وی در دور بعد ...`) names no side.
fn clause_side(t: &Tokens, s: usize, with: usize) -> Option<(usize, usize)> {
    let mut j = s;
    while j < with {
        match phrase::role(t, j) {
            Role::Conj | Role::Adv | Role::Punct(_) => j += 1,
            Role::Prep => {
                j = phrase::past_preposition(t, j);
                // `در وزن ۶۵ کیلوگرم`: the number and its unit belong to the opener.
                if phrase::role(t, j) == Role::Number {
                    while phrase::role(t, j) == Role::Number {
                        j += 1;
                    }
                    if crate::extract::units::unit_word(t.word(j)).is_some() {
                        j += 1;
                    }
                }
                // `از گروه B تیم ملی پورتوریکو`: a letter naming a group or pool ends it too.
                if t.is_latin_word(j) && t.word(j).chars().count() == 1 {
                    j += 1;
                }
            }
            Role::Noun => {
                let (a, b) = phrase::subject_forward(t, j)?;
                let pronoun = matches!(t.word(a), "وی" | "او" | "آنها" | "آن‌ها" | "ایشان");
                return (b <= with && !pronoun).then_some((a, b));
            }
            _ => return None,
        }
    }
    None
}

/// Words of a verb of winning, losing or drawing (`پیروز شد`, `شکست داد`, `به تساوی رسید`).
fn outcome_word(w: &str) -> bool {
    matches!(
        w,
        "پیروز"
            | "مغلوب"
            | "شکست"
            | "برتری"
            | "تساوی"
            | "غلبه"
            | "برنده"
            | "بازنده"
            | "پیروزی"
    )
}

/// `تهران ب ۲ - گلستان ب صفر همدان ۱ - بوشهر ۲`: results run together on one line. The side
/// of this result is the name between the last number of the result before and this one's
/// first, never a side of the result before (that number counts nothing).
fn side_after_result(t: &Tokens, first: usize) -> Option<(usize, usize)> {
    let (a, b) = phrase::subject_backward(t, first).filter(|&(_, b)| b == first)?;
    let last = a.checked_sub(1)?;
    // The number before the name closes a result: a dash and a side stand before it.
    let dash = (last.saturating_sub(4)..last).any(|k| matches!(t.punct(k), Some('-' | '–')));
    // `لهستان ۳ - صفر پرتغال ۲۵-۱۸، ۲۵-۲۱ و ۲۵-۲۰)`: a list its bracket closes (the opening
    // one lost) is the sets of the result before.
    let mut j = first;
    while phrase::role(t, j) == Role::Number
        || matches!(t.punct(j), Some('-' | '–' | '،' | ','))
        || words::is_and(t, j)
    {
        j += 1;
    }
    let sets = t.punct(j) == Some(')');
    (phrase::role(t, last) == Role::Number && dash && !sets).then_some((a, b))
}

/// The object before `را` at `ra` when it is what was played (`دو ست دیگر را ۶ بر ۲ برد`,
/// `نتیجه را ۲ بر ۲ کرد`); an opponent beaten (`کومیا از ژاپن را ۱۰ بر صفر مغلوب کرد`) is
/// no side the result is given from: the clause's subject is.
fn played(t: &Tokens, ra: usize, first: usize) -> Option<(usize, usize)> {
    let (a, b) = phrase::object_before(t, ra)?;
    let head = if matches!(t.word(a), "این" | "آن") {
        t.word(a + 1)
    } else {
        t.word(a)
    };
    if context::stage_noun(head) || context::match_noun(head) {
        return Some((a, b));
    }
    // `در آخرین لحظه نتیجه را ۲ بر ۲ کرد`
    if result_word(t.word(b - 1)) {
        return Some((b - 1, b));
    }
    let (c, _) = phrase::subject_backward(t, ra)?;
    before(t, c, first, Kind::Score).or(Some((a, b)))
}

/// Nouns that name a result, which say nothing of whose it is.
fn result_word(w: &str) -> bool {
    matches!(
        w,
        "نتیجه"
            | "نتایج"
            | "نتیجهای"
            | "پیروزی"
            | "برتری"
            | "شکست"
            | "امتیاز"
            | "امتیازات"
            | "امتیازها"
            | "امتیازهای"
            // `با حساب ۳ بر ۲`: "by a score of".
            | "حساب"
    )
}

/// What an ordinal ranks: the phrase after `سومین` (`سومین نمایشگاه بین‌المللی`), the noun
/// before `سوم` (`نسل سوم`, `رتبه دوم`), the scope of `شماره یک` (`مرد شماره یک جهان`).
/// `نفت برای یازدهمین بار در بورس عرضه شد`, `امروز برای یازدهمین بار ... نفت خام عرضه شد`:
/// the nth time names what happened that time, the clause's subject before it, else the
/// phrase after the adverbials that follow.
fn nth_time(t: &Tokens, start: usize, end: usize) -> Option<(usize, usize)> {
    let first = start - usize::from(start > 0 && t.word(start - 1) == "برای");
    if let Some(np) = before(t, first, end + 1, Kind::Ordinal)
        .filter(|&(a, _)| !context::time_noun(t.word(a)) && !context::day_or_time_of_day(t.word(a)))
    {
        return Some(np);
    }
    let mut j = end + 1;
    while phrase::role(t, j) == Role::Prep && j < end + 12 {
        j = phrase::past_preposition(t, j);
    }
    phrase::subject_forward(t, j)
}

pub(super) fn ranked(t: &Tokens, start: usize, end: usize) -> Option<(usize, usize)> {
    let first = t.word(start);
    // `بیست و دومین جشنواره`: the last word says which kind of ordinal.
    if t.word(end - 1).ends_with("مین") {
        // `پنجمین روز از رقابت‌ها`: a day alone names nothing; the event it is a day of does.
        let of_event = || {
            let of = end + 1 + usize::from(t.word(end + 1) == "از");
            context::time_noun(t.word(end))
                .then(|| phrase::subject_forward(t, of))
                .flatten()
        };
        if t.word(end) == "بار" {
            return nth_time(t, start, end);
        }
        return phrase::subject_forward(t, end).or_else(of_event);
    }
    // `این کشور در رتبه ۳۹ جهان`: a rank held names its holder; else (`نفر سوم آسیا`) a rank
    // within a scope names the scope.
    let rank = if context::rank_word(first) {
        Some(start)
    } else {
        start
            .checked_sub(1)
            .filter(|&k| context::rank_word(t.word(k)))
    };
    let held = rank.and_then(|k| holder(t, k));
    if context::ranking_scope(t.word(end)) && held.is_some() {
        return held;
    }
    if context::ranking_scope(t.word(end)) {
        return Some((end, end + 1));
    }
    if let Some(names) = placed(t, start, end) {
        return Some(names);
    }
    if first == "شماره" {
        return phrase::subject_forward(t, end);
    }
    if context::rank_word(first) {
        return holder(t, start).or(Some((start, start + 1)));
    }
    let k = start.checked_sub(1)?;
    if context::rank_word(t.word(k)) {
        if let Some(np) = holder(t, k) {
            return Some(np);
        }
    }
    let mut a = k;
    // `دورهای دوم`: the plural ending written apart goes with its noun.
    if phrase::role(t, k) == Role::Ending && k > 0 {
        a = k - 1;
    }
    if phrase::role(t, a) != Role::Noun {
        return None;
    }
    // `نوری با ۶۱۸ امتیاز سوم شد`: the unit of another figure ranks nothing; the clause's
    // subject is ranked.
    let unit = |w: &str| context::classifier(w) || crate::extract::units::unit_word(w).is_some();
    if super::counted(t, a) && unit(t.word(a)) {
        return before(t, start, end, Kind::Ordinal);
    }
    Some((a, k + 1))
}

/// `فرانسه در رده دوازدهم`, `نام این کشور در رده نخست`: a rank held names who holds it, the
/// phrase right before `در`; not the unit of another figure (`۱۱۳.۸۰ ثانیه در رده سیزدهم`)
/// nor a phrase a preposition or a determiner leads (`در کنار بسیاری از بازیکنان در رتبه
/// دوم`, `به ازای هر بازی در رده سوم`).
fn holder(t: &Tokens, rank: usize) -> Option<(usize, usize)> {
    let at = rank.checked_sub(1).filter(|&d| t.word(d) == "در")?;
    let (a, b) = phrase::subject_backward(t, at).filter(|&(_, b)| b == at)?;
    // `الشحانیه با ۱۹ امتیاز در پله سیزدهم`: the place of points held is their holder's.
    let mut n = a;
    while n > 0
        && (phrase::role(t, n - 1) == Role::Number
            || (words::is_and(t, n - 1) && n >= 2 && phrase::role(t, n - 2) == Role::Number))
    {
        n -= 1;
    }
    if n < a && t.word(a) == "امتیاز" {
        if let Some(with) = holding(t, n) {
            return standing(t, with);
        }
    }
    let led = a > 0
        && matches!(
            phrase::role(t, a - 1),
            Role::Prep | Role::Number | Role::Det
        );
    (!led && !context::time_noun(t.word(a))).then_some((a, b))
}

/// Who placed (`علی رضایی و حسن کریمی سوم شدند`, `سپاهان و ذوب‌آهن از اصفهان مشترکا سوم
/// شدند`, `... عنوان سوم را کسب کردند`): the names joined by `و` before the place, past an
/// adverb and where they come from (`از اصفهان`), not the province after them nor a word of
/// the place.
fn placed(t: &Tokens, start: usize, end: usize) -> Option<(usize, usize)> {
    let placing_verb = matches!(
        t.word(end),
        "شد" | "شدند" | "گردید" | "گردیدند" | "ایستاد" | "ایستادند"
    );
    let title = start > 0 && t.word(start - 1) == "عنوان";
    if !(placing_verb || title) || context::rank_word(t.word(start)) {
        return None;
    }
    let mut b = start - usize::from(title);
    while b > 0 && matches!(t.word(b - 1), "مشترکا" | "مشترکاً" | "نیز" | "هم" | "هر")
    {
        b -= 1;
    }
    // `تیم فولاد با ۶۹۶/۳۵ امتیاز اول شد`: the total the place was won with.
    let with_total = (b.saturating_sub(6)..b)
        .rev()
        .find(|&k| t.word(k) == "با")
        .filter(|&k| {
            (k + 1..b).any(|j| t.digits(j).is_some())
                && (k + 1..b).all(|j| {
                    let w = t.word(j);
                    t.digits(j).is_some()
                        || t.punct(j).is_some()
                        || context::classifier(w)
                        || crate::extract::units::unit_word(w).is_some()
                        || matches!(w, "امتیاز" | "ثانیه" | "دقیقه")
                })
        });
    if let Some(k) = with_total {
        b = k;
    }
    // `از خراسان رضوی`: where the names come from.
    let mut scoped = false;
    if let Some(from) = (b.saturating_sub(4)..b).rev().find(|&k| t.word(k) == "از") {
        if (from + 1..b).all(|k| phrase::role(t, k) == Role::Noun) {
            b = from;
            scoped = true;
        }
    }
    let name = |k: usize| {
        matches!(phrase::role(t, k), Role::Noun | Role::Ending)
            && (k == 0 || phrase::role(t, k - 1) != Role::Det)
    };
    let mut a = b;
    loop {
        let run = (a.saturating_sub(3)..a)
            .rev()
            .take_while(|&k| name(k))
            .count();
        if run == 0 {
            break;
        }
        a -= run;
        let joins = |k: usize| words::is_and(t, k) || matches!(t.punct(k), Some('،' | ','));
        if a >= 2 && joins(a - 1) && name(a - 2) {
            a -= 1;
        } else {
            break;
        }
    }
    // One name alone is what the rules of a rank before the place already give, unless
    // where it comes from stands between (`سعید صفرزاده از استان آذربایجان شرقی دوم شد`);
    // names after `چون` are examples (`بالاتر از تیم‌هایی چون الف، ب و پ`), not who placed.
    let joined = (a..b).any(|k| words::is_and(t, k));
    // `در خبری از کسب عنوان سومی`: a noun a preposition leads is no one who placed.
    let scoped = scoped && (a == 0 || !matches!(phrase::role(t, a - 1), Role::Prep | Role::Det));
    let examples = a > 0 && matches!(t.word(a - 1), "چون" | "همچون" | "مانند" | "مثل");
    ((joined || scoped || with_total.is_some()) && !examples && a < b).then_some((a, b))
}

#[cfg(test)]
mod tests;
