//! When a number word alone counts something: `یک` as a number or as "a" (`یک نفر کشته شد`
//! against `یک مقام گفت`), and counts that stand in a list or are set against each other.

use super::super::figure::Kind;
use super::super::units;
use super::super::words::{self, Lex};
use super::super::{context, lexicon, phrase};
use super::{prefix_word, Scanner};

/// How far, in tokens, the next item of a list of counts may come after `یک`: an item may
/// carry a measure (`یک سازه گابیون به حجم هزار و ۲۰۰ متر مکعب و ۹ سازه`).
const REACH_AFTER: usize = 16;
/// How far the item before `و یک` may start: just the count and its noun phrase (`دو
/// دستگاه خودرو پژو و یک دستگاه`).
const REACH_BEFORE: usize = 8;

impl Scanner<'_, '_> {
    /// A number in words on its own (no unit) is a figure only when it counts something;
    /// `یک` ("a") and `صفر` (`به صفر رسید`) never are, and `نه` ("no"), `سی` (the letter C),
    /// `ده` (village) and `شش` (lung) need a count noun.
    pub(super) fn lone_word_counts(&self, i: usize, end: usize, has_subject: bool) -> bool {
        let next = self.t.word(end);
        // `موتورهای دو زمانه`: two-stroke, a kind of engine.
        if next == "زمانه" {
            return false;
        }
        match self.t.word(i) {
            "یک" | "one" => self.counts_one(i, end),
            // `نیمی از مردم`: half of.
            "نیمی" => next == "از",
            "صفر" | "zero" => false,
            // `نه ... و نه`: neither ... nor.
            "نه" => context::classifier(next),
            // `ساعت ۱۰ و نیم`: the half of what came before, not a figure of its own.
            "نیم" => has_subject && !words::is_and(self.t, i.saturating_sub(1)),
            "سی" | "ده" => {
                context::classifier(next) || self.listed(i, end) || self.compared(i, end)
            }
            // `شش آنزیم` counts; `سرطان شش` is the lung.
            "شش" => {
                context::classifier(next)
                    || self.listed(i, end)
                    || (has_subject && !organ_of(prefix_word(self.t, i)))
            }
            // `هر دو تیم`: both; but `از هر هشت نفر یک نفر`: one in eight, and `هر سه متهم`:
            // all three, the copy counting them.
            // `دو ومیدانی`, running and field, is athletics (`دو و میدانی` has no subject).
            "دو" if next == "ومیدانی" => false,
            "دو" => has_subject && (prefix_word(self.t, i) != "هر" || self.one_in(i, end)),
            // `به ازای هر میلیون واحد`: per million.
            w if matches!(words::lookup(w), Some(Lex::Mult(_))) => {
                has_subject && prefix_word(self.t, i) != "هر"
            }
            _ => has_subject,
        }
    }

