//! Display clean-up of already sanitized fields: the dateline at the head of the lead, the
//! reporter code at the foot of the body, and a summary when the file has no lead.

use super::model::Dateline;
use crate::fold::{latin_digit, search_key};

/// Agencies that file Persian copy with a `PLACE - AGENCY -` dateline. A list, not a pattern:
/// leads also open with `NAME - TITLE -` and `TEAM - TEAM`, which must stay in the text.
const AGENCIES: &[&str] = &[
    "ایرنا",
    "ایسنا",
    "ایلنا",
    "ایکنا",
    "فارس",
    "مهر",
    "تسنیم",
    "برنا",
    "شانا",
    "پانا",
    "میزان",
    "یجنا",
    "رسا",
    "دانا",
    "موج",
    "صدا و سیما",
    "باشگاه خبرنگاران جوان",
    "irna",
    "isna",
    "ilna",
];

const DASHES: [char; 3] = ['-', '–', '—'];

/// Splits a dateline off the front of a collapsed lead: `قم - ایرنا - …`, `تهران- ایرنا- …`,
/// `TEHRAN, Nov. 20 (IRNA) - …`, `LONDON (Reuters) — …`, `Tegucigalpa, Jan 2 (EFE).- …`,
/// `(ANSA) - Rome, October 11 - …`.
pub fn split_dateline(lead: &str) -> (Option<Dateline>, &str) {
    persian_dateline(lead)
        .or_else(|| english_dateline(lead))
        .or_else(|| agency_first_dateline(lead))
        .map_or((None, lead), |(d, rest)| (Some(d), rest))
}

/// `body` without the dateline the item's metadata gives (`London (dpa) - `), when the body
/// opens with it followed by a separator.
pub fn strip_dateline<'a>(body: &'a str, dateline: &str) -> Option<&'a str> {
    let separator = |c: char| c.is_whitespace() || DASHES.contains(&c) || matches!(c, ':' | '.');
    let head = dateline.trim_end_matches(separator);
    if head.is_empty() {
        return None;
    }
    let rest = body.strip_prefix(head)?;
    let after = rest.trim_start_matches(separator);
    // `Berlin` must not take the front off `Berliner`.
    (rest.is_empty() || after.len() < rest.len()).then_some(after)
}

/// The agency a dateline names in parentheses: `dpa` of `London (dpa) - `.
pub fn agency_in(dateline: &str) -> Option<String> {
    let open = dateline.rfind('(')?;
    let close = open + dateline[open..].find(')')?;
    let agency = dateline[open + 1..close].trim();
    (!agency.is_empty() && agency.chars().count() <= 30).then(|| agency.to_string())
}

fn persian_dateline(lead: &str) -> Option<(Dateline, &str)> {
    let (place, rest) = lead.split_once(DASHES)?;
    let (agency, rest) = rest.split_once(DASHES)?;
    let (place, agency) = (place.trim(), agency.trim());
    if !is_place(place) {
        return None;
    }
    let key = search_key(agency);
    let known = AGENCIES.contains(&key.as_str())
        || key
            .strip_prefix("خبرگزاری ")
            .is_some_and(|name| !name.is_empty() && name.split(' ').count() <= 3);
    known.then(|| {
        (
            Dateline {
                place: place.to_string(),
                agency: Some(agency.to_string()),
            },
            rest.trim_start(),
        )
    })
}

fn is_place(s: &str) -> bool {
    !s.is_empty()
        && s.chars().count() <= 30
        && s.split(' ').count() <= 3
        && s.chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '\u{200c}')
}

fn english_dateline(lead: &str) -> Option<(Dateline, &str)> {
    let open = lead.find('(')?;
    let close = open + lead[open..].find(')')?;
    let head = lead[..open].trim_end();
    let agency = lead[open + 1..close].trim();
    let rest = lead[close + 1..].trim_start();
    // `(AP) --` writes the dash twice, EFE a full stop before it (`(EFE).-`).
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    let rest = rest
        .strip_prefix(DASHES)?
        .trim_start_matches(DASHES)
        .trim_start();
    let place = head.split_once(',').map_or(head, |(p, _)| p).trim();
    let date_ok = head.len() - place.len() <= 24;
    let agency_ok = !agency.is_empty()
        && agency.len() <= 30
        && agency.chars().next().is_some_and(char::is_uppercase);
    (date_ok && is_place_name(place) && agency_ok).then(|| {
        (
            Dateline {
                place: place.to_string(),
                agency: Some(agency.to_string()),
            },
            rest,
        )
    })
}

