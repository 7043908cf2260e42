//! Where noun phrases start and end, on sentences of news copy.

use super::*;

fn text<'a>(t: &Tokens<'a>, r: Option<(usize, usize)>) -> Option<&'a str> {
    r.map(|(a, b)| t.slice(a, b))
}

#[test]
fn a_comparison_opens_after_the_phrase() {
    let t = Tokens::new("غلظت ذرات معلق کمتر از ۱۰ میکرون به ۱۸۰۰ رسید");
    let (a, b) = forward(&t, 0).unwrap();
    assert_eq!(t.slice(a, b), "غلظت ذرات معلق");
    let k = (0..t.len()).find(|&k| t.word(k) == "از").unwrap();
    let (a, b) = backward(&t, k).unwrap();
    assert_eq!(t.slice(a, b), "غلظت ذرات معلق");
}

#[test]
fn the_noun_of_a_light_verb_is_no_end_of_a_phrase() {
    let t = Tokens::new("۸۵۰ میلیارد ریال برای توسعه اسکله‌ها هزینه شده است");
    let k = (0..t.len()).find(|&k| t.word(k) == "شده").unwrap();
    let (a, b) = backward(&t, k).unwrap();
    assert_eq!(t.slice(a, b), "توسعه اسکله‌ها");
    // The future's `خواهد` goes before the light verb.
    let t = Tokens::new("در زمینه پایاب سدها ۹۰۰ میلیارد تومان هزینه خواهد شد");
    let k = (0..t.len()).find(|&k| t.word(k) == "خواهد").unwrap();
    assert!(passive(&t, k));
    let t = Tokens::new("این طرح فعالیت خود را آغاز خواهد کرد");
    let k = (0..t.len()).find(|&k| t.word(k) == "خواهد").unwrap();
    assert!(light(&t, k));
}

#[test]
fn a_conjunct_joins_only_a_noun_that_ends_the_phrase() {
    let t = Tokens::new("دستگاه تراکتور و کمباین در استان");
    assert_eq!(text(&t, forward(&t, 1)), Some("تراکتور و کمباین"));
    let t = Tokens::new("نفر کشته و زخمی شدند");
    assert_eq!(text(&t, forward(&t, 1)), Some("کشته"));
    let t = Tokens::new("دو سالن و ظرفیت ۷۹۶ صندلی");
    assert_eq!(text(&t, forward(&t, 1)), Some("سالن"));
}

#[test]
fn a_verbal_noun_reached_is_half_of_the_verb() {
    let t = Tokens::new("تومان به فروش رسید");
    assert_eq!(forward(&t, 2), None);
    let t = Tokens::new("تومان به فروش می رسد");
    assert_eq!(forward(&t, 2), None);
    let t = Tokens::new("تومان به فروش سکه");
    assert_eq!(text(&t, forward(&t, 2)), Some("فروش سکه"));
}

#[test]
fn roles() {
    let t = Tokens::new("جمعیت کشور می شود و از را کرده ملی ۱۲ ، ها");
    let roles: Vec<Role> = (0..t.len()).map(|k| role(&t, k)).collect();
    assert_eq!(
        roles,
        [
            Role::Noun,
            Role::Noun,
            Role::Verb,
            Role::Verb,
            Role::Conj,
            Role::Prep,
            Role::Ra,
            Role::Participle,
            Role::Noun,
            Role::Number,
            Role::Punct('،'),
            Role::Ending,
        ]
    );
}

#[test]
fn phrases_stop_at_other_classes() {
    let t = Tokens::new("درصد جمعیت کشور می شود");
    assert_eq!(text(&t, forward(&t, 1)), Some("جمعیت کشور"));
    let t = Tokens::new("کارت هوشمند ملی خود را");
    assert_eq!(text(&t, forward(&t, 0)), Some("کارت هوشمند ملی"));
    let t = Tokens::new("صادرات کالا ۷ درصد");
    assert_eq!(text(&t, backward(&t, 2)), Some("صادرات کالا"));
    let t = Tokens::new("گفت: نرخ تورم ماهانه استان تهران به");
    assert_eq!(text(&t, backward(&t, 7)), Some("نرخ تورم ماهانه استان"));
    let t = Tokens::new("oil exports rose");
    assert_eq!(text(&t, backward(&t, 2)), Some("oil exports"));
}