    /// `یک` is mostly "a" (`فقط یک شوخی`, `یک اتفاق دیگر`); it counts only where the text
    /// weighs the number: a hedge before it (`کمتر از یک ماه`), a span of time (`بعد از یک
    /// ساعت`), or other counts beside it (`یک شهرستان و پنج بخش`). `هر یک` is "each".
    pub(super) fn counts_one(&self, i: usize, end: usize) -> bool {
        let t = self.t;
        let prev = prefix_word(t, i);
        // `فراتر از یک بازی`: more than a mere game.
        if matches!(prev, "هر" | "each") || (i >= 2 && t.word(i - 2) == "فراتر") {
            return false;
        }
        let matched = units::match_unit(t, end);
        // `سفری یک روزه`, `دوره یک ماهه`: a span made an adjective is always one.
        // Not `یک روزی` ("some day"), nor the day-old chick sold as `جوجه یک روزه`.
        let made_adjective =
            (t.word(end).ends_with('ه') || t.word(end).ends_with("ای")) && prev != "جوجه";
        if made_adjective && matched.is_some_and(|m| m.unit.kind == Kind::Duration && m.adjectival)
        {
            return true;
        }
        let unit = matched.and_then(|m| (m.unit.kind == Kind::Duration).then_some(m.unit.code));
        // `یک ماه بستری بود`, `یک هفته به تعویق افتاد`: a week, a month or a year is a span
        // of time; `یک روز` and `یک ساعت` are as often "one day", "at one point".
        // `یک ماه پیش`: a time ago places an event, it counts no month. But `در یک دهه
        // گذشته`, `طی یک سال آینده` span the month or year looked over, as `دو دهه گذشته` does.
        let relative = matches!(t.word(end + 1), "پیش" | "قبل");
        let long_span = matches!(unit, Some(Some("week" | "month" | "year"))) && !relative;
        // `با یک ساعت تاخیر`, `یک ساعت زودتر`: a delay or a shift weighs the hour.
        let shifted = matches!(
            t.word(end + 1),
            "تاخیر" | "تأخیر" | "تاخير" | "زودتر" | "دیرتر" | "ديرتر"
        );
        let duration = unit.is_some();
        // `یک نفر کشته شد`, `تنها یک نفر`, `فقط یک نوبت`: one the copy counts.
        let only = matches!(prev, "تنها" | "فقط" | "only" | "just");
        // `یک سرباز سوری کشته و ۱۰ تن دیگر زخمی شدند`: one the toll counts, named by its noun.
        // Only the toll's own words: `آزاد`, `رها` and `شهید` are as often adjectives and
        // names (`منطقه آزاد`, `دانشگاه شهید بهشتی`).
        let toll = |w: &str| {
            matches!(
                w,
                "کشته" | "زخمی" | "مجروح" | "مصدوم" | "دستگیر" | "بازداشت" | "جانباخته"
            )
        };
        let victim = !matches!(t.word(end), "نفر" | "مقدار")
            && phrase::role(t, end) == phrase::Role::Noun
            && (end + 1..end + 3).any(|k| toll(t.word(k)));
        let person =
            (t.word(end) == "نفر" && (end + 1..end + 4).any(|k| casualty(t.word(k)))) || victim;
        let counted = only && (context::classifier(t.word(end)) || t.word(end) == "نوبت");
        // `یک فروند پهپاد`: aircraft and ships are counted by `فروند`, which no "a" takes.
        let vessel = t.word(end) == "فروند";
        // `با یک گل مغلوب شد`, `یک گل زد`: one goal.
        let goal = t.word(end) == "گل"
            && (matches!(prev, "با" | "تنها" | "فقط")
                || (end + 1..end + 4).any(|k| goal_verb(t.word(k))));
        // `حداقل یک جلسه`, `کمتر از یک ماه`, `بیش از یک نفر`: a hedge weighs the one. But
        // `بیش از`, `کمتر از` and `زیر` before `یک` and a noun that is no unit nor classifier
        // compare with "a" or stay vague (`بیشتر از یک سفیر نقش آفرید`, `کمتر از یک تار مو`,
        // `بیش از یک شغل`, `زیر یک سقف`).
        let weighed = units::match_unit(t, end).is_some()
            || context::classifier(t.word(end))
            || matches!(t.word(end), "بار" | "نوبت");
        let hedged = context::qualifier_before(t, i).is_some_and(|(_, k)| {
            weighed
                || !matches!(
                    t.word(k),
                    "بیش"
                        | "بیشتر"
                        | "کمتر"
                        | "فراتر"
                        | "زیر"
                        | "نزدیک"
                        | "more"
                        | "less"
                        | "fewer"
                )
        });
        hedged
            || long_span
            || (unit.is_some() && shifted)
            || person
            || counted
            || vessel
            || goal
            || (duration
                && matches!(prev, "از" | "طی" | "ظرف" | "مدت" | "after" | "for")
                && !described_day(t.word(end + 1)))
            || self.listed(i, end)
            || self.compared(i, end)
            || self.one_of_a_list(i, end)
    }

