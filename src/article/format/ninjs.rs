//! IPTC ninjs, "News in JSON", all versions at once: 1.x (`headline`, `body_text`, `body_html`,
//! `description_text`, and the pattern properties `headline_*`, `body_*`, `description_*`),
//! 2.x (`headlines[]`, `bodies[]`, `descriptions[]` with roles and content types) and 3.x (the
//! same in camelCase). Keys are matched without case or underscores, so `versioncreated`,
//! `versionCreated` and `version_created` are one key.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::super::error::ParseError;
use super::super::model::{Format, PubStatus};
use super::content::Media;
use super::date::rfc3339;
use super::draft::{place_of, urgency_number, version_number, Draft};
use super::{body_choice, not_text, Text};

/// Keys only ninjs uses: one of them (or `uri`) and none of IRNA's own makes an object ninjs.
const MARKERS: &[&str] = &[
    "uri",
    "bodies",
    "headlines",
    "descriptions",
    "bodytext",
    "bodyhtml",
    "bodyxhtml",
    "descriptiontext",
    "versioncreated",
    "firstcreated",
    "renditions",
    "associations",
    "$standard",
    "copyrightholder",
];

/// Top-level keys read here besides the markers and the `headline*`, `body*`, `description*`
/// families (folded).
const READ: &[&str] = &[
    "type",
    "guid",
    "title",
    "eventdetails",
    "source",
    "bylines",
    "dateline",
    "summary",
    "pubstatus",
    "contentcreated",
    "slugline",
    "by",
    "byline",
    "version",
    "urgency",
    "language",
    "located",
    "places",
    "provider",
    "infosources",
];

/// Prefixes of the key families ninjs 1.x names by pattern (`headline_main`, `body_html`).
const PATTERNED: &[&str] = &["headline", "body", "description"];

/// `type` values that are never text for the desk, with the word the errors list uses.
const NOT_TEXT: &[(&str, &str)] = &[
    ("picture", "photo"),
    ("image", "photo"),
    ("photo", "photo"),
    ("graphic", "graphic"),
    ("video", "video"),
    ("audio", "audio"),
    ("event", "event"),
    ("planning", "planning"),
    ("concept", "concept"),
];

/// Roles of headlines that are the story's own headline, best first.
const MAIN_ROLES: &[&str] = &["main", "", "headline", "default"];
/// Roles of headlines that are kickers (over-lines).
const KICKER_ROLES: &[&str] = &["kicker", "overline", "supertitle", "pretitle"];
/// Roles of descriptions that summarize a story (not captions or alt text), best first.
const SUMMARY_ROLES: &[&str] = &[
    "summary",
    "abstract",
    "lead",
    "teaser",
    "",
    "text",
    "description",
];
/// Roles of bodies that are not the story's full text.
const MINOR_BODY_ROLES: &[&str] = &["summary", "teaser", "abstract", "caption", "alt", "alttext"];

/// Keys of `map` folded for matching (lowercase, no `_`), first one written wins.
struct Keys<'a>(HashMap<String, &'a Value>);

impl<'a> Keys<'a> {
    fn new(map: &'a Map<String, Value>) -> Keys<'a> {
        let mut keys = HashMap::with_capacity(map.len());
        for (k, v) in map {
            if !v.is_null() {
                keys.entry(fold(k)).or_insert(v);
            }
        }
        Keys(keys)
    }

    fn get(&self, key: &str) -> Option<&'a Value> {
        self.0.get(key).copied()
    }

    fn str(&self, key: &str) -> Option<String> {
        self.get(key).and_then(scalar)
    }

