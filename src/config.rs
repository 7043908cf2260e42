//! Settings: a TOML file in the XDG config dir, overridden by command-line flags. Every key is
//! optional and documented in the README; an unknown key is an error that names it, so a typo
//! never silently does nothing on a wall display.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::article::DEFAULT_MAX_FILE_SIZE;
use crate::i18n::Lang;
use crate::text::BidiMode;

/// Articles held in memory unless `max_articles` says otherwise; ingest reads only this many
/// at startup.
pub const DEFAULT_MAX_ARTICLES: usize = 20_000;
/// How long a file must be quiet before a read that fails is reported.
pub const DEFAULT_SETTLE: Duration = Duration::from_secs(2);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Directory watched when none is given on the command line.
    pub dir: Option<PathBuf>,
    /// A theme's name, or `auto`: dark or light as the terminal's background is.
    pub theme: String,
    /// The interface language; unset: from the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    pub lang: Option<Lang>,
    /// An IANA time zone (`Asia/Tehran`, `UTC`) for the times shown; unset: `TZ`, else the
    /// system's zone.
    pub timezone: Option<String>,
    /// How right-to-left text reaches the terminal; unset until chosen (`newsdesk calibrate`).
    pub bidi: Option<BidiMode>,
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
    /// Digits of the dashboard's own numbers; unset: Persian for a Persian interface.
    pub digits: Option<Digits>,
    /// Dates in the Gregorian or the Persian (Solar Hijri) calendar; unset: Persian for a
    /// Persian interface.
    pub calendar: Option<Calendar>,
    pub kiosk: bool,
    pub log_file: Option<PathBuf>,
}

/// Markers of wire urgency, as AP/Reuters and IRNA put them in the kicker or headline, and the
/// IPTC urgency numbers (ninjs, NewsML-G2) that count as each tier.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Urgency {
    pub flash: Vec<String>,
    pub bulletin: Vec<String>,
    pub urgent: Vec<String>,
    pub levels: UrgencyLevels,
}

/// For each tier, the lowest IPTC urgency (1 is the highest of 9) that still counts as it: an
/// item of urgency `u` takes the first tier whose level is at least `u`; 0 turns a tier off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct UrgencyLevels {
    pub flash: u8,
    pub bulletin: u8,
    pub urgent: u8,
}

impl Default for UrgencyLevels {
    fn default() -> Self {
        UrgencyLevels {
            flash: 1,
            bulletin: 2,
            urgent: 3,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Digits {
    Latin,
    Persian,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Calendar {
    Gregorian,
    Persian,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            dir: None,
            theme: "auto".into(),
            lang: None,
            timezone: None,
            bidi: None,
            recursive: false,
            max_articles: DEFAULT_MAX_ARTICLES,
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            poll: None,
            settle: DEFAULT_SETTLE.as_secs_f64(),
            keep_deleted: false,
            fps: 30,
            new_minutes: 5,
            watch: Vec::new(),
            urgency: Urgency::default(),
            bell: false,
            digits: None,
            calendar: None,
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
            levels: UrgencyLevels::default(),
        }
    }
}

/// The config file could not be used; the message names the file and the reason.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("config {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("config {path}: {source}")]
    Invalid { path: String, source: InvalidConfig },
}

/// What is wrong with the settings' text.
#[derive(Debug, thiserror::Error)]
pub enum InvalidConfig {
    /// Not TOML, an unknown key, or a value of the wrong type (toml's message names the key).
    #[error("{0}")]
    Toml(String),
    #[error(transparent)]
    Value(#[from] ValueError),
}

/// A setting out of its range, from the file or a flag.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValueError {
    #[error("max_articles must be at least 1")]
    MaxArticles,
    #[error("fps must be between 1 and 240")]
    Fps,
    #[error("poll must be between 0 and 3600 seconds")]
    Poll,
    #[error("settle must be between 0 and 3600 seconds")]
    Settle,
    #[error("urgency.levels must be between 0 (off) and 9")]
    UrgencyLevels,
    #[error("timezone `{name}` is not a known time zone ({reason})")]
    TimeZone { name: String, reason: String },
}

/// A size that is not one (`--max-file-size`, `max_file_size`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SizeError {
    #[error("`{0}` is not a size (try 8388608, 8M or 8MiB)")]
    NotASize(String),
    #[error("`{0}` is too large")]
    TooLarge(String),
}

