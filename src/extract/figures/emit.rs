//! A figure found becomes a [`Figure`]: its hedge, its subject and their offsets, and what it
//! shares with the figures around it (a unit, a subject).

use super::super::context;
use super::super::figure::{Figure, Kind};
use super::super::lexicon;
use super::super::phrase;
use super::super::subject;
use super::super::token::Tokens;
use super::super::words;
use super::{tidy, Found, Scanner};

impl Scanner<'_, '_> {
    pub(super) fn emit(&mut self, f: Found) {
        let t = self.t;
        let (Some(first), Some(last)) =
            (t.get(f.start), f.end.checked_sub(1).and_then(|k| t.get(k)))
        else {
            return;
        };
        let mut start_tok = f.start;
        let mut qualifier = None;
        if f.hedge
            && !matches!(
                f.kind,
                Kind::Year | Kind::Date | Kind::Ordinal | Kind::Score
            )
        {
            // `حداکثر برای ۲ روز`, `حداقل به ۳ نفر`, `تقریباً هر ۱۱ سال`: a one-word hedge
            // before a preposition or "every".
            let across = f.start >= 2 && matches!(t.word(f.start - 1), "برای" | "به" | "در" | "هر");
            let hedge = context::qualifier_before(t, f.start).or_else(|| {
                across
                    .then(|| context::qualifier_before(t, f.start - 1))
                    .flatten()
                    .filter(|&(_, at)| at + 2 == f.start)
            });
            if let Some((q, at)) = hedge.or_else(|| self.hedge_apart(&f)) {
                qualifier = Some(q);
                start_tok = at;
            }
        }
        let start_char = t.get(start_tok).map_or(first.char_start, |x| x.char_start);
        let target = subject::Target {
            start: f.start,
            end: f.end,
            kind: f.kind,
            unit: f.unit,
            adjectival: f.adjectival,
        };
        let subject = subject::find(t, &target)
            .map(|np| subject::with_name(t, np, &target))
            .and_then(|(a, b)| subject_text(t, a, b));
        let mut figure = Figure {
            value: tidy(f.value),
            max: f.max.map(tidy),
            kind: f.kind,
            unit: f.unit,
            qualifier,
            subject: subject.as_ref().map(|s| s.0.to_string()),
            subject_start: subject.map(|s| s.1),
            subject_end: subject.map(|s| s.2),
            text: t.slice(start_tok, f.end).to_string(),
            field: self.field,
            start: start_char,
            end: last.char_end,
        };
        figure = self.inherit_result(figure, start_tok, f.end);
        let guessed = figure.subject.is_none();
        if guessed {
            let guess = subject::fallback(t, &target)
                .map(|np| subject::with_name(t, np, &target))
                .and_then(|(a, b)| subject_text(t, a, b));
            if let Some((text, a, b)) = guess {
                figure.subject = Some(text.to_string());
                figure.subject_start = Some(a);
                figure.subject_end = Some(b);
            }
        }
        let figure = self.restated_in_brackets(figure, start_tok);
        let figure = self.share_unit(figure, f.start, f.scale);
        let figure = self.more_of_the_same(figure, f.end);
        self.out.push(figure);
        self.spans.push((start_tok, f.end));
        self.bare.push(f.bare);
        self.placed.push(subject::places_in_time(t, &target));
        self.guessed.push(guessed);
    }

    /// `متوسط درآمد خانوارها در سال ۲۰۱۶ برابر با ۵۹ هزار دلار`: a date that only places
    /// another quantity of its clause in time is that quantity's coordinate, and names what
    /// the quantity names (the year of the income), not a phrase of its own. With several
    /// quantities (`از ۱۱.۸۶ میلیون تن در سال ۱۳۹۰ به ۱۷.۷ میلیون تن در سال ۱۳۹۷`) it is the
    /// coordinate of the nearest; a date bounding the period one gathered over (`از سال ۲۰۰۴
    /// ... چهار مورد قحطی`) names it too. A point of reference is no coordinate (see
    /// [`subject::places_in_time`]).
    pub(super) fn name_coordinates(&mut self) {
        for k in 0..self.out.len() {
            if !self.placed[k] {
                continue;
            }
            let (from, to) = self.spans[k];
            let (a, b) = subject::clause_span(self.t, from, to);
            let before = (0..k).rev().take_while(|&j| self.spans[j].1 > a);
            let after = (k + 1..self.out.len()).take_while(|&j| self.spans[j].0 < b);
            let gap = |j: usize| {
                let (s, e) = self.spans[j];
                if e <= from {
                    from - e
                } else {
                    s.saturating_sub(to)
                }
            };
            let nearest = if self.out[k].kind == Kind::Duration {
                self.opened_by(k, after)
            } else {
                after
                    .chain(before)
                    .filter(|&j| self.measured(j) && self.out[j].subject.is_some())
                    .min_by_key(|&j| gap(j))
            };
            let Some(q) = nearest else {
                continue;
            };
            let (subject, start, end) = (
                self.out[q].subject.clone(),
                self.out[q].subject_start,
                self.out[q].subject_end,
            );
            let f = &mut self.out[k];
            f.subject = subject;
            f.subject_start = start;
            f.subject_end = end;
        }
    }

