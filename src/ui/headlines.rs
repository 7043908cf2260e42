//! The headline list, newest first. Each row reads from the interface's start (the left in
//! English, the right in Persian): mark, age, dateline place, then kicker (dimmed) and
//! headline laid out in the headline's own direction.

use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::Frame;

use super::format::desk_age;
use super::textdraw::{draw_line, fill_row, row, Highlight};
use super::{outside, put_words, ui_line, words};
use crate::app::{headline_of, App, Tier};
use crate::article::{Field, PubStatus};
use crate::i18n::{Lang, Msg};
use crate::store::Record;
use crate::text::{Composer, Dir, Fragment};

const MARK: usize = 2;
const PLACE: usize = 9;

/// The age column: `now`, `59m`, `14:40` in English; `۵۹ دقیقه` in Persian.
pub(super) fn age_width(lang: Lang) -> usize {
    match lang {
        Lang::En => 6,
        Lang::Fa => 9,
    }
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    if app.store().is_empty() {
        let note = if app.store().error_count() > 0 {
            Msg::HeadlinesSeeErrors
        } else {
            Msg::HeadlinesWaiting
        };
        let style = app.theme().base().patch(app.theme().dim());
        put_words(app, frame, area, area.y, words(app, note), style);
        return;
    }
    let rows = app
        .store()
        .iter_newest()
        .skip(app.list_offset())
        .take(usize::from(area.height));
    for (i, record) in rows.enumerate() {
        let y = area.y + i as u16;
        draw_row(app, frame, row(area, y), record);
    }
}

/// The style of a row: new, watched, urgent, deleted, selected, in that order of precedence.
fn row_style(app: &App, record: &Record, selected: bool) -> Style {
    let theme = app.theme();
    let marks = app.marks(record.id);
    let mut base = theme.base();
    if app.is_new(record) {
        base = base.patch(theme.emphasis(theme.colors.new, Modifier::BOLD));
    }
    if marks.is_some_and(|m| !m.watch.is_empty()) {
        base = base.patch(theme.emphasis(theme.colors.watch, Modifier::BOLD));
    }
    if let Some(tier) = marks.and_then(|m| m.tier) {
        base = base.patch(tier_style(app, tier));
    }
    if marks.and_then(|m| m.notice).is_some() {
        // Killed copy stays in sight, struck through, so nobody runs it unawares.
        base = base
            .patch(tier_style(app, Tier::Flash))
            .add_modifier(Modifier::CROSSED_OUT);
    }
    if record.deleted {
        base = base.add_modifier(Modifier::CROSSED_OUT | Modifier::DIM);
    }
    if selected {
        base = base.patch(theme.selection());
    }
    base
}

/// One row being drawn: its area, style, and the next free column, counted from the row's
/// start (the left edge, or the right one in Persian).
struct Row<'a> {
    app: &'a App,
    area: Rect,
    base: Style,
    selected: bool,
    x: usize,
}

impl Row<'_> {
    /// `style` over the row's: on the selection bar colours give way to the bar's own pair
    /// (they were picked to read on the page, not on the bar); bold, italics and the like stay.
    fn accent(&self, style: Style) -> Style {
        if self.selected {
            self.base.add_modifier(style.add_modifier)
        } else {
            self.base.patch(style)
        }
    }

    /// Cells left after the columns drawn so far.
    fn rest(&self) -> usize {
        usize::from(self.area.width).saturating_sub(self.x)
    }

    /// The next `w` cells, from the row's start.
    fn take(&mut self, w: usize) -> Rect {
        let w = w.min(self.rest());
        let width = usize::from(self.area.width);
        let left = if self.app.lang().rtl() {
            width - self.x - w
        } else {
            self.x
        };
        self.x += w;
        Rect::new(self.area.x + left as u16, self.area.y, w as u16, 1)
    }

    /// A column of `w` cells holding `fragment`; with `end`, aligned to the column's end side.
    fn column(&mut self, frame: &mut Frame, fragment: Fragment, w: usize, style: Style, end: bool) {
        if self.rest() == 0 {
            return;
        }
        let mut area = self.take(w);
        let mut line = ui_line(self.app, "");
        line.push(fragment);
        let laid = self.app.compose(&line, usize::from(area.width));
        let laid = &laid.line;
        // Aligned to the column's end side: a row is drawn against the side it reads from, so
        // the column is narrowed to the row (left) or begins where the row must (right).
        if end && laid.rtl == self.app.lang().rtl() {
            let width = (laid.width as u16).min(area.width);
            if laid.rtl {
                area.width = width;
            } else {
                area.x += area.width - width;
                area.width = width;
            }
        }
        draw_line(frame.buffer_mut(), area, area.y, laid, style, &[]);
    }
}

fn draw_row(app: &App, frame: &mut Frame, area: Rect, record: &Record) {
    let theme = app.theme();
    let selected = app.selected() == Some(record.id);
    let base = row_style(app, record, selected);
    if selected {
        fill_row(frame.buffer_mut(), area, area.y, base);
    }
    let mut row = Row {
        app,
        area,
        base,
        selected,
        x: 0,
    };
    let (mark, mark_style) = mark(&row, record);
    row.column(frame, outside(mark), MARK, mark_style, false);
    // The age sits against the next column: right-aligned in English.
    let when = Fragment::text(desk_age(app, record.time)).dir(app.lang().dir());
    let dim = row.accent(theme.dim());
    row.column(frame, when, age_width(app.lang()) - 1, dim, true);
    row.take(1);
    if area.width >= 50 {
        let place = record
            .article
            .dateline
            .as_ref()
            .map_or("", |d| d.place.as_str());
        let place_style = match &record.article.source {
            Some(source) => row.accent(source_style(app, source)),
            None => row.accent(theme.dim()),
        };
        row.column(frame, outside(place), PLACE, place_style, false);
        row.take(1);
    }
    if row.rest() == 0 {
        return;
    }
    let rest = row.rest();
    let cell = row.take(rest);
    let (line, kicker, headline) = headline_line(record, rest);
    let laid = app.compose(&line, rest);
    let mut highlights: Vec<Highlight> = Vec::new();
    if let Some(k) = kicker {
        highlights.push((laid.range(k), row.accent(theme.dim())));
    }
    if app.matches_search(record) && !record.article.headline.is_empty() {
        let start = laid.range(headline).start;
        let spans = app.search_spans(record.id, Field::Headline, &record.article.headline);
        for span in spans.iter() {
            highlights.push((start + span.start..start + span.end, theme.search_hit()));
        }
    }
    draw_line(
        frame.buffer_mut(),
        cell,
        cell.y,
        &laid.line,
        base,
        &highlights,
    );
}

