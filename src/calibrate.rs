//! `newsdesk calibrate`: no program can tell over SSH whether the terminal reorders and joins
//! Arabic script itself, but a person sees it at once. One sample line is shown in each mode;
//! the user presses the number of the one that reads correctly, and it is saved.

use std::io::{self, Write};
use std::path::PathBuf;

use crossterm::cursor::MoveTo;
use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use crossterm::style::Print;
use crossterm::terminal::{Clear, ClearType};
use crossterm::{execute, queue};

use crate::config::Config;
use crate::terminal;
use crate::text::{truncate, BidiMode};

/// Persian words, a Latin word, Latin and Persian digits, a percent sign and parentheses: the
/// things that go wrong first when a terminal and newsdesk disagree about the mode.
pub const SAMPLE: &str = "خبرگزاری ایرنا (IRNA): رشد ۱۲٫۵ درصدی صادرات در سال 1402 و 8% بیشتر";

/// The lines the screen shows: one per mode, as that mode would send the sample.
pub fn lines(width: usize) -> Vec<(usize, BidiMode, String)> {
    BidiMode::ALL
        .iter()
        .enumerate()
        .map(|(i, &mode)| (i + 1, mode, truncate(SAMPLE, width, mode).text()))
        .collect()
}

/// Shows the choice and waits for it. Returns the chosen mode, saved to `config_file` when
/// there is one; `None` when the user put the choice off.
pub fn run(config_file: Option<&PathBuf>) -> io::Result<Option<BidiMode>> {
    terminal::enter(BidiMode::Shaped)?;
    let chosen = ask(config_file);
    terminal::restore();
    let chosen = chosen?;
    if let (Some(mode), Some(path)) = (chosen, config_file) {
        Config::save_bidi(path, mode)?;
    }
    Ok(chosen)
}

fn ask(config_file: Option<&PathBuf>) -> io::Result<Option<BidiMode>> {
    loop {
        let (w, _) = crossterm::terminal::size().unwrap_or((80, 24));
        draw(usize::from(w), config_file)?;
        match event::read()? {
            Event::Key(key) if key.kind != KeyEventKind::Release => match key.code {
                KeyCode::Char(c @ '1'..='3') => {
                    let index = c as usize - '1' as usize;
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

fn draw(width: usize, config_file: Option<&PathBuf>) -> io::Result<()> {
    let mut out = io::stdout();
    queue!(
        out,
        Clear(ClearType::All),
        MoveTo(2, 1),
        Print("newsdesk: which numbered line reads correctly in this terminal?")
    )?;
    let sample_width = width.saturating_sub(8).max(1);
    for (row, (n, mode, text)) in lines(sample_width).into_iter().enumerate() {
        let y = 3 + 2 * row as u16;
        queue!(out, MoveTo(2, y), Print(format!("{n}  ")), Print(text))?;
        queue!(
            out,
            MoveTo(7, y + 1),
            Print(format!("({}: {})", mode, mode.description()))
        )?;
    }
    let saved = config_file.map_or("nowhere (no config dir)".to_string(), |p| {
        p.display().to_string()
    });
    queue!(
        out,
        MoveTo(2, 10),
        Print("Press 1, 2 or 3; Esc decides later (shaped is used meanwhile)."),
        MoveTo(2, 11),
        Print(format!(
            "Saved to {saved}; `b` in the dashboard cycles modes live."
        )),
    )?;
    execute!(out)?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_mode_sends_a_different_line() {
        let lines = lines(120);
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
