//! JSON documents read for what the formats use, and no more: an object keeps only the keys
//! some format reads (the rest are passed over as they stream by), a list of items stops
//! keeping items at `MAX_ITEMS`, and the values kept are counted against a budget. A JSON value
//! costs tens of bytes in memory for a few in the file, so an 8 MB file of tiny values read
//! whole would take hundreds of megabytes; read this way it takes a few.

use std::cell::Cell;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use serde_json::{Map, Value};

use super::super::error::ParseError;
use super::super::parse::MAX_ITEMS;

/// Values one file may keep (strings, numbers, lists, objects and keys alike): far above any
/// news item (a ninjs item with its associations keeps a few thousand), far below what hurts.
pub(crate) const MAX_VALUES: usize = 1_000_000;

/// A JSON document as the formats see it, or one element of its top-level list (which is no
/// list again: an array there is only named).
#[derive(Debug)]
pub(crate) enum Document {
    Object(Map<String, Value>),
    /// A list of items, and how many more there were past `MAX_ITEMS`.
    Array(Vec<Document>, usize),
    /// A string, a number, ...: named by its type.
    Other(&'static str),
}

/// Reads `text` as one JSON document, keeping of each object the keys `wanted` says some
/// format reads.
pub(crate) fn document(text: &str, wanted: fn(&str) -> bool) -> Result<Document, ParseError> {
    let budget = Budget {
        left: Cell::new(MAX_VALUES),
        wanted,
    };
    let mut de = serde_json::Deserializer::from_str(text);
    let read = Top(&budget, true)
        .deserialize(&mut de)
        .and_then(|doc| de.end().map(|()| doc));
    read.map_err(|e| {
        if budget.left.get() == 0 {
            ParseError::TooManyValues { cap: MAX_VALUES }
        } else {
            ParseError::json(&e)
        }
    })
}

struct Budget {
    left: Cell<usize>,
    wanted: fn(&str) -> bool,
}

impl Budget {
    fn charge<E: serde::de::Error>(&self) -> Result<(), E> {
        match self.left.get() {
            0 => Err(E::custom("too many values")),
            n => {
                self.left.set(n - 1);
                Ok(())
            }
        }
    }

    /// The wanted keys of an object, their values in full (within the budget).
    fn object<'de, A: MapAccess<'de>>(&self, mut map: A) -> Result<Map<String, Value>, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if (self.wanted)(&key) {
                self.charge()?;
                let value = map.next_value_seed(Kept(self))?;
                out.insert(key, value);
            } else {
                map.next_value::<Skipped>()?;
            }
        }
        Ok(out)
    }
}

/// The top of the document (`true`), or an element of its top-level list (`false`).
struct Top<'b>(&'b Budget, bool);

