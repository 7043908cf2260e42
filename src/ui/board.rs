//! The desk's metrics board (`m`): the figures of every article held, one row per subject and
//! kind, the whole window but the status bar. Columns from the interface's start side: a
//! conflict mark, the subject, the newest value (with its hedge, in its article's language),
//! its source or dateline, its age, how many articles gave the subject, and a sparkline of the
//! values over time when the subject recurs. A row whose articles contradict each other within
//! six hours is marked `!` and followed by the report(s) it conflicts with.

use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, Borders};
use ratatui::Frame;

use super::figures::kind_name;
use super::format::desk_age;
use super::headlines::age_width;
use super::textdraw::fill_row;
use super::{counted, draw_composed, draw_title, label, num, outside, paint, ui_line, with, words};
use crate::app::{App, BoardLine};
use crate::extract::{qualifier_text, subject_of, value_text};
use crate::i18n::{self, Arg, Msg};
use crate::store::{BoardSort, Report};
use crate::text::{truncate, Dir, Fragment, Run};

/// The widest the subject column gets.
const MAX_SUBJECT: u16 = 44;

/// Sparkline levels, lowest first.
const LEVELS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// The board's columns and their widths for a board `width` cells wide, in reading order.
#[derive(Debug, Clone, Copy)]
struct Columns {
    mark: u16,
    subject: u16,
    value: u16,
    source: u16,
    time: u16,
    count: u16,
    trend: u16,
}

impl Columns {
    /// `time` and `count` are the widths their cells (and heads) need.
    fn fit(width: u16, time: u16, count: u16) -> Columns {
        let trend = match width {
            100.. => 12,
            70.. => 6,
            _ => 0,
        };
        let source = match width {
            100.. => 16,
            60.. => 11,
            _ => 0,
        };
        let value = match width {
            100.. => 24,
            _ => 18.min(width / 3),
        };
        // Narrow, the subject and its value come first: the age goes, the count keeps 3 cells.
        let (time, count) = if width < 60 { (0, 3) } else { (time, count) };
        let mark = 1;
        // Each column is followed by a one-cell gap; a subject wider than this is cut (the
        // eye should not travel half a wide screen from a subject to its value).
        let others: u16 = [mark, value, source, time, count, trend]
            .iter()
            .filter(|w| **w > 0)
            .map(|w| w + 1)
            .sum();
        Columns {
            mark,
            subject: width.saturating_sub(others + 1).min(MAX_SUBJECT),
            value,
            source,
            time,
            count,
            trend,
        }
    }

    /// Each column's (x, width), in reading order, from the interface's start side.
    fn spans(&self, area: Rect, rtl: bool) -> [(u16, u16); 7] {
        let widths = [
            self.mark,
            self.subject,
            self.value,
            self.source,
            self.time,
            self.count,
            self.trend,
        ];
        let mut from = 0u16;
        widths.map(|w| {
            let w = w.min(area.width.saturating_sub(from));
            let x = if rtl {
                area.right().saturating_sub(from + w)
            } else {
                area.x + from
            };
            if w > 0 {
                from += w + 1;
            }
            (x, w)
        })
    }
}

