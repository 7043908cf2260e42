//! Figures: the selected article's figures as a table (one row per figure: subject, hedge,
//! value with its unit), then, where there is room, the desk's own figures (arrivals per minute
//! over the last hour, top datelines, figures by kind). On a wall display the alert history
//! takes the table's place.
//!
//! The table reads in the article's direction (a Persian article's subjects on the right) and
//! each cell is an isolate of its own laid out in that direction, so a percent sign, a unit or
//! a hedge never changes sides between rows and the columns line up. Years, dates and
//! ordinals come last, dimmed. Rows that do not fit are counted on the last line (`+5 more`);
//! focused, a cursor moves over the rows and Enter shows the figure in the article.

use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{RenderDirection, Sparkline};
use ratatui::Frame;

use super::headlines::{notice_name, tier_name, tier_style};
use super::textdraw::{fill_row, row};
use super::{
    counted, draw_composed, label, num, outside, put_none, put_words, ui_line, with, words,
};
use crate::app::{rows_in_sight, App, FiguresSplit, Pane, Tier};
use crate::extract::{qualifier_text, subject_of, value_text, FigureRow, Kind};
use crate::i18n::{self, Arg, Msg};
use crate::store::Record;
use crate::text::{truncate, Composer, Dir, Fragment, Run};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let rows = app.figure_rows();
    let split = if app.kiosk() {
        let desk = kiosk_desk_height(area.height);
        FiguresSplit {
            table: area.height - desk,
            note: false,
            desk,
        }
    } else {
        app.figures_split(area.height)
    };
    let top = Rect::new(area.x, area.y, area.width, split.table);
    if app.kiosk() {
        draw_alerts(app, frame, top);
    } else {
        draw_table(app, frame, top, &rows);
    }
    if split.note {
        draw_capped(app, frame, Rect::new(area.x, top.bottom(), area.width, 1));
    }
    let below = top.bottom() + u16::from(split.note);
    let desk = Rect::new(area.x, below, area.width, split.desk);
    draw_desk(app, frame, desk);
}

/// The store kept only the article's first figures: the line under the table says so.
fn draw_capped(app: &App, frame: &mut Frame, area: Rect) {
    let Some(record) = app.selected_record() else {
        return;
    };
    let note = counted(app, Msg::FiguresCapped, record.figures.len() as u64);
    let style = app.theme().base().patch(app.theme().dim());
    put_words(app, frame, area, area.y, note, style);
}

/// On a wall display the desk figures get up to 9 rows, and give way to the alerts in short
/// panes.
fn kiosk_desk_height(height: u16) -> u16 {
    if height >= 14 {
        9
    } else {
        height / 2
    }
}

/// Cells between the subject and what follows it; a hedge comes before its value with one
/// between, so a row reads as a sentence does (`خط لوله  بیش از ۳۲`, "pipeline  over 32 km").
const GAP: u16 = 2;
/// Narrowest subject column worth drawing (a cut subject still says what it is).
const MIN_SUBJECT: u16 = 6;

/// One row's cells, as text in the article's language.
struct Cells<'a> {
    subject: Option<&'a str>,
    value: String,
    hedge: Option<&'static str>,
    time: bool,
}

impl<'a> Cells<'a> {
    fn of(record: &'a Record, row: &FigureRow, persian: bool, exact: bool) -> Cells<'a> {
        let f = &record.figures[row.figure];
        Cells {
            subject: subject_of(&record.figures[row.named]),
            value: value_text(f, persian, exact),
            hedge: f.qualifier.map(|q| qualifier_text(q, persian)),
            time: row.time,
        }
    }

    /// The value with its hedge before it, as a sentence has them.
    fn inline(&self) -> String {
        match self.hedge {
            Some(hedge) => format!("{hedge} {}", self.value),
            None => self.value.clone(),
        }
    }
}

/// Where the three columns go in a table `width` cells wide: the value whole first (what the
/// reader scans for), the hedge next, the subject in what is left (cut with `…`). Where a
/// hedge column would leave the subject no room, the hedge goes before its value in the value
/// column instead (`حدود ۳۵ کیلومتر`), never lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Columns {
    subject: u16,
    value: u16,
    hedge: u16,
    /// Hedges are written in the value column.
    inline: bool,
}

