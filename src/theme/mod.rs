//! Colour themes: TOML files, each a partial override of the default, adapted to what the
//! terminal can show (truecolor, 256, the 16 ANSI colours, or none at all under NO_COLOR).

pub mod contrast;
mod probe;

use std::path::{Path, PathBuf};

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

pub use probe::{query as query_background, Background};

const DEFAULT: &str = include_str!("../../themes/dark.toml");

/// The themes shipped in the binary, by name; `t` cycles through them in this order.
pub const BUILT_IN: &[(&str, &str)] = &[
    ("dark", DEFAULT),
    ("light", include_str!("../../themes/light.toml")),
    (
        "high-contrast",
        include_str!("../../themes/high-contrast.toml"),
    ),
    ("solarized", include_str!("../../themes/solarized.toml")),
    ("mono", include_str!("../../themes/mono.toml")),
];

#[derive(Debug, thiserror::Error)]
pub enum ThemeError {
    #[error("unknown theme `{0}` (built in: dark, light, high-contrast, solarized, mono)")]
    Unknown(String),
    #[error("theme {file}: {reason}")]
    Invalid { file: String, reason: String },
}

/// What the terminal can show, from the environment alone: no query is sent to the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorDepth {
    TrueColor,
    Ansi256,
    Ansi16,
    Mono,
}

impl ColorDepth {
    pub fn detect() -> ColorDepth {
        let var = |k: &str| std::env::var(k).unwrap_or_default();
        if !var("NO_COLOR").is_empty() {
            ColorDepth::Mono
        } else if matches!(var("COLORTERM").as_str(), "truecolor" | "24bit") {
            ColorDepth::TrueColor
        } else if var("TERM").contains("256") {
            ColorDepth::Ansi256
        } else {
            ColorDepth::Ansi16
        }
    }
}

macro_rules! palette {
    ($($name:ident),* $(,)?) => {
        /// The theme's colours, one per role in the dashboard.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Palette { $(pub $name: Color,)* }

        #[derive(Debug, Default, Deserialize)]
        #[serde(deny_unknown_fields)]
        struct PaletteFile { $($name: Option<String>,)* }

        impl Palette {
            fn apply(&mut self, file: PaletteFile) -> Result<(), String> {
                $(if let Some(v) = file.$name {
                    self.$name = parse_color(&v)
                        .map_err(|e| format!("colors.{}: {e}", stringify!($name)))?;
                })*
                Ok(())
            }

            fn map(&self, f: impl Fn(Color) -> Color) -> Palette {
                Palette { $($name: f(self.$name),)* }
            }

            /// The colours `file` names, over these.
            fn with(&self, file: &Overrides) -> Palette {
                Palette { $($name: file.$name.unwrap_or(self.$name),)* }
            }
        }

        /// Colours a theme picks itself for one colour depth, over the nearest ones.
        #[derive(Debug, Clone, Default, PartialEq)]
        struct Overrides { $($name: Option<Color>,)* }

        impl Overrides {
            /// Adds the colours `file` names, replacing those already here.
            fn apply(&mut self, file: PaletteFile) -> Result<(), String> {
                $(if let Some(v) = file.$name {
                    self.$name = Some(parse_color(&v)
                        .map_err(|e| format!("ansi16.{}: {e}", stringify!($name)))?);
                })*
                Ok(())
            }

            /// Drops the choices for the colours `file` redefines: those map to their nearest.
            fn forget(&mut self, file: &PaletteFile) {
                $(if file.$name.is_some() { self.$name = None; })*
            }
        }
    };
}