    /// `در سه سال گذشته هند ۱۳ قرارداد امضا کرد`: a period looked back over is the coordinate
    /// of the amount it opens, the next figure of its clause a few words on, when that amount
    /// names something found after the period rather than guessed. An amount before the
    /// period is mostly a record or a share set in it (`بالاترین رقم در ۱۵ ماه اخیر`); one
    /// further on, or past a «و», belongs to another clause (`... داشته و ...`).
    fn opened_by(&self, k: usize, mut after: impl Iterator<Item = usize>) -> Option<usize> {
        let j = after.next()?;
        let f = &self.out[j];
        let (from, to) = (self.spans[k].1, self.spans[j].0);
        let near = to <= from + 6 && !(from..to).any(|i| words::is_and(self.t, i));
        let named_after = f.subject_start.is_some_and(|s| s >= self.out[k].end);
        // `در ۲۴ ساعت گذشته، ۱۲۱ بیمار جان باختند`: a count of the noun right after it is
        // the clause's amount too, as a count by a classifier is; not one a preposition
        // places (`ظرف ۲۲ روز گذشته در ۵۰ ایالت`, `طی دو سال اخیر میان دو کشور`).
        let counted_noun = f.kind == Kind::Count
            && self.t.get(self.spans[j].1).map(|tok| tok.char_start) == f.subject_start
            && !(from..to).any(|i| phrase::role(self.t, i) == phrase::Role::Prep);
        let amount = self.measured(j) || counted_noun;
        // `ثروت او طی یک سال ۳۰ درصد افزایش داشته`: a share or a sum right after the span
        // is its amount, whatever it names.
        let next = to == from && f.kind != Kind::Count;
        (near && (named_after || next) && !self.guessed[j] && amount).then_some(j)
    }

    /// Whether figure `k` is what its clause measures, to which a date there is only a
    /// coordinate: an amount in a unit (`۸۳ میلیون تن`, `۵۲ درصد`), or a count by a
    /// classifier, a scale or `تعداد` (`۱۸۰۰ دستگاه`, `دو میلیون نفر`), not the incidental
    /// number of an event (`توسط دو فضانورد آزمایش شد`) nor an adjective (`جت ۸۸ میلیون
    /// دلاری`).
    fn measured(&self, k: usize) -> bool {
        let t = self.t;
        let (start, end) = self.spans[k];
        let last = t.word(end - 1);
        if last.ends_with('ی') && !context::classifier(last) {
            return false;
        }
        match self.out[k].kind {
            Kind::Percent | Kind::Money | Kind::Measure => true,
            Kind::Count => {
                let scaled = (start..end)
                    .any(|j| matches!(words::lookup(t.word(j)), Some(words::Lex::Mult(_))));
                let counted = (start..=end).any(|j| context::classifier(t.word(j)));
                let numbered = start > 0 && matches!(t.word(start - 1), "تعداد" | "شمار");
                scaled || counted || numbered
            }
            _ => false,
        }
    }

