//! Splitting a field into digit runs, words and punctuation, with char offsets and a
//! normalized form of every word.
//!
//! Hand-written because it has to do several things in one pass at ingest speed: map Arabic
//! ي/ك to Persian, drop ZWNJ and harakat inside words (`شش‌صد` is `ششصد`), split digit runs
//! of any of the three scripts from the letters glued to them (`۳۵مین`, `10th`), remember
//! which tokens touch (for `1,200`, `COVID-19`, `/8138/`) and flag URLs.

use super::figure::persian_unit;
pub(crate) use crate::fold::Script;
use crate::fold::{
    digit as digit_of, is_ignorable as is_ignorable_in_word, word_char as normalized,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// A run of decimal digits; `value` saturates, `len` counts digits.
    Digits {
        value: u64,
        len: u32,
        script: Script,
    },
    Word {
        latin: bool,
    },
    Punct(char),
}

#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub kind: TokKind,
    pub byte_start: usize,
    pub byte_end: usize,
    pub char_start: usize,
    pub char_end: usize,
    /// No whitespace between this token and the previous one.
    pub glued: bool,
    /// Part of a URL or e-mail address.
    pub url: bool,
    /// The normalized word: in the normalized buffer, or (when normalizing changed nothing,
    /// the usual case) the text itself.
    norm: (u32, u32),
    norm_owned: bool,
}

// The accessors below are `#[inline]`: the extractor's rules, in other modules (and codegen
// units), ask them several times per token (`norm_of` out of line was 3% of a run).

pub(crate) struct Tokens<'a> {
    pub text: &'a str,
    pub toks: Vec<Token>,
    norm: String,
    /// A byte of memo per token for the phrase reader, which asks about the same words many
    /// times over for the figures near them (0: not asked yet).
    pub(crate) memo: std::cell::RefCell<Vec<u8>>,
}

enum Cur {
    None,
    Digits {
        start: usize,
        cstart: usize,
        value: u64,
        len: u32,
        script: Script,
    },
    Word {
        start: usize,
        cstart: usize,
        /// Where the normalized copy starts, once normalizing has changed something.
        nstart: Option<usize>,
        latin: bool,
        /// The first ZWNJ inside the word: byte, char, and normalized length before it.
        zwnj: Option<(usize, usize, usize)>,
    },
}

#[cfg_attr(test, derive(Debug, PartialEq))]
enum Class {
    Space,
    Digit(u32, Script),
    Letter,
    Other,
}

/// The common cases (ASCII, the Persian letters, and the joiners, harakat and punctuation of
/// Persian copy) without Unicode table lookups: a char that misses them costs hundreds of
/// instructions in `is_alphabetic`.
fn class(c: char) -> Class {
    match c {
        'a'..='z' | 'A'..='Z' => Class::Letter,
        '\u{0621}'..='\u{063A}'
        | '\u{0641}'..='\u{064A}'
        | '\u{067E}'
        | '\u{0686}'
        | '\u{0698}'
        | '\u{06A9}'
        | '\u{06AF}'
        | '\u{06CC}' => Class::Letter,
        '\u{200C}'..='\u{200F}' | '\u{0640}' | '\u{064B}'..='\u{065F}' => Class::Letter,
        '،' | '؛' | '؟' | '«' | '»' => Class::Other,
        ' ' | '\n' | '\t' | '\r' => Class::Space,
        _ => class_by_table(c),
    }
}

fn class_by_table(c: char) -> Class {
    if let Some((d, script)) = digit_of(c) {
        Class::Digit(d, script)
    } else if c.is_whitespace() || c.is_control() {
        Class::Space
    } else if c.is_alphabetic() || is_ignorable_in_word(c) {
        Class::Letter
    } else {
        Class::Other
    }
}

/// The letters of the Arabic block [`class`] names that fold to themselves (all but the
/// Arabic forms of ی and ک and the hamza seats), a bit each; asked of a char of the block by
/// its two UTF-8 bytes (`lead` 0xD8-0xDB).
#[inline]
fn unchanged_letter(lead: u8, trail: u8) -> bool {
    const LETTERS: [u64; 4] = {
        let mut bits = [0u64; 4];
        let mut c = 0x600;
        while c < 0x700 {
            let listed = matches!(
                c,
                0x621..=0x63A | 0x641..=0x64A | 0x67E | 0x686 | 0x698 | 0x6A9 | 0x6AF | 0x6CC
            );
            let folded = matches!(c, 0x623..=0x626 | 0x629 | 0x643 | 0x649 | 0x64A);
            if listed && !folded {
                bits[(c - 0x600) / 64] |= 1 << (c % 64);
            }
            c += 1;
        }
        bits
    };
    let at = (usize::from(lead & 0x03) << 6) | usize::from(trail & 0x3f);
    LETTERS[at / 64] & (1 << (at % 64)) != 0
}

