//! Logging goes to a file, never the terminal the dashboard is drawn on: daily files in the
//! platform's state dir, the last few kept, so a desk left running for months cannot fill a
//! disk with them.

use std::path::PathBuf;

use tracing_appender::non_blocking::WorkerGuard;
use tracing_appender::rolling::{Builder, Rotation};

/// Daily log files kept.
const KEEP: usize = 7;

/// Starts logging to `file` (or `newsdesk.log` in the state dir). Returns the guard that
/// flushes the log on drop, or `None` when no log can be opened: newsdesk runs on without one.
pub fn init(file: Option<PathBuf>) -> Option<WorkerGuard> {
    let path = file.or_else(default_path)?;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())?
        .to_path_buf();
    let name = path.file_name()?.to_string_lossy().into_owned();
    std::fs::create_dir_all(&dir).ok()?;
    let appender = Builder::new()
        .rotation(Rotation::DAILY)
        .filename_prefix(name)
        .max_log_files(KEEP)
        .build(&dir)
        .ok()?;
    let (writer, guard) = tracing_appender::non_blocking(appender);
    let filter = std::env::var("NEWSDESK_LOG")
        .ok()
        .and_then(|l| l.parse::<tracing::Level>().ok())
        .unwrap_or(tracing::Level::INFO);
    tracing_subscriber::fmt()
        .with_writer(writer)
        .with_ansi(false)
        .with_max_level(filter)
        .try_init()
        .ok()?;
    Some(guard)
}

fn default_path() -> Option<PathBuf> {
    let dirs = crate::config::project_dirs()?;
    let dir = dirs.state_dir().unwrap_or_else(|| dirs.cache_dir());
    Some(dir.join("newsdesk.log"))
}
