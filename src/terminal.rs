//! The terminal as a resource: set up once, and restored on every way out — normal exit,
//! SIGHUP (SSH dropped), SIGTERM, SIGINT, a panic, a suspend — so a desk never inherits a
//! broken terminal.

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

/// A panic restores the terminal first, so the message lands on a usable screen, then goes to
/// the log, where a desk's admin will look for it.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        tracing::error!(target: "panic", "{info}");
        previous(info);
    }));
}

/// SIGHUP, SIGTERM and SIGINT end the process from a thread of their own, restoring the
/// terminal first. A flag checked by the main loop is not enough: with the tty gone, crossterm
/// can spin inside its event reader and never get back to check it (crossterm issue #793).
#[cfg(unix)]
pub fn spawn_signal_thread() -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGHUP, SIGTERM, SIGINT])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                tracing::info!("signal {signal}: restoring the terminal and exiting");
                restore();
                std::process::exit(128 + signal);
            }
        })?;
    Ok(())
}

#[cfg(not(unix))]
pub fn spawn_signal_thread() -> io::Result<()> {
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
