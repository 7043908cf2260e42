//! The scan over one field: find each number, read what is around it, decide what figure it
//! is, and skip what only looks like one (codes, phones, addresses, names, `یک` as "a").

mod approximate;
mod cents;
mod coordinates;
mod counts;
mod dates;
mod emit;
#[cfg(test)]
mod fresh_forms;
mod glued;
mod hedge;
mod identifier;
mod labels;
#[cfg(test)]
mod listed_forms;
mod markers;
mod names;
mod ones;
mod points;
mod quantity;
mod rates;
#[cfg(test)]
mod real_forms;
mod restated;
#[cfg(test)]
mod result_forms;
mod scores;
#[cfg(test)]
mod spoken_forms;
#[cfg(test)]
mod table_forms;
mod titles;
mod vague;
#[cfg(test)]
mod value_forms;

use crate::article::Field;

use super::calendar;
use super::context::{self, Cues};
use super::digits;
use super::figure::{Figure, Kind};
use super::token::Tokens;
use super::units;
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
    /// The power of ten the unit word applied (`سنت`, `هزارتومان`), which bare numbers
    /// listed before it take with the unit (`۲۰، ۱۰ و ۵ سنتی`).
    scale: f64,
}

struct Scanner<'t, 'a> {
    t: &'t Tokens<'a>,
    field: Field,
    /// The article around the field: what it says about weights and currency.
    context: &'t Context<'t, 'a>,
    out: Vec<Figure>,
    /// Token ranges of `out`, for lists that share a unit (`۲۵۰، ۳۰۰ و ۴۲۰ متر`).
    spans: Vec<(usize, usize)>,
    /// Which of `out` are bare counts, with nothing counted after them.
    bare: Vec<bool>,
    /// Which of `out` are dates that only place their clause in time.
    placed: Vec<bool>,
    /// Which of `out` have a subject only guessed as the nearest noun phrase of the sentence.
    guessed: Vec<bool>,
    /// Numbers of three digits or more a label names somewhere in the field (`قطعنامه
    /// ۲۲۳۱`): met again bare, they name the same thing.
    named_numbers: Vec<u64>,
    /// Names glossed in Latin letters (`مسیه ۷۸ "(M۷۸)`) or met twice (`دوربان ۲`): the word
    /// before the number, and the number, to know the name again.
    glossed_names: Vec<(usize, u64)>,
    /// Titles quoted in the field that hold a number (`titles::quoted_titles`).
    titles: Vec<(usize, usize)>,
    /// Where a list of sources starts (the line after a `منابع` heading): its years, volumes
    /// and issue numbers are citations, not figures.
    references_from: Option<usize>,
}

/// The article a field belongs to, for what one field alone leaves open.
pub(crate) struct Context<'c, 'a> {
    pub fields: &'c [&'c Tokens<'a>],
    /// Computed from `fields` when a figure first needs them.
    pub cues: &'c std::cell::OnceCell<Cues>,
}

impl Context<'_, '_> {
    fn cues(&self) -> Cues {
        *self
            .cues
            .get_or_init(|| Cues::of(self.fields.iter().copied()))
    }
}

