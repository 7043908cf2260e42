//! What follows a number read decides its figure: a unit (and the compound it may start,
//! `۳۵۸ تن و ۲۷۰ کیلوگرم`), a currency sign, a classifier or a counted noun.

use super::super::figure::Kind;
use super::super::phrase::{self, Role as WordRole};
use super::super::token::Tokens;
use super::super::units::{self, Role};
use super::super::words::{self, NumExpr};
use super::super::{calendar, context};
use super::{cents, counts, ones, Found, Scanner};

impl Scanner<'_, '_> {
    /// `۲ میلیون ۸۰۰ هزار تومان`, `۲۴ میلیون ۵۱۲ هزار و ۴۰۴ نفر`: a smaller scale step after
    /// a million or more, typed without `و`, goes on into one amount when what it measures
    /// follows; a table row has the same shape as two cells (`۵۰ میلیون ۶۰۰ هزار درختی`: a
    /// deposit, then a rent), so the value and end stay as they were without it.
    pub(super) fn unjoined_step(&self, e: &NumExpr, value: f64, end: usize) -> (f64, usize) {
        let t = self.t;
        if e.tail_mult < 1e6 || end != e.end || e.ordinal || e.fraction {
            return (value, end);
        }
        match words::parse(t, end) {
            Some(e2)
                if e2.has_word
                    && !e2.bare_mult
                    && (1e3..e.tail_mult).contains(&e2.value)
                    && !e2.ordinal
                    && !e2.fraction
                    && super::measured_at(t, e2.end) =>
            {
                (value + e2.value, e2.end)
            }
            _ => (value, end),
        }
    }

    /// The number read, what follows it decides the figure: a unit, a currency sign, a
    /// classifier or a counted noun, or nothing (then it may be a year, or no figure).
    pub(super) fn quantity(
        &mut self,
        i: usize,
        e: &NumExpr,
        mut found: Found,
        currency: Option<&'static str>,
    ) -> usize {
        let t = self.t;
        let end = found.end;
        // `یک تا دو روز`: one opening a range is no article.
        let lone_yek = e.lone_word && matches!(t.word(i), "یک" | "one") && found.max.is_none();
        match units::match_unit(t, end) {
            Some(m)
                if m.unit.role == Role::TonneOrPerson
                    && !self.mass_follows(m.end)
                    && context::ton_is_persons(t, i, end, || self.context.cues().goods) =>
            {
                found.end = m.end;
            }
            Some(m) if m.unit.kind == Kind::Duration && self.year_named_before(i, e, m.end) => {
                return self.counted(i, e, found);
            }
            // `نسبت به سال ٩٦ برابر ۵,۶۸۴ تومان`: before another number `برابر` says "equal to";
            // after `سال` the number is the year.
            Some(m)
                if m.unit.code == Some("times")
                    && i > 0
                    && t.word(i - 1) == "سال"
                    && words::parse(t, m.end).is_some() =>
            {
                return self.counted(i, e, found);
            }
            // `۷۳ هزار میلیاردی سال گذشته`: after a scale made an adjective, a time word
            // places the amount (last year's 73 trillion); it is no unit of it.
            Some(m)
                if m.unit.kind == Kind::Duration && counts::scale_adjective(t.word(end - 1)) =>
            {
                return self.counted(i, e, found);
            }
            Some(m) if m.unit.code == Some("c") && self.coordinate_end(i, m.end).is_some() => {
                return self.coordinate_end(i, m.end).unwrap_or(m.end);
            }
            Some(m) => {
                let counted = match m.unit.kind {
                    // `یک دلار آمریکا ۹۲۲۸`: one of a currency a rate table prices.
                    Kind::Money if lone_yek && self.rate_after(m.end).is_some() => false,
                    // `یک فنجان از آن صدها تن وزن دارد`, `یک قران هم نگرفت`: "a cupful", "a penny".
                    Kind::Measure | Kind::Money if lone_yek && units::loose_after_one(m.unit) => {
                        self.counts_one(i, end)
                    }
                    // `یک سنت هم نداد`: "not a penny", unless dollars are spoken of beside it.
                    Kind::Money if lone_yek && m.unit.role == Role::Times(-2) => {
                        self.currency_near(i)
                    }
                    Kind::Percent | Kind::Money | Kind::Measure => true,
                    // `یک ساعت، ۳۲ دقیقه و ۳۷ ثانیه`: the hour of a compound time counts.
                    Kind::Duration => {
                        self.counts_one(i, end)
                            || ((words::is_and(t, m.end) || t.punct(m.end) == Some('،'))
                                && t.digits(m.end + 1).is_some())
                    }
                    _ => false,
                };
                if lone_yek && !counted {
                    return m.end;
                }
                if let Role::Times(power) = m.unit.role {
                    let scale = 10f64.powi(i32::from(power));
                    found.value *= scale;
                    found.max = found.max.map(|x| x * scale);
                    found.scale = scale;
                }
                found.kind = m.unit.kind;
                found.unit = m.unit.code;
                // `۶ درجه زیر صفر`: degrees below zero.
                if m.unit.code == Some("c") && t.word(m.end) == "زیر" && t.word(m.end + 1) == "صفر"
                {
                    found.value = -found.value;
                    found.max = found.max.map(|x| -x);
                }
                if m.unit.code == Some("barrel") && per_day(t, i, m.end) {
                    found.unit = Some("bpd");
                }
                if m.unit.role == Role::Times(-2) {
                    found.unit = self.cents_of(i).or(found.unit);
                }
                // `۶ امتیاز از ما کسر شود`, `داور ۲ امتیاز به او داد`: points given or taken
                // are counted; a standing (`با ۴۵ امتیاز صدرنشین`) is a score.
                if found.kind == Kind::Score && self.points_counted(i, m.end) {
                    found.kind = Kind::Count;
                }
                found.end = m.end;
                found.adjectival = m.adjectival;
                if self.and_a_half(&mut found) {
                    let end = found.end;
                    self.emit(found);
                    return end;
                }
                let cents = |u: &units::Unit| cents::part_of(u, m.unit.code);
                let compound = found.kind == Kind::Duration
                    || self.mass_follows(m.end)
                    || (found.kind == Kind::Money && self.smaller_follows(m.end, cents));
                if compound && !m.adjectival && found.max.is_none() {
                    let unit_end = found.end;
                    self.compound(&mut found);
                    if found.end > unit_end {
                        let end = found.end;
                        self.emit(found);
                        return end;
                    }
                }
            }
            None if currency.is_some() => {
                found.kind = Kind::Money;
                found.unit = currency;
            }
            // "a magnitude 5.4 earthquake": the scale named before the number.
            None if i > 0 && t.word(i - 1) == "magnitude" => {
                found.kind = Kind::Measure;
                found.unit = Some("richter");
                found.start = found.start.min(i - 1);
            }
            // `با امتیاز ۳۰`: a standing in a league table.
            None if i > 0 && t.word(i - 1) == "امتیاز" => {
                found.kind = Kind::Score;
                found.start = found.start.min(i - 1);
            }
            None => return self.counted(i, e, found),
        }
        self.emit(found);
        end
    }