impl Columns {
    /// `subject`, `value` and `hedge` are the widest cells of each; `inline` the widest value
    /// with its hedge before it.
    fn fit(width: u16, subject: u16, value: u16, hedge: u16, inline: u16) -> Columns {
        let wanted = subject.min(MIN_SUBJECT);
        let room = |used: u16| width.saturating_sub(used + GAP);
        let (value, hedge, inline, left) = if hedge == 0 {
            (value.min(width), 0, false, room(value))
        } else if room(value + 1 + hedge) >= wanted && value + 1 + hedge <= width {
            (value, hedge, false, room(value + 1 + hedge))
        } else {
            (inline.min(width), 0, true, room(inline))
        };
        Columns {
            subject: if left >= wanted { subject.min(left) } else { 0 },
            value,
            hedge,
            inline,
        }
    }

    /// The x of each column (subject, value, hedge) from the table's start side: the right
    /// edge for a right-to-left article. The hedge column sits between subject and value.
    fn xs(&self, area: Rect, rtl: bool) -> [(u16, u16); 3] {
        let gap = if self.subject > 0 { GAP } else { 0 };
        let hedge = if self.hedge > 0 { self.hedge + 1 } else { 0 };
        let spans = [
            (0, self.subject),
            (self.subject + gap + hedge, self.value),
            (self.subject + gap, self.hedge),
        ];
        spans.map(|(from, w)| {
            let w = w.min(area.width.saturating_sub(from));
            let x = if rtl {
                area.right().saturating_sub(from + w)
            } else {
                area.x + from
            };
            (x, w)
        })
    }
}

/// The part of a column `(x, w)` that a cell `width` wide takes when it sits against the
/// column's end side: a hedge shorter than its column stays next to its value.
fn flush_end((x, w): (u16, u16), width: u16, rtl: bool) -> (u16, u16) {
    let width = width.min(w);
    if rtl {
        (x, width)
    } else {
        (x + (w - width), width)
    }
}

fn draw_table(app: &App, frame: &mut Frame, area: Rect, rows: &[FigureRow]) {
    let Some(record) = app.selected_record() else {
        return;
    };
    let theme = app.theme();
    if rows.is_empty() {
        put_none(app, frame, area, Msg::FiguresNone);
        return;
    }
    let persian = record.article.is_persian();
    let rtl = record.article.is_rtl();
    let dir = Dir::from_rtl(rtl);
    let exact = app.exact_figures();
    let cells: Vec<Cells> = rows
        .iter()
        .map(|r| Cells::of(record, r, persian, exact))
        .collect();
    let measure = |s: &str| u16::try_from(truncate(s, 500, app.mode()).width).unwrap_or(500);
    let widest = |it: &mut dyn Iterator<Item = u16>| it.max().unwrap_or(0);
    // Widths over every row, not only those in sight, so columns stay put while scrolling.
    let columns = Columns::fit(
        area.width,
        widest(&mut cells.iter().filter_map(|c| c.subject).map(measure)),
        widest(&mut cells.iter().map(|c| measure(&c.value))),
        widest(&mut cells.iter().filter_map(|c| c.hedge).map(measure)),
        widest(&mut cells.iter().map(|c| measure(&c.inline()))),
    );
    let [subject_at, value_at, hedge_at] = columns.xs(area, rtl);
    let n = rows.len();
    let height = usize::from(area.height);
    let offset = app.figure_offset().min(n - 1);
    let shown = rows_in_sight(offset, height, n);
    let focused = app.focus() == Pane::Figures;
    for (i, c) in cells.iter().enumerate().skip(offset).take(shown) {
        let y = area.y + (i - offset) as u16;
        let row_style = if c.time {
            theme.base().patch(theme.dim())
        } else {
            theme.base()
        };
        let selected = focused && i == app.figure_cursor();
        let (row_style, value_style) = if selected {
            let bar = row_style.patch(theme.selection());
            fill_row(frame.buffer_mut(), area, y, bar);
            (bar, bar)
        } else if c.time {
            (row_style, row_style)
        } else {
            (row_style, row_style.patch(theme.figure()))
        };
        let mut cell = |(x, w): (u16, u16), fragment: Fragment, style: Style| {
            if w > 0 {
                let mut line = Composer::new(dir, "");
                line.push(fragment);
                draw_composed(app, frame, Rect::new(x, y, w, 1), &line, style, &[]);
            }
        };
        if let Some(subject) = c.subject {
            cell(subject_at, outside(subject), row_style);
        }
        let value = if columns.inline {
            c.inline()
        } else {
            c.value.clone()
        };
        cell(value_at, Fragment::text(value).dir(dir), value_style);
        if let (Some(hedge), false) = (c.hedge, columns.inline) {
            cell(
                flush_end(hedge_at, measure(hedge), rtl),
                Fragment::text(hedge).dir(dir),
                row_style,
            );
        }
    }
    let more = n - offset - shown;
    if more > 0 {
        let y = area.y + shown as u16;
        let mut line = Composer::new(dir, "");
        line.push(label(app, counted(app, Msg::FiguresMore, more as u64)));
        draw_composed(
            app,
            frame,
            row(area, y),
            &line,
            theme.base().patch(theme.dim()),
            &[],
        );
    }
}

