//! The mouse: the wheel scrolls the pane under it, a click focuses a pane or selects a headline.
//! Hit-testing uses the same [`Areas`] drawing does, so a click lands where the pane was drawn.

use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Position;

use super::{App, Pane};

impl App {
    pub(super) fn on_mouse(&mut self, mouse: MouseEvent) -> bool {
        if self.kiosk || self.overlay.is_some() {
            return false;
        }
        let areas = self.areas();
        let at = Position::new(mouse.column, mouse.row);
        let pane = areas.pane_at(at);
        match mouse.kind {
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
                let step = if mouse.kind == MouseEventKind::ScrollDown {
                    3
                } else {
                    -3
                };
                match pane {
                    Some(Pane::Headlines) => self.move_list(step),
                    Some(Pane::Article) => self.scroll_article(step),
                    _ => return false,
                }
            }
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
                Some(p) => self.focus = p,
                None => return false,
            },
            _ => return false,
        }
        true
    }
}
