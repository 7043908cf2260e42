//! From bytes to entries: a whole file (one article, or several items of a NewsML-G2 message or
//! a JSON array), or the lines of a JSON Lines file, each in whichever format it is written.

use super::error::ParseError;
use super::format;
use super::model::{Article, Format};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The most items one file (a NewsML-G2 message, a JSON array) gives: as many as the desk holds
/// by default, and far more than any feed sends at once. Each item costs memory whatever its
/// size, so a file of a million empty items must not become a million entries.
pub(crate) const MAX_ITEMS: usize = 10_000;

/// Where in a file an entry comes from, when the file holds more than one: a line of a JSON
/// Lines file, or an item of a multi-item file (a NewsML-G2 `newsMessage`, a JSON array), each
/// numbered from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Position {
    Line(usize),
    Item(usize),
}

impl Position {
    pub fn number(self) -> usize {
        match self {
            Position::Line(n) | Position::Item(n) => n,
        }
    }
}

/// Written after the file's path, as the desk's error list and logs show it: `feed.jsonl:3`
/// (the form editors and compilers use for lines), `feed.xml item 2`.
impl std::fmt::Display for Position {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            Position::Line(n) => write!(f, ":{n}"),
            Position::Item(n) => write!(f, " item {n}"),
        }
    }
}

/// One article (or the reason there is none) from a file: the one of a single-article file
/// (`position` is `None`), a line of a JSON Lines file, or an item of a multi-item file.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub position: Option<Position>,
    /// The format the entry was read as, when it got that far.
    pub format: Option<Format>,
    pub result: Result<Article, ParseError>,
}

impl Entry {
    pub(crate) fn whole(format: Option<Format>, result: Result<Article, ParseError>) -> Entry {
        Entry {
            position: None,
            format,
            result,
        }
    }

    /// Item `n` of a multi-item file.
    pub(crate) fn item(
        n: usize,
        format: Option<Format>,
        result: Result<Article, ParseError>,
    ) -> Entry {
        Entry {
            position: Some(Position::Item(n)),
            format,
            result,
        }
    }
}

/// Parses a whole file's bytes, whatever format they are in (found from the content, not the
/// name): a UTF-8 BOM is accepted. Gives one entry, or one per item of a multi-item file.
pub fn parse_document(bytes: &[u8]) -> Vec<Entry> {
    format::document(bytes)
}

/// Parses a file that must hold exactly one article: the first entry of [`parse_document`],
/// or an error when the file holds several items.
pub fn parse_object(bytes: &[u8]) -> Result<Article, ParseError> {
    let mut entries = parse_document(bytes);
    match entries.len() {
        1 if entries[0].position.is_none() => entries.remove(0).result,
        count => Err(ParseError::SeveralItems { count }),
    }
}

/// Parses one line of a JSON Lines file (without its newline), numbered `number`; `None` when
/// it is blank. The first line may open with a BOM. Each line may be in any JSON format (IRNA,
/// aliases, ninjs). Readers split the lines themselves: a whole file a line at a time, a
/// growing one as its lines are completed. Offsets in errors count from the line's start.
pub fn parse_jsonl_line(line: &[u8], number: usize) -> Option<Entry> {
    let line = if number == 1 { strip_bom(line) } else { line };
    if line.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    let (format, result) = match checked_text(line, 0) {
        Ok(text) => format::json_line(text),
        Err(e) => (None, Err(e)),
    };
    Some(Entry {
        position: Some(Position::Line(number)),
        format,
        result,
    })
}

/// The entries of one read of a JSON Lines file, in order. Past `MAX_ITEMS` unreadable lines,
/// the rest are counted into one last entry: each error costs memory here and a row in the
/// desk's list, and a file of a million broken lines needs saying once, not a million times.
#[derive(Debug, Default)]
pub struct LineEntries {
    entries: Vec<Entry>,
    errors: usize,
    /// The first line left unlisted, and how many were.
    unlisted: Option<(usize, usize)>,
}

impl LineEntries {
    pub fn push(&mut self, entry: Entry) {
        if entry.result.is_err() {
            self.errors += 1;
            if self.errors > MAX_ITEMS {
                let line = entry.position.map_or(0, Position::number);
                self.unlisted.get_or_insert((line, 0)).1 += 1;
                return;
            }
        }
        self.entries.push(entry);
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty() && self.unlisted.is_none()
    }

    pub fn finish(mut self) -> Vec<Entry> {
        if let Some((first, count)) = self.unlisted {
            self.entries.push(Entry {
                position: Some(Position::Line(first)),
                format: None,
                result: Err(ParseError::MoreBadLines {
                    count,
                    listed: MAX_ITEMS,
                }),
            });
        }
        self.entries
    }
}

/// Strips a UTF-8 byte-order mark.
pub(crate) fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(BOM).unwrap_or(bytes)
}