impl<'a> Tokens<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut t = Tokens {
            text,
            toks: Vec::with_capacity(text.len() / 8),
            norm: String::new(),
            memo: std::cell::RefCell::new(Vec::new()),
        };
        let mut cur = Cur::None;
        let mut glued = false;
        let mut chunk_start = 0;
        let mut chunk_flags = false;
        let mut ci = 0usize;
        let bytes = text.as_bytes();
        let mut bi = 0;
        while bi < bytes.len() {
            // Most chars continue a word with a letter that is its own folded form: nothing
            // to decide but to keep the normalized copy, if there is one, in step. They are
            // told by their bytes (lower-case ASCII, two bytes of the Arabic block): decoding
            // each char first was a third of the tokenizer's time.
            if let Cur::Word { nstart, latin, .. } = &mut cur {
                let from = bi;
                loop {
                    match bytes.get(bi) {
                        Some(b'a'..=b'z') => bi += 1,
                        Some(&lead @ 0xd8..=0xdb)
                            if bytes
                                .get(bi + 1)
                                .is_some_and(|&trail| unchanged_letter(lead, trail)) =>
                        {
                            *latin = false;
                            bi += 2;
                        }
                        _ => break,
                    }
                    ci += 1;
                }
                if nstart.is_some() {
                    t.norm.push_str(&text[from..bi]);
                }
            }
            let Some(c) = text[bi..].chars().next() else {
                break;
            };
            match class(c) {
                Class::Space => {
                    t.flush(&mut cur, bi, ci, &mut glued);
                    if chunk_flags {
                        t.mark_url(chunk_start);
                    }
                    // A line break ends a paragraph, a headline or a table row: no number and
                    // no phrase runs across it. Blank lines are one break.
                    let broken =
                        matches!(t.toks.last().map(|x| x.kind), Some(TokKind::Punct('\n')));
                    if matches!(c, '\n' | '\u{2029}') && !t.toks.is_empty() && !broken {
                        let b = (bi, bi + c.len_utf8());
                        t.push(TokKind::Punct('\n'), b, (ci, ci + 1), None, false);
                    }
                    chunk_start = t.toks.len();
                    chunk_flags = false;
                    glued = false;
                }
                Class::Digit(d, script) => match &mut cur {
                    Cur::Digits { value, len, .. } => {
                        *value = value.saturating_mul(10).saturating_add(u64::from(d));
                        *len += 1;
                    }
                    _ => {
                        t.flush(&mut cur, bi, ci, &mut glued);
                        cur = Cur::Digits {
                            start: bi,
                            cstart: ci,
                            value: u64::from(d),
                            len: 1,
                            script,
                        };
                    }
                },
                Class::Letter => {
                    let n = normalized(c);
                    if let Cur::Word {
                        start,
                        nstart,
                        latin,
                        zwnj,
                        ..
                    } = &mut cur
                    {
                        *latin &= c.is_ascii_alphabetic();
                        if nstart.is_none() && n != Some(c) {
                            *nstart = Some(t.norm.len());
                            t.norm.push_str(&text[*start..bi]);
                        }
                        if c == '\u{200C}' && zwnj.is_none() {
                            let before = t.norm.len() - nstart.unwrap_or(t.norm.len());
                            *zwnj = Some((bi, ci, before));
                        }
                        if let (Some(_), Some(n)) = (nstart, n) {
                            t.norm.push(n);
                        }
                    } else if is_ignorable_in_word(c) {
                        // A joiner between a digit and a letter (`۲۰‌امین`) only separates them.
                        t.flush(&mut cur, bi, ci, &mut glued);
                    } else {
                        t.flush(&mut cur, bi, ci, &mut glued);
                        let nstart = (n != Some(c)).then_some(t.norm.len());
                        if let (Some(_), Some(n)) = (nstart, n) {
                            t.norm.push(n);
                        }
                        cur = Cur::Word {
                            start: bi,
                            cstart: ci,
                            nstart,
                            latin: c.is_ascii_alphabetic(),
                            zwnj: None,
                        };
                    }
                }
                Class::Other => {
                    t.flush(&mut cur, bi, ci, &mut glued);
                    // `آدرسsite99.ac.ir`: a domain typed onto a Persian word has no `/` to
                    // flag it; a point after a Latin word does.
                    let after_latin = matches!(
                        t.toks.last().map(|k| k.kind),
                        Some(TokKind::Word { latin: true })
                    );
                    chunk_flags |= matches!(c, '/' | '@' | ':') || (c == '.' && after_latin);
                    t.push(
                        TokKind::Punct(c),
                        (bi, bi + c.len_utf8()),
                        (ci, ci + 1),
                        None,
                        glued,
                    );
                    glued = true;
                }
            }
            bi += c.len_utf8();
            ci += 1;
        }
        t.flush(&mut cur, text.len(), ci, &mut glued);
        if chunk_flags {
            t.mark_url(chunk_start);
        }
        t
    }

    fn push(
        &mut self,
        kind: TokKind,
        b: (usize, usize),
        c: (usize, usize),
        owned: Option<(usize, usize)>,
        glued: bool,
    ) {
        let norm = owned.unwrap_or(b);
        self.toks.push(Token {
            kind,
            byte_start: b.0,
            byte_end: b.1,
            char_start: c.0,
            char_end: c.1,
            glued,
            url: false,
            norm: (norm.0 as u32, norm.1 as u32),
            norm_owned: owned.is_some(),
        });
    }

    /// Ends the token being read, if there is one. Asked at every space and at the start of
    /// every word, mostly with none: that case is answered inline (a call there and the
    /// move of `cur` were 2.5% of `extract`'s instructions).
    #[inline]
    fn flush(&mut self, cur: &mut Cur, bi: usize, ci: usize, glued: &mut bool) {
        if !matches!(cur, Cur::None) {
            self.flush_token(cur, bi, ci, glued);
        }
    }

    fn flush_token(&mut self, cur: &mut Cur, bi: usize, ci: usize, glued: &mut bool) {
        match std::mem::replace(cur, Cur::None) {
            Cur::None => return,
            Cur::Digits {
                start,
                cstart,
                value,
                len,
                script,
            } => self.push(
                TokKind::Digits { value, len, script },
                (start, bi),
                (cstart, ci),
                None,
                *glued,
            ),
            Cur::Word {
                start,
                cstart,
                nstart,
                latin,
                zwnj,
            } => {
                let owned = nstart.map(|n| (n, self.norm.len()));
                let split = zwnj.zip(owned).filter(|&((_, _, before), (n, end))| {
                    super::words::counted_compound(
                        &self.norm[n..n + before],
                        &self.norm[n + before..end],
                    )
                });
                if let Some(((zb, zc, before), (n, end))) = split {
                    // `پنج‌ماهه`, `دو‌ساله`: a number word and what it counts, joined by a
                    // ZWNJ, are two words.
                    let kind = TokKind::Word { latin };
                    self.push(
                        kind,
                        (start, zb),
                        (cstart, zc),
                        Some((n, n + before)),
                        *glued,
                    );
                    let after = (zb + '\u{200C}'.len_utf8(), zc + 1);
                    self.push(
                        kind,
                        (after.0, bi),
                        (after.1, ci),
                        Some((n + before, end)),
                        true,
                    );
                } else if let Some(cut) = (!latin)
                    .then(|| self.one_typed_onto_time(start, bi, owned))
                    .flatten()
                {
                    // `یکسال`, `یکماه`: `یک` typed onto a unit of time is `یک سال`, a span
                    // or "a year" as the rules tell them apart, not a word of its own.
                    let kind = TokKind::Word { latin };
                    let one = owned.map(|(n, _)| (n, n + "یک".len()));
                    self.push(
                        kind,
                        (start, start + cut),
                        (cstart, cstart + 2),
                        one,
                        *glued,
                    );
                    let rest = owned.map(|(n, end)| (n + "یک".len(), end));
                    self.push(kind, (start + cut, bi), (cstart + 2, ci), rest, true);
                } else {
                    self.push(
                        TokKind::Word { latin },
                        (start, bi),
                        (cstart, ci),
                        owned,
                        *glued,
                    )
                }
            }
        }
        *glued = true;
    }

    /// The bytes of `یک` at the start of the word `start..end` when the rest of it is a unit
    /// of time (`یکسال`, `یکروز`); not `یکسان` nor `یکشنبه`. Not an adjective either: `جوجه
    /// یکروزه` (a day-old chick) is one word to the phrase reader.
    fn one_typed_onto_time(
        &self,
        start: usize,
        end: usize,
        owned: Option<(usize, usize)>,
    ) -> Option<usize> {
        let word = owned.map_or(&self.text[start..end], |(n, e)| &self.norm[n..e]);
        // Every word ends here: only one opening with `یک` goes on.
        let rest = word.strip_prefix("یک")?;
        let time = ["year", "month", "week", "day", "hour", "minute"]
            .iter()
            .any(|&code| persian_unit(code) == rest);
        let mut letters = self.text[start..end].chars();
        let (y, k) = (letters.next()?, letters.next()?);
        let one = normalized(y) == Some('ی') && normalized(k) == Some('ک');
        (time && one).then(|| y.len_utf8() + k.len_utf8())
    }

    #[inline]
    fn norm_of(&self, tok: &Token) -> &str {
        let (a, b) = (tok.norm.0 as usize, tok.norm.1 as usize);
        if tok.norm_owned {
            &self.norm[a..b]
        } else {
            &self.text[a..b]
        }
    }

    /// A whitespace-delimited chunk that holds `://`, `www.`, a web domain or an `@` is an
    /// address: none of its digits are figures.
    fn mark_url(&mut self, from: usize) {
        let chunk = &self.toks[from..];
        let is_url = chunk.iter().enumerate().any(|(k, tok)| {
            let word = self.norm_of(tok);
            match tok.kind {
                TokKind::Punct('@') => k > 0,
                TokKind::Punct(':') => {
                    matches!(chunk.get(k + 1).map(|t| t.kind), Some(TokKind::Punct('/')))
                }
                TokKind::Word { latin: true } => {
                    word == "www"
                        || word == "http"
                        || word == "https"
                        || (k > 0
                            && matches!(chunk[k - 1].kind, TokKind::Punct('.'))
                            && matches!(word, "ir" | "com" | "org" | "net" | "gov" | "io" | "info"))
                }
                _ => false,
            }
        });
        if is_url {
            for tok in &mut self.toks[from..] {
                tok.url = true;
            }
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    #[inline]
    pub fn get(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }

    /// The normalized word at `i`, or "" for anything else (and past the end).
    #[inline]
    pub fn word(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if matches!(t.kind, TokKind::Word { .. }) => self.norm_of(t),
            _ => "",
        }
    }

    #[inline]
    pub fn is_latin_word(&self, i: usize) -> bool {
        matches!(
            self.toks.get(i).map(|t| t.kind),
            Some(TokKind::Word { latin: true })
        )
    }

    #[inline]
    pub fn punct(&self, i: usize) -> Option<char> {
        match self.toks.get(i)?.kind {
            TokKind::Punct(c) => Some(c),
            _ => None,
        }
    }

    /// Whether token `i` opens a line of the text (results tables, numbered lists and rate
    /// lines are read by their lines).
    pub fn line_start(&self, i: usize) -> bool {
        i == 0 || self.punct(i - 1) == Some('\n')
    }

    #[inline]
    pub fn digits(&self, i: usize) -> Option<(u64, u32, Script)> {
        match self.toks.get(i)?.kind {
            TokKind::Digits { value, len, script } => Some((value, len, script)),
            _ => None,
        }
    }

    #[inline]
    pub fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.glued)
    }

    /// How many bytes of token `k`'s original text spell the first `norm_bytes` bytes of its
    /// normalized word (they differ where a ZWNJ or an Arabic letter was folded).
    pub fn raw_len(&self, k: usize, norm_bytes: usize) -> usize {
        let Some(tok) = self.toks.get(k) else {
            return 0;
        };
        let raw = &self.text[tok.byte_start..tok.byte_end];
        if !tok.norm_owned {
            return norm_bytes.min(raw.len());
        }
        let mut seen = 0;
        for (at, c) in raw.char_indices() {
            if seen >= norm_bytes {
                return at;
            }
            seen += normalized(c).map_or(0, char::len_utf8);
        }
        raw.len()
    }

    /// Original text of tokens `from..to`.
    pub fn slice(&self, from: usize, to: usize) -> &'a str {
        match (
            self.toks.get(from),
            to.checked_sub(1).and_then(|k| self.toks.get(k)),
        ) {
            (Some(a), Some(b)) if from < to => &self.text[a.byte_start..b.byte_end],
            _ => "",
        }
    }
}

#[cfg(test)]
mod tests;