    /// A figure apposed to the one before (`معادل ۱.۲۸ درصد`) names what it names; so do set
    /// scores after a result (`روسیه ۳ - صفر چین (۲۵-۲۳، ۲۵-۲۳ و ۲۸-۲۶)`) and a change in
    /// brackets after a price.
    pub(super) fn inherit_result(&self, mut f: Figure, start: usize, end: usize) -> Figure {
        let t = self.t;
        // `با افزایش ۵۲۰۲ واحدی معادل ۱.۲۸ درصد`: the same change in other terms; `۲۸ ژوئن تا
        // ۶ جولای (۷ تا ۱۵ تیر)`: the same date in the other calendar.
        let dates = |k: Kind| matches!(k, Kind::Date | Kind::Year);
        let right_after = self
            .spans
            .last()
            .is_some_and(|&(_, prev_end)| prev_end + 1 == start);
        let in_brackets = start > 0 && t.punct(start - 1) == Some('(');
        let restated = in_brackets
            && dates(f.kind)
            && self.out.last().is_some_and(|p| dates(p.kind))
            && right_after;
        // `رده‌های دوم و سوم`: an ordinal listed after another ranks the same thing.
        let ranked_too = f.kind == Kind::Ordinal
            && f.subject.is_none()
            && start > 0
            && (words::is_and(t, start - 1) || t.punct(start - 1) == Some('،'))
            && self.out.last().is_some_and(|p| p.kind == Kind::Ordinal)
            && right_after;
        // `۱۰۴۲۲ واحد افزایش معادل ۱.۶۲ درصد`: right after the figure it restates, not a
        // figure further back (`۲۸ هزار دلار در سال (معادل ۹۸.۵ درصد کل درآمد)`, a sentence before).
        let next_to_last = self
            .spans
            .last()
            .is_some_and(|&(_, prev_end)| start <= prev_end + 3);
        // `در سال ۲۰۲۴ ... عضو شود. درآمد سرانه معادل ۱۰ هزار دلار`: an amount or a span
        // restates no date, nor a date an amount; a date restates a span (`تا ۱۰ روز دیگر یعنی
        // ۲۷ ژوئن`).
        let same_kind = self.out.last().is_some_and(|p| {
            dates(p.kind) == dates(f.kind) || (p.kind == Kind::Duration && dates(f.kind))
        });
        // `۴ میلیون تومان (۵۰ هزار تومان افزایش نسبت به دیروز)`: the change in brackets right
        // after a price is the change of what the price names.
        let change_in_brackets = in_brackets
            && matches!(f.kind, Kind::Money | Kind::Percent)
            && right_after
            && self.out.last().is_some_and(|p| p.kind == Kind::Money)
            && subject::change_noun(t.word(end));
        let apposed =
            start > 0 && matches!(t.word(start - 1), "معادل" | "یعنی") && next_to_last && same_kind
                || restated
                || ranked_too
                || change_in_brackets;
        if apposed {
            if let Some(prev) = self.out.last() {
                f.subject.clone_from(&prev.subject);
                f.subject_start = prev.subject_start;
                f.subject_end = prev.subject_end;
            }
            return f;
        }
        if f.kind != Kind::Score || f.subject.is_some() {
            return f;
        }
        let Some((prev, &(_, prev_end))) = self.out.last().zip(self.spans.last()) else {
            return f;
        };
        // After the result, maybe the other side's name, then the bracket; or the set before.
        let opened = (prev_end..start).any(|k| t.punct(k) == Some('('));
        let next_set =
            (prev_end..start).all(|k| matches!(t.punct(k), Some('،' | ',')) || words::is_and(t, k));
        let listed = (prev_end..start)
            .all(|k| matches!(t.punct(k), Some('(' | '،' | ',')) || !t.word(k).is_empty());
        // Checked: a figure may begin inside the one before it (`۲۴ امتیاز نیم`).
        let near = start.checked_sub(prev_end).is_some_and(|gap| gap <= 8);
        if prev.kind == Kind::Score && (opened || next_set) && listed && near {
            f.subject.clone_from(&prev.subject);
            f.subject_start = prev.subject_start;
            f.subject_end = prev.subject_end;
        }
        f
    }

    /// `حدود ۳ اونس (۸۵ گرم) بوقلمون`: an amount restated in other units in brackets is the
    /// same amount, hedged as the first; what follows the bracket is what both measure (the
    /// first took the bracket's unit for its subject).
    fn restated_in_brackets(&mut self, mut f: Figure, start: usize) -> Figure {
        let t = self.t;
        let Some((prev, &(_, prev_end))) = self.out.last_mut().zip(self.spans.last()) else {
            return f;
        };
        let restated = start > 0
            && t.punct(start - 1) == Some('(')
            && prev_end + 1 == start
            && prev.kind == f.kind
            && matches!(f.kind, Kind::Measure | Kind::Money)
            && prev.unit != f.unit;
        if !restated {
            return f;
        }
        if f.qualifier.is_none() {
            f.qualifier = prev.qualifier;
        }
        let inside = prev
            .subject_start
            .is_some_and(|a| a >= f.start && a < f.end);
        if inside && f.subject.is_some() {
            prev.subject.clone_from(&f.subject);
            prev.subject_start = f.subject_start;
            prev.subject_end = f.subject_end;
        }
        f
    }

    /// `۲۰۰ هزار تن دیگر`: more of what the last figure in that unit measured.
    pub(super) fn more_of_the_same(&self, mut f: Figure, end: usize) -> Figure {
        if self.t.word(end) != "دیگر" || f.unit.is_none() {
            return f;
        }
        if let Some(prev) = self.out.iter().rev().find(|p| p.unit == f.unit) {
            if prev.subject.is_some() {
                f.subject.clone_from(&prev.subject);
                f.subject_start = prev.subject_start;
                f.subject_end = prev.subject_end;
            }
        }
        f
    }

