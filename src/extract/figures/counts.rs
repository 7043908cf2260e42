//! Numbers with no unit after them: counts of what follows, money named by its scale alone,
//! ranks and ordinals, `یک` as a number or as "a", compound durations, and number words glued
//! to their unit.

use super::super::figure::Kind;
use super::super::units::{self, Role};
use super::super::words::{self, Lex, NumExpr};
use super::super::{context, lexicon, phrase, subject};
use super::{prefix_word, Found, Scanner};

impl Scanner<'_, '_> {
    /// A number with no unit after it: a year, an amount of money named only by its scale
    /// (`طلب ۳۰۰ میلیونی`), points of an index, a count of what follows, or no figure.
    pub(super) fn counted(&mut self, i: usize, e: &NumExpr, mut found: Found) -> usize {
        let t = self.t;
        let end = found.end;
        // `طبق مورد ۴`: a cross reference, not `در مورد ۴ نفر` (about four people).
        let reference = prefix_word(t, i) == "مورد"
            && t.digits(i).is_some()
            && (i < 2 || t.word(i - 2) != "در")
            && !context::classifier(t.word(end));
        if reference {
            return end;
        }
        // `هفت‌تنان`, `سه‌جانبه‌گرایی`, `هشت‌پا`: a number word a ZWNJ joins to a word that is
        // neither unit nor classifier (units are read before this) makes one compound word, a
        // name or an adjective; it counts nothing.
        let word = t.word(end);
        let classifier = context::classifier(word)
            || ["ای", "ی"]
                .iter()
                .any(|s| word.strip_suffix(s).is_some_and(context::classifier));
        // `هجده‌ماهه‌ام`: a unit with a possessive ending is still a unit.
        let unit = ["ام", "اش", "ش"].iter().any(|s| {
            word.strip_suffix(s)
                .is_some_and(|w| units::unit_word(w).is_some())
        });
        let compound =
            t.digits(end - 1).is_none() && t.glued(end) && !word.is_empty() && !classifier && !unit;
        if compound || self.glued_name(end) {
            return end + 1;
        }
        if t.digits(i).is_some() && self.quoted_rate(i) {
            found.kind = Kind::Money;
            found.unit = Some(self.context.cues().currency);
            self.emit(found);
            return end;
        }
        if let Some(year) = self.year(i, e, found.value, found.max, end) {
            found.kind = Kind::Year;
            found.value = year.0;
            found.max = year.1;
            found.start = year.2;
            found.hedge = false;
            self.emit(found);
            return end;
        }
        if scale_adjective(t.word(end - 1)) {
            // `کسری بودجه میلیاردی`: a scale with no number is no figure.
            if e.bare_mult {
                return end;
            }
            if !context::populous(t.word(i.saturating_sub(1))) {
                found.kind = Kind::Money;
                found.unit = Some(self.context.cues().currency);
                found.adjectival = true;
                self.emit(found);
                return end;
            }
        }
        let glued_points = self.glued_points(i, end);
        let classifier = context::classifier(word) || glued_points;
        if classifier {
            found.end = end + 1;
            found.adjectival = context::classifier_form(word) == Some(true) || glued_points;
            if glued_points || self.index_points(i, end, word, e.lone_word) {
                found.kind = Kind::Measure;
                found.unit = Some("point");
            }
            // `۲۸۷۲ واحد ریتینگ`: a chess player's rating in points.
            if word == "واحد" && rating(t.word(end + 1)) {
                found.kind = Kind::Score;
            }
        }
        let counted =
            classifier || phrase::forward(t, end).is_some() || context::match_result(word);
        // `با ثبت رکورد ۶۱۸.۲`, `مجموع ۶۲۸.۵`: a shooter's total, with a fraction, counts no
        // things (a sprinter's `رکورد ۹.۹۲` is seconds, and stays as it is).
        let total = matches!(prefix_word(t, i), "رکورد" | "مجموع" | "record" | "total");
        if !counted && total && found.value.fract() != 0.0 && found.value >= 100.0 {
            found.kind = Kind::Score;
            found.start = i - 1;
            self.emit(found);
            return end;
        }
        // `با ریتینگ ۲۶۸۲`: a chess player's rating is a standing, as league points are.
        if !counted && rating(prefix_word(t, i)) {
            found.kind = Kind::Score;
            found.start = i - 1;
            self.emit(found);
            return end;
        }
        // `۱- علی رضایی ۶۱۸.۲`: a total with one decimal after a name in a numbered results
        // line is the shooter's score.
        if !counted && found.value >= 100.0 && self.one_decimal(i) && self.results_line(i) {
            found.kind = Kind::Score;
            self.emit(found);
            return end;
        }
        // `صداقت با ۶۲۲ امتیاز و قره باغی با ۶۱۸.۲`: a total listed after a score, a name
        // between them, is that kind of score too.
        if !counted && found.value.fract() != 0.0 && self.listed_after_score(i) {
            found.kind = Kind::Score;
            self.emit(found);
            return end;
        }
        // `بودجه امسال ما ۹۰ میلیارد است`: a scale with nothing counted after it, where the
        // sentence is about money, is an amount of the article's currency; so is one before
        // a word of money (`۹۰ میلیارد اعتبار`).
        // Not the people it is paid to (`۲ میلیون حقوق بگیر`, `سرمایه گذار`).
        let payee = matches!(
            t.word(end + 1),
            "بگیر"
                | "بگیران"
                | "گیرنده"
                | "گیرندگان"
                | "گذار"
                | "گذاران"
                | "کننده"
                | "کنندگان"
        );
        // `از این بسته ۱۰۰ هزار میلیارد تومانی، ۲۵ هزار میلیارد مربوط به درمان است`: after
        // an amount of money in the sentence, a bare amount leaves its currency unsaid.
        // `۵ میلیارد تومان بوده که ... حدود یک میلیارد کاهش داشته`: a change of an amount of
        // money is in its currency too.
        let change = subject::change_noun(word);
        let said = (!counted || change)
            .then(|| self.currency_said_before(i))
            .flatten();
        // `۲ تا ۳ میلیارد`: a range is in millions by the scale word that closes it.
        let millions = (e.tail_mult >= 1e6 && !e.bare_mult)
            || (found.max.is_some()
                && matches!(words::lookup(t.word(end - 1)), Some(Lex::Mult(m)) if m >= 1e6));
        let money = (!counted && (self.money_before(i) || self.money_after(end)))
            || said.is_some()
            || (money_noun(word) && !payee);
        // `سال ۹۷ بیش از ۷۱ میلیارد و سال گذشته ۱۶۲ میلیارد تومان`: a bare amount listed before
        // one in millions or more of a currency, in the same sentence, is in that currency.
        // `... ۱۶۲ میلیارد تومان تامین شده است. ۶۰ میلیارد نیز از محل اوراق`: so is one
        // after an amount of money earlier in its paragraph, no other figure between.
        let said = said.or_else(|| {
            (!money && !counted && millions)
                .then(|| {
                    self.currency_said_after(end)
                        .or_else(|| self.currency_said_in_paragraph(i))
                })
                .flatten()
        });
        let money = money || said.is_some();
        if money && millions {
            found.kind = Kind::Money;
            // `۷۵ میلیون پوند و ۱۵ میلیون پاداش`: a word of money after an amount of the
            // sentence's currency is in that currency.
            let said = said.or_else(|| self.currency_said_before(i));
            found.unit = Some(said.unwrap_or(self.context.cues().currency));
            self.emit(found);
            return end;
        }
        let alternative = found.bare;
        // `یک تا سه نفر`: a lone word opening a range of things counts as the range does; not
        // `صفر تا صد` ("from A to Z").
        let ranged = found.max.is_some() && counted && t.word(i) != "صفر";
        let lone = (e.lone_word || e.bare_mult) && !ranged;
        if lone && !alternative && !self.lone_word_counts(i, end, counted) {
            return end;
        }
        // `(۲۴)`, `«برجک ۷»`: a bare number in brackets or closing a title.
        let closing = matches!(t.punct(end), Some(')' | '»' | '"' | ']')) && t.glued(end);
        if !counted && closing {
            return end + 1;
        }
        found.bare = !counted;
        let moved = !classifier && matches!(word, "بالا" | "پایین" | "نشست" | "ایستاد");
        if (!counted || moved) && !e.lone_word && self.index_level(i, end) {
            found.kind = Kind::Measure;
            found.unit = Some("point");
        }
        self.emit(found);
        end
    }

