//! The command line: `newsdesk [DIR]` runs the dashboard, the subcommands serve scripts.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::article::DEFAULT_MAX_FILE_SIZE;
use crate::config::{parse_size, Calendar, Digits};
use crate::i18n::Lang;
use crate::text::BidiMode;

#[derive(Debug, Parser)]
#[command(
    name = "newsdesk",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub run: RunArgs,
}

/// The dashboard's flags; each overrides the config file's key of the same name.
#[derive(Debug, Args, Default)]
pub struct RunArgs {
    /// Directory to watch; without one (and no `dir` in the config) a live demo runs.
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Config file (default: config.toml in the platform's config dir).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Print the effective config as TOML and exit.
    #[arg(long)]
    pub print_config: bool,
    /// Colour theme: auto (the default: dark or light as the terminal is), dark, light,
    /// high-contrast, solarized, mono, or a user theme's name.
    #[arg(long, value_name = "NAME")]
    pub theme: Option<String>,
    /// How right-to-left text reaches the terminal: shaped, visual or terminal.
    #[arg(long, value_name = "MODE")]
    pub bidi: Option<BidiMode>,
    /// Also watch subfolders (date-partitioned trees such as YYYY/MM/DD).
    #[arg(long)]
    pub recursive: bool,
    /// Most articles held in memory (the newest are kept).
    #[arg(long, value_name = "N")]
    pub max_articles: Option<usize>,
    /// Refuse larger files (bytes, or with a K/M/G suffix).
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_file_size: Option<u64>,
    /// Poll the directory every SECONDS (default 1) instead of using inotify.
    #[arg(long, value_name = "SECONDS", num_args = 0..=1, default_missing_value = "1")]
    pub poll: Option<f64>,
    /// Seconds a file must stay quiet before a failed read is reported.
    #[arg(long, value_name = "SECONDS")]
    pub settle: Option<f64>,
    /// Keep the articles of deleted files on show, marked.
    #[arg(long)]
    pub keep_deleted: bool,
    /// Wall display: big headline list, figures and alerts, no interaction but q.
    #[arg(long)]
    pub kiosk: bool,
    /// Most frames per second.
    #[arg(long, value_name = "N")]
    pub fps: Option<u32>,
    /// Digits for the dashboard's own numbers: latin or persian.
    #[arg(long, value_enum, value_name = "DIGITS")]
    pub digits: Option<Digits>,
    /// Calendar for dates: gregorian or persian.
    #[arg(long, value_enum, value_name = "CALENDAR")]
    pub calendar: Option<Calendar>,
    /// Interface language: en or fa (default: from LANG / LC_MESSAGES / LC_ALL).
    #[arg(long, value_enum, value_name = "LANG")]
    pub lang: Option<Lang>,
    /// Time zone for the times shown, e.g. Asia/Tehran (default: TZ, else the system's).
    #[arg(long, value_name = "ZONE")]
    pub timezone: Option<String>,
    /// Log file (default: newsdesk.log in the platform's state dir).
    #[arg(long, value_name = "FILE")]
    pub log_file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print every article in PATHs as JSON Lines, with the figures found in it.
    Extract(ExtractArgs),
    /// Load DIR, render one frame of the dashboard and print it as text.
    Snapshot(SnapshotArgs),
    /// Pick the text mode that reads correctly in this terminal, and save it.
    Calibrate(CalibrateArgs),
}

#[derive(Debug, Args)]
pub struct SnapshotArgs {
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    #[arg(long, default_value_t = 120)]
    pub width: u16,
    #[arg(long, default_value_t = 40)]
    pub height: u16,
    #[arg(long, value_name = "NAME")]
    pub theme: Option<String>,
    /// Keep colours and styles as ANSI escape sequences.
    #[arg(long)]
    pub ansi: bool,
    #[arg(long, value_name = "MODE")]
    pub bidi: Option<BidiMode>,
    /// Config file (default: config.toml in the platform's config dir).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CalibrateArgs {
    /// Config file to save the choice in (default: config.toml in the platform's config dir).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Pretty-print each record (no longer one per line).
    #[arg(long)]
    pub pretty: bool,
    /// Refuse files larger than this (bytes, or with a K/M/G or KiB/MiB/GiB suffix).
    #[arg(long, value_name = "SIZE", default_value_t = DEFAULT_MAX_FILE_SIZE, value_parser = parse_size)]
    pub max_file_size: u64,
    /// Article files (.json, .xml, .jsonl, .ndjson), or directories to read (not recursively).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
