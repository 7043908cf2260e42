//! Numbers written in words, Persian and English, alone or mixed with digits:
//! `ششصد و پنجاه`, `601 هزار و 404`, `یک میلیون و 292 هزار`, `دو و نیم میلیارد`,
//! `twenty-five`, `2.9 billion`.
//!
//! Hand-written: the one Persian crate (rust-persian-tools) misreads `یک میلیون و ۲۹۲ هزار`
//! as 1000292000 and rejects `شش‌صد`, and nothing handles digits and words mixed.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::digits::{self, Literal};
use super::token::Tokens;

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Lex {
    Zero,
    Unit(u8),
    Teen(u8),
    Ten(u8),
    Hundred(u16),
    Mult(f64),
    Half,
}

pub(super) const ENTRIES: &[(&str, Lex)] = &[
    ("صفر", Lex::Zero),
    ("یک", Lex::Unit(1)),
    ("دو", Lex::Unit(2)),
    ("سه", Lex::Unit(3)),
    ("چهار", Lex::Unit(4)),
    ("پنج", Lex::Unit(5)),
    ("شش", Lex::Unit(6)),
    ("شیش", Lex::Unit(6)),
    ("هفت", Lex::Unit(7)),
    ("هشت", Lex::Unit(8)),
    ("نه", Lex::Unit(9)),
    ("ده", Lex::Teen(10)),
    ("یازده", Lex::Teen(11)),
    ("دوازده", Lex::Teen(12)),
    ("سیزده", Lex::Teen(13)),
    ("چهارده", Lex::Teen(14)),
    ("پانزده", Lex::Teen(15)),
    ("پونزده", Lex::Teen(15)),
    ("شانزده", Lex::Teen(16)),
    ("هفده", Lex::Teen(17)),
    ("هیفده", Lex::Teen(17)),
    ("هجده", Lex::Teen(18)),
    ("هیجده", Lex::Teen(18)),
    ("هژده", Lex::Teen(18)),
    ("نوزده", Lex::Teen(19)),
    ("بیست", Lex::Ten(20)),
    ("سی", Lex::Ten(30)),
    ("چهل", Lex::Ten(40)),
    ("پنجاه", Lex::Ten(50)),
    ("شصت", Lex::Ten(60)),
    ("هفتاد", Lex::Ten(70)),
    ("هشتاد", Lex::Ten(80)),
    ("نود", Lex::Ten(90)),
    ("صد", Lex::Hundred(100)),
    ("یکصد", Lex::Hundred(100)),
    ("دویست", Lex::Hundred(200)),
    ("سیصد", Lex::Hundred(300)),
    ("سهصد", Lex::Hundred(300)),
    ("دوصد", Lex::Hundred(200)),
    ("پنجصد", Lex::Hundred(500)),
    ("چهارصد", Lex::Hundred(400)),
    ("پانصد", Lex::Hundred(500)),
    ("پونصد", Lex::Hundred(500)),
    ("ششصد", Lex::Hundred(600)),
    ("هفتصد", Lex::Hundred(700)),
    ("هشتصد", Lex::Hundred(800)),
    ("نهصد", Lex::Hundred(900)),
    ("هزار", Lex::Mult(1e3)),
    ("یکهزار", Lex::Mult(1e3)),
    ("میلیون", Lex::Mult(1e6)),
    ("ملیون", Lex::Mult(1e6)),
    ("میلیارد", Lex::Mult(1e9)),
    ("میلیاردی", Lex::Mult(1e9)),
    ("میلیونی", Lex::Mult(1e6)),
    ("ملیارد", Lex::Mult(1e9)),
    // Iranian news uses بیلیون for the English billion, not the old long-scale 10^12.
    ("بیلیون", Lex::Mult(1e9)),
    ("تریلیون", Lex::Mult(1e12)),
    ("نیم", Lex::Half),
    ("zero", Lex::Zero),
    ("one", Lex::Unit(1)),
    ("two", Lex::Unit(2)),
    ("three", Lex::Unit(3)),
    ("four", Lex::Unit(4)),
    ("five", Lex::Unit(5)),
    ("six", Lex::Unit(6)),
    ("seven", Lex::Unit(7)),
    ("eight", Lex::Unit(8)),
    ("nine", Lex::Unit(9)),
    ("ten", Lex::Teen(10)),
    ("eleven", Lex::Teen(11)),
    ("twelve", Lex::Teen(12)),
    ("thirteen", Lex::Teen(13)),
    ("fourteen", Lex::Teen(14)),
    ("fifteen", Lex::Teen(15)),
    ("sixteen", Lex::Teen(16)),
    ("seventeen", Lex::Teen(17)),
    ("eighteen", Lex::Teen(18)),
    ("nineteen", Lex::Teen(19)),
    ("twenty", Lex::Ten(20)),
    ("thirty", Lex::Ten(30)),
    ("forty", Lex::Ten(40)),
    ("fifty", Lex::Ten(50)),
    ("sixty", Lex::Ten(60)),
    ("seventy", Lex::Ten(70)),
    ("eighty", Lex::Ten(80)),
    ("ninety", Lex::Ten(90)),
    ("hundred", Lex::Hundred(100)),
    ("thousand", Lex::Mult(1e3)),
    ("million", Lex::Mult(1e6)),
    ("billion", Lex::Mult(1e9)),
    ("bn", Lex::Mult(1e9)),
    ("trillion", Lex::Mult(1e12)),
];

