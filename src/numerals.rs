//! Numbers as the desk writes them: thousands grouped, and in Persian digits when asked. The
//! figures pane, the article's figures and the dashboard's own counts and dates all come here,
//! so a number reads the same wherever it is shown. (Reading digits of any script is
//! [`crate::fold`]'s job.)

/// The integer part of a plain decimal number (`-1234567.5`) grouped by thousands with `,`
/// (`-1,234,567.5`); text that is not such a number comes back as it is.
pub fn group(number: &str) -> String {
    let (sign, rest) = match number.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", number),
    };
    let (int, frac) = match rest.find('.') {
        Some(p) => rest.split_at(p),
        None => (rest, ""),
    };
    if int.len() <= 3 || !int.bytes().all(|b| b.is_ascii_digit()) {
        return number.to_string();
    }
    let mut out = String::with_capacity(number.len() + int.len() / 3);
    out.push_str(sign);
    for (k, c) in int.chars().enumerate() {
        if k > 0 && (int.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out.push_str(frac);
    out
}

/// Latin digits and number punctuation in their Persian forms (`۱۲٬۳۴۵٫۶٪`).
pub fn to_persian_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32('۰' as u32 + (c as u32 - '0' as u32)).unwrap_or(c),
            ',' => '٬',
            '.' => '٫',
            '%' => '٪',
            _ => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping() {
        assert_eq!(group("0"), "0");
        assert_eq!(group("601404"), "601,404");
        assert_eq!(group("-1292000.25"), "-1,292,000.25");
        assert_eq!(group("999"), "999");
        assert_eq!(group("12a456"), "12a456");
    }

    #[test]
    fn persian_digits() {
        assert_eq!(to_persian_digits("12,345.6%"), "۱۲٬۳۴۵٫۶٪");
        assert_eq!(to_persian_digits("18:10 am"), "۱۸:۱۰ am");
    }
}
