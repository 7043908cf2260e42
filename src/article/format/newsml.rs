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
use super::date::rfc3339;
use super::draft::{place_of, urgency_number, version_number, Draft};
use super::markup::{plain_paragraphs, render, xml_line, Paragraphs};
use super::nitf::Nitf;
use super::xml::{self, clip, Ev, Events, Tag, Xml};
use super::{body_choice, not_text, Text};

/// XHTML elements an `inlineXML` may open with; NITF is read on its own terms. Other
/// vocabularies (EventsML `events`, SportsML, ...) are not text.
const XHTML_ROOTS: &[&str] = &["html", "body", "div", "section", "article", "p"];

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
const SUMMARY_ROLES: [&str; 4] = ["summary", "abstract", "lead", ""];

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
        "nitf" => (Format::Nitf, Nitf::read(events, &root)?.article()),
        "contentSet" => (
            Format::NewsmlG2,
            Content::read(events)?.into_draft().finish(),
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
    summaries: [Option<String>; 4],
    creators: Vec<String>,
    by: Option<String>,
    located: Option<String>,
    dateline: Option<String>,
    content: Content,
}

/// Of the `headline`s: the main one (no role, or `main`), the first of another role that is
/// neither a kicker nor a subtitle, the first of all, and the first kicker.
#[derive(Debug, Default)]
struct Headlines {
    main: Option<String>,
    other: Option<String>,
    any: Option<String>,
    kicker: Option<String>,
}

impl Headlines {
    fn add(&mut self, role: &str, text: String) {
        if text.trim().is_empty() {
            return;
        }
        let slot = match role {
            "" | "main" => Some(&mut self.main),
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
        self.main.take().or(self.other.take()).or(self.any.take())
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
                    first(&mut self.class, concept_code(&part));
                    events.skip()?;
                }
                "pubStatus" => {
                    first(&mut self.pubstatus, concept_code(&part));
                    events.skip()?;
                }
                "versionCreated" => first(&mut self.version_created, Some(events.text()?)),
                "firstCreated" => first(&mut self.first_created, Some(events.text()?)),
                "title" => first(&mut self.title, Some(events.text()?)),
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
                "urgency" => first(&mut self.urgency, Some(events.text()?)),
                "contentCreated" => first(&mut self.content_created, Some(events.text()?)),
                "language" => {
                    first(&mut self.language, part.attr("tag"));
                    events.skip()?;
                }
                "headline" => {
                    let role = part.attr("role").map(|r| code(&r)).unwrap_or_default();
                    let text = xml_line(events, "headline")?;
                    self.headlines.add(&role, text);
                }
                "description" => {
                    let role = part.attr("role").map(|r| code(&r)).unwrap_or_default();
                    let text = xml_line(events, "description")?;
                    if let Some(at) = SUMMARY_ROLES.iter().position(|r| *r == role) {
                        set(&mut self.summaries[at], text);
                    }
                }
                "slugline" => first(&mut self.slugline, Some(events.text()?)),
                "creator" => self.creators.extend(name_of(events, &part)?),
                "by" => first(&mut self.by, Some(events.text()?)),
                "located" if self.located.is_none() => self.located = name_of(events, &part)?,
                "dateline" => first(&mut self.dateline, Some(xml_line(events, "dateline")?)),
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
        }
        let mut draft = content.into_draft();
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
        if !self.creators.is_empty() {
            draft.byline = Some(self.creators.join(", "));
        } else if let Some(by) = self.by.filter(|b| !b.trim().is_empty()) {
            draft.byline = Some(by);
        }
        draft.place = self
            .located
            .or_else(|| self.dateline.as_deref().and_then(place_of))
            .or(draft.place);
        draft.finish()
    }
}

/// Keeps the first non-blank value.
fn set(slot: &mut Option<String>, value: String) {
    if slot.is_none() && !value.trim().is_empty() {
        *slot = Some(value);
    }
}

