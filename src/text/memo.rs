//! Composed lines kept from one frame to the next. A frame composes every row it shows (the
//! headline list: mark, age, place, headline; the status bar; titles), and between two frames
//! nearly all of them are the same line at the same width: laying each out again (bidi,
//! shaping, widths) was most of a frame's cost. Lines are looked up by what they are made of,
//! so a changed line is simply a new entry, and what the last frame did not use goes.

use std::collections::HashMap;
use std::hash::BuildHasher;
use std::sync::Arc;

use foldhash::fast::FixedState;

use super::compose::{Composed, Composer};
use super::mode::BidiMode;

#[derive(Debug)]
struct Entry {
    line: Composer,
    width: usize,
    mode: BidiMode,
    laid: Arc<Composed>,
}

/// The lines composed for this frame and the last, by a hash of what they are made of.
#[derive(Debug, Default)]
pub struct ComposedCache {
    now: HashMap<u64, Vec<Entry>>,
    before: HashMap<u64, Vec<Entry>>,
}

impl ComposedCache {
    /// A frame begins: what the one before it used is kept for it, the rest goes.
    pub fn next_frame(&mut self) {
        self.before = std::mem::take(&mut self.now);
    }

    /// `line` laid out at `width` in `mode`, as [`Composer::layout`] would lay it out.
    pub fn get(&mut self, line: &Composer, width: usize, mode: BidiMode) -> Arc<Composed> {
        let hash = FixedState::default().hash_one((line, width, mode));
        let same = |e: &Entry| e.width == width && e.mode == mode && e.line == *line;
        if let Some(e) = self.now.get(&hash).and_then(|v| v.iter().find(|e| same(e))) {
            return Arc::clone(&e.laid);
        }
        let kept = self.before.get_mut(&hash).and_then(|v| {
            let at = v.iter().position(same)?;
            Some(v.swap_remove(at))
        });
        let entry = kept.unwrap_or_else(|| Entry {
            line: line.clone(),
            width,
            mode,
            laid: Arc::new(line.layout(width, mode)),
        });
        let laid = Arc::clone(&entry.laid);
        self.now.entry(hash).or_default().push(entry);
        laid
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Dir, Fragment};

    fn line(text: &str) -> Composer {
        let mut c = Composer::new(Dir::Ltr, " · ");
        c.push(Fragment::text("قم"));
        c.push(Fragment::text(text));
        c
    }

    #[test]
    fn the_same_line_is_laid_out_once_and_kept_one_frame() {
        let mut cache = ComposedCache::default();
        let a = cache.get(&line("26 Nov 2026"), 40, BidiMode::Shaped);
        assert_eq!(*a, line("26 Nov 2026").layout(40, BidiMode::Shaped));
        assert!(Arc::ptr_eq(
            &a,
            &cache.get(&line("26 Nov 2026"), 40, BidiMode::Shaped)
        ));
        let narrow = cache.get(&line("26 Nov 2026"), 8, BidiMode::Shaped);
        assert_eq!(*narrow, line("26 Nov 2026").layout(8, BidiMode::Shaped));
        let other = cache.get(&line("27 Nov 2026"), 40, BidiMode::Shaped);
        assert_ne!(other.logical, a.logical);
        cache.next_frame();
        assert!(Arc::ptr_eq(
            &a,
            &cache.get(&line("26 Nov 2026"), 40, BidiMode::Shaped)
        ));
        cache.next_frame();
        cache.next_frame();
        assert!(!Arc::ptr_eq(
            &a,
            &cache.get(&line("26 Nov 2026"), 40, BidiMode::Shaped)
        ));
    }
}