impl<'de> DeserializeSeed<'de> for Top<'_> {
    type Value = Document;

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<Document, D::Error> {
        de.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Top<'_> {
    type Value = Document;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON document")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Document, A::Error> {
        self.0.object(map).map(Document::Object)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Document, A::Error> {
        if !self.1 {
            while seq.next_element::<Skipped>()?.is_some() {}
            return Ok(Document::Other("an array"));
        }
        let mut items = Vec::new();
        while items.len() < MAX_ITEMS {
            match seq.next_element_seed(Top(self.0, false))? {
                Some(item) => items.push(item),
                None => return Ok(Document::Array(items, 0)),
            }
        }
        let mut left_out = 0;
        while seq.next_element::<Skipped>()?.is_some() {
            left_out += 1;
        }
        Ok(Document::Array(items, left_out))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Document, E> {
        Ok(Document::Other("a boolean"))
    }

    fn visit_i64<E>(self, _: i64) -> Result<Document, E> {
        Ok(Document::Other("a number"))
    }

    fn visit_u64<E>(self, _: u64) -> Result<Document, E> {
        Ok(Document::Other("a number"))
    }

    fn visit_f64<E>(self, _: f64) -> Result<Document, E> {
        Ok(Document::Other("a number"))
    }

    fn visit_str<E>(self, _: &str) -> Result<Document, E> {
        Ok(Document::Other("a string"))
    }

    fn visit_unit<E>(self) -> Result<Document, E> {
        Ok(Document::Other("null"))
    }
}

/// A value passed over: nothing of it is kept, but it is walked like any other (serde's
/// `IgnoredAny` skips without counting depth), so nesting past serde_json's limit is refused
/// wherever it is.
struct Skipped;

impl<'de> serde::Deserialize<'de> for Skipped {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Skipped, D::Error> {
        de.deserialize_any(SkipVisitor)
    }
}

struct SkipVisitor;

impl<'de> Visitor<'de> for SkipVisitor {
    type Value = Skipped;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Skipped, E> {
        Ok(Skipped)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Skipped, E> {
        Ok(Skipped)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Skipped, E> {
        Ok(Skipped)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Skipped, E> {
        Ok(Skipped)
    }

    fn visit_str<E>(self, _: &str) -> Result<Skipped, E> {
        Ok(Skipped)
    }

    fn visit_unit<E>(self) -> Result<Skipped, E> {
        Ok(Skipped)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Skipped, A::Error> {
        while seq.next_element::<Skipped>()?.is_some() {}
        Ok(Skipped)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skipped, A::Error> {
        while map.next_entry::<IgnoredAny, Skipped>()?.is_some() {}
        Ok(Skipped)
    }
}

/// A value under a wanted key: kept whole, each part of it charged to the budget.
struct Kept<'b>(&'b Budget);

impl<'de> DeserializeSeed<'de> for Kept<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<Value, D::Error> {
        de.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Kept<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        loop {
            self.0.charge()?;
            match seq.next_element_seed(Kept(self.0))? {
                Some(v) => out.push(v),
                None => return Ok(Value::Array(out)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            self.0.charge()?;
            let value = map.next_value_seed(Kept(self.0))?;
            out.insert(key, value);
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn only_a(key: &str) -> bool {
        key == "a"
    }

    #[test]
    fn only_wanted_keys_are_kept() {
        let Ok(Document::Object(map)) =
            document(r#"{"a":{"x":[1,"s",null]},"b":[[[1]]],"c":"long"}"#, only_a)
        else {
            panic!("an object")
        };
        assert_eq!(
            Value::Object(map),
            serde_json::json!({"a":{"x":[1,"s",null]}})
        );
    }

    #[test]
    fn lists_of_items_stop_at_the_cap() {
        let text = format!("[{}{{}}]", "{\"a\":1},".repeat(MAX_ITEMS + 4));
        let Ok(Document::Array(items, left_out)) = document(&text, only_a) else {
            panic!("an array")
        };
        assert_eq!((items.len(), left_out), (MAX_ITEMS, 5));
        let Ok(Document::Array(items, _)) = document("[1,[2],\"x\",{}]", only_a) else {
            panic!("an array")
        };
        let kinds: Vec<_> = items
            .iter()
            .map(|i| match i {
                Document::Object(_) => "an object",
                Document::Other(t) => t,
                Document::Array(..) => "a list",
            })
            .collect();
        assert_eq!(kinds, ["a number", "an array", "a string", "an object"]);
    }

    #[test]
    fn the_budget_is_named_when_spent() {
        let text = format!("{{\"a\":[{}0]}}", "0,".repeat(MAX_VALUES));
        assert_eq!(
            document(&text, only_a).unwrap_err(),
            ParseError::TooManyValues { cap: MAX_VALUES }
        );
        // The same values under a key no format reads cost nothing.
        let text = format!("{{\"b\":[{}0]}}", "0,".repeat(MAX_VALUES));
        assert!(document(&text, only_a).is_ok());
    }

    #[test]
    fn errors_keep_their_position() {
        assert_eq!(
            document("{\"a\": x}", only_a).unwrap_err().to_string(),
            "invalid JSON at line 1, column 7: expected value"
        );
        assert!(matches!(
            document("{} {}", only_a),
            Err(ParseError::Json { .. })
        ));
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(matches!(
            document(&deep, only_a),
            Err(ParseError::TooDeep { .. })
        ));
    }
}
