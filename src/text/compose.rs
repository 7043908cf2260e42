//! Lines composed of pieces: a meta line (place · agency · date), a status bar, a label with
//! counts, a help row with examples. The Unicode bidi algorithm runs per paragraph, so pieces
//! of mixed scripts run together as one paragraph tear each other apart (`26 Nov 2026 05:37`
//! after a Persian place name shows as `Nov 2026 05:37 26`). Here every piece is laid out as a
//! bidi isolate (FSI/LRI/RLI ... PDI, UAX #9 X5a-X6a) inside a paragraph of the pane's own
//! direction, so each reads as it would alone and the pieces follow the pane's reading order.
//!
//! Pieces that do not fit give way one by one, in the order the caller ranks them: a shorter
//! form first (`/srv/newsroom/wire` to `…/wire`), then a cut with `…` at the piece's own
//! logical end, inside its isolate (never `اصفه` with the ellipsis somewhere else), then the
//! piece is left out.

use std::ops::Range;

use super::layout::{row, VisualLine};
use super::mode::BidiMode;
use super::width::{unit_iter, ELLIPSIS};

const LRI: char = '\u{2066}';
const RLI: char = '\u{2067}';
const FSI: char = '\u{2068}';
const PDI: &str = "\u{2069}";

/// The direction of a line, a fragment or a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Dir {
    Ltr,
    Rtl,
    /// From the first strong character (FSI): for text that came from outside.
    #[default]
    Auto,
}

impl Dir {
    fn opener(self) -> char {
        match self {
            Dir::Ltr => LRI,
            Dir::Rtl => RLI,
            Dir::Auto => FSI,
        }
    }

    /// `Rtl` when `rtl`, else `Ltr`.
    pub fn from_rtl(rtl: bool) -> Dir {
        if rtl {
            Dir::Rtl
        } else {
            Dir::Ltr
        }
    }
}

/// A stretch of a fragment: plain text in the fragment's direction, or text of its own
/// (a name, a number, an example) isolated inside it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Run {
    pub text: String,
    pub isolate: Option<Dir>,
}

impl Run {
    pub fn plain(text: impl Into<String>) -> Run {
        Run {
            text: text.into(),
            isolate: None,
        }
    }

    pub fn isolated(text: impl Into<String>, dir: Dir) -> Run {
        Run {
            text: text.into(),
            isolate: Some(dir),
        }
    }
}

/// One piece of a composed line, laid out as an isolate of its own.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Fragment {
    /// The full form first, then shorter ones tried in turn when the line is too long.
    forms: Vec<Vec<Run>>,
    dir: Dir,
    /// Cells the fragment may be cut down to (with `…`); `None`: never cut.
    cut_to: Option<usize>,
    droppable: bool,
    /// Fragments of lower rank give way first; among equals, the later one.
    rank: u8,
    /// Put before the fragment instead of the line's separator.
    sep: Option<String>,
}

impl Fragment {
    /// `text` as one run, its direction its own (FSI): for names, places, headlines.
    pub fn text(text: impl Into<String>) -> Fragment {
        Fragment::runs(Dir::Auto, vec![Run::plain(text)])
    }

    /// Runs in a fragment of direction `dir` (for the UI's own words: the pane's direction).
    pub fn runs(dir: Dir, runs: Vec<Run>) -> Fragment {
        Fragment {
            forms: vec![runs],
            dir,
            cut_to: Some(1),
            droppable: false,
            rank: 0,
            sep: None,
        }
    }

    /// The same fragment with another direction.
    pub fn dir(mut self, dir: Dir) -> Fragment {
        self.dir = dir;
        self
    }

    /// A shorter form to use when the line is too long, tried before cutting.
    pub fn or(mut self, shorter: Vec<Run>) -> Fragment {
        self.forms.push(shorter);
        self
    }

    /// May be cut down to `cells` (counting the `…`); `None` keeps it whole or not at all.
    pub fn cut_to(mut self, cells: Option<usize>) -> Fragment {
        self.cut_to = cells;
        self
    }

    /// May be left out of a line too short for it.
    pub fn droppable(mut self) -> Fragment {
        self.droppable = true;
        self
    }

    /// Gives way after fragments of a lower rank.
    pub fn rank(mut self, rank: u8) -> Fragment {
        self.rank = rank;
        self
    }

    /// Put `sep` before this fragment instead of the line's separator.
    pub fn after(mut self, sep: impl Into<String>) -> Fragment {
        self.sep = Some(sep.into());
        self
    }
}

/// A line being composed: fragments in reading order, in a paragraph of direction `dir`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Composer {
    dir: Dir,
    sep: String,
    fragments: Vec<Fragment>,
}

