//! Colours as light: what RGB a terminal shows for a ratatui colour, and the WCAG 2 contrast
//! ratio between two. The contrast test checks every pair a theme draws with these; `auto`
//! uses the luminance to tell a light background from a dark one.

use ratatui::style::Color;

/// The 16 ANSI colours as xterm draws them by default. Terminals vary; this is the palette
/// newsdesk's 16-colour themes are checked against.
pub const ANSI: [(Color, (u8, u8, u8)); 16] = [
    (Color::Black, (0, 0, 0)),
    (Color::Red, (205, 0, 0)),
    (Color::Green, (0, 205, 0)),
    (Color::Yellow, (205, 205, 0)),
    (Color::Blue, (0, 0, 238)),
    (Color::Magenta, (205, 0, 205)),
    (Color::Cyan, (0, 205, 205)),
    (Color::Gray, (229, 229, 229)),
    (Color::DarkGray, (127, 127, 127)),
    (Color::LightRed, (255, 0, 0)),
    (Color::LightGreen, (0, 255, 0)),
    (Color::LightYellow, (255, 255, 0)),
    (Color::LightBlue, (92, 92, 255)),
    (Color::LightMagenta, (255, 0, 255)),
    (Color::LightCyan, (0, 255, 255)),
    (Color::White, (255, 255, 255)),
];

/// The RGB of a colour of the xterm 256-colour palette.
pub fn indexed_rgb(i: u8) -> (u8, u8, u8) {
    match i {
        0..=15 => ANSI[usize::from(i)].1,
        232..=255 => {
            let v = 8 + 10 * (i - 232);
            (v, v, v)
        }
        _ => {
            let i = i - 16;
            let steps = [0u8, 95, 135, 175, 215, 255];
            (
                steps[usize::from(i / 36)],
                steps[usize::from(i / 6 % 6)],
                steps[usize::from(i % 6)],
            )
        }
    }
}

/// The RGB a terminal shows for `color`; `terminal` is what `Reset` stands for there (its own
/// foreground or background).
pub fn rgb(color: Color, terminal: (u8, u8, u8)) -> (u8, u8, u8) {
    match color {
        Color::Reset => terminal,
        Color::Rgb(r, g, b) => (r, g, b),
        Color::Indexed(i) => indexed_rgb(i),
        named => ANSI
            .iter()
            .find(|(c, _)| *c == named)
            .map_or(terminal, |(_, rgb)| *rgb),
    }
}

/// WCAG 2 relative luminance of an sRGB colour with channels in 0..=1.
pub fn luminance(r: f64, g: f64, b: f64) -> f64 {
    let lin = |c: f64| {
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

fn luminance8((r, g, b): (u8, u8, u8)) -> f64 {
    let f = |v: u8| f64::from(v) / 255.0;
    luminance(f(r), f(g), f(b))
}

/// WCAG 2 contrast ratio, 1 (none) to 21 (black on white).
pub fn ratio(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance8(a), luminance8(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// `fg` drawn faint over `bg`, as terminals draw SGR 2: halfway between the two.
pub fn faint(fg: (u8, u8, u8), bg: (u8, u8, u8)) -> (u8, u8, u8) {
    let mix = |a: u8, b: u8| ((u16::from(a) + u16::from(b)) / 2) as u8;
    (mix(fg.0, bg.0), mix(fg.1, bg.1), mix(fg.2, bg.2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_ratios() {
        let (black, white) = ((0, 0, 0), (255, 255, 255));
        assert!((ratio(black, white) - 21.0).abs() < 1e-9);
        assert!((ratio(white, white) - 1.0).abs() < 1e-9);
        // #767676 on white is the lightest grey that passes 4.5.
        assert!(ratio((0x76, 0x76, 0x76), white) >= 4.5);
        assert!(ratio((0x77, 0x77, 0x77), white) < 4.5);
    }

    #[test]
    fn palette_lookups() {
        assert_eq!(indexed_rgb(196), (255, 0, 0));
        assert_eq!(indexed_rgb(244), (128, 128, 128));
        assert_eq!(indexed_rgb(4), (0, 0, 238));
        assert_eq!(rgb(Color::Reset, (1, 2, 3)), (1, 2, 3));
        assert_eq!(rgb(Color::LightBlue, (1, 2, 3)), (92, 92, 255));
    }
}
