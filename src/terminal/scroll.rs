//! Rows that moved between two frames, found so the terminal can move them itself: a scroll
//! region (DECSTBM) and a scroll (SU/SD) cost about 15 bytes, where rewriting a shifted
//! headline list costs kilobytes (issue 16).
//!
//! DECSTBM scrolls whole lines, so a shift is judged over the full width of its rows: the rows
//! of a pane that moved must be worth more than what the move spoils in the panes beside it.
//! In the one-pane layout that is always so; with three columns it is so when the other
//! columns change anyway (following the newest article) and not when only the list moves. Left
//! and right margins (DECSLRM) would scroll one column alone, but few terminals have them
//! (xterm, WezTerm, iTerm2, mintty), sending them to one that does not scrolls the whole
//! line, and asking which one this is means a query and a wait on every start: not used.

use std::hash::BuildHasher;
use std::ops::Range;

use foldhash::fast::FixedState;

use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;

/// Rows `rows` scrolled by `by` lines: content moves down when `by` is positive (SD), up when
/// negative (SU); the rows it leaves are blank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shift {
    pub rows: Range<u16>,
    pub by: i32,
}

/// A shift must save at least this many cells to be worth its escape sequences (about 15
/// bytes, where a changed cell costs one to a few).
const MIN_SAVING: usize = 16;

/// The best whole-line shift of the rows of one of `panes` that turns `shown` into something
/// closer to `next`, if one saves cells. The pane's own columns pick the distance; the cost
/// is then counted over whole rows, since that is what moves.
pub fn find(shown: &Buffer, next: &Buffer, panes: &[Rect]) -> Option<Shift> {
    if shown.area != next.area {
        return None;
    }
    let mut best: Option<(usize, Shift)> = None;
    for pane in panes {
        let pane = pane.intersection(next.area);
        if pane.height < 2 || pane.width == 0 {
            continue;
        }
        let Some(by) = distance(shown, next, pane) else {
            continue;
        };
        let shift = Shift {
            rows: pane.top()..pane.bottom(),
            by,
        };
        let before = changed_cells(shown, next, &shift.rows, Some);
        let after = changed_cells(shown, next, &shift.rows, |y| source_row(&shift, y));
        let saving = before.saturating_sub(after);
        if saving >= MIN_SAVING && best.as_ref().is_none_or(|(s, _)| saving > *s) {
            best = Some((saving, shift));
        }
    }
    best.map(|(_, shift)| shift)
}

/// How far the pane's rows moved: the distance at which most rows of `next` match a row of
/// `shown`, if that beats leaving them where they are.
fn distance(shown: &Buffer, next: &Buffer, pane: Rect) -> Option<i32> {
    if (pane.top()..pane.bottom()).all(|y| row(shown, pane, y) == row(next, pane, y)) {
        return None;
    }
    let old: Vec<u64> = (pane.top()..pane.bottom())
        .map(|y| row_hash(shown, pane, y))
        .collect();
    let new: Vec<u64> = (pane.top()..pane.bottom())
        .map(|y| row_hash(next, pane, y))
        .collect();
    if old == new {
        return None;
    }
    let h = old.len();
    let matches = |by: i32| -> usize {
        (0..h)
            .filter(|&i| {
                let from = i as i64 - i64::from(by);
                from >= 0 && (from as usize) < h && new[i] == old[from as usize]
            })
            .count()
    };
    let stay = matches(0);
    let (by, most) = (1..h as i32)
        .flat_map(|k| [k, -k])
        .map(|by| (by, matches(by)))
        .max_by_key(|&(by, n)| (n, std::cmp::Reverse(by.abs())))?;
    (most > stay).then_some(by)
}

/// The cells of row `y` inside `pane`.
fn row(buf: &Buffer, pane: Rect, y: u16) -> &[Cell] {
    let start = buf.index_of(pane.left(), y);
    &buf.content[start..start + usize::from(pane.width)]
}

fn row_hash(buf: &Buffer, pane: Rect, y: u16) -> u64 {
    FixedState::default().hash_one(row(buf, pane, y))
}

/// The row of the old screen that row `y` shows after `shift`; `None` for a row it blanked.
fn source_row(shift: &Shift, y: u16) -> Option<u16> {
    let from = i64::from(y) - i64::from(shift.by);
    let inside = from >= i64::from(shift.rows.start) && from < i64::from(shift.rows.end);
    inside.then_some(from as u16)
}

