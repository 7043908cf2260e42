//! How newsdesk hands right-to-left text to the terminal.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// `CSI 8 l`: terminal-wg BiDi "explicit" mode. VTE and mintty stop reordering rows, so text
/// newsdesk already put in visual order is not reversed a second time.
pub const CSI_BIDI_EXPLICIT: &str = "\x1b[8l";
/// `CSI 8 h`: back to "implicit" mode, the VTE/mintty default; sent at exit.
pub const CSI_BIDI_IMPLICIT: &str = "\x1b[8h";

/// Which of the three terminal families the output is laid out for.
///
/// No terminal can be detected reliably over SSH, so the user picks the mode that reads
/// correctly (see the calibrate screen).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum BidiMode {
    /// Visual order and Arabic presentation forms: for terminals that neither reorder nor join
    /// (xterm, alacritty, tmux, Windows Terminal, iTerm2, VS Code, and VTE/mintty in explicit mode).
    #[default]
    Shaped,
    /// Visual order, letters left unjoined: for terminals that join but do not reorder (kitty,
    /// WezTerm).
    Visual,
    /// Logical order, ZWNJ kept: for terminals that reorder and join every row themselves
    /// (Konsole, mlterm, Terminal.app, PuTTY).
    Terminal,
}

impl BidiMode {
    /// Every mode, in the order the cycle key and the calibrate screen show them.
    pub const ALL: [BidiMode; 3] = [BidiMode::Shaped, BidiMode::Visual, BidiMode::Terminal];

    /// The name used by `--bidi`, `bidi =` in the config file and serde.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// One line for help text and the calibrate screen.
    pub fn description(self) -> &'static str {
        match self {
            BidiMode::Shaped => {
                "newsdesk reorders and joins letters (xterm, tmux, iTerm2, Windows Terminal)"
            }
            BidiMode::Visual => "newsdesk reorders, the terminal joins letters (kitty, WezTerm)",
            BidiMode::Terminal => {
                "the terminal reorders and joins (Konsole, mlterm, Terminal.app, PuTTY)"
            }
        }
    }

    /// The next mode in [`BidiMode::ALL`] (declaration order), wrapping around; for the live
    /// cycle key.
    pub fn next(self) -> BidiMode {
        Self::ALL[(self as usize + 1) % Self::ALL.len()]
    }

    /// Whether the UI should send [`CSI_BIDI_EXPLICIT`] at start (and [`CSI_BIDI_IMPLICIT`] at
    /// exit): true when newsdesk itself puts rows in visual order.
    pub fn wants_explicit_terminal_mode(self) -> bool {
        matches!(self, BidiMode::Shaped | BidiMode::Visual)
    }
}

impl fmt::Display for BidiMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A mode name that is not one of `shaped`, `visual`, `terminal`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown bidi mode {0:?} (expected shaped, visual or terminal)")]
pub struct UnknownBidiMode(pub String);

impl FromStr for BidiMode {
    type Err = UnknownBidiMode;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let name = s.trim();
        BidiMode::ALL
            .into_iter()
            .find(|mode| mode.as_str().eq_ignore_ascii_case(name))
            .ok_or_else(|| UnknownBidiMode(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for mode in BidiMode::ALL {
            assert_eq!(mode.to_string().parse::<BidiMode>(), Ok(mode));
            let json = serde_json::to_string(&mode).unwrap();
            assert_eq!(json, format!("\"{mode}\""));
            assert_eq!(serde_json::from_str::<BidiMode>(&json).unwrap(), mode);
        }
        assert_eq!(" Visual ".parse::<BidiMode>(), Ok(BidiMode::Visual));
        assert!("rtl".parse::<BidiMode>().is_err());
        assert!(serde_json::from_str::<BidiMode>("\"Shaped\"").is_err());
    }

    #[test]
    fn cycle_visits_every_mode_once() {
        let mut mode = BidiMode::default();
        assert_eq!(mode, BidiMode::Shaped);
        let mut seen = Vec::new();
        for _ in 0..BidiMode::ALL.len() {
            seen.push(mode);
            mode = mode.next();
        }
        assert_eq!(mode, BidiMode::Shaped);
        assert_eq!(seen, BidiMode::ALL);
    }

    #[test]
    fn only_visual_order_modes_switch_the_terminal_to_explicit() {
        assert!(BidiMode::Shaped.wants_explicit_terminal_mode());
        assert!(BidiMode::Visual.wants_explicit_terminal_mode());
        assert!(!BidiMode::Terminal.wants_explicit_terminal_mode());
    }
}