/// NUL bytes are refused outright (no wire format sends them; they mean a truncated or binary
/// file), then UTF-8 is checked. Offsets are counted from the start of the file. Every byte of
/// every file passes here: memchr and simdutf8 check 16-32 bytes at a step, where
/// `std::str::from_utf8` took a char at a time through Persian text (4.5% of `extract`).
pub(crate) fn checked_text(bytes: &[u8], offset: usize) -> Result<&str, ParseError> {
    if let Some(at) = memchr::memchr(0, bytes) {
        return Err(ParseError::Nul {
            offset: offset + at,
        });
    }
    simdutf8::compat::from_utf8(bytes).map_err(|e| ParseError::InvalidUtf8 {
        offset: offset + e.valid_up_to(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(bytes: &[u8]) -> String {
        parse_object(bytes).unwrap_err().to_string()
    }

    #[test]
    fn aliases_map_to_fields() {
        let a = parse_object(
            br#"{"title":"T","abstract":"L","content":["p1","p2"],"supertitle":"K",
                "date":1700000000,"agency":"AP","link":"https://x","service":"World","extra":{}}"#,
        )
        .unwrap();
        assert_eq!(
            (
                a.headline.as_str(),
                a.lead.as_str(),
                a.body.as_str(),
                a.kicker.as_str()
            ),
            ("T", "L", "p1\np2", "K")
        );
        assert_eq!(a.published.as_deref(), Some("1700000000"));
        assert_eq!(a.source.as_deref(), Some("AP"));
        assert_eq!(a.url.as_deref(), Some("https://x"));
        assert_eq!(a.category.as_deref(), Some("World"));
    }

    #[test]
    fn bad_input_is_named() {
        assert_eq!(err(b""), "empty file");
        assert_eq!(err(b" \n\t"), "empty file");
        assert_eq!(err(b"\xEF\xBB\xBF"), "empty file");
        assert_eq!(
            err(b"{\"titr\": x}"),
            "invalid JSON at line 1, column 10: expected value"
        );
        assert_eq!(err(b"{\"titr\":\"a\xffb\"}"), "invalid UTF-8 at byte 10");
        assert_eq!(err(b"{\"titr\":\"a\0\"}"), "NUL byte at byte 10");
        assert_eq!(err(b"[1,2]"), "2 items where one article was expected");
        let items = parse_document(b"[1,2]");
        assert_eq!(
            items[1].result.as_ref().unwrap_err().to_string(),
            "expected a JSON object for each item, found a number"
        );
        let line = parse_jsonl_line(b"[{\"titr\":\"x\"}]", 1).unwrap();
        assert_eq!(
            line.result.as_ref().unwrap_err().to_string(),
            "expected a JSON object at top level, found an array"
        );
        assert_eq!(
            err(b"\"x\""),
            "expected a JSON object at top level, found a string"
        );
        assert_eq!(
            err(br#"{"titr": 5}"#),
            "field `titr` must be a string, found a number"
        );
        assert_eq!(err(br#"{"text": "body only"}"#), "no headline or lead");
        assert_eq!(
            err(br#"{"titr": "  ", "describe": "\u001b[2J"}"#),
            "no headline or lead"
        );
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(err(deep.as_bytes()).starts_with("JSON nested too deeply"));
    }

    #[test]
    fn bom_is_accepted() {
        let a = parse_object(b"\xEF\xBB\xBF{\"titr\":\"x\"}").unwrap();
        assert_eq!(a.headline, "x");
    }

    #[test]
    fn lines_are_parsed_each_on_its_own() {
        let line =
            |bytes: &[u8], n| parse_jsonl_line(bytes, n).map(|e| (e.position, e.result.is_ok()));
        let at = |n| Some(Position::Line(n));
        assert_eq!(
            line(b"\xEF\xBB\xBF{\"titr\":\"a\"}", 1),
            Some((at(1), true))
        );
        assert_eq!(line(b" \t\r", 2), None);
        assert_eq!(line(b"\xEF\xBB\xBF ", 1), None);
        assert_eq!(line(b"not json", 3), Some((at(3), false)));
        assert_eq!(line(b"{\"titr\":\"par", 5), Some((at(5), false)));
        assert_eq!(Position::Line(5).to_string(), ":5");
        assert_eq!(Position::Item(2).to_string(), " item 2");
        let bad = parse_jsonl_line(b"{\"titr\":\"a\xffb\"}", 7).unwrap();
        assert_eq!(
            bad.result.unwrap_err().to_string(),
            "invalid UTF-8 at byte 10",
            "offsets count from the line's start"
        );
    }

    #[test]
    fn unreadable_lines_past_the_cap_are_counted_once() {
        let mut lines = LineEntries::default();
        for n in 1..=MAX_ITEMS + 3 {
            lines.push(parse_jsonl_line(b"x", n).unwrap());
        }
        lines.push(parse_jsonl_line(b"{\"titr\":\"kept\"}", MAX_ITEMS + 4).unwrap());
        let entries = lines.finish();
        assert_eq!(entries.len(), MAX_ITEMS + 2);
        assert_eq!(entries[MAX_ITEMS].result.as_ref().unwrap().headline, "kept");
        let last = &entries[MAX_ITEMS + 1];
        assert_eq!(last.position, Some(Position::Line(MAX_ITEMS + 1)));
        assert_eq!(
            last.result.as_ref().unwrap_err().to_string(),
            "3 lines from here on are not articles (only the first 10000 such lines are listed)"
        );
    }
}
