//! The scan over one field: find each number, read what is around it, decide what figure it
//! is, and skip what only looks like one (codes, phones, addresses, names, `یک` as "a").

use crate::article::Field;

use super::calendar::{self, Calendar};
use super::context::{self, Cues};
use super::digits;
use super::figure::{Figure, Kind};
use super::lexicon;
use super::phrase;
use super::subject;
use super::token::Tokens;
use super::units::{self, Role};
use super::words::{self, Lex, NumExpr};

/// What the scan knows about a figure before it becomes a [`Figure`].
struct Found {
    value: f64,
    max: Option<f64>,
    kind: Kind,
    unit: Option<&'static str>,
    /// Token range of the whole figure text.
    start: usize,
    end: usize,
    /// The unit is an adjective: the figure describes the noun before it.
    adjectival: bool,
    /// A count with nothing counted after it (`۲۵۰، ۳۰۰ و ۴۲۰ متر`).
    bare: bool,
    hedge: bool,
}

struct Scanner<'t, 'a> {
    t: &'t Tokens<'a>,
    field: Field,
    /// What the whole article says about weights and currency.
    cues: Cues,
    out: Vec<Figure>,
    /// Token ranges of `out`, for lists that share a unit (`۲۵۰، ۳۰۰ و ۴۲۰ متر`).
    spans: Vec<(usize, usize)>,
    /// Which of `out` are bare counts, with nothing counted after them.
    bare: Vec<bool>,
}

pub(crate) fn scan(t: &Tokens, field: Field, cues: Cues) -> Vec<Figure> {
    let mut s = Scanner {
        t,
        field,
        cues,
        out: Vec::new(),
        spans: Vec::new(),
        bare: Vec::new(),
    };
    let mut i = 0;
    while i < t.len() {
        i = s.at(i).max(i + 1);
    }
    s.out
}

fn is_integer(v: f64) -> bool {
    v.fract() == 0.0
}

/// Digits and the punctuation glued between them (`۱۸:۳۰`, `021-8876`, `2.0`): what to skip
/// when a number turns out to be an identifier.
fn skip_run(t: &Tokens, i: usize) -> usize {
    let mut k = i + 1;
    while matches!(t.punct(k), Some('.' | ',' | ':' | '/' | '-' | '٫' | '٬'))
        && t.glued(k)
        && t.glued(k + 1)
        && t.digits(k + 1).is_some()
    {
        k += 2;
    }
    k
}

impl Scanner<'_, '_> {
    fn at(&mut self, i: usize) -> usize {
        let t = self.t;
        let Some(tok) = t.get(i) else { return i + 1 };
        if tok.url {
            return i + 1;
        }
        let digits = t.digits(i);
        if digits.is_none() {
            let w = t.word(i);
            if words::lookup(w).is_none() && words::ordinal_word(w).is_none() {
                return self.glued_unit(i);
            }
        }
        if let Some(end) = self.identifier(i) {
            return end;
        }
        if digits.is_some() {
            if let Some((value, end)) = digits::slash_date(t, i) {
                return self.emit_date(Found::simple(value, Kind::Date, i, end));
            }
        }
        let Some(e) = words::parse(t, i) else {
            return i + 1;
        };
        self.figure(i, e)
    }

    /// `چهارساله`, `دودهه`: a number word typed onto its unit with neither space nor ZWNJ,
    /// in a word the lexicon does not know.
    fn glued_unit(&mut self, i: usize) -> usize {
        let t = self.t;
        let w = t.word(i);
        let Some((value, rest)) = words::glued_number(w) else {
            return i + 1;
        };
        if !lexicon::classes(w).is_empty() || lexicon::verb(w).is_some() {
            return i + 1;
        }
        let Some((unit, adjectival)) = units::unit_word(rest) else {
            return i + 1;
        };
        let scale = match unit.role {
            Role::Times(power) => 10f64.powi(i32::from(power)),
            _ => 1.0,
        };
        self.emit(Found {
            value: value * scale,
            max: None,
            kind: unit.kind,
            unit: unit.code,
            start: i,
            end: i + 1,
            adjectival,
            bare: false,
            hedge: true,
        });
        i + 1
    }

