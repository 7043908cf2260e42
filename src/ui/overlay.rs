//! Pop-ups over the dashboard: key help, the files that could not be read, the alert history
//! (with a cursor on the alert Enter opens).

use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, Borders};
use ratatui::Frame;

use super::format::desk_date_time;
use super::headlines::{notice_name, tier_name, tier_style};
use super::textdraw::{fill_row, row};
use super::{
    counted, draw_composed, draw_title, label, num, outside, paint, put_none, put_words, ui_line,
    with, words,
};
use crate::app::keys::KEYS;
use crate::app::{App, Overlay, Tier};
use crate::article::{ParseError, Position};
use crate::i18n::{self, Arg, Msg};
use crate::text::{Dir, Fragment, Run};

pub fn draw(app: &App, frame: &mut Frame, area: Rect, which: Overlay) {
    let w = area.width.saturating_sub(4).min(100);
    let h = area.height.saturating_sub(2).min(30);
    let popup = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    paint(app, frame, popup);
    let title = match which {
        // The board has the whole window: it draws its own frame.
        Overlay::Board => return super::board::draw(app, frame, area),
        Overlay::Help => words(app, Msg::OverlayKeys),
        Overlay::Errors => counted(app, Msg::OverlayErrors, app.store().error_count() as u64),
        Overlay::Alerts => counted(app, Msg::OverlayAlerts, app.alerts().len() as u64),
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme().border(true));
    frame.render_widget(block, popup);
    draw_title(app, frame, popup, title);
    let inner = crate::app::layout::inner(popup);
    match which {
        Overlay::Help => help(app, frame, inner),
        Overlay::Errors => errors(app, frame, inner),
        Overlay::Alerts => alerts(app, frame, inner),
        Overlay::Board => {}
    }
}

/// The examples the search row gives: what folding makes the same.
const SEARCH_EXAMPLES: [(&str, &str); 4] = [("a", "ي"), ("b", "ی"), ("c", "۱۲"), ("d", "12")];

fn help(app: &App, frame: &mut Frame, area: Rect) {
    let theme = app.theme();
    let key_w = 12u16.min(area.width);
    let rtl = app.lang().rtl();
    for (i, row) in KEYS
        .iter()
        .skip(app.overlay_scroll())
        .take(usize::from(area.height))
        .enumerate()
    {
        let y = area.y + i as u16;
        let keys = if row.bindings.is_empty() {
            words(app, Msg::KeyMouse)
        } else {
            vec![Run::isolated(row.keys, Dir::Ltr)]
        };
        let key_x = if rtl { area.right() - key_w } else { area.x };
        put_words(
            app,
            frame,
            Rect::new(key_x, y, key_w, 1),
            y,
            keys,
            theme.base().patch(theme.title()),
        );
        if area.width > key_w {
            let examples: Vec<(&str, Arg)> = SEARCH_EXAMPLES
                .iter()
                .map(|(k, v)| (*k, Arg::Isolate((*v).to_string(), app.lang().dir())))
                .collect();
            let rest_x = if rtl { area.x } else { area.x + key_w };
            let rest = Rect::new(rest_x, y, area.width - key_w, 1);
            let does = with(app, row.does, &examples);
            put_words(app, frame, rest, y, does, theme.base());
        }
    }
}

