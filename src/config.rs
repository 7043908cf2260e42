//! Settings: a TOML file in the XDG config dir, overridden by command-line flags. Every key is
//! optional and documented in the README; an unknown key is an error that names it, so a typo
//! never silently does nothing on a wall display.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::article::DEFAULT_MAX_FILE_SIZE;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Directory watched when none is given on the command line.
    pub dir: Option<PathBuf>,
    pub theme: String,
    pub recursive: bool,
    pub max_articles: usize,
    /// Bytes; the file may also say "8MiB".
    #[serde(deserialize_with = "size")]
    pub max_file_size: u64,
    /// Poll every this many seconds instead of using the native watcher.
    pub poll: Option<f64>,
    /// Seconds a file must stay quiet before a parse failure is reported.
    pub settle: f64,
    pub keep_deleted: bool,
    /// Most frames drawn per second.
    pub fps: u32,
    /// Minutes an arrival stays marked new after the user last pressed a key.
    pub new_minutes: u64,
    /// Phrases that raise an alert (whole words, on normalized headline and body).
    pub watch: Vec<String>,
    pub urgency: Urgency,
    pub bell: bool,
    pub digits: Digits,
    pub kiosk: bool,
    pub log_file: Option<PathBuf>,
}

/// Markers of wire urgency, as AP/Reuters and IRNA put them in the kicker or headline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Urgency {
    pub flash: Vec<String>,
    pub bulletin: Vec<String>,
    pub urgent: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Digits {
    Latin,
    Persian,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            dir: None,
            theme: "dark".into(),
            recursive: false,
            max_articles: 20_000,
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            poll: None,
            settle: 2.0,
            keep_deleted: false,
            fps: 30,
            new_minutes: 5,
            watch: Vec::new(),
            urgency: Urgency::default(),
            bell: false,
            digits: Digits::Latin,
            kiosk: false,
            log_file: None,
        }
    }
}

impl Default for Urgency {
    fn default() -> Self {
        let v = |items: &[&str]| items.iter().map(|s| s.to_string()).collect();
        Urgency {
            flash: v(&["FLASH", "فوری فوری"]),
            bulletin: v(&["BULLETIN"]),
            urgent: v(&["URGENT", "فوری"]),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("config {path}: {reason}")]
    Invalid { path: String, reason: String },
}

/// Where newsdesk keeps its files, per the platform's conventions (XDG on Linux).
pub fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "newsdesk")
}

pub fn default_path() -> Option<PathBuf> {
    project_dirs().map(|d| d.config_dir().join("config.toml"))
}

impl Config {
    /// The file at `path`, or the defaults when there is none.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let invalid = |reason: String| ConfigError::Invalid {
            path: path.display().to_string(),
            reason,
        };
        match std::fs::read_to_string(path) {
            Ok(text) => Config::parse(&text).map_err(invalid),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(invalid(e.to_string())),
        }
    }

    pub fn parse(text: &str) -> Result<Config, String> {
        let config: Config = toml::from_str(text).map_err(|e| e.message().trim().to_string())?;
        config.validate()?;
        Ok(config)
    }

    fn validate(&self) -> Result<(), String> {
        if self.max_articles == 0 {
            return Err("max_articles must be at least 1".into());
        }
        if self.fps == 0 || self.fps > 240 {
            return Err("fps must be between 1 and 240".into());
        }
        if self.poll.is_some_and(|p| !(p > 0.0 && p <= 3600.0)) {
            return Err("poll must be between 0 and 3600 seconds".into());
        }
        if !(self.settle >= 0.0 && self.settle <= 3600.0) {
            return Err("settle must be between 0 and 3600 seconds".into());
        }
        Ok(())
    }

    /// The effective settings as TOML, for `--print-config`.
    pub fn to_toml(&self) -> String {
        toml::to_string(self).unwrap_or_else(|e| format!("# cannot print config: {e}\n"))
    }
}

fn size<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Size {
        Bytes(u64),
        Text(String),
    }
    match Size::deserialize(d)? {
        Size::Bytes(n) => Ok(n),
        Size::Text(s) => crate::cli::parse_size(&s).map_err(serde::de::Error::custom),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_file_is_the_defaults() {
        assert_eq!(Config::parse("").unwrap(), Config::default());
    }

    #[test]
    fn keys_parse() {
        let c = Config::parse(
            "theme = \"light\"\nwatch = [\"زلزله\", \"earthquake\"]\nmax_file_size = \"1MiB\"\n\
             digits = \"persian\"\n[urgency]\nflash = [\"FLASH\"]\n",
        )
        .unwrap();
        assert_eq!(c.theme, "light");
        assert_eq!(c.watch.len(), 2);
        assert_eq!(c.max_file_size, 1 << 20);
        assert_eq!(c.digits, Digits::Persian);
        assert_eq!(c.urgency.flash, ["FLASH"]);
        assert_eq!(c.urgency.urgent, Urgency::default().urgent);
    }

    #[test]
    fn bad_key_is_named() {
        let e = Config::parse("them = \"light\"").unwrap_err();
        assert!(e.contains("them"), "{e}");
        let e = Config::parse("[urgency]\nflsh = []").unwrap_err();
        assert!(e.contains("flsh"), "{e}");
        let e = Config::parse("fps = 0").unwrap_err();
        assert!(e.contains("fps"), "{e}");
    }

    #[test]
    fn printed_config_reads_back() {
        let c = Config {
            watch: vec!["x".into()],
            poll: Some(2.0),
            ..Config::default()
        };
        assert_eq!(Config::parse(&c.to_toml()).unwrap(), c);
    }

    #[test]
    fn missing_file_is_defaults_and_unreadable_is_named() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            Config::load(&dir.path().join("none.toml")).unwrap(),
            Config::default()
        );
        std::fs::write(dir.path().join("bad.toml"), "fps = \"fast\"").unwrap();
        let e = Config::load(&dir.path().join("bad.toml"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("bad.toml"), "{e}");
    }
}