    /// Where an identifier at `i` ends, when the number there is one: names (`G20`,
    /// `COVID-19`), labels (`ماده ۱۲`), clock times, phone numbers, reporter codes, IDs.
    fn identifier(&self, i: usize) -> Option<usize> {
        let t = self.t;
        let prev = if i > 0 { t.word(i - 1) } else { "" };
        let ranking = prev == "شماره"
            && words::parse(t, i).is_some_and(|e| context::ranking_scope(t.word(e.end)));
        // `به کانال ۴۲ هزار تومان`, `سالن ۱۲ هزار نفری`: a level or a size, not a channel or a
        // hall number, when a scale word or a unit follows.
        let level = words::parse(t, i).is_some_and(|e| {
            e.tail_mult > 1.0
                || units::match_unit(t, e.end).is_some()
                || (prev == "کانال" && context::classifier(t.word(e.end)))
        }) && prev != "ساعت";
        // `در این ماده ۳ دونده`: a label word pointed at is a noun of the sentence.
        let pointed = i >= 2 && matches!(t.word(i - 2), "این" | "آن" | "همین" | "همان");
        let labelled = (context::label(prev) && !ranking && !level && !pointed)
            || (i >= 2
                && matches!(t.punct(i - 1), Some(':' | '(' | '"' | '«' | '“'))
                && context::label(t.word(i - 2)))
            || (prev == "های" && i >= 2 && context::label(t.word(i - 2)));
        let Some((_, len, _)) = t.digits(i) else {
            // `مرحله اول` ranks; `مرحله ۲` names.
            let ranked = context::ranking_noun(prev) && words::ordinal_adjective(t.word(i));
            return (labelled && !ranked).then(|| words::parse(t, i).map_or(i + 1, |e| e.end));
        };
        let run = skip_run(t, i);
        if labelled {
            // `ساعت ۱۰ تا ۱۳`: the range of an identifier is no figure either.
            let ranged = matches!(t.word(run), "تا" | "الی" | "to") || t.punct(run) == Some('-');
            if ranged && t.digits(run + 1).is_some() {
                return Some(skip_run(t, run + 1));
            }
            // `ساعت ۱۰ و ۳۰ دقیقه`: the minutes of a clock time.
            if prev == "ساعت" && words::is_and(t, run) {
                if let Some(e) = words::parse(t, run + 1) {
                    if matches!(t.word(e.end), "دقیقه" | "ثانیه") {
                        return Some(e.end + 1);
                    }
                }
            }
            return Some(run);
        }
        // List markers and weight classes: `1- حاجی`, `۲) ...`, `وزن 66- کیلوگرم`.
        let marker = match t.punct(run) {
            Some('-') => true,
            Some('.') => self.opens_sentence(i) && t.digits(run + 1).is_none(),
            // `۲) ...`, not the end of `(۱۹۴۴-۱۹۴۵)`.
            Some(')') => !(i > 0 && matches!(t.punct(i - 1), Some('(' | '-'))) && len <= 2,
            _ => false,
        };
        if marker && t.glued(run) && t.get(run + 1).is_none_or(|x| !x.glued) && run == i + 1 {
            return Some(run + 1);
        }
        if i > 0 && t.glued(i) {
            // `G20`, reporter codes such as `ع20/ض1002`, and a stock symbol or a list number
            // run into the next word (`خفنر1فراورده`, `مصباح۳نام`); after a word the lexicon
            // knows it is a figure typed without spaces (`مدت۲۰دقیقه`).
            let prev_word = t.word(i - 1);
            let letters_after = !t.word(run).is_empty() && t.glued(run);
            let known =
                !lexicon::classes(prev_word).is_empty() || lexicon::noun_stem(prev_word).is_some();
            if t.is_latin_word(i - 1)
                || (prev_word.chars().count() == 1 && prev_word != "و")
                || (!prev_word.is_empty() && letters_after && !known)
            {
                return Some(run);
            }
            match t.punct(i - 1) {
                Some('-') if i >= 2 && t.glued(i - 1) && !t.word(i - 2).is_empty() => {
                    return Some(run)
                }
                Some('+') => return Some(self.phone_end(run)),
                Some('#') => return Some(run),
                _ => {}
            }
        }
        // `/8138/ 1175`, `98/1234`: numbers that a slash joins to digits are a code; after a
        // word or a space the slash only separates headlines (`تهران-شمال/1500 دستگاه`).
        let slashed_after = t.punct(run) == Some('/') && t.glued(run);
        if i > 0
            && t.punct(i - 1) == Some('/')
            && ((t.glued(i - 1) && t.digits(i - 2).is_some()) || (t.glued(i) && slashed_after))
        {
            return Some(run);
        }
        if t.punct(run) == Some('+') && t.glued(run) {
            return Some(run + 1);
        }
        if t.punct(i + 1) == Some(':')
            && t.glued(i + 1)
            && t.glued(i + 2)
            && t.digits(i + 2).is_some()
        {
            return Some(run);
        }
        let lit = digits::literal(t, i)?;
        if lit.leading_zero && len >= 3 && lit.plain() {
            return Some(self.phone_end(run));
        }
        let run_digits: u32 = (i..run).filter_map(|k| t.digits(k)).map(|d| d.1).sum();
        let hyphenated = (i..run).any(|k| t.punct(k) == Some('-'));
        // `۱۹۸۴-۱۹۸۵` is a span of years, not a code.
        let years = run == i + 3
            && [i, i + 2].iter().all(|&k| {
                t.digits(k)
                    .is_some_and(|(v, len, _)| len == 4 && calendar::bare_year(v as f64))
            });
        if hyphenated && run_digits >= 7 && !years {
            return Some(run);
        }
        if lit.plain() && len >= 8 {
            let money = units::match_unit(t, lit.end).is_some_and(|m| m.unit.kind == Kind::Money);
            if !money {
                return Some(run);
            }
        }
        if t.word(lit.end) == "am" || t.word(lit.end) == "pm" {
            return Some(lit.end + 1);
        }
        None
    }

    /// Whether token `i` opens a line or follows the end of a sentence.
    fn opens_sentence(&self, i: usize) -> bool {
        let t = self.t;
        let Some(tok) = t.get(i) else { return false };
        i == 0
            || matches!(t.punct(i - 1), Some('.' | '?' | '!' | '؟' | ':' | '؛'))
            || t.get(i - 1)
                .is_some_and(|p| t.text[p.byte_end..tok.byte_start].contains('\n'))
    }

