//! The interface's words in each language: one catalogue per language (`en.toml`, `fa.toml`
//! beside this file, compiled in), looked up by [`Msg`]. A test fails when a message is missing
//! from either catalogue or their placeholders disagree.
//!
//! Written as plain tables rather than with fluent or rust-i18n: two languages, a hundred-odd
//! messages and one plural rule (English `one`/`other`; Persian does not inflect after a number)
//! need a TOML table, which the crate already parses, not a localization runtime and its build.
//!
//! Placeholders (`{n}`, `{path}`) are filled with [`Arg`]s: numbers and words of the interface
//! read in the line's direction, names and text from outside are isolates of their own, so a
//! Persian directory name in an English status bar (or a Latin query in a Persian one) reads
//! right.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::text::{Dir, Run};

/// The interface language.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Fa,
}

impl Lang {
    /// From the locale of the messages category, as POSIX orders it (`LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG`): Persian for `fa` and `fa_IR.UTF-8`, English otherwise.
    pub fn from_env() -> Lang {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        let locale = var("LC_ALL")
            .or_else(|| var("LC_MESSAGES"))
            .or_else(|| var("LANG"));
        Lang::from_locale(locale.as_deref().unwrap_or(""))
    }

    /// `fa`, `fa_IR`, `fa_IR.UTF-8`, `fa-AF`: Persian; anything else English.
    pub fn from_locale(locale: &str) -> Lang {
        let language = locale.split(['_', '-', '.', '@']).next().unwrap_or("");
        if language.eq_ignore_ascii_case("fa") {
            Lang::Fa
        } else {
            Lang::En
        }
    }

    /// The interface reads right to left: the whole layout is mirrored.
    pub fn rtl(self) -> bool {
        self == Lang::Fa
    }

    /// The direction of the interface's own lines.
    pub fn dir(self) -> Dir {
        Dir::from_rtl(self.rtl())
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fa => "fa",
        }
    }

    fn catalog(self) -> &'static Catalog {
        match self {
            Lang::En => &EN,
            Lang::Fa => &FA,
        }
    }
}

macro_rules! messages {
    ($($name:ident = $id:literal,)*) => {
        /// A message of the interface, by its key in the catalogues.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Msg { $($name,)* }

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$name,)*];

            /// The message's key in the catalogue files.
            pub fn id(self) -> &'static str {
                match self { $(Msg::$name => $id,)* }
            }
        }
    };
}

