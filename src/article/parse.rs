//! From bytes to articles: JSON objects under the seed's keys or the usual aliases, one per file
//! or one per line.

use serde_json::{Map, Value};

use super::clean::{collapse_body, collapse_line, split_dateline, split_reporter_code, summarize};
use super::error::ParseError;
use super::model::Article;
use super::sanitize::sanitize;

/// Keys tried for each field, first present wins. The seed's own names lead each list.
const KICKER: &[&str] = &["onTitr", "kicker", "supertitle", "overline"];
const HEADLINE: &[&str] = &["titr", "title", "headline"];
const LEAD: &[&str] = &["describe", "summary", "lead", "description", "abstract"];
const BODY: &[&str] = &["text", "body", "article", "content"];
const PUBLISHED: &[&str] = &["published", "date", "time"];
const SOURCE: &[&str] = &["source", "agency"];
const URL: &[&str] = &["url", "link"];
const CATEGORY: &[&str] = &["category", "service"];

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// One line of a JSON Lines file, or the one object of a `.json` file (`line` is `None`).
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub line: Option<usize>,
    pub result: Result<Article, ParseError>,
}

/// Parses a whole `.json` file's bytes: a UTF-8 BOM is accepted, one object is expected.
pub fn parse_object(bytes: &[u8]) -> Result<Article, ParseError> {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ParseError::Empty);
    }
    let text = checked_text(bytes, 0)?;
    let value: Value = serde_json::from_str(text).map_err(|e| ParseError::json(&e))?;
    article_from_value(value)
}

/// Parses the complete lines of JSON Lines bytes, numbering them from `first_line`; blank lines
/// are skipped. With `at_eof` a last line without its newline counts as complete (the file is
/// whole); otherwise it is left for later. Returns the entries and how many bytes were consumed,
/// so a growing file can be tailed from there.
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
            entries.push(Entry {
                line: Some(line_no),
                result: parse_line(line, consumed),
            });
        }
        consumed += advance;
        line_no += 1;
    }
    if at_eof && entries.is_empty() && first_line == 1 {
        entries.push(Entry {
            line: None,
            result: Err(ParseError::Empty),
        });
    }
    (entries, consumed)
}

fn parse_line(line: &[u8], offset: usize) -> Result<Article, ParseError> {
    let text = checked_text(line, offset)?;
    let value: Value = serde_json::from_str(text).map_err(|e| ParseError::json(&e))?;
    article_from_value(value)
}

/// NUL bytes are refused outright (no wire format sends them; they mean a truncated or binary
/// file), then UTF-8 is checked. Offsets are counted from the start of the file.
fn checked_text(bytes: &[u8], offset: usize) -> Result<&str, ParseError> {
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(ParseError::Nul {
            offset: offset + at,
        });
    }
    std::str::from_utf8(bytes).map_err(|e| ParseError::InvalidUtf8 {
        offset: offset + e.valid_up_to(),
    })
}

fn article_from_value(value: Value) -> Result<Article, ParseError> {
    let Value::Object(map) = value else {
        return Err(ParseError::NotObject {
            found: type_name(&value),
        });
    };
    let kicker = collapse_line(&sanitize(&text(&map, KICKER)?, false));
    let headline = collapse_line(&sanitize(&text(&map, HEADLINE)?, false));
    let full_lead = collapse_line(&sanitize(&text(&map, LEAD)?, false));
    let (dateline, lead) = split_dateline(&full_lead);
    let full_body = collapse_body(&sanitize(&body(&map)?, true));
    let (body, reporter_code) = split_reporter_code(&full_body);
    if headline.is_empty() && lead.is_empty() {
        return Err(ParseError::NoHeadlineOrLead);
    }
    let (summary, summary_derived) = summarize(lead, body);
    Ok(Article {
        kicker,
        headline,
        lead: lead.to_string(),
        body: body.to_string(),
        summary,
        summary_derived,
        dateline,
        reporter_code,
        published: optional(&map, PUBLISHED)?,
        source: optional(&map, SOURCE)?,
        url: optional(&map, URL)?,
        category: optional(&map, CATEGORY)?,
    })
}

/// The first of `keys` that is present and not null; empty when none is.
fn first<'a>(map: &'a Map<String, Value>, keys: &[&'a str]) -> Option<(&'a str, &'a Value)> {
    keys.iter()
        .find_map(|k| map.get(*k).filter(|v| !v.is_null()).map(|v| (*k, v)))
}

fn text(map: &Map<String, Value>, keys: &[&str]) -> Result<String, ParseError> {
    match first(map, keys) {
        None => Ok(String::new()),
        Some((_, Value::String(s))) => Ok(s.clone()),
        Some((key, v)) => Err(wrong_type(key, "a string", v)),
    }
}

/// Some feeds deliver the body as a list of paragraphs.
fn body(map: &Map<String, Value>) -> Result<String, ParseError> {
    match first(map, BODY) {
        Some((key, Value::Array(items))) => {
            let mut paragraphs = Vec::with_capacity(items.len());
            for item in items {
                match item {
                    Value::String(s) => paragraphs.push(s.as_str()),
                    Value::Null => {}
                    other => return Err(wrong_type(key, "a string or a list of strings", other)),
                }
            }
            Ok(paragraphs.join("\n"))
        }
        _ => text(map, BODY),
    }
}

/// Metadata: a string, or a number (epoch times come as numbers), cleaned to one line.
fn optional(map: &Map<String, Value>, keys: &[&str]) -> Result<Option<String>, ParseError> {
    let raw = match first(map, keys) {
        None => return Ok(None),
        Some((_, Value::String(s))) => s.clone(),
        Some((_, Value::Number(n))) => n.to_string(),
        Some((key, v)) => return Err(wrong_type(key, "a string", v)),
    };
    let clean = collapse_line(&sanitize(&raw, false));
    Ok((!clean.is_empty()).then_some(clean))
}

fn wrong_type(key: &str, expected: &'static str, found: &Value) -> ParseError {
    ParseError::WrongType {
        field: key.to_string(),
        expected,
        found: type_name(found),
    }
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
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
        assert_eq!(
            err(b"[1,2]"),
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
