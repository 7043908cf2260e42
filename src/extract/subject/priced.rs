//! What a price names: the item of a price list (`نیم سکه ۲ میلیون و ۵۵۰ هزار تومان، ربع
//! سکه ...`), the unit priced (`قیمت هر قطعه سکه تمام بهار آزادی طرح قدیم ... ۴ میلیون
//! تومان`) and what a sum is equal to the value of (`غرامتی معادل ۶۲ میلیون دلار`).

use super::super::context;
use super::super::figure::Kind;
use super::super::phrase::{self, Role};
use super::super::token::Tokens;
use super::super::words;
use super::clause::{dummy, generic_measure};
use super::{change_noun, counted};

/// The longest item of a price list, in words: the item is closed by the list's separators,
/// so a coin's full name (`سکه تمام بهار آزادی طرح قدیم`) fits where a free phrase would not.
const ITEM_WORDS: usize = 6;

/// The item a price or its change names, when the figure prices an item of a list or a unit
/// of something.
pub(super) fn priced(t: &Tokens, first: usize, kind: Kind) -> Option<(usize, usize)> {
    if !matches!(kind, Kind::Money | Kind::Percent) {
        return None;
    }
    listed(t, first, kind)
        .or_else(|| per_unit(t, first))
        .or_else(|| sold_at(t, first))
}

/// `هر عدد نیم سکه نیز به قیمت ۲ میلیون تومان`, `هر یورو را به قیمت ۱۴ هزار تومان می‌خرند`:
/// a price after `به قیمت` is the price of the unit of something just before it, which the
/// dealing (or the `را` of the buyer's verb) separates from any subject of the clause.
fn sold_at(t: &Tokens, first: usize) -> Option<(usize, usize)> {
    if first < 4 || t.word(first - 2) != "به" || !generic_measure(t.word(first - 1)) {
        return None;
    }
    let mut k = first - 2;
    while k > 0 && (t.word(k - 1) == "را" || phrase::role(t, k - 1) == Role::Adv) {
        k -= 1;
    }
    let each = (k.saturating_sub(ITEM_WORDS + 2)..k)
        .rev()
        .take_while(|&j| item_word(t, j))
        .find(|&j| t.word(j) == "هر")?;
    // `با ۲ دلار در هر بوشل به قیمت ...`: a rate's unit is no item.
    if each > 0 && phrase::role(t, each - 1) == Role::Prep {
        return None;
    }
    unit_priced(t, each, k)
}

/// `...تومان، نیم سکه ۲ میلیون و ۵۵۰ هزار تومان و سکه یک گرمی ۹۳۰ هزار تومان`: after a price,
/// the words between the list's separator and the next price name the next item, a number
/// word in a name (`نیم سکه`) included.
fn listed(t: &Tokens, first: usize, kind: Kind) -> Option<(usize, usize)> {
    let mut end = first;
    // `نیم سکه نیز دو میلیون`: the adverb is no part of the name, nor is the `برابر` or
    // `معادل` of `هر کیلو شبدر برابر ۱۰۲۱ تومان`.
    while end > 0
        && (phrase::role(t, end - 1) == Role::Adv || matches!(t.word(end - 1), "برابر" | "معادل"))
    {
        end -= 1;
    }
    // `، هر پوند انگلیس به ازای ۷.۳۹۵۱ لیر`: the rate's preposition is no part of the name.
    if end >= 2
        && t.word(end - 2) == "به"
        && matches!(t.word(end - 1), "ازای" | "نرخ" | "قیمت" | "بهای")
    {
        end -= 2;
    }
    let mut k = end;
    while k > 0 && end - k < 2 * ITEM_WORDS && item_word(t, k - 1) {
        k -= 1;
    }
    // `روسیه ۴.۱ درصد برزیل ۳.۶ درصد مکزیک ۳.۳ درصد`: a list may run on with no separator, the
    // unit of the figure before closing the item before.
    // Only between figures in the same unit (not `۲ ریال افزایش ۳۰۱۸ تومان`, nor after an
    // adjectival one, whose noun the words after it are: `۸ درصدی کشور حداقل ۲.۸ درصد`), and
    // only a name, not an adjective or a change (`۱.۵ درصد قبلی تنها ۱.۲ درصد`).
    let run_on = k > 0
        && k + 1 < end
        && t.digits(k - 1).is_some()
        && closes_figure(t, k, kind)
        && t.word(k) == unit_after(t, first)
        && phrase::role(t, k + 1) == Role::Noun
        && !change_noun(t.word(k + 1));
    let k = k + usize::from(run_on);
    let separated = k >= 2 && (matches!(t.punct(k - 1), Some('،' | ',')) || t.word(k - 1) == "و");
    if k == end || !(run_on || (separated && closes_figure(t, k - 2, kind))) {
        return None;
    }
    // `قیمت هر کیلوگرم گوشت مرغ`: the item is what each unit is of.
    let k = if generic_measure(t.word(k)) && t.word(k + 1) == "هر" {
        k + 1
    } else {
        k
    };
    let k = past_each(t, k, end);
    let words = (k..end)
        .filter(|&j| phrase::role(t, j) != Role::Ending)
        .count();
    // `سال بعد نیز ۴۵ میلیارد تومان اعتبار`: a time is no item.
    let timed = context::time_noun(t.word(k));
    (k < end && words <= ITEM_WORDS && !timed && !lone_noun(t, k, end)).then_some((k, end))
}

