//! The selected article: kicker, headline, dateline and agency, lead (or the summary drawn from
//! the body), then the body, scrolled; the figures found in it highlighted where they stand.

use std::sync::Arc;

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::Frame;

use super::headlines::tier_style;
use super::textdraw::{draw_line, Highlight};
use crate::app::App;
use crate::article::Field;
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
    let theme = app.theme();
    let width = usize::from(area.width);
    let a = &record.article;
    let mut blocks: Vec<(Arc<[VisualLine]>, Style, Vec<Highlight>)> = Vec::new();
    let figure_spans = |field: Field| -> Vec<Highlight> {
        record
            .figures
            .iter()
            .filter(|f| f.field == field)
            .map(|f| (f.start..f.end, theme.figure()))
            .collect()
    };
    let cached = |field: Field, text: &str| app.laid_out(record.id, field, text, width);
    if !a.kicker.is_empty() {
        blocks.push((
            cached(Field::Kicker, &a.kicker),
            theme.dim(),
            figure_spans(Field::Kicker),
        ));
    }
    let headline_style = app
        .marks(record.id)
        .and_then(|m| m.tier)
        .map_or(theme.title(), |t| tier_style(app, t));
    if !a.headline.is_empty() {
        blocks.push((
            cached(Field::Headline, &a.headline),
            headline_style,
            figure_spans(Field::Headline),
        ));
    }
    let mut meta: Vec<String> = Vec::new();
    if let Some(d) = &a.dateline {
        meta.push(d.place.clone());
        meta.extend(d.agency.clone());
    }
    if let Some(source) = &a.source {
        if !meta.contains(source) {
            meta.push(source.clone());
        }
    }
    meta.push(super::format::desk_date_time(app, record.time));
    let meta_lines: Arc<[VisualLine]> = layout(&meta.join(" · "), width, app.mode()).into();
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
    let mut tail: Vec<(Arc<[VisualLine]>, Style, Vec<Highlight>)> = Vec::new();
    if let Some(code) = &a.reporter_code {
        let line: Arc<[VisualLine]> = layout(&format!("/{code}"), width, app.mode()).into();
        tail.push((line, theme.dim(), Vec::new()));
    }
    // The body may be megabytes: only the rows on screen are laid out (app.laid_out_rows).
    let head: usize = blocks.iter().map(|(l, _, _)| l.len()).sum();
    let tail_rows: usize = tail.iter().map(|(l, _, _)| l.len()).sum();
    let visible = usize::from(area.height);
    let body_rows = |first: usize| {
        let text = full.map_or("", |f| f.body.as_str());
        app.laid_out_rows(record.id, Field::Body, text, width, first, visible)
    };
    let mut scroll = app.article_scroll();
    let mut body = body_rows(scroll.saturating_sub(head));
    let total = head + body.total + tail_rows;
    if scroll > total.saturating_sub(visible) {
        scroll = total.saturating_sub(visible);
        body = body_rows(scroll.saturating_sub(head));
    }
    let body_hl = figure_spans(Field::Body);
    let above = blocks
        .iter()
        .flat_map(|(lines, style, hl)| lines.iter().map(move |l| (l, *style, hl)))
        .skip(scroll);
    let text = body.iter().map(|l| (l, theme.text(), &body_hl));
    let below = tail
        .iter()
        .flat_map(|(lines, style, hl)| lines.iter().map(move |l| (l, *style, hl)))
        .skip(scroll.saturating_sub(head + body.total));
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
