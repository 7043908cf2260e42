//! Is the terminal dark or light? `theme = "auto"` asks, once, before the dashboard starts:
//! first `COLORFGBG` (rxvt, Konsole and others set it), else one OSC 11 query for the
//! background colour, answered within 100 ms or not at all. Never on the hot path: after start
//! the terminal is never queried again.
//!
//! The query is sent only to a terminal that first answers a Device Attributes request
//! (`CSI c`, which every terminal answers) in time: a reply that came after we stopped reading
//! would reach the dashboard as keystrokes, and crossterm swallows a late DA reply but not a
//! late OSC one. The OSC query is followed by another DA request, whose reply says the OSC one
//! (answered in order, or never) is not coming.

use std::time::{Duration, Instant};

/// What the terminal's background is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Background {
    Dark,
    Light,
}

impl Background {
    /// From `COLORFGBG` (`fg;bg` or `fg;default;bg`, ANSI colour numbers).
    pub fn from_env() -> Option<Background> {
        Background::from_colorfgbg(&std::env::var("COLORFGBG").ok()?)
    }

    pub fn from_colorfgbg(value: &str) -> Option<Background> {
        let bg: u8 = value.rsplit(';').next()?.trim().parse().ok()?;
        // 7 (light grey) and 9-15 are light backgrounds in the usual palettes; 8 is dark grey.
        Some(if bg == 7 || (9..=15).contains(&bg) {
            Background::Light
        } else {
            Background::Dark
        })
    }

    /// From an OSC 11 reply: `ESC ] 11 ; rgb:RRRR/GGGG/BBBB` ended by BEL or ST, each channel 1
    /// to 4 hex digits. Light when its relative luminance is above the middle grey's.
    pub fn from_osc11(reply: &[u8]) -> Option<Background> {
        let text = String::from_utf8_lossy(reply);
        let start = text.find("]11;")? + 4;
        let body = text[start..].split(['\x07', '\x1b']).next()?;
        let rgb = body
            .strip_prefix("rgb:")
            .or_else(|| body.strip_prefix("rgba:"))?;
        let mut channels = rgb.split('/').map(|c| {
            let digits = c.get(..c.len().min(4))?;
            let v = u32::from_str_radix(digits, 16).ok()?;
            let max = (1u32 << (4 * digits.len())) - 1;
            Some(v as f64 / max as f64)
        });
        let (r, g, b) = (channels.next()??, channels.next()??, channels.next()??);
        let luminance = super::contrast::luminance(r, g, b);
        Some(if luminance > 0.18 {
            Background::Light
        } else {
            Background::Dark
        })
    }
}

/// The background, asked of the terminal on the standard streams (already in raw mode) within
/// `limit`; `None` when they are not a terminal or it does not answer in time.
#[cfg(unix)]
pub fn query(limit: Duration) -> Option<Background> {
    use std::io::{IsTerminal, Write};
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return None;
    }
    let deadline = Instant::now() + limit;
    let mut out = std::io::stdout();
    let ask =
        |out: &mut std::io::Stdout, what: &[u8]| out.write_all(what).and_then(|()| out.flush());
    ask(&mut out, b"\x1b[c").ok()?;
    read_until_da(deadline)?;
    ask(&mut out, b"\x1b]11;?\x1b\\\x1b[c").ok()?;
    let reply = read_until_da(deadline)?;
    Background::from_osc11(&reply)
}

#[cfg(not(unix))]
pub fn query(_limit: Duration) -> Option<Background> {
    None
}

/// Bytes from standard input up to and including a Device Attributes reply (`ESC [ ? … c`),
/// or `None` if none came before `deadline`.
#[cfg(unix)]
fn read_until_da(deadline: Instant) -> Option<Vec<u8>> {
    use rustix::event::{poll, PollFd, PollFlags, Timespec};
    let stdin = rustix::stdio::stdin();
    let mut got = Vec::new();
    loop {
        let left = deadline.checked_duration_since(Instant::now())?;
        let timeout = Timespec::try_from(left).ok()?;
        let mut fds = [PollFd::from_borrowed_fd(stdin, PollFlags::IN)];
        if poll(&mut fds, Some(&timeout)).ok()? == 0 {
            return None;
        }
        let mut chunk = [0u8; 256];
        let n = rustix::io::read(stdin, &mut chunk).ok()?;
        if n == 0 {
            return None;
        }
        got.extend_from_slice(&chunk[..n]);
        if has_da_reply(&got) {
            return Some(got);
        }
    }
}

fn has_da_reply(bytes: &[u8]) -> bool {
    bytes.windows(3).enumerate().any(|(i, w)| {
        w == b"\x1b[?"
            && bytes[i + 3..]
                .iter()
                .find(|b| !(b.is_ascii_digit() || **b == b';'))
                .is_some_and(|b| *b == b'c')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colorfgbg() {
        assert_eq!(Background::from_colorfgbg("15;0"), Some(Background::Dark));
        assert_eq!(Background::from_colorfgbg("0;15"), Some(Background::Light));
        assert_eq!(
            Background::from_colorfgbg("0;default;7"),
            Some(Background::Light)
        );
        assert_eq!(Background::from_colorfgbg("7;8"), Some(Background::Dark));
        assert_eq!(Background::from_colorfgbg("default;default"), None);
        assert_eq!(Background::from_colorfgbg(""), None);
    }

    #[test]
    fn osc11_replies() {
        let white = b"\x1b]11;rgb:ffff/ffff/ffff\x1b\\\x1b[?64;1;2c";
        assert_eq!(Background::from_osc11(white), Some(Background::Light));
        let black = b"\x1b]11;rgb:0000/0000/0000\x07";
        assert_eq!(Background::from_osc11(black), Some(Background::Dark));
        let solarized_dark = b"\x1b]11;rgb:00/2b/36\x07";
        assert_eq!(
            Background::from_osc11(solarized_dark),
            Some(Background::Dark)
        );
        let solarized_light = b"\x1b]11;rgb:fdfd/f6f6/e3e3\x07";
        assert_eq!(
            Background::from_osc11(solarized_light),
            Some(Background::Light)
        );
        assert_eq!(Background::from_osc11(b"\x1b[?64;1;2c"), None);
        assert_eq!(Background::from_osc11(b"\x1b]11;rgb:zz/00/00\x07"), None);
    }

    #[test]
    fn device_attributes_replies() {
        assert!(has_da_reply(b"\x1b[?64;1;2;6;9;15;18;21;22c"));
        assert!(has_da_reply(b"junk\x1b]11;rgb:0/0/0\x07\x1b[?1;2c"));
        assert!(!has_da_reply(b"\x1b[?64;1"));
        assert!(!has_da_reply(b"\x1b[?1;2u"));
    }
}