/// The word after the number starting at `first`: its unit.
fn unit_after<'a>(t: &'a Tokens, first: usize) -> &'a str {
    // Past a hedge (`حدود ۲.۸ درصد`).
    let mut j = (first..first + 3)
        .find(|&j| phrase::role(t, j) == Role::Number)
        .unwrap_or(first);
    while j < t.len()
        && (phrase::role(t, j) == Role::Number
            || words::is_and(t, j)
            || (t.punct(j) == Some('.') && t.digits(j + 1).is_some()))
    {
        j += 1;
    }
    t.word(j)
}

/// A word that may be part of an item's name: nouns, adjectives, endings, number words
/// (`نیم سکه`, `سکه یک گرمی`) and `هر`.
fn item_word(t: &Tokens, k: usize) -> bool {
    match phrase::role(t, k) {
        Role::Noun | Role::Adj | Role::Ending => true,
        Role::Number => t.digits(k).is_none(),
        Role::Det => matches!(t.word(k), "هر" | "تمام" | "کل"),
        _ => false,
    }
}

/// Whether token `k` ends a figure of the same kind: a currency word, or `درصد`.
fn closes_figure(t: &Tokens, k: usize, kind: Kind) -> bool {
    let w = t.word(k);
    match kind {
        Kind::Percent => matches!(w, "درصد" | "درصدی"),
        _ => crate::extract::units::unit_word(w).is_some_and(|(u, _)| u.kind == Kind::Money),
    }
}

/// `هر قطعه سکه گرمی`: each piece is the coin; `هر اونس طلا` keeps its unit.
fn past_each(t: &Tokens, k: usize, end: usize) -> usize {
    if t.word(k) == "هر" && k + 2 < end && piece(t.word(k + 1)) {
        k + 2
    } else {
        k
    }
}

/// A classifier that only counts pieces of the thing after it (`قطعه سکه`), not one that is
/// a thing of its own (`واحد مسکونی`).
fn piece(w: &str) -> bool {
    context::classifier(w) && w != "واحد"
}

/// A lone word that names nothing or is a change (`افزایش ۱۰ درصد`): no item.
fn lone_noun(t: &Tokens, a: usize, b: usize) -> bool {
    phrase::names_nothing(t, a, b) || (b == a + 1 && (change_noun(t.word(a)) || dummy(t.word(a))))
}

