//! Property tests: Persian number words round-trip to their values over 0..10^13, and
//! extraction never panics and keeps its spans, the figure's and its subject's, on char
//! boundaries for any input.

use newsdesk::article::Field;
use newsdesk::extract::{figures_in, number_value, Kind};
use proptest::prelude::*;

const UNITS: [&str; 10] = [
    "", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه",
];
const TEENS: [&str; 10] = [
    "ده",
    "یازده",
    "دوازده",
    "سیزده",
    "چهارده",
    "پانزده",
    "شانزده",
    "هفده",
    "هجده",
    "نوزده",
];
const TENS: [&str; 10] = [
    "",
    "",
    "بیست",
    "سی",
    "چهل",
    "پنجاه",
    "شصت",
    "هفتاد",
    "هشتاد",
    "نود",
];
const HUNDREDS: [&str; 10] = [
    "",
    "صد",
    "دویست",
    "سیصد",
    "چهارصد",
    "پانصد",
    "ششصد",
    "هفتصد",
    "هشتصد",
    "نهصد",
];
const SCALES: [(u64, &str); 4] = [
    (1_000_000_000_000, "تریلیون"),
    (1_000_000_000, "میلیارد"),
    (1_000_000, "میلیون"),
    (1_000, "هزار"),
];

/// How to write one part of a number; drawn at random for every part.
#[derive(Debug, Clone, Copy)]
struct Style {
    /// Write the part in digits (`601 هزار`), Persian digits when `persian_digits`.
    digits: bool,
    persian_digits: bool,
    /// `یکصد` for `صد`, `شش صد`/`شش‌صد` for `ششصد`, `یک هزار` for `هزار`.
    variant: u8,
}

fn style() -> impl Strategy<Value = Style> {
    (any::<bool>(), any::<bool>(), 0u8..3).prop_map(|(d, p, variant)| Style {
        digits: d,
        persian_digits: p,
        variant,
    })
}

fn below_thousand(n: u64, s: Style) -> String {
    if s.digits {
        let text = n.to_string();
        return if s.persian_digits {
            text.chars()
                .map(|c| char::from_u32(c as u32 - '0' as u32 + 0x06F0).unwrap())
                .collect()
        } else {
            text
        };
    }
    let mut parts = Vec::new();
    let h = (n / 100) as usize;
    if h > 0 {
        parts.push(match (h, s.variant) {
            (1, 1) => "یکصد".to_string(),
            (6 | 3 | 4 | 7 | 8 | 9, 1) => format!("{} صد", UNITS[h]),
            (6 | 3 | 4 | 7 | 8 | 9, 2) => format!("{}\u{200c}صد", UNITS[h]),
            _ => HUNDREDS[h].to_string(),
        });
    }
    let rest = (n % 100) as usize;
    if (10..20).contains(&rest) {
        parts.push(TEENS[rest - 10].to_string());
    } else {
        if rest >= 20 {
            parts.push(TENS[rest / 10].to_string());
        }
        if rest % 10 > 0 {
            parts.push(UNITS[rest % 10].to_string());
        }
    }
    parts.join(" و ")
}

/// Persian words for `n`, groups of three digits joined with `و`, each group drawn in
/// words or digits.
fn words(n: u64, styles: &[Style]) -> String {
    if n == 0 {
        return "صفر".to_string();
    }
    let mut groups = Vec::new();
    let mut rest = n;
    for (k, (scale, name)) in SCALES.iter().enumerate() {
        let g = rest / scale;
        rest %= scale;
        if g == 0 {
            continue;
        }
        let s = styles[k];
        groups.push(match (g, *scale, s.variant) {
            (1, 1_000, 0) if !s.digits => "هزار".to_string(),
            (1, 1_000, 1) if !s.digits => "یک‌هزار".to_string(),
            _ => format!("{} {name}", below_thousand(g, s)),
        });
    }
    if rest > 0 {
        groups.push(below_thousand(rest, styles[4]));
    }
    groups.join(" و ")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn number_words_round_trip(n in 0u64..10_000_000_000_000, styles in prop::collection::vec(style(), 5)) {
        let text = words(n, &styles);
        prop_assert_eq!(number_value(&text), Some(n as f64), "{}", text);
        let with_unit = format!("رقم {text} درصد است");
        let found = figures_in(&with_unit, Field::Body);
        prop_assert_eq!(found.len(), 1, "{}: {:?}", with_unit, found);
        prop_assert_eq!(found[0].value, n as f64);
        prop_assert_eq!(found[0].kind, Kind::Percent);
    }

    #[test]
    fn any_text_extracts_without_panic_on_char_boundaries(
        chars in prop::collection::vec(
            prop_oneof![
                any::<char>(),
                prop::sample::select(vec![
                    '۱', '۹', '٤', '1', '0', '٫', '٬', '،', ',', '.', '/', '-', '+', ':', '%', '٪', '$',
                    ' ', ' ', '\n', '\u{200c}', 'و', 'ه', 'ز', 'ا', 'ر', 'د', 'ص', 'ن', 'ی', 'م', 'ل',
                ]),
            ],
            0..120,
        )
    ) {
        let text: String = chars.iter().collect();
        for field in Field::ALL {
            for f in figures_in(&text, field) {
                prop_assert!(f.start < f.end && f.end <= chars.len());
                prop_assert_eq!(chars[f.start..f.end].iter().collect::<String>(), f.text.clone());
                prop_assert!(f.value.is_finite());
                prop_assert_eq!(f.field, field);
                // The subject's offsets point at its text, which is the article's own.
                match (&f.subject, f.subject_start, f.subject_end) {
                    (Some(s), Some(a), Some(b)) => {
                        prop_assert!(a < b && b <= chars.len());
                        prop_assert_eq!(&chars[a..b].iter().collect::<String>(), s);
                    }
                    (None, None, None) => {}
                    other => prop_assert!(false, "subject and offsets disagree: {:?}", other),
                }
            }
        }
    }
}

#[test]
fn generator_writes_what_a_desk_writes() {
    let plain = [Style {
        digits: false,
        persian_digits: false,
        variant: 0,
    }; 5];
    assert_eq!(
        words(1_292_000, &plain),
        "یک میلیون و دویست و نود و دو هزار"
    );
    let mut mixed = plain;
    mixed[3] = Style {
        digits: true,
        persian_digits: false,
        variant: 0,
    };
    mixed[4] = mixed[3];
    assert_eq!(words(601_404, &mixed), "601 هزار و 404");
}