fn draw_alerts(app: &App, frame: &mut Frame, area: Rect) {
    let theme = app.theme();
    let title = theme.base().patch(theme.title());
    put_words(app, frame, area, area.y, words(app, Msg::DeskAlerts), title);
    for (i, alert) in app
        .alerts()
        .iter()
        .take(usize::from(area.height.saturating_sub(1)))
        .enumerate()
    {
        let y = area.y + 1 + i as u16;
        let mut line = ui_line(app, " ");
        let mark = match (alert.notice, alert.tier) {
            (Some(status), _) => words(app, notice_name(status)),
            (None, Some(t)) => words(app, tier_name(t)),
            (None, None) => vec![Run::plain("★")],
        };
        line.push(label(app, mark).cut_to(None).rank(1));
        line.push(outside(&alert.headline));
        let style = alert
            .tier
            .or(alert.notice.map(|_| Tier::Flash))
            .map_or(theme.emphasis(theme.colors.watch, Modifier::BOLD), |t| {
                tier_style(app, t)
            });
        draw_composed(
            app,
            frame,
            row(area, y),
            &line,
            theme.base().patch(style),
            &[],
        );
    }
}

fn draw_desk(app: &App, frame: &mut Frame, area: Rect) {
    if area.height == 0 {
        return;
    }
    let theme = app.theme();
    let mut y = area.y;
    let per_minute = app.store().arrivals_per_minute(app.now(), 60);
    let peak = per_minute.iter().max().copied().unwrap_or(0);
    let arrivals = with(
        app,
        Msg::DeskArrivals,
        &[("peak", Arg::plain(num(app, peak)))],
    );
    put_words(
        app,
        frame,
        area,
        y,
        arrivals,
        theme.base().patch(theme.dim()),
    );
    y += 1;
    let rtl = app.lang().rtl();
    if y + 2 <= area.bottom() {
        let spark_w = (per_minute.len() as u16).min(area.width);
        // The newest minute at the reading's end, like a ticker: the right edge in English,
        // the left in Persian.
        let data: Vec<u64> = per_minute[per_minute.len() - usize::from(spark_w)..].to_vec();
        let (x, direction) = if rtl {
            (area.right() - spark_w, RenderDirection::RightToLeft)
        } else {
            (area.x, RenderDirection::LeftToRight)
        };
        let spark = Sparkline::default().data(&data).direction(direction).style(
            theme
                .base()
                .patch(theme.emphasis(theme.colors.sparkline, Modifier::BOLD)),
        );
        frame.render_widget(spark, Rect::new(x, y, spark_w, 2));
        y += 2;
    }
    let top = app.store().top_datelines(5);
    // Copy without datelines (most Persian agencies credit themselves in the body) would leave
    // a bare label that reads as a fault.
    if y < area.bottom() && !top.is_empty() {
        let counts = top
            .iter()
            .map(|(place, n)| (Run::isolated(place, Dir::Auto), *n));
        let line = counted_list(app, Msg::DeskDatelines, counts);
        draw_composed(app, frame, row(area, y), &line, theme.base(), &[]);
        y += 1;
    }
    if y < area.bottom() {
        let kinds = app.store().figure_kinds();
        let counts = kinds.iter().map(|(kind, n)| {
            let name = i18n::tr(app.lang(), kind_name(*kind));
            (Run::plain(name), *n)
        });
        let line = counted_list(app, Msg::DeskFigures, counts);
        draw_composed(app, frame, row(area, y), &line, theme.base(), &[]);
    }
}

