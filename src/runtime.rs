//! The dashboard's run: settings, the threads at the edges (ingest, input, clock, signals), and
//! the event loop that feeds [`App::update`] and draws only when something changed.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant, SystemTime};

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};
use crossterm::event::Event as Input;

use crate::app::{layout, App, Command, Event, Source};
use crate::article::Position;
use crate::cli::RunArgs;
use crate::config::Config;
use crate::i18n::Lang;
use crate::settings::{load_theme, settings, time_zone};
use crate::terminal::Screen;
use crate::text::BidiMode;
use crate::theme::{query_background, resolve, Background, ColorDepth, Theme};
use crate::{calibrate, demo, ingest, logging, terminal, ui};

pub fn ingest_config(config: &Config, dir: PathBuf) -> ingest::Config {
    let mut c = ingest::Config::new(dir);
    c.recursive = config.recursive;
    c.max_articles = config.max_articles;
    c.max_file_size = config.max_file_size;
    c.poll = config.poll.map(Duration::from_secs_f64);
    c.settle = Duration::from_secs_f64(config.settle);
    c.keep_deleted = config.keep_deleted;
    c
}

pub fn run(args: RunArgs) -> ExitCode {
    let (config, config_file) = match settings(&args) {
        Ok(s) => s,
        Err(e) => {
            terminal::print_error(e);
            return ExitCode::from(2);
        }
    };
    if args.print_config {
        let toml = config.to_toml();
        let _ = io::stdout().write_all(terminal::escape_controls(&toml).as_bytes());
        return ExitCode::SUCCESS;
    }
    let _log = logging::init(config.log_file.clone());
    let depth = ColorDepth::detect();
    let (theme, time_zone) = match (load_theme(&config.theme, depth), time_zone(&config)) {
        (Ok(theme), Ok(tz)) => (theme, tz),
        (Err(e), _) | (_, Err(e)) => {
            terminal::print_error(e);
            return ExitCode::from(2);
        }
    };
    match run_dashboard(config, config_file, theme, depth, time_zone) {
        Ok(code) => code,
        Err(e) => {
            terminal::restore();
            terminal::print_error(format_args!("newsdesk: {e}"));
            ExitCode::from(terminal::EXIT_ERROR as u8)
        }
    }
}

fn run_dashboard(
    config: Config,
    config_file: Option<PathBuf>,
    mut theme: Theme,
    depth: ColorDepth,
    time_zone: jiff::tz::TimeZone,
) -> io::Result<ExitCode> {
    let (tx, rx) = crossbeam_channel::unbounded::<Event>();
    let mut demo = None;
    let (dir, source) = match &config.dir {
        Some(dir) => (dir.clone(), Source::Dir(dir.clone())),
        None => {
            let d = demo::Demo::start(Duration::from_millis(1500))?;
            let dir = d.dir().to_path_buf();
            demo = Some(d);
            (dir.clone(), Source::Demo(dir))
        }
    };
    let _ingest = match ingest::spawn(ingest_config(&config, dir), tx.clone(), Event::Ingest) {
        Ok(handle) => handle,
        Err(e) => {
            terminal::print_error(format_args!("newsdesk: {e}"));
            return Ok(ExitCode::from(2));
        }
    };
    terminal::install_panic_hook();
    terminal::spawn_signal_thread()?;
    terminal::spawn_hangup_watch()?;
    let lang = config.lang.unwrap_or_default();
    let (mode, chosen) = match config.bidi {
        Some(mode) => (mode, true),
        None => first_run_mode(config_file.as_ref(), config.kiosk, lang)?,
    };
    terminal::enter(mode)?;
    if let Some(dark_or_light) = background_query(&config) {
        theme = load_theme(resolve("auto", Some(dark_or_light)), depth).unwrap_or(theme);
    }
    let (width, height) = crossterm::terminal::size().unwrap_or((80, 24));
    let mut app = App::builder(config, theme, depth)
        .mode(mode)
        .mode_chosen(chosen)
        .time_zone(time_zone)
        .now(SystemTime::now())
        .size(width, height)
        .source(source)
        .build();
    spawn_input(tx.clone())?;
    spawn_clock(tx.clone())?;
    let (width, height) = app.size();
    let result =
        Screen::new(width, height).and_then(|screen| event_loop(&mut app, screen, &rx, &tx));
    if let Err(e) = result {
        // Every write goes to the terminal: one failing means it is gone (EIO, EPIPE).
        drop(demo);
        terminal::exit(
            terminal::EXIT_TERMINAL_LOST,
            format_args!("terminal lost: {e}"),
        );
    }
    terminal::restore();
    drop(demo);
    Ok(ExitCode::SUCCESS)
}

