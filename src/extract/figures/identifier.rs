//! Numbers that are no figures: names (`G20`), labels (`ماده ۱۲`), clock times, phone
//! numbers, reporter codes, list markers.

use super::super::figure::Kind;
use super::super::token::Tokens;
use super::super::{calendar, context, digits, lexicon, phrase, units, words};
use super::{coordinates, names, skip_run, Scanner};

impl Scanner<'_, '_> {
    /// Where an identifier at `i` ends, when the number there is one: names (`G20`,
    /// `COVID-19`), labels (`ماده ۱۲`), clock times, phone numbers, reporter codes, IDs.
    pub(super) fn identifier(&self, i: usize) -> Option<usize> {
        let t = self.t;
        if let Some(end) = self.show_name(i) {
            return Some(end);
        }
        let labelled = self.labelled(i);
        let Some((value, len, _)) = t.digits(i) else {
            let prev = if i > 0 { t.word(i - 1) } else { "" };
            // `مرحله اول` ranks; `مرحله ۲` names.
            let ranked = context::ranking_noun(prev) && words::ordinal_adjective(t.word(i));
            // `مناطق بیست و دومین جشنواره`: an ordinal before its noun starts a new phrase.
            let before_noun =
                words::parse(t, i).is_some_and(|e| e.ordinal && t.word(e.end - 1).ends_with("مین"));
            // `پایه یک و دو`, `ماده یک و دو`: a label names the list after it too.
            let listed_end = |mut end: usize| {
                while words::is_and(t, end) {
                    match words::parse(t, end + 1) {
                        Some(e) if !e.ordinal && e.tail_mult == 1.0 => end = e.end,
                        _ => break,
                    }
                }
                end
            };
            return (labelled && !ranked && !before_noun)
                .then(|| listed_end(words::parse(t, i).map_or(i + 1, |e| e.end)));
        };
        let run = skip_run(t, i);
        // `﴿ ۷۸ ﴾`: the Quran's ornate parentheses enclose verse numbers (copy may have them
        // either way round).
        let ornate = |c: Option<char>| matches!(c, Some('﴿' | '﴾'));
        if i > 0 && ornate(t.punct(i - 1)) && ornate(t.punct(run)) {
            return Some(run + 1);
        }
        if let Some(end) = coordinates::dms_end(t, i) {
            return Some(end);
        }
        if labelled {
            return Some(self.label_end(i, run));
        }
        if self.references_from.is_some_and(|from| i >= from) {
            return Some(run);
        }
        // `قطعنامه ۲۲۳۱ ... و قعطنامه ۲۲۳۱`: the same number again, unless it counts something
        // (`ماده ۱۴۸ ... مشتمل بر ۱۴۸ ماده`) or reads as a year (`دهه ۱۹۶۰ ... سال ۱۹۶۰`).
        // `۱۲۳ خبر دهد`, `۱۲۳ موثر بود`: a noun that is half of a verb, or a word that is also
        // an adverb, is nothing counted.
        // Asked only of a number named before (most are not): reading the phrase after it
        // was a sixth of this function's cost when done for every number.
        let counted_after = || {
            let classes = lexicon::classes(t.word(run));
            let noun_counted = classes.has(lexicon::Classes::NOUN)
                && !classes.has(lexicon::Classes::ADV)
                && !matches!(phrase::role(t, run + 1), phrase::Role::Verb)
                && !phrase::light(t, run + 1);
            names::counted_after(t, run)
                || (value < 1000 && noun_counted && phrase::forward(t, run).is_some())
        };
        let year = calendar::bare_year(value as f64)
            || (i > 0 && matches!(t.word(i - 1), "سال" | "سالهای" | "year"));
        if self.named_by_kind(i, run) {
            return Some(run);
        }
        if len >= 3
            && run == i + 1
            && !year
            && self.named_numbers.contains(&value)
            && !counted_after()
        {
            return Some(run);
        }
        if self.in_address(i, run) {
            return Some(run);
        }
        // `انگلیس ۳- نروژ صفر`: after a team's name the dash joins the sides of a result.
        let named_before = i > 0 && !self.opens_sentence(i) && t.digits(i - 1).is_none();
        if named_before
            && run == i + 1
            && words::parse(t, i).is_some_and(|e| self.result_pair(&e, e.end).is_some())
        {
            return None;
        }
        if let Some(end) = self
            .numbered_line(i, run)
            .or_else(|| self.inline_marker(i, run))
            .or_else(|| self.sentence_marker(i, run))
        {
            return Some(end);
        }
        // List markers and weight classes: `1- حاجی`, `۲) ...`, `وزن 66- کیلوگرم`; inside a
        // line, not the low end of a range typed with the space after its dash (`۶- ۷ سال`).
        let marker = match t.punct(run) {
            Some('-') => t.line_start(i) || !self.spaced_range(run),
            // `۳_ مرتضی ...`, `مطبوعاتی3_ ساعت کار زیاد`: an underscore numbers an item at the
            // start of a line or after the item before it, run into the number.
            Some('_') => t.line_start(i) || (i > 0 && t.glued(i) && !t.word(i - 1).is_empty()),
            Some('.') => self.opens_sentence(i) && t.digits(run + 1).is_none(),
            // `۲) ...`, not the end of `(۱۹۴۴-۱۹۴۵)`.
            Some(')') => !(i > 0 && matches!(t.punct(i - 1), Some('(' | '-'))) && len <= 2,
            _ => false,
        };
        // `3.توجه`, `۲."`: a short number opening a sentence, with its full stop, marks a list
        // item even run into what follows.
        let dotted = t.punct(run) == Some('.') && len <= 2;
        let spaced_after = t.get(run + 1).is_none_or(|x| !x.glued);
        if marker && t.glued(run) && (spaced_after || dotted) && run == i + 1 {
            return Some(run + 1);
        }
        if self.in_citation(i)
            || self.in_latin_name(i, run)
            || self.glossed(i)
            || self.index_base(i, run)
        {
            return Some(run);
        }
        self.glued_code(i, run)
            .or_else(|| self.model_number(i, run))
            .or_else(|| self.code_shape(i, run, len))
    }

