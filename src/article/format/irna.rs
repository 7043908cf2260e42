//! IRNA's JSON (`onTitr`, `titr`, `describe`, `text`) and the usual aliases other feeds use for
//! the same fields.

use serde_json::{Map, Value};

use super::super::error::ParseError;
use super::super::model::Format;
use super::draft::Draft;
use super::type_name;

/// Keys tried for each field, first present wins. The seed's own names lead each list.
const KICKER: &[&str] = &["onTitr", "kicker", "supertitle", "overline"];
const HEADLINE: &[&str] = &["titr", "title", "headline"];
const LEAD: &[&str] = &["describe", "summary", "lead", "description", "abstract"];
const BODY: &[&str] = &["text", "body", "article", "content"];
const PUBLISHED: &[&str] = &["published", "date", "time"];
const SOURCE: &[&str] = &["source", "agency"];
const URL: &[&str] = &["url", "link"];
const CATEGORY: &[&str] = &["category", "service"];
const LANGUAGE: &[&str] = &["language", "lang"];

/// Whether this reader reads `key`.
pub(crate) fn reads(key: &str) -> bool {
    [
        KICKER, HEADLINE, LEAD, BODY, PUBLISHED, SOURCE, URL, CATEGORY, LANGUAGE,
    ]
    .iter()
    .any(|keys| keys.contains(&key))
}

/// The draft of `map`, its strings moved out of it rather than copied (a body may be
/// megabytes).
pub(crate) fn draft(map: &mut Map<String, Value>) -> Result<Draft, ParseError> {
    Ok(Draft {
        kicker: text(map, KICKER)?,
        headline: text(map, HEADLINE)?,
        lead: text(map, LEAD)?,
        body: body(map)?,
        published: optional(map, PUBLISHED)?,
        source: optional(map, SOURCE)?,
        url: optional(map, URL)?,
        category: optional(map, CATEGORY)?,
        language: optional(map, LANGUAGE)?,
        ..Draft::new(Format::Irna)
    })
}

/// The first of `keys` that is present and not null; empty when none is.
fn first<'a>(map: &'a Map<String, Value>, keys: &[&'a str]) -> Option<(&'a str, &'a Value)> {
    keys.iter()
        .find_map(|k| map.get(*k).filter(|v| !v.is_null()).map(|v| (*k, v)))
}

fn text(map: &mut Map<String, Value>, keys: &[&str]) -> Result<String, ParseError> {
    let present = keys
        .iter()
        .copied()
        .find(|k| map.get(*k).is_some_and(|v| !v.is_null()));
    match present.map(|k| (k, map.get_mut(k))) {
        Some((_, Some(Value::String(s)))) => Ok(std::mem::take(s)),
        Some((key, Some(v))) => Err(wrong_type(key, "a string", v)),
        _ => Ok(String::new()),
    }
}

/// Some feeds deliver the body as a list of paragraphs.
fn body(map: &mut Map<String, Value>) -> Result<String, ParseError> {
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

/// Metadata: a string, or a number (epoch times come as numbers).
fn optional(map: &Map<String, Value>, keys: &[&str]) -> Result<Option<String>, ParseError> {
    match first(map, keys) {
        None => Ok(None),
        Some((_, Value::String(s))) => Ok(Some(s.clone())),
        Some((_, Value::Number(n))) => Ok(Some(n.to_string())),
        Some((key, v)) => Err(wrong_type(key, "a string", v)),
    }
}

fn wrong_type(key: &str, expected: &'static str, found: &Value) -> ParseError {
    ParseError::WrongType {
        field: key.to_string(),
        expected,
        found: type_name(found),
    }
}
