//! Layout of whole texts: the seed headline, wrapping, alignment, truncation, modes.

use newsdesk::text::{layout, truncate, BidiMode, VisualLine};

const SEED_HEADLINE: &str = "601 هزار کارت هوشمند ملی در قم صادر شد";

fn one_row(text: &str, mode: BidiMode) -> String {
    let lines = layout(text, 200, mode);
    assert_eq!(lines.len(), 1, "{text:?} took {} rows", lines.len());
    lines[0].text()
}

#[test]
fn seed_headline_reads_correctly_in_shaped_mode() {
    assert_eq!(
        one_row(SEED_HEADLINE, BidiMode::Shaped),
        "ﺪﺷ ﺭﺩﺎﺻ ﻢﻗ ﺭﺩ ﯽﻠﻣ ﺪﻨﻤﺷﻮﻫ ﺕﺭﺎﮐ ﺭﺍﺰﻫ 601"
    );
    let line = &layout(SEED_HEADLINE, 200, BidiMode::Shaped)[0];
    assert!(line.rtl);
    assert_eq!(line.width, SEED_HEADLINE.chars().count());
}

#[test]
fn visual_mode_reorders_without_joining() {
    assert_eq!(
        one_row(SEED_HEADLINE, BidiMode::Visual),
        "دش رداص مق رد یلم دنمشوه تراک رازه 601"
    );
}

#[test]
fn terminal_mode_keeps_logical_order_and_zwnj() {
    let text = "خبرگزاری‌ها می‌گویند";
    assert_eq!(one_row(text, BidiMode::Terminal), text);
    assert_eq!(
        one_row(text, BidiMode::Shaped).matches('\u{200C}').count(),
        0
    );
    assert_eq!(
        one_row(text, BidiMode::Visual).matches('\u{200C}').count(),
        0
    );
}

#[test]
fn widths_are_the_same_in_every_mode() {
    for text in [
        SEED_HEADLINE,
        "اسلامی",
        "عبدالله",
        "بَرای (سازمان) 25٪",
        "\u{064E}لا",
    ] {
        let widths: Vec<Vec<usize>> = BidiMode::ALL
            .iter()
            .map(|&m| layout(text, 7, m).iter().map(|l| l.width).collect())
            .collect();
        assert!(
            widths.windows(2).all(|w| w[0] == w[1]),
            "{text}: {widths:?}"
        );
    }
}

#[test]
fn logical_offsets_point_at_the_source_after_reordering() {
    let text = "نرخ تورم 12.5 درصد شد";
    let line = &layout(text, 80, BidiMode::Shaped)[0];
    let chars: Vec<char> = text.chars().collect();
    let number_start = text.chars().position(|c| c == '1').unwrap();
    // The number is still left to right, and its cells map back onto it.
    let spans = line.spans_for(number_start..number_start + 4);
    assert_eq!(spans.len(), 1);
    let shown: String = line
        .columns()
        .filter(|(x, _)| spans[0].contains(x))
        .map(|(_, c)| c.text.as_str())
        .collect();
    assert_eq!(shown, "12.5");
    for cell in &line.cells {
        assert!(cell.logical < chars.len());
    }
    let mut logical: Vec<usize> = line.cells.iter().map(|c| c.logical).collect();
    logical.sort_unstable();
    logical.dedup();
    assert_eq!(logical.len(), line.cells.len());
}

#[test]
fn paragraphs_get_their_own_direction() {
    let text = "سلام دنیا\nHello world\r\n\nعدد 42";
    let lines = layout(text, 80, BidiMode::Shaped);
    let rtl: Vec<bool> = lines.iter().map(|l| l.rtl).collect();
    assert_eq!(rtl, [true, false, false, true]);
    assert_eq!(lines[1].text(), "Hello world");
    assert!(lines[2].cells.is_empty());
    let second = text.find("Hello").unwrap();
    assert_eq!(lines[1].logical.start, text[..second].chars().count());
    assert_eq!(lines[3].logical.start, text.chars().count() - 6);
}

fn assert_fits(lines: &[VisualLine], width: usize) {
    for line in lines {
        assert!(
            line.width <= width,
            "{:?} is wider than {width}",
            line.text()
        );
        assert_eq!(
            line.width,
            line.cells.iter().map(|c| c.width).sum::<usize>()
        );
    }
}

