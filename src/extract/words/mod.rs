//! Numbers written in words, Persian and English, alone or mixed with digits:
//! `ششصد و پنجاه`, `601 هزار و 404`, `یک میلیون و 292 هزار`, `دو و نیم میلیارد`,
//! `twenty-five`, `2.9 billion`.
//!
//! Hand-written: the one Persian crate (rust-persian-tools) misreads `یک میلیون و ۲۹۲ هزار`
//! as 1000292000 and rejects `شش‌صد`, and nothing handles digits and words mixed.

mod ordinal;
mod table;

pub(crate) use ordinal::{
    counted_compound, glued_number, glued_scale_word, glued_tens, ordinal_adjective, ordinal_word,
};
pub(crate) use table::{lookup, FnvBuild, Lex, WordSet, ENTRIES};

use super::digits::{self, Literal};
use super::token::Tokens;
use ordinal::{denominator, joined_ordinal};
use table::value_of;

/// How big a component is: a later one joined by `و` must be smaller (`بیست و پنج`, not
/// `پنج و بیست`, which is two numbers).
fn rank(lex: Lex) -> u8 {
    match lex {
        Lex::Hundred(_) => 3,
        Lex::Ten(_) | Lex::Teen(_) => 2,
        Lex::Unit(_) => 1,
        _ => 0,
    }
}

/// What may follow a component through `و`: anything of lower rank.
fn rank_after(lex: Lex) -> u8 {
    match lex {
        Lex::Hundred(_) => 3,
        Lex::Ten(_) => 2,
        Lex::Unit(_) | Lex::Teen(_) => 1,
        _ => 0,
    }
}

pub(crate) fn is_and(t: &Tokens, j: usize) -> bool {
    matches!(t.word(j), "و" | "and")
}

/// A number expression: where it ends and what it is made of.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NumExpr {
    pub value: f64,
    pub end: usize,
    pub has_word: bool,
    pub ordinal: bool,
    pub fraction: bool,
    /// The literal, when the whole expression is one number in digits.
    pub literal: Option<Literal>,
    /// The whole expression is one word below a thousand (`یک`, `نه`, `five`).
    pub lone_word: bool,
    /// The expression opens with a scale word and no number (`هزار تومان`, `میلیارد ها`).
    pub bare_mult: bool,
    /// The last multiplier (1 when none): `۳۰ هزار` has 1000, which `۲۰ تا` borrows.
    pub tail_mult: f64,
}

struct Group {
    value: f64,
    mult: f64,
    /// The last scale word alone (`میلیارد` in `۲۱۱ هزار میلیارد`).
    scale: f64,
    end: usize,
    has_word: bool,
    ordinal: bool,
    fraction: bool,
    literal: Option<Literal>,
    /// The last scale word carries the `و` that joins the next group (`میلیاردو`).
    glued_and: bool,
}

/// `میلیاردو`, `هزارو`: a scale word with the `و` after it typed without a space.
fn scale_with_and(word: &str) -> Option<f64> {
    match lookup(word.strip_suffix('و')?) {
        Some(Lex::Mult(m)) => Some(m),
        _ => None,
    }
}

fn group(t: &Tokens, i: usize) -> Option<Group> {
    let (mut g, after) = group_head(t, i)?;
    if g.ordinal {
        return Some(g);
    }
    if group_units(t, &mut g, after) {
        return Some(g);
    }
    // `سی امین`, `صد و ده امین`: the ordinal ending typed apart.
    if g.has_word && g.literal.is_none() && matches!(t.word(g.end), "امین" | "مین") {
        g.end += 1;
        g.ordinal = true;
        return Some(g);
    }
    if g.has_word && g.end == i + 1 && (1.0..10.0).contains(&g.value) {
        if let Some(den) = denominator(t.word(g.end)) {
            g.value /= den;
            g.end += 1;
            g.fraction = true;
            return Some(g);
        }
    }
    // `۶ دهم درصد`, `۲۹ صدم درصد`: tenths and hundredths of a percent written in digits.
    let plain = g.literal.is_some_and(|l| l.plain() && l.end == g.end);
    if plain && t.word(g.end + 1) == "درصد" {
        if let Some(den) = denominator(t.word(g.end)).filter(|&d| d >= 10.0) {
            g.value /= den;
            g.end += 1;
            g.fraction = true;
            return Some(g);
        }
    }
    group_scales(t, &mut g);
    (g.end > i).then_some(g)
}

