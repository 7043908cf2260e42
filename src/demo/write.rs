//! Putting one sample into the demo directory the way a careful wire client would: under a fresh
//! numbered name, all at once, with its `published` time set to the moment it lands.

use std::borrow::Cow;
use std::io::{self, Write};
use std::path::Path;
use std::time::SystemTime;

use serde_json::Value;

use super::clock::rfc3339_utc;

/// The name the `seq`th file of the feed gets, so the same sample arrives again as a new file:
/// `0042-tehran-stocks.json`.
pub fn file_name(seq: u64, sample: &str) -> String {
    format!("{seq:04}-{sample}")
}

/// Writes `contents` to `dir/name` atomically: a watcher sees either no file or the whole file,
/// never a half-written one. The bytes go to a hidden `.….tmp` file in the same directory (a
/// name the watcher skips) that is then renamed into place.
pub fn write_atomically(dir: &Path, name: &str, contents: &[u8]) -> io::Result<()> {
    let mut tmp = tempfile::Builder::new()
        .prefix(".")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(contents)?;
    tmp.persist(dir.join(name)).map_err(|e| e.error)?;
    Ok(())
}

/// The sample as the feed writes it. A sample that carries a `published` time gets `now`
/// instead, so the dashboard ages and orders it as the arrival it is; the rest of the text is
/// left byte for byte as authored. Anything that does not parse is written as it is.
pub fn stamped(json: &str, now: SystemTime) -> Cow<'_, str> {
    let Ok(Value::Object(map)) = serde_json::from_str::<Value>(json) else {
        return Cow::Borrowed(json);
    };
    let Some(Value::String(published)) = map.get("published") else {
        return Cow::Borrowed(json);
    };
    let old = Value::String(published.clone()).to_string();
    let new = Value::String(rfc3339_utc(now)).to_string();
    Cow::Owned(json.replacen(&old, &new, 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn names_carry_the_sequence() {
        assert_eq!(file_name(7, "a.json"), "0007-a.json");
        assert_eq!(file_name(12_345, "a.json"), "12345-a.json");
    }

    #[test]
    fn atomic_write_leaves_only_the_file() {
        let dir = tempfile::tempdir().unwrap();
        write_atomically(dir.path(), "0001-x.json", b"{\"titr\":\"x\"}").unwrap();
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(names, ["0001-x.json"]);
        let written = std::fs::read(dir.path().join("0001-x.json")).unwrap();
        assert_eq!(written, b"{\"titr\":\"x\"}");
    }

    #[test]
    fn atomic_write_into_a_missing_dir_fails_cleanly() {
        let dir = tempfile::tempdir().unwrap();
        let gone = dir.path().join("gone");
        assert!(write_atomically(&gone, "a.json", b"{}").is_err());
    }

    #[test]
    fn published_is_set_to_now_and_nothing_else_changes() {
        let now = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let json = "{\"titr\": \"x\",\n \"published\": \"2026-11-20T09:30:00+03:30\"}";
        assert_eq!(
            stamped(json, now),
            "{\"titr\": \"x\",\n \"published\": \"2023-11-14T22:13:20Z\"}"
        );
    }

    #[test]
    fn samples_without_a_time_are_written_as_they_are() {
        let now = SystemTime::now();
        for json in ["{\"titr\": \"x\"}", "{\"titr\": \"trunc", "[1]"] {
            assert!(matches!(stamped(json, now), Cow::Borrowed(s) if s == json));
        }
    }
}
