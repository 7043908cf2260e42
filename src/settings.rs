//! The settings a run uses: the config file, then the command-line flags over it, key by key.
//! The dashboard and `newsdesk snapshot` both start here, so they agree on what a flag means.

use std::path::PathBuf;

use crate::cli::RunArgs;
use crate::config::{self, Config, ConfigError, ValueError};
use crate::theme::{ColorDepth, Theme, ThemeError};

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
    if let Some(d) = args.digits {
        config.digits = d;
    }
    if let Some(c) = args.calendar {
        config.calendar = c;
    }
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

/// The theme `name` (a user file in the config dir's `themes/` first), adapted to `depth`.
pub fn load_theme(name: &str, depth: ColorDepth) -> Result<Theme, SettingsError> {
    Ok(Theme::load(name, config::theme_dir().as_deref(), depth)?)
}