    /// `سایوز تی ام- ۲۰`, `F- 14`: the number of a model after a short name and its hyphen,
    /// typed with the space on the other side (`سایوز -۱۸` is read in [`Self::glued_code`]);
    /// not a count or an amount that follows (`گفت- ۲۰ نفر`, `قیمت- ۲۰ هزار تومان`).
    fn model_number(&self, i: usize, run: usize) -> Option<usize> {
        let t = self.t;
        if i < 2 || t.glued(i) || t.punct(i - 1) != Some('-') || !t.glued(i - 1) {
            return None;
        }
        let name = t.word(i - 2);
        let short = !name.is_empty() && (name.chars().count() <= 2 || t.is_latin_word(i - 2));
        let measured = units::match_unit(t, run).is_some()
            || context::classifier(t.word(run))
            || matches!(words::lookup(t.word(run)), Some(words::Lex::Mult(_)));
        (short && !measured && run == i + 1).then_some(run)
    }

    /// Numbers of three digits or more that a label or a kind names anywhere in the field
    /// (`قطعنامه ۲۲۳۱`, `هواپیمای بوئینگ ۷۳۷`), so the same number met bare before or after
    /// (`۷۳۷ مکس`) is taken for the same name.
    pub(super) fn names_in_field(&self) -> Vec<u64> {
        let t = self.t;
        let mut names: Vec<u64> = (0..t.len())
            .filter_map(|i| {
                let (value, len, _) = t.digits(i)?;
                let named = len >= 3
                    && !(i > 0 && t.glued(i) && t.digits(i - 1).is_some())
                    && (self.labelled(i) || self.named_by_kind(i, skip_run(t, i)));
                named.then_some(value)
            })
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }

