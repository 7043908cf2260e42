//! Numbers written in digits: thousands groups, decimal points, and the forms scrapers and
//! right-to-left editing leave behind.

use super::token::{Script, Tokens};

/// A number written with digits, starting at a digit token.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Literal {
    pub value: f64,
    /// Token index just past the literal.
    pub end: usize,
    /// Digits before any decimal point, separators not counted.
    pub int_len: u32,
    pub grouped: bool,
    pub decimal: bool,
    pub leading_zero: bool,
    pub script: Script,
}

impl Literal {
    /// A bare run of digits such as `1398` or `021`.
    pub fn plain(&self) -> bool {
        !self.grouped && !self.decimal
    }
}

fn is_group_sep(c: char) -> bool {
    matches!(c, ',' | '٬')
}

fn is_decimal_point(c: char) -> bool {
    matches!(c, '.' | '٫')
}

fn fraction(value: u64, len: u32) -> f64 {
    value as f64 / 10f64.powi(len.min(300) as i32)
}

/// The literal at `i`, which must be a digit token.
///
/// `,`/`٬` group only when glued and followed by exactly three glued digits (`1,200`, not
/// `10,15`); `.`/`٫` glued between digits is a decimal point; `1.200.000` groups; so does the
/// Persian comma, twice (`۱،۵۹۰،۶۵۴`) or once before a round group (`۴،۰۰۰`).
pub(crate) fn literal(t: &Tokens, i: usize) -> Option<Literal> {
    let (first, first_len, script) = t.digits(i)?;
    let mut lit = Literal {
        value: first as f64,
        end: i + 1,
        int_len: first_len,
        grouped: false,
        decimal: false,
        leading_zero: first_len > 1 && leading_zero(t, i),
        script,
    };
    let three_glued =
        |k: usize| t.glued(k) && t.glued(k + 1) && matches!(t.digits(k + 1), Some((_, 3, _)));
    if first_len <= 3 {
        let mut k = i + 1;
        // Two groups at least for separators that also mean something else: `1.200.000`,
        // `۱۰۰/۰۰۰/۰۰۰ ریال` (not `۳۴/۵` nor a date), `۱،۵۹۰،۶۵۴` (not a list `۲۸،۲۹`).
        let twice = |sep: fn(char) -> bool| {
            t.punct(k).is_some_and(sep)
                && three_glued(k)
                && t.punct(k + 2).is_some_and(sep)
                && three_glued(k + 2)
        };
        // `۴،۰۰۰ نفر`, `۱۱۰،۰۰۰ نفر`: one group after the Persian comma only when it is round;
        // `۳۸۰،۲۲۳ و ۱۶۷ واحد`, `۱۸۰،۱۸۵` are lists.
        let round_group = |k: usize| {
            t.punct(k) == Some('،')
                && three_glued(k)
                && t.digits(k + 1).is_some_and(|(v, _, _)| v % 100 == 0)
        };
        let separator: fn(char) -> bool = if twice(is_decimal_point) {
            is_decimal_point
        } else if twice(|c| c == '/') {
            |c| c == '/'
        } else if twice(|c| c == '،') || round_group(k) {
            |c| c == '،'
        } else {
            is_group_sep
        };
        while let Some(c) = t.punct(k) {
            let sep = separator(c);
            if !(sep && three_glued(k)) {
                break;
            }
            let (v, _, _) = t.digits(k + 1)?;
            lit.value = lit.value * 1000.0 + v as f64;
            lit.int_len += 3;
            lit.grouped = true;
            k += 2;
        }
        if first_len == 1 && k == i + 1 && spaced_group(t, i, script) {
            let (v, _, _) = t.digits(k + 1)?;
            lit.value = lit.value * 1000.0 + v as f64;
            lit.int_len += 3;
            lit.grouped = true;
            k += 2;
        }
        lit.end = k;
    }
    let k = lit.end;
    if t.punct(k).is_some_and(is_decimal_point) && t.glued(k) && t.glued(k + 1) {
        if let Some((v, len, _)) = t.digits(k + 1) {
            lit.value += fraction(v, len);
            lit.decimal = true;
            lit.end = k + 2;
        }
    }
    Some(lit)
}

/// `۳, ۲۹۷ تومان`, `۱, ۱۴۶ میلیارد`: a thousands comma a scraper spaced, after one digit, as the
/// only group. A list (`12, 300`, `۴, ۱۲۰, ۲۰۰`) has no lone digit before a three-digit item.
fn spaced_group(t: &Tokens, i: usize, script: Script) -> bool {
    let comma = |k: usize| matches!(t.punct(k), Some(',' | '،'));
    let after_list = i >= 2 && comma(i - 1) && t.digits(i - 2).is_some();
    t.punct(i + 1) == Some(',')
        && t.glued(i + 1)
        && !t.glued(i + 2)
        && t.digits(i + 2)
            .is_some_and(|(_, len, s)| len == 3 && s == script)
        && !(comma(i + 3) && t.digits(i + 4).is_some())
        && !after_list
}

