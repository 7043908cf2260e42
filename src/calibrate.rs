//! `newsdesk calibrate`: no program can tell over SSH whether the terminal reorders and joins
//! Arabic script itself, but a person sees it at once. One sample line is shown in each mode;
//! the user presses the number of the one that reads correctly, and it is saved.
//!
//! The screen is drawn by [`draw`], a pure function of the size and language (snapshot-tested
//! at 80x24 and 40x12): each hint is one row, shortened to fit, never wrapped into the next
//! option.

use std::io;
use std::path::{Path, PathBuf};

use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::backend::CrosstermBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::Terminal;

use crate::config::Config;
use crate::i18n::{self, Arg, Lang, Msg};
use crate::terminal;
use crate::text::{truncate, BidiMode, Composer, Dir, Fragment, Run, VisualLine};

/// Persian words, a Latin word, Latin and Persian digits, a percent sign and parentheses: the
/// things that go wrong first when a terminal and newsdesk disagree about the mode.
pub const SAMPLE: &str = "خبرگزاری ایرنا (IRNA): رشد ۱۲٫۵ درصدی صادرات در سال 1402 و 8% بیشتر";

/// The lines the screen shows: one per mode, as that mode would send the sample.
pub fn lines(width: usize) -> Vec<(usize, BidiMode, VisualLine)> {
    BidiMode::ALL
        .iter()
        .enumerate()
        .map(|(i, &mode)| (i + 1, mode, truncate(SAMPLE, width, mode)))
        .collect()
}

/// Shows the choice and waits for it. Returns the chosen mode, saved to `config_file` when
/// there is one; `None` when the user put the choice off.
pub fn run(config_file: Option<&PathBuf>, lang: Lang) -> io::Result<Option<BidiMode>> {
    terminal::enter(BidiMode::Shaped)?;
    let chosen = ask(config_file.map(PathBuf::as_path), lang);
    terminal::restore();
    let chosen = chosen?;
    if let (Some(mode), Some(path)) = (chosen, config_file) {
        Config::save_bidi(path, mode)?;
    }
    Ok(chosen)
}

fn ask(config_file: Option<&Path>, lang: Lang) -> io::Result<Option<BidiMode>> {
    let mut screen = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    loop {
        screen.draw(|frame| {
            let area = frame.area();
            draw(frame.buffer_mut(), area, lang, config_file);
        })?;
        match event::read()? {
            Event::Key(key) if key.kind != KeyEventKind::Release => match key.code {
                KeyCode::Char(c @ '1'..='3') => {
                    let index = c as usize - '1' as usize;
                    return Ok(Some(BidiMode::ALL[index]));
                }
                KeyCode::Char(c @ '۱'..='۳') => {
                    let index = c as usize - '۱' as usize;
                    return Ok(Some(BidiMode::ALL[index]));
                }
                KeyCode::Esc | KeyCode::Char('q') => return Ok(None),
                KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                    return Ok(None)
                }
                _ => {}
            },
            _ => {}
        }
    }
}

/// The long and the short form of a mode's hint.
fn hint(mode: BidiMode) -> (Msg, Msg) {
    match mode {
        BidiMode::Shaped => (Msg::ModeShaped, Msg::ModeShapedShort),
        BidiMode::Visual => (Msg::ModeVisual, Msg::ModeVisualShort),
        BidiMode::Terminal => (Msg::ModeTerminal, Msg::ModeTerminalShort),
    }
}

