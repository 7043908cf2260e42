//! Figures: the selected article's numbers as a table, then the desk's own figures (arrivals
//! per minute over the last hour, top datelines, figures by kind). On a wall display the alert
//! history takes the table's place.
//!
//! Columns follow the interface (values at the start side); each cell is an isolate laid out
//! in the article's direction, so a percent sign or a unit never changes sides between rows.

use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::widgets::{RenderDirection, Sparkline};
use ratatui::Frame;

use super::headlines::{notice_name, tier_name, tier_style};
use super::{counted, draw_composed, label, num, outside, put_words, ui_line, with, words};
use crate::app::{App, Tier};
use crate::extract::Kind;
use crate::i18n::{self, Arg, Msg};
use crate::text::{Composer, Dir, Fragment, Run};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let desk_rows = desk_height(area.height);
    let top = Rect::new(area.x, area.y, area.width, area.height - desk_rows);
    if app.kiosk() {
        draw_alerts(app, frame, top);
    } else {
        draw_table(app, frame, top);
    }
    let desk = Rect::new(area.x, top.bottom(), area.width, desk_rows);
    draw_desk(app, frame, desk);
}

/// The desk figures get up to 9 rows, and give way to the article's figures in short panes.
fn desk_height(height: u16) -> u16 {
    if height >= 14 {
        9
    } else {
        height / 2
    }
}

fn draw_table(app: &App, frame: &mut Frame, area: Rect) {
    let Some(record) = app.selected_record() else {
        return;
    };
    let theme = app.theme();
    if record.figures.is_empty() {
        let style = theme.base().patch(theme.dim());
        put_words(
            app,
            frame,
            area,
            area.y,
            words(app, Msg::FiguresNone),
            style,
        );
        return;
    }
    let persian = record.article.is_persian();
    let dir = Dir::from_rtl(persian);
    let width = area.width;
    // When figures were left out, the last row says so.
    let capped = record.figures_capped && area.height > 1;
    let rows = usize::from(area.height) - usize::from(capped);
    let shown: Vec<_> = record.figures.iter().take(rows).collect();
    if capped {
        let y = area.bottom() - 1;
        let note = counted(app, Msg::FiguresCapped, record.figures.len() as u64);
        put_words(app, frame, area, y, note, theme.base().patch(theme.dim()));
    }
    let values: Vec<String> = shown.iter().map(|f| f.display_value(persian)).collect();
    let widest = values.iter().map(|v| v.chars().count()).max().unwrap_or(0) as u16;
    // Values are what the reader scans for: they get the room they need, up to three fifths.
    let value_w = widest.clamp(8, (width * 3 / 5).max(8)).min(width);
    let rtl = app.lang().rtl();
    for (i, (f, value)) in shown.iter().zip(&values).enumerate() {
        let y = area.y + i as u16;
        let value_x = if rtl { area.right() - value_w } else { area.x };
        let mut cell = Composer::new(dir, "");
        cell.push(Fragment::text(value.as_str()).dir(dir));
        draw_composed(
            app,
            frame,
            Rect::new(value_x, y, value_w, 1),
            &cell,
            theme.base().patch(theme.figure()),
            &[],
        );
        if width > value_w + 1 {
            let rest_w = width - value_w - 1;
            let rest_x = if rtl { area.x } else { area.x + value_w + 1 };
            let mut about = Composer::new(dir, "");
            about.push(outside(f.subject.as_deref().unwrap_or_default()));
            draw_composed(
                app,
                frame,
                Rect::new(rest_x, y, rest_w, 1),
                &about,
                theme.base(),
                &[],
            );
        }
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
            Rect::new(area.x, y, area.width, 1),
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
    if y < area.bottom() {
        let top = app.store().top_datelines(5);
        let counts = top
            .iter()
            .map(|(place, n)| (Run::isolated(place, Dir::Auto), *n));
        let line = counted_list(app, Msg::DeskDatelines, counts);
        draw_composed(
            app,
            frame,
            Rect::new(area.x, y, area.width, 1),
            &line,
            theme.base(),
            &[],
        );
        y += 1;
    }
    if y < area.bottom() {
        let kinds = app.store().figure_kinds();
        let counts = kinds.iter().map(|(kind, n)| {
            let name = i18n::tr(app.lang(), kind_name(*kind));
            (Run::plain(name), *n)
        });
        let line = counted_list(app, Msg::DeskFigures, counts);
        draw_composed(
            app,
            frame,
            Rect::new(area.x, y, area.width, 1),
            &line,
            theme.base(),
            &[],
        );
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
fn kind_name(kind: Kind) -> Msg {
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