pub(crate) fn scan(t: &Tokens, field: Field, context: &Context) -> Vec<Figure> {
    let mut s = Scanner {
        t,
        field,
        context,
        out: Vec::new(),
        spans: Vec::new(),
        bare: Vec::new(),
        placed: Vec::new(),
        guessed: Vec::new(),
        named_numbers: Vec::new(),
        glossed_names: Vec::new(),
        titles: titles::quoted_titles(t),
        references_from: identifier::references_heading(t),
    };
    s.named_numbers = s.names_in_field();
    s.glossed_names = s.glossed_names();
    let mut i = 0;
    while i < t.len() {
        i = s.at(i).max(i + 1);
    }
    s.resolve_restated();
    s.name_coordinates();
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
            if words::lookup(w).is_none()
                && words::ordinal_word(w).is_none()
                && words::glued_tens(w).is_none()
                && words::glued_scale_word(w).is_none()
            {
                return self.glued_unit(i);
            }
        }
        // `فیلم «۳ رخ»`, `«رحمان ۱۴۰۰»`: digits in a title count nothing unless a unit or
        // a classifier follows them there (`«۵۰ درصد»`, `«۳ نفر»`) or a year is named
        // (`«سال‌های ۱۳۰۰ تا ۱۳۴۰»`).
        if digits.is_some() && in_short_quote(t, i) {
            let run = skip_run(t, i);
            let counts = matches!(prefix_word(t, i), "سال" | "سالهای")
                || names::counted_after(t, run)
                || t.punct(run) == Some('%');
            if !counts {
                return run;
            }
        }
        if !self.titles.is_empty() {
            if let Some(end) = self.title_again(i) {
                return end;
            }
        }
        if digits.is_none() && in_short_quote(t, i) {
            // Dates (`«یکشنبه یازدهم خرداد»`) and editions (`«هشتمین جشنواره»`) in a
            // title are still figures.
            let kept = words::parse(t, i).is_some_and(|e| {
                calendar::month(t.word(e.end)).is_some()
                    || (e.ordinal && t.word(e.end - 1).ends_with("مین"))
            });
            if !kept {
                return i + 1;
            }
        }
        if let Some(end) = self.decade(i) {
            return end;
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

    fn figure(&mut self, i: usize, e: NumExpr) -> usize {
        if let Some(end) = self.ranked_or_day(i, &e) {
            return end;
        }
        if let Some(end) = self.vague(i, &e) {
            return end;
        }
        let (value, end) = match self.literal_forms(i, &e) {
            Ok(read) => read,
            Err(next) => return next,
        };
        let (value, end) = self.glued_scale(value, end);
        let (value, end) = self.unjoined_step(&e, value, end);
        if let Some(end) = self.score(i, &e) {
            return end;
        }
        self.amount(i, &e, value, end)
    }

    /// Ordinals, ranks (`رتبه ۳۰`) and days written in words (`هفدهم فروردین`).
    fn ranked_or_day(&mut self, i: usize, e: &NumExpr) -> Option<usize> {
        let t = self.t;
        let (value, end) = (e.value, e.end);
        let rank = i > 0 && self.rank(i, end) && is_integer(value) && e.tail_mult == 1.0;
        if e.literal.is_none() && !rank {
            // `هفدهم فروردین`, `چهار فروردین`, `اول ماه آوریل`: a day written in words.
            let found = self.date(i, value, end, 0, false);
            if let Some(found) = found.or_else(|| self.day_range_opening(i, value, end)) {
                return Some(self.emit_date(found));
            }
        }
        if !(e.ordinal || rank) {
            return None;
        }
        let adjective = words::ordinal_adjective(t.word(end - 1));
        if e.ordinal && adjective && !self.ordinal_after_noun(i, end) {
            return Some(end);
        }
        let start = if rank { i - 1 } else { i };
        // `مقام هشتم تا دوازدهمی`: a range of places.
        let upto = (t.word(end) == "تا")
            .then(|| words::parse(t, end + 1))
            .flatten()
            .filter(|to| to.ordinal && to.literal.is_none() && to.value > value);
        if let Some(to) = upto {
            self.emit(Found::simple(value, Kind::Ordinal, start, to.end).with_max(to.value));
            return Some(to.end);
        }
        self.emit(Found::simple(value, Kind::Ordinal, start, end));
        Some(end)
    }

    /// What digits alone decide: an ordinal suffix (`۳۵مین`), a name (`5G`), a decimal a
    /// scraper split (`۱۲. ۱۵ درصد`), a date. `Ok` carries the value and end read so far, `Err`
    /// the token to go on from when the number is settled.
    fn literal_forms(&mut self, i: usize, e: &NumExpr) -> Result<(f64, usize), usize> {
        let t = self.t;
        let (mut value, mut end) = (e.value, e.end);
        let Some(lit) = e.literal else {
            return Ok((value, end));
        };
        let next = t.word(end);
        let suffix = matches!(next, "مین" | "امین")
            || (t.glued(end) && matches!(next, "ام" | "th" | "st" | "nd" | "rd"));
        if suffix && lit.plain() {
            self.emit(Found::simple(value, Kind::Ordinal, i, end + 1));
            return Err(end + 1);
        }
        if t.glued(end)
            && t.is_latin_word(end)
            && units::match_unit(t, end).is_none()
            && words::lookup(next).is_none()
        {
            return Err(end + 1);
        }
        let split = digits::split_decimal(t, &lit);
        let sure = split.is_some() && digits::surely_split(t, &lit);
        let scraped = split
            .or_else(|| digits::slash_decimal(t, &lit))
            .or_else(|| digits::turned_slash_decimal(t, &lit));
        if let Some((v, k)) = scraped {
            let (v, k) = multiplied(t, v, k);
            if sure || units::match_unit(t, k).is_some() || k > lit.end + 2 {
                value = v;
                end = k;
            } else if t.punct(lit.end) == Some('/') && t.glued(lit.end + 1) {
                return Err(skip_run(t, i));
            }
        }
        if let Some(found) = self.date(i, value, end, lit.int_len, false) {
            return Err(self.emit_date(found));
        }
        Ok((value, end))
    }

    /// An amount: alternatives (`پنج یا چهار میلیون`), a range (`۲ تا ۳ درصد`), a sign, a
    /// currency symbol, then whatever follows decides its kind.
    fn amount(&mut self, i: usize, e: &NumExpr, mut value: f64, mut end: usize) -> usize {
        let t = self.t;
        // `پنج یا چهار میلیون تومان`: the first of two alternatives takes the second's scale
        // (and, in `share_unit`, its unit).
        let or = matches!(t.word(end), "یا" | "or");
        let and = words::is_and(t, end);
        // `کف ۲.۵ و سقف آن ۵ میلیون تومان`, `حداقل ۲ و حداکثر ۵ میلیون تومان`: a floor and
        // a ceiling, the scale and unit said once, after the ceiling.
        let ceiling = if and { ceiling_words(t, end + 1) } else { 0 };
        let next = (or || and)
            .then(|| words::parse(t, end + 1 + ceiling))
            .flatten();
        let alternative =
            or && e.tail_mult == 1.0 && !e.ordinal && next.is_some_and(|e2| !e2.ordinal);
        // `مبالغ ۲۵۰ و ۵۵۰ هزار تومان`: two amounts in digits, the scale and unit said once,
        // after the second (a first with its own scale goes on into one amount instead).
        let prefix = prefix_word(t, i);
        let listed = and
            && !context::label(prefix)
            && !context::time_noun(prefix)
            && e.tail_mult == 1.0
            && !e.has_word
            && !e.ordinal
            && t.digits(end + 1).is_some()
            && next.is_some_and(|e2| e2.has_word && e2.tail_mult > 1.0 && measured_at(t, e2.end));
        let bounded = ceiling > 0
            && !e.ordinal
            && next.is_some_and(|e2| e2.tail_mult > 1.0 && measured_at(t, e2.end));
        let alternative = alternative || listed || bounded;
        if alternative {
            if let Some(e2) = next.filter(|e2| e2.tail_mult > 1.0) {
                if value < 1000.0 && e2.value / e2.tail_mult > value.min(1.0) {
                    value *= e2.tail_mult;
                }
            }
        }
        let mut start = i;
        let mut max = None;
        let hyphen = t.punct(end) == Some('-');
        let opened = self.range_high(value, e, end, prefix);
        let range = opened.or_else(|| self.approximate_pair(value, e, end));
        if let Some((high, k)) = range {
            value = high.0;
            max = Some(high.1);
            end = k;
            // `۵-۶ میلیارد ضرر کردم`: a scale word on the high end makes an amount of the pair.
            let unit_follows =
                measured_at(t, end) || matches!(words::lookup(t.word(end - 1)), Some(Lex::Mult(_)));
            let years = calendar::bare_year(value) && high.1 <= 2100.0;
            if let Some(high_date) = self.date(k, high.1, end, 2, true).filter(|d| d.start == k) {
                let low_date = high_date.value - high.1 + high.0;
                let found = Found::simple(low_date, Kind::Date, start_of(prefix, i), high_date.end)
                    .with_max(high_date.value);
                let end = found.end;
                self.emit(found);
                return end;
            }
            if hyphen && !unit_follows {
                if let Some((from, to)) = calendar::running_years(high.0, high.1, prefix) {
                    self.emit(Found::simple(from, Kind::Year, i, end).with_max(to));
                    return end;
                }
            }
            // `۲۰-۲۵` without a unit is a set score, a table cell or a code, not a range.
            if hyphen && !unit_follows && !years {
                return end;
            }
            if opened.is_some() {
                start = start_of(prefix, i);
            }
        }
        // `به -۵ درجه`: a minus typed onto the number, after a word.
        let minus_sign = i > 0
            && t.punct(i - 1) == Some('-')
            && t.glued(i)
            && (i == 1 || (!t.glued(i - 1) && t.digits(i - 2).is_none()))
            && t.digits(i).is_some()
            && units::match_unit(t, end)
                .is_some_and(|m| matches!(m.unit.kind, Kind::Measure | Kind::Percent));
        if i > 0 && (matches!(prefix, "منفی" | "منهای" | "minus") || minus_sign) {
            value = -value;
            max = max.map(|m| -m);
            start = i - 1;
        }
        let currency = currency_sign(t, i);
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
            scale: 1.0,
        };
        self.quantity(i, e, found, currency)
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
            "" => {
                (t.punct(end) == Some('-') && t.glued(end) && t.glued(end + 1))
                    || self.spaced_range(end)
            }
            _ => false,
        };
        if !connector || e.ordinal || e.fraction || t.get(end + 1).is_some_and(|x| x.url) {
            return None;
        }
        if t.digits(end + 1).is_some() && self.identifier(end + 1).is_some() {
            return None;
        }
        // `از شنبه ۱۰ تا چهارشنبه ۱۴ اسفند`: a weekday before the day that ends the range.
        let day = t.word(end + 1);
        let weekday = (day.ends_with("شنبه") || day == "جمعه")
            && context::day_or_time_of_day(day)
            && t.digits(end + 2).is_some();
        let e2 = words::parse(t, end + 1 + usize::from(weekday))?;
        if e2.ordinal || e2.fraction || (e2.lone_word && t.word(end + 1) == "یک") {
            return None;
        }
        let hyphen = t.punct(end) == Some('-');
        let low =
            low * emit::borrowed_scale(t, low, e, end + 1 + usize::from(weekday), &e2, hyphen);
        if e2.value > low {
            Some(((low, e2.value), e2.end))
        } else if hyphen && e2.value < low {
            // Typed right to left, `۴-۳ میلیاردی` is 3 to 4 billion.
            Some(((e2.value, low), e2.end))
        } else {
            None
        }
    }
}

