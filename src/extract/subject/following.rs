//! The phrase after a figure: what it counts or measures when a noun follows it, past its
//! units and a partitive `از`, unless the words after it are its predicate.

use super::super::context;
use super::super::figure::Kind;
use super::super::lexicon;
use super::super::phrase::{self, Role};
use super::super::token::Tokens;
use super::super::words;
use super::{allowed, change_noun, change_verb_near, clause};

/// Dealing in a thing, which a price after the thing is the predicate of.
fn trade(w: &str) -> bool {
    matches!(w, "خرید" | "فروش" | "معامله" | "مبادله" | "داد")
}

/// Whether the words at `k` make a dealing noun before them the verb of a thing dealt in: `و
/// فروش` (`خرید و فروش می‌شود`), a passive or `رفتن` (`فروش رفت`, `معامله می‌شود`), not
/// `داشتن` or `کردن` (`۸ میلیارد تومان فروش داشت`: the sales are what is measured).
fn dealt(t: &Tokens, k: usize) -> bool {
    if phrase::role(t, k) == Role::Conj {
        return true;
    }
    if !matches!(phrase::role(t, k), Role::Verb | Role::Participle) {
        return false;
    }
    let w = match t.word(k) {
        "می" | "نمی" => t.word(k + 1),
        w => w,
    };
    let w = ["نمی", "می"]
        .iter()
        .find_map(|p| w.strip_prefix(p))
        .unwrap_or(w);
    ["شد", "شو", "رفت", "رو", "گردید"]
        .iter()
        .any(|stem| w.starts_with(stem))
}

/// A phrase after `به` that receives nothing: a measure or carrier before another number (`به
/// بهای ...`, `به میزان ...`) or a verbal noun its verb follows (`به فروش می‌رود`, `به خدمت گرفت`).
fn no_recipient(t: &Tokens, a: usize, b: usize) -> bool {
    let w = t.word(a);
    let verbal = trade(w) || matches!(w, "خدمت" | "مصرف" | "ثبت" | "تصویب" | "اجرا");
    let measure = clause::generic_measure(w) || clause::dummy(w);
    b == a + 1
        && ((measure && phrase::role(t, b) == Role::Number)
            || (verbal && matches!(phrase::role(t, b), Role::Verb | Role::Participle)))
}

