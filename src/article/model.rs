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
}

impl Article {
    pub fn field(&self, field: Field) -> &str {
        match field {
            Field::Kicker => &self.kicker,
            Field::Headline => &self.headline,
            Field::Lead => &self.lead,
            Field::Body => &self.body,
        }
    }
}
