//! The terminal as a resource: set up once, and restored on every way out — normal exit,
//! SIGHUP (SSH dropped), SIGTERM, SIGINT, SIGQUIT, a terminal gone without a signal, a panic,
//! a suspend — so a desk never inherits a broken terminal. `screen` draws the frames.

mod screen;
pub mod scroll;

pub use screen::Screen;

use std::borrow::Cow;
use std::fmt::Display;
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use crossterm::{cursor, execute};

use crate::text::{BidiMode, CSI_BIDI_EXPLICIT, CSI_BIDI_IMPLICIT};

/// Whether the screen is currently ours, so restoring twice (signal thread racing a normal exit
/// or the panic hook) writes the restore sequences once.
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Whether we switched VTE/mintty to explicit BiDi mode and owe them `CSI 8 h`.
static EXPLICIT_BIDI: AtomicBool = AtomicBool::new(false);
/// Serializes setup and restore between the main thread, the signal thread and the panic hook.
static LOCK: Mutex<()> = Mutex::new(());

/// Raw mode, the alternate screen, mouse reporting, hidden cursor, and the BiDi mode `mode`
/// needs. Idempotent.
pub fn enter(mode: BidiMode) -> io::Result<()> {
    let _guard = LOCK.lock().unwrap_or_else(|p| p.into_inner());
    enable_raw_mode()?;
    let mut out = io::stdout();
    execute!(out, EnterAlternateScreen, EnableMouseCapture, cursor::Hide)?;
    ACTIVE.store(true, Ordering::SeqCst);
    set_bidi_locked(&mut out, mode)
}

/// Tells VTE and mintty whether to reorder rows themselves, as the live mode switch changes.
pub fn set_bidi(mode: BidiMode) -> io::Result<()> {
    let _guard = LOCK.lock().unwrap_or_else(|p| p.into_inner());
    set_bidi_locked(&mut io::stdout(), mode)
}

fn set_bidi_locked(out: &mut impl Write, mode: BidiMode) -> io::Result<()> {
    let explicit = mode.wants_explicit_terminal_mode();
    out.write_all(if explicit {
        CSI_BIDI_EXPLICIT.as_bytes()
    } else {
        CSI_BIDI_IMPLICIT.as_bytes()
    })?;
    EXPLICIT_BIDI.store(explicit, Ordering::SeqCst);
    out.flush()
}

/// Puts the terminal back as we found it. Safe from any thread, any number of times; errors
/// are ignored because the terminal may already be gone (SSH dropped) and there is no one left
/// to tell.
pub fn restore() {
    let _guard = LOCK.lock().unwrap_or_else(|p| p.into_inner());
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    if EXPLICIT_BIDI.swap(false, Ordering::SeqCst) {
        let _ = out.write_all(CSI_BIDI_IMPLICIT.as_bytes());
    }
    let _ = execute!(
        out,
        crossterm::terminal::EndSynchronizedUpdate,
        DisableMouseCapture,
        cursor::Show,
        LeaveAlternateScreen
    );
    let _ = disable_raw_mode();
    let _ = out.flush();
}

/// Exit statuses of the dashboard besides 0 (`q`) and 2 (bad settings): 1 for an error it
/// could name on stderr, 74 (sysexits' EX_IOERR) when the terminal went away without a
/// hangup signal, 101 after a panic (Rust's own status for one), 128 + N on signal N.
pub const EXIT_ERROR: i32 = 1;
pub const EXIT_TERMINAL_LOST: i32 = 74;
pub const EXIT_PANIC: i32 = 101;

/// Ends the process now, from any thread, with the terminal put back first. The main loop
/// may be anywhere (blocked on a channel, inside a frame), so no one waits for it.
pub fn exit(code: i32, why: impl Display) -> ! {
    tracing::info!("{why}: restoring the terminal and exiting with {code}");
    restore();
    std::process::exit(code)
}

/// Threads whose panics are caught by their own job (the ingest readers: the file gets an
/// error entry). Named in `ingest::reader`; a panic anywhere else ends the process.
const CAUGHT_PANIC_THREADS: &str = "ingest-read-";

/// A panic goes to the log with its backtrace, where a desk's admin will look for it. On an
/// ingest reader that is all: the reader catches it and goes on. Anywhere else the process
/// ends with the terminal restored, the message printed on the restored screen: a dashboard
/// that went on drawing after a thread died (its input, its clock) would look alive and be
/// deaf, and one that draws over a restored terminal leaves it unusable.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let thread = std::thread::current();
        let name = thread.name().unwrap_or("unnamed");
        let backtrace = std::backtrace::Backtrace::force_capture();
        tracing::error!(target: "panic", "thread {name}: {info}\n{backtrace}");
        if name.starts_with(CAUGHT_PANIC_THREADS) {
            return;
        }
        restore();
        previous(info);
        std::process::exit(EXIT_PANIC);
    }));
}

