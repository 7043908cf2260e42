//! The selected article: kicker, headline, the meta line (place · agency · time), lead (or the
//! summary drawn from the body), then the body, scrolled; the figures found in it and the
//! words the search found highlighted where they stand.

use std::sync::Arc;

use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::Frame;

use super::format::desk_date_time;
use super::headlines::{notice_name, tier_style};
use super::textdraw::{draw_line, Highlight};
use super::{label, put_words, ui_line, with, words};
use crate::app::{App, Tier};
use crate::article::Field;
use crate::i18n::{self, Arg, Msg};
use crate::store::Record;
use crate::text::{Composer, Dir, Fragment, VisualLine};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    // The body comes from the file again when the store let it go (None while being read).
    let Some((record, full)) = app.open_article() else {
        let style = app.theme().base().patch(app.theme().dim());
        put_words(
            app,
            frame,
            area,
            area.y,
            words(app, Msg::ArticleNone),
            style,
        );
        return;
    };
    let theme = app.theme();
    let width = usize::from(area.width);
    let a = &record.article;
    let mut blocks: Vec<(Arc<[VisualLine]>, Style, Vec<Highlight>)> = Vec::new();
    let highlights = |field: Field, text: &str| -> Vec<Highlight> {
        let figures = record
            .figures
            .iter()
            .filter(|f| f.field == field)
            .map(|f| (f.start..f.end, theme.figure()));
        let found = app
            .search_spans(record.id, field, text)
            .iter()
            .map(|r| (r.clone(), theme.search_hit()))
            .collect::<Vec<_>>();
        // The figure Enter showed from the figures pane, and its subject, over the rest.
        let shown = app
            .figure_mark()
            .filter(|m| m.field == field)
            .into_iter()
            .flat_map(|m| [Some(m.range.clone()), m.subject.clone()])
            .flatten()
            .map(|r| (r, theme.selection()));
        figures.chain(found).chain(shown).collect()
    };
    let field = |blocks: &mut Vec<_>, field: Field, text: &str, style: Style| {
        if !text.is_empty() {
            let lines = app.laid_out(record.id, field, text, width);
            blocks.push((lines, style, highlights(field, text)));
        }
    };
    let marks = app.marks(record.id);
    let mut headline_style = marks
        .and_then(|m| m.tier)
        .map_or(theme.title(), |t| tier_style(app, t));
    let rtl = a.is_rtl();
    field(&mut blocks, Field::Kicker, &a.kicker, theme.dim());
    if let Some(status) = marks.and_then(|m| m.notice) {
        headline_style = headline_style.add_modifier(Modifier::CROSSED_OUT);
        let notice = Arg::plain(i18n::tr(app.lang(), notice_name(status)));
        let mut banner = ui_line(app, "");
        banner.push(label(
            app,
            with(app, Msg::NoticeBanner, &[("notice", notice)]),
        ));
        let laid = banner.layout(width, app.mode());
        blocks.push((
            vec![laid.line].into(),
            tier_style(app, Tier::Flash),
            Vec::new(),
        ));
    }
    field(&mut blocks, Field::Headline, &a.headline, headline_style);
    let meta = meta_line(app, record, rtl).layout(width, app.mode());
    blocks.push((vec![meta.line].into(), theme.dim(), Vec::new()));
    let blank: Arc<[VisualLine]> = vec![VisualLine::default()].into();
    blocks.push((blank.clone(), theme.text(), Vec::new()));
    if !a.lead.is_empty() {
        field(&mut blocks, Field::Lead, &a.lead, theme.title());
        blocks.push((blank, theme.text(), Vec::new()));
    }
    let mut tail: Vec<(Arc<[VisualLine]>, Style, Vec<Highlight>)> = Vec::new();
    if let Some(code) = &a.reporter_code {
        let mut line = Composer::new(Dir::from_rtl(rtl), "");
        line.push(Fragment::text(format!("/{code}")).dir(Dir::Ltr));
        let laid = line.layout(width, app.mode());
        tail.push((vec![laid.line].into(), theme.dim(), Vec::new()));
    }
    // The body may be megabytes: only the rows on screen are laid out (App::laid_out_rows).
    let body_text = full.map_or("", |f| f.body.as_str());
    let head: usize = blocks.iter().map(|(l, _, _)| l.len()).sum();
    let tail_rows: usize = tail.iter().map(|(l, _, _)| l.len()).sum();
    let visible = usize::from(area.height);
    let body_rows =
        |first: usize| app.laid_out_rows(record.id, Field::Body, body_text, width, first, visible);
    let mut scroll = app.article_scroll();
    let mut body = body_rows(scroll.saturating_sub(head));
    let total = head + body.total + tail_rows;
    if scroll > total.saturating_sub(visible) {
        scroll = total.saturating_sub(visible);
        body = body_rows(scroll.saturating_sub(head));
    }
    let body_hl = highlights(Field::Body, body_text);
    let base = theme.base();
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
            base.patch(style),
            highlights,
        );
    }
}

/// Place · agency · source · date, each an isolate, in the article's direction: a Persian
/// place and an English date both read whole.
fn meta_line(app: &App, record: &Record, rtl: bool) -> Composer {
    let a = &record.article;
    let mut line = Composer::new(Dir::from_rtl(rtl), " · ");
    let mut seen: Vec<String> = Vec::new();
    let mut credit = |line: &mut Composer, text: &str| {
        if !text.is_empty() && !seen.iter().any(|s| s == text) {
            line.push(Fragment::text(text).droppable().cut_to(Some(6)));
            seen.push(text.to_string());
        }
    };
    if let Some(d) = &a.dateline {
        credit(&mut line, &d.place);
        if let Some(agency) = &d.agency {
            credit(&mut line, agency);
        }
    }
    for who in [&a.source, &a.byline].into_iter().flatten() {
        credit(&mut line, who);
    }
    // The date is the interface's own: it reads in the interface's direction.
    let date = Fragment::text(desk_date_time(app, record.time))
        .dir(app.lang().dir())
        .rank(1)
        .cut_to(None);
    line.push(date);
    line
}
