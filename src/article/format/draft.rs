//! What a format reader found, before the clean-up every format shares: sanitize, collapse,
//! dateline and reporter code, summary.

use super::super::clean::{
    agency_in, split_dateline, split_reporter_code, strip_dateline, summarize,
};
use super::super::error::ParseError;
use super::super::model::{declared_rtl, Article, Dateline, Format, PubStatus};
use super::super::sanitize::sanitize;
use unicode_bidi::{get_base_direction, Direction};

/// An item's fields as its format gives them: raw text (not yet sanitized), the body as
/// paragraphs separated by `\n`.
#[derive(Debug, Default)]
pub(crate) struct Draft {
    pub format: Format,
    pub kicker: String,
    pub headline: String,
    pub lead: String,
    pub body: String,
    pub published: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub category: Option<String>,
    pub byline: Option<String>,
    pub uri: Option<String>,
    pub version: Option<u64>,
    pub version_created: Option<String>,
    pub urgency: Option<u8>,
    pub language: Option<String>,
    pub pubstatus: Option<PubStatus>,
    /// Where the story was filed, from metadata (ninjs `located`, NewsML-G2 `located`): it
    /// names the dateline's place even when the text carries a dateline of its own.
    pub place: Option<String>,
    /// The dateline as the metadata writes it (`London (dpa) - `, `PARIS, March 2`): its place
    /// when nothing else names one, and taken off the front of a body that repeats it.
    pub dateline: Option<String>,
}

impl Draft {
    pub fn new(format: Format) -> Draft {
        Draft {
            format,
            ..Draft::default()
        }
    }

    /// The article, every field sanitized and cleaned. An article needs a headline or a lead,
    /// except a kill or hold notice, which may carry nothing but the identity it withdraws.
    pub fn finish(mut self) -> Result<Article, ParseError> {
        // Each raw field goes once its clean copy is made: a body may be megabytes.
        let kicker = line(&std::mem::take(&mut self.kicker));
        let headline = line(&std::mem::take(&mut self.headline));
        let full_lead = line(&std::mem::take(&mut self.lead));
        let (mut dateline, lead) = split_dateline(&full_lead);
        let full_body = sanitize(&std::mem::take(&mut self.body), true);
        // Marked-up bodies often open with the headline (their `<h1>`) and the summary (a
        // teaser paragraph) the item gives apart; each is shown once.
        let mut body = full_body.as_str();
        for repeated in [headline.as_str(), full_lead.as_str(), lead] {
            body = without_first_paragraph(body, repeated);
        }
        let (body, reporter_code) = split_reporter_code(body);
        let body = crate::article::furniture::strip(body);
        let mut body = body.as_ref();
        // Wire copy opens its body with the dateline (`BERLIN (dpa) - ...`) when the summary
        // does not carry it; IRNA's leads always do, so its bodies are left alone unless the
        // lead is missing.
        if dateline.is_none() && (lead.is_empty() || self.format != Format::Irna) {
            let (found, rest) = split_dateline(body);
            dateline = found;
            body = rest;
        }
        // A dateline in a form not known here still comes off when the metadata gives it.
        let given = self.dateline.as_deref().map(line).filter(|d| !d.is_empty());
        if dateline.is_none() {
            if let Some(rest) = given.as_deref().and_then(|d| strip_dateline(body, d)) {
                body = rest;
            }
        }
        let place = (self.place.as_deref().map(line))
            .filter(|p| !p.is_empty())
            .or_else(|| given.as_deref().and_then(place_of));
        if let Some(place) = place {
            let agency =
                (dateline.and_then(|d| d.agency)).or_else(|| given.as_deref().and_then(agency_in));
            dateline = Some(Dateline { place, agency });
        }
        let kill = self.pubstatus.is_some_and(PubStatus::is_kill);
        if headline.is_empty() && lead.is_empty() && !kill {
            return Err(ParseError::NoHeadlineOrLead);
        }
        let (summary, summary_derived) = summarize(lead, body);
        let language = optional(self.language);
        let direct = |text: &str| directed(text, declared_rtl(language.as_deref()));
        Ok(Article {
            kicker: direct(&kicker),
            headline: direct(&headline),
            lead: direct(lead),
            body: direct(body),
            summary: direct(&summary),
            summary_derived,
            dateline,
            reporter_code,
            published: optional(self.published),
            source: optional(self.source),
            url: optional(self.url),
            category: optional(self.category),
            byline: optional(self.byline),
            uri: optional(self.uri),
            version: self.version,
            version_created: optional(self.version_created),
            urgency: self.urgency.filter(|u| (1..=9).contains(u)),
            language,
            pubstatus: self.pubstatus,
            format: self.format,
        })
    }
}

/// Each paragraph of `text` opened with a directional mark (RLM, LRM) where its own first
/// letter would give it the direction the declared language does not: an Arabic paragraph that
/// opens with a Latin name still reads right to left, wherever it is laid out. The marks are
/// invisible, and search ignores them.
fn directed(text: &str, rtl: Option<bool>) -> String {
    let Some(rtl) = rtl else {
        return text.to_string();
    };
    let (want, mark) = if rtl {
        (Direction::Rtl, '\u{200f}')
    } else {
        (Direction::Ltr, '\u{200e}')
    };
    let mut out = String::with_capacity(text.len() + 16);
    for (k, p) in text.split('\n').enumerate() {
        if k > 0 {
            out.push('\n');
        }
        let found = get_base_direction(p);
        if found != Direction::Mixed && found != want {
            out.push(mark);
        }
        out.push_str(p);
    }
    out
}

/// `body` without its first paragraph when that paragraph is `repeated` (and not empty).
fn without_first_paragraph<'a>(body: &'a str, repeated: &str) -> &'a str {
    if repeated.is_empty() {
        return body;
    }
    match body.split_once('\n') {
        Some((first, rest)) if first == repeated => rest,
        None if body == repeated => "",
        _ => body,
    }
}

/// A one-line field: sanitized, whitespace collapsed.
fn line(raw: &str) -> String {
    sanitize(raw, false)
}

fn optional(raw: Option<String>) -> Option<String> {
    raw.map(|r| line(&r)).filter(|c| !c.is_empty())
}

/// Keeps the first value that is not blank: formats repeat elements, and the first one counts.
pub(crate) fn keep_first(slot: &mut Option<String>, value: Option<String>) {
    if slot.is_none() {
        *slot = value.filter(|v| !v.trim().is_empty());
    }
}

/// A version number as formats write it: a number, or digits in a string (`"2"`).
pub(crate) fn version_number(text: &str) -> Option<u64> {
    text.trim().parse().ok()
}

/// An IPTC urgency, 1 to 9, from a number or digits in a string; out of range is none.
pub(crate) fn urgency_number(text: &str) -> Option<u8> {
    text.trim().parse().ok().filter(|u| (1..=9).contains(u))
}

/// The place of a `located` or a dateline given as one string (`Grossetto, Italy`,
/// `BERLIN (dpa)`, `Paris, France, Jan 9, 2026 (AFP) -`): the first part, the most specific.
/// A dateline that gives only a date (`4/4/2018`, `20170102T222800+0000`) names no place.
pub(crate) fn place_of(located: &str) -> Option<String> {
    let place = located.split([',', '(']).next()?.trim();
    let place = place.trim_end_matches(['-', '–', '—', ':']).trim_end();
    let wordy = place.chars().next().is_some_and(char::is_alphabetic)
        && place.chars().filter(|c| c.is_ascii_digit()).count() <= 2;
    wordy.then(|| place.to_string())
}