/// Where newsdesk keeps its files, per the platform's conventions (XDG on Linux).
pub fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "newsdesk")
}

pub fn default_path() -> Option<PathBuf> {
    project_dirs().map(|d| d.config_dir().join("config.toml"))
}

/// Where user themes live: `themes/` beside the config file.
pub fn theme_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.config_dir().join("themes"))
}

impl Config {
    /// The file at `path`, or the defaults when there is none.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let path_text = || path.display().to_string();
        match std::fs::read_to_string(path) {
            Ok(text) => Config::parse(&text).map_err(|source| ConfigError::Invalid {
                path: path_text(),
                source,
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(source) => Err(ConfigError::Read {
                path: path_text(),
                source,
            }),
        }
    }

    pub fn parse(text: &str) -> Result<Config, InvalidConfig> {
        let config: Config = toml::from_str(text)
            .map_err(|e| InvalidConfig::Toml(e.message().trim().to_string()))?;
        config.validate()?;
        Ok(config)
    }

    pub fn validate(&self) -> Result<(), ValueError> {
        if self.max_articles == 0 {
            return Err(ValueError::MaxArticles);
        }
        if self.fps == 0 || self.fps > 240 {
            return Err(ValueError::Fps);
        }
        if self.poll.is_some_and(|p| !(p > 0.0 && p <= 3600.0)) {
            return Err(ValueError::Poll);
        }
        if !(self.settle >= 0.0 && self.settle <= 3600.0) {
            return Err(ValueError::Settle);
        }
        let l = self.urgency.levels;
        if [l.flash, l.bulletin, l.urgent].iter().any(|&n| n > 9) {
            return Err(ValueError::UrgencyLevels);
        }
        if let Some(name) = &self.timezone {
            jiff::tz::TimeZone::get(name).map_err(|e| ValueError::TimeZone {
                name: name.clone(),
                reason: e.to_string(),
            })?;
        }
        Ok(())
    }

    /// Sets `bidi = "MODE"` in the config file at `path`, keeping everything else in it as
    /// written (comments included), creating the file and its folder when needed.
    pub fn save_bidi(path: &Path, mode: BidiMode) -> std::io::Result<()> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(e),
        };
        let setting = format!("bidi = \"{mode}\"");
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        // Top-level keys live before the first [table]; the setting must stay there.
        let top_end = lines
            .iter()
            .position(|l| l.trim_start().starts_with('['))
            .unwrap_or(lines.len());
        let existing = lines[..top_end].iter().position(|l| {
            l.trim_start()
                .strip_prefix("bidi")
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        });
        match existing {
            Some(i) => lines[i] = setting,
            None => lines.insert(top_end.min(lines.len()), setting),
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut out = lines.join("\n");
        out.push('\n');
        std::fs::write(path, out)
    }

    /// The effective settings as TOML, for `--print-config`.
    pub fn to_toml(&self) -> String {
        toml::to_string(self).unwrap_or_else(|e| format!("# cannot print config: {e}\n"))
    }
}