    /// Numbers glued into codes: `G20`, reporter codes (`ع20/ض1002`, `/8138/ 1175`), a stock
    /// symbol or a list number run into the next word (`خفنر1فراورده`, `مصباح۳نام`; after a
    /// word the lexicon knows it is a figure typed without spaces, `مدت۲۰دقیقه`), `+98`.
    fn glued_code(&self, i: usize, run: usize) -> Option<usize> {
        let t = self.t;
        if i > 0 && t.glued(i) {
            let prev_word = t.word(i - 1);
            let letters_after = !t.word(run).is_empty() && t.glued(run);
            let known =
                !lexicon::classes(prev_word).is_empty() || lexicon::noun_stem(prev_word).is_some();
            // `نماد خودرو1`: a stock symbol ends in a digit; so does the name of an operation
            // or a plan (`طرح ظفر6`, `رزمایش محمد رسول‌الله3`).
            let symbol = i >= 2 && matches!(t.word(i - 2), "نماد" | "طرح" | "عملیات" | "رزمایش");
            // `الشیخ1 أنها`: a short number run onto a word the lexicon does not know, with
            // nothing counted after it, marks a note or is part of a name.
            // Not the first number of a sentence run onto the verb ending the one before
            // (`فراهم شد۷ تا ۸ درصد`, `بروند۲. ۸ میلیون`), nor a day before its month.
            let goes_on = matches!(t.word(run), "تا" | "الی" | "و" | "یا")
                || t.punct(run) == Some('.')
                || calendar::month(t.word(run)).is_some();
            let marker = !prev_word.is_empty()
                && !known
                && lexicon::verb(prev_word).is_none()
                && run == i + 1
                && t.digits(i).is_some_and(|(_, len, _)| len <= 2)
                && !goes_on
                && !names::counted_after(t, run);
            if t.is_latin_word(i - 1)
                || (prev_word.chars().count() == 1 && prev_word != "و")
                || (!prev_word.is_empty() && letters_after && !known)
                || symbol
                || marker
            {
                return Some(run);
            }
            match t.punct(i - 1) {
                Some('-') if i >= 2 && t.glued(i - 1) && !t.word(i - 2).is_empty() => {
                    return Some(run)
                }
                // `سایوز -۱۸`: a name's number, not a negative amount (`-۵ درجه`) nor the
                // year of an edition (`جشنواره -۲۰۱۷`).
                Some('-')
                    if i >= 2
                        && !t.glued(i - 1)
                        && !t.word(i - 2).is_empty()
                        && units::match_unit(t, run).is_none()
                        && calendar::month(t.word(run)).is_none()
                        && t.digits(i).is_some_and(|(v, len, _)| {
                            !(len == 4 && calendar::bare_year(v as f64))
                        }) =>
                {
                    return Some(run)
                }
                Some('+') => return Some(self.phone_end(run)),
                // `*۷۳۳#`: a code to dial.
                Some('#' | '*') => return Some(run),
                _ => {}
            }
        }
        // After a word or a space a slash only separates headlines (`تهران-شمال/1500 دستگاه`).
        let slashed_after = t.punct(run) == Some('/') && t.glued(run);
        if i > 0
            && t.punct(i - 1) == Some('/')
            && ((t.glued(i - 1) && t.digits(i - 2).is_some()) || (t.glued(i) && slashed_after))
        {
            return Some(run);
        }
        // `# 90*720*`: a code to dial, its first number before the star.
        (matches!(t.punct(run), Some('+' | '#' | '*')) && t.glued(run)).then_some(run + 1)
    }