pub fn draw(app: &App, frame: &mut Frame, _window: Rect) {
    let area = app.board_area();
    if area.width < 4 || area.height < 3 {
        return;
    }
    paint(app, frame, area);
    let theme = app.theme();
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border(true));
    frame.render_widget(block, area);
    draw_title(app, frame, area, title(app));
    draw_hint(app, frame, area);
    let inner = crate::app::layout::inner(area);
    if inner.height == 0 {
        return;
    }
    let rtl = app.lang().rtl();
    let measure = |msg| {
        let text = i18n::tr(app.lang(), msg);
        u16::try_from(truncate(text, 100, app.mode()).width).unwrap_or(100)
    };
    let columns = Columns::fit(
        inner.width,
        age_width(app.lang()) as u16,
        measure(Msg::BoardHeadArticles).max(3),
    );
    let head = Rect::new(inner.x, inner.y, inner.width, 1);
    let heads = [
        None,
        Some(Msg::BoardHeadSubject),
        Some(Msg::BoardHeadLatest),
        Some(Msg::BoardHeadSource),
        Some(Msg::BoardHeadTime),
        Some(Msg::BoardHeadArticles),
        Some(Msg::BoardHeadTrend),
    ];
    let head_style = theme.base().patch(theme.title());
    for ((x, w), msg) in columns.spans(head, rtl).into_iter().zip(heads) {
        if let (Some(msg), true) = (msg, w > 0) {
            cell(
                app,
                frame,
                Rect::new(x, head.y, w, 1),
                label(app, words(app, msg)),
                head_style,
            );
        }
    }
    let rows = Rect::new(
        inner.x,
        inner.y + 1,
        inner.width,
        inner.height.saturating_sub(1),
    );
    let mut lines = app
        .board_lines()
        .skip(app.board_offset())
        .take(usize::from(rows.height))
        .peekable();
    if lines.peek().is_none() {
        let msg = if app.store().board().is_empty() {
            Msg::BoardNone
        } else {
            Msg::BoardNoMatch
        };
        super::put_words(
            app,
            frame,
            rows,
            rows.y,
            words(app, msg),
            theme.base().patch(theme.dim()),
        );
        return;
    }
    for (i, line) in lines.enumerate() {
        let y = rows.y + i as u16;
        let row = Rect::new(rows.x, y, rows.width, 1);
        let selected = app.board_offset() + i == app.board_cursor();
        draw_line(app, frame, row, &columns, &line, selected);
    }
}

/// `Metrics board: 42 subjects · sort: newest · kind: all`.
fn title(app: &App) -> Vec<Run> {
    let sort = match app.board_sort() {
        BoardSort::Recency => Msg::BoardSortRecency,
        BoardSort::Size => Msg::BoardSortSize,
        BoardSort::Conflicts => Msg::BoardSortConflicts,
    };
    let kind = app.board_kind().map_or(Msg::BoardKindAll, kind_name);
    let tr = |msg| Arg::plain(i18n::tr(app.lang(), msg));
    let mut runs = counted(app, Msg::BoardTitle, app.store().board().len() as u64);
    runs.push(Run::plain(" · "));
    runs.extend(with(app, Msg::BoardSort, &[("sort", tr(sort))]));
    runs.push(Run::plain(" · "));
    runs.extend(with(app, Msg::BoardKind, &[("kind", tr(kind))]));
    if !app.search().query.is_empty() {
        runs.push(Run::plain(" · /"));
        runs.push(Run::isolated(app.search().query.clone(), Dir::Auto));
    }
    runs
}

/// The board's keys on its bottom border.
fn draw_hint(app: &App, frame: &mut Frame, area: Rect) {
    if area.width < 6 {
        return;
    }
    let mut line = ui_line(app, "");
    let mut runs = vec![Run::plain(" ")];
    runs.extend(words(app, Msg::BoardHint));
    runs.push(Run::plain(" "));
    line.push(label(app, runs));
    let row = Rect::new(area.x + 2, area.bottom() - 1, area.width - 4, 1);
    let style = app.theme().base().patch(app.theme().dim());
    draw_composed(app, frame, row, &line, style, &[]);
}

fn cell(app: &App, frame: &mut Frame, area: Rect, fragment: Fragment, style: Style) {
    if area.width == 0 {
        return;
    }
    let mut line = ui_line(app, "");
    line.push(fragment);
    draw_composed(app, frame, area, &line, style, &[]);
}