/// The phrase after the figure, past a partitive `از` (`۲ هزار نفر از داوطلبان`). A change
/// with its verb is the predicate (`۷ درصد کاهش یافت`, `۲.۵ درصد ریزش قیمت داشت`): then the
/// subject is before the number. A share given to something names it (`۲۵ درصد به کشورهای
/// آسیای میانه`, `۱۰۰ میلیون دلار برای آب‌رسانی`).
pub(super) fn after(t: &Tokens, end: usize, kind: Kind) -> Option<(usize, usize)> {
    let mut j = if kind == Kind::Count {
        past_units(t, end)
    } else {
        end
    };
    // `یک کادریلیون (عدد یک با ۱۵ صفر) محاسبه`: an aside in brackets right after the number
    // explains it; what it counts comes after the aside.
    if kind == Kind::Count && t.punct(j) == Some('(') {
        if let Some(close) = (j + 1..j + 12).find(|&k| t.punct(k) == Some(')')) {
            // Not the unit of a number the brackets restate (`چهار میلیون (۴۰۰۰۰۰۰) ریال`).
            let unit = crate::extract::units::match_unit(t, close + 1).is_some();
            if phrase::role(t, close + 1) == Role::Noun && !unit {
                j = close + 1;
            }
        }
    }
    // A whole after `از` to take a part of: anything but a time (`از سال گذشته`) or a source
    // (`از محل`, `از طریق`).
    let whole = phrase::role(t, j + 1) == Role::Noun
        && !context::time_noun(t.word(j + 1))
        && !matches!(t.word(j + 1), "محل" | "طریق" | "سوی" | "جانب" | "سمت");
    // `۵۰ درصد از قراردادشان`: a share of it.
    let share_of = kind == Kind::Percent && whole;
    // `۸۰ هزار نفر از روستاییان`: people counted out of any group (not from among others).
    let people_of = kind == Kind::Count
        && end > 0
        && matches!(t.word(end - 1), "نفر" | "تن")
        && whole
        && !matches!(t.word(j + 1), "میان" | "بین");
    // `نیمی از سوخت باک`, `یک پنجم از درآمد`: a fraction is always a part of what follows.
    let fraction_of = end > 0
        && (t.word(end - 1) == "نیمی"
            || (end > 1
                && words::ordinal_word(t.word(end - 1)).is_some()
                && phrase::role(t, end - 2) == Role::Number))
        && whole;
    if t.word(j) == "از" && (partitive(t, j + 1) || share_of || people_of || fraction_of) {
        j += 1;
    }
    // `۹۸.۵ درصد کل درآمد`, `۸۷.۳ درصد از کل متوسط درآمد`: a share of the whole of something.
    if kind == Kind::Percent && matches!(t.word(j), "کل" | "تمام" | "همه") {
        if let Some((_, b)) = phrase::subject_forward(t, j + 1) {
            return Some((j, b));
        }
    }
    // `بارش‌ها ... ۸۵ درصد نرمال بوده`: a percent of the norm is a share of what the clause
    // is about, named before it.
    if kind == Kind::Percent
        && norm(t.word(j))
        && (phrase::role(t, j + 1) != Role::Noun || norm(t.word(j + 1)))
    {
        return None;
    }
    // `۲۱۰ دلار جریمه شدند`, `۱۷۰ مگاوات صرفه‌جویی خواهد شد`: the passive makes the amount
    // a fine or a saving; that is what it measures, not the people fined.
    if matches!(kind, Kind::Money | Kind::Measure)
        && matches!(t.word(j), "جریمه" | "صرفهجویی")
        && phrase::passive(t, j + 1)
    {
        return Some((j, j + 1));
    }
    let Some((a, b)) = phrase::subject_forward(t, j) else {
        let share = (matches!(kind, Kind::Percent | Kind::Money)
            && matches!(t.word(end), "به" | "برای")
            && t.word(end + 1) != "رقم")
            || (kind == Kind::Count && t.word(end) == "برای")
            || (kind == Kind::Duration && t.word(end) == "برای" && allowed(t, end));
        return if share {
            // `۲۲ هزار میلیاردی برای سال جاری`: a time is no share's recipient, nor a measure
            // (`با رشد ۱۰ دلاری به بهای ...`) or a verbal noun with its verb (`به فروش می‌رود`).
            phrase::subject_forward(t, end + 1)
                .filter(|&(a, _)| !context::time_noun(t.word(a)))
                .filter(|&(a, b)| !no_recipient(t, a, b))
        } else {
            None
        };
    };
    let lone = b == a + 1;
    // `به چهار سال زمان نیاز دارد`: time itself is no subject of a time; what needs it is.
    if kind == Kind::Duration && lone && matches!(t.word(a), "زمان" | "وقت") {
        return None;
    }
    let next = phrase::role(t, b);
    let verb_follows = matches!(next, Role::Verb | Role::Participle | Role::Infinitive);
    if change_noun(t.word(a))
        && (verb_follows
            || (lone && next != Role::Noun)
            || (kind != Kind::Count && change_verb_near(t, a)))
    {
        return None;
    }
    // `۱۰ میلیون مگاوات ساطع می‌کند`: a noun its light verb makes one verb is the predicate;
    // not a motion a distance or a speed measures (`۳۵ کیلومتر رانندگی کردند`).
    let motion = matches!(
        t.word(a),
        "رانندگی" | "حرکت" | "پرواز" | "سفر" | "پیادهروی" | "شنا"
    );
    if kind == Kind::Measure && lone && phrase::light(t, b) && !motion {
        return None;
    }
    // `به نرخ ۳۷۳۰ تومان خرید و فروش می‌شود`: dealing in it is the predicate; what is dealt in
    // stands before the price.
    if kind == Kind::Money && lone && trade(t.word(a)) && dealt(t, b) {
        return None;
    }
    Some((a, b))
}

/// What a quantity is compared with when it is given as a percent of it: the norm, the
/// average.
fn norm(w: &str) -> bool {
    matches!(w, "نرمال" | "متوسط" | "میانگین" | "معمول" | "بلندمدت")
}

