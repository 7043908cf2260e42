//! IPTC NewsML-G2: a `newsItem`, a `newsMessage` carrying several items (numbered from 1 like
//! the lines of a JSON Lines file), or a bare `contentSet`; and bare NITF documents. Text comes
//! from `inlineXML` (NITF or XHTML) or `inlineData` (plain text or HTML, base64 or not); items
//! of other classes (pictures, video, packages, events, planning, concepts) are named, not read.
//!
//! Read as a stream: each item keeps only the fields an article needs (the first of each, the
//! best headline and summary so far, the richest body so far), so neither a million elements
//! nor a message of many items costs more than the text that is kept.

use super::super::error::ParseError;
use super::super::model::{Article, Format, PubStatus};
use super::super::parse::{Entry, MAX_ITEMS};
use super::content::Content;
use super::date::rfc3339;
use super::draft::{keep_first, urgency_number, version_number};
use super::markup::xml_line;
use super::newsml1;
use super::nitf::Nitf;
use super::not_text;
use super::xml::{self, clip, Events, Tag, Xml};

/// Item classes (`ninat:` codes) with the word the errors list uses.
const CLASSES: &[(&str, &str)] = &[
    ("picture", "photo"),
    ("graphic", "graphic"),
    ("video", "video"),
    ("audio", "audio"),
    ("interactive", "interactive"),
];

/// Headline roles that are kickers (over-lines).
const KICKER_ROLES: &[&str] = &["kicker", "overline", "supertitle", "pretitle"];
/// Headline roles that are subtitles: a headline only when there is no other.
const SUB_ROLES: &[&str] = &["sub", "subtitle", "subheadline", "deck"];
/// Description roles that summarize the story, best first; never a caption.
const SUMMARY_ROLES: [&str; 5] = ["summary", "abstract", "lead", "teaser", ""];

pub(crate) fn document(bytes: &[u8]) -> Vec<Entry> {
    let text = match xml::decode(bytes) {
        Ok(text) => text,
        Err(e) => return vec![Entry::whole(None, Err(e))],
    };
    let mut events = Events::new(&text);
    let mut entries = Vec::new();
    let read = read(&mut events, &mut entries).and_then(|()| events.finish());
    if let Err(e) = read {
        // A break in the XML: the items of a message read before it stand, and the item it
        // broke off in is the error; any other document is refused whole.
        if entries.iter().any(|e| e.position.is_some()) {
            entries.push(Entry::item(
                entries.len() + 1,
                Some(Format::NewsmlG2),
                Err(e),
            ));
        } else {
            entries = vec![Entry::whole(None, Err(e))];
        }
    }
    entries
}

fn read(events: &mut Events, entries: &mut Vec<Entry>) -> Xml<()> {
    let root = events.root()?;
    let name = root.name();
    let (format, result) = match name {
        "newsMessage" => return message(events, entries),
        "NewsML" => return newsml1::read(events, entries),
        "nitf" => (Format::Nitf, Nitf::read(events, &root)?.article()),
        "contentSet" => (
            Format::NewsmlG2,
            Content::read(events)?.into_draft(Format::NewsmlG2).finish(),
        ),
        name if is_item(name) => (Format::NewsmlG2, item(events, &root)?),
        name => {
            let what = format!("an XML document of another kind (<{}>)", clip(name));
            events.skip()?;
            entries.push(Entry::whole(None, Err(ParseError::NotNews { what })));
            return Ok(());
        }
    };
    entries.push(Entry::whole(Some(format), result));
    Ok(())
}

fn is_item(name: &str) -> bool {
    name.ends_with("Item")
}