fn draw_line(
    app: &App,
    frame: &mut Frame,
    row: Rect,
    columns: &Columns,
    line: &BoardLine,
    selected: bool,
) {
    let theme = app.theme();
    let report = line.report();
    let Some(record) = app.store().get(report.article) else {
        return;
    };
    let conflict_line = matches!(line, BoardLine::Conflict(..));
    let mut base = if conflict_line {
        theme.base().patch(theme.dim())
    } else {
        theme.base()
    };
    if selected {
        base = base.patch(theme.selection());
        fill_row(frame.buffer_mut(), row, row.y, base);
    }
    let error = if selected {
        base
    } else {
        theme
            .base()
            .patch(theme.emphasis(theme.colors.error, Modifier::BOLD))
    };
    let [mark, subject, value, source, time, count, trend] = columns
        .spans(row, app.lang().rtl())
        .map(|(x, w)| Rect::new(x, row.y, w, 1));
    match line {
        BoardLine::Row(r) => {
            if r.has_conflict() {
                cell(app, frame, mark, Fragment::text("!"), error);
            }
            let name = record
                .figures
                .get(report.entry.named as usize)
                .and_then(subject_of)
                .unwrap_or_default();
            cell(app, frame, subject, outside(name), base);
            let articles = Fragment::text(num(app, r.articles() as u64)).dir(app.lang().dir());
            cell(app, frame, count, articles, base);
            let history = r.history();
            if history.len() >= 2 && trend.width > 0 {
                let spark = sparkline(&history, usize::from(trend.width), app.lang().rtl());
                let style = if selected {
                    base
                } else {
                    theme
                        .base()
                        .patch(theme.emphasis(theme.colors.sparkline, Modifier::BOLD))
                };
                cell(
                    app,
                    frame,
                    trend,
                    Fragment::text(spark).dir(Dir::Ltr),
                    style,
                );
            }
        }
        BoardLine::Conflict(..) => {
            let note = label(app, words(app, Msg::BoardConflict));
            cell(app, frame, subject, note, error);
        }
    }
    let value_style = if selected || conflict_line {
        base
    } else {
        base.patch(theme.figure())
    };
    cell(
        app,
        frame,
        value,
        value_fragment(record, &report, app),
        value_style,
    );
    cell(app, frame, source, outside(&source_of(record)), base);
    let age = Fragment::text(desk_age(app, report.time)).dir(app.lang().dir());
    cell(app, frame, time, age, base);
}

/// The report's value as its article writes it: hedge, value and unit in the article's
/// language, an isolate of the article's direction.
fn value_fragment(record: &crate::store::Record, report: &Report, app: &App) -> Fragment {
    let persian = record.article.is_persian();
    let dir = Dir::from_rtl(record.article.is_rtl());
    let text = record
        .figures
        .get(report.entry.figure as usize)
        .map(|f| {
            let value = value_text(f, persian, app.exact_figures());
            match f.qualifier {
                Some(q) => format!("{} {value}", qualifier_text(q, persian)),
                None => value,
            }
        })
        .unwrap_or_default();
    Fragment::text(text).dir(dir)
}

/// Who filed it: the agency, else the dateline's place.
fn source_of(record: &crate::store::Record) -> String {
    let a = &record.article;
    a.dateline
        .as_ref()
        .and_then(|d| d.agency.clone())
        .or_else(|| a.source.clone())
        .or_else(|| a.dateline.as_ref().map(|d| d.place.clone()))
        .unwrap_or_default()
}

/// The last `width` values as block characters, lowest value `▁`, highest `█`; oldest at the
/// start of the reading (so the newest sits at the left in a right-to-left interface).
fn sparkline(values: &[f64], width: usize, rtl: bool) -> String {
    let values = &values[values.len().saturating_sub(width)..];
    let (lo, hi) = values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(*v), hi.max(*v))
        });
    let level = |v: f64| {
        if hi > lo {
            (((v - lo) / (hi - lo)) * 7.0).round() as usize
        } else {
            3
        }
    };
    let mut s: String = values.iter().map(|v| LEVELS[level(*v).min(7)]).collect();
    if rtl {
        s = s.chars().rev().collect();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparklines_run_from_low_to_high() {
        assert_eq!(sparkline(&[1.0, 2.0, 3.0], 10, false), "▁▅█");
        assert_eq!(sparkline(&[1.0, 2.0, 3.0], 10, true), "█▅▁");
        assert_eq!(sparkline(&[5.0, 5.0], 10, false), "▄▄");
        assert_eq!(sparkline(&[9.0, 1.0, 2.0, 3.0], 3, false), "▁▅█");
    }
}