fn errors(app: &App, frame: &mut Frame, area: Rect) {
    let theme = app.theme();
    let mut y = area.y;
    if app.store().error_count() == 0 {
        put_none(app, frame, area, Msg::OverlayErrorsNone);
        return;
    }
    for e in app.store().errors().skip(app.overlay_scroll()) {
        if y + 1 >= area.bottom() {
            break;
        }
        // Time, then the file: a left-to-right isolate (a Persian name, or a U+202E in one,
        // cannot turn the row around), shortened from its start so the name stays.
        let mut line = ui_line(app, "  ");
        line.push(
            Fragment::text(desk_date_time(app, e.time))
                .dir(app.lang().dir())
                .cut_to(None)
                .rank(1),
        );
        let at = e.line.map_or(String::new(), |at| position(app, at));
        let path = format!("{}{at}", e.path.display());
        let name = (e.path.file_name()).map(|n| format!("…/{}{at}", n.to_string_lossy()));
        let mut file = Fragment::text(path).dir(Dir::Ltr).cut_to(Some(8));
        if let Some(short) = name {
            file = file.or(vec![Run::plain(short)]);
        }
        line.push(file);
        let style = theme
            .base()
            .patch(theme.emphasis(theme.colors.error, Modifier::BOLD));
        draw_composed(app, frame, row(area, y), &line, style, &[]);
        let mut reason = ui_line(app, "");
        let mut runs = vec![Run::plain("  ")];
        runs.extend(reason_words(app, &e.reason));
        reason.push(label(app, runs));
        draw_composed(
            app,
            frame,
            Rect::new(area.x, y + 1, area.width, 1),
            &reason,
            theme.base(),
            &[],
        );
        y += 2;
    }
}

/// Why a file could not be read, in the interface's language: the kind is translated, what
/// comes from the file or the system (a JSON parser's words, a type name) is an isolate.
/// Where in a file an error is, after the file's name: `:3` for a line, ` item 2` for an item of
/// a message or an array, in the desk's language and digits.
fn position(app: &App, at: Position) -> String {
    match at {
        Position::Line(n) => format!(":{}", num(app, n as u64)),
        Position::Item(n) => {
            let n = n as u64;
            let item = i18n::format(app.lang(), Msg::ErrorAtItem, Some((n, &num(app, n))), &[]);
            format!(" {item}")
        }
    }
}

pub fn reason_words(app: &App, reason: &ParseError) -> Vec<Run> {
    let n = |v: usize| Arg::plain(num(app, v as u64));
    let tech = |s: &str| Arg::ltr(s);
    match reason {
        ParseError::Empty => words(app, Msg::ErrorEmpty),
        ParseError::InvalidUtf8 { offset } => with(app, Msg::ErrorUtf8, &[("offset", n(*offset))]),
        ParseError::Nul { offset } => with(app, Msg::ErrorNul, &[("offset", n(*offset))]),
        ParseError::Json {
            line,
            column,
            reason,
        } => with(
            app,
            Msg::ErrorJson,
            &[
                ("line", n(*line)),
                ("column", n(*column)),
                ("reason", tech(reason)),
            ],
        ),
        ParseError::TooDeep { line, column } => with(
            app,
            Msg::ErrorTooDeep,
            &[("line", n(*line)), ("column", n(*column))],
        ),
        ParseError::NotObject { found } => {
            with(app, Msg::ErrorNotObject, &[("found", tech(found))])
        }
        ParseError::WrongType {
            field,
            expected,
            found,
        } => with(
            app,
            Msg::ErrorWrongType,
            &[
                ("field", tech(field)),
                ("expected", tech(expected)),
                ("found", tech(found)),
            ],
        ),
        ParseError::ItemNotObject { found } => {
            with(app, Msg::ErrorItemNotObject, &[("found", tech(found))])
        }
        ParseError::NoItems => words(app, Msg::ErrorNoItems),
        ParseError::SeveralItems { count } => {
            let count = *count as u64;
            i18n::runs(
                app.lang(),
                Msg::ErrorSeveralItems,
                Some((count, &num(app, count))),
                &[],
            )
        }
        ParseError::NotText { kind } => with(app, Msg::ErrorNotText, &[("kind", tech(kind))]),
        ParseError::NotNews { what } => with(app, Msg::ErrorNotNews, &[("what", tech(what))]),
        ParseError::Xml {
            line,
            column,
            reason,
        } => with(
            app,
            Msg::ErrorXml,
            &[
                ("line", n(*line)),
                ("column", n(*column)),
                ("reason", tech(reason)),
            ],
        ),
        ParseError::XmlTooDeep { line, column } => with(
            app,
            Msg::ErrorXmlTooDeep,
            &[("line", n(*line)), ("column", n(*column))],
        ),
        ParseError::XmlEntities => words(app, Msg::ErrorXmlEntities),
        ParseError::Encoding { label } => with(app, Msg::ErrorEncoding, &[("label", tech(label))]),
        ParseError::InvalidEncoding { encoding } => with(
            app,
            Msg::ErrorInvalidEncoding,
            &[("encoding", tech(encoding))],
        ),
        ParseError::NoHeadlineOrLead => words(app, Msg::ErrorNoHeadline),
        ParseError::TooManyItems { cap, left_out } => with(
            app,
            Msg::ErrorTooManyItems,
            &[("cap", n(*cap)), ("left_out", n(*left_out))],
        ),
        ParseError::MoreBadLines { count, listed } => with(
            app,
            Msg::ErrorMoreBadLines,
            &[("count", n(*count)), ("listed", n(*listed))],
        ),
        ParseError::TooManyValues { cap } => {
            with(app, Msg::ErrorTooManyValues, &[("cap", n(*cap))])
        }
        ParseError::TooLarge { size, cap } => with(
            app,
            Msg::ErrorTooLarge,
            &[
                ("size", Arg::plain(num(app, *size))),
                ("cap", Arg::plain(num(app, *cap))),
            ],
        ),
        ParseError::LineTooLarge { size, cap } => with(
            app,
            Msg::ErrorLineTooLarge,
            &[
                ("size", Arg::plain(num(app, *size))),
                ("cap", Arg::plain(num(app, *cap))),
            ],
        ),
        ParseError::NotRegular { kind } => with(app, Msg::ErrorNotRegular, &[("kind", tech(kind))]),
        ParseError::Internal { message } => {
            with(app, Msg::ErrorInternal, &[("message", tech(message))])
        }
        ParseError::Io { kind, reason } => {
            let why = match kind {
                std::io::ErrorKind::NotFound => Arg::Isolate(
                    i18n::tr(app.lang(), Msg::IoNotFound).to_string(),
                    app.lang().dir(),
                ),
                std::io::ErrorKind::PermissionDenied => Arg::Isolate(
                    i18n::tr(app.lang(), Msg::IoPermission).to_string(),
                    app.lang().dir(),
                ),
                _ => tech(reason),
            };
            with(app, Msg::ErrorIo, &[("reason", why)])
        }
    }
}