/// At most one bell per [`BELL_GAP`]: a flood of FLASH copy rang 185 times in 10 s.
const BELL_GAP: Duration = Duration::from_secs(5);

#[derive(Default)]
struct Bell {
    last: Option<Instant>,
}

impl Bell {
    /// Whether to ring now.
    fn ring(&mut self, now: Instant) -> bool {
        if self.last.is_some_and(|t| now.duration_since(t) < BELL_GAP) {
            return false;
        }
        self.last = Some(now);
        true
    }
}

/// No mode configured: offer the calibration screen once, when there is someone to answer it
/// (not on a wall display, not without a terminal). Returns the mode and whether it was chosen.
fn first_run_mode(
    config_file: Option<&PathBuf>,
    kiosk: bool,
    lang: Lang,
) -> io::Result<(BidiMode, bool)> {
    use std::io::IsTerminal;
    if kiosk || !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        return Ok((BidiMode::default(), false));
    }
    Ok(match calibrate::run(config_file, lang)? {
        Some(mode) => (mode, true),
        None => (BidiMode::default(), false),
    })
}

/// For `theme = "auto"` with no `COLORFGBG`: one OSC 11 query, in the terminal just set up,
/// before the input thread reads from it (it would take the reply for keys).
fn background_query(config: &Config) -> Option<Background> {
    (config.theme == "auto" && Background::from_env().is_none())
        .then(|| query_background(Duration::from_millis(100)))
        .flatten()
}

fn event_loop(
    app: &mut App,
    mut screen: Screen,
    rx: &Receiver<Event>,
    tx: &Sender<Event>,
) -> io::Result<()> {
    let mut bell = Bell::default();
    let reloader = Reloader::spawn(tx.clone())?;
    let frame_gap = Duration::from_secs_f64(1.0 / f64::from(app.config().fps));
    let mut dirty = true;
    // A key or a click changed the screen: it is drawn now, not at the next frame slot (up to
    // a frame later). The slots pace arrivals, ticks and resizes; keys come at a person's pace.
    let mut answer = false;
    let mut last_draw: Option<Instant> = None;
    loop {
        let due = last_draw.map_or(Instant::now(), |t| t + frame_gap);
        let first = if app.has_work() {
            // Work owed (a search through a large store) goes on between events, a slice at a
            // time, never ahead of one.
            Some(rx.try_recv().unwrap_or(Event::Work))
        } else if dirty {
            match rx.recv_deadline(due) {
                Ok(e) => Some(e),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => return Ok(()),
            }
        } else {
            // Idle: block until something happens; no timer runs.
            match rx.recv() {
                Ok(e) => Some(e),
                Err(_) => return Ok(()),
            }
        };
        if let Some(event) = first {
            // The first articles in are drawn at once, like a key: the first screen of a large
            // folder would otherwise wait out the frame slot a scan status just took.
            let was_empty = app.store().is_empty();
            let (changed, person) = update(app, event);
            dirty |= changed;
            answer |= changed && (person || was_empty && !app.store().is_empty());
            // A burst is drained first, then drawn once; but never past the frame's due time,
            // or a steady flood of arrivals would starve the screen (and the keys) of frames.
            let drain_until = due.max(Instant::now() + frame_gap / 2);
            while !answer && Instant::now() < drain_until {
                let Ok(event) = rx.try_recv() else { break };
                let (changed, person) = update(app, event);
                dirty |= changed;
                answer |= changed && person;
                if !app.commands().is_empty() {
                    break;
                }
            }
        }
        for command in app.take_commands() {
            match command {
                Command::Quit => return Ok(()),
                Command::Suspend => {
                    terminal::suspend(app.mode())?;
                    screen.repaint_all()?;
                    dirty = true;
                }
                Command::SetBidi(mode) => {
                    terminal::set_bidi(mode)?;
                    dirty = true;
                }
                Command::LoadBody { id, path, line } => {
                    let max_size = app.config().max_file_size;
                    reloader.request(BodyJob {
                        id,
                        path,
                        line,
                        max_size,
                    });
                }
                Command::Bell => {
                    if bell.ring(Instant::now()) {
                        let mut out = io::stdout();
                        out.write_all(b"\x07")?;
                        out.flush()?;
                    }
                }
            }
        }
        if dirty && (answer || last_draw.is_none_or(|t| t.elapsed() >= frame_gap)) {
            draw(&mut screen, app)?;
            dirty = false;
            answer = false;
            last_draw = Some(Instant::now());
        }
    }
}

