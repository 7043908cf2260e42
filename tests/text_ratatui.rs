//! Rows drawn through ratatui keep every letter, right-aligned.

use newsdesk::text::{layout, BidiMode};
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::Terminal;
use unicode_width::UnicodeWidthStr;

fn screen(text: &str, width: u16, height: u16, mode: BidiMode) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| {
            let area = frame.area();
            let lines = layout(text, usize::from(area.width), mode);
            for (row, line) in lines.iter().take(usize::from(area.height)).enumerate() {
                let y = area.y + row as u16;
                line.draw(
                    frame.buffer_mut(),
                    Rect {
                        y,
                        height: 1,
                        ..area
                    },
                    Style::default(),
                );
            }
        })
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < buffer.area.width {
                let symbol = buffer[(x, y)].symbol();
                row.push_str(symbol);
                x += symbol.width().max(1) as u16;
            }
            row
        })
        .collect()
}

#[test]
fn right_aligned_eslami_keeps_all_its_letters() {
    assert_eq!(screen("اسلامی", 10, 1, BidiMode::Shaped), ["    ﯽﻣﺎﻠﺳﺍ"]);
    assert_eq!(screen("اسلامی", 10, 1, BidiMode::Visual), ["    یمالسا"]);
    assert_eq!(screen("اسلامی", 6, 1, BidiMode::Visual), ["یمالسا"]);
}

#[test]
fn wrapped_lead_is_right_aligned_row_by_row() {
    let rows = screen(
        "سازمان ملل: بحران آب در منطقه جدی است",
        14,
        3,
        BidiMode::Visual,
    );
    assert_eq!(rows, ["   :للم نامزاس", "   رد بآ نارحب", " تسا یدج هقطنم"]);
}

#[test]
fn wide_characters_stay_inside_the_pane() {
    let rows = screen("漢字 کتاب", 5, 2, BidiMode::Shaped);
    assert_eq!(rows[0], "漢字 ");
    // The paragraph starts with a left-to-right character, so every row is left-aligned.
    assert_eq!(rows[1], "ﺏﺎﺘﮐ ");
}