/// `قیمت هر قطعه سکه تمام بهار آزادی طرح قدیم نیز امروز در بازار آزاد تهران ۴ میلیون
/// تومان`, `نرخ هر بشکه نفت برنت ... رسید`: the price of one unit of something, anywhere
/// before the figure in its clause, names that thing.
fn per_unit(t: &Tokens, first: usize) -> Option<(usize, usize)> {
    let mut k = first;
    while k > 0 && first - k < 30 {
        k -= 1;
        let stop = phrase::sentence_end(t, k)
            || matches!(t.punct(k), Some(':' | ';'))
            || matches!(phrase::role(t, k), Role::Verb)
            || t.word(k) == "که";
        if stop {
            return None;
        }
        if t.word(k + 1) == "هر" && generic_measure(t.word(k)) {
            // Another price between: what is before it is its own.
            let other = (k + 2..first.saturating_sub(1)).any(|j| closes_figure(t, j, Kind::Money));
            return if other {
                None
            } else {
                unit_priced(t, k + 1, first)
            };
        }
    }
    None
}

/// The thing priced after `هر` at `each`: past a classifier (`هر قطعه سکه`), else with its
/// unit (`هر اونس طلا`, `هر کیلو گردو`), up to [`ITEM_WORDS`] words of nouns and adjectives.
fn unit_priced(t: &Tokens, each: usize, limit: usize) -> Option<(usize, usize)> {
    let start = if piece(t.word(each + 1)) {
        each + 2
    } else {
        each
    };
    let mut b = start;
    let mut words = 0;
    while b < limit && words < ITEM_WORDS {
        match phrase::role(t, b) {
            Role::Noun | Role::Adj => words += 1,
            Role::Ending => {}
            Role::Det if b == start => words += 1,
            // `سکه تمام بهار آزادی`: "full" after a noun is an adjective of the name.
            Role::Det if matches!(t.word(b), "تمام" | "کل") => words += 1,
            // `سکه یک گرمی`: a number word inside the name.
            Role::Number if t.digits(b).is_none() && b + 1 < limit => words += 1,
            _ => break,
        }
        b += 1;
    }
    let named = (start..b).any(|j| phrase::role(t, j) == Role::Noun && j > each);
    (named && !counted(t, start)).then_some((start, b))
}

/// `غرامتی معادل ۶۲ میلیون دلار`, `رد مال معادل ۴۸۸ میلیارد تومان`: a sum equal to a value
/// names what has it, the phrase before `معادل`; not a restatement of the figure before (`یا
/// معادل`, `(معادل`, `که معادل`), a bare measure (`با قیمتی معادل`) or a change (`کاهشی معادل`),
/// which the clause names.
pub(super) fn equated(t: &Tokens, first: usize) -> Option<(usize, usize)> {
    if first < 2 || t.word(first - 1) != "معادل" {
        return None;
    }
    let (a, b) = phrase::subject_backward(t, first - 1)?;
    if b != first - 1 || counted(t, a) {
        return None;
    }
    let head = t.word(a);
    let bare = b == a + 1 && (generic_measure(head) || change_noun(head) || dummy(head));
    let time = context::time_noun(head);
    (!bare && !time).then_some((a, b))
}

/// `۷۵۰ مورد ستاره‌دار هستند`, `۲ نفر مصدوم بودند`: a count by a classifier whose clause
/// only says what they are names them by it.
pub(super) fn described_count(t: &Tokens, end: usize) -> Option<(usize, usize)> {
    let classified = end > 0 && context::classifier(t.word(end - 1));
    let state = phrase::role(t, end) == Role::Adj;
    let copula = matches!(phrase::role(t, end + 1), Role::Verb)
        && matches!(
            t.word(end + 1),
            "هستند" | "بودند" | "است" | "بود" | "اند" | "هست" | "شدند" | "شده" | "شد"
        );
    (classified && state && copula).then_some((end, end + 1))
}

#[cfg(test)]
mod tests {
    use super::super::tests::subject;

    #[test]
    fn each_item_of_a_price_list_is_named_by_its_words() {
        let text = "قیمت سکه طرح قدیم ۴ میلیون و ۹۸۰ هزار تومان، نیم سکه ۲ میلیون و ۵۵۰ هزار \
                    تومان، ربع سکه ۱ میلیون و ۵۳۰ هزار تومان و هر قطعه سکه گرمی ۹۳۰ هزار تومان است.";
        assert_eq!(subject(text, "۲ میلیون").as_deref(), Some("نیم سکه"));
        assert_eq!(subject(text, "۱ میلیون").as_deref(), Some("ربع سکه"));
        assert_eq!(subject(text, "۹۳۰").as_deref(), Some("سکه گرمی"));
    }