    /// Whether `یک` at `i`, counting the noun at `end`, is one item of a list of counts in its
    /// clause: `یک سازه به حجم ۷۵۰ متر مکعب و سه بند سنگی`, `۲ دستگاه خودرو شامل یک دستگاه
    /// پراید و یک دستگاه پژو`. The items are joined by `و` or `شامل` with no verb between
    /// them: a verb (`یک مقام گفت ۵ مقام دیگر`) makes two clauses, not a list. Two items of
    /// `یک` alone count only by a classifier (`یک نفر راوی و یک نفر روحانی`): `یک وزارتخانه
    /// ... و یک وزارتخانه` is "a ministry ... and a ministry".
    fn one_of_a_list(&self, i: usize, end: usize) -> bool {
        let t = self.t;
        let noun = t.word(end);
        let noun_at =
            |k: usize| phrase::role(t, k) == phrase::Role::Noun || context::match_result(t.word(k));
        if !noun_at(end) || units::match_unit(t, end).is_some() || indefinite(noun) {
            return false;
        }
        let item = |k: usize| {
            words::parse(t, k).is_some_and(|e| {
                let word = t.word(k);
                let counted = if e.lone_word && word == "یک" {
                    t.word(e.end) == noun && context::classifier(noun)
                } else {
                    units::match_unit(t, e.end).is_none()
                        && noun_at(e.end)
                        // `نه ... و نه`, `صد البته`: not numbers here.
                        && !(e.lone_word && matches!(word, "نه" | "سی" | "ده" | "صد" | "هزار"))
                };
                counted && !e.ordinal && !e.fraction && prefix_word(t, k) != "هر"
            })
        };
        // `دسته یک و دو`: numbers joined to each other are a name, not two items.
        let and = |k: usize| {
            words::is_and(t, k) && k > 0 && phrase::role(t, k - 1) != phrase::Role::Number
        };
        let clause = |k: usize| {
            !phrase::sentence_end(t, k)
                && !matches!(
                    phrase::role(t, k),
                    phrase::Role::Verb | phrase::Role::Participle
                )
        };
        // `۲ دستگاه خودرو شامل یک دستگاه`, `دو پیروزی و یک تساوی`.
        let before = i > 1
            && (and(i - 1) || t.word(i - 1) == "شامل")
            && (i.saturating_sub(REACH_BEFORE)..i - 1)
                .rev()
                .take_while(|&k| clause(k))
                .any(item);
        if before {
            return true;
        }
        // `یک سازه به حجم ۷۵۰ متر مکعب و سه بند`, `یک کودک، دو پلیس و سه غیرنظامی`: a comma
        // goes on with the list only before another item.
        for k in end + 1..(end + REACH_AFTER).min(t.len()) {
            if !clause(k) || (t.punct(k) == Some('،') && !item(k + 1)) {
                return false;
            }
            if and(k) && item(k + 1) {
                return true;
            }
        }
        false
    }

    /// Whether `یک` counts the noun of the number at `i..end` close by: `یک نفر از هر هشت نفر`.
    fn one_in(&self, i: usize, end: usize) -> bool {
        let t = self.t;
        let noun = t.word(end);
        let one = |k: usize| t.word(k) == "یک" && t.word(k + 1) == noun;
        let sentence = |k: &usize| !phrase::sentence_end(t, *k);
        (i.saturating_sub(4)..i).rev().take_while(sentence).any(one)
            || (end + 1..(end + 4).min(t.len()))
                .take_while(sentence)
                .any(one)
    }

