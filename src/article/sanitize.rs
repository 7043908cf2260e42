//! Strips everything from file text that a terminal could act on, or that could make a headline
//! display in an order other than the one it was written in.
//!
//! Runs before anything else sees the text, so the model never holds a control character: the
//! UI, the JSON output and the logs can all trust it. The same pass collapses whitespace, as
//! every field is shown with it collapsed: one walk over each file's text, not two.

use unicode_properties::{GeneralCategoryGroup, UnicodeGeneralCategory};

/// Most combining marks (and ZWJ/ZWNJ, which join a cluster the same way) kept in a row: a
/// terminal draws a base letter and every mark after it in one cell, so a letter carrying
/// 400,000 marks cost 1.6 MB of output per frame. Real stacks are far shorter: Persian and
/// Arabic up to 3 (shadda, a vowel, a small letter), Quranic text, Hebrew with cantillation,
/// Vietnamese and Tibetan up to about 5; 8 keeps all of them.
pub const MAX_MARKS: usize = 8;

/// Removes C0 and C1 controls, DEL, whole escape sequences (CSI, OSC, DCS, APC, PM, SOS, both in
/// their 7-bit `ESC x` and 8-bit C1 forms), bidi embedding/override/isolate controls and stray
/// byte-order marks. ZWNJ, ZWJ, LRM and RLM stay: Persian spelling needs the first, and the
/// others are harmless marks the layout consumes. Runs of more than [`MAX_MARKS`] combining
/// marks are cut to that many. What is left has its whitespace collapsed for display: line
/// breaks (`\r\n`, `\r`, U+2028, U+2029, `\n`) end a paragraph when `paragraphs`, else they are
/// whitespace like any other; every run of whitespace (tabs, NBSP and the other Unicode spaces)
/// within a paragraph becomes one space, each paragraph is trimmed, and blank ones are dropped.
pub fn sanitize(input: &str, paragraphs: bool) -> String {
    let mut out = Clean {
        text: String::with_capacity(input.len()),
        gap: Gap::None,
        paragraphs,
    };
    let bytes = input.as_bytes();
    // Every file's every char passes here, once: text is copied a run at a time, and only what
    // changes it ends a run (a lone ASCII space before a letter or a digit does not). Printable
    // ASCII and the Arabic block (no controls or spaces in either) are told apart by their
    // bytes; anything else is decoded and asked as a char.
    let (mut run, mut i, mut marks) = (0, 0, 0);
    while i < bytes.len() {
        let b = bytes[i];
        if (0x21..0x7f).contains(&b) {
            marks = 0;
            i += 1;
            continue;
        }
        if (0xd8..=0xdb).contains(&b) {
            // U+0600..U+06FF in two bytes; most of a Persian word is a run of them, taken
            // here without going round the outer loop for each.
            let mut lead = b;
            loop {
                let at = (usize::from(lead & 0x03) << 6) | usize::from(bytes[i + 1] & 0x3f);
                if arabic_mark(at) {
                    marks += 1;
                    if marks > MAX_MARKS {
                        out.copy(&input[run..i]);
                        run = i + 2;
                    }
                } else {
                    marks = 0;
                }
                i += 2;
                match bytes.get(i) {
                    Some(&next @ 0xd8..=0xdb) => lead = next,
                    _ => break,
                }
            }
            continue;
        }
        if b == b' ' && i > run && matches!(bytes.get(i + 1), Some(0x21..=0x7e | 0xd8..=0xdb)) {
            // Between a char of this run (never a space) and one that is not a space.
            marks = 0;
            i += 1;
            continue;
        }
        let mut chars = input[i..].chars();
        let Some(c) = chars.next() else { break };
        if c.is_ascii() {
            marks = 0;
        } else if extends_cluster(c) {
            marks += 1;
        } else {
            marks = 0;
        }
        let dropped_mark = marks > MAX_MARKS;
        let special = matches!(
            c,
            '\n' | '\u{2028}'
                | '\u{2029}'
                | '\r'
                | '\u{1b}'
                | '\u{9b}'
                | '\u{90}'
                | '\u{98}'
                | '\u{9d}'..='\u{9f}'
        ) || is_removed(c)
            || c.is_whitespace();
        if !dropped_mark && !special {
            i += c.len_utf8();
            continue;
        }
        out.copy(&input[run..i]);
        if !dropped_mark {
            match c {
                '\n' | '\u{2028}' | '\u{2029}' => out.line_break(),
                '\r' => {
                    if chars.clone().next() == Some('\n') {
                        chars.next();
                    }
                    out.line_break();
                }
                '\u{1b}' => skip_escape(&mut chars),
                '\u{9b}' => skip_csi(&mut chars),
                '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
                '\t' => out.space(),
                // VT, FF and U+0085 are whitespace too, but controls first: they go.
                c if is_removed(c) => {}
                _ => out.space(),
            }
        }
        i = input.len() - chars.as_str().len();
        run = i;
    }
    out.copy(&input[run..]);
    out.text
}

