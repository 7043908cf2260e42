//! Urgency tiers and watchlists: what makes an arrival stand out, and the alert history.

use std::time::SystemTime;

use super::App;
use crate::article::PubStatus;
use crate::config::{Config, UrgencyLevels};
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

    /// The tier an IPTC urgency (1 highest, 9 lowest) gives under the desk's levels.
    pub fn of_urgency(urgency: u8, levels: UrgencyLevels) -> Option<Tier> {
        [
            (Tier::Flash, levels.flash),
            (Tier::Bulletin, levels.bulletin),
            (Tier::Urgent, levels.urgent),
        ]
        .into_iter()
        .find(|&(_, level)| urgency >= 1 && urgency <= level)
        .map(|(tier, _)| tier)
    }
}

/// How the desk names a kill or a hold.
pub fn notice_label(status: PubStatus) -> &'static str {
    match status {
        PubStatus::Canceled => "KILLED",
        PubStatus::Withheld => "WITHHELD",
        PubStatus::Usable => "",
    }
}

/// Why an article stood out when it arrived.
#[derive(Debug, Clone, PartialEq)]
pub struct Alert {
    pub id: u64,
    pub time: SystemTime,
    pub tier: Option<Tier>,
    pub watch: Vec<String>,
    /// The story was killed or withheld.
    pub notice: Option<PubStatus>,
    pub headline: String,
}

/// Urgency, watchlist hits and kill status of an article, computed when it arrives and again
/// when a new version replaces it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Marks {
    pub tier: Option<Tier>,
    pub watch: Vec<String>,
    /// A kill or hold notice: the story must not be used.
    pub notice: Option<PubStatus>,
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
    /// Marks the article just added to the store, or just replaced by a new version of it; a
    /// live arrival that is urgent, on the watchlist or a kill also goes into the alert
    /// history. A new version alerts only for what it adds: a kill, a higher tier, a new
    /// phrase. Returns whether to ring the bell.
    pub(super) fn mark_arrival(&mut self, id: u64, live: bool, replaced: bool) -> bool {
        let Some(record) = self.store.get(id) else {
            return false;
        };
        let marks = self.marks_for(record);
        let news = match self.marks.get(&id).filter(|_| replaced) {
            None => marks.tier.is_some() || !marks.watch.is_empty() || marks.notice.is_some(),
            Some(old) => {
                (marks.notice.is_some() && old.notice != marks.notice)
                    || marks.tier.is_some_and(|t| old.tier.is_none_or(|o| t < o))
                    || marks.watch.iter().any(|w| !old.watch.contains(w))
            }
        };
        let mut bell = false;
        if live && news {
            bell = self.config.bell;
            let alert = Alert {
                id,
                time: self.now,
                tier: marks.tier,
                watch: marks.watch.clone(),
                notice: marks.notice,
                headline: headline_of(record),
            };
            self.alerts.push_front(alert);
            self.alerts.truncate(ALERT_HISTORY);
        }
        // Most articles have no marks: only those that do take room.
        if marks == Marks::default() {
            self.marks.remove(&id);
        } else {
            self.marks.insert(id, marks);
        }
        bell
    }

    fn marks_for(&self, record: &Record) -> Marks {
        let head = search_key(&format!(
            "{} {}",
            record.article.kicker, record.article.headline
        ));
        let article = &record.article;
        let from_format = article
            .urgency
            .and_then(|u| Tier::of_urgency(u, self.config.urgency.levels));
        let tier = self
            .urgency_keys
            .iter()
            .filter(|(_, k)| contains_word(&head, k))
            .map(|(t, _)| *t)
            .chain(from_format)
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
        let notice = article.pubstatus.filter(|p| p.is_kill());
        Marks {
            tier,
            watch,
            notice,
        }
    }
}

/// What names an article in lists: its headline, else its lead, else (a bare kill notice for
/// a story never seen) its wire identity.
pub fn headline_of(record: &Record) -> String {
    let a = &record.article;
    [&a.headline, &a.lead]
        .into_iter()
        .find(|t| !t.is_empty())
        .cloned()
        .or_else(|| a.uri.clone())
        .unwrap_or_default()
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
