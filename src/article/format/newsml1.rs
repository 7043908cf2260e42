//! IPTC NewsML 1 (1.2 above all), which AFP, EFE, ANA-MPA and Business Wire still send: a
//! `NewsML` envelope of `NewsItem`s, each a tree of `NewsComponent`s whose `NewsLines` carry
//! the headline and dateline and whose `ContentItem`s carry the text (NITF, XHTML, or HTML
//! escaped in a CDATA section) or point at a photo, a video or a sound. Read from the XML
//! stream like NewsML-G2, keeping the first of each field and the richest text.

use super::super::error::ParseError;
use super::super::model::{Article, Format, PubStatus};
use super::super::parse::{Entry, MAX_ITEMS};
use super::content::Content;
use super::date::rfc3339;
use super::draft::{keep_first, urgency_number, version_number};
use super::markup::xml_line;
use super::not_text;
use super::xml::{Events, Tag, Xml};

/// Roles of components whose text is the story (Business Wire also sends the headline, a
/// contact block and a logo as components of their own).
const BODY_ROLES: &[&str] = &["", "main", "body", "text", "story", "content"];

/// The `NewsItem`s of the `NewsML` element just opened: one entry for a document of one item
/// (as good as every one is), numbered entries for several.
pub(super) fn read(events: &mut Events, entries: &mut Vec<Entry>) -> Xml<()> {
    let mut results: Vec<Result<Article, ParseError>> = Vec::new();
    let mut left_out = 0;
    while let Some(child) = events.child()? {
        if child.name() != "NewsItem" {
            events.skip()?;
        } else if results.len() >= MAX_ITEMS {
            left_out += 1;
            events.skip()?;
        } else {
            results.push(Item::read(events, &child)?.finish());
        }
    }
    let format = Some(Format::Newsml1);
    match results.len() {
        0 => entries.push(Entry::whole(format, Err(ParseError::NoItems))),
        1 if left_out == 0 => entries.extend(results.pop().map(|r| Entry::whole(format, r))),
        _ => entries
            .extend((results.into_iter().enumerate()).map(|(i, r)| Entry::item(i + 1, format, r))),
    }
    if left_out > 0 {
        let cap = MAX_ITEMS;
        let error = Err(ParseError::TooManyItems { cap, left_out });
        entries.push(Entry::item(cap + 1, format, error));
    }
    Ok(())
}

/// What a `NewsItem` says, the first of each field kept (outer components come first).
#[derive(Debug, Default)]
struct Item {
    lang: Option<String>,
    provider_id: Option<String>,
    date_id: Option<String>,
    item_id: Option<String>,
    public_id: Option<String>,
    revision: Option<String>,
    first_created: Option<String>,
    revision_created: Option<String>,
    status: Option<String>,
    urgency: Option<String>,
    headline: Option<String>,
    subheadline: Option<String>,
    byline: Option<String>,
    dateline: Option<String>,
    slugline: Option<String>,
    provider: Option<String>,
    source: Option<String>,
    language: Option<String>,
    city: Option<String>,
    content: Content,
    /// Whether any content item is text.
    has_text: bool,
}

impl Item {
    fn read(events: &mut Events, tag: &Tag) -> Xml<Item> {
        let mut item = Item {
            lang: tag.attr("lang"),
            ..Item::default()
        };
        while let Some(part) = events.child()? {
            match part.name() {
                "Identification" => item.identification(events)?,
                "NewsManagement" => item.management(events)?,
                "NewsComponent" => item.component(events, "")?,
                _ => events.skip()?,
            }
        }
        Ok(item)
    }

    fn identification(&mut self, events: &mut Events) -> Xml<()> {
        while let Some(part) = events.child()? {
            if part.name() != "NewsIdentifier" {
                events.skip()?;
                continue;
            }
            while let Some(id) = events.child()? {
                let slot = match id.name() {
                    "ProviderId" => &mut self.provider_id,
                    "DateId" => &mut self.date_id,
                    "NewsItemId" => &mut self.item_id,
                    "RevisionId" => &mut self.revision,
                    "PublicIdentifier" => &mut self.public_id,
                    _ => {
                        events.skip()?;
                        continue;
                    }
                };
                keep_first(slot, Some(events.text()?));
            }
        }
        Ok(())
    }

    fn management(&mut self, events: &mut Events) -> Xml<()> {
        while let Some(part) = events.child()? {
            match part.name() {
                "FirstCreated" => keep_first(&mut self.first_created, Some(events.text()?)),
                "ThisRevisionCreated" => {
                    keep_first(&mut self.revision_created, Some(events.text()?))
                }
                "Status" => {
                    keep_first(&mut self.status, part.attr("FormalName"));
                    events.skip()?;
                }
                "Urgency" => {
                    keep_first(&mut self.urgency, part.attr("FormalName"));
                    events.skip()?;
                }
                _ => events.skip()?,
            }
        }
        Ok(())
    }

    /// The rest of a `NewsComponent` whose parent has the role `role`.
    fn component(&mut self, events: &mut Events, role: &str) -> Xml<()> {
        let mut role = role.to_string();
        while let Some(part) = events.child()? {
            match part.name() {
                "Role" => {
                    role = part.attr("FormalName").unwrap_or_default().to_lowercase();
                    events.skip()?;
                }
                "NewsLines" => self.news_lines(events)?,
                "AdministrativeMetadata" => self.administrative(events)?,
                "DescriptiveMetadata" => self.descriptive(events)?,
                "ContentItem" => self.content_item(events, &part, &role)?,
                "NewsComponent" => self.component(events, &role)?,
                _ => events.skip()?,
            }
        }
        Ok(())
    }