/// Whitespace seen since the last text kept: what goes between it and the next.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    None,
    Space,
    Paragraph,
}

/// The text [`sanitize`] has kept so far. It never ends in whitespace: a gap is written only
/// when text follows it.
struct Clean {
    text: String,
    gap: Gap,
    paragraphs: bool,
}

impl Clean {
    /// Appends text that neither opens nor ends with whitespace.
    fn copy(&mut self, kept: &str) {
        if kept.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            match self.gap {
                Gap::None => {}
                Gap::Space => self.text.push(' '),
                Gap::Paragraph => self.text.push('\n'),
            }
        }
        self.gap = Gap::None;
        self.text.push_str(kept);
    }

    fn space(&mut self) {
        self.gap = self.gap.max(Gap::Space);
    }

    fn line_break(&mut self) {
        if self.paragraphs {
            self.gap = Gap::Paragraph;
        } else {
            self.space();
        }
    }
}

/// Combining marks, and the joiners that extend a grapheme cluster as they do. Asked of every
/// char of every file: Latin text (no mark comes before U+0300) and the Arabic block (its
/// marks listed in [`arabic_mark`], checked against the table by a test) are answered without
/// the table's binary search.
fn extends_cluster(c: char) -> bool {
    if c < '\u{300}' {
        return false;
    }
    if ('\u{600}'..='\u{6FF}').contains(&c) {
        return arabic_mark(c as usize - 0x600);
    }
    matches!(c, '\u{200c}' | '\u{200d}') || c.general_category_group() == GeneralCategoryGroup::Mark
}

/// The combining marks of the Arabic block, for a code point `at` places past U+0600 (its
/// UTF-8 bytes give that without decoding): a bit each, since every Persian letter asks.
#[inline]
fn arabic_mark(at: usize) -> bool {
    const MARKS: [u64; 4] = {
        let mut bits = [0u64; 4];
        let mut c = 0x600;
        while c < 0x700 {
            if matches!(
                c,
                0x610..=0x61A
                    | 0x64B..=0x65F
                    | 0x670
                    | 0x6D6..=0x6DC
                    | 0x6DF..=0x6E4
                    | 0x6E7..=0x6E8
                    | 0x6EA..=0x6ED
            ) {
                bits[(c - 0x600) / 64] |= 1 << (c % 64);
            }
            c += 1;
        }
        bits
    };
    MARKS[(at >> 6) & 3] & (1 << (at % 64)) != 0
}

/// True for the characters `sanitize` drops outright.
pub fn is_removed(c: char) -> bool {
    c.is_control() || is_bidi_control(c) || c == '\u{feff}'
}

/// Embedding, override and isolate controls: they can flip the apparent meaning of a line.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

type Chars<'a> = std::str::Chars<'a>;

fn peek(chars: &Chars) -> Option<char> {
    chars.clone().next()
}

fn skip_escape(chars: &mut Chars) {
    match peek(chars) {
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        Some(']' | 'P' | 'X' | '^' | '_') => {
            chars.next();
            skip_string(chars);
        }
        // Character-set designations and the like carry one more byte.
        Some(' '..='/') => {
            chars.next();
            if matches!(peek(chars), Some('0'..='~')) {
                chars.next();
            }
        }
        Some('0'..='~') => {
            chars.next();
        }
        _ => {}
    }
}

/// Parameters and intermediates, then one final byte; anything else ends the sequence early
/// (xterm does the same, and it keeps a broken sequence from swallowing the rest of the text).
fn skip_csi(chars: &mut Chars) {
    while let Some(c) = peek(chars) {
        match c {
            '0'..='?' | ' '..='/' => {
                chars.next();
            }
            '@'..='~' => {
                chars.next();
                return;
            }
            _ => return,
        }
    }
}