    /// `4رانر TRD`, `4رانر` again and again: digits typed onto a word the lexicon does not
    /// know spell a name when a Latin name goes on after it or the copy spells it so more than
    /// once. Once, it is as often a count the scraper glued to its noun (`۶دریبل`), and onto a
    /// known noun always one (`5کشور`).
    fn glued_name(&self, k: usize) -> bool {
        let t = self.t;
        let w = t.word(k);
        let unknown = t.digits(k - 1).is_some()
            && t.glued(k)
            && w.chars().count() >= 3
            && !t.is_latin_word(k)
            && !context::classifier(w)
            && units::unit_word(w).is_none()
            && lexicon::classes(w).is_empty()
            && lexicon::noun_stem(w).is_none()
            && lexicon::verb(w).is_none();
        if !unknown {
            return false;
        }
        let spelled = t.slice(k - 1, k + 1);
        t.is_latin_word(k + 1) || t.slice(0, t.len()).matches(spelled).nth(1).is_some()
    }

    /// Whether a word naming money comes before `i` in its sentence, within six words.
    fn money_before(&self, i: usize) -> bool {
        let t = self.t;
        phrase::back_in_sentence(t, i, 6).any(|k| money_noun(t.word(k)))
    }

    /// Whether the clause after a bare amount names where the money went or what it paid, a
    /// few words on: `۲۰۰ میلیون به حسابم آمد`, `۱۹ میلیون به صورت پیش پرداخت داد`. Not
    /// `به حساب می‌آید` ("counts as").
    fn money_after(&self, end: usize) -> bool {
        let t = self.t;
        (end..(end + 4).min(t.len()))
            .take_while(|&k| {
                !phrase::sentence_end(t, k)
                    && t.punct(k).is_none()
                    && t.digits(k).is_none()
                    && words::lookup(t.word(k)).is_none()
            })
            .any(|k| {
                let w = t.word(k);
                let account = w.strip_prefix("حساب").is_some_and(|rest| {
                    matches!(rest, "م" | "ش" | "ت" | "مان" | "شان" | "تان")
                        || (rest.is_empty() && phrase::role(t, k + 1) == phrase::Role::Noun)
                });
                money_noun(w) || account || w == "واریز"
            })
    }