impl Scanner<'_, '_> {
    /// `۱۵ – ۱۶ روز`, `۶- ۷ سال`, `۲۰ - ۳۰ نفر`: a dash with a space beside it joins a range
    /// only when what the second number measures follows it; else it may open a list item or
    /// part a result (`۵ - یک سامانه`, `۳ - صفر`).
    fn spaced_range(&self, dash: usize) -> bool {
        let t = self.t;
        matches!(t.punct(dash), Some('-' | '–' | '—'))
            && t.digits(dash + 1).is_some()
            && words::parse(t, dash + 1).is_some_and(|e2| !e2.ordinal && measured_at(t, e2.end))
    }
}

/// How many words at `k` name a ceiling after its floor (`سقف آن`, `سقف`, `حداکثر`): see
/// [`Scanner::amount`] and `share_unit`.
pub(super) fn ceiling_words(t: &Tokens, k: usize) -> usize {
    match (t.word(k), t.word(k + 1)) {
        ("سقف", "آن") => 2,
        ("حداکثر" | "سقف", _) => 1,
        _ => 0,
    }
}

/// Whether what a range measures follows at `k`: a unit, or a classifier (`۲۰-۳۰ نفر`), which
/// measures a range as a unit does.
fn measured_at(t: &Tokens, k: usize) -> bool {
    units::match_unit(t, k).is_some() || context::classifier(t.word(k))
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
            scale: 1.0,
        }
    }

    fn with_max(mut self, max: f64) -> Found {
        self.max = Some(max);
        self
    }
}