/// The items of a `newsMessage` (in its `itemSet`, or directly under it), in order, each its
/// own entry; past `MAX_ITEMS`, the rest are counted and named in one last entry.
fn message(events: &mut Events, entries: &mut Vec<Entry>) -> Xml<()> {
    let mut left_out = 0;
    while let Some(child) = events.child()? {
        if child.name() == "itemSet" {
            while let Some(item) = events.child()? {
                take_item(events, &item, entries, &mut left_out)?;
            }
        } else if is_item(child.name()) {
            take_item(events, &child, entries, &mut left_out)?;
        } else {
            events.skip()?;
        }
    }
    if entries.is_empty() {
        entries.push(Entry::whole(
            Some(Format::NewsmlG2),
            Err(ParseError::NoItems),
        ));
    }
    if left_out > 0 {
        entries.push(Entry::item(
            MAX_ITEMS + 1,
            Some(Format::NewsmlG2),
            Err(ParseError::TooManyItems {
                cap: MAX_ITEMS,
                left_out,
            }),
        ));
    }
    Ok(())
}

fn take_item(
    events: &mut Events,
    tag: &Tag,
    entries: &mut Vec<Entry>,
    left_out: &mut usize,
) -> Xml<()> {
    if entries.len() >= MAX_ITEMS {
        *left_out += 1;
        return events.skip();
    }
    let result = item(events, tag)?;
    entries.push(Entry::item(
        entries.len() + 1,
        Some(Format::NewsmlG2),
        result,
    ));
    Ok(())
}

/// One item, read to its end; the outer error is a break in the XML, the inner one what the
/// item is not (a photo, a concept, no headline).
fn item(events: &mut Events, tag: &Tag) -> Xml<Result<Article, ParseError>> {
    Ok(match tag.name() {
        "newsItem" => NewsItem::read(events, tag)?.finish(),
        "packageItem" => events.skip().map(|()| Err(not_text("package")))?,
        "planningItem" => events.skip().map(|()| Err(not_text("planning")))?,
        "conceptItem" => {
            let event = events.skip_finding("eventDetails")?;
            Err(not_text(if event { "event" } else { "concept" }))
        }
        "knowledgeItem" => events.skip().map(|()| Err(not_text("concept")))?,
        other => {
            let what = format!("a NewsML-G2 <{}>", clip(other));
            events.skip()?;
            Err(ParseError::NotNews { what })
        }
    })
}

/// What a `newsItem` says, the first of each field kept.
#[derive(Debug, Default)]
struct NewsItem {
    guid: Option<String>,
    version: Option<u64>,
    lang: Option<String>,
    class: Option<String>,
    pubstatus: Option<String>,
    version_created: Option<String>,
    first_created: Option<String>,
    content_created: Option<String>,
    provider: Option<String>,
    copyright_holder: Option<String>,
    service: Option<String>,
    title: Option<String>,
    urgency: Option<String>,
    language: Option<String>,
    headlines: Headlines,
    slugline: Option<String>,
    /// The first description of each of `SUMMARY_ROLES`.
    summaries: [Option<String>; 5],
    creators: Vec<String>,
    by: Option<String>,
    located: Option<String>,
    dateline: Option<String>,
    content: Content,
}

/// Of the `headline`s: the main one (no role, or `main`; of several, the best `rank`, as dpa
/// ranks them), the first of another role that is neither a kicker nor a subtitle, the first
/// of all, and the first kicker.
#[derive(Debug, Default)]
struct Headlines {
    main: Option<(u32, String)>,
    other: Option<String>,
    any: Option<String>,
    kicker: Option<String>,
}

impl Headlines {
    fn add(&mut self, role: &str, rank: u32, text: String) {
        if text.trim().is_empty() {
            return;
        }
        let slot = match role {
            "" | "main" => {
                if self.main.as_ref().is_none_or(|(best, _)| rank < *best) {
                    self.main = Some((rank, text.clone()));
                }
                None
            }
            r if KICKER_ROLES.contains(&r) => Some(&mut self.kicker),
            r if SUB_ROLES.contains(&r) => None,
            _ => Some(&mut self.other),
        };
        if let Some(slot) = slot.filter(|s| s.is_none()) {
            *slot = Some(text.clone());
        }
        self.any.get_or_insert(text);
    }

