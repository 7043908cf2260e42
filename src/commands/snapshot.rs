//! `newsdesk snapshot DIR`: the dashboard as it would look, rendered once and printed as text in
//! visual order (what the terminal would show), for scripts, cron reports and tests.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::PathBuf;
use std::time::SystemTime;

use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use ratatui::Terminal;
use unicode_width::UnicodeWidthStr;

use crate::app::{App, Event, Source};
use crate::cli::{RunArgs, SnapshotArgs};
use crate::ingest::{load, IngestEvent};
use crate::settings::{load_theme, settings, time_zone, SettingsError};
use crate::theme::ColorDepth;
use crate::ui;

/// Why no snapshot was printed.
#[derive(Debug, thiserror::Error)]
pub enum SnapshotError {
    #[error(transparent)]
    Settings(#[from] SettingsError),
    #[error("newsdesk: {}: {source}", dir.display())]
    Dir { dir: PathBuf, source: io::Error },
    /// Writing the frame failed.
    #[error("{0}")]
    Output(#[from] io::Error),
}

pub fn run(args: &SnapshotArgs, out: &mut impl Write) -> Result<(), SnapshotError> {
    let run_args = RunArgs {
        dir: Some(args.dir.clone()),
        config: args.config.clone(),
        theme: args.theme.clone(),
        bidi: args.bidi,
        ..RunArgs::default()
    };
    let (config, _) = settings(&run_args)?;
    let depth = if args.ansi {
        ColorDepth::detect()
    } else {
        ColorDepth::Mono
    };
    let theme = load_theme(&config.theme, depth)?;
    let tz = time_zone(&config)?;
    let changes =
        load::directory(&args.dir, config.max_file_size).map_err(|source| SnapshotError::Dir {
            dir: args.dir.clone(),
            source,
        })?;
    let now = SystemTime::now();
    let mode = config.bidi.unwrap_or_default();
    let mut app = App::builder(config, theme, depth)
        .mode(mode)
        .now(now)
        .size(args.width, args.height)
        .source(Source::Dir(args.dir.clone()))
        .time_zone(tz)
        .build();
    app.update_at(Event::Ingest(IngestEvent::Batch(changes)), now);
    let (width, height) = app.size();
    let backend = TestBackend::new(width, height);
    // The test backend cannot fail: its error type is `Infallible`.
    let Ok(mut terminal) = Terminal::new(backend);
    let Ok(_) = terminal.draw(|frame| ui::draw(&app, frame));
    let text = render(terminal.backend().buffer(), args.ansi);
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .or_else(|e| match e.kind() {
            io::ErrorKind::BrokenPipe => Ok(()),
            _ => Err(SnapshotError::Output(e)),
        })
}

/// The buffer row by row, trailing spaces trimmed; with `ansi`, styles as SGR sequences.
pub fn render(buf: &Buffer, ansi: bool) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut row = String::new();
        let mut current = String::new();
        let mut x = 0;
        while x < buf.area.width {
            let cell = &buf[(x, y)];
            if ansi {
                let sgr = sgr(cell.fg, cell.bg, cell.modifier);
                if sgr != current {
                    row.push_str(&sgr);
                    current = sgr;
                }
            }
            let symbol = cell.symbol();
            row.push_str(symbol);
            x += symbol.width().max(1) as u16;
        }
        if ansi {
            row.push_str("\x1b[0m");
        } else {
            row.truncate(row.trim_end().len());
        }
        out.push_str(&row);
        out.push('\n');
    }
    out
}

fn sgr(fg: Color, bg: Color, modifier: Modifier) -> String {
    let mut s = String::from("\x1b[0");
    for (flag, code) in [
        (Modifier::BOLD, 1),
        (Modifier::DIM, 2),
        (Modifier::ITALIC, 3),
        (Modifier::UNDERLINED, 4),
        (Modifier::REVERSED, 7),
        (Modifier::CROSSED_OUT, 9),
    ] {
        if modifier.contains(flag) {
            let _ = write!(s, ";{code}");
        }
    }
    color(&mut s, fg, 30);
    color(&mut s, bg, 40);
    s.push('m');
    s
}

fn color(s: &mut String, c: Color, base: u8) {
    let named = |i: u8| -> u8 {
        if i < 8 {
            base + i
        } else {
            base + 60 + (i - 8)
        }
    };
    let _ = match c {
        Color::Reset => Ok(()),
        Color::Black => write!(s, ";{}", named(0)),
        Color::Red => write!(s, ";{}", named(1)),
        Color::Green => write!(s, ";{}", named(2)),
        Color::Yellow => write!(s, ";{}", named(3)),
        Color::Blue => write!(s, ";{}", named(4)),
        Color::Magenta => write!(s, ";{}", named(5)),
        Color::Cyan => write!(s, ";{}", named(6)),
        Color::Gray => write!(s, ";{}", named(7)),
        Color::DarkGray => write!(s, ";{}", named(8)),
        Color::LightRed => write!(s, ";{}", named(9)),
        Color::LightGreen => write!(s, ";{}", named(10)),
        Color::LightYellow => write!(s, ";{}", named(11)),
        Color::LightBlue => write!(s, ";{}", named(12)),
        Color::LightMagenta => write!(s, ";{}", named(13)),
        Color::LightCyan => write!(s, ";{}", named(14)),
        Color::White => write!(s, ";{}", named(15)),
        Color::Indexed(i) => write!(s, ";{};5;{i}", base + 8),
        Color::Rgb(r, g, b) => write!(s, ";{};2;{r};{g};{b}", base + 8),
    };
}