#[test]
fn compounds_go_on_and_verb_halves_stop() {
    // A deverbal compound is a noun, not a verb after its preverb.
    let t = Tokens::new("سال اضافه برداشت بانکها از بانک مرکزی");
    assert_eq!(text(&t, forward(&t, 1)), Some("اضافه برداشت بانکها"));
    let t = Tokens::new("سال اضافه کرد");
    assert_eq!(forward(&t, 1), None);
    // `پیش` before a participle is a prefix.
    let t = Tokens::new("تن مواد پیش ساخته شیرخشک وارد شد");
    assert_eq!(text(&t, forward(&t, 1)), Some("مواد پیش ساخته شیرخشک"));
    // What people became, or what befell them, is no part of who they are.
    let t = Tokens::new("نفر از زندانیان نیازمند آزاد شدند");
    assert_eq!(text(&t, forward(&t, 2)), Some("زندانیان نیازمند"));
    let t = Tokens::new("بر اثر آلودگی هوا جان باختند");
    assert_eq!(text(&t, forward(&t, 2)), Some("آلودگی هوا"));
    // A reflexive possessive is no part of the phrase; a cut leaves no demonstrative.
    let t = Tokens::new("نیروهای خود را");
    assert_eq!(text(&t, backward(&t, 2)), Some("نیروهای"));
    let t = Tokens::new("کاهش میزان تولید اورانیوم این کشور طی");
    assert_eq!(text(&t, backward(&t, 6)), Some("کاهش میزان تولید اورانیوم"));
}

#[test]
fn a_superlative_of_quantity_or_a_day_opens_a_new_phrase() {
    let t = Tokens::new("بارش بیشترین میزان بارش را به خود اختصاص داد");
    assert_eq!(text(&t, forward(&t, 0)), Some("بارش"));
    let t = Tokens::new("جایزه بهترین فیلم جشنواره");
    assert_eq!(text(&t, forward(&t, 0)), Some("جایزه بهترین فیلم جشنواره"));
    let t = Tokens::new("سازمان جهانی بهداشت روز پنج شنبه اعلام کرد");
    assert_eq!(text(&t, forward(&t, 0)), Some("سازمان جهانی بهداشت"));
    let t = Tokens::new("مراسم پنج\u{200c}شنبه");
    assert_eq!(backward(&t, 3), Some((0, 1)));
    let t = Tokens::new("نماز جمعه تهران");
    assert_eq!(text(&t, forward(&t, 0)), Some("نماز جمعه تهران"));
}

#[test]
fn a_comparative_names_nothing() {
    let t = Tokens::new("ماه زودتر رسید");
    assert_eq!(forward(&t, 1), None);
    let t = Tokens::new("تومان گران تر شده است");
    assert_eq!(forward(&t, 1), None);
    let t = Tokens::new("دفتر نمایندگی");
    assert_eq!(text(&t, forward(&t, 0)), Some("دفتر نمایندگی"));
}

#[test]
fn a_linking_ending_comes_off_the_last_word() {
    let kept = |s: &str, a: usize, b: usize| {
        let t = Tokens::new(s);
        let (b, part) = without_link(&t, a, b);
        let last = t.word(b - 1);
        let last = part.map_or(last, |n| &last[..n]).to_string();
        (b, last)
    };
    assert_eq!(kept("اجرای طرح", 0, 1), (1, "اجرا".to_string()));
    assert_eq!(kept("گرم طلای ۱۸ عیار", 0, 2), (2, "طلا".to_string()));
    assert_eq!(kept("فیلمهای سال", 0, 1), (1, "فیلمها".to_string()));
    assert_eq!(kept("افرادی که آمدند", 0, 1), (1, "افراد".to_string()));
    assert_eq!(kept("با مبلغی بالغ بر", 1, 2), (2, "مبلغ".to_string()));
    assert_eq!(kept("بازی که", 0, 1), (1, "بازی".to_string()));
    // The word's own `ی`, and an adjective's.
    assert_eq!(kept("قهرمانی ۲۰۱۸", 0, 1), (1, "قهرمانی".to_string()));
    assert_eq!(kept("نشست خبری که", 0, 2), (2, "خبری".to_string()));
    assert_eq!(kept("ملی", 0, 1), (1, "ملی".to_string()));
    assert_eq!(
        kept("فلفل ادویه\u{200c}ای", 0, 2),
        (2, "ادویهای".to_string())
    );
    assert_eq!(kept("دوره ی دوم", 0, 2), (1, "دوره".to_string()));
    // A counted noun's indefinite ending before a verb; not a people's name.
    assert_eq!(kept("سه بازیکنی هستند که", 1, 2), (2, "بازیکن".to_string()));
    assert_eq!(kept("سه فلسطینی از جمله", 1, 2), (2, "فلسطینی".to_string()));
}

