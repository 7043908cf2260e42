//! Figures: the selected article's numbers as a table, then the desk's own figures (arrivals
//! per minute over the last hour, top datelines, figures by kind). On a wall display the alert
//! history takes the table's place.

use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::widgets::Sparkline;
use ratatui::Frame;

use super::format::{digits, group};
use super::put_text;
use crate::app::{notice_label, App};
use crate::config::Digits;

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
        put_text(
            app,
            frame,
            area,
            area.y,
            "no figures in this article",
            theme.dim(),
        );
        return;
    }
    let persian = record.article.is_persian();
    let width = area.width;
    // When figures were left out, the last row says so.
    let capped = record.figures_capped && area.height > 1;
    let rows = usize::from(area.height) - usize::from(capped);
    let shown: Vec<_> = record.figures.iter().take(rows).collect();
    if capped {
        let y = area.bottom() - 1;
        let n = digits(&group(record.figures.len() as u64), app.config().digits);
        let note = format!("first {n} figures only: more were not extracted");
        put_text(app, frame, area, y, &note, theme.dim());
    }
    let values: Vec<String> = shown.iter().map(|f| f.display_value(persian)).collect();
    let widest = values.iter().map(|v| v.chars().count()).max().unwrap_or(0) as u16;
    // Values are what the reader scans for: they get the room they need, up to three fifths.
    let value_w = widest.clamp(8, (width * 3 / 5).max(8));
    for (i, (f, value)) in shown.iter().zip(&values).enumerate() {
        let y = area.y + i as u16;
        let cell = Rect::new(area.x, y, value_w.min(width), 1);
        put_text(app, frame, cell, y, value, theme.figure());
        if width > value_w + 1 {
            let about = f.subject.clone().unwrap_or_default();
            let rest = Rect::new(area.x + value_w + 1, y, width - value_w - 1, 1);
            put_text(app, frame, rest, y, &about, theme.text());
        }
    }
}

fn draw_alerts(app: &App, frame: &mut Frame, area: Rect) {
    let theme = app.theme();
    put_text(app, frame, area, area.y, "Alerts", theme.title());
    for (i, alert) in app
        .alerts()
        .iter()
        .take(usize::from(area.height.saturating_sub(1)))
        .enumerate()
    {
        let y = area.y + 1 + i as u16;
        let label = match alert.notice {
            Some(status) => notice_label(status),
            None => alert.tier.map_or("★", |t| t.label()),
        };
        put_text(
            app,
            frame,
            area,
            y,
            &format!("{label} {}", alert.headline),
            theme.emphasis(theme.colors.watch, Modifier::BOLD),
        );
    }
}

fn draw_desk(app: &App, frame: &mut Frame, area: Rect) {
    if area.height == 0 {
        return;
    }
    let theme = app.theme();
    let d = |s: String| digits(&s, app.config().digits);
    let mut y = area.y;
    let per_minute = app.store().arrivals_per_minute(app.now(), 60);
    let peak = per_minute.iter().max().copied().unwrap_or(0);
    put_text(
        app,
        frame,
        area,
        y,
        &d(format!("Arrivals/min, last hour (peak {peak})")),
        theme.dim(),
    );
    y += 1;
    if y + 2 <= area.bottom() {
        let spark_w = (per_minute.len() as u16).min(area.width);
        // Oldest on the left, so the newest minute sits at the right edge like a ticker.
        let data: Vec<u64> = per_minute[per_minute.len() - usize::from(spark_w)..].to_vec();
        let spark = Sparkline::default()
            .data(&data)
            .style(theme.emphasis(theme.colors.sparkline, Modifier::BOLD));
        frame.render_widget(spark, Rect::new(area.x, y, spark_w, 2));
        y += 2;
    }
    if y < area.bottom() {
        let top = app.store().top_datelines(5);
        let counts = top.iter().map(|(place, n)| (place.as_str(), *n));
        let line = counted_list("Datelines", counts, app.config().digits);
        put_text(app, frame, area, y, &line, theme.text());
        y += 1;
    }
    if y < area.bottom() {
        let kinds = app.store().figure_kinds();
        let counts = kinds.iter().map(|(kind, n)| (kind.as_str(), *n));
        let line = counted_list("Figures", counts, app.config().digits);
        put_text(app, frame, area, y, &line, theme.text());
    }
}

/// `Label: a 3 · b 2`, numbers grouped and in the desk's digits.
fn counted_list<'a>(
    label: &str,
    counts: impl Iterator<Item = (&'a str, usize)>,
    d: Digits,
) -> String {
    let items: Vec<String> = counts
        .map(|(name, n)| format!("{name} {}", digits(&group(n as u64), d)))
        .collect();
    format!("{label}: {}", items.join(" · "))
}