    /// The currency of the amount of money last measured before `i` in its sentence: not
    /// across another measure (`۱۴ میلیارد دلار ... ۱.۴ میلیون بشکه یعنی یک میلیون کمتر`).
    fn currency_said_before(&self, i: usize) -> Option<&'static str> {
        let t = self.t;
        self.out
            .iter()
            .zip(&self.spans)
            .rev()
            .take_while(|(_, &(_, end))| !(end..i).any(|k| phrase::sentence_end(t, k)))
            .find(|(f, _)| {
                matches!(
                    f.kind,
                    Kind::Money | Kind::Measure | Kind::Percent | Kind::Duration
                )
            })
            .filter(|(f, _)| f.kind == Kind::Money)
            .and_then(|(f, _)| f.unit)
    }

    /// The currency of the figure last read before `i` in its paragraph, when that figure is
    /// an amount of money in millions or more.
    fn currency_said_in_paragraph(&self, i: usize) -> Option<&'static str> {
        let t = self.t;
        let (f, &(_, end)) = self.out.iter().zip(&self.spans).next_back()?;
        let same = !(end..i).any(|k| t.punct(k) == Some('\n'));
        // `وام ۳ میلیون تومان است. جمعیت استان ۴ میلیون است.`: people named just before.
        let people = phrase::back_in_sentence(t, i, 3).any(|k| context::populous(t.word(k)));
        (same && !people && f.kind == Kind::Money && f.value >= 1e6)
            .then_some(f.unit)
            .flatten()
    }

    /// The currency of the next amount in millions or more after `end` in its sentence, a
    /// few words on: none past another measure or figure.
    fn currency_said_after(&self, end: usize) -> Option<&'static str> {
        let t = self.t;
        let mut k = end;
        while k < (end + 12).min(t.len()) && !phrase::sentence_end(t, k) {
            if let Some(Lex::Mult(m)) = words::lookup(t.word(k)) {
                // `«هزارپا» ۳۸ میلیارد و «مصادره» ۱۵ میلیارد فروش داشته`: the next amount made
                // money by the word after it is in the article's currency.
                // (`۲ میلیارد یا ۳ میلیارد پول` is left to the alternatives' shared unit.)
                let apart = (end..k).any(|j| {
                    t.digits(j).is_none()
                        && words::lookup(t.word(j)).is_none()
                        && !matches!(t.word(j), "و" | "یا")
                });
                if m >= 1e6 && apart && money_noun(t.word(k + 1)) {
                    return Some(self.context.cues().currency);
                }
                let unit = units::match_unit(t, k + 1).map(|u| u.unit);
                return unit
                    .filter(|u| m >= 1e6 && u.kind == Kind::Money && u.role == Role::Plain)
                    .and_then(|u| u.code);
            }
            // A unit measures only what a number before it gives: `در سال گذشته` is when.
            let measured = t.digits(k - 1).is_some() || words::lookup(t.word(k - 1)).is_some();
            if measured && units::match_unit(t, k).is_some() {
                return None;
            }
            k += 1;
        }
        None
    }

    /// Whether the number at `i` is written with exactly one decimal digit (`۶۱۸.۲`).
    fn one_decimal(&self, i: usize) -> bool {
        let t = self.t;
        matches!(t.punct(i + 1), Some('.' | '٫'))
            && t.glued(i + 1)
            && t.glued(i + 2)
            && t.digits(i + 2).is_some_and(|(_, len, _)| len == 1)
    }

    /// Whether the number at `i` follows a score of the same sentence through `و` (or a
    /// comma) and a name, with or without `با`: `علی ۶۲۵.۶ امتیاز و رضا ۶۱۸.۲`.
    fn listed_after_score(&self, i: usize) -> bool {
        let t = self.t;
        let Some(&(_, e)) = self.spans.last() else {
            return false;
        };
        let after_score = self.out.last().is_some_and(|f| f.kind == Kind::Score);
        if !after_score || e >= i || !(words::is_and(t, e) || t.punct(e) == Some('،')) {
            return false;
        }
        let name = e + 1..i - usize::from(t.word(i - 1) == "با");
        (1..=4).contains(&name.len())
            && name
                .clone()
                .all(|k| !t.word(k).is_empty() && t.digits(k).is_none() && !words::is_and(t, k))
    }

    /// Whether the number at `i` follows a name in a line of results that a list number
    /// opened (`۱- علی رضایی ۶۱۸.۲ ۲- ...`).
    fn results_line(&self, i: usize) -> bool {
        let t = self.t;
        let named = i > 0 && !t.word(i - 1).is_empty() && t.digits(i - 1).is_none();
        named
            && (i.saturating_sub(12)..i)
                .rev()
                .take_while(|&k| t.punct(k) != Some('\n'))
                .any(|k| {
                    t.digits(k).is_some_and(|(v, _, _)| v <= 100)
                        && matches!(t.punct(k + 1), Some('-' | ')'))
                        && t.glued(k + 1)
                        && (k == 0 || !t.glued(k) || t.punct(k - 1) == Some('\n'))
                })
    }

    /// `رتبه ۳۰`, `مقام دوم`, `قرن ۲۱`, and `مرد شماره یک جهان` (a ranking, where `شماره` otherwise
    /// labels an identifier).
    pub(super) fn rank(&self, i: usize, end: usize) -> bool {
        let t = self.t;
        context::rank_word(t.word(i - 1))
            // `معامله قرن یک دروغ است`: the deal of the century, a lie.
            || (t.word(i - 1) == "قرن" && t.word(i) != "یک")
            || (t.word(i - 1) == "شماره" && context::ranking_scope(t.word(end)))
    }

    /// An ordinal adjective is a figure after the noun it ranks (`مرحله اول`, `نسل دوم`), not
    /// alone (`اول باید`), after a number (`دو سوم`) or in a set phrase (`دست دوم`, `نخست وزیر`).
    pub(super) fn ordinal_after_noun(&self, i: usize, end: usize) -> bool {
        let t = self.t;
        if i == 0 || matches!(t.word(end), "وزیر" | "وزیری") {
            return false;
        }
        let prev = t.word(i - 1);
        // `رده‌های شانزدهم و سی و یکم`: an ordinal listed after one that ranked.
        let listed = words::is_and(t, i - 1) || t.punct(i - 1) == Some('،');
        if listed
            && self.spans.last().is_some_and(|&(_, e)| e + 1 == i)
            && self.out.last().is_some_and(|f| f.kind == Kind::Ordinal)
        {
            return true;
        }
        // `انجام دهم`, `پاسخ دهم`: after the noun of a compound verb `دهم` is "I give".
        if t.word(i) == "دهم" && phrase::preverb(prev) {
            return false;
        }
        // `در پیاده‌روی اول شد`, `با زمان ۲ ساعت و ۵ دقیقه دوم شد`, `عنوان سوم`: a place in a
        // result.
        if matches!(t.word(end), "شد" | "شدند" | "گردید" | "ایستاد") || prev == "عنوان"
        {
            return true;
        }
        if matches!(prev, "دست" | "وهله" | "درجه" | "نگاه" | "بار" | "دفعه")
            || context::time_noun(prev)
        {
            return false;
        }
        // `نخست` and `اول` mostly mean "initial" (`گام نخست`, `نسل اول`): only a rank
        // (`رتبه نخست`, `مقام اول`) makes them a figure.
        // `مقام‌های اول، دوم و پنجم`, `نفرات اول و چهارم`: the plural of a rank, and the
        // persons placed, rank too.
        let plural_rank = prev.strip_suffix("های").is_some_and(context::rank_word)
            || (prev == "های" && i >= 2 && context::rank_word(t.word(i - 2)))
            || prev == "نفرات";
        if matches!(t.word(i), "نخست" | "اول" | "یکم") {
            return context::rank_word(prev) || plural_rank;
        }
        if plural_rank {
            return true;
        }
        match phrase::role(t, i - 1) {
            phrase::Role::Noun | phrase::Role::Ending => true,
            // `الان هشتم جهان هستم`: after an adverb, a rank in its scope.
            phrase::Role::Adv => context::ranking_scope(t.word(end)),
            _ => false,
        }
    }

    /// Whether a currency is named within a few words of `i` in its sentence.
    pub(super) fn currency_near(&self, i: usize) -> bool {
        let t = self.t;
        let currency = |k: usize| {
            units::match_unit(t, k)
                .is_some_and(|m| m.unit.kind == Kind::Money && m.unit.role == Role::Plain)
        };
        phrase::back_in_sentence(t, i, 10).any(currency)
            || phrase::on_in_sentence(t, i + 1, 9).any(currency)
    }

    /// `یک سال و نیم`, `دو کیلو و نیم`: half a unit more, one figure (not a second, bare
    /// «half»). Not money: `ربع سکه ۳۰ هزار تومان و نیم سکه ...` is the half coin. A span
    /// made an adjective takes the adjective's half (`قراردادی دو سال و نیمه`).
    pub(super) fn and_a_half(&self, found: &mut Found) -> bool {
        let t = self.t;
        let half_word = match t.word(found.end + 1) {
            "نیم" => !found.adjectival,
            // Not `دو سال و نیمه دوم` ("and the second half").
            "نیمه" => {
                found.kind == Kind::Duration && !words::ordinal_adjective(t.word(found.end + 2))
            }
            _ => false,
        };
        let half = found.max.is_none()
            && matches!(found.kind, Kind::Duration | Kind::Measure)
            && words::is_and(t, found.end)
            && half_word;
        if half {
            found.value += 0.5;
            found.end += 2;
        }
        half
    }

    /// `۲ ساعت و ۱۵ دقیقه`, `۳۸ دقیقه و ۴۵ ثانیه`, `۳۵۸ تن و ۲۷۰ کیلوگرم`, `۶۱ دلار و ۳۷
    /// سنت`: one duration, mass or amount, in its smallest unit (money in its main unit).
    pub(super) fn compound(&self, found: &mut Found) {
        let t = self.t;
        // `یک ساعت، ۳۲ دقیقه و ۳۷ ثانیه`, `۲ تن و ۳۰۰ کیلو و ۵۰ گرم`, `۶۱ دلار و ۳۷ سنت`
        while words::is_and(t, found.end) || t.punct(found.end) == Some('،') {
            let Some(e) = words::parse(t, found.end + 1) else {
                return;
            };
            let Some(m) = units::match_unit(t, e.end) else {
                return;
            };
            // `۶۱ دلار و ۳۷ سنت`: cents of the same currency.
            if let Role::Times(power) = m.unit.role {
                if power < 0
                    && super::cents::part_of(&m.unit, found.unit)
                    && (e.literal.is_some() || e.has_word)
                {
                    found.value += e.value * 10f64.powi(i32::from(power));
                    found.end = m.end;
                    return;
                }
            }
            let factor = found
                .unit
                .zip(m.unit.code)
                .and_then(|(big, small)| units::compound_factor(big, small));
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

    /// `دوسال`, `دوبار`, `دونفر`: a small number word typed onto a span of time or a
    /// classifier, in a word the lexicon does not know. Typed onto any noun it is as often a
    /// name (`دهدشت`, `هشترود`, `دورود`), so nouns are left alone.
    fn glued_count(&mut self, i: usize) -> usize {
        let t = self.t;
        let w = t.word(i);
        // Every word passes here: the endings first. Spans of time and counters only: `دوین`
        // (a name) is no two yen.
        const ENDINGS: [&str; 11] = [
            "سال",
            "ماه",
            "هفته",
            "روز",
            "ساعت",
            "دقیقه",
            "ثانیه",
            "نفر",
            "تن",
            "بار",
            "مرتبه",
        ];
        let Some(ending) = ENDINGS.iter().find(|e| w.ends_with(*e)) else {
            return i + 1;
        };
        let Some((value, rest)) = words::glued_number(w) else {
            return i + 1;
        };
        if !(2.0..10.0).contains(&value) || rest != *ending {
            return i + 1;
        }
        let known = !lexicon::classes(w).is_empty()
            || lexicon::verb(w).is_some()
            || lexicon::noun_stem(w).is_some();
        if known {
            return i + 1;
        }
        let unit = units::unit_word(rest).filter(|(u, _)| u.kind == Kind::Duration);
        self.emit(Found {
            value,
            max: None,
            kind: unit.map_or(Kind::Count, |(u, _)| u.kind),
            unit: unit.and_then(|(u, _)| u.code),
            start: i,
            end: i + 1,
            adjectival: false,
            bare: false,
            hedge: true,
            scale: 1.0,
        });
        i + 1
    }

    /// `چهارساله`, `دودهه`: a number word typed onto its unit with neither space nor ZWNJ,
    /// in a word the lexicon does not know.
    pub(super) fn glued_unit(&mut self, i: usize) -> usize {
        let t = self.t;
        let w = t.word(i);
        // Every word passes here: the cheap tests first, on the endings such words have.
        const ENDINGS: [&str; 12] = [
            "ساله",
            "سالگی",
            "ماهه",
            "روزه",
            "هفتهای",
            "دهه",
            "ساعته",
            "دقیقهای",
            "درصد",
            "درصدی",
            "نفره",
            "برابر",
        ];
        if w.len() < 8 || t.is_latin_word(i) {
            return i + 1;
        }
        if !ENDINGS.iter().any(|e| w.ends_with(e)) {
            return self.glued_count(i);
        }
        if w == "صددرصد" && super::vague::absolute_around(t, i, i + 1) {
            return i + 1;
        }
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
            scale,
        });
        i + 1
    }
}