    fn news_lines(&mut self, events: &mut Events) -> Xml<()> {
        while let Some(line) = events.child()? {
            let slot = match line.name() {
                "HeadLine" => &mut self.headline,
                "SubHeadLine" => &mut self.subheadline,
                "ByLine" => &mut self.byline,
                "DateLine" => &mut self.dateline,
                "SlugLine" => &mut self.slugline,
                _ => {
                    events.skip()?;
                    continue;
                }
            };
            let text = xml_line(events, line.name())?;
            keep_first(slot, Some(text));
        }
        Ok(())
    }

    fn administrative(&mut self, events: &mut Events) -> Xml<()> {
        while let Some(part) = events.child()? {
            let slot = match part.name() {
                "Provider" => &mut self.provider,
                "Source" => &mut self.source,
                _ => {
                    events.skip()?;
                    continue;
                }
            };
            let party = party_name(events)?;
            keep_first(slot, party);
        }
        Ok(())
    }

    fn descriptive(&mut self, events: &mut Events) -> Xml<()> {
        while let Some(part) = events.child()? {
            match part.name() {
                "Language" => {
                    keep_first(&mut self.language, part.attr("FormalName"));
                    events.skip()?;
                }
                // Where the story was filed: `HowPresent="Origin"` or said of the whole item.
                "Location" => {
                    while let Some(property) = events.child()? {
                        let city = city_of(&property);
                        keep_first(&mut self.city, city);
                        events.skip()?;
                    }
                }
                "Property" => {
                    keep_first(&mut self.city, city_of(&part));
                    events.skip()?;
                }
                _ => events.skip()?,
            }
        }
        Ok(())
    }

    fn content_item(&mut self, events: &mut Events, tag: &Tag, role: &str) -> Xml<()> {
        // The content types come before the data, as the DTD orders them.
        let mut media = String::new();
        let mut format = String::new();
        let mut mime = String::new();
        while let Some(part) = events.child()? {
            match part.name() {
                "MediaType" => media = formal_name(&part),
                "Format" => format = formal_name(&part),
                "MimeType" => mime = formal_name(&part),
                "DataContent" => {
                    let text = media.is_empty() || media == "text";
                    if text && BODY_ROLES.contains(&role) {
                        self.has_text = true;
                        let markup = format.contains("html") || mime.contains("html");
                        let text_type = if markup { "text/html" } else { "" };
                        self.content.inline(events, text_type)?;
                    }
                    // Text in a component of another role (a contact block, a logo's name)
                    // is no part of the story.
                    else {
                        events.skip()?;
                    }
                    continue;
                }
                _ => {}
            }
            events.skip()?;
        }
        match media.as_str() {
            "text" => self.has_text |= BODY_ROLES.contains(&role),
            "photo" | "graphic" => self.content.media.add("image/"),
            "video" => self.content.media.add("video/"),
            "audio" => self.content.media.add("audio/"),
            "" if tag.attr("Href").is_some() => self.content.media.add(&mime),
            _ => {}
        }
        Ok(())
    }

    fn finish(self) -> Result<Article, ParseError> {
        let pubstatus = self.status.as_deref().and_then(PubStatus::parse);
        let kill = pubstatus.is_some_and(PubStatus::is_kill);
        if !self.has_text && !kill {
            if let Some(kind) = self.content.media.kind() {
                return Err(not_text(kind));
            }
        }
        let mut draft = self.content.into_draft(Format::Newsml1);
        let date = |d: String| rfc3339(&d).unwrap_or(d);
        // The identity without the revision, which the public identifier ends with.
        draft.uri = match (self.provider_id, self.date_id, self.item_id) {
            (Some(provider), Some(date), Some(id)) => {
                Some(format!("urn:newsml:{provider}:{date}:{id}"))
            }
            _ => self.public_id.map(|p| {
                p.rsplit_once(':')
                    .map_or(p.clone(), |(id, _)| id.to_string())
            }),
        }
        .or(draft.uri);
        draft.version = self
            .revision
            .as_deref()
            .and_then(version_number)
            .or(draft.version);
        draft.version_created = self.revision_created.map(date);
        draft.published = (draft.version_created.clone())
            .or_else(|| self.first_created.map(date))
            .or(draft.published);
        draft.pubstatus = pubstatus;
        draft.urgency = self
            .urgency
            .as_deref()
            .and_then(urgency_number)
            .or(draft.urgency);
        draft.headline = self.headline.unwrap_or(draft.headline);
        if let Some(lead) = self.subheadline {
            draft.lead = lead;
        }
        draft.byline = self.byline.or(draft.byline);
        draft.kicker = self.slugline.unwrap_or_default();
        draft.dateline = self.dateline.or(draft.dateline);
        draft.place = self.city.or(draft.place);
        draft.source = self.provider.or(self.source).or(draft.source);
        draft.language = (self.language.map(|l| l.to_ascii_lowercase()))
            .or(self.lang)
            .or(draft.language);
        draft.finish()
    }
}

/// The lowercased `FormalName` of an element.
fn formal_name(tag: &Tag) -> String {
    tag.attr("FormalName")
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// A `Property FormalName="City" Value="Paris"`'s city.
fn city_of(property: &Tag) -> Option<String> {
    (property.name() == "Property")
        .then(|| property.attr("FormalName"))
        .flatten()
        .filter(|name| name.eq_ignore_ascii_case("city"))
        .and_then(|_| property.attr("Value"))
}

/// The `FormalName` of the first `Party` in the element just opened.
fn party_name(events: &mut Events) -> Xml<Option<String>> {
    let mut name = None;
    while let Some(party) = events.child()? {
        if party.name() == "Party" {
            keep_first(&mut name, party.attr("FormalName"));
        }
        events.skip()?;
    }
    Ok(name)
}
