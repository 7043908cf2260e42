//! Laid-out text kept per (caller's key, width, mode), so redrawing unchanged text is a lookup.
//! The caller names its texts (the app: article id and field); this layer knows only text.

use std::hash::Hash;
use std::num::NonZeroUsize;
use std::sync::Arc;

use lru::LruCache;

use super::layout::{layout, VisualLine};
use super::mode::BidiMode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Key<K> {
    text: K,
    width: usize,
    mode: BidiMode,
}

#[derive(Debug)]
struct Entry {
    /// The text laid out: an article rewritten on disk under the same id is laid out again.
    text: Box<str>,
    lines: Arc<[VisualLine]>,
}

/// A bounded cache of [`layout`] results, least recently used out first: a resize or mode
/// switch fills it with new keys and the old ones age out.
#[derive(Debug)]
pub struct LayoutCache<K: Hash + Eq> {
    entries: LruCache<Key<K>, Entry>,
}

impl<K: Copy + Eq + Hash> Default for LayoutCache<K> {
    fn default() -> Self {
        Self::new(Self::DEFAULT_CAPACITY)
    }
}

impl<K: Copy + Eq + Hash> LayoutCache<K> {
    /// Enough for every field of a few hundred articles at two widths.
    pub const DEFAULT_CAPACITY: usize = 4096;

    /// A cache holding at most `capacity` laid-out texts (at least 1).
    pub fn new(capacity: usize) -> Self {
        LayoutCache {
            entries: LruCache::new(NonZeroUsize::new(capacity).unwrap_or(NonZeroUsize::MIN)),
        }
    }

    /// The rows of `text`, known to the caller as `name`, at `width` in `mode`; laid out on the
    /// first request and whenever the text differs from the one cached under that name.
    pub fn get(&mut self, name: K, text: &str, width: usize, mode: BidiMode) -> Arc<[VisualLine]> {
        let key = Key {
            text: name,
            width,
            mode,
        };
        if let Some(entry) = self.entries.get(&key) {
            if *entry.text == *text {
                return Arc::clone(&entry.lines);
            }
        }
        let lines: Arc<[VisualLine]> = layout(text, width, mode).into();
        self.entries.put(
            key,
            Entry {
                text: text.into(),
                lines: Arc::clone(&lines),
            },
        );
        lines
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADLINE: &str = "601 هزار کارت هوشمند ملی در قم صادر شد";

    #[test]
    fn a_second_request_returns_the_same_rows() {
        let mut cache = LayoutCache::default();
        let a = cache.get((1, "headline"), HEADLINE, 40, BidiMode::Shaped);
        let b = cache.get((1, "headline"), HEADLINE, 40, BidiMode::Shaped);
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(&*a, layout(HEADLINE, 40, BidiMode::Shaped).as_slice());
    }

    #[test]
    fn width_mode_field_and_text_are_part_of_the_key() {
        let mut cache = LayoutCache::default();
        let a = cache.get((1, "headline"), HEADLINE, 40, BidiMode::Shaped);
        for other in [
            cache.get((1, "headline"), HEADLINE, 20, BidiMode::Shaped),
            cache.get((1, "headline"), HEADLINE, 40, BidiMode::Terminal),
            cache.get((1, "lead"), HEADLINE, 40, BidiMode::Shaped),
            cache.get((2, "headline"), HEADLINE, 40, BidiMode::Shaped),
        ] {
            assert!(!Arc::ptr_eq(&a, &other));
        }
        let changed = cache.get((1, "headline"), "خبر تازه", 40, BidiMode::Shaped);
        assert_eq!(changed[0].cells.len(), 8);
    }

    #[test]
    fn stays_bounded_and_keeps_recent_entries() {
        let mut cache = LayoutCache::new(8);
        let kept = cache.get((0, "body"), "x", 10, BidiMode::Shaped);
        for id in 1..100 {
            cache.get((id, "body"), "x", 10, BidiMode::Shaped);
            let again = cache.get((0, "body"), "x", 10, BidiMode::Shaped);
            assert!(Arc::ptr_eq(&kept, &again));
            assert!(cache.len() <= 8);
        }
    }
}