/// OSC/DCS/APC/PM/SOS bodies run to BEL, ST (`ESC \` or U+009C). A body left open swallows the
/// rest of the field, as a terminal would: better to lose a corrupt tail than show half a title.
fn skip_string(chars: &mut Chars) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => return,
            '\u{1b}' => {
                if peek(chars) == Some('\\') {
                    chars.next();
                }
                return;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_mark_fast_path_agrees_with_the_table() {
        for c in '\0'..='\u{7FF}' {
            let table = matches!(c, '\u{200c}' | '\u{200d}')
                || c.general_category_group() == GeneralCategoryGroup::Mark;
            assert_eq!(extends_cluster(c), table, "{:04X}", c as u32);
        }
    }

    use super::*;
    use proptest::prelude::*;

    #[test]
    fn strips_terminal_sequences() {
        let s = "a\u{1b}]2;pwned\u{7}b\u{1b}[2Jc\u{9b}31md\u{1b}]52;c;ZXZpbA==\u{1b}\\e\u{1b}Pq#0\u{1b}\\f";
        assert_eq!(sanitize(s, false), "abcdef");
    }

    #[test]
    fn strips_bidi_overrides_but_keeps_zwnj() {
        let s = "می\u{200c}شود \u{202e}cba\u{202c} \u{2067}x\u{2069}";
        assert_eq!(sanitize(s, false), "می\u{200c}شود cba x");
    }

    #[test]
    fn newlines_follow_the_field_kind() {
        assert_eq!(sanitize("a\r\nb\rc\u{2029}d\te", true), "a\nb\nc\nd e");
        assert_eq!(sanitize("a\r\nb\n", false), "a b");
    }

    #[test]
    fn collapses_whitespace() {
        assert_eq!(sanitize("  a \u{a0}\u{2003} b  ", false), "a b");
        assert_eq!(sanitize(" a  b \n\n  \n c ", true), "a b\nc");
        assert_eq!(sanitize("a \u{1b}[1m\n\u{202e} b\u{0}", true), "a\nb");
        for (raw, clean) in [
            ("", ""),
            ("   ", ""),
            ("a", "a"),
            ("a ", "a"),
            (" a", "a"),
            ("a b", "a b"),
            ("a\tb", "a b"),
            ("a \tb", "a b"),
            ("a\u{3000}b\u{85}", "a b"),
            ("a\u{b}b \u{c}c", "ab c"),
            ("جمعیت  کشور ۱٫۶۲ درصد ", "جمعیت کشور ۱٫۶۲ درصد"),
            ("x\u{200c}y z", "x\u{200c}y z"),
        ] {
            assert_eq!(sanitize(raw, false), clean, "{raw:?}");
        }
    }

    #[test]
    fn removes_del_nul_and_bom() {
        assert_eq!(sanitize("\u{feff}a\u{7f}\0b\u{85}c", false), "abc");
    }

    #[test]
    fn long_runs_of_combining_marks_are_cut() {
        let zalgo = format!("a{}b", "\u{301}".repeat(400_000));
        assert_eq!(
            sanitize(&zalgo, false),
            format!("a{}b", "\u{301}".repeat(MAX_MARKS))
        );
        let joined = format!("x{}", "\u{301}\u{200c}".repeat(1000));
        assert_eq!(sanitize(&joined, false).chars().count(), 1 + MAX_MARKS);
    }

    #[test]
    fn real_stacks_of_marks_stay() {
        // Shadda with fatha and a superscript alef; Vietnamese; a Tibetan stack; a keycap.
        for s in [
            "مُحَمَّدٌ اللّٰهِ",
            "Tiếng Việt người",
            "\u{0f66}\u{0f90}\u{0fb2}\u{0f74}\u{0f7c}\u{0f7e}",
            "1\u{fe0f}\u{20e3}",
            "می\u{200c}شود",
        ] {
            assert_eq!(sanitize(s, false), s);
        }
    }

    /// What `sanitize` does, in two plain steps: strip char by char, then split into paragraphs
    /// and words and join them again.
    fn reference(input: &str, paragraphs: bool) -> String {
        let lines: Vec<String> = strip(input, paragraphs)
            .split('\n')
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect();
        lines.join("\n")
    }

    /// The char-at-a-time stripping `sanitize` replaced (copied a run at a time since), kept as
    /// the definition the fast one must agree with.
    fn strip(input: &str, keep_newlines: bool) -> String {
        let newline = if keep_newlines { '\n' } else { ' ' };
        let mut out = String::with_capacity(input.len());
        let mut chars = input.chars().peekable();
        let mut marks = 0;
        while let Some(c) = chars.next() {
            if c.is_ascii() {
                marks = 0;
            } else if extends_cluster(c) {
                marks += 1;
                if marks > MAX_MARKS {
                    continue;
                }
            } else {
                marks = 0;
            }
            match c {
                '\n' | '\u{2028}' | '\u{2029}' => out.push(newline),
                '\r' => {
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    out.push(newline);
                }
                '\t' => out.push(' '),
                '\u{1b}' => old_escape(&mut chars),
                '\u{9b}' => old_csi(&mut chars),
                '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => old_string(&mut chars),
                c if is_removed(c) => {}
                c => out.push(c),
            }
        }
        out
    }

    type Peek<'a> = std::iter::Peekable<std::str::Chars<'a>>;

    fn old_escape(chars: &mut Peek) {
        match chars.peek().copied() {
            Some('[') => {
                chars.next();
                old_csi(chars);
            }
            Some(']' | 'P' | 'X' | '^' | '_') => {
                chars.next();
                old_string(chars);
            }
            // Character-set designations and the like carry one more byte.
            Some(' '..='/') => {
                chars.next();
                if matches!(chars.peek(), Some('0'..='~')) {
                    chars.next();
                }
            }
            Some('0'..='~') => {
                chars.next();
            }
            _ => {}
        }
    }

    fn old_csi(chars: &mut Peek) {
        while let Some(&c) = chars.peek() {
            match c {
                '0'..='?' | ' '..='/' => {
                    chars.next();
                }
                '@'..='~' => {
                    chars.next();
                    return;
                }
                _ => return,
            }
        }
    }

    fn old_string(chars: &mut Peek) {
        while let Some(c) = chars.next() {
            match c {
                '\u{7}' | '\u{9c}' => return,
                '\u{1b}' => {
                    if chars.peek() == Some(&'\\') {
                        chars.next();
                    }
                    return;
                }
                _ => {}
            }
        }
    }

    proptest! {
        #[test]
        fn agrees_with_the_char_by_char_definition(
            parts in proptest::collection::vec(prop_oneof![
                any::<String>(), "[\u{600}-\u{6ff}\u{200c}\u{300}\u{301} ]{0,24}",
                Just("\u{1b}[".to_string()), Just("\u{1b}]".to_string()), Just("\r\n".to_string()),
                Just("\u{9b}".to_string()), Just("\u{9d}".to_string()), Just("\u{7}".to_string()),
                "[a-z0-9;\\ \t\r\n]{0,4}", Just("\u{651}".repeat(12)),
                "[ \t\n\u{a0}\u{85}\u{b}\u{1680}\u{2000}-\u{200d}\u{2028}\u{202f}\u{205f}\u{3000}]{0,3}",
                "[a-zآ-ی\u{200c}]{0,5}",
            ], 0..24),
            keep in any::<bool>(),
        ) {
            let s = parts.concat();
            prop_assert_eq!(sanitize(&s, keep), reference(&s, keep));
        }

        #[test]
        fn nothing_a_terminal_acts_on_survives(s in any::<String>(), keep in any::<bool>()) {
            let out = sanitize(&s, keep);
            for c in out.chars() {
                prop_assert!(!c.is_control() || (keep && c == '\n'), "{:?} survived", c);
                prop_assert!(!is_bidi_control(c));
            }
        }

        #[test]
        fn escape_heavy_input_is_clean(parts in proptest::collection::vec(
            prop_oneof![
                Just("\u{1b}".to_string()), Just("\u{9b}".to_string()), Just("\u{9d}".to_string()),
                Just("[".to_string()), Just("]".to_string()), Just("\u{7}".to_string()),
                Just("\\".to_string()), "[0-9;]{0,4}", "[a-zA-Zآ-ی ]{0,4}",
            ], 0..40)) {
            let out = sanitize(&parts.concat(), true);
            prop_assert!(out.chars().all(|c| !c.is_control() || c == '\n'));
        }
    }
}
