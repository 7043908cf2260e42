//! Laid-out text kept per (caller's key, width, mode), so redrawing unchanged text is a lookup.
//! The caller names its texts (the app: article id and field); this layer knows only text.
//!
//! Bounded by bytes, not entries: a laid-out cell costs ~70 bytes, so one 7 MB text laid out
//! whole would be half a gigabyte. Short texts are laid out whole ([`LayoutCache::get`]); long
//! ones ([`LayoutCache::rows`]) are cut into pieces at paragraph breaks and only the pieces on
//! screen are laid out, their row counts estimated until then.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::mem::size_of;
use std::ops::Range;
use std::sync::Arc;

use lru::LruCache;

use super::layout::{layout, VisualCell, VisualLine};
use super::mode::BidiMode;
use super::width::is_paragraph_break;

/// A piece of a long text holds at most about this many bytes: a paragraph, or a stretch of
/// one cut at a space when the paragraph is longer (its rows then wrap apart at the cut).
const PIECE_BYTES: usize = 16 * 1024;

/// Stands for the piece index of a long text's table of pieces in the cache.
const TABLE: u32 = u32::MAX;
/// Stands for the piece index of a text laid out whole.
const WHOLE: u32 = u32::MAX - 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Key<K> {
    text: K,
    width: usize,
    mode: BidiMode,
    piece: u32,
}

#[derive(Debug)]
enum Entry {
    /// A text laid out whole, with the text itself: a caller's text rewritten under the same
    /// name is laid out again.
    Whole {
        text: Box<str>,
        lines: Arc<[VisualLine]>,
    },
    /// Where a long text's pieces are, and how many rows each has (or is guessed to have).
    Table { len: usize, pieces: Vec<Piece> },
    /// One piece of a long text laid out, with what identifies the piece it was laid out from.
    Piece {
        hash: u64,
        first_char: usize,
        lines: Arc<[VisualLine]>,
    },
}

#[derive(Debug, Clone)]
struct Piece {
    bytes: Range<usize>,
    /// Char offset of the piece in the whole text.
    first_char: usize,
    /// Of the piece's text when it was cut: a text rewritten under the same name is cut again.
    hash: u64,
    rows: usize,
    /// `rows` is a guess from the piece's length: it has not been laid out at this width yet.
    estimated: bool,
}

/// Rows of a long text, as [`LayoutCache::rows`] hands them out.
#[derive(Debug, Default)]
pub struct Rows {
    /// Laid-out pieces with the range of their rows wanted, in order.
    parts: Vec<(Arc<[VisualLine]>, Range<usize>)>,
    /// All the text's rows: exact for pieces laid out, estimated for the rest.
    pub total: usize,
    /// The row the first one handed out stands at (the request, clamped to `total`).
    pub first: usize,
}

impl Rows {
    pub fn iter(&self) -> impl Iterator<Item = &VisualLine> + '_ {
        self.parts
            .iter()
            .flat_map(|(lines, r)| lines[r.clone()].iter())
    }
}

/// A byte-bounded cache of [`layout`] results, least recently used out first: a resize or
/// mode switch fills it with new keys and the old ones age out.
#[derive(Debug)]
pub struct LayoutCache<K: Hash + Eq> {
    entries: LruCache<Key<K>, (Entry, usize)>,
    bytes: usize,
    budget: usize,
}

impl<K: Copy + Eq + Hash> Default for LayoutCache<K> {
    fn default() -> Self {
        Self::new(Self::DEFAULT_BUDGET)
    }
}

impl<K: Copy + Eq + Hash> LayoutCache<K> {
    /// Enough for the open article at a few widths and modes and the articles read before it
    /// (an ordinary body laid out is 100-200 KB).
    pub const DEFAULT_BUDGET: usize = 16 * 1024 * 1024;

    /// A cache holding about `budget` bytes of laid-out text at most (always the last entry).
    pub fn new(budget: usize) -> Self {
        LayoutCache {
            entries: LruCache::unbounded(),
            bytes: 0,
            budget,
        }
    }

    /// The rows of `text`, known to the caller as `name`, at `width` in `mode`; laid out on the
    /// first request and whenever the text differs from the one cached under that name.
    pub fn get(&mut self, name: K, text: &str, width: usize, mode: BidiMode) -> Arc<[VisualLine]> {
        let key = Key {
            text: name,
            width,
            mode,
            piece: WHOLE,
        };
        if let Some((Entry::Whole { text: held, lines }, _)) = self.entries.get(&key) {
            if **held == *text {
                return Arc::clone(lines);
            }
        }
        let lines: Arc<[VisualLine]> = layout(text, width, mode).into();
        let size = text.len() + lines_bytes(&lines);
        let entry = Entry::Whole {
            text: text.into(),
            lines: Arc::clone(&lines),
        };
        self.put(key, entry, size);
        lines
    }