#[test]
fn a_noun_made_passive_ends_the_phrase_before_it() {
    let t = Tokens::new("تنها ۱۵ درصد از نوجوانان میزان خواب توصیه شده را دریافت می‌کنند");
    let k = (0..t.len()).find(|&k| t.word(k) == "نوجوانان").unwrap();
    assert_eq!(text(&t, forward(&t, k)), Some("نوجوانان میزان خواب"));
    // An adjective that became is no verbal noun.
    let t = Tokens::new("کاندیدای مجلس شورای اسلامی شده است");
    assert_eq!(text(&t, forward(&t, 0)), Some("کاندیدای مجلس شورای اسلامی"));
}

#[test]
fn a_lone_noun_after_و_reads_back_to_the_first_conjunct() {
    let t = Tokens::new("قیمت دلار و یورو ۵ درصد افزایش یافت");
    let k = (0..t.len()).find(|&k| t.digits(k).is_some()).unwrap();
    assert_eq!(text(&t, backward(&t, k)), Some("قیمت دلار و یورو"));
    // Not a second clause, nor the unit of another figure.
    let t = Tokens::new("تولید کاهش یافت و صادرات ۵ درصد افزایش یافت");
    let k = (0..t.len()).find(|&k| t.digits(k).is_some()).unwrap();
    assert_eq!(text(&t, backward(&t, k)), Some("صادرات"));
    let t = Tokens::new("به طول ۵ کیلومتر و اعتبار ۲۵۰ میلیون تومان");
    let k = (0..t.len()).rev().find(|&k| t.digits(k).is_some()).unwrap();
    assert_eq!(text(&t, backward(&t, k)), Some("اعتبار"));
}

fn at(t: &Tokens, w: &str) -> usize {
    (0..t.len()).find(|&k| t.word(k) == w).unwrap()
}

#[test]
fn a_predicate_taking_to_ends_the_phrase_before_it() {
    let t = Tokens::new("بانک مرکزی اقدام به چاپ اسکناس ده دلاری کرد");
    assert_eq!(text(&t, forward(&t, 0)), Some("بانک مرکزی"));
    assert_eq!(text(&t, backward(&t, at(&t, "اقدام"))), Some("بانک مرکزی"));
    let t = Tokens::new("تیم ما موفق به کسب سه مدال شد");
    assert_eq!(role(&t, at(&t, "موفق")), Role::Verb);
    // An act counted is a noun.
    let t = Tokens::new("سه مورد اقدام به خودکشی ثبت شد");
    assert_eq!(role(&t, at(&t, "اقدام")), Role::Noun);
}

#[test]
fn two_words_that_make_an_adjective_head_no_phrase() {
    let t = Tokens::new("قیمت ۳۰۰ تومان قابل قبول است");
    assert_eq!(role(&t, at(&t, "قابل")), Role::Adj);
    assert_eq!(role(&t, at(&t, "قبول")), Role::Adj);
    // The phrase before `است` is the price's noun with its predicate, never «قابل قبول» alone.
    assert_eq!(
        text(&t, backward(&t, at(&t, "است"))),
        Some("تومان قابل قبول")
    );
    let t = Tokens::new("رکورد بی سابقه ای در تولید گندم");
    assert_eq!(text(&t, forward(&t, 0)), Some("رکورد بی سابقه ای"));
    let t = Tokens::new("او بی هیچ مشکلی رفت");
    assert_eq!(role(&t, at(&t, "بی")), Role::Prep);
}