/// Signals end the process from a thread of their own, restoring the terminal first. A flag
/// checked by the main loop is not enough: with the tty gone, crossterm can spin inside its
/// event reader and never get back to check it (crossterm issue #793).
///
/// Every signal whose default is to end the process restores and exits with 128 + N: HUP,
/// TERM, INT and QUIT, and the rarer ones a desk machine still sees — ABRT sent by another
/// process, ALRM/VTALRM/PROF from a stray timer, XCPU/XFSZ from a ulimit, IO/POLL — since
/// their default would leave the terminal raw. USR1 and USR2 are ignored, with a line in the
/// log: tools send them to ask for a log reopen or a status report (logrotate scripts, `dd`),
/// and a desk's dashboard left running for days should not die of that. KILL and STOP cannot
/// be caught; SEGV, ILL, FPE and BUS mean the process is broken and must not run more code.
#[cfg(unix)]
pub fn spawn_signal_thread() -> io::Result<()> {
    use signal_hook::consts::{
        SIGABRT, SIGALRM, SIGHUP, SIGINT, SIGIO, SIGPROF, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2,
        SIGVTALRM, SIGXCPU, SIGXFSZ,
    };
    let mut signals = signal_hook::iterator::Signals::new([
        SIGHUP, SIGTERM, SIGINT, SIGQUIT, SIGABRT, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ,
        SIGIO, SIGUSR1, SIGUSR2,
    ])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                if signal == SIGUSR1 || signal == SIGUSR2 {
                    tracing::info!("signal {signal} ignored");
                    continue;
                }
                exit(128 + signal, format_args!("signal {signal}"));
            }
        })?;
    Ok(())
}

/// The terminal can go without a signal: a pty closed while it is not our controlling
/// terminal (SSH gone, a multiplexer killed). Reads then return end-of-file forever, and
/// crossterm's reader spins on them; writes fail with EIO. A thread of its own waits in
/// `poll` for the hangup (asking for no events, so only a hangup or an error wakes it) and
/// ends the process at once.
#[cfg(unix)]
pub fn spawn_hangup_watch() -> io::Result<()> {
    use std::io::IsTerminal;
    std::thread::Builder::new()
        .name("hangup".into())
        .spawn(|| {
            use rustix::event::{poll, PollFd, PollFlags};
            let (stdin, stdout) = (io::stdin(), io::stdout());
            let mut fds = Vec::new();
            if stdin.is_terminal() {
                fds.push(PollFd::new(&stdin, PollFlags::empty()));
            }
            if stdout.is_terminal() {
                fds.push(PollFd::new(&stdout, PollFlags::empty()));
            }
            if fds.is_empty() {
                return;
            }
            loop {
                match poll(&mut fds, None) {
                    Ok(_) if fds.iter().any(|f| !f.revents().is_empty()) => {
                        exit(EXIT_TERMINAL_LOST, "terminal hung up");
                    }
                    Ok(_) | Err(rustix::io::Errno::INTR) => {}
                    Err(e) => {
                        tracing::warn!("cannot watch the terminal for a hangup: {e}");
                        return;
                    }
                }
            }
        })?;
    Ok(())
}

#[cfg(not(unix))]
pub fn spawn_signal_thread() -> io::Result<()> {
    Ok(())
}

#[cfg(not(unix))]
pub fn spawn_hangup_watch() -> io::Result<()> {
    Ok(())
}

/// Ctrl-Z: give the terminal back, stop, and take it again when `fg` continues us.
#[cfg(unix)]
pub fn suspend(mode: BidiMode) -> io::Result<()> {
    restore();
    if let Err(e) = signal_hook::low_level::raise(signal_hook::consts::SIGTSTP) {
        tracing::warn!("cannot suspend: {e}");
    }
    enter(mode)
}

#[cfg(not(unix))]
pub fn suspend(_mode: BidiMode) -> io::Result<()> {
    Ok(())
}

/// Text the program prints outside the dashboard (error messages naming a config value or a
/// file, `--print-config`, `extract`'s JSON) with every control and bidi-control character but
/// newline and tab written as `\uXXXX`: JSON's and TOML's escape for the same character, and
/// plain enough to read in a message. A config file or a file name cannot then drive the
/// terminal or reorder the line it is printed on. serde_json and toml escape C0 controls but
/// leave DEL, C1 controls (U+009B is CSI) and U+202E raw. Every such character is in the BMP.
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    let at = escaped_at(text.as_bytes());
    if at.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = Vec::with_capacity(text.len() + 6 * at.len());
    escape_runs(text.as_bytes(), &at, &mut out);
    // Whole chars of valid UTF-8 were copied and ASCII written between them, so this is
    // always Ok; the lossy arm only keeps a panic out of the output path.
    Cow::Owned(
        String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into()),
    )
}

/// [`escape_controls`] for text already written to a buffer: the UTF-8 text at `buf[from..]`
/// (`extract` serializes each record straight into its file's buffer, rather than into a
/// string of its own that is then copied there).
pub fn escape_controls_from(buf: &mut Vec<u8>, from: usize) {
    let at = buf.get(from..).map(escaped_at).unwrap_or_default();
    if at.is_empty() {
        return;
    }
    let tail = buf.split_off(from);
    escape_runs(&tail, &at, buf);
}