    /// Whether the noun the number at `i..end` counts is counted again close by, the two set
    /// against each other (`یک نمونه در برابر ده نمونه`, `از هر ۱۰ نمونه، یک نمونه`, `یک نفر
    /// از ۱۲ نفر`): then each is a count. Not two mentions side by side (`یک مقام گفت ۵ مقام
    /// دیگر`).
    fn compared(&self, i: usize, end: usize) -> bool {
        let t = self.t;
        let noun = t.word(end);
        if noun.is_empty() || context::stopword(noun) {
            return false;
        }
        let counts_noun = |k: usize| {
            k != i
                && t.word(k + 1) == noun
                && (t.word(k) != "یک" || t.word(i) != "یک")
                && words::parse(t, k).is_some_and(|e| e.end == k + 1)
        };
        let set_against = |a: usize, b: usize| {
            (a.saturating_sub(2)..b).any(|k| {
                matches!(
                    t.word(k),
                    "برابر" | "مقابل" | "نسبت" | "هر" | "ازای" | "از" | "versus" | "of"
                )
            })
        };
        let near =
            |k: usize| (k.abs_diff(i) <= 7) && counts_noun(k) && set_against(k.min(i), k.max(i));
        let sentence = |k: &usize| !phrase::sentence_end(t, *k);
        (i.saturating_sub(7)..i)
            .rev()
            .take_while(sentence)
            .any(near)
            || (end + 1..(end + 7).min(t.len()))
                .take_while(sentence)
                .any(near)
    }

    /// Whether the count at `i..end` stands in a list of counts: `۱۳ برد و شش تساوی`.
    pub(super) fn listed(&self, i: usize, end: usize) -> bool {
        let t = self.t;
        let after = phrase::forward(t, end).map_or(end, |(_, b)| b);
        // `۱۰ ورزشکار مرد و شش ورزشکار زن`: a number counting a noun, up to three words,
        // then `و` (not an amount: `۳۰ میلیون درهم و یک شرکت`).
        let counts_noun = |k: usize| {
            t.digits(k).is_some()
                && units::match_unit(t, k + 1).is_none()
                && !matches!(words::lookup(t.word(k + 1)), Some(Lex::Mult(_)))
        };
        let counted_before = i >= 3
            && words::is_and(t, i - 1)
            && (i.saturating_sub(5)..i - 2)
                .rev()
                .take_while(|&k| t.digits(k).is_some() || !t.word(k).is_empty())
                .any(counts_noun);
        let count_after = after > end
            && words::is_and(t, after)
            && words::parse(t, after + 1)
                .is_some_and(|e| !e.lone_word || t.word(after + 1) != "یک");
        counted_before || count_after
    }
}

/// A noun with the indefinite ending after `یک` (`یک اتفاقی`, `یک موضوعی`): "a certain", no
/// count. Only where the lexicon knows the noun without the ending and not with it.
fn indefinite(noun: &str) -> bool {
    noun.strip_suffix('ی').is_some_and(|stem| {
        lexicon::classes(noun).is_empty() && lexicon::classes(stem).has(lexicon::Classes::NOUN)
    })
}

/// What a goal does in a match report: `یک گل زد`, `با یک گل مغلوب شد`.
fn goal_verb(word: &str) -> bool {
    matches!(
        word,
        "زد" | "زده"
            | "زدند"
            | "خورد"
            | "خورده"
            | "دریافت"
            | "مغلوب"
            | "شکست"
            | "پیروز"
            | "برد"
    )
}

/// A word of illness or care that `شش` (lung) follows: `سرطان شش`, `پیوند شش`.
fn organ_of(word: &str) -> bool {
    matches!(
        word,
        "سرطان"
            | "بیماری"
            | "بیماریهای"
            | "عفونت"
            | "آسیب"
            | "پیوند"
            | "عملکرد"
            | "ظرفیت"
            | "بافت"
            | "درگیری"
            | "التهاب"
            | "تومور"
            | "نارسایی"
            | "قلب"
            | "و"
    )
}