/// Applies `event`: whether the screen changed, and whether a person did it (a key or a click,
/// answered at once).
fn update(app: &mut App, event: Event) -> (bool, bool) {
    #[cfg(debug_assertions)]
    if let Event::Input(input) = &event {
        injected_panic("main", input);
    }
    let person = matches!(event, Event::Input(Input::Key(_) | Input::Mouse(_)));
    (app.update(event), person)
}

/// Debug builds only: with `NEWSDESK_TEST_PANIC=THREAD` set, F12 makes thread `THREAD`
/// (`input` or `main`) panic, so the end-to-end tests can see what a panic leaves behind.
#[cfg(debug_assertions)]
fn injected_panic(thread: &str, input: &Input) {
    use crossterm::event::KeyCode;
    let f12 = matches!(input, Input::Key(key) if key.code == KeyCode::F(12));
    if f12 && std::env::var("NEWSDESK_TEST_PANIC").is_ok_and(|t| t == thread) {
        panic!("injected panic on the {thread} thread (NEWSDESK_TEST_PANIC)");
    }
}

/// One frame of `app` on `screen`; the panes' inner areas are where rows may move and be
/// scrolled.
pub fn draw<W: Write>(screen: &mut Screen<W>, app: &App) -> io::Result<()> {
    let panes: Vec<_> = app
        .areas()
        .panes
        .iter()
        .map(|&(_, rect)| layout::inner(rect))
        .collect();
    screen.draw(app.size(), &panes, |frame| ui::draw(app, frame))
}

/// One article's file to read again for its body.
struct BodyJob {
    id: u64,
    path: PathBuf,
    line: Option<Position>,
    max_size: u64,
}

/// Reads articles' files again off the event loop's thread, one at a time on a thread of its
/// own; the answer comes back as an event like everything else. Only the latest request
/// waits: holding `j` through a thousand shed bodies asks for a thousand reads, and only the
/// article the selection stops on is wanted (its answer is dropped if it moved on meanwhile).
struct Reloader {
    slot: std::sync::Arc<(Mutex<Option<BodyJob>>, Condvar)>,
}