    /// Numbers shaped like codes: clock times (`۱۸:۳۰`, `5 pm`, the hour opening a span to
    /// one, `۱۱ تا ۱۲:۳۰`), phone numbers (`021...`), long hyphenated or plain digit runs that
    /// are no amount of money.
    fn code_shape(&self, i: usize, run: usize, len: u32) -> Option<usize> {
        let t = self.t;
        let clock = |k: usize| {
            t.digits(k).is_some()
                && t.punct(k + 1) == Some(':')
                && t.glued(k + 1)
                && t.glued(k + 2)
                && t.digits(k + 2).is_some()
        };
        if clock(i) {
            return Some(run);
        }
        // `ساعت ۳۰: ۱۹`, `ساعت ۱۴: ۰۰`: a time after «ساعت» with the colon spaced off, often
        // turned around by an editor; a colon after a number elsewhere opens what it says.
        let two_digits = |k: usize| t.digits(k).is_some_and(|(v, len, _)| len <= 2 && v < 60);
        let spaced_clock = |k: usize| {
            k > 0
                && t.word(k - 1) == "ساعت"
                && two_digits(k)
                && t.punct(k + 1) == Some(':')
                && t.glued(k + 1)
                && !t.glued(k + 2)
                && two_digits(k + 2)
        };
        if spaced_clock(i) {
            return Some(i + 3);
        }
        if i >= 2 && spaced_clock(i - 2) {
            return Some(i + 1);
        }
        if run == i + 1 && len <= 2 && t.word(run) == "تا" && clock(run + 1) {
            return Some(skip_run(t, run + 1));
        }
        let lit = digits::literal(t, i)?;
        if lit.leading_zero && len >= 3 && lit.plain() {
            return Some(self.phone_end(run));
        }
        let run_digits: u32 = (i..run).filter_map(|k| t.digits(k)).map(|d| d.1).sum();
        let hyphenated = (i..run).any(|k| t.punct(k) == Some('-'));
        // `۱۹۸۴-۱۹۸۵` is a span of years, not a code; `۱۲۰۰-۱۳۰۰ دستگاه`, two numbers of one
        // size with what they measure after them, a range.
        let years = run == i + 3
            && [i, i + 2].iter().all(|&k| {
                t.digits(k)
                    .is_some_and(|(v, len, _)| len == 4 && calendar::bare_year(v as f64))
            });
        let range = run == i + 3 && super::measured_at(t, run) && {
            let (low, high) = (t.digits(i), t.digits(i + 2));
            low.zip(high).is_some_and(|((a, la, _), (b, lb, _))| {
                la == lb && a.min(b) > 0 && a.max(b) < 2 * a.min(b)
            })
        };
        if hyphenated && run_digits >= 7 && !years && !range {
            return Some(run);
        }
        // `۳۰۰۷۶۵۰۰۰ کیلومتر`: a long run with a unit after it is an amount all the same.
        if lit.plain() && len >= 8 {
            let amount = units::match_unit(t, lit.end)
                .is_some_and(|m| matches!(m.unit.kind, Kind::Money | Kind::Measure));
            if !amount {
                return Some(run);
            }
        }
        // `با ۱۲۵ تماس بگیرید`: a number to call.
        if matches!(t.word(lit.end), "تماس" | "پیامک") && lit.plain() {
            return Some(run);
        }
        matches!(t.word(lit.end), "am" | "pm").then_some(lit.end + 1)
    }

    /// Where the number of a numbered line ends, when the number at `i` (its digits up to
    /// `run`) is one: the marker typed before it (`-1 کلیه`, the `1-` of a right-to-left list
    /// typed in logical order), after it spaced or not (`9 - DRURY`, `۲-کاهش`) or drawn out
    /// (`13ـ انصاری`).
    /// Not an amount at the start of a line (`-5 درجه`, `۱۲ - ۱۵ نفر`).
    fn numbered_line(&self, i: usize, run: usize) -> Option<usize> {
        let t = self.t;
        let text_at = |k: usize| {
            t.get(k).is_some()
                && t.digits(k).is_none()
                && units::match_unit(t, k).is_none()
                && calendar::month(t.word(k)).is_none()
        };
        if run != i + 1 {
            return None;
        }
        let dash_before = i > 0 && t.punct(i - 1) == Some('-') && t.glued(i) && t.line_start(i - 1);
        let end = if dash_before && !t.glued(run) && text_at(run) {
            run
        } else if !t.line_start(i) {
            return None;
        } else if t.punct(run) == Some('-') && text_at(run + 1) {
            run + 1
        } else {
            // The tatweel is no token: it is in the text between the number and the next word.
            let drawn = text_at(run)
                && t.slice(i, run + 1)
                    .get(t.slice(i, run).len()..)
                    .is_some_and(|gap| gap.starts_with('\u{640}'));
            if !drawn {
                return None;
            }
            run
        };
        self.numbered_in_sequence(i).then_some(end)
    }