    /// Rows `first..first + count` of `text` (named, laid out and checked as for
    /// [`LayoutCache::get`]), laying out only the pieces they fall in. Drawing a long text
    /// this way costs what is on screen, whatever the text's length. An empty text has no rows.
    pub fn rows(
        &mut self,
        name: K,
        text: &str,
        width: usize,
        mode: BidiMode,
        first: usize,
        count: usize,
    ) -> Rows {
        if width == 0 || text.is_empty() {
            return Rows::default();
        }
        let table_key = Key {
            text: name,
            width,
            mode,
            piece: TABLE,
        };
        let mut pieces = match self.entries.pop(&table_key) {
            Some((Entry::Table { len, pieces }, size)) if len == text.len() => {
                self.bytes -= size;
                pieces
            }
            other => {
                if let Some((_, size)) = other {
                    self.bytes -= size;
                }
                cut(text, width)
            }
        };
        let mut out = Rows::default();
        let mut total: usize = pieces.iter().map(|p| p.rows).sum();
        out.first = first.min(total);
        let (mut row, mut i) = (0, 0);
        while i < pieces.len() && out.parts.iter().map(|(_, r)| r.len()).sum::<usize>() < count {
            let end = row + pieces[i].rows;
            if end <= out.first {
                row = end;
                i += 1;
                continue;
            }
            let current = text.get(pieces[i].bytes.clone()).map(hash_of);
            if current != Some(pieces[i].hash) {
                // The text changed under this name since it was cut: cut it again.
                pieces = cut(text, width);
                total = pieces.iter().map(|p| p.rows).sum();
                out = Rows {
                    first: first.min(total),
                    ..Rows::default()
                };
                (row, i) = (0, 0);
                continue;
            }
            let lines = self.piece(name, text, width, mode, &pieces[i], i as u32);
            if pieces[i].estimated || pieces[i].rows != lines.len() {
                total = total - pieces[i].rows + lines.len();
                pieces[i].rows = lines.len();
                pieces[i].estimated = false;
                if row + lines.len() <= out.first {
                    // Shorter than guessed: the wanted row moved on to later pieces.
                    row += lines.len();
                    i += 1;
                    continue;
                }
            }
            let from = out.first.saturating_sub(row);
            let wanted = count - out.parts.iter().map(|(_, r)| r.len()).sum::<usize>();
            let to = lines.len().min(from + wanted);
            out.parts.push((lines, from..to));
            row += pieces[i].rows;
            i += 1;
        }
        out.total = total;
        let size = pieces.len() * size_of::<Piece>();
        self.put(
            table_key,
            Entry::Table {
                len: text.len(),
                pieces,
            },
            size,
        );
        out
    }

    /// Piece `index` of `text` laid out, from the cache when it was laid out before.
    fn piece(
        &mut self,
        name: K,
        text: &str,
        width: usize,
        mode: BidiMode,
        piece: &Piece,
        index: u32,
    ) -> Arc<[VisualLine]> {
        let key = Key {
            text: name,
            width,
            mode,
            piece: index,
        };
        if let Some((
            Entry::Piece {
                hash,
                first_char,
                lines,
            },
            _,
        )) = self.entries.get(&key)
        {
            if (*hash, *first_char) == (piece.hash, piece.first_char) {
                return Arc::clone(lines);
            }
        }
        let mut lines = layout(&text[piece.bytes.clone()], width, mode);
        let shift = piece.first_char;
        for line in &mut lines {
            line.logical = line.logical.start + shift..line.logical.end + shift;
            for cell in &mut line.cells {
                cell.logical += shift;
            }
        }
        let lines: Arc<[VisualLine]> = lines.into();
        let size = lines_bytes(&lines);
        let entry = Entry::Piece {
            hash: piece.hash,
            first_char: piece.first_char,
            lines: Arc::clone(&lines),
        };
        self.put(key, entry, size);
        lines
    }