    /// `۲۵۰، ۳۰۰ و ۴۲۰ متر مربع`, `۱۲،۹ درصد`: bare numbers listed right before a figure
    /// with a unit take that unit and the power of ten it carries (`۲۰، ۱۰ و ۵ سنتی` are 0.2,
    /// 0.1 and 0.05), and a hedge before the first of them hedges them all
    /// (`حدود ۸۵، ۹۰ و ۱۰۰ گرم`, `حدود ۴۵ یا ۵۰ حوزه`).
    pub(super) fn share_unit(&mut self, mut f: Figure, mut start: usize, scale: f64) -> Figure {
        // `حدود ۴۵ یا ۵۰ حوزه`: counts share the hedge, and the noun where the bare one has none.
        let count = f.kind == Kind::Count && f.max.is_none();
        if !count
            && !matches!(
                f.kind,
                Kind::Percent | Kind::Money | Kind::Measure | Kind::Duration
            )
        {
            return f;
        }
        // `الف و ب به ترتیب ۱۲ و ۹ درصد`: each number of a respective list has its own subject.
        let paired = subject::respective(self.t, start).is_some();
        let mut first = None;
        for k in (0..self.out.len()).rev() {
            let (_, end) = self.spans[k];
            let prev = &mut self.out[k];
            let bare = self.bare[k] && prev.kind == Kind::Count && prev.max.is_none();
            let t = self.t;
            let joiner = |k: usize| {
                matches!(t.punct(k), Some(',' | '،'))
                    || words::is_and(t, k)
                    || matches!(t.word(k), "یا" | "or")
            };
            // `۴۳، ۴۱، و ۴۰ درصد`: a comma before the last `و` too.
            let sep = (end + 1 == start && joiner(end))
                || (end + 2 == start
                    && matches!(t.punct(end), Some(',' | '،'))
                    && (words::is_and(t, end + 1) || matches!(t.word(end + 1), "یا" | "or")));
            // `کف ۲.۵ و سقف آن ۵ میلیون تومان`: a floor before its ceiling (each keeps the
            // phrase that names it).
            let floor = end + 1 < start
                && words::is_and(t, end)
                && super::ceiling_words(t, end + 1) == start - end - 1;
            // `از ۳ به ۵ سال`, `از ۳۹۵ به ۶۸۷ هزار تومان`: what a figure changed from is in
            // the unit, and at the scale, of what it changed to.
            let from = self.spans[k].0;
            let changed =
                end + 1 == start && t.word(end) == "به" && from > 0 && t.word(from - 1) == "از";
            // `ایگلسیاس با ۳۰ درصد، راموس با ۲۱.۴۳ ... و مورینیو با ۵.۶۸ درصد`: shares of
            // named holders, listed; each keeps its holder.
            let named = f.kind == Kind::Percent
                && joiner(end)
                && from > 0
                && t.word(from - 1) == "با"
                && start > end + 2
                && t.word(start - 1) == "با"
                && start - end - 2 <= 4
                && (end + 1..start - 1).all(|j| phrase::role(t, j) == phrase::Role::Noun);
            if !(bare && (sep || changed || named || floor)) {
                break;
            }
            if changed {
                prev.value = tidy(prev.value * changed_scale(t, from, start));
            }
            if (!count || prev.subject.is_none()) && !paired && !named && !floor {
                prev.subject.clone_from(&f.subject);
                prev.subject_start = f.subject_start;
                prev.subject_end = f.subject_end;
            }
            if prev.unit.is_none() && scale != 1.0 {
                prev.value = tidy(prev.value * scale);
            }
            prev.kind = f.kind;
            prev.unit = f.unit;
            start = self.spans[k].0;
            first = Some(k);
        }
        // `حداقل دو نفر یا چهار کودک`: alternatives share the hedge before the first.
        let t = self.t;
        let alternative = self
            .spans
            .last()
            .is_some_and(|&(_, end)| end + 1 == start && matches!(t.word(end), "یا" | "or"));
        if first.is_none() && alternative {
            first = Some(self.out.len() - 1);
        }
        if let Some(k) = first {
            if let Some(q) = self.out[k].qualifier.filter(|_| f.qualifier.is_none()) {
                for later in &mut self.out[k + 1..] {
                    later.qualifier = Some(q);
                }
                f.qualifier = Some(q);
            }
        }
        f
    }
}