/// `8388608`, `8M`, `8MiB`, `512k`: newsroom admins write sizes all these ways. K, M and G
/// are binary here (`8M` is 8 MiB), as admins mean them for file sizes.
pub fn parse_size(s: &str) -> Result<u64, SizeError> {
    let s = s.trim();
    parse_size::Config::new()
        .with_binary()
        .parse_size(s)
        .map_err(|e| match e {
            parse_size::Error::PosOverflow => SizeError::TooLarge(s.to_string()),
            _ => SizeError::NotASize(s.to_string()),
        })
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
        Size::Text(s) => parse_size(&s).map_err(serde::de::Error::custom),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("8388608"), Ok(8 << 20));
        assert_eq!(parse_size("8M"), Ok(8 << 20));
        assert_eq!(parse_size("8MiB"), Ok(8 << 20));
        assert_eq!(parse_size("512k"), Ok(512 << 10));
        assert!(parse_size("8 parsecs").is_err());
        assert!(parse_size("").is_err());
        assert!(parse_size("99999999999999G").is_err());
    }

    #[test]
    fn empty_file_is_the_defaults() {
        assert_eq!(Config::parse("").unwrap(), Config::default());
    }

    #[test]
    fn keys_parse() {
        let c = Config::parse(
            "theme = \"light\"\nwatch = [\"زلزله\", \"earthquake\"]\nmax_file_size = \"1MiB\"\n\
             digits = \"persian\"\ncalendar = \"persian\"\n[urgency]\nflash = [\"FLASH\"]\n",
        )
        .unwrap();
        assert_eq!(c.theme, "light");
        assert_eq!(c.watch.len(), 2);
        assert_eq!(c.max_file_size, 1 << 20);
        assert_eq!(c.digits, Some(Digits::Persian));
        assert_eq!(c.calendar, Some(Calendar::Persian));
        assert_eq!(c.urgency.flash, ["FLASH"]);
        assert_eq!(c.urgency.urgent, Urgency::default().urgent);
        assert_eq!(c.urgency.levels, UrgencyLevels::default());
        let c = Config::parse("[urgency]\nlevels = { urgent = 4 }\n").unwrap();
        assert_eq!((c.urgency.levels.flash, c.urgency.levels.urgent), (1, 4));
        let e = Config::parse("[urgency.levels]\nflash = 12\n").unwrap_err();
        assert!(e.to_string().contains("urgency.levels"), "{e}");
        let c =
            Config::parse("lang = \"fa\"\ntimezone = \"Asia/Tehran\"\ntheme = \"auto\"").unwrap();
        assert_eq!(c.lang, Some(Lang::Fa));
        assert_eq!(c.timezone.as_deref(), Some("Asia/Tehran"));
        let e = Config::parse("timezone = \"Mars/Olympus\"").unwrap_err();
        assert!(e.to_string().contains("timezone"), "{e}");
        let e = Config::parse("lang = \"de\"").unwrap_err();
        assert!(e.to_string().contains("de"), "{e}");
    }

    #[test]
    fn bad_key_is_named() {
        let e = Config::parse("them = \"light\"").unwrap_err().to_string();
        assert!(e.contains("them"), "{e}");
        let e = Config::parse("[urgency]\nflsh = []")
            .unwrap_err()
            .to_string();
        assert!(e.contains("flsh"), "{e}");
        let e = Config::parse("fps = 0").unwrap_err().to_string();
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
    fn saving_the_mode_keeps_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/config.toml");
        Config::save_bidi(&path, BidiMode::Visual).unwrap();
        assert_eq!(Config::load(&path).unwrap().bidi, Some(BidiMode::Visual));
        std::fs::write(
            &path,
            "# desk 3\ntheme = \"light\"\nbidi = \"visual\"\n[urgency]\nflash = []\n",
        )
        .unwrap();
        Config::save_bidi(&path, BidiMode::Terminal).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("# desk 3\n"));
        let c = Config::load(&path).unwrap();
        assert_eq!(c.bidi, Some(BidiMode::Terminal));
        assert_eq!(c.theme, "light");
        assert!(c.urgency.flash.is_empty());
        std::fs::write(&path, "[urgency]\nflash = []\n").unwrap();
        Config::save_bidi(&path, BidiMode::Shaped).unwrap();
        assert_eq!(Config::load(&path).unwrap().bidi, Some(BidiMode::Shaped));
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