    fn put(&mut self, key: Key<K>, entry: Entry, size: usize) {
        if let Some((_, old)) = self.entries.put(key, (entry, size)) {
            self.bytes -= old;
        }
        self.bytes += size;
        while self.bytes > self.budget && self.entries.len() > 1 {
            let Some((_, (_, size))) = self.entries.pop_lru() else {
                break;
            };
            self.bytes -= size;
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// About how many bytes the laid-out text held takes.
    pub fn bytes(&self) -> usize {
        self.bytes
    }
}

/// What laid-out rows cost in memory: each cell's struct and its string's heap block.
fn lines_bytes(lines: &[VisualLine]) -> usize {
    // The smallest heap block glibc hands out, for a cluster of a few bytes.
    const BLOCK: usize = 32;
    lines
        .iter()
        .map(|l| {
            size_of::<VisualLine>()
                + l.cells.capacity() * size_of::<VisualCell>()
                + l.cells
                    .iter()
                    .map(|c| c.text.capacity().max(BLOCK))
                    .sum::<usize>()
        })
        .sum()
}

fn hash_of(text: &str) -> u64 {
    let mut h = DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

/// Cuts `text` into pieces of at least a quarter of [`PIECE_BYTES`] at paragraph breaks (`\n`,
/// and a `\r\n` whole), and paragraphs longer than [`PIECE_BYTES`] at a space, each with its
/// rows at `width` guessed from its paragraphs' lengths.
fn cut(text: &str, width: usize) -> Vec<Piece> {
    let guess = |chars: usize| chars.div_ceil(width).max(1);
    let mut pieces = Vec::new();
    let push = |pieces: &mut Vec<Piece>, bytes: Range<usize>, first_char: usize, rows: usize| {
        pieces.push(Piece {
            hash: hash_of(&text[bytes.clone()]),
            bytes,
            first_char,
            rows,
            estimated: true,
        });
    };
    // The piece being cut: where it starts, its chars so far, the rows of its paragraphs
    // already ended, the chars of the paragraph under way, and its last space.
    let (mut start, mut first_char, mut chars, mut rows, mut para) = (0, 0, 0, 0, 0);
    let mut last_space: Option<(usize, usize, usize)> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((at, c)) = iter.next() {
        if is_paragraph_break(c) {
            let (mut next, mut skipped) = (at + c.len_utf8(), 1);
            if c == '\r' && iter.next_if(|&(_, n)| n == '\n').is_some() {
                (next, skipped) = (next + 1, 2);
            }
            rows += guess(para);
            (para, last_space) = (0, None);
            if next - start >= PIECE_BYTES / 4 {
                push(&mut pieces, start..at, first_char, rows);
                first_char += chars + skipped;
                (start, chars, rows) = (next, 0, 0);
            } else {
                chars += skipped;
            }
            continue;
        }
        chars += 1;
        para += 1;
        if c == ' ' {
            last_space = Some((at + 1, chars, para));
        }
        if at + c.len_utf8() - start >= PIECE_BYTES {
            // A stretch of one long paragraph: cut after its last space (or here, if none).
            let (end, n, p) = last_space.unwrap_or((at + c.len_utf8(), chars, para));
            push(&mut pieces, start..end, first_char, rows + guess(p));
            first_char += n;
            (start, chars, para, rows, last_space) = (end, chars - n, para - p, 0, None);
        }
    }
    push(
        &mut pieces,
        start..text.len(),
        first_char,
        rows + guess(para),
    );
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADLINE: &str = "601 هزار کارت هوشمند ملی در قم صادر شد";

    #[test]
    fn a_second_request_returns_the_same_rows() {
        let mut cache = LayoutCache::default();
        let a = cache.get((1, "headline"), HEADLINE, 40, BidiMode::Shaped);
        let b = cache.get((1, "headline"), HEADLINE, 40, BidiMode::Shaped);
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(&*a, layout(HEADLINE, 40, BidiMode::Shaped).as_slice());
    }

    #[test]
    fn width_mode_field_and_text_are_part_of_the_key() {
        let mut cache = LayoutCache::default();
        let a = cache.get((1, "headline"), HEADLINE, 40, BidiMode::Shaped);
        for other in [
            cache.get((1, "headline"), HEADLINE, 20, BidiMode::Shaped),
            cache.get((1, "headline"), HEADLINE, 40, BidiMode::Terminal),
            cache.get((1, "lead"), HEADLINE, 40, BidiMode::Shaped),
            cache.get((2, "headline"), HEADLINE, 40, BidiMode::Shaped),
        ] {
            assert!(!Arc::ptr_eq(&a, &other));
        }
        let changed = cache.get((1, "headline"), "خبر تازه", 40, BidiMode::Shaped);
        assert_eq!(changed[0].cells.len(), 8);
    }

    #[test]
    fn stays_within_its_byte_budget_and_keeps_recent_entries() {
        let one = lines_bytes(&layout(HEADLINE, 10, BidiMode::Shaped)) + HEADLINE.len();
        let mut cache = LayoutCache::new(one * 8);
        let kept = cache.get((0, "body"), HEADLINE, 10, BidiMode::Shaped);
        for id in 1..100 {
            cache.get((id, "body"), HEADLINE, 10, BidiMode::Shaped);
            let again = cache.get((0, "body"), HEADLINE, 10, BidiMode::Shaped);
            assert!(Arc::ptr_eq(&kept, &again));
            assert!(cache.bytes() <= one * 8 && cache.len() <= 8);
        }
    }

    fn paragraphs(n: usize) -> String {
        (0..n)
            .map(|i| format!("بند {i} با ۱۲ درصد رشد و 601 هزار نفر. ").repeat(1 + i % 7))
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn texts(rows: &Rows) -> Vec<String> {
        rows.iter().map(VisualLine::text).collect()
    }

    #[test]
    fn rows_of_a_long_text_are_the_rows_of_its_whole_layout() {
        let mut text = paragraphs(300);
        text.push_str("\r\nآخر");
        let whole = layout(&text, 37, BidiMode::Shaped);
        let mut cache = LayoutCache::default();
        // Before the rows above were laid out, their count is a guess: what comes back is
        // still a run of the real rows.
        let rows = cache.rows(7, &text, 37, BidiMode::Shaped, 250, 20);
        let got = texts(&rows);
        assert_eq!(got.len(), 20);
        let all: Vec<String> = whole.iter().map(VisualLine::text).collect();
        assert!(
            all.windows(20).any(|w| w == got.as_slice()),
            "a run of real rows"
        );
        // Walked through once, every count is exact and every row is the whole layout's.
        let mut first = 0;
        while first < cache.rows(7, &text, 37, BidiMode::Shaped, 0, 0).total {
            cache.rows(7, &text, 37, BidiMode::Shaped, first, 40);
            first += 40;
        }
        assert_eq!(
            cache.rows(7, &text, 37, BidiMode::Shaped, 0, 1).total,
            whole.len()
        );
        for first in [0, 1, 250, whole.len() / 2, whole.len() - 5] {
            let rows = cache.rows(7, &text, 37, BidiMode::Shaped, first, 20);
            let want = whole.iter().skip(first).take(20);
            assert!(
                rows.iter().eq(want),
                "rows from {first}, source offsets included"
            );
        }
    }

    #[test]
    fn a_paragraph_too_long_for_one_piece_is_cut_at_spaces() {
        let text = format!("آغاز\n{}\nپایان", "کلمه‌ای بلند ".repeat(3_000));
        let mut cache = LayoutCache::default();
        let total = cache
            .rows(1, &text, 37, BidiMode::Shaped, 0, usize::MAX)
            .total;
        let rows = cache.rows(1, &text, 37, BidiMode::Shaped, 0, usize::MAX);
        assert_eq!(rows.total, total);
        let lines: Vec<&VisualLine> = rows.iter().collect();
        assert_eq!(lines.len(), total);
        assert!(lines.iter().all(|l| l.width <= 37));
        // Every word shows, in order, where the text has it.
        let words: usize = lines.iter().map(|l| l.text().matches("ﻪ").count()).sum();
        assert_eq!(words, 3_000);
        assert!(lines
            .windows(2)
            .all(|w| w[0].logical.end <= w[1].logical.start));
        assert_eq!(lines.last().unwrap().logical.end, text.chars().count());
    }

    #[test]
    fn a_huge_text_costs_what_is_on_screen() {
        // One 8 MB paragraph without a break, and 8 MB of short paragraphs.
        for text in ["کلمه ".repeat(900_000), "سطر کوتاه ۱۲\n".repeat(400_000)] {
            let mut cache = LayoutCache::new(4 << 20);
            let rows = cache.rows(1, &text, 80, BidiMode::Shaped, 1_000, 48);
            assert_eq!(rows.iter().count(), 48);
            assert!(rows.total > 10_000);
            assert!(cache.bytes() < 4 << 20, "{} bytes held", cache.bytes());
            let end = cache.rows(1, &text, 80, BidiMode::Shaped, usize::MAX, 48);
            assert_eq!(end.first, end.total);
            let last = cache.rows(1, &text, 80, BidiMode::Shaped, end.total - 10, 48);
            assert!(last.iter().count() >= 1);
            assert!(cache.bytes() < 4 << 20);
        }
    }

    #[test]
    fn a_rewritten_text_is_cut_again() {
        let mut cache = LayoutCache::default();
        let first = paragraphs(50);
        cache.rows(1, &first, 30, BidiMode::Shaped, 0, 10);
        let second = first.replacen("بند 0", "BAND 0", 1);
        let rows = cache.rows(1, &second, 30, BidiMode::Shaped, 0, 10);
        let want = layout(&second, 30, BidiMode::Shaped);
        assert!(rows.iter().eq(want.iter().take(10)));
        // Same length, different text: noticed by the piece's hash.
        let third = second.replacen("BAND", "BOND", 1);
        assert_eq!(third.len(), second.len());
        let rows = cache.rows(1, &third, 30, BidiMode::Shaped, 0, 1);
        assert!(texts(&rows)[0].contains("BOND"));
    }
}