palette!(
    background,
    text,
    dim,
    border,
    focus,
    title,
    selection_fg,
    selection_bg,
    figure,
    search,
    search_bg,
    unread,
    new,
    watch,
    flash,
    bulletin,
    urgent,
    error,
    status_fg,
    status_bg,
    sparkline,
);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeFile {
    name: Option<String>,
    #[serde(default)]
    monochrome: bool,
    #[serde(default)]
    colors: PaletteFile,
    /// The colours to use where only the 16 ANSI ones can be shown: the nearest of a subtle
    /// palette is often unreadable there (a brown figure becomes the errors' red).
    #[serde(default)]
    ansi16: PaletteFile,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub name: String,
    /// Emphasis by bold, dim and reverse video instead of colour.
    pub monochrome: bool,
    pub colors: Palette,
    /// The selection is shown in reverse video (16 colours: no colour of them is sure to
    /// stand out from the background and keep its text readable).
    pub reverse_selection: bool,
    ansi16: Overrides,
}

/// The theme `auto` stands for on a background like this: light on light terminals, else
/// dark, which paints its own background and so reads on either.
pub fn resolve(name: &str, background: Option<Background>) -> &str {
    match (name, background) {
        ("auto", Some(Background::Light)) => "light",
        ("auto", _) => "dark",
        (other, _) => other,
    }
}

impl Theme {
    /// A theme by name: a user file `NAME.toml` in `user_dir` first (so users can override a
    /// built-in), then the built-ins. Then adapted to `depth`.
    pub fn load(
        name: &str,
        user_dir: Option<&Path>,
        depth: ColorDepth,
    ) -> Result<Theme, ThemeError> {
        let user = user_dir
            .map(|d| d.join(format!("{name}.toml")))
            .filter(|p| p.is_file());
        let theme = match user {
            Some(path) => {
                let text = std::fs::read_to_string(&path).map_err(|e| ThemeError::Invalid {
                    file: path.display().to_string(),
                    reason: e.to_string(),
                })?;
                Theme::parse(&text, name, &path)?
            }
            None => {
                let (_, text) = BUILT_IN
                    .iter()
                    .find(|(n, _)| *n == name)
                    .ok_or_else(|| ThemeError::Unknown(name.to_string()))?;
                Theme::parse(text, name, &PathBuf::from(format!("themes/{name}.toml")))?
            }
        };
        Ok(theme.adapted(depth))
    }

    /// The default theme overlaid with `text`.
    pub fn parse(text: &str, name: &str, file: &Path) -> Result<Theme, ThemeError> {
        let invalid = |reason: String| ThemeError::Invalid {
            file: file.display().to_string(),
            reason,
        };
        let mut theme = Theme::default_dark();
        let parsed: ThemeFile =
            toml::from_str(text).map_err(|e| invalid(e.message().to_string()))?;
        theme.ansi16.forget(&parsed.colors);
        theme.colors.apply(parsed.colors).map_err(invalid)?;
        theme.ansi16.apply(parsed.ansi16).map_err(invalid)?;
        theme.monochrome = parsed.monochrome;
        theme.name = parsed.name.unwrap_or_else(|| name.to_string());
        Ok(theme)
    }

    fn default_dark() -> Theme {
        let parsed: ThemeFile = toml::from_str(DEFAULT).expect("the built-in default theme parses");
        let mut colors = Palette::mono();
        colors
            .apply(parsed.colors)
            .expect("the built-in default theme's colours parse");
        let mut ansi16 = Overrides::default();
        ansi16
            .apply(parsed.ansi16)
            .expect("the built-in default theme's 16 colours parse");
        Theme {
            name: "dark".into(),
            monochrome: false,
            colors,
            reverse_selection: false,
            ansi16,
        }
    }

    /// Colours the terminal cannot show are mapped to the nearest it can.
    pub fn adapted(self, depth: ColorDepth) -> Theme {
        match depth {
            ColorDepth::TrueColor => self,
            ColorDepth::Ansi256 => Theme {
                colors: self.colors.map(to_256),
                ..self
            },
            ColorDepth::Ansi16 => Theme {
                colors: self.colors.with(&self.ansi16).map(to_16),
                reverse_selection: true,
                ..self
            },
            ColorDepth::Mono => Theme {
                name: self.name,
                monochrome: true,
                colors: Palette::mono(),
                reverse_selection: true,
                ansi16: Overrides::default(),
            },
        }
    }