    /// Whether the number at `i` is the house, unit or floor of an address a street opened,
    /// names between them (`خیابان شریعتی، نبش ملک، ۶`, `... پ ۶`, `... پلاک ۶ واحد ۳`):
    /// a bare number there, or one after a word of a building. Not a count that follows
    /// (`خیابان آزادی ۶ نفر`).
    fn in_address(&self, i: usize, run: usize) -> bool {
        let t = self.t;
        let street = phrase::back_in_sentence(t, i, 12).any(|k| street_word(t, k));
        if !street || i == 0 {
            return false;
        }
        let building = matches!(
            t.word(i - 1),
            "پ" | "ساختمان" | "واحد" | "طبقه" | "ط" | "پلاک" | "شماره" | "کدپستی"
        );
        let bare = t.get(run).is_none()
            || matches!(t.punct(run), Some('،' | ',' | '.' | '\n' | '-' | '(' | ')'))
            || matches!(t.word(run), "واحد" | "طبقه" | "ط" | "تلفن" | "کدپستی");
        let after_comma = matches!(t.punct(i - 1), Some('،' | ','));
        // `نبش اعرابی ۶، پلاک ۲`, `نبش بهار ۱۸ پلاک ۷`: the number closes the name of a
        // street, one or two words after the street word, before the next part of the address.
        let named = (i.saturating_sub(3)..i)
            .rev()
            .take_while(|&k| t.punct(k).is_none() && t.digits(k).is_none())
            .any(|k| street_word(t, k));
        // `خیابان صیاد شیرازی ۱۵ گرگان`, `خیابان صیاد ۱۵ در`: a city's name (a word the
        // lexicon does not know) or a preposition after the number ends the street's name.
        let after = t.word(run);
        let place_or_prep = !after.is_empty()
            && units::match_unit(t, run).is_none()
            && !context::classifier(after)
            && (lexicon::classes(after).is_empty() || phrase::role(t, run) == phrase::Role::Prep);
        let next_part = street_word(t, run)
            || matches!(after, "پلاک" | "پ" | "ساختمان" | "واحد" | "طبقه")
            || place_or_prep;
        building || (after_comma && bare) || (named && (bare || next_part))
    }

    /// Whether the number at `i` opening a line has a neighbour one up or down opening
    /// another line, as list numbers do (`-64 کلاهک ربوده شد` on its own is a headline).
    fn numbered_in_sequence(&self, i: usize) -> bool {
        let t = self.t;
        let Some((v, _, _)) = t.digits(i) else {
            return false;
        };
        let opens_line = |k: usize| {
            t.line_start(k) || (k > 0 && t.punct(k - 1) == Some('-') && t.line_start(k - 1))
        };
        (v > 0 && self.item_nearby(i, 3000, v - 1, opens_line))
            || self.item_nearby(i, 3000, v + 1, opens_line)
    }

    /// Whether the number at `i` is one side of an index's base, `(۱۰۰=۱۳۹۰)`: the year the
    /// index stands at 100, written beside its name, measures nothing. The scanner reaches
    /// the year after the 100, so either side may be the one at `i`.
    fn index_base(&self, i: usize, run: usize) -> bool {
        let t = self.t;
        let year = |k: usize| {
            t.digits(k)
                .is_some_and(|(v, len, _)| len == 4 && calendar::bare_year(v as f64))
        };
        let hundred = |k: usize| t.digits(k).is_some_and(|(v, _, _)| v == 100);
        (t.punct(run) == Some('=') && (hundred(i) && year(run + 1) || year(i) && hundred(run + 1)))
            || (i >= 2
                && t.punct(i - 1) == Some('=')
                && (year(i) && hundred(i - 2) || hundred(i) && year(i - 2)))
    }

    /// Whether the number at `i` is a volume or page of a citation, after the year of the work
    /// in the same brackets (`(مجلسی، ۱۴۰۳: ۶ / ۲۱۴ و ۲۱۸)`).
    fn in_citation(&self, i: usize) -> bool {
        let t = self.t;
        let mut year_colon = false;
        for k in (i.saturating_sub(12)..i).rev() {
            match t.punct(k) {
                Some('(') => return year_colon,
                Some(')' | '.' | '\n') => return false,
                Some(':') => {
                    year_colon |= k > 0
                        && t.digits(k - 1)
                            .is_some_and(|(v, len, _)| len == 4 && calendar::bare_year(v as f64));
                }
                _ => {}
            }
        }
        false
    }

    /// Whether the number at `i` (its digits up to `run`) is part of a name in Latin letters
    /// set apart in brackets or quotes (`"NGC ۲۰۶۸"`, `(Snapdragon Wear ۲۱۰۰)`, `(Mars
    /// ۲۰۲۰)`): a catalogue or model name glossed in the copy, not a year or a count.
    fn in_latin_name(&self, i: usize, run: usize) -> bool {
        let t = self.t;
        let latin_before = (i.saturating_sub(5)..i)
            .rev()
            .take_while(|&k| t.is_latin_word(k))
            .count();
        let open = i - latin_before;
        if latin_before == 0 || open == 0 {
            return false;
        }
        let latin_after = (run..run + 4).take_while(|&k| t.is_latin_word(k)).count();
        let close = run + latin_after;
        matches!(
            (t.punct(open - 1), t.punct(close)),
            (Some('('), Some(')'))
                | (Some('"'), Some('"'))
                | (Some('«'), Some('»'))
                | (Some('“'), Some('”'))
        )
    }