fn first(slot: &mut Option<String>, value: Option<String>) {
    if let Some(value) = value {
        set(slot, value);
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

/// What a `contentSet` gives: the richest of its renderings, the NITF around one, and any
/// non-text vocabulary found inline.
#[derive(Debug, Default)]
struct Content {
    body: String,
    nitf: Option<Nitf>,
    /// A non-text vocabulary found inline, as the errors list names it (`event`).
    other: Option<&'static str>,
}

impl Content {
    /// The rest of the `contentSet` just opened.
    fn read(events: &mut Events) -> Xml<Content> {
        let mut content = Content::default();
        while let Some(part) = events.child()? {
            match part.name() {
                "inlineXML" => content.inline_xml(events)?,
                "inlineData" => content.inline_data(events, &part)?,
                // `remoteContent` points at a rendition elsewhere: nothing to read here.
                _ => events.skip()?,
            }
        }
        Ok(content)
    }

    /// A rendering of the body: kept when it is richer than the one kept so far.
    fn offer(&mut self, candidate: String) {
        let kept = std::mem::take(&mut self.body);
        self.body = body_choice([kept, candidate].into_iter());
    }

    fn merge(&mut self, other: Content) {
        self.offer(other.body);
        if self.nitf.is_none() {
            self.nitf = other.nitf;
        }
        self.other = self.other.or(other.other);
    }

    fn inline_xml(&mut self, events: &mut Events) -> Xml<()> {
        // Text with no element around it is plain text; once an element shows, the elements
        // are the content.
        let mut plain = String::new();
        let mut has_elements = false;
        // XHTML may come as several sibling elements (`<p>`s with no wrapper): together they
        // are one body.
        let mut xhtml: Option<Paragraphs> = None;
        loop {
            match events.next()? {
                Ev::Text(t) if !has_elements => plain.push_str(&t),
                Ev::Text(_) => {}
                Ev::Open(root) => {
                    has_elements = true;
                    plain = String::new();
                    match root.name() {
                        "nitf" => {
                            let mut nitf = Nitf::read(events, &root)?;
                            self.offer(std::mem::take(&mut nitf.body));
                            self.nitf.get_or_insert(nitf);
                        }
                        name if XHTML_ROOTS.contains(&name) => {
                            let out = xhtml.get_or_insert_with(Paragraphs::default);
                            out.end();
                            render(events, name, &[], out)?;
                        }
                        "events" | "event" => {
                            self.other = Some("event");
                            events.skip()?;
                        }
                        _ => events.skip()?,
                    }
                }
                Ev::Close | Ev::End => break,
            }
        }
        if !has_elements {
            self.offer(plain_paragraphs(&plain));
        }
        if let Some(out) = xhtml {
            self.offer(out.finish());
        }
        Ok(())
    }

    fn inline_data(&mut self, events: &mut Events, tag: &Tag) -> Xml<()> {
        let raw = events.text()?;
        let content_type = tag.attr("contenttype").unwrap_or_default();
        let text = match tag.attr("encoding") {
            None => Some(raw),
            Some(e) if e.trim().eq_ignore_ascii_case("base64") => from_base64(&raw, &content_type),
            // Another transfer encoding is none the desk can read.
            Some(_) => None,
        };
        if let Some(paragraphs) = text.and_then(|t| Text::new("", &t, &content_type).paragraphs()) {
            self.offer(paragraphs);
        }
        Ok(())
    }

    fn into_draft(self) -> Draft {
        let mut draft = Draft::new(Format::NewsmlG2);
        if let Some(nitf) = self.nitf {
            nitf.fill(&mut draft);
        }
        draft.body = self.body;
        draft
    }
}

/// The text carried base64-encoded in an `inlineData`, in the charset its content type names
/// (`text/plain; charset=iso-8859-1`), else UTF-8; `None` when it does not decode.
fn from_base64(raw: &str, content_type: &str) -> Option<String> {
    use base64::Engine as _;
    // Encoders wrap base64 in lines; whitespace is no part of it.
    let compact: Vec<u8> = raw.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(&compact)
        .ok()?;
    let charset = content_type
        .split(';')
        .skip(1)
        .filter_map(|p| p.split_once('='))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("charset"))
        .map(|(_, v)| v.trim().trim_matches('"').to_string());
    let (encoding, bom) = match encoding_rs::Encoding::for_bom(&bytes) {
        Some((encoding, bom)) => (encoding, bom),
        None => (
            charset
                .and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes()))
                .unwrap_or(encoding_rs::UTF_8),
            0,
        ),
    };
    xml::decode_as(encoding, &bytes[bom..])
        .ok()
        .map(|t| t.into_owned())
}