    /// A phone number goes on over space-separated digit groups (`+98 21 8888 1234`).
    fn phone_end(&self, mut k: usize) -> usize {
        while self.t.digits(k).is_some() && !self.t.glued(k) {
            k = skip_run(self.t, k);
        }
        k
    }

    fn figure(&mut self, i: usize, e: NumExpr) -> usize {
        let t = self.t;
        let mut value = e.value;
        let mut end = e.end;
        let rank = i > 0 && self.rank(i, end) && is_integer(value) && e.tail_mult == 1.0;
        if e.literal.is_none() && !rank {
            // `هفدهم فروردین`, `چهار فروردین`, `اول ماه آوریل`: a day written in words.
            if let Some(found) = self.date(i, value, end, 0, false) {
                return self.emit_date(found);
            }
        }
        if e.ordinal || rank {
            let adjective = words::ordinal_adjective(t.word(end - 1));
            if e.ordinal && adjective && !self.ordinal_after_noun(i, end) {
                return end;
            }
            self.emit(Found::simple(
                value,
                Kind::Ordinal,
                if rank { i - 1 } else { i },
                end,
            ));
            return end;
        }
        if e.lone_word && context::compound_tail(t.word(end)) {
            return end + 1;
        }
        let vague = matches!(
            prefix_word(t, i),
            "صدها"
                | "دهها"
                | "هزاران"
                | "میلیونها"
                | "میلیاردها"
                | "چند"
                | "چندین"
                | "چندصد"
                | "چندهزار"
        );
        // `چند ده هزار نفر`: a vague amount, in words or in a scale alone.
        let worded = e.literal.is_none() && matches!(prefix_word(t, i), "چند" | "چندین");
        if (e.bare_mult && (vague || matches!(t.word(end), "ها" | "های"))) || worded {
            return e.end.max(end);
        }
        if let Some(lit) = e.literal {
            let next = t.word(end);
            let suffix = matches!(next, "مین" | "امین")
                || (t.glued(end) && matches!(next, "ام" | "th" | "st" | "nd" | "rd"));
            if suffix && lit.plain() {
                self.emit(Found::simple(value, Kind::Ordinal, i, end + 1));
                return end + 1;
            }
            if t.glued(end)
                && t.is_latin_word(end)
                && units::match_unit(t, end).is_none()
                && words::lookup(next).is_none()
            {
                return end + 1;
            }
            let scraped = digits::split_decimal(t, &lit).or_else(|| digits::slash_decimal(t, &lit));
            if let Some((v, k)) = scraped {
                let (v, k) = multiplied(t, v, k);
                if units::match_unit(t, k).is_some() || k > lit.end + 2 {
                    value = v;
                    end = k;
                } else if t.punct(lit.end) == Some('/') {
                    return skip_run(t, i);
                }
            }
            if let Some(found) = self.date(i, value, end, lit.int_len, false) {
                return self.emit_date(found);
            }
        }
        if let Some(end) = self.score(i, &e) {
            return end;
        }

        // `پنج یا چهار میلیون تومان`: the first of two alternatives takes the second's scale
        // (and, below, its unit).
        let alternative = matches!(t.word(end), "یا" | "or")
            && e.tail_mult == 1.0
            && !e.ordinal
            && words::parse(t, end + 1).is_some_and(|e2| !e2.ordinal);
        if alternative {
            if let Some(e2) = words::parse(t, end + 1).filter(|e2| e2.tail_mult > 1.0) {
                if value < 1000.0 && e2.value / e2.tail_mult > value.min(1.0) {
                    value *= e2.tail_mult;
                }
            }
        }
        let mut start = i;
        let mut max = None;
        let prefix = prefix_word(t, i);
        let hyphen = t.punct(end) == Some('-');
        if let Some((high, k)) = self.range_high(value, &e, end, prefix) {
            value = high.0;
            max = Some(high.1);
            end = k;
            let unit_follows = units::match_unit(t, end).is_some();
            let years = calendar::bare_year(value) && high.1 <= 2100.0;
            if let Some(high_date) = self.date(k, high.1, end, 2, true).filter(|d| d.start == k) {
                let low_date = high_date.value - high.1 + high.0;
                let found = Found::simple(low_date, Kind::Date, start_of(prefix, i), high_date.end)
                    .with_max(high_date.value);
                let end = found.end;
                self.emit(found);
                return end;
            }
            // `۲۰-۲۵` without a unit is a set score, a table cell or a code, not a range.
            if hyphen && !unit_follows && !years {
                return end;
            }
            if matches!(prefix, "بین" | "between" | "از" | "from") {
                start = i - 1;
            }
        }
        if i > 0 && matches!(prefix, "منفی" | "منهای" | "minus") {
            value = -value;
            max = max.map(|m| -m);
            start = i - 1;
        }

        let currency = if i > 0 && t.glued(i) {
            match t.punct(i - 1) {
                Some('$') => Some("USD"),
                Some('€') => Some("EUR"),
                Some('£') => Some("GBP"),
                _ => None,
            }
        } else {
            None
        };
        if currency.is_some() {
            start = start.min(i - 1);
        }
        let found = Found {
            value,
            max,
            kind: Kind::Count,
            unit: None,
            start,
            end,
            adjectival: false,
            bare: alternative,
            hedge: true,
        };
        self.quantity(i, &e, found, currency)
    }