    /// Whether token `i` opens a line or follows the end of a sentence.
    pub(super) fn opens_sentence(&self, i: usize) -> bool {
        let t = self.t;
        t.get(i).is_some()
            && (i == 0
                || matches!(
                    t.punct(i - 1),
                    Some('.' | '?' | '!' | '؟' | ':' | '؛' | '\n')
                ))
    }

    /// A phone number goes on over space-separated digit groups (`+98 21 8888 1234`).
    pub(super) fn phone_end(&self, mut k: usize) -> usize {
        while self.t.digits(k).is_some() && !self.t.glued(k) {
            k = skip_run(self.t, k);
        }
        k
    }
}

/// A word that opens a street or an alley in an address (`خیابان`, `نبش`, `کوچه`, `بن‌بست`,
/// `بن بست`).
pub(super) fn street_word(t: &Tokens, k: usize) -> bool {
    matches!(
        t.word(k),
        "خیابان" | "بلوار" | "میدان" | "نبش" | "کوچه" | "خ" | "بنبست"
    ) || (t.word(k) == "بست" && k > 0 && t.word(k - 1) == "بن")
}

/// The token after a line that is only a sources heading (`منابع`, `منابع و مآخذ`, `فهرست
/// منابع:`, `References`), where a list of sources starts; none when the field has no such
/// line.
pub(super) fn references_heading(t: &Tokens) -> Option<usize> {
    let heading = |w: &str| {
        matches!(w, "منابع" | "مآخذ" | "ماخذ" | "منبع")
            || ["references", "sources", "bibliography"]
                .iter()
                .any(|h| w.eq_ignore_ascii_case(h))
    };
    let mut start = 0;
    for k in 0..t.len() {
        if t.punct(k) != Some('\n') {
            continue;
        }
        let line = start..k;
        start = k + 1;
        let words = line.clone().filter(|&j| t.punct(j).is_none());
        let only_heading = line.clone().all(|j| {
            matches!(t.punct(j), Some(':'))
                || heading(t.word(j))
                || matches!(t.word(j), "و" | "فهرست" | "and")
        });
        if only_heading && words.clone().any(|j| heading(t.word(j))) && words.count() <= 4 {
            return Some(k + 1);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::values;

    #[test]
    fn a_clock_time_with_its_colon_spaced_is_no_figure() {
        assert_eq!(
            values("اجرا هر شب ساعت ۴۵: ۲۰ در تالار شهر است."),
            Vec::<f64>::new()
        );
        assert_eq!(values("پرواز ساعت ۰۸: ۱۵ نشست."), Vec::<f64>::new());
    }

    #[test]
    fn a_system_named_by_its_numbers_is_no_figure() {
        assert_eq!(values("این سینما به سیستم ۷.۱ مجهز شد."), Vec::<f64>::new());
        assert_eq!(values("مربی با سیستم 4-4-2 بازی کرد."), Vec::<f64>::new());
    }

    #[test]
    fn the_base_of_an_index_is_no_figure() {
        assert_eq!(
            values("شاخص قیمت کالاهای وارداتی (۱۰۰=۱۳۹۵) به ۳۱۲ رسید."),
            [312.0]
        );
        assert_eq!(
            values("شاخص دستمزد (1395=100) منتشر شد."),
            Vec::<f64>::new()
        );
    }

    #[test]
    fn an_underscore_after_an_item_number_marks_a_list() {
        let text = "خواسته‌ها چنین است:\n۱_ افزایش حقوق ۲۰ درصدی\n۲_ استخدام نیروی تازهنفس۳_ بیمه";
        assert_eq!(values(text), [20.0]);
        assert_eq!(values("در ۶۶_ کیلوگرم دو کشتی‌گیر داریم"), [66.0, 2.0]);
    }
}