    /// Pattern properties of ninjs 1.x: every key starting `prefix` (`headline`, `body`, ...),
    /// with the rest of the key as its role, in key order.
    fn patterned(&self, prefix: &str) -> Vec<(String, &'a Value)> {
        let mut found: Vec<(String, &'a Value)> = self
            .0
            .iter()
            .filter_map(|(k, v)| Some((k.strip_prefix(prefix)?.to_string(), *v)))
            // `headlines`, `descriptions`: the lists of 2.x, not patterned keys.
            .filter(|(role, _)| !role.is_empty() && role != "s")
            .collect();
        found.sort_by(|a, b| a.0.cmp(&b.0));
        found
    }
}

fn fold(key: &str) -> String {
    key.chars()
        .filter(|c| *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

/// A string, or a number written as one.
fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Whether this reader reads a top-level key (as written in the file).
pub(crate) fn reads(key: &str) -> bool {
    let key = fold(key);
    MARKERS.contains(&key.as_str())
        || READ.contains(&key.as_str())
        || PATTERNED.iter().any(|p| key.starts_with(p))
}

/// Whether `map` looks like a ninjs object.
pub(crate) fn is_ninjs(map: &Map<String, Value>) -> bool {
    let irna = ["titr", "onTitr", "describe"]
        .iter()
        .any(|k| map.contains_key(*k));
    !irna
        && map.keys().any(|k| {
            let k = fold(k);
            MARKERS.contains(&k.as_str())
                || PATTERNED
                    .iter()
                    .any(|p| k.len() > p.len() && k.starts_with(p))
        })
}

pub(crate) fn draft(map: &Map<String, Value>) -> Result<Draft, ParseError> {
    let keys = Keys::new(map);
    let kind = keys.str("type").map(|t| t.trim().to_ascii_lowercase());
    if let Some(word) = kind
        .as_deref()
        .and_then(|t| NOT_TEXT.iter().find(|(k, _)| *k == t))
        .map(|(_, w)| *w)
    {
        return Err(not_text(word));
    }
    let body = body(&keys);
    let headlines = headlines(&keys);
    let pubstatus = keys.str("pubstatus").as_deref().and_then(PubStatus::parse);
    if matches!(kind.as_deref(), Some("composite" | "component"))
        && body.is_empty()
        && !pubstatus.is_some_and(PubStatus::is_kill)
    {
        return Err(not_text("package"));
    }
    // An event of 3.x may come without a `type`; its details say what it is.
    if kind.is_none() && keys.get("eventdetails").is_some() {
        return Err(not_text("event"));
    }
    let lead = lead(&keys);
    if kind.is_none() && headlines.main.is_none() && lead.is_empty() {
        if let Some(word) = rendition_kind(&keys) {
            return Err(not_text(word));
        }
    }
    let version_created = keys.str("versioncreated").map(|d| rfc3339(&d).unwrap_or(d));
    let published = version_created.clone().or_else(|| {
        ["firstcreated", "contentcreated"]
            .iter()
            .find_map(|k| keys.str(k))
            .map(|d| rfc3339(&d).unwrap_or(d))
    });
    Ok(Draft {
        kicker: headlines
            .kicker
            .or_else(|| keys.str("slugline"))
            .unwrap_or_default(),
        // `title` names the item (as NewsML-G2's does): the headline when there is no other.
        headline: headlines
            .main
            .or_else(|| keys.str("title"))
            .unwrap_or_default(),
        lead,
        body,
        published,
        source: source(&keys),
        byline: byline(&keys),
        // Superdesk's ninjs names the identity `guid`.
        uri: keys.str("uri").or_else(|| keys.str("guid")),
        version: keys.str("version").as_deref().and_then(version_number),
        version_created,
        urgency: keys.str("urgency").as_deref().and_then(urgency_number),
        language: keys.str("language"),
        pubstatus,
        place: located(&keys),
        dateline: keys.str("dateline"),
        ..Draft::new(Format::Ninjs)
    })
}

struct Headlines {
    main: Option<String>,
    kicker: Option<String>,
}

/// `headlines[]` by role, else `headline`, else 1.x `headline_main` or any `headline_*`.
fn headlines(keys: &Keys) -> Headlines {
    let listed = roled(keys.get("headlines"));
    let by_role = |roles: &[&str]| {
        roles
            .iter()
            .find_map(|r| listed.iter().find(|t| t.role == *r).and_then(Text::line))
    };
    let patterned = keys.patterned("headline");
    let main = by_role(MAIN_ROLES)
        .or_else(|| {
            listed
                .iter()
                .filter(|t| !KICKER_ROLES.contains(&t.role.as_str()))
                .find_map(Text::line)
        })
        .or_else(|| keys.str("headline"))
        .or_else(|| {
            let pick = patterned
                .iter()
                .find(|(r, _)| r == "main")
                .or_else(|| patterned.first())?;
            scalar(pick.1)
        });
    Headlines {
        main,
        kicker: by_role(KICKER_ROLES),
    }
}

/// `by`, else `byline`, else the first of AP's and TT's `bylines[]` that says something.
fn byline(keys: &Keys) -> Option<String> {
    keys.str("by").or_else(|| keys.str("byline")).or_else(|| {
        let Some(Value::Array(list)) = keys.get("bylines") else {
            return None;
        };
        list.iter().find_map(|b| {
            let Value::Object(m) = b else { return None };
            let k = Keys::new(m);
            k.str("by")
                .or_else(|| k.str("byline"))
                .filter(|b| !b.trim().is_empty())
        })
    })
}

/// The summary: `descriptions[]` by role, else `description_text`, else another 1.x
/// `description_*` that is not a caption, else AP's `summary`.
fn lead(keys: &Keys) -> String {
    let listed = roled(keys.get("descriptions"));
    let from_list = SUMMARY_ROLES
        .iter()
        .find_map(|r| listed.iter().find(|t| t.role == *r));
    if let Some(text) = from_list.and_then(Text::line) {
        return text;
    }
    let patterned = keys.patterned("description");
    let pick = ["text", "summary", "html", "xhtml", "richtext"]
        .iter()
        .find_map(|r| patterned.iter().find(|(role, _)| role == r))
        .or_else(|| patterned.iter().find(|(role, _)| !role.contains("caption")));
    let Some((role, value)) = pick else {
        return keys.str("summary").unwrap_or_default();
    };
    let Some(raw) = scalar(value) else {
        return String::new();
    };
    let content_type = if role.contains("html") {
        "text/html"
    } else {
        ""
    };
    Text::new(role, &raw, content_type)
        .line()
        .unwrap_or_default()
}

/// The richest body the item carries: every `bodies[]` entry of a main role and every
/// `body_*` key, made into paragraphs, and the one with most paragraphs (then most text) wins.
/// Feeds send the same story as plain text and as HTML; the HTML keeps the paragraph breaks
/// the plain version often loses (`body_text` arrives as one line), and a story told in more
/// paragraphs is the fuller one.
fn body(keys: &Keys) -> String {
    let mut candidates: Vec<Text> = roled(keys.get("bodies"));
    candidates.retain(|t| !MINOR_BODY_ROLES.contains(&t.role.as_str()));
    for (role, value) in keys.patterned("body") {
        if let Some(raw) = scalar(value) {
            // 1.x names the form in the key: `body_html`, `body_xhtml`, `body_richtext`,
            // `body_nitf` (AP), `body_text`; other names are judged by their look.
            let content_type = if role.contains("html") || role == "richtext" {
                "text/html"
            } else if role.contains("nitf") {
                "application/nitf+xml"
            } else if role == "text" || role == "plain" {
                "text/plain"
            } else {
                ""
            };
            candidates.push(Text::new(&role, &raw, content_type));
        }
    }
    body_choice(candidates.iter().filter_map(Text::paragraphs))
}

/// What an untyped item without a headline is, from its renditions' media types: an item
/// that is only a set of image files is a photo whatever its placeholder body says.
fn rendition_kind(keys: &Keys) -> Option<&'static str> {
    let renditions: Vec<&Value> = match keys.get("renditions")? {
        // 1.x: an object of named renditions; 2.x and 3.x: a list.
        Value::Object(named) => named.values().collect(),
        Value::Array(list) => list.iter().collect(),
        _ => return None,
    };
    let mut media = Media::default();
    for rendition in renditions {
        if let Value::Object(m) = rendition {
            let k = Keys::new(m);
            if let Some(t) = k.str("mimetype").or_else(|| k.str("contenttype")) {
                media.add(&t);
            }
        }
    }
    media.kind()
}

/// `located`, else a place of `places[]` whose role says it is where the story was filed.
fn located(keys: &Keys) -> Option<String> {
    let given = match keys.get("located") {
        Some(Value::Object(m)) => Keys::new(m).str("name"),
        Some(other) => scalar(other),
        None => None,
    };
    if let Some(place) = given.as_deref().and_then(place_of) {
        return Some(place);
    }
    let Some(Value::Array(places)) = keys.get("places") else {
        return None;
    };
    places.iter().find_map(|p| {
        let Value::Object(p) = p else { return None };
        let p = Keys::new(p);
        let rel = p.str("rel").or_else(|| p.str("role")).unwrap_or_default();
        rel.to_ascii_lowercase()
            .contains("located")
            .then(|| p.str("name"))
            .flatten()
    })
}

/// The agency: a `provider` (ninjs allows it in extensions), else the copyright holder, else the
/// first named information source, else a `source`.
fn source(keys: &Keys) -> Option<String> {
    let named = |v: &Value| match v {
        Value::Object(m) => Keys::new(m).str("name"),
        other => scalar(other),
    };
    keys.get("provider")
        .and_then(named)
        .or_else(|| keys.get("copyrightholder").and_then(named))
        .or_else(|| match keys.get("infosources") {
            Some(Value::Array(list)) => list.iter().find_map(named),
            _ => None,
        })
        // Superdesk and TT write the agency as `source`.
        .or_else(|| keys.get("source").and_then(named))
}

/// A list of `{role, contenttype, value}` objects (ninjs 2.x and 3.x), plain strings allowed.
fn roled(value: Option<&Value>) -> Vec<Text> {
    let Some(Value::Array(items)) = value else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| match item {
            Value::String(s) => Some(Text::new("", s, "")),
            Value::Object(m) => {
                let k = Keys::new(m);
                let role = k.str("role").unwrap_or_default();
                let content_type = k.str("contenttype").unwrap_or_default();
                Some(Text::new(&role, &k.str("value")?, &content_type))
            }
            _ => None,
        })
        .collect()
}