#[test]
fn wraps_persian_at_word_boundaries_and_right_aligns() {
    let lead = "قم - ایرنا - مدیرکل ثبت احوال قم گفت: از ابتدای سال 91 تا پایان شهریورماه امسال، 601 هزار و 404 کارت هوشمند ملی در این استان صادر شده است.";
    for width in [10, 17, 24, 40, 80] {
        let lines = layout(lead, width, BidiMode::Shaped);
        assert_fits(&lines, width);
        for line in &lines {
            assert!(line.rtl);
            assert_eq!(line.indent(width) + line.width, width);
        }
        // Rows follow each other in the source, and only spaces are lost between them.
        for pair in lines.windows(2) {
            let gap: String = lead
                .chars()
                .skip(pair[0].logical.end)
                .take(pair[1].logical.start - pair[0].logical.end)
                .collect();
            assert!(
                gap.chars().all(|c| c == ' '),
                "{gap:?} lost at width {width}"
            );
        }
        let covered: usize = lines.iter().map(|l| l.logical.len()).sum();
        let spaces = lead.chars().filter(|&c| c == ' ').count();
        assert!(covered + spaces >= lead.chars().count());
    }
    let rows: Vec<String> = layout(lead, 24, BidiMode::Visual)
        .iter()
        .map(|l| l.text())
        .collect();
    assert_eq!(rows[0], "تبث لکریدم - انریا - مق");
    assert_eq!(rows[1], "یادتبا زا :تفگ مق لاوحا");
}

#[test]
fn english_wraps_left_aligned() {
    let lines = layout(
        "Tehran stocks close higher for a third day",
        12,
        BidiMode::Shaped,
    );
    let rows: Vec<String> = lines.iter().map(|l| l.text()).collect();
    assert_eq!(
        rows,
        ["Tehran", "stocks close", "higher for a", "third day"]
    );
    assert!(lines.iter().all(|l| !l.rtl && l.indent(12) == 0));
}

#[test]
fn truncation_keeps_the_beginning_and_ends_on_the_left_in_rtl() {
    let line = truncate(SEED_HEADLINE, 12, BidiMode::Shaped);
    assert_eq!(line.width, 12);
    assert_eq!(line.text(), "…ﺎﮐ ﺭﺍﺰﻫ 601");
    assert_eq!(line.cells[0].logical, "601 هزار کا".chars().count());

    let english = truncate("Oil prices rise on supply fears", 12, BidiMode::Shaped);
    assert_eq!(english.text(), "Oil prices…");
    assert_eq!(truncate("short", 12, BidiMode::Shaped).text(), "short");
    assert_eq!(truncate(SEED_HEADLINE, 1, BidiMode::Shaped).text(), "…");
    // Cut before its first letter, the row still reads right to left.
    let digits_only = truncate(SEED_HEADLINE, 5, BidiMode::Shaped);
    assert!(digits_only.rtl);
    assert_eq!(digits_only.text(), "…601");
    assert_eq!(truncate(SEED_HEADLINE, 0, BidiMode::Shaped).width, 0);
    assert_eq!(
        truncate("خط اول\nخط دوم", 80, BidiMode::Visual).text(),
        "مود طخ لوا طخ"
    );
}

#[test]
fn brackets_mirror_and_numbers_stay_left_to_right() {
    // After Arabic letters, digits are Arabic numbers (rule W2), so ٪ and % stay on their
    // left as in every browser.
    assert_eq!(one_row("رشد (12٪) بود", BidiMode::Visual), "دوب (٪12) دشر");
    assert_eq!(one_row("رشد [12] بود", BidiMode::Visual), "دوب [12] دشر");
    assert_eq!(
        one_row("سایت www.ncr.ir باز شد", BidiMode::Visual),
        "دش زاب www.ncr.ir تیاس"
    );
}

#[test]
fn a_cluster_wider_than_the_pane_shows_as_an_ellipsis() {
    let lines = layout("漢字", 1, BidiMode::Shaped);
    let rows: Vec<(String, usize)> = lines.iter().map(|l| (l.text(), l.width)).collect();
    assert_eq!(rows, [("…".to_string(), 1), ("…".to_string(), 1)]);
    assert_eq!(lines[1].cells[0].logical, 1);
}

#[test]
fn nothing_unprintable_reaches_the_terminal() {
    let hostile = "خبر\u{1b}[2J\u{202E}فوری\u{200F}\u{feff} \u{7}news\u{200D}";
    for mode in BidiMode::ALL {
        let text = one_row(hostile, mode);
        assert!(
            !text.chars().any(|c| c.is_control()
                || matches!(c, '\u{202E}' | '\u{200F}' | '\u{FEFF}' | '\u{200D}')),
            "{mode}: {text:?}"
        );
    }
    assert_eq!(one_row(hostile, BidiMode::Terminal), "خبر[2Jفوری news");
}