/// Appends `text` to `out` with the chars starting at `at` written as `\uXXXX`. `extract`'s
/// JSON holds an RLM or LRM wherever a paragraph was given a direction, so the text between
/// escaped chars is copied whole rather than a char at a time.
fn escape_runs(text: &[u8], at: &[usize], out: &mut Vec<u8>) {
    let mut copied = 0;
    for &i in at {
        let Some((c, len)) = char_at(text, i) else {
            continue;
        };
        out.extend_from_slice(&text[copied..i]);
        let _ = write!(out, "\\u{c:04X}");
        copied = i + len;
    }
    out.extend_from_slice(&text[copied..]);
}

/// The code point and length of the char of one to three bytes that starts at `bytes[i]`,
/// which [`escaped_at`] found.
fn char_at(bytes: &[u8], i: usize) -> Option<(u32, usize)> {
    let low = |b: u8| u32::from(b & 0x3f);
    match *bytes.get(i..)? {
        [b, ..] if b < 0x80 => Some((u32::from(b), 1)),
        [b @ 0xC0..=0xDF, t, ..] => Some((u32::from(b & 0x1f) << 6 | low(t), 2)),
        [b @ 0xE0..=0xEF, t, u, ..] => Some((u32::from(b & 0x0f) << 12 | low(t) << 6 | low(u), 3)),
        _ => None,
    }
}

/// Where in UTF-8 `bytes` the characters to escape begin, in order: controls but newline and
/// tab, bidi controls, LRM, RLM and ALM. `extract` passes all its output through here, and
/// decoding every char to ask was 7% of its time; a byte loop was slower still (Persian text
/// is full of the lead bytes 0xD8 and 0xE2). So: C0 and DEL by a pass with no early exit (it
/// vectorizes), C1 (0xC2 0x80-0x9F) and U+200E-U+2069 (0xE2 0x80/0x81 ..) where memchr finds
/// their lead byte, U+061C as a substring.
fn escaped_at(bytes: &[u8]) -> Vec<usize> {
    let c0 = |b: u8| ((b < 0x20) & (b != b'\n') & (b != b'\t')) | (b == 0x7F);
    let any_c0 = bytes.iter().fold(false, |seen, &b| seen | c0(b));
    let mut at: Vec<usize> = memchr::memchr2_iter(0xC2, 0xE2, bytes)
        .filter(|&i| {
            matches!(
                (bytes[i], bytes.get(i + 1), bytes.get(i + 2)),
                (0xC2, Some(0x80..=0x9F), _)
                    | (0xE2, Some(0x80), Some(0x8E | 0x8F | 0xAA..=0xAE))
                    | (0xE2, Some(0x81), Some(0xA6..=0xA9))
            )
        })
        .chain(memchr::memmem::find_iter(bytes, "\u{61c}".as_bytes()))
        .collect();
    if any_c0 {
        at.extend((0..bytes.len()).filter(|&i| c0(bytes[i])));
    }
    at.sort_unstable();
    at
}

/// A message for the user on stderr, escaped. Never panics: with the terminal gone there is
/// no one to tell (`eprintln!` would panic on EIO and turn a clean exit into a crash).
pub fn print_error(message: impl Display) {
    let text = message.to_string();
    let _ = writeln!(io::stderr(), "{}", escape_controls(&text));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::sanitize::is_bidi_control;

    /// The characters [`escape_controls`] writes as `\\uXXXX`, the definition the byte scan
    /// must agree with.
    fn escaped(c: char) -> bool {
        (c.is_control() && c != '\n' && c != '\t')
            || is_bidi_control(c)
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}')
    }

    #[test]
    fn the_byte_scan_finds_exactly_the_escaped_chars() {
        let chars = (0..=0x3000u32)
            .chain(0xFE00..=0xFFFF)
            .filter_map(char::from_u32);
        for c in chars {
            let mut buf = [0u8; 4];
            let alone = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(
                !escaped_at(alone).is_empty(),
                escaped(c),
                "U+{:04X}",
                c as u32
            );
            let amid = format!("می\u{200c}شود «{c}» –");
            let found = escaped_at(amid.as_bytes());
            let expected = if escaped(c) {
                vec![amid.find(c).unwrap()]
            } else {
                vec![]
            };
            assert_eq!(found, expected, "U+{:04X}", c as u32);
        }
        assert_eq!(
            escape_controls("a\u{202e}b\u{9b}\u{7f}"),
            "a\\u202Eb\\u009B\\u007F"
        );
        assert!(matches!(
            escape_controls("می\u{200c}شود – «۱۲»\n"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn escaping_in_a_buffer_escapes_the_same() {
        for text in [
            "a\u{202e}b\u{9b}\u{7f}",
            "\u{200f}می\u{200c}شود\n\u{200e}x\u{61c}\u{2066}\u{1}",
            "plain «۱۲»",
            "",
        ] {
            let mut buf = b"{\x7f".to_vec();
            buf.extend_from_slice(text.as_bytes());
            escape_controls_from(&mut buf, 2);
            assert_eq!(&buf[..2], b"{\x7f");
            assert_eq!(&buf[2..], escape_controls(text).as_bytes(), "{text:?}");
        }
    }
}
