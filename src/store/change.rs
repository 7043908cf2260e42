//! What ingest tells the store: articles in, articles out, errors on and off.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::SystemTime;

use super::FileError;
use crate::article::{Article, Position};
use crate::extract::{figures, Figure};
use crate::fold::search_key;

/// One change to the desk's view of DIR. A batch is applied in order.
#[derive(Debug, Clone)]
pub enum Change {
    /// The article at (path, line) is new or replaces the one there.
    Upsert(Box<Upsert>),
    /// The file now holds articles only at these lines, in ascending order (a rewritten
    /// `.jsonl`, or a `.json` that became unreadable: empty list); the others go, without a
    /// deleted mark.
    Retain {
        path: PathBuf,
        lines: Vec<Option<Position>>,
    },
    /// What was read at this line of a `.jsonl` no longer holds (its last line, taken while
    /// unfinished, read otherwise once complete; a rewritten line that stopped parsing): its
    /// article or its error goes.
    Withdraw { path: PathBuf, line: usize },
    /// The file is gone: its articles are dropped (or marked deleted) and its errors cleared.
    Remove { path: PathBuf },
    /// (path, line) could not be read; replaces any earlier error for the same place.
    Error(FileError),
    /// The file's errors no longer hold (it was fixed).
    ClearErrors { path: PathBuf },
}

/// An article ready for the store, with the costly derived parts already computed on an ingest
/// worker so that applying a batch on the app's thread stays cheap, and cut down to what a desk
/// can hold: a 7 MB "headline" or a body of millions of figures must not cost gigabytes.
#[derive(Debug, Clone)]
pub struct Upsert {
    pub path: PathBuf,
    pub line: Option<Position>,
    pub article: Arc<Article>,
    pub search_key: Box<str>,
    pub figures: Box<[Figure]>,
    /// Figures were found past [`MAX_FIGURES`] or past the first [`FIGURE_SCAN_BYTES`] of the
    /// body, and not kept.
    pub figures_capped: bool,
    /// The body was larger than [`MAX_BODY_HELD`] and is left in the file (the article came
    /// with an empty body): it is read again when the article is opened.
    pub body_on_disk: bool,
    /// The file's modification time when it was read.
    pub mtime: SystemTime,
    /// Seen arriving while watching (as opposed to found by the startup scan or a rescan): only
    /// these count as arrivals worth an alert.
    pub live: bool,
}

/// Longest kicker and headline kept, in characters: real ones run to a few dozen words.
pub const MAX_TITLE_CHARS: usize = 1_000;
/// Longest lead kept, in characters: real ones are a paragraph.
pub const MAX_LEAD_CHARS: usize = 5_000;
/// Bodies larger than this (in bytes) are never held: they are read from the file when shown.
pub const MAX_BODY_HELD: usize = 256 * 1024;
/// Figures kept per article; the figures pane says when there were more.
pub const MAX_FIGURES: usize = 1_000;
/// Figures are looked for in this much of a body (bytes, cut at a character boundary): a
/// figure costs ~150 bytes, and a 6 MB body of tables holds hundreds of thousands.
pub const FIGURE_SCAN_BYTES: usize = 128 * 1024;

impl Upsert {
    pub fn new(
        path: PathBuf,
        line: Option<Position>,
        mut article: Article,
        mtime: SystemTime,
        live: bool,
    ) -> Upsert {
        cap_chars(&mut article.kicker, MAX_TITLE_CHARS);
        cap_chars(&mut article.headline, MAX_TITLE_CHARS);
        cap_chars(&mut article.lead, MAX_LEAD_CHARS);
        // The body is searched in place (fold::contains_match): a normalized copy of every
        // body would double the store's memory.
        let key = [&article.kicker, &article.headline, &article.lead]
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let (mut figures, mut figures_capped) = if article.body.len() > FIGURE_SCAN_BYTES {
            let mut scanned = Article {
                body: String::new(),
                ..article.clone()
            };
            let cut = floor_char_boundary(&article.body, FIGURE_SCAN_BYTES);
            scanned.body.push_str(&article.body[..cut]);
            (figures(&scanned), true)
        } else {
            (figures(&article), false)
        };
        if figures.len() > MAX_FIGURES {
            figures.truncate(MAX_FIGURES);
            figures_capped = true;
        }
        let body_on_disk = article.body.len() > MAX_BODY_HELD;
        if body_on_disk {
            article.body = String::new();
        }
        compact(&mut article);
        Upsert {
            path,
            line,
            search_key: search_key(&key).into_boxed_str(),
            figures: figures.into_boxed_slice(),
            figures_capped,
            body_on_disk,
            article: Arc::new(article),
            mtime,
            live,
        }
    }
}

/// Held strings without spare capacity, and no second copy of the lead: the summary is the
/// lead unless it was derived from the body, and the dashboard shows the lead.
fn compact(a: &mut Article) {
    if !a.summary_derived {
        a.summary = String::new();
    }
    for s in [
        &mut a.kicker,
        &mut a.headline,
        &mut a.lead,
        &mut a.body,
        &mut a.summary,
    ] {
        s.shrink_to_fit();
    }
}

/// Cuts `s` to `max` characters, marking the cut with `…`.
fn cap_chars(s: &mut String, max: usize) {
    if let Some((at, _)) = s.char_indices().nth(max) {
        s.truncate(at);
        s.push('…');
    }
}

fn floor_char_boundary(s: &str, mut at: usize) -> usize {
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn huge_fields_are_cut_and_huge_bodies_left_on_disk() {
        let article = Article {
            kicker: "ک".repeat(MAX_TITLE_CHARS + 10),
            headline: "خبر".to_string(),
            lead: "x".repeat(MAX_LEAD_CHARS * 2),
            body: "۱۲ درصد و ".repeat(FIGURE_SCAN_BYTES / 8),
            ..Article::default()
        };
        let up = Upsert::new("a.json".into(), None, article, SystemTime::UNIX_EPOCH, true);
        assert_eq!(up.article.kicker.chars().count(), MAX_TITLE_CHARS + 1);
        assert!(up.article.kicker.ends_with('…'));
        assert_eq!(up.article.headline, "خبر");
        assert_eq!(up.article.lead.chars().count(), MAX_LEAD_CHARS + 1);
        assert!(up.body_on_disk && up.article.body.is_empty());
        assert_eq!(up.figures.len(), MAX_FIGURES);
        assert!(up.figures_capped);
    }

    #[test]
    fn ordinary_articles_are_kept_whole() {
        let article = Article {
            headline: "نرخ تورم ۱۲ درصد شد".to_string(),
            lead: "لید".to_string(),
            summary: "لید".to_string(),
            body: "متن".to_string(),
            ..Article::default()
        };
        let up = Upsert::new("a.json".into(), None, article, SystemTime::UNIX_EPOCH, true);
        assert!(!up.body_on_disk && !up.figures_capped);
        assert_eq!(up.article.body, "متن");
        assert_eq!(up.figures.len(), 1);
        assert_eq!(up.article.summary, "", "the lead is not held twice");
    }
}
