//! Putting a laid-out row into a ratatui buffer.
//!
//! Widgets such as `Paragraph` measure a `Line` with unicode-width over the whole string, which
//! counts «لا» as one cell where terminals draw two: right-aligned Persian then loses its last
//! letter (`اسلامی`). Drawing cell by cell at the widths the layout computed avoids that, and
//! forcing each cell's width keeps ratatui's diff moving the cursor the way the terminal will.

use std::num::NonZeroU16;
use std::ops::Range;

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::layout::VisualLine;

impl VisualLine {
    /// Draws the row on the first line of `area`, right-aligned when it is right to left,
    /// clipped to `area`; cells outside the row are left as they are.
    pub fn draw(&self, buf: &mut Buffer, area: Rect, style: Style) {
        self.draw_highlighted(buf, area, style, &[]);
    }

    /// [`VisualLine::draw`], with each `(range, style)` patched over the cells whose source
    /// offsets fall in `range` (figures, search hits), wherever reordering put them.
    pub fn draw_highlighted(
        &self,
        buf: &mut Buffer,
        area: Rect,
        style: Style,
        highlights: &[(Range<usize>, Style)],
    ) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        let pane = usize::from(area.width);
        let indent = self.indent(pane);
        for (x, cell) in self.columns() {
            let x = indent + x;
            if x + cell.width > pane {
                break;
            }
            let Ok(width) = u16::try_from(cell.width) else {
                break;
            };
            let Some(forced) = NonZeroU16::new(width) else {
                continue;
            };
            let col = area.x + x as u16;
            let style = highlights
                .iter()
                .filter(|(range, _)| range.contains(&cell.logical))
                .fold(style, |s, (_, h)| s.patch(*h));
            buf[(col, area.y)]
                .set_symbol(&cell.text)
                .set_style(style)
                .set_diff_option(CellDiffOption::ForcedWidth(forced));
            for covered in 1..width {
                buf[(col + covered, area.y)].reset();
            }
        }
    }
}
