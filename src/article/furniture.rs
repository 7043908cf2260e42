//! Page furniture that scrapers leave in agency bodies and no reader wants in the article
//! pane, in a figure or in a search hit: ISNA's closing «انتهای پیام» ("end of message", with
//! the odd slash, number or mark a scraper left after it) and the lines a web page's video
//! player shows to browsers without video («مرورگر شما از ویدئو پشتیبانی نمی‌کند.», the
//! download prompt and its `video/mp4` link text).

use std::borrow::Cow;

const END_OF_MESSAGE: &str = "انتهای پیام";

/// Lines of a video player's fallback text, matched after trimming.
fn is_video_fallback(line: &str) -> bool {
    let line = line.trim();
    line == "video/mp4"
        || line == "مرورگر شما از ویدئو پشتیبانی نمی‌کند."
        || line
            .strip_prefix("فایل آن‌را از اینجا دانلود کنید:")
            .is_some_and(|rest| matches!(rest.trim(), "" | "video/mp4"))
}

/// `body` without the player's fallback lines and without a closing «انتهای پیام».
pub fn strip(body: &str) -> Cow<'_, str> {
    let body = if body.lines().any(is_video_fallback) {
        let kept: Vec<&str> = body.lines().filter(|l| !is_video_fallback(l)).collect();
        Cow::Owned(kept.join("\n"))
    } else {
        Cow::Borrowed(body)
    };
    match end_of_message_at(&body) {
        Some(at) => Cow::Owned(body[..at].trim_end().to_string()),
        None => body,
    }
}

/// Where a closing «انتهای پیام» starts: the last one, when nothing but slashes, digits,
/// dots, spaces and invisible marks follows it (what is left of a reporter code, `/63002/`).
fn end_of_message_at(body: &str) -> Option<usize> {
    let at = body.rfind(END_OF_MESSAGE)?;
    let tail = &body[at + END_OF_MESSAGE.len()..];
    let junk = |c: char| {
        c.is_whitespace()
            || c.is_numeric()
            || matches!(
                c,
                '/' | '.' | '\u{200c}' | '\u{200e}' | '\u{200f}' | '\u{2063}'
            )
    };
    tail.chars().all(junk).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::strip;

    #[test]
    fn the_closing_marker_goes_with_what_a_scraper_left_after_it() {
        assert_eq!(strip("متن خبر.\nانتهای پیام"), "متن خبر.");
        assert_eq!(strip("متن خبر. انتهای پیام/63002/\n."), "متن خبر.");
        assert_eq!(strip("متن خبر.\nانتهای پیام / \u{200f}"), "متن خبر.");
    }

    #[test]
    fn a_marker_followed_by_words_stays() {
        let credited = "متن خبر.\nانتهای پیام\nخبرنگار: مریم";
        assert_eq!(strip(credited), credited);
        assert_eq!(strip("بدون نشانه"), "بدون نشانه");
    }

    #[test]
    fn video_fallback_lines_go_wherever_they_are() {
        let body = "بند یک.\nمرورگر شما از ویدئو پشتیبانی نمی‌کند.\nفایل آن‌را از اینجا دانلود کنید: video/mp4\nبند دو.\nانتهای پیام";
        assert_eq!(strip(body), "بند یک.\nبند دو.");
        let split = "بند یک.\nفایل آن‌را از اینجا دانلود کنید:\nvideo/mp4\nبند دو.";
        assert_eq!(strip(split), "بند یک.\nبند دو.");
    }
}