    /// The number read, what follows it decides the figure: a unit, a currency sign, a
    /// classifier or a counted noun, or nothing (then it may be a year, or no figure).
    fn quantity(
        &mut self,
        i: usize,
        e: &NumExpr,
        mut found: Found,
        currency: Option<&'static str>,
    ) -> usize {
        let t = self.t;
        let end = found.end;
        let lone_yek = e.lone_word && matches!(t.word(i), "یک" | "one");
        match units::match_unit(t, end) {
            Some(m)
                if m.unit.role == Role::TonneOrPerson
                    && context::ton_is_persons(t, i, end, self.cues.goods) =>
            {
                found.end = m.end;
            }
            Some(m) => {
                let counted = match m.unit.kind {
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
                }
                found.kind = m.unit.kind;
                found.unit = m.unit.code;
                found.end = m.end;
                found.adjectival = m.adjectival;
                if found.kind == Kind::Duration && !m.adjectival && found.max.is_none() {
                    let unit_end = found.end;
                    self.compound_duration(&mut found);
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

    /// A number with no unit after it: a year, an amount of money named only by its scale
    /// (`طلب ۳۰۰ میلیونی`), points of an index, a count of what follows, or no figure.
    fn counted(&mut self, i: usize, e: &NumExpr, mut found: Found) -> usize {
        let t = self.t;
        let end = found.end;
        if let Some(year) = self.year(i, e, found.value, found.max) {
            found.kind = Kind::Year;
            found.value = year.0;
            found.max = year.1;
            found.start = year.2;
            found.hedge = false;
            self.emit(found);
            return end;
        }
        let last = t.word(end - 1);
        let scale_adjective = last
            .strip_suffix('ی')
            .is_some_and(|w| matches!(words::lookup(w), Some(Lex::Mult(_))));
        if scale_adjective {
            // `کسری بودجه میلیاردی`: a scale with no number is no figure.
            if e.bare_mult {
                return end;
            }
            if !context::populous(t.word(i.saturating_sub(1))) {
                found.kind = Kind::Money;
                found.unit = Some(self.cues.currency);
                found.adjectival = true;
                self.emit(found);
                return end;
            }
        }
        let word = t.word(end);
        let classifier = context::classifier(word);
        if classifier {
            found.end = end + 1;
            found.adjectival = word.ends_with('ی') || word.ends_with('ه');
            if self.index_points(i, word) {
                found.kind = Kind::Measure;
                found.unit = Some("point");
            }
        }
        let counted = classifier || phrase::forward(t, end).is_some();
        let alternative = found.bare;
        if (e.lone_word || e.bare_mult) && !alternative && !self.lone_word_counts(i, end, counted) {
            return end;
        }
        // `(۲۴)`, `«برجک ۷»`: a bare number in brackets or closing a title.
        let closing = matches!(t.punct(end), Some(')' | '»' | '"' | ']')) && t.glued(end);
        if !counted && closing {
            return end + 1;
        }
        found.bare = !counted;
        self.emit(found);
        end
    }

    /// `شاخص کل ... به ۵۲۴ هزار واحد رسید`: `واحد` after an index counts its points.
    fn index_points(&self, i: usize, word: &str) -> bool {
        let t = self.t;
        matches!(word, "واحد" | "واحدی")
            && (i.saturating_sub(20)..i)
                .rev()
                .take_while(|&k| !matches!(t.punct(k), Some('.' | '؛' | '!' | '؟')))
                .any(|k| t.word(k) == "شاخص")
    }

    /// `۲ ساعت و ۱۵ دقیقه`, `۳۸ دقیقه و ۴۵ ثانیه`: one duration, in its smallest unit.
    fn compound_duration(&self, found: &mut Found) {
        let t = self.t;
        // `یک ساعت، ۳۲ دقیقه و ۳۷ ثانیه`
        while words::is_and(t, found.end) || t.punct(found.end) == Some('،') {
            let Some(e) = words::parse(t, found.end + 1) else {
                return;
            };
            let Some(m) = units::match_unit(t, e.end) else {
                return;
            };
            let factor = found
                .unit
                .zip(m.unit.code)
                .and_then(|(big, small)| units::duration_factor(big, small));
            let Some(factor) = factor.filter(|_| e.literal.is_some() || e.has_word) else {
                return;
            };
            found.value = found.value * factor + e.value;
            found.unit = m.unit.code;
            found.end = m.end;
            // `یک ساعت و ۴۰ دقیقه‌ای`: the last unit makes the whole an adjective.
            found.adjectival = m.adjectival;
            if m.adjectival {
                return;
            }
        }
    }

    /// `رتبه ۳۰`, `مقام دوم`, and `مرد شماره یک جهان` (a ranking, where `شماره` otherwise
    /// labels an identifier).
    fn rank(&self, i: usize, end: usize) -> bool {
        let t = self.t;
        context::rank_word(t.word(i - 1))
            || (t.word(i - 1) == "شماره" && context::ranking_scope(t.word(end)))
    }

    /// An ordinal adjective is a figure after the noun it ranks (`مرحله اول`, `نسل دوم`), not
    /// alone (`اول باید`), after a number (`دو سوم`) or in a set phrase (`دست دوم`, `نخست وزیر`).
    fn ordinal_after_noun(&self, i: usize, end: usize) -> bool {
        let t = self.t;
        if i == 0 || matches!(t.word(end), "وزیر" | "وزیری") {
            return false;
        }
        let prev = t.word(i - 1);
        if matches!(prev, "دست" | "وهله" | "درجه" | "نگاه" | "بار" | "دفعه")
            || context::time_noun(prev)
        {
            return false;
        }
        // `نخست` and `اول` mostly mean "initial" (`گام نخست`, `نسل اول`): only a rank
        // (`رتبه نخست`, `مقام اول`) makes them a figure.
        if matches!(t.word(i), "نخست" | "اول" | "یکم") {
            return context::rank_word(prev);
        }
        matches!(
            phrase::role(t, i - 1),
            phrase::Role::Noun | phrase::Role::Ending
        )
    }

    /// A number in words on its own (no unit) is a figure only when it counts something;
    /// `یک` ("a") and `صفر` (`به صفر رسید`) never are, and `نه` ("no"), `سی` (the letter C),
    /// `ده` (village) and `شش` (lung) need a count noun.
    fn lone_word_counts(&self, i: usize, end: usize, has_subject: bool) -> bool {
        let next = self.t.word(end);
        match self.t.word(i) {
            "یک" | "one" => self.counts_one(i, end),
            "صفر" | "zero" => false,
            // `نه ... و نه`: neither ... nor.
            "نه" => context::classifier(next),
            "سی" | "ده" | "شش" => context::classifier(next) || self.listed(i, end),
            // `هر دو تیم`: both.
            _ => has_subject && prefix_word(self.t, i) != "هر",
        }
    }

    /// `یک` is mostly "a" (`فقط یک شوخی`, `یک اتفاق دیگر`); it counts only where the text
    /// weighs the number: a hedge before it (`کمتر از یک ماه`), a span of time (`بعد از یک
    /// ساعت`), or other counts beside it (`یک شهرستان و پنج بخش`). `هر یک` is "each".
    fn counts_one(&self, i: usize, end: usize) -> bool {
        let t = self.t;
        let prev = prefix_word(t, i);
        if matches!(prev, "هر" | "each") {
            return false;
        }
        let duration = units::match_unit(t, end).is_some_and(|m| m.unit.kind == Kind::Duration);
        context::qualifier_before(t, i).is_some()
            || (duration && matches!(prev, "از" | "طی" | "ظرف" | "مدت" | "after" | "for"))
            || self.listed(i, end)
    }

    /// Whether the count at `i..end` stands in a list of counts: `۱۳ برد و شش تساوی`.
    fn listed(&self, i: usize, end: usize) -> bool {
        let t = self.t;
        let after = phrase::forward(t, end).map_or(end, |(_, b)| b);
        // `۱۰ ورزشکار مرد و شش ورزشکار زن`: a number, up to three words, then `و`.
        let counted_before = i >= 3
            && words::is_and(t, i - 1)
            && (i.saturating_sub(5)..i - 2)
                .rev()
                .take_while(|&k| t.digits(k).is_some() || !t.word(k).is_empty())
                .any(|k| t.digits(k).is_some());
        let count_after = after > end
            && words::is_and(t, after)
            && words::parse(t, after + 1)
                .is_some_and(|e| !e.lone_word || t.word(after + 1) != "یک");
        counted_before || count_after
    }

    /// A date, and the date that ends its range if one follows: `۲۴ اردیبهشت تا ۴ خرداد`,
    /// `۱۵ اسفند تا چهارم فروردین`, `28 June - 6 July` are one figure.
    fn emit_date(&mut self, mut found: Found) -> usize {
        let t = self.t;
        let k = found.end;
        let dash = matches!(t.punct(k), Some('-' | '–'));
        if matches!(t.word(k), "تا" | "الی" | "to") || dash {
            let slashed = digits::slash_date(t, k + 1)
                .map(|(v, end)| Found::simple(v, Kind::Date, k + 1, end));
            let second = slashed.or_else(|| {
                let e = words::parse(t, k + 1)?;
                let int_len = e.literal.map_or(0, |l| l.int_len);
                self.date(k + 1, e.value, e.end, int_len, true)
            });
            // `۱۵ اسفند تا چهارم فروردین` runs into the next year: its end is the smaller.
            if let Some(second) = second.filter(|d| d.start == k + 1 && d.value != found.value) {
                found.max = Some(second.value);
                found.end = second.end;
            }
        }
        let end = found.end;
        self.emit(found);
        end
    }

    /// `۱۵ مهر ۱۳۹۸`, `3 خرداد 99`, `14 November`, `November 20, 2019`, `مهر ۹۹`, `۲۰
    /// اردیبهشت سال ۹۷`, and `۱۵` of `۱۵ و ۱۶ بهمن`. `ranged`: the day closes a range, where a
    /// month that is also a word (`۱۴ تا ۲۵ می`) needs no year to be believed.
    fn date(&self, i: usize, value: f64, end: usize, int_len: u32, ranged: bool) -> Option<Found> {
        let t = self.t;
        let day = is_integer(value) && (1.0..=31.0).contains(&value);
        let year_after = |k: usize| -> Option<(u64, usize)> {
            let k = if t.punct(k) == Some(',') || t.word(k) == "سال" {
                k + 1
            } else {
                k
            };
            let (v, len, _) = t.digits(k)?;
            if t.digits(k + 2).is_some() && t.punct(k + 1).is_some() && t.glued(k + 1) {
                return None;
            }
            Some((
                calendar::expand_year(v, len).filter(|_| len == 2 || len == 4)?,
                k + 1,
            ))
        };
        // `اول ماه آوریل`
        let end = if t.word(end) == "ماه" && calendar::month(t.word(end + 1)).is_some() {
            end + 1
        } else {
            end
        };
        // `۱۵ و ۱۶ بهمن`: the first day takes the month of the second.
        let shared = words::is_and(t, end)
            && t.digits(end + 1)
                .is_some_and(|(v, _, _)| (1..=31).contains(&v))
            && calendar::month(t.word(end + 2)).is_some();
        let month_at = if shared { end + 2 } else { end };
        let word = t.word(month_at);
        if day {
            if let Some((m, _)) = calendar::month(word) {
                let mut k = month_at + 1;
                if t.word(k) == "ماه" {
                    k += 1;
                }
                let year = year_after(k);
                if calendar::ambiguous_month(word) && year.is_none() && !ranged {
                    return None;
                }
                let (y, k) = year.unwrap_or((0, k));
                let v = (y * 10000 + m * 100) as f64 + value;
                return Some(Found::simple(
                    v,
                    Kind::Date,
                    i,
                    if shared { end } else { k },
                ));
            }
        }
        let (before, at) = match (
            i.checked_sub(1).map(|k| t.word(k)),
            i.checked_sub(2).map(|k| t.word(k)),
        ) {
            (Some("ماه"), Some(w)) => (w, i - 2),
            // `Nov. 20`
            (Some(""), Some(w)) if t.punct(i - 1) == Some('.') && t.is_latin_word(i - 2) => {
                (w, i - 2)
            }
            (Some(w), _) => (w, i - 1),
            _ => return None,
        };
        let (m, cal) = calendar::month(before)?;
        if cal == Calendar::Gregorian && t.is_latin_word(at) && day {
            let (y, k) = year_after(end).unwrap_or((0, end));
            let v = (y * 10000 + m * 100) as f64 + value;
            return Some(Found::simple(v, Kind::Date, at, k));
        }
        if (calendar::ambiguous_month(before) && int_len != 4) || !is_integer(value) {
            return None;
        }
        let y = calendar::expand_year(value as u64, int_len)
            .filter(|_| int_len == 2 || int_len == 4)?;
        let v = (y * 10000 + m * 100) as f64;
        // `آوریل تا ژوئیه ۲۰۲۵`: a range of months in one year.
        let first = at
            .checked_sub(2)
            .filter(|&k| matches!(t.word(k + 1), "تا" | "الی"))
            .and_then(|k| Some((k, calendar::month(t.word(k))?.0)));
        Some(match first {
            Some((k, m1)) if m1 != m => {
                Found::simple((y * 10000 + m1 * 100) as f64, Kind::Date, k, end).with_max(v)
            }
            _ => Found::simple(v, Kind::Date, at, end),
        })
    }

    /// `۳ بر ۱`, `۴۱ بر ۳۸`, `دو بر صفر`, `۲۵-۲۳`, `۳ - صفر`, `1-1`: two whole numbers
    /// joined by `بر` or a dash with nothing measured after them are a result, not a range
    /// (`۲-۳ کیلومتر`) nor a span of years (`سال ۸۳-۸۲`).
    fn score(&mut self, i: usize, e: &NumExpr) -> Option<usize> {
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
        if !(t.word(k) == "بر" || (dash(k) && !years)) {
            return None;
        }
        let e2 = words::parse(t, k + 1)?;
        let after = e2.end;
        // `۲ بر صفر برابر قطر`: against, not times.
        let measured = units::match_unit(t, after).is_some_and(|m| m.unit.code != Some("times"))
            || calendar::month(t.word(after)).is_some()
            || matches!(t.punct(after), Some('%' | '٪'));
        // `2019-05-12`, `1-2-3`: a date or a code.
        let chained = dash(after) && t.digits(after + 1).is_some();
        if !whole(&e2) || measured || chained || (dash(k) && e2.lone_word && e2.value != 0.0) {
            return None;
        }
        self.emit(Found::simple(e.value, Kind::Score, i, after).with_max(e2.value));
        Some(after)
    }

    /// `مرتضی قیاسی ۳ – پیمان بیابانی ۲`, `۴ (برنده) – سید احمد محمدی ۴`: a line of results
    /// names the second side between the two numbers.
    fn result_line(&mut self, i: usize, e: &NumExpr, mut k: usize) -> Option<usize> {
        let t = self.t;
        if t.punct(k) == Some('(') {
            k = (k + 1..k + 5).find(|&j| t.punct(j) == Some(')'))? + 1;
        }
        if !matches!(t.punct(k), Some('–' | '—' | '-')) || t.glued(k + 1) {
            return None;
        }
        let names = (k + 1..k + 5)
            .take_while(|&j| phrase::role(t, j) == phrase::Role::Noun && !t.is_latin_word(j))
            .count();
        let at = k + 1 + names;
        if names == 0 {
            return None;
        }
        let e2 = words::parse(t, at)?;
        let small = is_integer(e2.value) && e2.value <= 200.0 && e2.tail_mult == 1.0;
        let plain = e2.literal.is_some_and(|l| l.plain()) || t.word(at) == "صفر";
        let ends = units::match_unit(t, e2.end).is_none() && !matches!(t.punct(e2.end), Some('%'));
        if !(small && plain && ends && is_integer(e.value)) {
            return None;
        }
        self.emit(Found::simple(e.value, Kind::Score, i, e2.end).with_max(e2.value));
        Some(e2.end)
    }

    /// The high end of `۲ تا ۳`, `۲۰ تا ۳۰ هزار`, `between 8 and 14`, `2-3%`, as
    /// ((low, high), end); the low end borrows the high end's multiplier.
    fn range_high(
        &self,
        low: f64,
        e: &NumExpr,
        end: usize,
        prefix: &str,
    ) -> Option<((f64, f64), usize)> {
        let t = self.t;
        let connector = match t.word(end) {
            "تا" | "الی" | "to" => true,
            "and" => prefix == "between",
            "" => t.punct(end) == Some('-') && t.glued(end) && t.glued(end + 1),
            _ => false,
        };
        if !connector || e.ordinal || e.fraction || t.get(end + 1).is_some_and(|x| x.url) {
            return None;
        }
        if t.digits(end + 1).is_some() && self.identifier(end + 1).is_some() {
            return None;
        }
        let e2 = words::parse(t, end + 1)?;
        if e2.ordinal || e2.fraction || (e2.lone_word && t.word(end + 1) == "یک") {
            return None;
        }
        let mut low = low;
        let hyphen = t.punct(end) == Some('-');
        if e.tail_mult == 1.0 && e2.tail_mult > 1.0 && (hyphen || low < e2.value / e2.tail_mult) {
            low *= e2.tail_mult;
        }
        if e2.value > low {
            Some(((low, e2.value), e2.end))
        } else if hyphen && e2.value < low {
            // Typed right to left, `۴-۳ میلیاردی` is 3 to 4 billion.
            Some(((e2.value, low), e2.end))
        } else {
            None
        }
    }

    /// A year: after `سال`/`year`, after a season, or four digits that read as one.
    /// Returns (value, max, start token).
    fn year(
        &self,
        i: usize,
        e: &NumExpr,
        value: f64,
        max: Option<f64>,
    ) -> Option<(f64, Option<f64>, usize)> {
        let t = self.t;
        let lit = e.literal?;
        if !lit.plain() || e.has_word {
            return None;
        }
        let w1 = if i >= 1 { t.word(i - 1) } else { "" };
        let w2 = if i >= 2 { t.word(i - 2) } else { "" };
        let marker = match (w2, w1) {
            (
                _,
                "سال" | "سالهای" | "year" | "years" | "بودجه" | "انتخابات" | "سرشماری" | "کنکور",
            ) => Some(i - 1),
            (_, "و")
                if self.out.last().is_some_and(|f| f.kind == Kind::Year)
                    && self.spans.last().is_some_and(|s| s.1 + 1 == i) =>
            {
                Some(i)
            }
            ("سال", "های") => Some(i - 2),
            // `سال آبی ۹۷`, `سال زراعی ۹۸`, `سال مالی ۲۰۱۹`
            ("سال", "آبی" | "زراعی" | "مالی" | "تحصیلی" | "میلادی" | "شمسی") => {
                Some(i - 2)
            }
            (_, w) if calendar::season(w) => Some(i - 1),
            _ => None,
        };
        let expand = |v: f64| -> f64 {
            let len = if v >= 1000.0 { 4 } else { 2 };
            if v < 100.0 || len == 4 {
                calendar::expand_year(v as u64, len).map_or(v, |y| y as f64)
            } else {
                v
            }
        };
        if let Some(at) = marker {
            if lit.int_len <= 4 {
                return Some((expand(value), max.map(expand), at));
            }
            return None;
        }
        let next = t.word(e.end);
        let counted = context::classifier(next)
            || (t.is_latin_word(e.end) && next.ends_with('s') && !context::stopword(next));
        (lit.int_len == 4 && calendar::bare_year(value) && !counted).then_some((value, max, i))
    }

    fn emit(&mut self, f: Found) {
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
            if let Some((q, at)) = context::qualifier_before(t, f.start) {
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
        let subject = subject::find(t, &target).and_then(|(a, b)| subject_text(t, a, b));
        let figure = Figure {
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
        self.share_unit(&figure, f.start);
        self.out.push(figure);
        self.spans.push((start_tok, f.end));
        self.bare.push(f.bare);
    }

    /// `۲۵۰، ۳۰۰ و ۴۲۰ متر مربع`, `۱۲،۹ درصد`: bare numbers listed right before a figure
    /// with a unit take that unit.
    fn share_unit(&mut self, f: &Figure, mut start: usize) {
        if !matches!(
            f.kind,
            Kind::Percent | Kind::Money | Kind::Measure | Kind::Duration
        ) {
            return;
        }
        for k in (0..self.out.len()).rev() {
            let (_, end) = self.spans[k];
            let prev = &mut self.out[k];
            let bare = self.bare[k] && prev.kind == Kind::Count && prev.max.is_none();
            let sep = end + 1 == start
                && (matches!(self.t.punct(end), Some(',' | '،'))
                    || words::is_and(self.t, end)
                    || matches!(self.t.word(end), "یا" | "or"));
            if !(bare && sep) {
                break;
            }
            prev.kind = f.kind;
            prev.unit = f.unit;
            prev.subject.clone_from(&f.subject);
            prev.subject_start = f.subject_start;
            prev.subject_end = f.subject_end;
            start = self.spans[k].0;
        }
    }
}

impl Found {
    fn simple(value: f64, kind: Kind, start: usize, end: usize) -> Found {
        Found {
            value,
            max: None,
            kind,
            unit: None,
            start,
            end,
            adjectival: false,
            bare: false,
            hedge: false,
        }
    }

    fn with_max(mut self, max: f64) -> Found {
        self.max = Some(max);
        self
    }
}

fn prefix_word<'a>(t: &'a Tokens, i: usize) -> &'a str {
    if i > 0 {
        t.word(i - 1)
    } else {
        ""
    }
}

/// Where a range starts: at `بین`/`از`/`between`/`from` when one opens it.
fn start_of(prefix: &str, i: usize) -> usize {
    if matches!(prefix, "بین" | "between" | "از" | "from") {
        i - 1
    } else {
        i
    }
}

/// Thirteen significant digits: `۱۶. ۶ میلیارد` is 16600000000, not 16600000000.000002.
fn tidy(v: f64) -> f64 {
    format!("{v:.12e}").parse().unwrap_or(v)
}

/// `۲/۵ میلیون`: multipliers after a scraped decimal.
fn multiplied(t: &Tokens, mut v: f64, mut k: usize) -> (f64, usize) {
    while let Some(Lex::Mult(m)) = words::lookup(t.word(k)) {
        v *= m;
        k += 1;
    }
    (v, k)
}

/// The subject on tokens `a..b` as the article writes it, with its char offsets; a
/// possessive ending comes off its last word (`خودروهایش` is «خودروها»).
fn subject_text<'a>(t: &Tokens<'a>, a: usize, b: usize) -> Option<(&'a str, usize, usize)> {
    let first = t.get(a)?;
    let last = t.get(b.checked_sub(1)?)?;
    let text = t.slice(a, b);
    let kept = lexicon::without_possessive(t.word(b - 1))
        .map_or(last.byte_end, |n| last.byte_start + t.raw_len(b - 1, n));
    let text = &text[..kept - first.byte_start];
    let end = first.char_start + text.chars().count();
    Some((text, first.char_start, end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Qualifier;

    fn one(text: &str) -> Figure {
        let f = crate::extract::figures_in(text, Field::Body);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        f.into_iter().next().unwrap()
    }

    #[test]
    fn seed_forms() {
        let f = one("تاکنون 599 هزار و 51 تن با مراجعه");
        assert_eq!(
            (f.value, f.kind, f.text.as_str()),
            (599051.0, Kind::Count, "599 هزار و 51 تن")
        );
        let f = one("بخش جعفریه تا قم حدود 35 کیلومتر فاصله دارد.");
        assert_eq!(
            (f.value, f.unit, f.qualifier),
            (35.0, Some("km"), Some(Qualifier::About))
        );
        assert_eq!(f.text, "حدود 35 کیلومتر");
        let f = one("در سرشماری سال 95، جمعیت");
        assert_eq!((f.value, f.kind), (1395.0, Kind::Year));
    }

    #[test]
    fn english_dates_scores_and_money() {
        let f = one("exports fell in May 2019 sharply");
        assert_eq!((f.value, f.kind), (20190500.0, Kind::Date));
        let f = one("The 2-1 win over Qatar");
        assert_eq!((f.value, f.max, f.kind), (2.0, Some(1.0), Kind::Score));
        let f = one("revenue of $1.2bn last");
        assert_eq!((f.value, f.unit), (1.2e9, Some("USD")));
        let f = one("ارزش ۲۰۰ هزارتومان است");
        assert_eq!((f.value, f.unit), (200000.0, Some("IRT")));
    }

    #[test]
    fn glued_score() {
        let f = one("به پیروزی 2 برصفر دست یافت");
        assert_eq!((f.value, f.max, f.kind), (2.0, Some(0.0), Kind::Score));
    }

    #[test]
    fn offsets_are_chars() {
        let text = "از ابتدای سال 91 تا پایان";
        let f = one(text);
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[f.start..f.end].iter().collect::<String>(), "سال 91");
    }

    #[test]
    fn identifiers_are_skipped() {
        for text in [
            "انتهای پیام/8138/ 1175",
            "کووید-۱۹ و COVID-19",
            "ماده ۱۲ قانون",
            "تلفن ۰۲۱-۸۸۷۶۵۴۳۲",
            "ساعت ۱۸:۳۰",
            "یک مقام مسئول",
            "+98 21 8888 1234",
            "نه تنها",
        ] {
            let found = crate::extract::figures_in(text, Field::Body);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
    }
}
