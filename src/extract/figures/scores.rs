//! Results: `۳ بر ۱`, `۲۵-۲۳`, `۳ - صفر`, and lines of a results table (`نام ۳ – نام ۲`).

use super::super::figure::Kind;
use super::super::token::Tokens;
use super::super::words::{self, Lex, NumExpr};
use super::super::{calendar, context, phrase, units};
use super::{is_integer, ones, prefix_word, Found, Scanner};

impl Scanner<'_, '_> {
    /// `۳ بر ۱`, `۴۱ بر ۳۸`, `دو بر صفر`, `۲۵-۲۳`, `۳ - صفر`, `1-1`: two whole numbers
    /// joined by `بر` or a dash with nothing measured after them are a result, not a range
    /// (`۲-۳ کیلومتر`) nor a span of years (`سال ۸۳-۸۲`).
    pub(super) fn score(&mut self, i: usize, e: &NumExpr) -> Option<usize> {
        let t = self.t;
        let whole = |e: &NumExpr| {
            is_integer(e.value)
                && (0.0..=200.0).contains(&e.value)
                && e.tail_mult == 1.0
                && !e.ordinal
                && !e.fraction
                && e.literal.is_none_or(|l| l.plain())
        };
        if !whole(e) {
            return None;
        }
        let k = e.end;
        // `۲ برصفر`, `سه بریک`: the second side glued to `بر`.
        if let Some(Lex::Zero | Lex::Unit(_)) = t.word(k).strip_prefix("بر").and_then(words::lookup)
        {
            let second = words::number_value(t.word(k).trim_start_matches("بر"))?;
            self.emit(Found::simple(e.value, Kind::Score, i, k + 1).with_max(second));
            return Some(k + 1);
        }
        let dash = |j: usize| matches!(t.punct(j), Some('-' | '–' | '—'));
        let years = matches!(prefix_word(t, i), "سال" | "سالهای" | "دهه" | "فصل");
        if let Some(end) = self.result_line(i, e, k) {
            return Some(end);
        }
        if let Some(end) = self.heading_result(i, e, k) {
            return Some(end);
        }
        let to = t.word(k) == "به";
        if !(t.word(k) == "بر" || to || (dash(k) && !years)) {
            return None;
        }
        let e2 = words::parse(t, k + 1)?;
        let after = e2.end;
        // `با نتیجه ۹ به یک`, `۳ به ۲ شکست داد`: «به» joins the sides of a result only where
        // the copy says it is one; elsewhere it is where an amount went (`از ۳ به ۵ رسید`).
        if to && !(matches!(prefix_word(t, i), "نتیجه" | "حساب") || won_or_lost(t, after))
        {
            return None;
        }
        // `۲ بر صفر برابر قطر`: against, not times. After `بر`, which joins only results:
        // `۳ بر ۲ تن به شکست داد` gave in, no persons; `یک بر صفر ماه گذشته` was last
        // month's; `۲ بر صفر می شد` is the verb, not May.
        let by = t.word(k) == "بر";
        let measured = units::match_unit(t, after).is_some_and(|m| {
            m.unit.code != Some("times")
                && !(by && t.word(after) == "تن" && t.word(after + 1) == "به")
                && !(by && m.unit.kind == Kind::Duration && ones::relative_time(t.word(m.end)))
        }) || calendar::month(t.word(after)).is_some_and(|_| {
            !(by && calendar::ambiguous_month(t.word(after))) || t.digits(after + 1).is_some()
        }) || matches!(t.punct(after), Some('%' | '٪'))
            // `۲۰-۳۰ نفر`: a range of persons or things counted, not a result.
            || (!by && context::classifier(t.word(after)) && t.word(after + 1) != "به");
        // `2019-05-12`, `1-2-3`: a date or a code.
        let chained = dash(after) && t.digits(after + 1).is_some();
        // `۵ - یک سامانه` is an item of a list; `با حساب یک – یک`, `به تساوی یک - یک` is a
        // draw the copy names.
        let named = matches!(prefix_word(t, i), "نتیجه" | "حساب" | "تساوی");
        let item = dash(k) && e2.lone_word && e2.value != 0.0 && !named;
        if !whole(&e2) || measured || chained || item {
            return None;
        }
        self.emit(Found::simple(e.value, Kind::Score, i, after).with_max(e2.value));
        Some(after)
    }

