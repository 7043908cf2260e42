//! The article as newsdesk holds it: cleaned, sanitized text fields plus what was split off them.

use serde::Serialize;

/// Which text field of an article a span (a figure, a search hit) points into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    Kicker,
    Headline,
    Lead,
    Body,
}

impl Field {
    pub const ALL: [Field; 4] = [Field::Kicker, Field::Headline, Field::Lead, Field::Body];

    pub fn as_str(self) -> &'static str {
        match self {
            Field::Kicker => "kicker",
            Field::Headline => "headline",
            Field::Lead => "lead",
            Field::Body => "body",
        }
    }
}

/// Where and through whom a story was filed, split off the front of the lead
/// (`قم - ایرنا - …`, `TEHRAN, Nov. 20 (IRNA) - …`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Dateline {
    pub place: String,
    pub agency: Option<String>,
}

/// The wire format a file was written in, found from its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
pub enum Format {
    /// IRNA's JSON (`titr`, `describe`, `text`) and the common aliases (`title`, `body`, ...).
    #[default]
    #[serde(rename = "irna")]
    Irna,
    /// IPTC ninjs, "News in JSON", 1.x to 3.x.
    #[serde(rename = "ninjs")]
    Ninjs,
    /// IPTC NewsML-G2 (`newsItem`, `newsMessage`, or a bare `contentSet`).
    #[serde(rename = "newsml-g2")]
    NewsmlG2,
    /// IPTC NewsML 1 (`NewsML` with `NewsItem`s), as AFP and others still send it.
    #[serde(rename = "newsml-1")]
    Newsml1,
    /// A bare IPTC NITF document (`<nitf>` at the top, no NewsML-G2 around it).
    #[serde(rename = "nitf")]
    Nitf,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Irna => "irna",
            Format::Ninjs => "ninjs",
            Format::NewsmlG2 => "newsml-g2",
            Format::Newsml1 => "newsml-1",
            Format::Nitf => "nitf",
        }
    }
}

/// IPTC publishing status: a `canceled` or `withheld` item is a kill (or a hold) of the story
/// with the same identity, not a story of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PubStatus {
    Usable,
    Withheld,
    Canceled,
}

impl PubStatus {
    /// `usable`, `withheld`, `canceled` (also `cancelled`), bare or as a NewsML-G2 QCode
    /// (`stat:canceled`); case does not matter. Anything else is unknown.
    pub fn parse(text: &str) -> Option<PubStatus> {
        let code = text.trim().rsplit(':').next()?.to_ascii_lowercase();
        match code.as_str() {
            "usable" => Some(PubStatus::Usable),
            "withheld" => Some(PubStatus::Withheld),
            "canceled" | "cancelled" => Some(PubStatus::Canceled),
            _ => None,
        }
    }

    /// Whether the story must no longer be used.
    pub fn is_kill(self) -> bool {
        self != PubStatus::Usable
    }
}

/// One article, every text field already sanitized and whitespace-collapsed.
///
/// `body` keeps single newlines between paragraphs; every other field is one line.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Article {
    pub kicker: String,
    pub headline: String,
    pub lead: String,
    pub body: String,
    pub summary: String,
    pub summary_derived: bool,
    pub dateline: Option<Dateline>,
    pub reporter_code: Option<String>,
    pub published: Option<String>,
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Who wrote it (ninjs `by`, NewsML-G2 `creator`, NITF `byline`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// The item's identity across versions: ninjs `uri`, NewsML-G2 `guid`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<u64>,
    /// When this version was made, as RFC 3339.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_created: Option<String>,
    /// IPTC urgency, 1 (highest) to 9.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub urgency: Option<u8>,
    /// The language the item declares (BCP 47, e.g. `fa`, `en-GB`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pubstatus: Option<PubStatus>,
    /// Reported beside the article by `extract`, not inside it.
    #[serde(skip)]
    pub format: Format,
}

/// Languages written right to left, by primary subtag.
const RTL_LANGUAGES: &[&str] = &[
    "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "prs", "ps", "sd", "syr", "ug", "ur",
    "yi",
];

impl Article {
    /// Whether the article reads right to left: as its declared language says, else as its
    /// first strongly directional letter (headline, then lead, then body) says.
    pub fn is_rtl(&self) -> bool {
        if let Some(rtl) = declared_rtl(self.language.as_deref()) {
            return rtl;
        }
        [&self.headline, &self.lead, &self.body]
            .iter()
            .map(|t| unicode_bidi::get_base_direction_full(t.as_str()))
            .find(|d| *d != unicode_bidi::Direction::Mixed)
            .is_some_and(|d| d == unicode_bidi::Direction::Rtl)
    }

    /// Whether figures are shown in Persian (digits, unit words): a declared language decides
    /// (`fa`, Dari `prs`); without one, Arabic-script letters in the headline or lead.
    pub fn is_persian(&self) -> bool {
        match primary_language(self.language.as_deref()) {
            Some(primary) => matches!(primary.as_str(), "fa" | "prs" | "per"),
            None => [&self.headline, &self.lead]
                .iter()
                .any(|t| t.chars().any(|c| matches!(c, '\u{0600}'..='\u{06ff}'))),
        }
    }

    pub fn field(&self, field: Field) -> &str {
        match field {
            Field::Kicker => &self.kicker,
            Field::Headline => &self.headline,
            Field::Lead => &self.lead,
            Field::Body => &self.body,
        }
    }
}

/// Whether a declared language (BCP 47) is written right to left; `None` without one.
pub(crate) fn declared_rtl(language: Option<&str>) -> Option<bool> {
    primary_language(language).map(|p| RTL_LANGUAGES.contains(&p.as_str()))
}

/// The primary subtag, lowercased (`en` of `en-GB`).
fn primary_language(language: Option<&str>) -> Option<String> {
    let primary = language?
        .split(['-', '_'])
        .next()?
        .trim()
        .to_ascii_lowercase();
    (!primary.is_empty()).then_some(primary)
}
