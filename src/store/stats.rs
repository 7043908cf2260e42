//! Desk-level figures kept up to date as articles come and go: arrivals over time and the
//! datelines most filed from.

use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::fold::search_key;

/// How far back arrivals are remembered: a desk looks at the last hours, not the last week.
const HORIZON_SECS: u64 = 24 * 60 * 60;

/// Arrivals counted per second, for rates over any window within the horizon.
#[derive(Debug, Default)]
pub struct Arrivals {
    per_second: BTreeMap<u64, u64>,
}

fn epoch_secs(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

impl Arrivals {
    pub fn record(&mut self, at: SystemTime, now: SystemTime) {
        let cutoff = epoch_secs(now).saturating_sub(HORIZON_SECS);
        let sec = epoch_secs(at);
        if sec < cutoff {
            return;
        }
        *self.per_second.entry(sec).or_insert(0) += 1;
        while let Some((&first, _)) = self.per_second.first_key_value() {
            if first >= cutoff {
                break;
            }
            self.per_second.pop_first();
        }
    }

    /// Counts for each of the last `minutes` whole minutes ending now, oldest first.
    pub fn per_minute(&self, now: SystemTime, minutes: usize) -> Vec<u64> {
        let end = epoch_secs(now) + 1;
        let mut out = vec![0; minutes];
        for (i, slot) in out.iter_mut().rev().enumerate() {
            let hi = end.saturating_sub(60 * i as u64);
            let lo = hi.saturating_sub(60);
            *slot = self.per_second.range(lo..hi).map(|(_, n)| n).sum();
        }
        out
    }

    /// Arrivals within `window` before `now` (inclusive of the current second).
    pub fn since(&self, now: SystemTime, window: Duration) -> u64 {
        let end = epoch_secs(now) + 1;
        let lo = end.saturating_sub(window.as_secs().max(1));
        self.per_second.range(lo..end).map(|(_, n)| n).sum()
    }
}

/// How many held articles carry each dateline place. Places are grouped by their search form,
/// so `قم` typed with Arabic or Persian letters counts as one place; the first spelling seen is
/// the one shown.
#[derive(Debug, Default)]
pub struct Datelines {
    places: HashMap<String, (String, usize)>,
}

impl Datelines {
    pub fn add(&mut self, place: &str) {
        let key = search_key(place);
        if key.is_empty() {
            return;
        }
        self.places
            .entry(key)
            .or_insert_with(|| (place.to_string(), 0))
            .1 += 1;
    }

    pub fn remove(&mut self, place: &str) {
        let key = search_key(place);
        if let Some(entry) = self.places.get_mut(&key) {
            entry.1 -= 1;
            if entry.1 == 0 {
                self.places.remove(&key);
            }
        }
    }

    pub fn top(&self, n: usize) -> Vec<(String, usize)> {
        let mut all: Vec<(String, usize)> = self.places.values().cloned().collect();
        all.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        all.truncate(n);
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrivals_per_minute_and_window() {
        let now = UNIX_EPOCH + Duration::from_secs(10_000);
        let mut a = Arrivals::default();
        a.record(now, now);
        a.record(now - Duration::from_secs(30), now);
        a.record(now - Duration::from_secs(90), now);
        a.record(now - Duration::from_secs(HORIZON_SECS + 5), now);
        assert_eq!(a.per_minute(now, 3), vec![0, 1, 2]);
        assert_eq!(a.since(now, Duration::from_secs(60)), 2);
        assert_eq!(a.since(now, Duration::from_secs(3600)), 3);
    }

    #[test]
    fn datelines_group_spellings() {
        let mut d = Datelines::default();
        d.add("قم");
        d.add("تهران");
        d.add("تهران");
        d.add("كرج");
        d.add("کرج");
        d.remove("تهران");
        assert_eq!(
            d.top(2),
            vec![("كرج".to_string(), 2), ("تهران".to_string(), 1)]
        );
    }
}