/// The first piece of a group: a literal, a number word or an ordinal word; and the rank of
/// what may be joined to it with `و`.
fn group_head(t: &Tokens, i: usize) -> Option<(Group, u8)> {
    let mut g = Group {
        value: 0.0,
        mult: 1.0,
        scale: 1.0,
        end: i,
        has_word: false,
        ordinal: false,
        fraction: false,
        literal: None,
        glued_and: false,
    };
    let after;
    if let Some(lit) = digits::literal(t, i) {
        g.value = lit.value;
        g.end = lit.end;
        g.literal = Some(lit);
        after = 1;
    } else if let Some(lex) = lookup(t.word(i)) {
        g.has_word = true;
        if let Lex::Mult(_) = lex {
            g.value = 1.0;
            after = 0;
        } else {
            g.value = value_of(lex);
            g.end = i + 1;
            after = rank_after(lex);
        }
    } else if let Some((value, mult)) = glued_scale_word(t.word(i)) {
        g.value = value;
        g.mult = mult;
        g.scale = mult;
        g.end = i + 1;
        g.has_word = true;
        after = 0;
    } else if let Some((value, ordinal)) = glued_tens(t.word(i)) {
        g.value = value;
        g.end = i + 1;
        g.has_word = true;
        g.ordinal = ordinal;
        after = 1;
    } else {
        let lex = ordinal_word(t.word(i))?;
        g.value = value_of(lex);
        g.end = i + 1;
        g.has_word = true;
        g.ordinal = true;
        after = 0;
    }
    Some((g, after))
}

/// Hundreds, tens and units joined on (`شش صد و بیست و پنج`, `twenty-five`); true when an
/// ordinal closes the group (`بیست و پنجم`).
fn group_units(t: &Tokens, g: &mut Group, mut after: u8) -> bool {
    loop {
        let j = g.end;
        let next = lookup(t.word(j));
        // `شش صد`, `two hundred`: a unit word straight before the hundred word.
        if after == 1 && g.has_word && g.value < 10.0 && next == Some(Lex::Hundred(100)) {
            g.value *= 100.0;
            g.end = j + 1;
            after = 3;
            continue;
        }
        // `چهل ویکمین`: the `و` typed onto the next word.
        if let Some((lex, ordinal)) =
            glued_and_word(t.word(j)).filter(|&(l, _)| g.has_word && rank(l) < after)
        {
            g.value += value_of(lex);
            g.end = j + 1;
            if ordinal {
                g.ordinal = true;
                return true;
            }
            after = rank_after(lex);
            continue;
        }
        let joined = is_and(t, j)
            || (t.punct(j) == Some('-')
                && t.glued(j)
                && t.glued(j + 1)
                && t.is_latin_word(j + 1)
                && after == 2);
        if !joined || g.value.fract() != 0.0 {
            return false;
        }
        match lookup(t.word(j + 1)) {
            Some(Lex::Half) if after >= 1 => {
                g.value += 0.5;
                g.end = j + 2;
                after = 0;
            }
            Some(lex)
                if !matches!(lex, Lex::Mult(_) | Lex::Half | Lex::Zero) && rank(lex) < after =>
            {
                g.value += value_of(lex);
                g.end = j + 2;
                after = rank_after(lex);
            }
            None => match joined_ordinal(t.word(j + 1)) {
                Some(lex) if rank(lex) < after => {
                    g.value += value_of(lex);
                    g.end = j + 2;
                    g.ordinal = true;
                    return true;
                }
                _ => return false,
            },
            _ => return false,
        }
    }
}

/// A number word with the `و` before it typed on (`ویکمین`, `وسه`), and whether it is an
/// ordinal.
fn glued_and_word(word: &str) -> Option<(Lex, bool)> {
    let rest = word.strip_prefix('و')?;
    match lookup(rest) {
        Some(lex @ (Lex::Unit(_) | Lex::Teen(_) | Lex::Ten(_))) => Some((lex, false)),
        Some(_) => None,
        None => joined_ordinal(rest).map(|lex| (lex, true)),
    }
}