    /// Every cell the dashboard draws starts from this: the theme's text colour on its own
    /// background (the terminal's own pair for `reset`).
    pub fn base(&self) -> Style {
        Style::new().fg(self.colors.text).bg(self.colors.background)
    }

    pub fn text(&self) -> Style {
        Style::new().fg(self.colors.text)
    }

    pub fn dim(&self) -> Style {
        self.emphasis(self.colors.dim, Modifier::DIM)
    }

    pub fn title(&self) -> Style {
        Style::new()
            .fg(self.colors.title)
            .add_modifier(Modifier::BOLD)
    }

    pub fn border(&self, focused: bool) -> Style {
        if focused {
            self.emphasis(self.colors.focus, Modifier::BOLD)
        } else {
            Style::new().fg(self.colors.border)
        }
    }

    pub fn selection(&self) -> Style {
        if self.monochrome || self.reverse_selection {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
                .fg(self.colors.selection_fg)
                .bg(self.colors.selection_bg)
        }
    }

    pub fn figure(&self) -> Style {
        self.emphasis(self.colors.figure, Modifier::BOLD | Modifier::UNDERLINED)
    }

    pub fn search_hit(&self) -> Style {
        if self.monochrome {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else {
            Style::new()
                .fg(self.colors.search)
                .bg(self.colors.search_bg)
        }
    }

    pub fn status(&self) -> Style {
        if self.monochrome {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
                .fg(self.colors.status_fg)
                .bg(self.colors.status_bg)
        }
    }

    /// A colour role that, in a monochrome theme, becomes `modifier` instead.
    pub fn emphasis(&self, color: Color, modifier: Modifier) -> Style {
        if self.monochrome {
            Style::new().add_modifier(modifier)
        } else {
            Style::new().fg(color)
        }
    }
}

impl Palette {
    fn mono() -> Palette {
        Palette {
            background: Color::Reset,
            text: Color::Reset,
            dim: Color::Reset,
            border: Color::Reset,
            focus: Color::Reset,
            title: Color::Reset,
            selection_fg: Color::Reset,
            selection_bg: Color::Reset,
            figure: Color::Reset,
            search: Color::Reset,
            search_bg: Color::Reset,
            unread: Color::Reset,
            new: Color::Reset,
            watch: Color::Reset,
            flash: Color::Reset,
            bulletin: Color::Reset,
            urgent: Color::Reset,
            error: Color::Reset,
            status_fg: Color::Reset,
            status_bg: Color::Reset,
            sparkline: Color::Reset,
        }
    }
}

fn parse_color(s: &str) -> Result<Color, String> {
    let s = s.trim();
    if let Ok(i) = s.parse::<u8>() {
        return Ok(Color::Indexed(i));
    }
    s.parse::<Color>().map_err(|_| {
        format!("`{s}` is not a colour (use \"#rrggbb\", a name such as \"lightblue\", or 0-255)")
    })
}

// Written by hand on purpose. ansi_colours is LGPL-3.0 (a static binary under MIT/Apache would
// take on its relinking terms), and anstyle-lossy (MIT/Apache) measures colour distance
// differently: it would move some of the built-in themes' colours a step, and tests/contrast.rs
// measures the colours this mapping gives (where 16 colours need other choices, the themes'
// `[ansi16]` tables make them).

/// The xterm 256-colour cube and grey ramp, nearest by squared distance.
fn to_256(c: Color) -> Color {
    let Color::Rgb(r, g, b) = c else { return c };
    let level = |v: u8| -> u8 {
        if v < 48 {
            0
        } else if v < 115 {
            1
        } else {
            (v - 35) / 40
        }
    };
    let steps = [0u8, 95, 135, 175, 215, 255];
    let (ri, gi, bi) = (level(r), level(g), level(b));
    let cube = (steps[ri as usize], steps[gi as usize], steps[bi as usize]);
    let grey_i = ((u16::from(r) + u16::from(g) + u16::from(b)) / 3).saturating_sub(3) / 10;
    let grey_i = grey_i.min(23) as u8;
    let grey = 8 + 10 * grey_i;
    let dist = |(a, b2, c2): (u8, u8, u8)| {
        let d = |x: u8, y: u8| (i32::from(x) - i32::from(y)).pow(2);
        d(a, r) + d(b2, g) + d(c2, b)
    };
    if dist((grey, grey, grey)) < dist(cube) {
        Color::Indexed(232 + grey_i)
    } else {
        Color::Indexed(16 + 36 * ri + 6 * gi + bi)
    }
}

/// The nearest of the 16 ANSI colours (as xterm draws them).
fn to_16(c: Color) -> Color {
    let (r, g, b) = match c {
        Color::Rgb(r, g, b) => (r, g, b),
        Color::Indexed(i) if i >= 16 => contrast::indexed_rgb(i),
        other => return other,
    };
    let d = |(x, y, z): (u8, u8, u8)| {
        let s = |p: u8, q: u8| (i32::from(p) - i32::from(q)).pow(2);
        s(x, r) + s(y, g) + s(z, b)
    };
    contrast::ANSI
        .iter()
        .min_by_key(|(_, rgb)| d(*rgb))
        .map_or(c, |(color, _)| *color)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_theme_loads() {
        for (name, _) in BUILT_IN {
            let t = Theme::load(name, None, ColorDepth::TrueColor).unwrap();
            assert_eq!(t.name, *name);
        }
        assert!(
            Theme::load("mono", None, ColorDepth::TrueColor)
                .unwrap()
                .monochrome
        );
    }

    #[test]
    fn user_theme_overrides_only_what_it_names() {
        let t = Theme::parse(
            "[colors]\nfigure = \"#010203\"",
            "mine",
            Path::new("mine.toml"),
        )
        .unwrap();
        assert_eq!(t.colors.figure, Color::Rgb(1, 2, 3));
        assert_eq!(t.colors.text, Theme::default_dark().colors.text);
        assert_eq!(t.name, "mine");
    }

    #[test]
    fn bad_theme_names_the_key() {
        let e = Theme::parse("[colors]\nfigur = \"red\"", "x", Path::new("x.toml")).unwrap_err();
        assert!(e.to_string().contains("figur"), "{e}");
        let e = Theme::parse("[colors]\ntext = \"#zz\"", "x", Path::new("x.toml")).unwrap_err();
        assert!(e.to_string().contains("colors.text"), "{e}");
        assert!(e.to_string().contains("x.toml"), "{e}");
        assert!(matches!(
            Theme::load("nope", None, ColorDepth::TrueColor),
            Err(ThemeError::Unknown(_))
        ));
    }

    #[test]
    fn user_dir_file_wins() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("dark.toml"), "[colors]\ntext = \"red\"").unwrap();
        let t = Theme::load("dark", Some(dir.path()), ColorDepth::TrueColor).unwrap();
        assert_eq!(t.colors.text, Color::Red);
    }

    #[test]
    fn depth_adaptation() {
        assert_eq!(to_256(Color::Rgb(255, 0, 0)), Color::Indexed(196));
        assert_eq!(to_256(Color::Rgb(128, 128, 128)), Color::Indexed(244));
        assert_eq!(to_16(Color::Rgb(250, 10, 10)), Color::LightRed);
        assert_eq!(to_16(Color::Indexed(196)), Color::LightRed);
        let t = Theme::load("dark", None, ColorDepth::Ansi16).unwrap();
        assert!(!matches!(t.colors.text, Color::Rgb(..) | Color::Indexed(_)));
        let m = Theme::load("dark", None, ColorDepth::Mono).unwrap();
        assert!(m.monochrome);
        assert_eq!(m.colors.figure, Color::Reset);
    }
}
