//! The selected article: kicker, headline, dateline and agency, lead (or the summary drawn from
//! the body), then the body, scrolled; the figures found in it highlighted where they stand.

use std::sync::Arc;

use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::Frame;

use super::headlines::tier_style;
use super::textdraw::{draw_line, Highlight};
use crate::app::{notice_label, App, Tier};
use crate::article::Field;
use crate::store::Record;
use crate::text::{layout, VisualLine};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    // The body comes from the file again when the store let it go (None while being read).
    let Some((record, full)) = app.open_article() else {
        super::put_text(
            app,
            frame,
            area,
            area.y,
            "no article selected",
            app.theme().dim(),
        );
        return;
    };
    let width = usize::from(area.width);
    let (head, tail) = blocks(app, record, width);
    // The body may be megabytes: only the rows on screen are laid out (App::laid_out_rows).
    let head_rows: usize = head.iter().map(|(l, _, _)| l.len()).sum();
    let tail_rows: usize = tail.iter().map(|(l, _, _)| l.len()).sum();
    let visible = usize::from(area.height);
    let body_rows = |first: usize| {
        let text = full.map_or("", |f| f.body.as_str());
        app.laid_out_rows(record.id, Field::Body, text, width, first, visible)
    };
    let mut scroll = app.article_scroll();
    let mut body = body_rows(scroll.saturating_sub(head_rows));
    let total = head_rows + body.total + tail_rows;
    if scroll > total.saturating_sub(visible) {
        scroll = total.saturating_sub(visible);
        body = body_rows(scroll.saturating_sub(head_rows));
    }
    let body_hl = figure_spans(app, record, Field::Body);
    let above = head
        .iter()
        .flat_map(|(lines, style, hl)| lines.iter().map(move |l| (l, *style, hl)))
        .skip(scroll);
    let text = body.iter().map(|l| (l, app.theme().text(), &body_hl));
    let below = tail
        .iter()
        .flat_map(|(lines, style, hl)| lines.iter().map(move |l| (l, *style, hl)))
        .skip(scroll.saturating_sub(head_rows + body.total));
    let rows = above.chain(text).chain(below).take(visible);
    for (i, (line, style, highlights)) in rows.enumerate() {
        draw_line(
            frame.buffer_mut(),
            area,
            area.y + i as u16,
            line,
            style,
            highlights,
        );
    }
}

/// A run of laid-out rows drawn in one style, with the figures to highlight in it.
type Block = (Arc<[VisualLine]>, Style, Vec<Highlight>);

/// The figures of `field` to highlight.
fn figure_spans(app: &App, record: &Record, field: Field) -> Vec<Highlight> {
    record
        .figures
        .iter()
        .filter(|f| f.field == field)
        .map(|f| (f.start..f.end, app.theme().figure()))
        .collect()
}

/// The article's parts above the body and below it, laid out at `width`.
fn blocks(app: &App, record: &Record, width: usize) -> (Vec<Block>, Vec<Block>) {
    let theme = app.theme();
    let a = &record.article;
    let mut blocks: Vec<Block> = Vec::new();
    let figure_spans = |field: Field| figure_spans(app, record, field);
    let cached = |field: Field, text: &str| app.laid_out(record.id, field, text, width);
    if !a.kicker.is_empty() {
        blocks.push((
            cached(Field::Kicker, &a.kicker),
            theme.dim(),
            figure_spans(Field::Kicker),
        ));
    }
    let marks = app.marks(record.id);
    let notice = marks.and_then(|m| m.notice);
    let mut headline_style = marks
        .and_then(|m| m.tier)
        .map_or(theme.title(), |t| tier_style(app, t));
    if let Some(status) = notice {
        headline_style = headline_style.add_modifier(Modifier::CROSSED_OUT);
        let banner = format!("{} · do not use", notice_label(status));
        let line: Arc<[VisualLine]> = layout(&banner, width, app.mode()).into();
        blocks.push((line, tier_style(app, Tier::Flash), Vec::new()));
    }
    if !a.headline.is_empty() {
        blocks.push((
            cached(Field::Headline, &a.headline),
            headline_style,
            figure_spans(Field::Headline),
        ));
    }
    let meta_lines: Arc<[VisualLine]> = layout(&meta(app, record), width, app.mode()).into();
    blocks.push((meta_lines, theme.dim(), Vec::new()));
    let blank: Arc<[VisualLine]> = vec![VisualLine::default()].into();
    blocks.push((blank.clone(), theme.text(), Vec::new()));
    if !a.lead.is_empty() {
        blocks.push((
            cached(Field::Lead, &a.lead),
            theme.title(),
            figure_spans(Field::Lead),
        ));
        blocks.push((blank, theme.text(), Vec::new()));
    }
    let mut tail: Vec<Block> = Vec::new();
    if let Some(code) = &a.reporter_code {
        let line: Arc<[VisualLine]> = layout(&format!("/{code}"), width, app.mode()).into();
        tail.push((line, theme.dim(), Vec::new()));
    }
    (blocks, tail)
}

/// Place, agency and source (each once) and the time: `قم · ایرنا · 24 Nov 2026 18:10`.
fn meta(app: &App, record: &Record) -> String {
    let a = &record.article;
    let mut meta: Vec<String> = Vec::new();
    if let Some(d) = &a.dateline {
        meta.push(d.place.clone());
        meta.extend(d.agency.clone());
    }
    for credit in [&a.source, &a.byline].into_iter().flatten() {
        if !meta.contains(credit) {
            meta.push(credit.clone());
        }
    }
    meta.push(super::format::desk_date_time(app, record.time));
    meta.join(" · ")
}