/// Words that make a bare amount money: `بودجه`, `هزینه‌ها`, `طلب`, and with an indefinite or
/// relative ending (`یک میلیون وامی که`, `مبلغی`), but not `حقوقی` (legal). After the amount
/// too: what it is as price, payment, fine or sales (`۷ میلیون قیمت داشت`, `۴۵ میلیارد پرداخت
/// کرد`, `۱۵ میلیارد فروش داشت`).
fn money_noun(word: &str) -> bool {
    let stem = word
        .strip_suffix("های")
        .or_else(|| word.strip_suffix("ها"))
        .unwrap_or(word);
    let bare = stem
        .strip_suffix("ای")
        .or_else(|| stem.strip_suffix('ی'))
        .filter(|w| *w != "حقوق");
    bare.is_some_and(money_stem) || money_stem(stem)
}

fn money_stem(stem: &str) -> bool {
    matches!(
        stem,
        "بودجه"
            | "هزینه"
            | "درآمد"
            | "مبلغ"
            | "اعتبار"
            | "بدهی"
            | "طلب"
            | "دستمزد"
            | "یارانه"
            | "وام"
            | "تسهیلات"
            | "پول"
            | "کسری"
            | "سرمایه"
            | "حقوق"
            | "قیمت"
            | "بها"
            | "ارزش"
            | "نقدینگی"
            | "پرداخت"
            | "دریافت"
            | "خرج"
            | "فروش"
            | "پاداش"
            | "جریمه"
            | "ضرر"
            | "زیان"
            | "خسارت"
            | "تخفیف"
            | "قرارداد"
    )
}

/// `میلیاردی`, `میلیونی`: a scale word made an adjective (`۹۰ میلیاردی`, a 90-billion one).
pub(super) fn scale_adjective(word: &str) -> bool {
    word.strip_suffix('ی')
        .is_some_and(|w| matches!(words::lookup(w), Some(Lex::Mult(_))))
}

#[cfg(test)]
mod tests;

/// A chess rating, spelled as the copy spells it (`ریتینگ`, `رتینگ`, `rating`).
fn rating(word: &str) -> bool {
    matches!(word, "ریتینگ" | "رتینگ" | "rating")
}