messages! {
    PaneHeadlines = "pane.headlines",
    PaneHeadlinesCount = "pane.headlines_count",
    PaneArticle = "pane.article",
    PaneFigures = "pane.figures",
    PaneDesk = "pane.desk",
    HeadlinesWaiting = "headlines.waiting",
    HeadlinesSeeErrors = "headlines.see_errors",
    ArticleNone = "article.none",
    FiguresNone = "figures.none",
    FiguresMore = "figures.more",
    PaneFiguresExact = "pane.figures_exact",
    BoardTitle = "board.title",
    BoardSortRecency = "board.sort_recency",
    BoardSortSize = "board.sort_size",
    BoardSortConflicts = "board.sort_conflicts",
    BoardSort = "board.sort",
    BoardKind = "board.kind",
    BoardKindAll = "board.kind_all",
    BoardHeadSubject = "board.head_subject",
    BoardHeadLatest = "board.head_latest",
    BoardHeadSource = "board.head_source",
    BoardHeadTime = "board.head_time",
    BoardHeadArticles = "board.head_articles",
    BoardHeadTrend = "board.head_trend",
    BoardConflict = "board.conflict",
    BoardNone = "board.none",
    BoardNoMatch = "board.no_match",
    BoardHint = "board.hint",
    FiguresCapped = "figures.capped",
    DeskArrivals = "desk.arrivals",
    DeskDatelines = "desk.datelines",
    DeskFigures = "desk.figures",
    DeskAlerts = "desk.alerts",
    ListSep = "list.sep",
    KindCount = "kind.count",
    KindPercent = "kind.percent",
    KindMoney = "kind.money",
    KindMeasure = "kind.measure",
    KindDuration = "kind.duration",
    KindYear = "kind.year",
    KindDate = "kind.date",
    KindOrdinal = "kind.ordinal",
    KindScore = "kind.score",
    TierFlash = "tier.flash",
    TierBulletin = "tier.bulletin",
    TierUrgent = "tier.urgent",
    AgeNow = "age.now",
    AgeMinutes = "age.minutes",
    AgeHours = "age.hours",
    DateGregorian = "date.gregorian",
    DatePersian = "date.persian",
    Month1 = "month.1",
    Month2 = "month.2",
    Month3 = "month.3",
    Month4 = "month.4",
    Month5 = "month.5",
    Month6 = "month.6",
    Month7 = "month.7",
    Month8 = "month.8",
    Month9 = "month.9",
    Month10 = "month.10",
    Month11 = "month.11",
    Month12 = "month.12",
    StatusDemo = "status.demo",
    StatusArticles = "status.articles",
    StatusPerHour = "status.per_hour",
    StatusAlerts = "status.alerts",
    StatusErrors = "status.errors",
    StatusPaused = "status.paused",
    StatusNewAbove = "status.new_above",
    StatusFollow = "status.follow",
    StatusSearch = "status.search",
    StatusHelp = "status.help",
    StatusMode = "status.mode",
    StatusUncalibrated = "status.uncalibrated",
    StatusUncalibratedShort = "status.uncalibrated_short",
    StatusClock = "status.clock",
    WatchInotify = "watch.inotify",
    WatchPoll = "watch.poll",
    WatchMissing = "watch.missing",
    WatchLoading = "watch.loading",
    PollRequested = "poll.requested",
    PollNetwork = "poll.network",
    PollFailed = "poll.failed",
    NoteReplaced = "note.replaced",
    NoteBack = "note.back",
    NoteMissing = "note.missing",
    SmallTitle = "small.title",
    SmallNeed = "small.need",
    OverlayKeys = "overlay.keys",
    OverlayErrors = "overlay.errors",
    OverlayErrorsNone = "overlay.errors_none",
    OverlayAlerts = "overlay.alerts",
    OverlayAlertsNone = "overlay.alerts_none",
    KeyMouse = "key.mouse",
    HelpMove = "help.move",
    HelpPage = "help.page",
    HelpEnds = "help.ends",
    HelpOpen = "help.open",
    HelpPanes = "help.panes",
    HelpSearch = "help.search",
    HelpMatches = "help.matches",
    HelpBack = "help.back",
    HelpFollow = "help.follow",
    HelpPause = "help.pause",
    HelpAlerts = "help.alerts",
    HelpErrors = "help.errors",
    HelpTheme = "help.theme",
    HelpMode = "help.mode",
    HelpHelp = "help.help",
    HelpBoard = "help.board",
    HelpExact = "help.exact",
    HelpKinds = "help.kinds",
    HelpSort = "help.sort",
    HelpSuspend = "help.suspend",
    HelpQuit = "help.quit",
    HelpMouse = "help.mouse",
    ModeShaped = "mode.shaped",
    ModeShapedShort = "mode.shaped_short",
    ModeVisual = "mode.visual",
    ModeVisualShort = "mode.visual_short",
    ModeTerminal = "mode.terminal",
    ModeTerminalShort = "mode.terminal_short",
    CalibrateTitle = "calibrate.title",
    CalibrateTitleShort = "calibrate.title_short",
    CalibratePress = "calibrate.press",
    CalibratePressShort = "calibrate.press_short",
    CalibrateSaved = "calibrate.saved",
    CalibrateNowhere = "calibrate.nowhere",
    ErrorEmpty = "error.empty",
    ErrorUtf8 = "error.utf8",
    ErrorNul = "error.nul",
    ErrorJson = "error.json",
    ErrorTooDeep = "error.too_deep",
    ErrorNotObject = "error.not_object",
    ErrorWrongType = "error.wrong_type",
    ErrorNoHeadline = "error.no_headline",
    ErrorTooLarge = "error.too_large",
    ErrorLineTooLarge = "error.line_too_large",
    ErrorInternal = "error.internal",
    ErrorNotRegular = "error.not_regular",
    ErrorIo = "error.io",
    IoNotFound = "io.not_found",
    IoPermission = "io.permission",
    ErrorItemNotObject = "error.item_not_object",
    ErrorNoItems = "error.no_items",
    ErrorSeveralItems = "error.several_items",
    ErrorNotText = "error.not_text",
    ErrorNotNews = "error.not_news",
    ErrorXml = "error.xml",
    ErrorXmlTooDeep = "error.xml_too_deep",
    ErrorXmlEntities = "error.xml_entities",
    ErrorEncoding = "error.encoding",
    ErrorInvalidEncoding = "error.invalid_encoding",
    ErrorTooManyItems = "error.too_many_items",
    ErrorMoreBadLines = "error.more_bad_lines",
    ErrorTooManyValues = "error.too_many_values",
    ErrorAtItem = "error.at_item",
    NoticeKilled = "notice.killed",
    NoticeWithheld = "notice.withheld",
    NoticeBanner = "notice.banner",
}