/// Cells of rows `rows` in `next` that differ from the old screen's row `from(y)` (a blank row
/// for `None`), across the whole width.
fn changed_cells(
    shown: &Buffer,
    next: &Buffer,
    rows: &Range<u16>,
    from: impl Fn(u16) -> Option<u16>,
) -> usize {
    let blank = Cell::default();
    let width = usize::from(next.area.width);
    let left = next.area.left();
    rows.clone()
        .map(|y| {
            let new = &next.content[next.index_of(left, y)..][..width];
            match from(y) {
                Some(f) => {
                    let old = &shown.content[shown.index_of(left, f)..][..width];
                    old.iter().zip(new).filter(|(a, b)| a != b).count()
                }
                None => new.iter().filter(|c| **c != blank).count(),
            }
        })
        .sum()
}

/// Moves `buf`'s rows as the terminal moves them for `shift`, so `buf` goes on telling what
/// the screen shows and the next diff writes only what the scroll did not bring.
pub fn apply(buf: &mut Buffer, shift: &Shift) {
    let width = usize::from(buf.area.width);
    let left = buf.area.left();
    let start = buf.index_of(left, shift.rows.start);
    let end = start + width * usize::from(shift.rows.end - shift.rows.start);
    let region = &mut buf.content[start..end];
    let moved = (shift.by.unsigned_abs() as usize * width).min(region.len());
    if shift.by > 0 {
        region.rotate_right(moved);
        region[..moved].fill(Cell::default());
    } else {
        region.rotate_left(moved);
        let len = region.len();
        region[len - moved..].fill(Cell::default());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screen(rows: &[&str]) -> Buffer {
        Buffer::with_lines(rows.iter().copied())
    }

    #[test]
    fn a_list_pushed_down_by_one_is_a_scroll_down() {
        let shown = screen(&[
            "|Oil exports rise 8%       |",
            "|Rain in Tehran            |",
            "|Smart ID cards for 12,000 |",
            "|Quake of 5.1 shakes Bam   |",
            "|Wheat purchases up        |",
        ]);
        let next = screen(&[
            "|Budget bill passes        |",
            "|Oil exports rise 8%       |",
            "|Rain in Tehran            |",
            "|Smart ID cards for 12,000 |",
            "|Quake of 5.1 shakes Bam   |",
        ]);
        let pane = Rect::new(1, 0, 26, 5);
        let shift = find(&shown, &next, &[pane]).expect("a shift");
        assert_eq!(shift, Shift { rows: 0..5, by: 1 });
        let mut moved = shown.clone();
        apply(&mut moved, &shift);
        let rest = moved.diff(&next);
        assert!(
            rest.iter().all(|(_, y, _)| *y == 0),
            "only the new row: {rest:?}"
        );
    }

    #[test]
    fn rows_scrolled_up_by_three() {
        let lines: Vec<String> = (0..12u32)
            .map(|i| format!("{:>20}", (u64::from(i) * 7919).pow(2).to_string().repeat(2)))
            .collect();
        let shown = screen(&lines[..9].iter().map(String::as_str).collect::<Vec<_>>());
        let next = screen(&lines[3..].iter().map(String::as_str).collect::<Vec<_>>());
        let pane = Rect::new(0, 0, 20, 9);
        let shift = find(&shown, &next, &[pane]).expect("a shift");
        assert_eq!(shift.by, -3);
        let mut moved = shown.clone();
        apply(&mut moved, &shift);
        assert!(moved.diff(&next).iter().all(|(_, y, _)| *y >= 6));
    }

    #[test]
    fn no_shift_when_the_columns_beside_would_be_spoiled() {
        // The list on the left moves; the text on the right does not, and is wider.
        let shown = screen(&[
            "a|the article text stays put",
            "b|and it is wider than the list",
            "c|so moving whole lines costs more",
            "d|than rewriting the list column",
        ]);
        let next = screen(&[
            "n|the article text stays put",
            "a|and it is wider than the list",
            "b|so moving whole lines costs more",
            "c|than rewriting the list column",
        ]);
        assert_eq!(find(&shown, &next, &[Rect::new(0, 0, 1, 4)]), None);
    }

    #[test]
    fn nothing_moved_nothing_found() {
        let shown = screen(&["same", "rows", "here"]);
        assert_eq!(find(&shown, &shown.clone(), &[shown.area]), None);
        let other = screen(&["diff", "eren", "t   "]);
        assert_eq!(find(&shown, &other, &[shown.area]), None);
    }
}