/// Past a unit of measure after a count that did not take it (`۳ اونس بوقلمون`, `۱۵ میلی
/// گرم ویتامین`): a unit is never a subject, what is measured in it is. Not past a unit of
/// time or money (`۹ هزار نفر ساعت`, `۷۷ هزار تن سال گذشته`).
fn past_units(t: &Tokens, mut j: usize) -> usize {
    for _ in 0..2 {
        let unit = crate::extract::units::match_unit(t, j)
            .filter(|m| m.end > j && m.unit.kind == Kind::Measure);
        if let Some(m) = unit {
            j = m.end;
        } else if measure_word(t.word(j)) && phrase::role(t, j + 1) == Role::Noun {
            // `میلی آمپر`: a prefix goes only before a unit the table knows.
            if prefix(t.word(j)) && crate::extract::units::match_unit(t, j + 1).is_none() {
                break;
            }
            j += 1;
        } else {
            break;
        }
    }
    j
}

fn prefix(w: &str) -> bool {
    matches!(w, "میلی" | "میکرو" | "کیلو")
}

/// Measures of food and doses the unit table does not weigh (a figure before one is a bare
/// count) and the prefixes of units written apart (`میلی گرم`).
fn measure_word(w: &str) -> bool {
    matches!(
        w,
        "اونس"
            | "فنجان"
            | "قاشق"
            | "پیمانه"
            | "لیوان"
            | "میلی"
            | "میکرو"
            | "کیلو"
            | "سیسی"
    )
}

/// `۲ هزار نفر از داوطلبان`, `۳۰ درصد از کل`: `از` takes a part of a plural or a whole, not a
/// starting point (`۲۱۵ مورد از زمان اجرا`).
fn partitive(t: &Tokens, k: usize) -> bool {
    // `از خودروهایش`: the possessive aside.
    let w = t.word(k);
    let w = lexicon::without_possessive(w).map_or(w, |n| &w[..n]);
    let plural = |suffix: &str| {
        w.strip_suffix(suffix)
            .is_some_and(|stem| !lexicon::classes(stem).is_empty())
    };
    matches!(w, "کل" | "مجموع" | "این" | "آن" | "همه" | "تمام")
        || plural("ان")
        || plural("یان")
        || plural("ات")
        || plural("ها")
        || plural("های")
        || matches!(t.word(k + 1), "ها" | "های")
}

#[cfg(test)]
mod tests {
    use super::super::tests::subject;

    #[test]
    fn an_amount_fined_or_saved_is_the_fine_or_the_saving() {
        let s = subject("متخلفین در بار اول ۲۱۰ دلار جریمه خواهند شد.", "۲۱۰");
        assert_eq!(s.as_deref(), Some("جریمه"));
        let s = subject("با این طرح جمعاً ۱۷۰ مگاوات صرفه‌جویی شد.", "۱۷۰");
        assert_eq!(s.as_deref(), Some("صرفه‌جویی"));
        // A future passive ends the phrase before it as the past does.
        let s = subject(
            "در زمینه پایاب سدها نیز ۹۰۰ میلیارد تومان هزینه خواهد شد.",
            "۹۰۰",
        );
        assert_eq!(s.as_deref(), Some("پایاب سدها"));
    }

    #[test]
    fn an_object_put_at_a_figure_is_named_without_the_place_it_is_in() {
        let s = subject(
            "فرماندار سردشت، نرخ بیکاری در این منطقه را ۲۳ درصد عنوان کرد.",
            "۲۳",
        );
        assert_eq!(s.as_deref(), Some("نرخ بیکاری"));
    }

    #[test]
    fn a_count_offered_as_an_alternative_shares_the_noun_after_the_other() {
        let s = subject("امیدوارم قایقرانی شش یا هفت مدال بگیرد.", "شش");
        assert_eq!(s.as_deref(), Some("مدال"));
        let s = subject("اکنون ۱۳ یا ۱۴ شرکت داریم.", "۱۳");
        assert_eq!(s.as_deref(), Some("شرکت"));
    }
}