fn leading_zero(t: &Tokens, i: usize) -> bool {
    t.get(i)
        .and_then(|tok| t.text[tok.byte_start..].chars().next())
        .is_some_and(|c| matches!(c, '0' | '۰' | '٠'))
}

/// `۱۲. ۱۵`, `5589. 8 میلیارد` as a scraper leaves 12.15 and 5589.8: a point glued to the
/// integer, one space, then digits; or a comma and one or two digits (`٣, ٤ درصدی`, `٥٦٥, ٦٥
/// واحد`: the Arabic decimal comma, which three digits would make a thousands group). Only
/// trusted by the caller when a unit follows or [`surely_split`] says so, and never after what
/// reads as a year (`سال 1398. 8 میلیارد` ends a sentence).
pub(crate) fn split_decimal(t: &Tokens, lit: &Literal) -> Option<(f64, usize)> {
    let k = lit.end;
    let longest = match t.punct(k) {
        Some('.') => 4,
        Some(',') => 2,
        _ => return None,
    };
    if !lit.plain() || lit.int_len > 4 || !t.glued(k) || t.glued(k + 1) {
        return None;
    }
    if lit.int_len == 4 && super::calendar::bare_year(lit.value) {
        return None;
    }
    let (v, len, _) = t.digits(k + 1)?;
    (len <= longest).then(|| (lit.value + fraction(v, len), k + 2))
}

/// Whether a [`split_decimal`] needs no unit after it to be believed: both parts in
/// Arabic-Indic digits, which Persian copy gets from the one kind of source that also splits
/// its decimals (`به عدد ٤٨٩. ٢٠ رسید`, `١٩. ٦٤، ٢١. ٢٥ و ٢٥. ٤٨ درصد`); a sentence that ends
/// on a number and a next one that opens on another are rare in them. In Persian digits, a
/// short integer and one or two decimals with the sentence going on after them (`نرخ از ۱۰. ۷
/// در سال قبل`): a sentence that opened on a number would count something, and two more
/// digits are rarely all it says. Not the middle of a dotted date (`۲۶. ۱۲. ۹۶`).
pub(crate) fn surely_split(t: &Tokens, lit: &Literal) -> bool {
    let fraction = t.digits(lit.end + 1);
    let arabic = lit.script == Script::Arabic
        && fraction.is_some_and(|(_, _, script)| script == Script::Arabic);
    let persian = lit.script == Script::Persian
        && lit.int_len <= 3
        && fraction.is_some_and(|(_, len, script)| script == Script::Persian && len <= 2)
        && !t.word(lit.end + 2).is_empty()
        && !(lit.end >= 2 && t.punct(lit.end - 2) == Some('.'));
    arabic || persian
}

/// `۳۴/۸` with the slash as decimal point, as Persian writes it. Latin digits inside Persian
/// text come out of right-to-left editors reversed (`5/10 درصد` is 10.5%), Persian and
/// Arabic-Indic digits in logical order. Only trusted by the caller when a unit follows.
pub(crate) fn slash_decimal(t: &Tokens, lit: &Literal) -> Option<(f64, usize)> {
    let k = lit.end;
    if !lit.plain() || t.punct(k) != Some('/') || !t.glued(k) || !t.glued(k + 1) {
        return None;
    }
    let (v, len, _) = t.digits(k + 1)?;
    if t.punct(k + 2) == Some('/') && t.glued(k + 2) {
        return None;
    }
    let (int, int_len) = (lit.value as u64, lit.int_len);
    let value = if lit.script == Script::Latin {
        v as f64 + fraction(int, int_len)
    } else {
        int as f64 + fraction(v, len)
    };
    Some((value, k + 2))
}

/// `۵/ ۱۷ میلیون دلار`, `۶۷/ ۳ درصد`: a slash decimal a scraper turned around and spaced, the
/// fraction first and a space after the slash (17.5 million, 3.67%), in every script. Three
/// parts (`۱۲/ ۹/ ۹۸`) are a date. Only trusted by the caller when a unit or a scale follows.
pub(crate) fn turned_slash_decimal(t: &Tokens, lit: &Literal) -> Option<(f64, usize)> {
    let k = lit.end;
    if !lit.plain() || lit.int_len > 3 || t.punct(k) != Some('/') || !t.glued(k) || t.glued(k + 1) {
        return None;
    }
    let (v, len, _) = t.digits(k + 1)?;
    if len > 3 || t.punct(k + 2) == Some('/') {
        return None;
    }
    Some((v as f64 + fraction(lit.value as u64, lit.int_len), k + 2))
}

