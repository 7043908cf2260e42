//! Properties of layout over arbitrary input: no panic, rows fit, nothing unprintable
//! reaches the terminal, same input gives the same rows.

use newsdesk::text::{layout, truncate, BidiMode, VisualLine};
use proptest::prelude::*;
use unicode_bidi::{bidi_class, BidiClass};

/// Control and format characters, judged by bidi class so the oracle is independent of the
/// module's own list: BN holds ZWNJ, ZWJ, U+FEFF, soft hyphen and the invisible operators.
fn unprintable(c: char, mode: BidiMode) -> bool {
    if c.is_control() {
        return true;
    }
    if mode == BidiMode::Terminal && c == '\u{200C}' {
        return false;
    }
    use BidiClass::*;
    matches!(
        c,
        '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{2028}' | '\u{2029}'
    ) || matches!(
        bidi_class(c),
        BN | LRE | RLE | LRO | RLO | PDF | LRI | RLI | FSI | PDI | B | S
    )
}

fn check(
    text: &str,
    width: usize,
    mode: BidiMode,
    lines: &[VisualLine],
) -> Result<(), TestCaseError> {
    let chars = text.chars().count();
    for line in lines {
        prop_assert!(
            line.width <= width,
            "row {:?} wider than {width}",
            line.text()
        );
        prop_assert_eq!(
            line.width,
            line.cells.iter().map(|c| c.width).sum::<usize>()
        );
        for cell in &line.cells {
            prop_assert!(cell.width >= 1);
            prop_assert!(cell.logical <= chars);
            prop_assert!(!cell.text.is_empty());
            if let Some(bad) = cell.text.chars().find(|&c| unprintable(c, mode)) {
                prop_assert!(false, "U+{:04X} reaches the terminal in {mode}", bad as u32);
            }
        }
    }
    Ok(())
}

fn script_heavy() -> impl Strategy<Value = String> {
    proptest::string::string_regex(
        "[\\u0600-\\u06FF\\u064B-\\u0652\\u0640\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF a-zA-Z0-9۰-۹٠-٩.,:%٪()«»\\[\\]\\n\\r\\t\\u001B漢😀\\u0301]{0,120}",
    )
    .unwrap()
}

fn input() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), script_heavy()]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]

    #[test]
    fn layout_fits_is_printable_and_deterministic(text in input(), width in 1usize..50) {
        let mut shown_per_mode = Vec::new();
        for mode in BidiMode::ALL {
            let lines = layout(&text, width, mode);
            check(&text, width, mode, &lines)?;
            prop_assert_eq!(&lines, &layout(&text, width, mode));
            let rows: Vec<(usize, Vec<usize>)> = lines
                .iter()
                .map(|l| {
                    let mut logical: Vec<usize> = l.cells.iter().map(|c| c.logical).collect();
                    logical.sort_unstable();
                    (l.width, logical)
                })
                .collect();
            shown_per_mode.push(rows);
        }
        // Every mode shows the same clusters on the same rows at the same widths.
        prop_assert_eq!(&shown_per_mode[0], &shown_per_mode[1]);
        prop_assert_eq!(&shown_per_mode[0], &shown_per_mode[2]);
    }

    #[test]
    fn truncate_fits_on_one_row(text in input(), width in 1usize..40) {
        for mode in BidiMode::ALL {
            let line = truncate(&text, width, mode);
            check(&text, width, mode, std::slice::from_ref(&line))?;
            prop_assert_eq!(&line, &truncate(&text, width, mode));
        }
    }
}