/// ANSA's form, the agency first: `(ANSA) - Rome, October 11 - …`.
fn agency_first_dateline(lead: &str) -> Option<(Dateline, &str)> {
    let inner = lead.strip_prefix('(')?;
    let close = inner.find(')').filter(|&c| c <= 30)?;
    let agency = inner[..close].trim();
    let rest = inner[close + 1..]
        .trim_start()
        .strip_prefix(DASHES)?
        .trim_start();
    let end = [" - ", " – ", " — "]
        .iter()
        .filter_map(|dash| rest.find(dash))
        .min()
        .filter(|&end| end <= 64)?;
    let place = rest[..end].split(',').next().unwrap_or("").trim();
    let rest = rest[end..].trim_start_matches(|c: char| c == ' ' || DASHES.contains(&c));
    let agency_ok = !agency.is_empty() && agency.chars().next().is_some_and(char::is_uppercase);
    (agency_ok && is_place_name(place)).then(|| {
        (
            Dateline {
                place: place.to_string(),
                agency: Some(agency.to_string()),
            },
            rest,
        )
    })
}

/// A place as Latin-script datelines write it: in capitals (`GROSSETO`, `NEW YORK`) or with
/// each word capitalised (`Tegucigalpa`, `Los Angeles`); a few words, no digits.
fn is_place_name(place: &str) -> bool {
    let capitals = place
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\''));
    let titled = place.split([' ', '-']).all(|word| {
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_alphabetic)
    });
    place.len() <= 40
        && place.split(' ').count() <= 4
        && place.chars().any(char::is_alphabetic)
        && (capitals || titled)
}

/// Splits the trailing IRNA-style reporter code (`…/8138/ 1175`, in any digits) off the body.
/// The code comes back as `8138/1175` in Latin digits.
pub fn split_reporter_code(body: &str) -> (&str, Option<String>) {
    let trimmed = body.trim_end();
    let mut rest = trimmed;
    let second = take_digits_back(&mut rest);
    rest = rest.trim_end();
    let Some(before) = rest.strip_suffix('/') else {
        return (body, None);
    };
    rest = before.trim_end();
    let first = take_digits_back(&mut rest);
    rest = rest.trim_end();
    let Some(before) = rest.strip_suffix('/') else {
        return (body, None);
    };
    // A date such as 1398/5/12 ends like a code; a real code follows text, not a digit.
    if first.is_empty() || before.ends_with(|c: char| latin_digit(c).is_some()) {
        return (body, None);
    }
    let code = if second.is_empty() {
        first
    } else {
        format!("{first}/{second}")
    };
    (before.trim_end(), Some(code))
}

fn take_digits_back(s: &mut &str) -> String {
    let mut digits: Vec<char> = Vec::new();
    while let Some(c) = s.chars().next_back() {
        let Some(d) = latin_digit(c) else { break };
        digits.push(d);
        *s = &s[..s.len() - c.len_utf8()];
    }
    digits.iter().rev().collect()
}

/// About how long a derived summary may run, in characters.
const SUMMARY_CHARS: usize = 300;

/// The lead when there is one; otherwise the body's first sentence or two, up to about 300
/// characters. The flag says the summary was derived from the body.
pub fn summarize(lead: &str, body: &str) -> (String, bool) {
    if !lead.is_empty() {
        return (lead.to_string(), false);
    }
    let mut summary = String::new();
    for sentence in sentences(body).take(2) {
        let joined = summary.chars().count() + sentence.chars().count() + 1;
        if !summary.is_empty() && joined > SUMMARY_CHARS {
            break;
        }
        if !summary.is_empty() {
            summary.push(' ');
        }
        summary.push_str(sentence);
    }
    if summary.chars().count() > SUMMARY_CHARS {
        summary = cut_at_word(&summary, SUMMARY_CHARS);
    }
    (summary, !body.is_empty())
}

/// Sentences end at `.` `؟` `?` `!` `…` or a newline, never at a decimal point (`1.62`, `۱٫۵`).
/// Lazy: a summary needs two of them, and a body may run to megabytes.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut chars = text.char_indices().peekable();
    let mut previous: Option<char> = None;
    let mut start = 0;
    std::iter::from_fn(move || {
        while start <= text.len() {
            let Some((at, c)) = chars.next() else {
                let rest = &text[start..];
                start = text.len() + 1;
                return sentence(rest);
            };
            let before = previous.replace(c);
            let ends = match c {
                '\n' | '؟' | '?' | '!' | '…' => true,
                '.' => {
                    let after = chars.peek().map(|&(_, c)| c);
                    !(before.is_some_and(char::is_numeric) && after.is_some_and(char::is_numeric))
                }
                _ => false,
            };
            if ends {
                let end = if c == '\n' { at } else { at + c.len_utf8() };
                let found = sentence(&text[start..end]);
                start = at + c.len_utf8();
                if found.is_some() {
                    return found;
                }
            }
        }
        None
    })
}

/// A run of bare punctuation (the second `!` of `!!`) is no sentence of its own.
fn sentence(s: &str) -> Option<&str> {
    let s = s.trim();
    s.chars().any(char::is_alphanumeric).then_some(s)
}