/// What befalls persons counted one by one: `یک نفر کشته شد`, `یک نفر از زندانیان آزاد شد`.
fn casualty(word: &str) -> bool {
    context::harm(word)
        || matches!(
            word,
            "جانباخت"
                | "غرق"
                | "اعدام"
                | "آزاد"
                | "عفو"
                | "نجات"
                | "رها"
                | "released"
                | "freed"
                | "killed"
                | "injured"
                | "wounded"
                | "dead"
                | "arrested"
        )
}

/// A word that places a span of time from now (`۵۰ سال اخیر`, `یک ماه آینده`, `دو سال پیش`):
/// the span is measured back or forward, not named.
pub(super) fn relative_time(word: &str) -> bool {
    matches!(word, "آینده" | "گذشته" | "اخیر" | "پیش" | "قبل")
}

/// `پس از یک روز پرتنش`: "after a tense day", a day described, not a span weighed.
fn described_day(word: &str) -> bool {
    let full = word
        .strip_prefix("پر")
        .is_some_and(|rest| rest.chars().count() >= 3);
    let classes = lexicon::classes(word);
    full || (classes.has(lexicon::Classes::ADJ) && !classes.has(lexicon::Classes::NOUN))
}

#[cfg(test)]
mod tests {
    use super::super::values;

    #[test]
    fn one_set_against_another_count_is_a_count() {
        assert_eq!(values("یک فوتون در برابر ده فوتون"), [1.0, 10.0]);
        assert_eq!(values("از هر هشت نفر یک نفر مبتلا است"), [8.0, 1.0]);
        assert_eq!(values("یک نمونه از پنج نمونه آلوده بود"), [1.0, 5.0]);
        // Two mentions of a noun side by side set nothing against each other.
        assert_eq!(values("یک مقام گفت ۵ مقام دیگر می‌آیند"), [5.0]);
    }

    #[test]
    fn one_aircraft_or_ship_is_a_count() {
        assert_eq!(values("یک فروند پهپاد جاسوسی سرنگون شد"), [1.0]);
        assert_eq!(values("سوخت قاچاق از یک فروند شناور کشف شد"), [1.0]);
    }

    #[test]
    fn one_in_a_list_of_counts_is_a_count() {
        assert_eq!(
            values("دو دستگاه خودرو شامل یک دستگاه سواری و یک دستگاه وانت توقیف شد"),
            [2.0, 1.0, 1.0]
        );
        assert_eq!(
            values("یک سازه سنگی به حجم ۴۰۰ متر مکعب و سه بند خاکی ساخته شد"),
            [1.0, 400.0, 3.0]
        );
        assert_eq!(values("این تیم دو پیروزی و یک تساوی دارد"), [2.0, 1.0]);
        // "a ministry ... and a ministry", "a bus, one dead": no list of counts.
        assert!(values("یک وزارتخانه صنعت و یک وزارتخانه کشاورزی داریم").is_empty());
        assert_eq!(values("در مسیر یک اتوبوس در کابل، ۳ زخمی شدند"), [3.0]);
    }

    #[test]
    fn more_or_less_than_one_weighs_only_a_unit_or_a_classifier() {
        // "more than an envoy", "thinner than a hair", "more than one job": no figure.
        assert!(values("او در این ماجرا بیشتر از یک سفیر کار کرد").is_empty());
        assert!(values("این لایه کمتر از یک تار مو ضخامت دارد").is_empty());
        assert!(values("داشتن بیش از یک شغل ممنوع است").is_empty());
        assert_eq!(values("پاسخ در کمتر از یک روز آمد"), [1.0]);
        assert_eq!(values("بیش از یک نفر زخمی شد"), [1.0]);
        assert_eq!(values("نماینده نباید بیش از یک بار نطق کند"), [1.0]);
        assert!(values("همه زیر یک سقف زندگی می‌کنند").is_empty());
        assert_eq!(values("هر عضو حداقل یک جلسه در ماه دارد"), [1.0]);
    }
}