impl Reloader {
    fn spawn(tx: Sender<Event>) -> io::Result<Reloader> {
        let slot = Arc::new((Mutex::new(None::<BodyJob>), Condvar::new()));
        let theirs = Arc::clone(&slot);
        std::thread::Builder::new()
            .name("reload".into())
            .spawn(move || loop {
                let job = {
                    let (lock, ready) = &*theirs;
                    let mut pending = lock.lock().unwrap_or_else(|p| p.into_inner());
                    loop {
                        if let Some(job) = pending.take() {
                            break job;
                        }
                        pending = ready.wait(pending).unwrap_or_else(|p| p.into_inner());
                    }
                };
                let article = crate::article::read_file(&job.path, job.max_size)
                    .into_iter()
                    .find(|e| e.position == job.line)
                    .and_then(|e| e.result.ok())
                    .map(Arc::new);
                if tx
                    .send(Event::BodyLoaded {
                        id: job.id,
                        article,
                    })
                    .is_err()
                {
                    return;
                }
            })?;
        Ok(Reloader { slot })
    }

    /// Asks for `job`, in place of any request not started yet.
    fn request(&self, job: BodyJob) {
        let (lock, ready) = &*self.slot;
        *lock.lock().unwrap_or_else(|p| p.into_inner()) = Some(job);
        ready.notify_one();
    }
}

/// Keys, mouse and resizes. A read error means the terminal is gone: the process ends (the
/// hangup watch usually sees it first).
fn spawn_input(tx: Sender<Event>) -> io::Result<()> {
    std::thread::Builder::new()
        .name("input".into())
        .spawn(move || loop {
            match crossterm::event::read() {
                Ok(event) => {
                    #[cfg(debug_assertions)]
                    injected_panic("input", &event);
                    // A resize says the size at its signal; a storm of them queues sizes long
                    // gone. Each carries the window's size now, so frames are drawn at it
                    // once, not at every size the window passed through.
                    let event = match event {
                        Input::Resize(..) => {
                            crossterm::terminal::size().map_or(event, |(w, h)| Input::Resize(w, h))
                        }
                        other => other,
                    };
                    if tx.send(Event::Input(event)).is_err() {
                        return;
                    }
                }
                Err(e) => terminal::exit(
                    terminal::EXIT_TERMINAL_LOST,
                    format_args!("terminal input failed: {e}"),
                ),
            }
        })?;
    Ok(())
}

/// A tick at each minute boundary, for ages and the clock: the only timer an idle dashboard has.
fn spawn_clock(tx: Sender<Event>) -> io::Result<()> {
    std::thread::Builder::new()
        .name("clock".into())
        .spawn(move || loop {
            let now = SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .unwrap_or_default();
            let to_next = 60_000 - (now.as_millis() % 60_000) as u64;
            std::thread::sleep(Duration::from_millis(to_next + 5));
            if tx.send(Event::Tick).is_err() {
                return;
            }
        })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bell_rings_at_most_once_per_gap() {
        let start = Instant::now();
        let mut bell = Bell::default();
        let rung: Vec<bool> = (0..12)
            .map(|i| bell.ring(start + Duration::from_secs(i)))
            .collect();
        assert_eq!(rung.iter().filter(|r| **r).count(), 3, "{rung:?}");
        assert!(rung[0] && rung[5] && rung[10]);
    }

    #[test]
    fn one_reader_answers_the_latest_request() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        std::fs::write(&path, r#"{"titr":"headline","text":"the body"}"#).unwrap();
        let (tx, rx) = crossbeam_channel::unbounded();
        let reloader = Reloader::spawn(tx).unwrap();
        for id in 1..=200 {
            reloader.request(BodyJob {
                id,
                path: path.clone(),
                line: None,
                max_size: 1 << 20,
            });
        }
        let mut answered = Vec::new();
        while answered.last() != Some(&200) {
            // A guard against a hang, not a timing: the read takes microseconds.
            match rx.recv_timeout(Duration::from_secs(60)) {
                Ok(Event::BodyLoaded { id, article }) => {
                    assert_eq!(article.unwrap().body, "the body");
                    answered.push(id);
                }
                other => panic!("{other:?}"),
            }
        }
        assert!(answered.windows(2).all(|w| w[0] < w[1]), "{answered:?}");
    }
}