/// Whether token `i` is inside a short quotation (`«دو هفته کارگردانان»`, `«سه روز با
/// من»`): a name or a title, whose number words count nothing.
fn in_short_quote(t: &Tokens, i: usize) -> bool {
    /// Tokens a title may span, its guillemets included.
    const TITLE: usize = 8;
    let inside = |k: &usize| !matches!(t.punct(*k), Some('«' | '»' | '\n' | '.'));
    let Some(open) = (i.saturating_sub(TITLE)..i).rev().find(|k| !inside(k)) else {
        return false;
    };
    let close = (i + 1..(open + TITLE).min(t.len())).find(|k| !inside(k));
    t.punct(open) == Some('«') && close.is_some_and(|c| t.punct(c) == Some('»'))
}

fn prefix_word<'a>(t: &'a Tokens, i: usize) -> &'a str {
    if i > 0 {
        t.word(i - 1)
    } else {
        ""
    }
}

/// `$3.2bn`, `€5`: the currency of a sign glued before the number.
fn currency_sign(t: &Tokens, i: usize) -> Option<&'static str> {
    if i == 0 || !t.glued(i) {
        return None;
    }
    match t.punct(i - 1) {
        Some('$') => Some("USD"),
        Some('€') => Some("EUR"),
        Some('£') => Some("GBP"),
        _ => None,
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

/// Thirteen significant digits: `۱۶. ۶ میلیارد` is 16600000000, not 16600000000.000002. A whole
/// number under 10^13, most figures, has no more digits than that and is already tidy (the
/// round trip through text was 4% of `extract`).
fn tidy(v: f64) -> f64 {
    if v.fract() == 0.0 && v.abs() < 1e13 {
        return v;
    }
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

/// The values the scan finds in `text` read as a body, in order: what most tests of a form
/// check.
#[cfg(test)]
fn values(text: &str) -> Vec<f64> {
    crate::extract::figures_in(text, crate::article::Field::Body)
        .iter()
        .map(|f| f.value)
        .collect()
}