/// A composed line laid out: the row, and where each fragment's text went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    pub line: VisualLine,
    /// Per fragment, in the order pushed: its char range in the logical text the cells point
    /// into (for highlights), `None` when it was left out.
    pub ranges: Vec<Option<Range<usize>>>,
    /// The logical text with its isolates, as laid out (what the FriBidi goldens check).
    pub logical: String,
}

impl Composed {
    /// The char range of fragment `i`, empty when it was left out.
    pub fn range(&self, i: usize) -> Range<usize> {
        self.ranges.get(i).cloned().flatten().unwrap_or(0..0)
    }
}

/// The cells each fragment's forms and separator take.
struct Measured {
    forms: Vec<Vec<usize>>,
    seps: Vec<usize>,
}

impl Measured {
    /// Cells the line takes with fragments in these states.
    fn width(&self, states: &[State]) -> usize {
        let mut total = 0;
        let mut first = true;
        for (i, state) in states.iter().enumerate() {
            let w = match *state {
                State::Form(k) => self.forms[i][k],
                State::Cut { cells, .. } => cells,
                State::Dropped => continue,
            };
            if !first {
                total += self.seps[i];
            }
            first = false;
            total += w;
        }
        total
    }
}

/// How far each fragment has given way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Form(usize),
    Cut { form: usize, cells: usize },
    Dropped,
}

impl Composer {
    /// A line reading in direction `dir` (`Auto`: the first fragment's), pieces apart by `sep`.
    pub fn new(dir: Dir, sep: impl Into<String>) -> Composer {
        Composer {
            dir,
            sep: sep.into(),
            fragments: Vec::new(),
        }
    }

    /// Adds a fragment; returns its index for [`Composed::range`].
    pub fn push(&mut self, fragment: Fragment) -> usize {
        self.fragments.push(fragment);
        self.fragments.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.fragments.is_empty()
    }

    /// The line on one row of at most `width` cells.
    pub fn layout(&self, width: usize, mode: BidiMode) -> Composed {
        let states = self.fit(width);
        let (logical, ranges) = self.text(&states);
        let rtl = match self.dir {
            Dir::Rtl => true,
            Dir::Ltr => false,
            // P2 skips isolates, and every fragment is one: look inside them instead.
            Dir::Auto => self
                .fragments
                .iter()
                .flat_map(|f| &f.forms[0])
                .map(|r| unicode_bidi::get_base_direction(r.text.as_str()))
                .find(|d| *d != unicode_bidi::Direction::Mixed)
                .is_some_and(|d| d == unicode_bidi::Direction::Rtl),
        };
        let line = if width == 0 {
            VisualLine::default()
        } else {
            row(&logical, rtl, width, mode)
        };
        Composed {
            line,
            ranges,
            logical,
        }
    }

    /// Each fragment's state once the line fits in `width` cells, or as close as it gets.
    fn fit(&self, width: usize) -> Vec<State> {
        // Each form and separator measured once: the loop below asks for the line's width
        // after every step a fragment gives way.
        let measured = Measured {
            forms: self
                .fragments
                .iter()
                .map(|f| f.forms.iter().map(|runs| runs_width(runs)).collect())
                .collect(),
            seps: self
                .fragments
                .iter()
                .map(|f| text_width(f.sep.as_deref().unwrap_or(&self.sep)))
                .collect(),
        };
        let mut states = vec![State::Form(0); self.fragments.len()];
        let mut order: Vec<usize> = (0..self.fragments.len()).collect();
        // Lowest rank first; among equals the later fragment gives way first.
        order.sort_by_key(|&i| (self.fragments[i].rank, std::cmp::Reverse(i)));
        // Two passes: first each fragment as far as it allows, then (a window too narrow for
        // even those) cutting and dropping regardless, so the line never overflows.
        for forced in [false, true] {
            for &i in &order {
                loop {
                    let total = measured.width(&states);
                    if total <= width {
                        return states;
                    }
                    let excess = total - width;
                    match self.give_way(i, states[i], excess, forced, &measured) {
                        Some(next) => states[i] = next,
                        None => break,
                    }
                }
            }
        }
        states
    }

    /// The next state of fragment `i` that takes less room, if it has one.
    fn give_way(
        &self,
        i: usize,
        state: State,
        excess: usize,
        forced: bool,
        measured: &Measured,
    ) -> Option<State> {
        let f = &self.fragments[i];
        let cut_floor = match (f.cut_to, forced) {
            (Some(cells), _) => Some(cells.max(1)),
            (None, true) => Some(1),
            (None, false) => None,
        };
        let cut = |form: usize, now: usize| -> Option<State> {
            let floor = cut_floor?;
            (now > floor).then(|| State::Cut {
                form,
                cells: now.saturating_sub(excess).max(floor),
            })
        };
        let drop = (f.droppable || forced).then_some(State::Dropped);
        match state {
            State::Form(k) if k + 1 < f.forms.len() => Some(State::Form(k + 1)),
            State::Form(k) => cut(k, measured.forms[i][k]).or(drop),
            State::Cut { form, cells } => cut(form, cells).or(drop),
            State::Dropped => None,
        }
    }

