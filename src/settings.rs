//! The settings a run uses: the config file, then the command-line flags over it, key by key.
//! The dashboard and `newsdesk snapshot` both start here, so they agree on what a flag means.

use std::path::PathBuf;

use crate::cli::RunArgs;
use crate::config::{self, Config, ConfigError, ValueError};
use crate::i18n::Lang;
use crate::theme::{resolve, Background, ColorDepth, Theme, ThemeError};

/// Why a run cannot start with the settings it was given; for the user, exit code 2. A bad
/// config file is named by its path; the rest carry the program's name.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error(transparent)]
    File(#[from] ConfigError),
    #[error("newsdesk: {0}")]
    Value(#[from] ValueError),
    #[error("newsdesk: {0}")]
    Theme(#[from] ThemeError),
}

/// Flags override the file, key by key.
pub fn merge(mut config: Config, args: &RunArgs) -> Result<Config, ValueError> {
    if let Some(dir) = &args.dir {
        config.dir = Some(dir.clone());
    }
    if let Some(theme) = &args.theme {
        config.theme = theme.clone();
    }
    if args.bidi.is_some() {
        config.bidi = args.bidi;
    }
    config.recursive |= args.recursive;
    config.keep_deleted |= args.keep_deleted;
    config.kiosk |= args.kiosk;
    if let Some(n) = args.max_articles {
        config.max_articles = n;
    }
    if let Some(n) = args.max_file_size {
        config.max_file_size = n;
    }
    if args.poll.is_some() {
        config.poll = args.poll;
    }
    if let Some(s) = args.settle {
        config.settle = s;
    }
    if let Some(fps) = args.fps {
        config.fps = fps;
    }
    if args.digits.is_some() {
        config.digits = args.digits;
    }
    if args.calendar.is_some() {
        config.calendar = args.calendar;
    }
    if args.lang.is_some() {
        config.lang = args.lang;
    }
    if args.timezone.is_some() {
        config.timezone = args.timezone.clone();
    }
    // The locale decides only when neither the file nor a flag did, here, once: the dashboard
    // and `newsdesk snapshot` then agree, and --print-config shows what is used.
    config.lang = Some(config.lang.unwrap_or_else(Lang::from_env));
    if let Some(f) = &args.log_file {
        config.log_file = Some(f.clone());
    }
    config.validate()?;
    Ok(config)
}

/// The config file's path: `--config`, else the platform's config dir.
pub fn config_path(flag: Option<&PathBuf>) -> Option<PathBuf> {
    flag.cloned().or_else(config::default_path)
}

/// Reads the config file and merges the flags; errors are for the user, exit code 2.
pub fn settings(args: &RunArgs) -> Result<(Config, Option<PathBuf>), SettingsError> {
    let path = config_path(args.config.as_ref());
    let file = match &path {
        Some(p) => Config::load(p)?,
        None => Config::default(),
    };
    let config = merge(file, args)?;
    Ok((config, path))
}

/// The time zone for the times shown: `timezone` from the settings (checked when they were
/// read), else `TZ`, else the system's (`/etc/localtime`); UTC when none can be read.
pub fn time_zone(config: &Config) -> Result<jiff::tz::TimeZone, SettingsError> {
    match &config.timezone {
        Some(name) => jiff::tz::TimeZone::get(name).map_err(|e| {
            SettingsError::Value(ValueError::TimeZone {
                name: name.clone(),
                reason: e.to_string(),
            })
        }),
        None => Ok(jiff::tz::TimeZone::try_system().unwrap_or(jiff::tz::TimeZone::UTC)),
    }
}

/// The theme `name` (a user file in the config dir's `themes/` first), adapted to `depth`;
/// `auto` stands for dark or light as `COLORFGBG` says (the dashboard may ask the terminal
/// itself later).
pub fn load_theme(name: &str, depth: ColorDepth) -> Result<Theme, SettingsError> {
    let name = resolve(name, Background::from_env());
    Ok(Theme::load(name, config::theme_dir().as_deref(), depth)?)
}