/// `Label: a 3 · b 2`, each `name count` an isolate of the interface's direction (the count
/// after its name in reading order, whatever the name's script), later items left out first
/// when the row is short.
fn counted_list(app: &App, label_msg: Msg, counts: impl Iterator<Item = (Run, usize)>) -> Composer {
    let mut line = ui_line(app, " · ");
    line.push(
        label(app, words(app, label_msg))
            .rank(u8::MAX)
            .cut_to(Some(4)),
    );
    for (i, (name, n)) in counts.enumerate() {
        let item = label(
            app,
            vec![name, Run::plain(format!(" {}", num(app, n as u64)))],
        )
        .droppable()
        .cut_to(None)
        .rank(u8::try_from(100 - i.min(99)).unwrap_or(0));
        line.push(if i == 0 { item.after(" ") } else { item });
    }
    line
}

/// A figure kind's name in the interface's language.
pub(super) fn kind_name(kind: Kind) -> Msg {
    match kind {
        Kind::Count => Msg::KindCount,
        Kind::Percent => Msg::KindPercent,
        Kind::Money => Msg::KindMoney,
        Kind::Measure => Msg::KindMeasure,
        Kind::Duration => Msg::KindDuration,
        Kind::Year => Msg::KindYear,
        Kind::Date => Msg::KindDate,
        Kind::Ordinal => Msg::KindOrdinal,
        Kind::Score => Msg::KindScore,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_give_the_value_its_room_then_the_hedge_then_the_subject() {
        let fit = |w| {
            let c = Columns::fit(w, 20, 10, 6, 14);
            (c.subject, c.value, c.hedge, c.inline)
        };
        // 20 + 2 + 10 + 1 + 6 = 39.
        assert_eq!(fit(60), (20, 10, 6, false));
        assert_eq!(fit(30), (11, 10, 6, false), "the subject is cut");
        // No room for six cells of subject beside a hedge column: the hedge goes inline.
        assert_eq!(fit(24), (8, 14, 0, true));
        assert_eq!(fit(12), (0, 12, 0, true));
        assert_eq!(
            Columns::fit(30, 0, 10, 0, 10),
            (Columns {
                subject: 0,
                value: 10,
                hedge: 0,
                inline: false
            })
        );
    }

    #[test]
    fn the_hedge_column_sits_between_subject_and_value() {
        let c = Columns::fit(60, 20, 10, 6, 14);
        let area = Rect::new(5, 0, 60, 1);
        // Left to right: subject 5..25, gap, hedge 27..33, one cell, value 34..44.
        assert_eq!(c.xs(area, false), [(5, 20), (34, 10), (27, 6)]);
        // Right to left, mirrored from the right edge (65).
        assert_eq!(c.xs(area, true), [(45, 20), (26, 10), (37, 6)]);
        // A hedge shorter than its column keeps to the value's side.
        assert_eq!(flush_end((27, 6), 4, false), (29, 4));
        assert_eq!(flush_end((37, 6), 4, true), (37, 4));
        assert_eq!(flush_end((37, 6), 9, true), (37, 6));
    }
}