/// FNV-1a: every word of every article is looked up here, and SipHash's flood resistance
/// buys nothing for a fixed table of a hundred keys.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Lexicon = HashMap<&'static str, Lex, BuildHasherDefault<Fnv>>;

pub(crate) fn lookup(word: &str) -> Option<Lex> {
    static MAP: OnceLock<Lexicon> = OnceLock::new();
    if word.is_empty() || word.len() > 24 {
        return None;
    }
    MAP.get_or_init(|| ENTRIES.iter().copied().collect())
        .get(word)
        .copied()
}

/// `دهمین`, `سومین`, `بیست و پنجمین`'s last word, `سی‌امین`, `صدمین`. `اولین`/`نخستین`
/// ("the first") are left out: they are almost never a figure.
pub(crate) fn ordinal_word(word: &str) -> Option<Lex> {
    let stem = word.strip_suffix("مین")?;
    match stem {
        "سو" => Some(Lex::Unit(3)),
        "یک" | "" => None,
        _ => lookup(stem)
            .or_else(|| stem.strip_suffix('ا').and_then(lookup))
            .filter(|l| !matches!(l, Lex::Half | Lex::Zero)),
    }
}

/// The denominator in `یک سوم`, `سه چهارم`.
fn denominator(word: &str) -> Option<f64> {
    Some(match word {
        "سوم" => 3.0,
        "چهارم" => 4.0,
        "پنجم" => 5.0,
        "ششم" => 6.0,
        "هفتم" => 7.0,
        "هشتم" => 8.0,
        "نهم" => 9.0,
        "دهم" => 10.0,
        "صدم" => 100.0,
        "هزارم" => 1000.0,
        _ => return None,
    })
}

fn value_of(lex: Lex) -> f64 {
    match lex {
        Lex::Zero => 0.0,
        Lex::Unit(v) | Lex::Teen(v) | Lex::Ten(v) => f64::from(v),
        Lex::Hundred(v) => f64::from(v),
        Lex::Mult(m) => m,
        Lex::Half => 0.5,
    }
}

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
}

fn group(t: &Tokens, i: usize) -> Option<Group> {
    let mut g = Group {
        value: 0.0,
        mult: 1.0,
        scale: 1.0,
        end: i,
        has_word: false,
        ordinal: false,
        fraction: false,
        literal: None,
    };
    let mut after;
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
    } else if let Some(lex) = ordinal_word(t.word(i)) {
        g.value = value_of(lex);
        g.end = i + 1;
        g.has_word = true;
        g.ordinal = true;
        return Some(g);
    } else {
        return None;
    }
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
        let joined = is_and(t, j)
            || (t.punct(j) == Some('-')
                && t.glued(j)
                && t.glued(j + 1)
                && t.is_latin_word(j + 1)
                && after == 2);
        if !joined || g.value.fract() != 0.0 {
            break;
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
            None => match ordinal_word(t.word(j + 1)) {
                Some(lex) if rank(lex) < after => {
                    g.value += value_of(lex);
                    g.end = j + 2;
                    g.ordinal = true;
                    return Some(g);
                }
                _ => break,
            },
            _ => break,
        }
    }
    if g.has_word && g.end == i + 1 && (1.0..10.0).contains(&g.value) {
        if let Some(den) = denominator(t.word(g.end)) {
            g.value /= den;
            g.end += 1;
            g.fraction = true;
            return Some(g);
        }
    }
    loop {
        let j = g.end;
        let w = t.word(j);
        match lookup(w) {
            Some(Lex::Mult(m))
                if m > g.mult && (w != "bn" || t.glued(j) || g.literal.is_some()) =>
            {
                g.value *= m;
                g.mult *= m;
                g.scale = m;
                g.end = j + 1;
                g.has_word = true;
            }
            None if w.ends_with("مین") => match ordinal_word(w) {
                Some(Lex::Mult(m)) if m > g.mult => {
                    g.value *= m;
                    g.end = j + 1;
                    g.ordinal = true;
                    return Some(g);
                }
                _ => break,
            },
            _ => break,
        }
    }
    (g.end > i).then_some(g)
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
    while last > 1.0 && is_and(t, e.end) {
        if lookup(t.word(e.end + 1)) == Some(Lex::Half) {
            e.value += 0.5 * last;
            e.end += 2;
            break;
        }
        // A following group only continues the number when it is smaller than the
        // multiplier before it, except for the newsroom's `۲ هزار و ۵۰۰ میلیارد` (2500
        // billion) and `۵ میلیون و ۹۰۴ هزار میلیارد`: a bigger scale word at the end
        // applies to everything before it.
        match group(t, e.end + 1) {
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
        ] {
            assert_eq!(number_value(text), Some(v), "{text}");
        }
    }

    #[test]
    fn lists_are_not_one_number() {
        for text in ["پنج و شش", "۵ و ۶", "۲ میلیون و ۵ میلیون", "بیست پنج"]
        {
            assert_eq!(number_value(text), None, "{text}");
        }
    }

    #[test]
    fn ordinals() {
        let t = Tokens::new("بیست و پنجمین");
        let e = parse(&t, 0).unwrap();
        assert!(e.ordinal && e.value == 25.0);
        assert_eq!(ordinal_word("سومین"), Some(Lex::Unit(3)));
        assert_eq!(ordinal_word("سیامین"), Some(Lex::Ten(30)));
        assert_eq!(ordinal_word("اولین"), None);
    }
}
