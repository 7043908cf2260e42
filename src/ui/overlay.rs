//! Pop-ups over the dashboard: key help, the files that could not be read, the alert history.

use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::widgets::{Block, Borders, Clear};
use ratatui::Frame;

use super::headlines::tier_style;
use super::put_text;
use crate::app::keys::KEYS;
use crate::app::{notice_label, App, Overlay, Tier};

pub fn draw(app: &App, frame: &mut Frame, area: Rect, which: Overlay) {
    let w = area.width.saturating_sub(4).min(100);
    let h = area.height.saturating_sub(2).min(30);
    let popup = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    frame.render_widget(Clear, popup);
    let title = match which {
        Overlay::Help => " Keys ".to_string(),
        Overlay::Errors => format!(
            " Files that could not be read ({}) ",
            app.store().error_count()
        ),
        Overlay::Alerts => format!(" Alerts ({}) — Enter opens ", app.alerts().len()),
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme().border(true))
        .title(title);
    frame.render_widget(block, popup);
    let inner = crate::app::layout::inner(popup);
    match which {
        Overlay::Help => help(app, frame, inner),
        Overlay::Errors => errors(app, frame, inner),
        Overlay::Alerts => alerts(app, frame, inner),
    }
}

fn help(app: &App, frame: &mut Frame, area: Rect) {
    let key_w = 12u16.min(area.width);
    for (i, row) in KEYS
        .iter()
        .skip(app.overlay_scroll())
        .take(usize::from(area.height))
        .enumerate()
    {
        let y = area.y + i as u16;
        put_text(
            app,
            frame,
            Rect::new(area.x, y, key_w, 1),
            y,
            row.keys,
            app.theme().title(),
        );
        if area.width > key_w {
            let rest = Rect::new(area.x + key_w, y, area.width - key_w, 1);
            put_text(app, frame, rest, y, row.does, app.theme().text());
        }
    }
}

fn errors(app: &App, frame: &mut Frame, area: Rect) {
    let theme = app.theme();
    let mut y = area.y;
    if app.store().error_count() == 0 {
        put_text(app, frame, area, y, "every file read cleanly", theme.dim());
        return;
    }
    for e in app.store().errors().skip(app.overlay_scroll()) {
        if y + 1 >= area.bottom() {
            break;
        }
        let line = e.line.map_or(String::new(), |l| format!(":{l}"));
        let when = super::format::desk_date_time(app, e.time);
        let path = format!("{when}  {}{line}", e.path.display());
        put_text(
            app,
            frame,
            area,
            y,
            &path,
            theme.emphasis(theme.colors.error, Modifier::BOLD),
        );
        put_text(
            app,
            frame,
            area,
            y + 1,
            &format!("  {}", e.reason),
            theme.text(),
        );
        y += 2;
    }
}

fn alerts(app: &App, frame: &mut Frame, area: Rect) {
    let theme = app.theme();
    if app.alerts().is_empty() {
        put_text(app, frame, area, area.y, "no alerts yet", theme.dim());
        return;
    }
    for (i, alert) in app
        .alerts()
        .iter()
        .enumerate()
        .skip(app.overlay_scroll())
        .take(usize::from(area.height))
    {
        let y = area.y + (i - app.overlay_scroll()) as u16;
        let label = match (alert.notice, alert.tier) {
            (Some(status), _) => notice_label(status).to_string(),
            (None, Some(t)) => t.label().to_string(),
            (None, None) => format!("★ {}", alert.watch.join(", ")),
        };
        let style = alert
            .tier
            .or(alert.notice.map(|_| Tier::Flash))
            .map_or(theme.emphasis(theme.colors.watch, Modifier::BOLD), |t| {
                tier_style(app, t)
            });
        let when = super::format::desk_date_time(app, alert.time);
        let text = format!("{when} {label}: {}", alert.headline);
        put_text(app, frame, area, y, &text, style);
    }
}