    /// The story's headline: the main one, else one of another role, else the first.
    fn main(&mut self) -> Option<String> {
        (self.main.take().map(|(_, text)| text))
            .or(self.other.take())
            .or(self.any.take())
    }
}

impl NewsItem {
    fn read(events: &mut Events, tag: &Tag) -> Xml<NewsItem> {
        let mut item = NewsItem {
            guid: tag.attr("guid"),
            version: tag.attr("version").as_deref().and_then(version_number),
            lang: tag.attr("lang"),
            ..NewsItem::default()
        };
        while let Some(part) = events.child()? {
            match part.name() {
                "itemMeta" => item.item_meta(events)?,
                "contentMeta" => item.content_meta(events)?,
                "rightsInfo" => {
                    while let Some(right) = events.child()? {
                        if right.name() == "copyrightHolder" && item.copyright_holder.is_none() {
                            item.copyright_holder = name_of(events, &right)?;
                        } else {
                            events.skip()?;
                        }
                    }
                }
                "contentSet" => {
                    let content = Content::read(events)?;
                    item.content.merge(content);
                }
                _ => events.skip()?,
            }
        }
        Ok(item)
    }

    fn item_meta(&mut self, events: &mut Events) -> Xml<()> {
        while let Some(part) = events.child()? {
            match part.name() {
                "itemClass" => {
                    keep_first(&mut self.class, concept_code(&part));
                    events.skip()?;
                }
                "pubStatus" => {
                    keep_first(&mut self.pubstatus, concept_code(&part));
                    events.skip()?;
                }
                "versionCreated" => keep_first(&mut self.version_created, Some(events.text()?)),
                "firstCreated" => keep_first(&mut self.first_created, Some(events.text()?)),
                "title" => keep_first(&mut self.title, Some(events.text()?)),
                "provider" if self.provider.is_none() => {
                    self.provider = name_of(events, &part)?;
                }
                "service" if self.service.is_none() => self.service = name_of(events, &part)?,
                _ => events.skip()?,
            }
        }
        Ok(())
    }

    fn content_meta(&mut self, events: &mut Events) -> Xml<()> {
        while let Some(part) = events.child()? {
            match part.name() {
                "urgency" => keep_first(&mut self.urgency, Some(events.text()?)),
                "contentCreated" => keep_first(&mut self.content_created, Some(events.text()?)),
                "language" => {
                    keep_first(&mut self.language, part.attr("tag"));
                    events.skip()?;
                }
                "headline" => {
                    let role = part.attr("role").map(|r| code(&r)).unwrap_or_default();
                    let rank = part.attr("rank").and_then(|r| r.trim().parse().ok());
                    let text = xml_line(events, "headline")?;
                    self.headlines.add(&role, rank.unwrap_or(u32::MAX), text);
                }
                "description" => {
                    let role = part.attr("role").map(|r| code(&r)).unwrap_or_default();
                    let text = xml_line(events, "description")?;
                    if let Some(at) = SUMMARY_ROLES.iter().position(|r| *r == role) {
                        keep_first(&mut self.summaries[at], Some(text));
                    }
                }
                "slugline" => keep_first(&mut self.slugline, Some(events.text()?)),
                "creator" => self.creators.extend(name_of(events, &part)?),
                "by" => keep_first(&mut self.by, Some(events.text()?)),
                "located" if self.located.is_none() => self.located = name_of(events, &part)?,
                "dateline" => keep_first(&mut self.dateline, Some(xml_line(events, "dateline")?)),
                _ => events.skip()?,
            }
        }
        Ok(())
    }

