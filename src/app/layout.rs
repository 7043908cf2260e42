//! Where each pane goes for a given window size: three columns when wide, two when medium, one
//! pane with tabs under 80 columns, and a notice below the smallest usable size. Both drawing
//! and mouse handling use this, so a click lands where the pane was drawn.

use ratatui::layout::{Constraint, Layout, Position, Rect};

#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr)]
pub enum Pane {
    Headlines,
    Article,
    Figures,
}

impl Pane {
    /// In declaration order: the order Tab visits them and the tabs show them.
    pub const ALL: [Pane; 3] = [Pane::Headlines, Pane::Article, Pane::Figures];

    pub fn next(self) -> Pane {
        Self::ALL[(self as usize + 1) % Self::ALL.len()]
    }

    pub fn prev(self) -> Pane {
        Self::ALL[(self as usize + Self::ALL.len() - 1) % Self::ALL.len()]
    }

    pub fn title(self) -> &'static str {
        self.into()
    }
}

/// Below this the dashboard shows only a "window too small" notice.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 5;
/// The largest area drawn; a larger window shows it in its top-left corner, the rest blank.
/// Each cell costs ~48 bytes in each of the three buffers a frame needs, so a 65535x65535
/// window once asked for 206 GB. 1000x500 holds an 8K screen (7680x4320) in an 8x16-pixel
/// font, 960x270 cells, and costs at most ~70 MB.
pub const MAX_WIDTH: u16 = 1000;
pub const MAX_HEIGHT: u16 = 500;

/// The area drawn for a window of `width` x `height` cells.
pub fn drawn_size(width: u16, height: u16) -> (u16, u16) {
    (width.min(MAX_WIDTH), height.min(MAX_HEIGHT))
}

/// Under this width one pane is shown at a time, with tabs.
pub const TABS_BELOW: u16 = 80;
/// From this width the figures get their own column.
pub const THREE_COLUMNS_FROM: u16 = 140;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Areas {
    pub status: Rect,
    pub tabs: Option<Rect>,
    pub panes: Vec<(Pane, Rect)>,
    pub too_small: bool,
}

impl Areas {
    pub fn for_size(area: Rect, focus: Pane, kiosk: bool) -> Areas {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return Areas {
                status: Rect::default(),
                tabs: None,
                panes: Vec::new(),
                too_small: true,
            };
        }
        let [main, status] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
        let panes = if kiosk {
            let [list, side] =
                Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)])
                    .areas(main);
            vec![(Pane::Headlines, list), (Pane::Figures, side)]
        } else if area.width >= THREE_COLUMNS_FROM {
            let [a, b, c] = Layout::horizontal([
                Constraint::Percentage(38),
                Constraint::Percentage(37),
                Constraint::Percentage(25),
            ])
            .areas(main);
            vec![(Pane::Headlines, a), (Pane::Article, b), (Pane::Figures, c)]
        } else if area.width >= TABS_BELOW {
            let [list, right] =
                Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)])
                    .areas(main);
            let [article, figures] =
                Layout::vertical([Constraint::Percentage(62), Constraint::Percentage(38)])
                    .areas(right);
            vec![
                (Pane::Headlines, list),
                (Pane::Article, article),
                (Pane::Figures, figures),
            ]
        } else {
            let [tabs, pane] =
                Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(main);
            return Areas {
                status,
                tabs: Some(tabs),
                panes: vec![(focus, pane)],
                too_small: false,
            };
        };
        Areas {
            status,
            tabs: None,
            panes,
            too_small: false,
        }
    }

    /// The same panes mirrored left to right inside `area`, for a right-to-left interface: the
    /// headline list on the right.
    pub fn mirrored(mut self, area: Rect) -> Areas {
        for (_, r) in &mut self.panes {
            r.x = area.x + (area.right() - r.right());
        }
        self
    }

    pub fn get(&self, pane: Pane) -> Option<Rect> {
        self.panes.iter().find(|(p, _)| *p == pane).map(|(_, r)| *r)
    }

    /// The pane's area inside its border; empty when the pane is not shown.
    pub fn inner(&self, pane: Pane) -> Rect {
        self.get(pane).map_or(Rect::default(), inner)
    }

    pub fn pane_at(&self, at: Position) -> Option<Pane> {
        self.panes
            .iter()
            .find(|(_, r)| r.contains(at))
            .map(|(p, _)| *p)
    }
}

/// Inside a one-cell border.
pub fn inner(r: Rect) -> Rect {
    Rect::new(
        r.x.saturating_add(1),
        r.y.saturating_add(1),
        r.width.saturating_sub(2),
        r.height.saturating_sub(2),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layouts_by_width() {
        let three = Areas::for_size(Rect::new(0, 0, 160, 40), Pane::Headlines, false);
        assert_eq!(three.panes.len(), 3);
        assert!(three.panes.iter().all(|(_, r)| r.height == 39));
        let two = Areas::for_size(Rect::new(0, 0, 100, 30), Pane::Headlines, false);
        assert_eq!(
            two.get(Pane::Article).unwrap().x,
            two.get(Pane::Figures).unwrap().x
        );
        let one = Areas::for_size(Rect::new(0, 0, 60, 20), Pane::Figures, false);
        assert_eq!(one.panes.len(), 1);
        assert_eq!(one.panes[0].0, Pane::Figures);
        assert!(one.tabs.is_some());
        assert!(Areas::for_size(Rect::new(0, 0, 19, 5), Pane::Headlines, false).too_small);
        assert!(!Areas::for_size(Rect::new(0, 0, 20, 5), Pane::Headlines, false).too_small);
    }

    #[test]
    fn mirrored_puts_the_list_on_the_right() {
        let area = Rect::new(0, 0, 160, 40);
        let ltr = Areas::for_size(area, Pane::Headlines, false);
        let rtl = ltr.clone().mirrored(area);
        let (l, r) = (
            ltr.get(Pane::Headlines).unwrap(),
            rtl.get(Pane::Headlines).unwrap(),
        );
        assert_eq!((l.x, l.width), (0, r.width));
        assert_eq!(r.right(), 160);
        assert_eq!(rtl.get(Pane::Figures).unwrap().x, 0);
    }

    #[test]
    fn panes_tile_without_overlap() {
        for w in [20u16, 79, 80, 139, 140, 300] {
            for h in [5u16, 6, 24, 100] {
                let a = Areas::for_size(Rect::new(0, 0, w, h), Pane::Article, false);
                for (i, (_, r)) in a.panes.iter().enumerate() {
                    assert!(r.right() <= w && r.bottom() < h);
                    for (_, s) in &a.panes[i + 1..] {
                        assert!(!r.intersects(*s));
                    }
                }
            }
        }
    }
}
