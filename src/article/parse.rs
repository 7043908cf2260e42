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

/// Parses the complete lines of JSON Lines bytes, numbering them from `first_line`; blank lines
/// are skipped. With `at_eof` a last line without its newline counts as complete (the file is
/// whole); otherwise it is left for later. Returns the entries and how many bytes were consumed,
/// so a growing file can be tailed from there. Each line may be in any JSON format (IRNA,
/// aliases, ninjs).
pub fn parse_lines(bytes: &[u8], first_line: usize, at_eof: bool) -> (Vec<Entry>, usize) {
    let mut entries = Vec::new();
    let mut consumed = 0;
    let mut line_no = first_line;
    // Past `MAX_ITEMS` unreadable lines, the rest are counted into one entry: each error costs
    // memory here and a row in the desk's list, and a file of a million broken lines needs
    // saying once, not a million times.
    let mut errors = 0;
    let mut unlisted: Option<(usize, usize)> = None;
    while consumed < bytes.len() {
        let rest = &bytes[consumed..];
        let (line, advance) = match rest.iter().position(|&b| b == b'\n') {
            Some(i) => (&rest[..i], i + 1),
            None if at_eof => (rest, rest.len()),
            None => break,
        };
        let line = if consumed == 0 && first_line == 1 {
            line.strip_prefix(BOM).unwrap_or(line)
        } else {
            line
        };
        if !line.iter().all(u8::is_ascii_whitespace) {
            let (format, result) = parse_line(line, consumed);
            if result.is_err() {
                errors += 1;
            }
            if result.is_ok() || errors <= MAX_ITEMS {
                entries.push(Entry {
                    position: Some(Position::Line(line_no)),
                    format,
                    result,
                });
            } else {
                unlisted.get_or_insert((line_no, 0)).1 += 1;
            }
        }
        consumed += advance;
        line_no += 1;
    }
    if let Some((first, count)) = unlisted {
        entries.push(Entry {
            position: Some(Position::Line(first)),
            format: None,
            result: Err(ParseError::MoreBadLines {
                count,
                listed: MAX_ITEMS,
            }),
        });
    }
    if at_eof && entries.is_empty() && first_line == 1 {
        entries.push(Entry::whole(None, Err(ParseError::Empty)));
    }
    (entries, consumed)
}

fn parse_line(line: &[u8], offset: usize) -> (Option<Format>, Result<Article, ParseError>) {
    match checked_text(line, offset) {
        Ok(text) => format::json_line(text),
        Err(e) => (None, Err(e)),
    }
}

/// Strips a UTF-8 byte-order mark.
pub(crate) fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(BOM).unwrap_or(bytes)
}

/// NUL bytes are refused outright (no wire format sends them; they mean a truncated or binary
/// file), then UTF-8 is checked. Offsets are counted from the start of the file.
pub(crate) fn checked_text(bytes: &[u8], offset: usize) -> Result<&str, ParseError> {
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(ParseError::Nul {
            offset: offset + at,
        });
    }
    std::str::from_utf8(bytes).map_err(|e| ParseError::InvalidUtf8 {
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
        let (lines, _) = parse_lines(b"[{\"titr\":\"x\"}]\n", 1, true);
        assert_eq!(
            lines[0].result.as_ref().unwrap_err().to_string(),
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
        let bytes = b"{\"titr\":\"a\"}\n\nnot json\n{\"titr\":\"c\"}\n{\"titr\":\"par";
        let (entries, consumed) = parse_lines(bytes, 1, false);
        let lines: Vec<_> = entries
            .iter()
            .map(|e| (e.position, e.result.is_ok()))
            .collect();
        let line = |n| Some(Position::Line(n));
        assert_eq!(lines, [(line(1), true), (line(3), false), (line(4), true)]);
        assert_eq!(&bytes[consumed..], b"{\"titr\":\"par");
        let (entries, _) = parse_lines(&bytes[consumed..], 5, true);
        assert_eq!(entries[0].position, Some(Position::Line(5)));
        assert_eq!(entries[0].position.unwrap().to_string(), ":5");
        assert_eq!(Position::Item(2).to_string(), " item 2");
        assert!(entries[0].result.is_err());
    }

    #[test]
    fn unreadable_lines_past_the_cap_are_counted_once() {
        let mut text = "x\n".repeat(MAX_ITEMS + 3);
        text.push_str("{\"titr\":\"kept\"}\n");
        let (entries, _) = parse_lines(text.as_bytes(), 1, true);
        assert_eq!(entries.len(), MAX_ITEMS + 2);
        assert_eq!(entries[MAX_ITEMS].result.as_ref().unwrap().headline, "kept");
        let last = &entries[MAX_ITEMS + 1];
        assert_eq!(last.position, Some(Position::Line(MAX_ITEMS + 1)));
        assert_eq!(
            last.result.as_ref().unwrap_err().to_string(),
            "3 lines from here on are not articles (only the first 10000 such lines are listed)"
        );
    }

    #[test]
    fn empty_jsonl_is_one_error() {
        let (entries, _) = parse_lines(b"\n\n", 1, true);
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].result, Err(ParseError::Empty));
    }
}