    fn finish(self) -> Result<Article, ParseError> {
        let class = self.class.unwrap_or_default();
        if let Some((_, word)) = CLASSES.iter().find(|(c, _)| *c == class) {
            return Err(not_text(word));
        }
        let pubstatus = self.pubstatus.as_deref().and_then(PubStatus::parse);
        let kill = pubstatus.is_some_and(PubStatus::is_kill);
        let content = self.content;
        if !kill && content.body.is_empty() {
            if class == "composite" {
                return Err(not_text(content.other.unwrap_or("package")));
            }
            if let Some(other) = content.other.filter(|_| class != "text") {
                return Err(not_text(other));
            }
            // Without a class, renditions kept elsewhere say what the item is.
            if let Some(kind) = content.media.kind().filter(|_| class.is_empty()) {
                return Err(not_text(kind));
            }
        }
        let mut draft = content.into_draft(Format::NewsmlG2);
        let date = |d: String| rfc3339(&d).unwrap_or(d);
        draft.uri = self.guid.or(draft.uri);
        draft.version = self.version.or(draft.version);
        draft.version_created = self.version_created.map(date);
        draft.published = draft
            .version_created
            .clone()
            .or_else(|| self.first_created.map(date))
            .or_else(|| self.content_created.map(date))
            .or(draft.published);
        draft.pubstatus = pubstatus;
        draft.source = self.provider.or(self.copyright_holder).or(draft.source);
        draft.category = self.service;
        draft.urgency = self
            .urgency
            .as_deref()
            .and_then(urgency_number)
            .or(draft.urgency);
        draft.language = self.language.or(self.lang).or(draft.language);
        let mut headlines = self.headlines;
        if let Some(main) = headlines.main() {
            draft.headline = main;
        } else if draft.headline.is_empty() {
            draft.headline = self.title.unwrap_or_default();
        }
        draft.kicker = headlines.kicker.or(self.slugline).unwrap_or(draft.kicker);
        if let Some(lead) = self.summaries.into_iter().flatten().next() {
            draft.lead = lead;
        }
        // `by` is the byline as written for readers; `creator` names parties, often by a login.
        if let Some(by) = self.by {
            draft.byline = Some(by);
        } else if !self.creators.is_empty() {
            draft.byline = Some(self.creators.join(", "));
        }
        draft.place = self.located.or(draft.place);
        draft.dateline = self.dateline.or(draft.dateline);
        draft.finish()
    }
}

/// The code of a QCode (`ninat:text` is `text`), lowercased.
fn code(qcode: &str) -> String {
    qcode
        .rsplit(':')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// The code a concept element names, by `qcode` (`ninat:text`), by `uri`
/// (`http://cv.iptc.org/newscodes/ninature/text`) or by `literal`.
fn concept_code(tag: &Tag) -> Option<String> {
    if let Some(q) = tag.attr("qcode") {
        return Some(code(&q));
    }
    if let Some(uri) = tag.attr("uri") {
        let last = uri
            .trim_end_matches('/')
            .rsplit(['/', '#'])
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        return Some(last);
    }
    tag.attr("literal").map(|l| code(&l))
}

/// A concept's name, reading the element just opened to its end: its first `name` child,
/// else its `literal`, else the code of its QCode when the code reads as a word
/// (`city:Philadelphia`, not `geo:345678`).
fn name_of(events: &mut Events, tag: &Tag) -> Xml<Option<String>> {
    let mut named: Option<String> = None;
    while let Some(child) = events.child()? {
        if child.name() == "name" && named.is_none() {
            named = Some(events.text()?).filter(|n| !n.trim().is_empty());
        } else {
            events.skip()?;
        }
    }
    let literal = tag.attr("literal");
    let coded = tag
        .attr("qcode")
        .and_then(|q| q.split_once(':').map(|(_, c)| c.to_string()))
        .filter(|c| c.chars().any(char::is_alphabetic));
    Ok([named, literal, coded]
        .into_iter()
        .flatten()
        .map(|t| t.trim().to_string())
        .find(|t| !t.is_empty()))
}
