//! Urgency tiers and watchlists: what makes an arrival stand out, and the alert history.

use std::time::SystemTime;

use super::App;
use crate::config::Config;
use crate::fold::search_key;
use crate::store::Record;

/// Alerts kept for the history pop-up.
const ALERT_HISTORY: usize = 50;

/// Wire urgency, highest first (AP/Reuters: FLASH > BULLETIN > URGENT; IRNA's «فوری»).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    Flash,
    Bulletin,
    Urgent,
}

impl Tier {
    pub fn label(self) -> &'static str {
        match self {
            Tier::Flash => "FLASH",
            Tier::Bulletin => "BULLETIN",
            Tier::Urgent => "URGENT",
        }
    }
}

/// Why an article stood out when it arrived.
#[derive(Debug, Clone, PartialEq)]
pub struct Alert {
    pub id: u64,
    pub time: SystemTime,
    pub tier: Option<Tier>,
    pub watch: Vec<String>,
    pub headline: String,
}

/// Urgency and watchlist hits of an article, computed once when it arrives.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Marks {
    pub tier: Option<Tier>,
    pub watch: Vec<String>,
}

/// Each watchlist phrase with its search key; phrases that normalize to nothing are dropped.
pub(super) fn watch_keys(config: &Config) -> Vec<(String, String)> {
    config
        .watch
        .iter()
        .map(|w| (w.clone(), search_key(w)))
        .filter(|(_, k)| !k.is_empty())
        .collect()
}

/// Each urgency marker's search key with its tier.
pub(super) fn urgency_keys(config: &Config) -> Vec<(Tier, String)> {
    let u = &config.urgency;
    [
        (Tier::Flash, &u.flash),
        (Tier::Bulletin, &u.bulletin),
        (Tier::Urgent, &u.urgent),
    ]
    .into_iter()
    .flat_map(|(tier, list)| list.iter().map(move |p| (tier, search_key(p))))
    .filter(|(_, k)| !k.is_empty())
    .collect()
}

impl App {
    /// Marks the article just added to the store; a live arrival that is urgent or on the
    /// watchlist also goes into the alert history. Returns whether to ring the bell.
    pub(super) fn mark_arrival(&mut self, id: u64, live: bool) -> bool {
        let Some(record) = self.store.get(id) else {
            return false;
        };
        let marks = self.marks_for(record);
        let mut bell = false;
        if live && (marks.tier.is_some() || !marks.watch.is_empty()) {
            bell = self.config.bell;
            let alert = Alert {
                id,
                time: self.now,
                tier: marks.tier,
                watch: marks.watch.clone(),
                headline: headline_of(record),
            };
            self.alerts.push_front(alert);
            self.alerts.truncate(ALERT_HISTORY);
        }
        // Most articles have no marks: only those that do take room.
        if marks != Marks::default() {
            self.marks.insert(id, marks);
        }
        bell
    }

    fn marks_for(&self, record: &Record) -> Marks {
        let head = search_key(&format!(
            "{} {}",
            record.article.kicker, record.article.headline
        ));
        let tier = self
            .urgency_keys
            .iter()
            .filter(|(_, k)| contains_word(&head, k))
            .map(|(t, _)| *t)
            .min();
        // The body's search form is only worth building when there is a watchlist to check.
        let body = if self.watch_keys.is_empty() {
            String::new()
        } else {
            search_key(&record.article.body)
        };
        let watch = self
            .watch_keys
            .iter()
            .filter(|(_, k)| contains_word(&record.search_key, k) || contains_word(&body, k))
            .map(|(w, _)| w.clone())
            .collect();
        Marks { tier, watch }
    }
}

pub fn headline_of(record: &Record) -> String {
    if record.article.headline.is_empty() {
        record.article.lead.clone()
    } else {
        record.article.headline.clone()
    }
}

/// `needle` in `haystack` as whole words: both are search keys (normalized, single-spaced).
pub fn contains_word(haystack: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    haystack.match_indices(needle).any(|(at, _)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}