/// The mark column: a kill beats urgency beats watchlist beats unread.
fn mark(row: &Row<'_>, record: &Record) -> (&'static str, Style) {
    let (app, theme) = (row.app, row.app.theme());
    let marks = app.marks(record.id);
    if marks.and_then(|m| m.notice).is_some() {
        ("✖", row.accent(tier_style(app, Tier::Flash)))
    } else if marks.and_then(|m| m.tier).is_some() {
        ("!", row.base.add_modifier(Modifier::BOLD))
    } else if marks.is_some_and(|m| !m.watch.is_empty()) {
        let watch = theme.emphasis(theme.colors.watch, Modifier::BOLD);
        ("★", row.accent(watch))
    } else if !app.is_read(record.id) {
        let unread = theme.emphasis(theme.colors.unread, Modifier::BOLD);
        ("•", row.accent(unread))
    } else {
        (" ", row.base)
    }
}

/// `kicker: headline`, each an isolate, in the headline's own direction. When the row is short
/// the headline is cut first, down to half the row, then the kicker. Returns the line and the
/// kicker's and headline's fragments.
fn headline_line(record: &Record, width: usize) -> (Composer, Option<usize>, usize) {
    let headline = headline_of(record);
    // A kicker that ends in its own colon (`گزارش:`) gets no second one.
    let kicker = record
        .article
        .kicker
        .trim_end_matches(|c: char| c == ':' || c == '：' || c.is_whitespace());
    let mut line = Composer::new(Dir::Auto, ": ");
    let kicker =
        (!kicker.is_empty()).then(|| line.push(Fragment::text(kicker).cut_to(Some(6)).rank(1)));
    let headline = line.push(Fragment::text(headline).cut_to(Some(width / 2)).rank(0));
    (line, kicker, headline)
}

/// Each source keeps one colour for the whole session (and every session: the choice is a
/// hash of its name), so a desk learns to tell agencies apart at a glance.
fn source_style(app: &App, source: &str) -> Style {
    let c = &app.theme().colors;
    let palette = [
        c.focus,
        c.unread,
        c.new,
        c.figure,
        c.sparkline,
        c.bulletin,
        c.watch,
    ];
    let hash = source.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    app.theme().emphasis(
        palette[(hash % palette.len() as u64) as usize],
        Modifier::ITALIC,
    )
}

pub fn tier_style(app: &App, tier: Tier) -> Style {
    let theme = app.theme();
    let color = match tier {
        Tier::Flash => theme.colors.flash,
        Tier::Bulletin => theme.colors.bulletin,
        Tier::Urgent => theme.colors.urgent,
    };
    theme
        .emphasis(color, Modifier::BOLD)
        .add_modifier(Modifier::BOLD)
}

/// A kill or hold notice's name in the interface's language.
pub fn notice_name(status: PubStatus) -> Msg {
    match status {
        PubStatus::Withheld => Msg::NoticeWithheld,
        PubStatus::Canceled | PubStatus::Usable => Msg::NoticeKilled,
    }
}

/// The tier's name in the interface's language.
pub fn tier_name(tier: Tier) -> Msg {
    match tier {
        Tier::Flash => Msg::TierFlash,
        Tier::Bulletin => Msg::TierBulletin,
        Tier::Urgent => Msg::TierUrgent,
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;
    use std::time::UNIX_EPOCH;

    use super::*;
    use crate::article::parse_object;
    use crate::store::{Change, Store, Upsert};
    use crate::text::BidiMode;

    fn record(json: &str) -> Record {
        let mut store = Store::new(10, false);
        let article = parse_object(json.as_bytes()).unwrap();
        let up = Upsert::new(PathBuf::from("a.json"), None, article, UNIX_EPOCH, false);
        store.apply(vec![Change::Upsert(Box::new(up))], UNIX_EPOCH);
        let record = store.iter_newest().next().unwrap().clone();
        record
    }

    #[test]
    fn a_kicker_with_its_own_colon_gets_no_second_one() {
        for kicker in ["گزارش:", "گزارش :", "گزارش"] {
            let r = record(&format!(r#"{{"onTitr":"{kicker}","titr":"خبر تازه"}}"#));
            let (line, _, _) = headline_line(&r, 80);
            let laid = line.layout(80, BidiMode::Terminal);
            assert_eq!(laid.line.text(), "گزارش: خبر تازه", "{kicker}");
        }
    }

    #[test]
    fn the_headline_gives_way_before_the_kicker() {
        let r = record(r#"{"onTitr":"Economy","titr":"Central bank aims to cut inflation"}"#);
        let (line, _, _) = headline_line(&r, 30);
        assert_eq!(
            line.layout(30, BidiMode::Shaped).line.text(),
            "Economy: Central bank aims to…"
        );
    }
}
