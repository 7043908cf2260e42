//! English words that end an English noun phrase: verbs of change and being, common past and
//! headline tenses, prepositions.

/// English verbs of change and being, which stand between a subject and its figure ("oil
/// exports rose 8%", "output was 3 million tonnes").
pub(crate) fn english_change(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "rose"
            | "rise"
            | "rises"
            | "risen"
            | "fell"
            | "fallen"
            | "fall"
            | "falls"
            | "grew"
            | "grown"
            | "grow"
            | "grows"
            | "reached"
            | "reach"
            | "hit"
            | "jumped"
            | "climbed"
            | "dropped"
            | "slipped"
            | "gained"
            | "lost"
            | "increased"
            | "decreased"
            | "declined"
            | "soared"
            | "plunged"
            | "totalled"
            | "totaled"
            | "stood"
    )
}

/// The past tenses of the irregular verbs common in business and wire copy, which the `-ed`
/// ending does not catch.
const ENGLISH_IRREGULAR: [&str; 38] = [
    "bought",
    "sold",
    "made",
    "paid",
    "took",
    "gave",
    "won",
    "left",
    "held",
    "kept",
    "spent",
    "sent",
    "built",
    "became",
    "came",
    "went",
    "got",
    "brought",
    "told",
    "found",
    "led",
    "met",
    "ran",
    "began",
    "drew",
    "shut",
    "cut",
    "set",
    "put",
    "sank",
    "shrank",
    "saw",
    "rebounded",
    "buys",
    "sells",
    "holds",
    "makes",
    "pays",
];

/// Present tenses that headlines and leads put between a subject and its figure (`crude
/// exports hold at 1.5 million barrels per day`, `bank aims to hold inflation at 25%`); none is
/// read as a noun before a number in wire copy.
const ENGLISH_HEADLINE: [&str; 18] = [
    "hold", "stay", "stays", "remain", "remains", "stand", "stands", "aim", "aims", "plan",
    "plans", "strike", "strikes", "top", "tops", "reach", "reaches", "expects",
];

/// English words that end an English noun phrase as a verb would.
pub(super) fn english_verb(w: &str) -> bool {
    english_change(w)
        || matches!(
            w,
            "be" | "been"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "could"
                | "can"
                | "may"
                | "said"
                | "says"
                | "struck"
                | "killed"
        )
        || ENGLISH_IRREGULAR.contains(&w)
        || ENGLISH_HEADLINE.contains(&w)
        || (w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")))
}

pub(super) fn english_preposition(w: &str) -> bool {
    matches!(
        w,
        "of" | "in"
            | "on"
            | "at"
            | "to"
            | "from"
            | "for"
            | "with"
            | "by"
            | "as"
            | "per"
            | "into"
            | "since"
            | "after"
            | "before"
            | "during"
            | "between"
            | "across"
            | "against"
            | "than"
            | "until"
            | "till"
            | "over"
            | "within"
            | "through"
            | "under"
            | "above"
            | "below"
            | "amid"
            | "via"
    )
}