/// Scale words after the group (`هزار`, `میلیون`, `bn`, `میلیاردو`), growing.
fn group_scales(t: &Tokens, g: &mut Group) {
    loop {
        let j = g.end;
        let w = t.word(j);
        match lookup(w) {
            Some(Lex::Mult(m))
                if m > g.mult
                    && (!matches!(w, "bn" | "mn" | "tn") || t.glued(j) || g.literal.is_some()) =>
            {
                g.value *= m;
                g.mult *= m;
                g.scale = m;
                g.end = j + 1;
                g.has_word = true;
            }
            None if scale_with_and(w).is_some_and(|m| m > g.mult) => {
                let m = scale_with_and(w).unwrap_or(1.0);
                g.value *= m;
                g.mult *= m;
                g.scale = m;
                g.end = j + 1;
                g.has_word = true;
                g.glued_and = true;
                return;
            }
            None if w.ends_with("مین") => {
                if let Some(Lex::Mult(m)) = ordinal_word(w) {
                    if m > g.mult {
                        g.value *= m;
                        g.end = j + 1;
                        g.ordinal = true;
                    }
                }
                return;
            }
            _ => return,
        }
    }
}

/// The number expression starting at token `i`, if one does.
pub(crate) fn parse(t: &Tokens, i: usize) -> Option<NumExpr> {
    let g = group(t, i)?;
    let lone_word = g.has_word && g.literal.is_none() && g.end == i + 1 && g.mult == 1.0;
    let mut e = NumExpr {
        value: g.value,
        end: g.end,
        has_word: g.has_word,
        ordinal: g.ordinal,
        fraction: g.fraction,
        literal: if g.mult == 1.0 { g.literal } else { None },
        lone_word,
        bare_mult: matches!(lookup(t.word(i)), Some(Lex::Mult(_))),
        tail_mult: g.mult,
    };
    if g.ordinal || g.fraction {
        return Some(e);
    }
    let mut last = g.mult;
    let mut glued_and = g.glued_and;
    while last > 1.0 {
        // `۶۷ هزار ۵۲۲ میلیارد`: without `و`, only a bigger scale word closing the number
        // joins the group after it.
        let bigger_after = || {
            t.digits(e.end).is_some()
                && group(t, e.end).is_some_and(|g2| g2.scale > last && g2.value / g2.scale < last)
        };
        // "$3.2 billion and 12,000 jobs": English joins a group in digits with "and" only in
        // a list.
        let english_list = t.word(e.end) == "and" && t.digits(e.end + 1).is_some();
        let next = if glued_and {
            e.end
        } else if is_and(t, e.end) && !english_list {
            e.end + 1
        } else if bigger_after() {
            e.end
        } else if last == 1e3 && hundreds_typed_after(t, e.end) {
            e.value += t.digits(e.end).map_or(0.0, |d| d.0 as f64);
            e.end += 1;
            break;
        } else {
            break;
        };
        if lookup(t.word(next)) == Some(Lex::Half) {
            e.value += 0.5 * last;
            e.end = next + 1;
            break;
        }
        // A following group only continues the number when it is smaller than the
        // multiplier before it, except for the newsroom's `۲ هزار و ۵۰۰ میلیارد` (2500
        // billion) and `۵ میلیون و ۹۰۴ هزار میلیارد`: a bigger scale word at the end
        // applies to everything before it.
        match group(t, next) {
            Some(g2)
                if g2.scale > last
                    && e.value < g2.scale
                    && g2.value / g2.scale < last
                    && !g2.fraction
                    && !g2.ordinal =>
            {
                e.value = (e.value + g2.value / g2.scale) * g2.scale;
                e.end = g2.end;
                e.has_word |= g2.has_word;
                e.tail_mult = g2.scale;
                break;
            }
            Some(g2) if !g2.fraction && g2.value < last && g2.mult < last => {
                e.value += g2.value;
                e.end = g2.end;
                e.has_word |= g2.has_word;
                e.tail_mult = g2.mult;
                last = g2.mult;
                glued_and = g2.glued_and;
                if g2.ordinal {
                    e.ordinal = true;
                    break;
                }
            }
            _ => break,
        }
    }
    if e.end != g.end {
        e.literal = None;
    }
    Some(e)
}

