//! A window of time whose clause closes with its verb right after it (`این مشکل ظرف یک ماه
//! حل شود`, `مسابقات طی دو روز در اصفهان برگزار خواهد شد`): nothing after the window is
//! what happens within it, so the subject of the clause, standing right before the window,
//! is. (The noun the verb is made of, `در مدت ۲۵ روز فیلمبرداری شد`, was tried too: in a
//! corpus sample it was as often a verb's half that names nothing, `عنوان کرد`, `اشاره کرد`.)

use super::super::context;
use super::super::phrase::{self, Role};
use super::super::token::Tokens;
use super::clause::dummy;

/// How many words may stand between a window and its verb: a place (`در استان اصفهان`), an
/// adverb, a predicate adjective.
const REACH: usize = 7;

/// The subject of a window opened at `open` (its `ظرف`, `طی`, `در مدت`) and ending at `end`,
/// when the verb closes its clause right after it.
pub(super) fn closing(t: &Tokens, open: usize, end: usize) -> Option<(usize, usize)> {
    // `اعزام نیرو را به مدت سه ماه تصویب کرد`: the object before the window is the clause's
    // own rule.
    if open > 0 && phrase::role(t, open - 1) == Role::Ra {
        return None;
    }
    verb_after(t, end)?;
    subject_right_before(t, open)
}

/// The verb of the clause after a window ending at `end`, when only a place, an adverb or
/// an adjective stand between: no phrase of its own that could be what the window times.
fn verb_after(t: &Tokens, end: usize) -> Option<usize> {
    let mut j = end;
    // `ظرف دو ماه آینده`: a window ahead; one back (`گذشته`) reports a period, not a window.
    if super::lasting::ahead(t.word(j)) {
        j += 1;
    }
    let limit = (j + REACH).min(t.len());
    while j < limit {
        match phrase::role(t, j) {
            Role::Verb | Role::Participle => return Some(j),
            Role::Adv | Role::Adj => j += 1,
            // `در استان اصفهان`, `به پایان`, `به آنها`: a phrase of a preposition places or
            // completes the verb.
            Role::Prep => {
                j += 1;
                if phrase::role(t, j) == Role::Pron {
                    j += 1;
                }
                while j < limit && phrase::role(t, j).nominal() {
                    j += 1;
                }
            }
            // `حل شود`, `فیلمبرداری شد`: one noun, half of the verb after it.
            Role::Noun => {
                let half = matches!(phrase::role(t, j + 1), Role::Verb | Role::Participle);
                return half.then_some(j + 1);
            }
            _ => return None,
        }
    }
    None
}

/// The phrase right before a window's first word at `open` (past a hedge: `وجه ایشان
/// حداکثر ظرف ۲۰ روز`) when it opens its clause, so is its subject: not the phrase of a
/// preposition, a number's or a phrase a conjunction joins to one before.
fn subject_right_before(t: &Tokens, open: usize) -> Option<(usize, usize)> {
    let mut k = open;
    if k > 0
        && matches!(
            t.word(k - 1),
            "حداکثر" | "حداقل" | "تنها" | "فقط" | "نیز" | "هم"
        )
    {
        k -= 1;
    }
    let (a, b) = phrase::subject_backward(t, k).filter(|&(_, b)| b == k)?;
    let lead = a.checked_sub(1).map_or(Role::End, |p| phrase::role(t, p));
    let after_verb = |p: usize| phrase::role(t, p) == Role::Verb;
    let opens = match lead {
        Role::End | Role::Verb => true,
        Role::Punct(c) => c != ')',
        Role::Conj => {
            matches!(t.word(a - 1), "که" | "كه")
                || (matches!(t.word(a - 1), "و" | "اما" | "ولی") && a >= 2 && after_verb(a - 2))
        }
        _ => false,
    };
    let w = t.word(a);
    let empty = context::time_noun(w) || dummy(w) || (b == a + 1 && w.ends_with("انه"));
    (opens && !empty).then_some((a, b))
}

#[cfg(test)]
mod tests {
    use super::super::tests::subject;

    #[test]
    fn a_window_its_verb_closes_names_the_subject_before_it() {
        let s = subject("گفت: این مشکل ظرف یک ماه حل می‌شود.", "یک");
        assert_eq!(s.as_deref(), Some("این مشکل"));
        let s = subject(
            "گفت: مسابقات قهرمانی کشور طی دو روز در استان اصفهان برگزار خواهد شد.",
            "دو",
        );
        assert_eq!(s.as_deref(), Some("مسابقات قهرمانی کشور"));
        let s = subject(
            "که هیات‌های اجرایی ظرف هفت روز به آنها رسیدگی می‌کنند.",
            "هفت",
        );
        assert_eq!(s.as_deref(), Some("هیات‌های اجرایی"));
        let s = subject("وجه مشتری حداکثر ظرف ۲۰ روز مسترد خواهد شد.", "۲۰");
        assert_eq!(s.as_deref(), Some("وجه مشتری"));
    }

    #[test]
    fn not_a_phrase_of_a_preposition_nor_a_window_with_a_phrase_after() {
        let s = subject("تیم ما در لیگ ظرف سه روز حذف شد.", "سه");
        assert_eq!(s, None);
        let s = subject(
            "دولت ظرف دو ماه آینده عملیات اجرایی این پروژه را آغاز می‌کند.",
            "دو",
        );
        assert_ne!(s.as_deref(), Some("دولت"));
    }
}