/// `1398/07/15`, `98/09/17`, `4/9/1396`: a calendar date as `yyyymmdd` (two-digit years are
/// Persian-calendar), or `None` when the three parts are no valid date.
pub(crate) fn slash_date(t: &Tokens, i: usize) -> Option<(f64, usize)> {
    let mut parts = [(0u64, 0u32); 3];
    // `۲۸ / ۱۱ / ۱۳۹۸`, `۴/ ۱۲/ ۱۳۹۲`, `۲۳ /۶ /۹۰`: typed with spaces on either side, the
    // slashes still join three parts of one date.
    for (n, part) in parts.iter_mut().enumerate() {
        let k = i + 2 * n;
        if n > 0 && t.punct(k - 1) != Some('/') {
            return None;
        }
        let (v, len, _) = t.digits(k)?;
        *part = (v, len);
    }
    let [a, b, c] = parts;
    let (y, m, d) = if a.1 == 4 || a.0 > 31 {
        (a, b.0, c.0)
    } else if c.1 == 4 || c.0 > 31 {
        (c, b.0, a.0)
    } else {
        (a, b.0, c.0)
    };
    let year = super::calendar::expand_year(y.0, y.1)?;
    ((1..=12).contains(&m) && (1..=31).contains(&d))
        .then_some(((year * 10000 + m * 100 + d) as f64, i + 5))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(s: &str) -> (f64, usize) {
        let t = Tokens::new(s);
        let l = literal(&t, 0).unwrap();
        (l.value, l.end)
    }

    #[test]
    fn groups_and_decimals() {
        assert_eq!(lit("1,234,567 نفر"), (1234567.0, 5));
        assert_eq!(lit("۱٬۲۵۰"), (1250.0, 3));
        assert_eq!(lit("10,15"), (10.0, 1));
        assert_eq!(lit("۱۸٫۵"), (18.5, 3));
        assert_eq!(lit("1.200.000"), (1200000.0, 5));
        assert_eq!(lit("1.62"), (1.62, 3));
        assert_eq!(lit("12, 300"), (12.0, 1));
        assert_eq!(lit("۳, ۲۹۷ تومان"), (3297.0, 3));
        assert_eq!(lit("۲, ۰۶۹ تومان"), (2069.0, 3));
        assert_eq!(lit("4, 120, 200"), (4.0, 1));
        assert_eq!(lit("۴۰۰/۰۰۰/۰۰۰ ریال"), (400000000.0, 5));
        assert_eq!(lit("۱،۵۹۰،۶۵۴،۲۰۰"), (1590654200.0, 7));
        assert_eq!(lit("۳۴/۵۰۰"), (34.0, 1));
        assert_eq!(lit("۲۸،۲۹"), (28.0, 1));
        assert_eq!(lit("۱۲۰،۱۵۰"), (120.0, 1));
    }

    #[test]
    fn scraper_and_editor_forms() {
        let t = Tokens::new("۱۲. ۱۵ درصد");
        assert_eq!(
            split_decimal(&t, &literal(&t, 0).unwrap()).map(|x| x.1),
            Some(3)
        );
        let t = Tokens::new("٥٦٥, ٦٥ واحد");
        let l = literal(&t, 0).unwrap();
        assert_eq!(split_decimal(&t, &l), Some((565.65, 3)));
        assert!(surely_split(&t, &l));
        let t = Tokens::new("۱۲. ۱۵ درصد");
        assert!(surely_split(&t, &literal(&t, 0).unwrap()));
        let t = Tokens::new("سهم آن ۱۲. ۱۵۰ نفر");
        assert!(!surely_split(&t, &literal(&t, 2).unwrap()));
        let t = Tokens::new("رقم به ۱۲. ۴");
        assert!(!surely_split(&t, &literal(&t, 2).unwrap()));
        let t = Tokens::new("از ۲۶. ۱۲. ۹۶ اجرا شد");
        assert!(!surely_split(&t, &literal(&t, 3).unwrap()));
        let t = Tokens::new("۲, ۸۲۹ تومان");
        assert_eq!(split_decimal(&t, &literal(&t, 0).unwrap()), None);
        let t = Tokens::new("5/10 درصد");
        assert_eq!(slash_decimal(&t, &literal(&t, 0).unwrap()), Some((10.5, 3)));
        let t = Tokens::new("۱۶/۳ درصد");
        assert_eq!(slash_decimal(&t, &literal(&t, 0).unwrap()), Some((16.3, 3)));
        let t = Tokens::new("۶۵/ ۵ میلیارد");
        let turned = turned_slash_decimal(&t, &literal(&t, 0).unwrap());
        assert_eq!(turned, Some((5.65, 3)));
        let t = Tokens::new("۱۲/ ۹/ ۹۸");
        assert_eq!(turned_slash_decimal(&t, &literal(&t, 0).unwrap()), None);
        let t = Tokens::new("4/9/1396");
        assert_eq!(slash_date(&t, 0), Some((13960904.0, 5)));
        let t = Tokens::new("000/000/83");
        assert_eq!(slash_date(&t, 0), None);
        let t = Tokens::new("۲۸ / ۱۱ / ۱۳۹۸");
        assert_eq!(slash_date(&t, 0), Some((13981128.0, 5)));
        let t = Tokens::new("۲۸ /۱۱/ ۱۳۹۸");
        assert_eq!(slash_date(&t, 0), Some((13981128.0, 5)));
        let t = Tokens::new("۴/ ۱۲/ ۱۳۹۲");
        assert_eq!(slash_date(&t, 0), Some((13921204.0, 5)));
    }
}