    /// `مرتضی قیاسی ۳ – پیمان بیابانی ۲`, `۴ (برنده) – سید احمد محمدی ۴`: a line of results
    /// names the second side between the two numbers.
    pub(super) fn result_line(&mut self, i: usize, e: &NumExpr, k: usize) -> Option<usize> {
        let (max, end) = self.result_pair(e, k)?;
        self.emit(Found::simple(e.value, Kind::Score, i, end).with_max(max));
        Some(end)
    }

    /// The second side of a result line and where it ends, when the number `e` ending before
    /// `k` opens one: a dash, the second side's name (with its province or country, `پرویز
    /// هادی (آذربایجان شرقی) ۴`, `تای نگویین از ویتنام ۱۵`) and a small whole number, in
    /// digits or, ending the line, in words (`الهلال عربستان ۳ – الریان قطر یک`).
    /// Not the items of a numbered list run on one line (`۸- نقده ۹- بستان آباد`).
    pub(super) fn result_pair(&self, e: &NumExpr, mut k: usize) -> Option<(f64, usize)> {
        let t = self.t;
        if !is_integer(e.value) || self.follows_list_item(k, e.value) {
            return None;
        }
        if t.punct(k) == Some('(') {
            k = (k + 1..k + 5).find(|&j| t.punct(j) == Some(')'))? + 1;
        }
        // `۳-نروژ` glued on both sides is a list item's marker, not a result.
        if !matches!(t.punct(k), Some('–' | '—' | '-')) || (t.glued(k) && t.glued(k + 1)) {
            return None;
        }
        let name = |j: usize| {
            phrase::role(t, j) == phrase::Role::Noun
                && !t.is_latin_word(j)
                && units::match_unit(t, j).is_none()
        };
        let (mut at, mut names) = (k + 1, 0);
        while at < k + 9 {
            if name(at) {
                names += 1;
                at += 1;
            } else if names > 0 && t.punct(at) == Some('(') {
                let close = (at + 1..at + 5).find(|&j| t.punct(j) == Some(')'))?;
                if (at + 1..close).any(|j| t.digits(j).is_some()) {
                    return None;
                }
                at = close + 1;
            } else if names > 0 && t.word(at) == "از" && name(at + 1) {
                at += 1;
            } else {
                break;
            }
        }
        if names == 0 {
            return None;
        }
        let e2 = words::parse(t, at)?;
        let small = is_integer(e2.value) && e2.value <= 200.0 && e2.tail_mult == 1.0;
        let line_ends = t.get(e2.end).is_none()
            || matches!(t.punct(e2.end), Some('\n' | '(' | '.' | '،' | ','));
        let plain = e2.literal.is_some_and(|l| l.plain())
            || t.word(at) == "صفر"
            || (e2.lone_word && line_ends);
        let ends = units::match_unit(t, e2.end).is_none()
            && !matches!(t.punct(e2.end), Some('%' | '-' | '–' | '—'));
        (small && plain && ends).then_some((e2.value, e2.end))
    }

    /// `لخویا 3 الشحانیه 3 ؛ تساوی در باران کارت`: a result heading its paragraph, each side
    /// before its goals with no dash between, the title after `؛` or `:`. Only a line that is
    /// just that, two short names and two small numbers in digits, reads so: a sentence
    /// rating players (`برای بارسا فتی 3 دی یانگ 7،`) is no result.
    fn heading_result(&mut self, i: usize, e: &NumExpr, k: usize) -> Option<usize> {
        /// Words a side's name may run to.
        const NAME: usize = 3;
        /// The most goals a heading gives a side.
        const GOALS: u64 = 30;
        let t = self.t;
        let small = |j: usize| {
            t.digits(j)
                .is_some_and(|(v, len, _)| len <= 2 && v <= GOALS)
        };
        if !small(i) || e.end != i + 1 {
            return None;
        }
        let name = |j: usize| {
            phrase::role(t, j) == phrase::Role::Noun
                && !t.is_latin_word(j)
                && units::match_unit(t, j).is_none()
        };
        // A line, or an item of a starred list.
        let line_start = |j: usize| t.line_start(j) || t.punct(j - 1) == Some('*');
        let first = (1..=NAME).find(|&n| i >= n && line_start(i - n))?;
        let second = (k..k + NAME).take_while(|&j| name(j)).count();
        if !(i - first..i).all(name) || second == 0 {
            return None;
        }
        let at = k + second;
        let closes =
            t.get(at + 1).is_none() || matches!(t.punct(at + 1), Some('؛' | ';' | ':' | '\n'));
        if !small(at) || !closes {
            return None;
        }
        let max = t.digits(at).map(|(v, _, _)| v as f64)?;
        self.emit(Found::simple(e.value, Kind::Score, i, at + 1).with_max(max));
        Some(at + 1)
    }