/// A value for a placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Read in the message's own direction: numbers and the interface's words.
    Plain(String),
    /// An isolate of its own: names, paths, queries, text from a file.
    Isolate(String, Dir),
}

impl Arg {
    pub fn plain(s: impl Into<String>) -> Arg {
        Arg::Plain(s.into())
    }

    /// Text from outside, in its own direction.
    pub fn name(s: impl Into<String>) -> Arg {
        Arg::Isolate(s.into(), Dir::Auto)
    }

    /// A path or another left-to-right technical string.
    pub fn ltr(s: impl Into<String>) -> Arg {
        Arg::Isolate(s.into(), Dir::Ltr)
    }
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Entry {
    One(String),
    Plural { one: String, other: String },
}

#[derive(Debug)]
struct Catalog(HashMap<String, Entry>);

impl Catalog {
    fn parse(text: &str) -> Catalog {
        Catalog(toml::from_str(text).unwrap_or_else(|e| {
            // Compiled in and checked by the tests below: a broken file is a build mistake.
            panic!("a message catalogue does not parse: {e}")
        }))
    }

    fn get(&self, msg: Msg, count: Option<u64>) -> Option<&str> {
        Some(match self.0.get(msg.id())? {
            Entry::One(s) => s,
            Entry::Plural { one, .. } if count == Some(1) => one,
            Entry::Plural { other, .. } => other,
        })
    }
}

static EN: LazyLock<Catalog> = LazyLock::new(|| Catalog::parse(include_str!("en.toml")));
static FA: LazyLock<Catalog> = LazyLock::new(|| Catalog::parse(include_str!("fa.toml")));

/// The message as written, placeholders and all (the `other` form of a plural one); English
/// if the language lacks it, its key if both do.
pub fn tr(lang: Lang, msg: Msg) -> &'static str {
    template(lang, msg, None)
}

fn template(lang: Lang, msg: Msg, count: Option<u64>) -> &'static str {
    lang.catalog()
        .get(msg, count)
        .or_else(|| EN.get(msg, count))
        .unwrap_or(msg.id())
}

/// The message with its placeholders filled, as runs for a composed line. `count` picks the
/// plural form and fills `{n}` (already written in the desk's digits).
pub fn runs(lang: Lang, msg: Msg, count: Option<(u64, &str)>, args: &[(&str, Arg)]) -> Vec<Run> {
    let template = template(lang, msg, count.map(|(n, _)| n));
    let mut out: Vec<Run> = Vec::new();
    let mut plain = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        let name = &rest[open + 1..close];
        plain.push_str(&rest[..open]);
        rest = &rest[close + 1..];
        let value = match (name, count) {
            ("n", Some((_, shown))) => Some(Arg::plain(shown)),
            _ => args
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.clone()),
        };
        match value {
            Some(Arg::Plain(s)) => plain.push_str(&s),
            Some(Arg::Isolate(s, dir)) => {
                if !plain.is_empty() {
                    out.push(Run::plain(std::mem::take(&mut plain)));
                }
                out.push(Run::isolated(s, dir));
            }
            None => {
                plain.push('{');
                plain.push_str(name);
                plain.push('}');
            }
        }
    }
    plain.push_str(rest);
    if !plain.is_empty() || out.is_empty() {
        out.push(Run::plain(plain));
    }
    out
}

/// [`runs`] as one plain string, isolates and all dropped: for window titles and logs.
pub fn format(lang: Lang, msg: Msg, count: Option<(u64, &str)>, args: &[(&str, Arg)]) -> String {
    runs(lang, msg, count, args)
        .into_iter()
        .map(|r| r.text)
        .collect()
}

#[cfg(test)]
mod tests;