#[test]
fn ratio_is_a_noun_unless_to_follows() {
    let t = Tokens::new("این نسبت شش برابر شد");
    assert_eq!(text(&t, forward(&t, 0)), Some("این نسبت"));
    let t = Tokens::new("نسبت به سال قبل");
    assert_eq!(role(&t, 0), Role::Prep);
    let t = Tokens::new("به نسبت سال قبل");
    assert_eq!(role(&t, 1), Role::Prep);
}

#[test]
fn adverbs_and_superlatives_end_a_phrase() {
    let t = Tokens::new("درآمد خانواده الان کم شده");
    assert_eq!(text(&t, forward(&t, 0)), Some("درآمد خانواده"));
    let t = Tokens::new("دمای هوا کاملاً ثابت ماند");
    assert_eq!(role(&t, 2), Role::Adv);
    let t = Tokens::new("بلیت فینال که امروز برگزار می شود گرانترین است");
    assert_eq!(backward(&t, at(&t, "است")), None);
    // Before its noun a superlative opens the phrase.
    let t = Tokens::new("بزرگترین مخارج خانوار مسکن است");
    assert_eq!(text(&t, forward(&t, 0)), Some("بزرگترین مخارج خانوار مسکن"));
    let t = Tokens::new("این بازی بسیار مهم بود");
    assert_eq!(role(&t, at(&t, "مهم")), Role::Adj);
    let t = Tokens::new("وضع مرکز آنقدر اسف‌بار بود");
    assert_eq!(forward(&t, at(&t, "آنقدر")), None);
}

#[test]
fn a_compound_verb_typed_as_one_word_ends_a_phrase() {
    let t = Tokens::new("با بودجه‌ای بیش از ۲۰ میلیارد تومان خبرداد");
    assert_eq!(role(&t, t.len() - 1), Role::Verb);
    let t = Tokens::new("این طرح مورد استفاده قرارگرفت");
    assert_eq!(role(&t, t.len() - 1), Role::Verb);
    // A plural noun that begins like one is still a noun.
    let t = Tokens::new("قراردادها");
    assert_eq!(role(&t, 0), Role::Noun);
}

#[test]
fn openers_of_reason_and_source_are_no_nouns() {
    let t = Tokens::new("بنابراین اطلاعیه، فروش شرکت بالا رفت");
    assert_eq!(role(&t, 0), Role::Prep);
    let t = Tokens::new("بنابراین فروش شرکت بالا رفت");
    assert_eq!(role(&t, 0), Role::Conj);
    let t = Tokens::new("به همین دلیل فروش کم شد");
    assert_eq!(role(&t, 2), Role::Adv);
    let t = Tokens::new("متاسفانه فروش کم شد");
    assert_eq!(role(&t, 0), Role::Adv);
}

#[test]
fn a_pointed_set_phrase_names_nothing_but_a_pointed_quantity_does() {
    for (text, names) in [
        ("در همین راستا ۳۳ نفر", false),
        ("با این حال ۳۳ نفر", false),
        ("به این منظور ۳۳ نفر", false),
        ("این میزان ۳۳ نفر", true),
        ("این افزایش ۳۳ نفر", true),
        ("مصرف برق ۳۳ نفر", true),
    ] {
        let t = Tokens::new(text);
        let at = (0..t.len()).find(|&k| role(&t, k) == Role::Number).unwrap();
        let (a, b) = backward(&t, at).expect(text);
        assert_eq!(!names_nothing(&t, a, b), names, "{text}");
    }
}

#[test]
fn a_past_stem_after_the_future_auxiliary_is_the_verb() {
    let t = Tokens::new("این فیلم به رقابت خواهد پرداخت");
    assert_eq!(role(&t, at(&t, "پرداخت")), Role::Verb);
    // What one wants is a noun.
    let t = Tokens::new("باشگاه می خواهد قرارداد او را تمدید کند");
    assert_eq!(role(&t, at(&t, "قرارداد")), Role::Noun);
    // Alone the stem is the noun it is spelt like.
    let t = Tokens::new("پرداخت وام آغاز شد");
    assert_eq!(role(&t, 0), Role::Noun);
}