    /// The logical text, isolates and all, and each fragment's char range in it.
    fn text(&self, states: &[State]) -> (String, Vec<Option<Range<usize>>>) {
        let mut out = String::new();
        let mut chars = 0;
        let mut ranges = Vec::with_capacity(self.fragments.len());
        let push = |out: &mut String, s: &str, chars: &mut usize| {
            out.push_str(s);
            *chars += s.chars().count();
        };
        for (f, state) in self.fragments.iter().zip(states) {
            let (form, limit) = match *state {
                State::Form(k) => (k, None),
                State::Cut { form, cells } => (form, Some(cells)),
                State::Dropped => {
                    ranges.push(None);
                    continue;
                }
            };
            if !out.is_empty() {
                push(&mut out, f.sep.as_deref().unwrap_or(&self.sep), &mut chars);
            }
            push(
                &mut out,
                f.dir.opener().encode_utf8(&mut [0; 4]),
                &mut chars,
            );
            let start = chars;
            let runs = &f.forms[form];
            // Room for the text before the ellipsis, when cut.
            let mut room = limit.map(|cells| cells.saturating_sub(1));
            for run in runs {
                let text = clean(&run.text);
                let (shown, cut) = match room {
                    Some(r) => {
                        let (end, used) = prefix_within(&text, r);
                        room = Some(r - used);
                        (&text[..end], end < text.len())
                    }
                    None => (text.as_str(), false),
                };
                if let Some(dir) = run.isolate {
                    push(&mut out, dir.opener().encode_utf8(&mut [0; 4]), &mut chars);
                }
                push(&mut out, shown, &mut chars);
                if cut {
                    // The ellipsis stays inside the run it cut, at that run's logical end.
                    push(&mut out, ELLIPSIS, &mut chars);
                }
                if run.isolate.is_some() {
                    push(&mut out, PDI, &mut chars);
                }
                if cut {
                    break;
                }
            }
            ranges.push(Some(start..chars));
            push(&mut out, PDI, &mut chars);
        }
        (out, ranges)
    }
}

/// Text with no bidi controls of its own: a stray PDI would close the isolate around it, and
/// an override (U+202E in a file name) is not the name as `ls` shows it.
fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .map(|c| {
            if super::width::is_paragraph_break(c) {
                ' '
            } else {
                c
            }
        })
        .collect()
}

fn text_width(text: &str) -> usize {
    unit_iter(text).map(|u| u.width).sum()
}

fn runs_width(runs: &[Run]) -> usize {
    runs.iter().map(|r| text_width(&clean(&r.text))).sum()
}