    #[test]
    fn an_item_equated_to_its_price_is_named_by_its_words() {
        let text = "متوسط قیمت هر کیلو یونجه معادل ۱۱۵۹ تومان و هر کیلو کاه برابر ۸۲۱ تومان بود.";
        assert_eq!(subject(text, "۸۲۱").as_deref(), Some("هر کیلو کاه"));
    }

    #[test]
    fn a_list_with_no_separator_names_each_item_by_the_words_before_it() {
        let text = "تورم سال آینده در ترکیه ۱۲.۵ درصد آرژانتین ۳۰ درصد مصر ۸.۲ درصد و شیلی ۳ درصد برآورد شده است.";
        assert_eq!(subject(text, "۳۰").as_deref(), Some("آرژانتین"));
        assert_eq!(subject(text, "۸.۲").as_deref(), Some("مصر"));
    }

    #[test]
    fn an_exchange_table_names_each_currency() {
        let text = "امروز هر یورو به ازای ۶.۶۱ لیر، هر پوند انگلیس به ازای ۷.۳۹ لیر و هر دلار \
                    کانادا به ازای ۴.۳۹ لیر مبادله شدند.";
        assert_eq!(subject(text, "۷.۳۹").as_deref(), Some("هر پوند انگلیس"));
        assert_eq!(subject(text, "۴.۳۹").as_deref(), Some("هر دلار کانادا"));
    }

    #[test]
    fn the_price_of_a_unit_names_what_is_priced() {
        let s = subject(
            "قیمت هر قطعه سکه تمام بهار آزادی طرح قدیم نیز امروز در بازار آزاد تهران ۴ میلیون تومان به فروش رسید.",
            "۴",
        );
        assert_eq!(s.as_deref(), Some("سکه تمام بهار آزادی طرح قدیم"));
        let s = subject("قیمت هر کیلو گردو در بازار ۵۰ هزار تومان است.", "۵۰");
        assert_eq!(s.as_deref(), Some("هر کیلو گردو"));
    }

    #[test]
    fn a_price_after_be_gheymat_names_the_unit_before_it() {
        let text =
            "در بازار امروز هر قطعه نیم سکه نیز به قیمت یک میلیون و ۹۰۰ هزار تومان فروخته شد.";
        assert_eq!(subject(text, "یک میلیون").as_deref(), Some("نیم سکه"));
        let text = "صرافی‌های بانکی امروز هر پوند را به قیمت ۱۶ هزار تومان می‌خریدند.";
        assert_eq!(subject(text, "۱۶").as_deref(), Some("هر پوند"));
        let text = "هر عدد سکه یک گرمی هم به قیمت ۷۰۰ هزار تومان فروخته شد.";
        assert_eq!(subject(text, "۷۰۰").as_deref(), Some("سکه یک گرمی"));
        let text = "گندم با ۳ دلار افزایش در هر بوشل به قیمت ۲۱۰ دلار معامله شد.";
        assert_ne!(subject(text, "۲۱۰").as_deref(), Some("هر بوشل"));
    }

    #[test]
    fn a_sum_equal_to_a_value_names_what_has_it() {
        let s = subject("او قرار است غرامتی معادل ۶۲ میلیون دلار دریافت کند.", "۶۲");
        assert_eq!(s.as_deref(), Some("غرامت"));
        let s = subject(
            "سکه طرح قدیم با قیمتی معادل ۴ میلیون تومان داد و ستد می‌شود.",
            "۴",
        );
        assert_eq!(s.as_deref(), Some("سکه طرح قدیم"));
    }

    #[test]
    fn a_count_whose_clause_says_what_they_are_is_named_by_it() {
        let s = subject("در این استان ۳۲۰ هزار حلقه چاه غیرمجاز است.", "۳۲۰");
        assert_ne!(s.as_deref(), Some("غیرمجاز"));
        let s = subject("از این تعداد ۴۰ مورد ستاره‌دار هستند.", "۴۰");
        assert_eq!(s.as_deref(), Some("ستاره‌دار"));
    }
}