/// The calibration screen in `area`: a question, each mode's sample line with its number and
/// a one-row hint, how to answer, and where the answer is saved.
pub fn draw(buf: &mut Buffer, area: Rect, lang: Lang, config_file: Option<&Path>) {
    let area = area.intersection(buf.area);
    buf.set_style(area, Style::reset());
    if area.is_empty() {
        return;
    }
    let width = usize::from(area.width.saturating_sub(2));
    let roomy = area.height >= 14;
    let mut y = area.y + u16::from(roomy);
    let words = |msg: Msg| i18n::runs(lang, msg, None, &[]);
    let row = |buf: &mut Buffer, y: &mut u16, line: VisualLine, style: Style| {
        if *y < area.bottom() {
            let r = Rect::new(area.x + 1, *y, area.width.saturating_sub(2), 1);
            line.draw(buf, r, style);
        }
        *y += 1;
    };
    let text = |runs: Vec<Run>, shorter: Option<Vec<Run>>| {
        let mut fragment = Fragment::runs(lang.dir(), runs);
        if let Some(shorter) = shorter {
            fragment = fragment.or(shorter);
        }
        let mut line = Composer::new(lang.dir(), "");
        line.push(fragment);
        line.layout(width, BidiMode::Shaped).line
    };
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let title = text(
        words(Msg::CalibrateTitle),
        Some(words(Msg::CalibrateTitleShort)),
    );
    row(buf, &mut y, title, bold);
    y += u16::from(roomy);
    let number_w = 3;
    for (n, mode, _) in lines(1) {
        let sample = truncate(SAMPLE, width.saturating_sub(number_w), mode);
        let mut numbered = Composer::new(lang.dir(), "");
        let digit = match lang {
            Lang::Fa => crate::numerals::to_persian_digits(&n.to_string()),
            Lang::En => n.to_string(),
        };
        numbered.push(Fragment::runs(lang.dir(), vec![Run::plain(digit)]));
        let laid = numbered.layout(number_w, BidiMode::Shaped).line;
        if y < area.bottom() {
            let w = number_w as u16;
            let sample_w = area.width.saturating_sub(2 + w);
            let (number_x, sample_x) = if lang.rtl() {
                (area.right() - 1 - w, area.x + 1)
            } else {
                (area.x + 1, area.x + 1 + w)
            };
            laid.draw(buf, Rect::new(number_x, y, w, 1), bold);
            let mut sample = sample;
            // Each sample sits at the interface's start, whatever the mode made of it.
            sample.rtl = lang.rtl();
            sample.draw(buf, Rect::new(sample_x, y, sample_w, 1), Style::reset());
        }
        y += 1;
        let (long, short) = hint(mode);
        let mut runs = vec![Run::isolated(mode.as_str(), Dir::Ltr), Run::plain(": ")];
        runs.extend(words(long));
        let mut shorter = vec![Run::isolated(mode.as_str(), Dir::Ltr), Run::plain(": ")];
        shorter.extend(words(short));
        let mut line = Composer::new(lang.dir(), "");
        line.push(
            Fragment::runs(lang.dir(), runs)
                .or(shorter)
                .or(vec![Run::isolated(mode.as_str(), Dir::Ltr)]),
        );
        let laid = line
            .layout(width.saturating_sub(number_w), BidiMode::Shaped)
            .line;
        if y < area.bottom() {
            let w = area.width.saturating_sub(2 + number_w as u16);
            let x = if lang.rtl() {
                area.x + 1
            } else {
                area.x + 1 + number_w as u16
            };
            laid.draw(
                buf,
                Rect::new(x, y, w, 1),
                Style::new().add_modifier(Modifier::DIM),
            );
        }
        y += 1;
    }
    y += u16::from(roomy);
    let press = text(
        words(Msg::CalibratePress),
        Some(words(Msg::CalibratePressShort)),
    );
    row(buf, &mut y, press, Style::reset());
    let saved = match config_file {
        Some(p) => Arg::ltr(p.display().to_string()),
        None => Arg::Isolate(
            i18n::tr(lang, Msg::CalibrateNowhere).to_string(),
            lang.dir(),
        ),
    };
    let saved = i18n::runs(lang, Msg::CalibrateSaved, None, &[("path", saved)]);
    let line = text(saved, None);
    row(buf, &mut y, line, Style::new().add_modifier(Modifier::DIM));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_mode_sends_a_different_line() {
        let lines: Vec<(usize, BidiMode, String)> = lines(120)
            .into_iter()
            .map(|(n, m, l)| (n, m, l.text()))
            .collect();
        assert_eq!(lines.len(), 3);
        assert_ne!(lines[0].2, lines[1].2);
        assert_ne!(lines[1].2, lines[2].2);
        // Terminal mode sends logical order: the text as written.
        assert!(lines[2].2.starts_with("خبرگزاری"));
        // Shaped mode sends visual order with presentation forms.
        assert!(lines[0]
            .2
            .chars()
            .any(|c| ('\u{fe70}'..='\u{feff}').contains(&c)));
        assert!(lines[0].2.contains("(IRNA)"));
    }
}