fn alerts(app: &App, frame: &mut Frame, area: Rect) {
    let theme = app.theme();
    if app.alerts().is_empty() {
        put_none(app, frame, area, Msg::OverlayAlertsNone);
        return;
    }
    let rows = usize::from(area.height);
    let cursor = app.overlay_scroll().min(app.alerts().len() - 1);
    // The cursor stays in sight: the list scrolls under it.
    let top = cursor.saturating_sub(rows.saturating_sub(1));
    let sep = i18n::tr(app.lang(), Msg::ListSep);
    for (i, alert) in app.alerts().iter().enumerate().skip(top).take(rows) {
        let y = area.y + (i - top) as u16;
        let mut line = ui_line(app, " ");
        line.push(
            Fragment::text(desk_date_time(app, alert.time))
                .dir(app.lang().dir())
                .cut_to(None)
                .rank(2),
        );
        let mut mark = match (alert.notice, alert.tier) {
            (Some(status), _) => words(app, notice_name(status)),
            (None, Some(t)) => words(app, tier_name(t)),
            (None, None) => {
                let mut runs = vec![Run::plain("★ ")];
                for (k, w) in alert.watch.iter().enumerate() {
                    if k > 0 {
                        runs.push(Run::plain(sep));
                    }
                    runs.push(Run::isolated(w, Dir::Auto));
                }
                runs
            }
        };
        mark.push(Run::plain(":"));
        line.push(label(app, mark).rank(1).cut_to(Some(4)));
        line.push(outside(&alert.headline));
        let tier = alert.tier.or(alert.notice.map(|_| Tier::Flash));
        let mut style: Style = theme.base().patch(
            tier.map_or(theme.emphasis(theme.colors.watch, Modifier::BOLD), |t| {
                tier_style(app, t)
            }),
        );
        let here = row(area, y);
        if i == cursor {
            style = style.patch(theme.selection());
            fill_row(frame.buffer_mut(), here, y, style);
        }
        draw_composed(app, frame, here, &line, style, &[]);
    }
}
