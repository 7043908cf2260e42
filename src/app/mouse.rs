//! The mouse: the wheel scrolls the pane under it (or the metrics board), a click focuses a
//! pane or selects a headline or a figure row.
//! Hit-testing uses the same [`Areas`] drawing does, so a click lands where the pane was drawn.

use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Position;

use super::{rows_in_sight, App, Overlay, Pane};

impl App {
    pub(super) fn on_mouse(&mut self, mouse: MouseEvent) -> bool {
        let step = match mouse.kind {
            MouseEventKind::ScrollDown => 3,
            MouseEventKind::ScrollUp => -3,
            _ => 0,
        };
        if self.overlay == Some(Overlay::Board) && !self.kiosk && step != 0 {
            self.move_board_cursor(step);
            return true;
        }
        if self.kiosk || self.overlay.is_some() {
            return false;
        }
        let areas = self.areas();
        let at = Position::new(mouse.column, mouse.row);
        let pane = areas.pane_at(at);
        match mouse.kind {
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => match pane {
                Some(Pane::Headlines) => self.move_list(step),
                Some(Pane::Article) => self.scroll_article(step),
                Some(Pane::Figures) => self.move_figure_cursor(step),
                None => return false,
            },
            MouseEventKind::Down(MouseButton::Left) => match pane {
                Some(Pane::Headlines) => {
                    let inner = areas.inner(Pane::Headlines);
                    if at.y < inner.y || at.y >= inner.bottom() {
                        return false;
                    }
                    let index = self.list_offset + usize::from(at.y - inner.y);
                    if index < self.store.len() {
                        self.follow = false;
                        self.select_index(index);
                    }
                    self.focus = Pane::Headlines;
                }
                Some(Pane::Figures) => {
                    self.focus = Pane::Figures;
                    let inner = areas.inner(Pane::Figures);
                    let n = self.figure_rows().len();
                    let offset = self.figure_offset();
                    let row = usize::from(at.y.saturating_sub(inner.y));
                    let height = usize::from(self.figures_split(inner.height).table);
                    if at.y >= inner.y && row < rows_in_sight(offset, height, n) {
                        self.figure_cursor_to(offset + row);
                    }
                }
                Some(p) => self.focus = p,
                None => return false,
            },
            _ => return false,
        }
        true
    }
}