fn cut_at_word(s: &str, max: usize) -> String {
    let head: String = s.chars().take(max).collect();
    let cut = head.rfind(' ').filter(|&i| i > 0).unwrap_or(head.len());
    format!("{}…", head[..cut].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persian_datelines() {
        for lead in [
            "قم - ایرنا - مدیرکل گفت",
            "قم- ایرنا- مدیرکل گفت",
            "قم -ایرنا -مدیرکل گفت",
            "قم – ايرنا – مدیرکل گفت",
        ] {
            let (d, rest) = split_dateline(lead);
            let d = d.expect(lead);
            assert_eq!(d.place, "قم");
            assert!(matches!(d.agency.as_deref(), Some("ایرنا" | "ايرنا")));
            assert_eq!(rest, "مدیرکل گفت");
        }
        let (d, rest) = split_dateline("بندرعباس - خبرگزاری صدا و سیما - خبر");
        assert_eq!(d.unwrap().place, "بندرعباس");
        assert_eq!(rest, "خبر");
    }

    #[test]
    fn lead_dashes_that_are_not_datelines() {
        for lead in [
            "پیروز حناچی - شهردار تهران - گفت",
            "نیمه اول دیدار تیم‌های لهستان - چک و یونان",
            "برنا - گروه ورزشی - تیم ملی",
            "سال 1398 - ایرنا - عدد",
        ] {
            assert_eq!(split_dateline(lead).0, None, "{lead}");
        }
    }

    #[test]
    fn english_datelines() {
        let (d, rest) = split_dateline("TEHRAN, Nov. 20 (IRNA) - Iran said on Sunday");
        let d = d.unwrap();
        assert_eq!(
            (d.place.as_str(), d.agency.as_deref()),
            ("TEHRAN", Some("IRNA"))
        );
        assert_eq!(rest, "Iran said on Sunday");
        let (d, _) = split_dateline("NEW YORK (Reuters) — Oil rose");
        assert_eq!(d.unwrap().place, "NEW YORK");
        let (d, rest) = split_dateline("GROSSETO, Italy (AP) -- The trial");
        assert_eq!(d.unwrap().place, "GROSSETO");
        assert_eq!(rest, "The trial");
        assert_eq!(split_dateline("Iran (IRNA) said - x").0, None);
        let (d, rest) = split_dateline("Tegucigalpa, Jan 2 (EFE).- Test body.");
        assert_eq!(d.unwrap().place, "Tegucigalpa");
        assert_eq!(rest, "Test body.");
        let (d, rest) = split_dateline("(ANSA) - Rome, October 11 - Italian Foreign Minister");
        let d = d.unwrap();
        assert_eq!(
            (d.place.as_str(), d.agency.as_deref()),
            ("Rome", Some("ANSA"))
        );
        assert_eq!(rest, "Italian Foreign Minister");
        // Prose with parentheses is not a dateline.
        for lead in [
            "the minister (left) - smiling",
            "Officials said (AP) - x",
            "(ANSA) - a long sentence that goes on and on without a place in front of the dash - x",
        ] {
            assert_eq!(split_dateline(lead).0, None, "{lead}");
        }
    }

    #[test]
    fn the_metadata_dateline_comes_off_the_body() {
        assert_eq!(
            strip_dateline("London (dpa) - 2019 gab es", "London (dpa) - "),
            Some("2019 gab es")
        );
        assert_eq!(strip_dateline("Berliner Luft", "Berlin"), None);
        assert_eq!(strip_dateline("Other text", "Berlin (dpa)"), None);
        assert_eq!(agency_in("London (dpa) - ").as_deref(), Some("dpa"));
        assert_eq!(agency_in("MOSKVA, Feb 17 NTB -"), None);
    }

    #[test]
    fn reporter_codes() {
        assert_eq!(
            split_reporter_code("می شود./8138/ 1175            "),
            ("می شود.", Some("8138/1175".into()))
        );
        assert_eq!(
            split_reporter_code("پایان /۸۱۳۸/ ۱۱۷۵ "),
            ("پایان", Some("8138/1175".into()))
        );
        assert_eq!(
            split_reporter_code("تمام/6060/"),
            ("تمام", Some("6060".into()))
        );
        assert_eq!(split_reporter_code("در سال 1398/5/12").1, None);
        assert_eq!(split_reporter_code("15/7/1383").1, None);
        assert_eq!(split_reporter_code("متن عادی").1, None);
    }

    #[test]
    fn summary_prefers_the_lead() {
        assert_eq!(summarize("لید", "متن"), ("لید".into(), false));
    }

    #[test]
    fn summary_from_body_keeps_decimals() {
        let body = "نرخ تورم 1.62 درصد شد. این رقم بالاست؟ جمله سوم.";
        let (s, derived) = summarize("", body);
        assert!(derived);
        assert_eq!(s, "نرخ تورم 1.62 درصد شد. این رقم بالاست؟");
    }

    #[test]
    fn summary_is_capped() {
        let body = "کلمه ".repeat(200);
        let (s, _) = summarize("", &body);
        assert!(s.chars().count() <= SUMMARY_CHARS + 1);
        assert!(s.ends_with('…'));
        assert_eq!(summarize("", ""), (String::new(), false));
    }
}