/// `۱۸ هزار ۶۶ نفر`: the hundreds typed after هزار without `و`. Only when what they count
/// follows, as a word: a number after them, or none, leaves a list or a table row
/// (`۲ هزار ۳۰۰`, `۷۵۰ هزار ۹۲ ۴`).
fn hundreds_typed_after(t: &Tokens, k: usize) -> bool {
    let Some((value, len, _)) = t.digits(k) else {
        return false;
    };
    let after = t.word(k + 1);
    value < 1000
        && len <= 3
        && !after.is_empty()
        && t.digits(k + 1).is_none()
        && lookup(after).is_none()
}

/// The value of a text that is one number and nothing else (`دویست و سی و پنج هزار`,
/// `۲۸ میلیارد و ۵۰۰ میلیون`, `1,200`), for search and tests.
pub fn number_value(text: &str) -> Option<f64> {
    let t = Tokens::new(text);
    let e = parse(&t, 0)?;
    (e.end == t.len() && !e.ordinal).then_some(e.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenths_of_a_percent_in_digits() {
        for (text, v) in [("۴ دهم درصد", 0.4), ("15 صدم درصد", 0.15), ("۴ دهم", 4.0)]
        {
            let t = Tokens::new(text);
            assert_eq!(parse(&t, 0).map(|e| e.value), Some(v), "{text}");
        }
    }

    #[test]
    fn words_and_mixed() {
        for (text, v) in [
            ("ششصد و پنجاه", 650.0),
            ("شش‌صد", 600.0),
            ("شش صد و بیست", 620.0),
            ("سه هزار و ۲۰۰", 3200.0),
            ("601 هزار و 404", 601404.0),
            ("یک میلیون و 292 هزار", 1292000.0),
            ("۲۸ میلیارد و ۵۰۰ میلیون", 28.5e9),
            ("دو و نیم میلیارد", 2.5e9),
            ("یک میلیون و نیم", 1.5e6),
            ("هزار میلیارد", 1e12),
            ("نیم", 0.5),
            ("یک سوم", 1.0 / 3.0),
            ("يك ميليون و دويست هزار", 1.2e6),
            ("twenty-five", 25.0),
            ("two hundred and five thousand", 205000.0),
            ("2.9 billion", 2.9e9),
            ("صفر", 0.0),
            ("۲۰۸ هزار و ۲۰۸ میلیارد", 208208e9),
            ("۲ هزار و ۵۰۰ میلیارد", 2.5e12),
            ("5 میلیون و 904 هزار میلیارد", 5904e12),
            ("7 میلیاردو 659 میلیون", 7.659e9),
            ("127 هزارو 300", 127300.0),
            ("۶۷ هزار ۵۲۲ میلیارد", 67522e9),
            ("12 mn", 12e6),
            ("2.1 میلارد", 2.1e9),
        ] {
            assert_eq!(number_value(text), Some(v), "{text}");
        }
    }

    #[test]
    fn hundreds_after_thousand_without_and() {
        for (text, v, end) in [
            ("۱۸ هزار ۶۶ نفر آمدند", 18066.0, 3),
            ("25 هزار 410 دستگاه", 25410.0, 3),
            ("۳ هزار ۲۰۰ ۴۰۰ نفر", 3000.0, 2),
            ("۹ هزار ۱۲ هزار تومان", 9000.0, 2),
        ] {
            let e = parse(&Tokens::new(text), 0).unwrap();
            assert_eq!((e.value, e.end), (v, end), "{text}");
        }
    }

    #[test]
    fn lists_are_not_one_number() {
        for text in [
            "پنج و شش",
            "۵ و ۶",
            "۲ میلیون و ۵ میلیون",
            "بیست پنج",
            "۲ هزار ۳۰۰",
        ] {
            assert_eq!(number_value(text), None, "{text}");
        }
    }
}