/// The subject on tokens `a..b` as the article writes it, with its char offsets; a
/// possessive or linking ending comes off its last word (`خودروهایش` is «خودروها», `اجرای`
/// «اجرا»).
fn subject_text<'a>(t: &Tokens<'a>, a: usize, b: usize) -> Option<(&'a str, usize, usize)> {
    // `در سال ۲۰۱۹ رشد منفی ...`, `در سال آینده رشد ۱.۷ درصدی`: the tail of a time phrase
    // the words before ran into is no part of what is measured, nor a subject alone.
    let tail = |k: usize| {
        t.digits(k).is_some() || matches!(t.word(k), "آینده" | "گذشته" | "اخیر" | "جاری")
    };
    let mut a = (a..b).find(|&k| !tail(k))?;
    // `در ادامه صربستان ...`: "then", no part of the phrase after it.
    if t.word(a) == "ادامه" && a > 0 && t.word(a - 1) == "در" && b > a + 1 {
        a += 1;
    }
    let first = t.get(a)?;
    let possessive = lexicon::without_possessive(t.word(b.checked_sub(1)?));
    let (b, part) = match possessive {
        Some(n) => (b, Some(n)),
        None => phrase::without_link(t, a, b),
    };
    let last = t.get(b.checked_sub(1)?)?;
    let text = t.slice(a, b);
    let kept = part.map_or(last.byte_end, |n| last.byte_start + t.raw_len(b - 1, n));
    let text = &text[..kept - first.byte_start];
    let end = first.char_start + text.chars().count();
    Some((text, first.char_start, end))
}

/// The scale words the number at `from` borrows from the number at `to` it changed to (`از
/// ۳۹۵ به ۶۸۷ هزار`, `از ۴۴۸ هزار به ۴۴۱ هزار میلیارد`): see [`borrowed_scale`].
fn changed_scale(t: &Tokens, from: usize, to: usize) -> f64 {
    let (Some(low), Some(high)) = (words::parse(t, from), words::parse(t, to)) else {
        return 1.0;
    };
    borrowed_scale(t, low.value, &low, to, &high, false)
}

/// The scale words a first number (`low`, read as `value`) takes from a second one at `to`
/// that it runs up or changes to: all of them when it has none and, unless `always` (`۴-۳
/// میلیاردی`), is smaller than the second's bare number (`۳۶ تا ۳۹ هزار`, `از ۳۹۵ به ۶۸۷
/// هزار`); those the second has after the last one the first shares with it (`۳۶ هزار تا ۳۹
/// هزار میلیارد`); else none (1).
pub(super) fn borrowed_scale(
    t: &Tokens,
    value: f64,
    low: &words::NumExpr,
    to: usize,
    high: &words::NumExpr,
    always: bool,
) -> f64 {
    if low.tail_mult == 1.0 {
        let smaller = always || value < high.value / high.tail_mult;
        return if high.tail_mult > 1.0 && smaller {
            high.tail_mult
        } else {
            1.0
        };
    }
    if high.tail_mult <= low.tail_mult {
        return 1.0;
    }
    let own_last = t.word(low.end - 1);
    let high_first =
        (to..high.end).find(|&k| matches!(words::lookup(t.word(k)), Some(words::Lex::Mult(_))));
    match high_first {
        Some(k) if t.word(k) == own_last => high.tail_mult / low.tail_mult,
        _ => 1.0,
    }
}

#[cfg(test)]
mod tests {
    use crate::article::Field;

    #[test]
    fn a_year_that_places_a_quantity_names_what_the_quantity_names() {
        let f = crate::extract::figures_in(
            "ارزش صادرات محصولات پتروشیمی در سال ۱۳۹۷ به ۱۲ میلیارد دلار رسید.",
            Field::Body,
        );
        let year = f.iter().find(|f| f.value == 1397.0).unwrap();
        let money = f.iter().find(|f| f.value == 12e9).unwrap();
        assert!(money.subject.is_some());
        assert_eq!(year.subject, money.subject);
        assert_eq!(year.subject_start, money.subject_start);
    }

    #[test]
    fn a_change_in_brackets_after_a_price_names_what_the_price_names() {
        let f = crate::extract::figures_in(
            "قیمت هر قطعه ربع سکه امروز یک میلیون و ۲۰۰ هزار تومان (۴۰ هزار تومان کاهش نسبت به هفته پیش) بود.",
            Field::Body,
        );
        let change = f.iter().find(|f| f.value == 40e3).unwrap();
        assert_eq!(change.subject.as_deref(), Some("ربع سکه"));
    }
}