/// The longest prefix of `text` (a byte end at a cluster boundary) at most `cells` wide, and
/// its width; spaces it would end on are left out.
fn prefix_within(text: &str, cells: usize) -> (usize, usize) {
    let (mut end, mut used, mut kept_end, mut kept_used) = (0, 0, 0, 0);
    for unit in unit_iter(text) {
        if used + unit.width > cells {
            return (kept_end, kept_used);
        }
        used += unit.width;
        end = unit.end;
        if !unit.space {
            kept_end = end;
            kept_used = used;
        }
    }
    (text.len().max(end), used)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(dir: Dir, sep: &str, frags: Vec<Fragment>, width: usize) -> Composed {
        let mut c = Composer::new(dir, sep);
        for f in frags {
            c.push(f);
        }
        c.layout(width, BidiMode::Visual)
    }

    #[test]
    fn a_date_after_a_persian_place_stays_whole() {
        let frags = vec![
            Fragment::text("قم"),
            Fragment::text("ایرنا"),
            Fragment::text("26 Nov 2026 05:37"),
        ];
        let rtl = line(Dir::Rtl, " · ", frags.clone(), 80);
        assert_eq!(rtl.line.text(), "26 Nov 2026 05:37 · انریا · مق");
        assert!(rtl.line.rtl);
        let ltr = line(Dir::Ltr, " · ", frags, 80);
        assert_eq!(ltr.line.text(), "مق · انریا · 26 Nov 2026 05:37");
    }

    #[test]
    fn counts_stay_on_one_side_of_their_names() {
        let item = |name: &str, n: &str| {
            Fragment::runs(
                Dir::Ltr,
                vec![Run::isolated(name, Dir::Auto), Run::plain(format!(" {n}"))],
            )
        };
        let frags = vec![
            Fragment::runs(Dir::Ltr, vec![Run::plain("Datelines:")]),
            item("تهران", "32").after(" "),
            item("TEHRAN", "8"),
            item("کرمان", "3"),
        ];
        let l = line(Dir::Ltr, " · ", frags, 80);
        assert_eq!(l.line.text(), "Datelines: نارهت 32 · TEHRAN 8 · نامرک 3");
    }

    #[test]
    fn a_cut_keeps_its_ellipsis_inside_its_fragment() {
        let frags = vec![
            Fragment::text("اصفهان"),
            Fragment::text("12:30").cut_to(None),
        ];
        // 6 + 3 + 5 = 14 cells; at 12 the place is cut to four: three letters and `…`.
        let l = line(Dir::Ltr, " · ", frags, 12);
        assert_eq!(l.line.text(), "…فصا · 12:30");
        assert_eq!(l.line.width, 12);
    }

    #[test]
    fn a_cut_path_keeps_its_slashes_in_place() {
        let frags = vec![
            Fragment::text("/srv/newsroom/wire").dir(Dir::Ltr),
            Fragment::text("۲۰ خبر").rank(1),
        ];
        let l = line(Dir::Rtl, " │ ", frags, 20);
        assert_eq!(l.line.text(), "ربخ ۲۰ │ /srv/newsr…");
    }

    #[test]
    fn shorter_forms_come_before_cuts_and_drops_by_rank() {
        let frags = vec![
            Fragment::text("/srv/newsroom/wire")
                .dir(Dir::Ltr)
                .or(vec![Run::plain("…/wire")])
                .droppable(),
            Fragment::text("12 articles").cut_to(None).rank(5),
            Fragment::text("? help").cut_to(None).rank(5),
        ];
        assert_eq!(
            line(Dir::Ltr, " │ ", frags.clone(), 41).line.text(),
            "/srv/newsroom/wire │ 12 articles │ ? help"
        );
        assert_eq!(
            line(Dir::Ltr, " │ ", frags.clone(), 30).line.text(),
            "…/wire │ 12 articles │ ? help"
        );
        let narrow = line(Dir::Ltr, " │ ", frags.clone(), 22);
        assert_eq!(narrow.line.text(), "12 articles │ ? help");
        assert_eq!(narrow.ranges[0], None);
        // Too narrow for what never gives way: the line is cut anyway, never overflows.
        let tiny = line(Dir::Ltr, " │ ", frags, 8);
        assert!(tiny.line.width <= 8, "{}", tiny.line.text());
    }

    #[test]
    fn overrides_in_names_stay_inside_them() {
        let frags = vec![
            Fragment::text("evil\u{202E}gpj.exe").dir(Dir::Ltr),
            Fragment::text("3 errors"),
        ];
        let l = line(Dir::Ltr, " │ ", frags, 80);
        assert_eq!(l.line.text(), "evilgpj.exe │ 3 errors");
        let pdi = vec![Fragment::text("a\u{2069}ب ج"), Fragment::text("x")];
        assert_eq!(line(Dir::Ltr, " │ ", pdi, 80).line.text(), "aج ب │ x");
    }

    #[test]
    fn ranges_point_at_the_fragments_cells() {
        let mut c = Composer::new(Dir::Rtl, " · ");
        let place = c.push(Fragment::text("قم"));
        let date = c.push(Fragment::text("12:30"));
        let laid = c.layout(40, BidiMode::Visual);
        let cells: String = laid
            .line
            .cells
            .iter()
            .filter(|cell| laid.range(date).contains(&cell.logical))
            .map(|cell| cell.text.as_str())
            .collect();
        assert_eq!(cells, "12:30");
        assert_eq!(
            laid.line.spans_for(laid.range(place)),
            vec![Range { start: 8, end: 10 }]
        );
    }

    #[test]
    fn an_open_direction_is_the_first_strong_fragments() {
        let frags = vec![
            Fragment::text("12"),
            Fragment::text("قم"),
            Fragment::text("x"),
        ];
        assert!(line(Dir::Auto, " ", frags, 20).line.rtl);
        let frags = vec![Fragment::text("Qom"), Fragment::text("قم")];
        assert!(!line(Dir::Auto, " ", frags, 20).line.rtl);
    }

    #[test]
    fn zero_width_and_empty_lines() {
        let l = line(Dir::Rtl, " · ", vec![Fragment::text("قم")], 0);
        assert_eq!(l.line.width, 0);
        let empty = line(Dir::Ltr, " · ", Vec::new(), 10);
        assert_eq!(empty.line.width, 0);
    }
}
