//! Respectively: `نیم‌سکه و ربع سکه به ترتیب ۲ و ۱ میلیون تومان`, `الف، ب و ج به ترتیب با ۱۰،
//! ۲۰ و ۳۰ درصد`: the i-th figure of the list after `به ترتیب` measures the i-th noun phrase
//! of the list before it, when the two lists are as long.

use super::super::context::{classifier, demonstrative, time_noun};
use super::super::phrase::{self, Role};
use super::super::token::Tokens;
use super::super::units::unit_word;
use super::super::words::{self, Lex};
use super::change_noun;
use super::clause::compared_to;

/// How far before a figure `به ترتیب` is looked for, in tokens.
const REACH: usize = 30;

/// The noun phrase the figure at `start` measures, when it is one of a list after `به
/// ترتیب` that pairs with a list of noun phrases before it.
pub(crate) fn respective(t: &Tokens, start: usize) -> Option<(usize, usize)> {
    let at = phrase::back_in_sentence(t, start, REACH)
        .find(|&k| t.word(k) == "ترتیب" && k > 0 && t.word(k - 1) == "به")?;
    let (items, end) = numbers(t, at + 1)?;
    let i = items
        .iter()
        .rposition(|&s| s <= start)
        .filter(|_| start < end)?;
    // `به ترتیب ۱۲۰ و ۸۰ برگ اوراق`: a noun after the list is what each number counts; the
    // object of a verb (`... واحد شاخص را پایین بردند`) is not.
    let named_after = phrase::subject_forward(t, end)
        .is_some_and(|(a, b)| !change_noun(t.word(a)) && t.word(b) != "را");
    if items.len() < 2 || named_after || t.word(end) == "از" {
        return None;
    }
    let phrases = conjuncts(t, at - 1, items.len())?;
    Some(phrases[i])
}

/// The starts of the numbers listed from token `from` (past a preposition or a hedge before
/// the first), and the token after the list.
fn numbers(t: &Tokens, from: usize) -> Option<(Vec<usize>, usize)> {
    let number = |k: usize| phrase::role(t, k) == Role::Number;
    let mut k = (from..from + 4).find(|&k| number(k))?;
    let mut items = vec![k];
    loop {
        while number(k) || compound(t, k) {
            k += 1;
        }
        let w = t.word(k);
        if w == "درصد" || classifier(w) || unit_word(w).is_some() {
            k += 1;
        }
        let comma = matches!(t.punct(k), Some('،' | ','));
        // `۴۳، ۴۱، و ۴۰ درصد`: a comma before the last `و` too.
        let joint = if comma && t.word(k + 1) == "و" {
            2
        } else {
            usize::from(t.word(k) == "و" || comma)
        };
        if joint == 0 || !number(k + joint) {
            return Some((items, k));
        }
        k += joint;
        items.push(k);
    }
}

/// Whether `و` at `k` joins the parts of one number (`دو میلیون و ۳۵۰ هزار`).
fn compound(t: &Tokens, k: usize) -> bool {
    t.word(k) == "و"
        && k > 0
        && matches!(words::lookup(t.word(k - 1)), Some(Lex::Mult(_)))
        && phrase::role(t, k + 1) == Role::Number
}

/// The `n` noun phrases joined by `و` and `،` that end before token `before`, in text order, past
/// what may stand between them and `به ترتیب` (`هر کدام`, `نیز`, `در این روز`).
fn conjuncts(t: &Tokens, before: usize, n: usize) -> Option<Vec<(usize, usize)>> {
    let mut k = before;
    loop {
        if k > 0
            && (matches!(t.word(k - 1), "هم" | "نیز" | "کدام" | "هرکدام" | "هر")
                || t.punct(k - 1) == Some('،'))
        {
            k -= 1;
            continue;
        }
        let Some((a, _)) = phrase::backward(t, k) else {
            break;
        };
        let placed =
            a > 0 && t.word(a - 1) == "در" && (time_noun(t.word(a)) || demonstrative(t.word(a)));
        if placed {
            k = a - 1;
        } else if compared_to(t, a) {
            k = a - 2;
        } else {
            break;
        }
    }
    let mut found = Vec::new();
    while found.len() < n {
        let (a, b) = phrase::backward(t, k)?;
        // `قیمت دلار و یورو` read as one phrase is two here.
        match (a + 1..b).find(|&m| t.word(m) == "و") {
            Some(m) => found.extend([(m + 1, b), (a, m)]),
            None => found.push((a, b)),
        }
        if found.len() >= n {
            break;
        }
        if a == 0 || !(t.word(a - 1) == "و" || t.punct(a - 1) == Some('،')) {
            return None;
        }
        k = a - 1;
    }
    // `نسبت به ماه قبل و ماه مشابه سال قبل به ترتیب`: times and bases of a comparison
    // are what the figures are measured against.
    // `الف، ب، ج و د به ترتیب ۱۰، ۲۰ و ۳۰`: a list of phrases longer than the numbers pairs
    // with none of them.
    let longer = found
        .last()
        .is_some_and(|&(a, _)| a > 0 && (t.word(a - 1) == "و" || t.punct(a - 1) == Some('،')));
    let fit = found.len() == n
        && !longer
        && found
            .iter()
            .all(|&(a, b)| a < b && !time_noun(t.word(a)) && !compared_to(t, a));
    found.reverse();
    fit.then_some(found)
}

#[cfg(test)]
mod tests {
    use super::super::tests::subject;

    #[test]
    fn each_figure_takes_its_place_in_the_list() {
        let text = "قیمت خرید و قیمت فروش در این روز به ترتیب ۱۲ و ۱۵ هزار تومان بود.";
        assert_eq!(subject(text, "۱۲").as_deref(), Some("قیمت خرید"));
        assert_eq!(subject(text, "۱۵").as_deref(), Some("قیمت فروش"));
        let text = "فروش کالا و خدمات، بانک ب و بانک ج به ترتیب ۵۰ و ۴۰ درصد رشد کردند.";
        assert_ne!(subject(text, "۵۰").as_deref(), Some("بانک ب"));
        let text = "بانک الف، بانک ب و بانک ج هر کدام به ترتیب ۵۰، ۴۰ و ۳۰ واحد رشد کردند.";
        assert_eq!(subject(text, "۴۰").as_deref(), Some("بانک ب"));
        assert_eq!(subject(text, "۳۰").as_deref(), Some("بانک ج"));
        let text =
            "قیمت دلار و قیمت یورو هم به ترتیب ۹ میلیون و ۲۰۰ هزار تومان و ۵ میلیون تومان بود.";
        assert_eq!(subject(text, "۵").as_deref(), Some("قیمت یورو"));
    }

    #[test]
    fn a_list_of_bases_or_a_noun_after_is_no_pairing() {
        let text = "فروش نسبت به ماه قبل و سال قبل به ترتیب ۱۰ و ۲۰ درصد افزایش یافت.";
        assert_ne!(subject(text, "۲۰").as_deref(), Some("سال قبل"));
        let text = "در رشته‌های فیزیک و شیمی به ترتیب ۸ و ۶ نفر از دانشجویان پذیرفته شدند.";
        assert_ne!(subject(text, "۸").as_deref(), Some("فیزیک"));
    }
}