    /// Whether `سال` before the number makes it a year though a time unit follows: `سال ۹۸
    /// سال سختی بود` ("98 was a hard year"), `در سال ۲۰۱۸ روز به روز ...`. Not a span inside
    /// a year (`هر سال ۲۰ روز`, `در سال ۳۰۰ روز`: two digits take only «سال» after them) nor
    /// the span of a superlative (`گرم‌ترین سال ۵۰ سال اخیر`). `unit_end`: where the time unit
    /// ends.
    fn year_named_before(&self, i: usize, e: &NumExpr, unit_end: usize) -> bool {
        let t = self.t;
        let Some(lit) = e.literal.filter(|l| l.plain() && !e.has_word) else {
            return false;
        };
        if i == 0 || t.word(i - 1) != "سال" || t.glued(i - 1) {
            return false;
        }
        let before = if i >= 2 { t.word(i - 2) } else { "" };
        let span_of = before == "هر" || before.ends_with("ترین");
        let unit = t.word(unit_end - 1);
        let year = match lit.int_len {
            2 => e.value >= 10.0 && unit == "سال" && !ones::relative_time(t.word(unit_end)),
            4 => calendar::bare_year(e.value),
            _ => false,
        };
        year && !span_of
    }

    /// Whether a smaller mass is joined on at `k` (`۳۵۸ تن و ۲۷۰ کیلوگرم`): then `تن` is
    /// tonnes and the two are one weight.
    pub(super) fn mass_follows(&self, k: usize) -> bool {
        self.smaller_follows(k, |u| matches!(u.code, Some("kg" | "g" | "mg")))
    }

    /// Whether a number in a smaller unit is joined on at `k`, the unit as `smaller` wants.
    pub(super) fn smaller_follows(&self, k: usize, smaller: impl Fn(&units::Unit) -> bool) -> bool {
        let t = self.t;
        words::is_and(t, k)
            && words::parse(t, k + 1).is_some_and(|e| {
                (e.literal.is_some() || e.has_word)
                    && units::match_unit(t, e.end).is_some_and(|m| smaller(&m.unit))
            })
    }
}

/// Whether barrels read at `i..unit_end` are a daily rate, as oil output, exports and cuts are
/// told: `روزانه ۲۳۸ هزار بشکه`, `۵ میلیون بشکه نفت در روز`, `در روز بالای ۱۰ میلیون بشکه`,
/// `۵.۷ میلیون بشکه روزانه`. The cue may stand a few words off, across a hedge (`روزانه تا
/// سقف`) or the goods (`بشکه نفت خام در روز`), but not across punctuation, another number, a
/// verb or `و` (`۲ میلیون بشکه در روز است و ۴۰۰ هزار بشکه ذخیره شد`).
fn per_day(t: &Tokens, i: usize, unit_end: usize) -> bool {
    /// Words between the cue and the number, or the unit and the cue.
    const NEAR: usize = 3;
    let plain = |k: &usize| {
        *k < t.len()
            && t.punct(*k).is_none()
            && t.digits(*k).is_none()
            && !matches!(phrase::role(t, *k), WordRole::Verb | WordRole::Conj)
    };
    let daily = |k: usize| match t.word(k) {
        "روزانه" => true,
        // `در روز`, `هر روز`, not a day named (`در روز جمعه`, `در روز گذشته`).
        "روز" => {
            let next = t.word(k + 1);
            k > 0
                && matches!(t.word(k - 1), "در" | "هر")
                && (k + 1 == i
                    || (plain(&(k + 1))
                        && !context::day_or_time_of_day(next)
                        && !ones::relative_time(next)
                        && calendar::month(next).is_none()
                        && words::lookup(next).is_none()))
        }
        _ => false,
    };
    let before = (i.saturating_sub(NEAR)..i)
        .rev()
        .take_while(plain)
        .any(daily);
    before || (unit_end..unit_end + NEAR + 1).take_while(plain).any(daily)
}
