//! From bytes to entries: a whole file (one article, or several items of a NewsML-G2 message or
//! a JSON array), or the lines of a JSON Lines file, each in whichever format it is written.

use serde_json::Value;

use super::error::ParseError;
use super::format;
use super::model::{Article, Format};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// One article (or the reason there is none) from a file: the one of a single-article file
/// (`line` is `None`), a line of a JSON Lines file, or an item of a multi-item file (a
/// NewsML-G2 `newsMessage`, a JSON array), numbered from 1 in `line`.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub line: Option<usize>,
    /// The format the entry was read as, when it got that far.
    pub format: Option<Format>,
    pub result: Result<Article, ParseError>,
}

impl Entry {
    pub(crate) fn whole(format: Option<Format>, result: Result<Article, ParseError>) -> Entry {
        Entry {
            line: None,
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
        1 if entries[0].line.is_none() => entries.remove(0).result,
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
            entries.push(Entry {
                line: Some(line_no),
                format,
                result,
            });
        }
        consumed += advance;
        line_no += 1;
    }
    if at_eof && entries.is_empty() && first_line == 1 {
        entries.push(Entry::whole(None, Err(ParseError::Empty)));
    }
    (entries, consumed)
}

fn parse_line(line: &[u8], offset: usize) -> (Option<Format>, Result<Article, ParseError>) {
    let value = checked_text(line, offset)
        .and_then(|text| serde_json::from_str::<Value>(text).map_err(|e| ParseError::json(&e)));
    match value {
        Ok(Value::Array(_)) => (None, Err(ParseError::NotObject { found: "an array" })),
        Ok(value) => format::json_item(value),
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
        let lines: Vec<_> = entries.iter().map(|e| (e.line, e.result.is_ok())).collect();
        assert_eq!(lines, [(Some(1), true), (Some(3), false), (Some(4), true)]);
        assert_eq!(&bytes[consumed..], b"{\"titr\":\"par");
        let (entries, _) = parse_lines(&bytes[consumed..], 5, true);
        assert_eq!(entries[0].line, Some(5));
        assert!(entries[0].result.is_err());
    }

    #[test]
    fn empty_jsonl_is_one_error() {
        let (entries, _) = parse_lines(b"\n\n", 1, true);
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].result, Err(ParseError::Empty));
    }
}