    /// Whether the number of `value` ending before `k` goes on a numbered list on its line:
    /// the number one less, with its dash typed against it, is a few words before it (`۱۴- ایذه ۱۵- فریدن`).
    fn follows_list_item(&self, k: usize, value: f64) -> bool {
        let t = self.t;
        (k.saturating_sub(12)..k.saturating_sub(1))
            .rev()
            .take_while(|&j| t.punct(j) != Some('\n'))
            .any(|j| {
                t.digits(j).is_some_and(|(v, _, _)| v as f64 + 1.0 == value)
                    && matches!(t.punct(j + 1), Some('-' | '–'))
                    && t.glued(j + 1)
            })
    }
}

impl Scanner<'_, '_> {
    /// Whether the points whose unit ends before `k` are counted rather than held (`با ۳۰
    /// امتیاز در رده دوم جای گرفت`, `۴۹ امتیاز دارد و ... نشان می‌دهد`): given or taken in
    /// their clause (`۶ امتیاز از ما کسر شود`, `۲ امتیاز به صادقی داده بود`, `از وی گرفته
    /// شد`), or a match's statistics ([`tallied`]).
    pub(super) fn points_counted(&self, i: usize, k: usize) -> bool {
        let t = self.t;
        if tallied(t, k) {
            return true;
        }
        // `با ۲۲ امتیاز جایگاه دوم را از روسیه گرفت`: points held, the verb is the place's.
        if matches!(prefix_word(t, i), "با" | "کسب") {
            return false;
        }
        let clause: Vec<usize> = (k..(k + 7).min(t.len()))
            .take_while(|&j| {
                !phrase::sentence_end(t, j)
                    && t.digits(j).is_none()
                    && (j == k || t.word(j) != "را")
                    && !matches!(t.word(j), "و" | "که" | "اما" | "ولی")
            })
            .collect();
        let from = clause.iter().any(|&j| t.word(j) == "از");
        clause.iter().any(|&j| {
            let w = t.word(j);
            matches!(
                w,
                "کسر" | "جریمه" | "اعطا" | "deducted" | "docked" | "awarded"
            ) || matches!(w, "داد" | "داده" | "دادند" | "میدهد" | "بدهد")
                || (from && matches!(w, "گرفت" | "گرفته" | "گرفتند" | "کم"))
        })
    }
}

/// Whether the points whose unit ends before `k` are a match's statistics, counted as the
/// spikes and blocks listed beside them are: points of a kind (`۲ امتیاز سرویس`) and points
/// won from the other side's errors (`۲۴ امتیاز ایران با خطاها و اشتباهات ... کسب شد`). Not a
/// team's standing, which is a score.
fn tallied(t: &Tokens, k: usize) -> bool {
    const REACH: usize = 12;
    // The errors of this clause: no other number or sentence between.
    t.word(k) == "سرویس"
        || (k..(k + REACH).min(t.len()))
            .take_while(|&j| !phrase::sentence_end(t, j) && t.digits(j).is_none())
            .any(|j| matches!(t.word(j), "خطاها" | "خطاهای" | "اشتباهات"))
}

/// Whether a verb of winning or losing follows a result ending before `k` (`۳ به ۲ شکست
/// داد`, `۹ به یک مغلوب شد`, `4 به 3 از سد سپاهان گذشت`).
fn won_or_lost(t: &Tokens, k: usize) -> bool {
    (k..k + 4)
        .take_while(|&j| !phrase::sentence_end(t, j))
        .any(|j| matches!(t.word(j), "شکست" | "پیروز" | "مغلوب" | "برتری" | "سد"))
}
