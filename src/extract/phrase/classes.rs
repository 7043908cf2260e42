//! The closed classes of words, which decide where a noun phrase ends: prepositions,
//! conjunctions, determiners, pronouns, adverbs, and the nouns that with a light verb make one
//! verb. Listed by hand: hazm tags too many of them as nouns as well.

use super::super::words::WordSet;

pub(super) fn preposition(w: &str) -> bool {
    matches!(
        w,
        "از" | "به"
            | "در"
            | "با"
            | "برای"
            | "بر"
            | "تا"
            | "بی"
            | "بدون"
            | "جز"
            | "مانند"
            | "مثل"
            | "طی"
            // `ظرف دو روز گذشته`: "within", never the vessel in news copy.
            | "ظرف"
            | "توسط"
            | "درباره"
            | "نزد"
            | "میان"
            | "بین"
            | "روی"
            | "زیر"
            | "سوی"
            | "علیه"
            | "ضد"
            | "همراه"
            | "طبق"
            | "مطابق"
            | "براساس"
            | "برابر"
            | "مقابل"
            | "حین"
            | "ضمن"
            | "الی"
            | "چون"
            | "پیش"
            | "پس"
            | "بعد"
            | "قبل"
            | "داخل"
            | "خارج"
            | "درون"
            | "کنار"
            | "پشت"
            | "معادل"
            | "نظیر"
            | "جهت"
            | "بابت"
            | "شامل"
            | "تحت"
            // `به‌گزارش خبرگزاری ...`: the attribution written as one word opens no phrase.
            | "بهگزارش"
    )
}

pub(super) fn conjunction(w: &str) -> bool {
    matches!(
        w,
        "و" | "یا"
            | "اما"
            | "ولی"
            | "که"
            | "اگر"
            | "زیرا"
            | "لذا"
            | "سپس"
            | "بلکه"
            | "یعنی"
            | "وگرنه"
            | "چنانچه"
            | "درحالیکه"
            | "حالیکه"
            // `به طوری که` typed as one word.
            | "بطوریکه"
            | "بهطوریکه"
            | "هرچند"
            | "اگرچه"
            | "بنابراین"
            | "همچنین"
            | "ولیکن"
            | "and"
            | "or"
            | "but"
            | "while"
            | "which"
            | "that"
            | "who"
    )
}

pub(super) fn determiner(w: &str) -> bool {
    matches!(
        w,
        "این"
            | "آن"
            | "همین"
            | "همان"
            | "هر"
            | "همه"
            | "چند"
            | "برخی"
            | "بعضی"
            | "هیچ"
            | "کدام"
            | "چندین"
            | "تمام"
            | "تمامی"
            | "کل"
            | "مجموع"
            | "the"
            | "a"
            | "an"
            | "this"
            | "these"
            | "those"
            | "its"
            | "their"
            | "his"
            | "her"
            | "each"
            | "every"
            | "last"
            | "next"
            | "that"
    )
}

pub(super) fn pronoun(w: &str) -> bool {
    matches!(
        w,
        "او" | "وی"
            | "آنها"
            | "آنان"
            | "ایشان"
            | "ما"
            | "من"
            | "تو"
            | "شما"
            | "خود"
            | "خودش"
            | "خودشان"
            | "اش"
            | "it"
            | "they"
            | "we"
            | "he"
            | "she"
    )
}

/// Adverbs and particles that end a noun phrase; hazm tags most of them as nouns too.
pub(super) fn adverb(w: &str) -> bool {
    matches!(
        w,
        "نیز"
            | "هم"
            | "تاکنون"
            | "اکنون"
            | "هماکنون"
            | "هنوز"
            | "فقط"
            | "تنها"
            | "امروز"
            | "امسال"
            | "دیروز"
            | "فردا"
            | "پارسال"
            | "حتی"
            | "حدود"
            | "حدودا"
            | "تقریبا"
            | "بیش"
            | "حداقل"
            | "حداکثر"
            | "دستکم"
            | "بالغ"
            | "قریب"
            | "نزدیک"
            | "مجموعا"
            | "جمعا"
            | "همچنان"
            | "شاید"
            | "آیا"
            | "احتمالا"
            | "قطعا"
            | "حتما"
            | "معمولا"
            | "دیگر"
            | "اخیرا"
            | "قبلا"
            | "بعدا"
            | "ابتدا"
            | "دوباره"
            | "مجددا"
            | "نهایتا"
            | "سرانجام"
            | "بالاخره"
            | "الان"
            | "حالا"
            // `چرا که ...`, `همزمان با ...`: a clause's why and when, never its subject.
            | "چرا"
            | "همزمان"
            | "بسیار"
            | "خیلی"
            | "آنقدر"
            | "اینقدر"
            | "کاملا"
            | "عملا"
            | "اصلا"
            | "صرفا"
            | "دقیقا"
            | "واقعا"
            | "ظاهرا"
            // Sentence adverbs of attitude: `متاسفانه این پیش بینی هم محقق شد`.
            | "متاسفانه"
            | "خوشبختانه"
            | "فعلا"
            | "نسبتا"
            | "عمدتا"
            | "شدیدا"
            | "مستقیما"
            | "رسما"
            | "اساسا"
            | "مثلا"
            | "also"
            | "now"
            | "only"
            | "just"
            | "about"
            | "nearly"
            | "almost"
            | "some"
            | "around"
            | "roughly"
            | "more"
            | "less"
            | "than"
            | "over"
            | "under"
            | "up"
            | "down"
    )
}

/// Nouns and adjectives that with the light verb after them make one verb (`پیدا کرد`, `قرار
/// گرفت`, `اعلام شد`, `مواجه شد`): before a verb they close a noun phrase rather than end it.
/// Hand-picked from the commonest compound verbs of news copy.
pub(crate) fn preverb(w: &str) -> bool {
    static SET: WordSet = WordSet::new(PREVERBS);
    SET.contains(w)
}

const PREVERBS: &[&str] = &[
    // `تولیدشان را ... ۱۰ هزار بشکه در روز محدود کنند`.
    "محدود",
    // `برای هزار سال باقی بماند`.
    "باقی",
    "برقرار",
    "مستقر",
    "متحمل",
    "جبران",
    "قیمت",
    "نیاز",
    "پیدا",
    "قرار",
    "صورت",
    "انجام",
    "اعلام",
    // `از افتتاح ... خبر داد`.
    "خبر",
    "منتشر",
    "صادر",
    "برگزار",
    "نشان",
    "مطرح",
    "مواجه",
    "روبرو",
    "روبهرو",
    "اختصاص",
    "تشکیل",
    "ادامه",
    "ارایه",
    "ایجاد",
    "اجرا",
    "آغاز",
    "شروع",
    "تبدیل",
    "منتقل",
    "تحویل",
    "دریافت",
    "ثبت",
    "کسب",
    "وارد",
    "خارج",
    "تعیین",
    "مشخص",
    "معرفی",
    "انتخاب",
    "تصویب",
    "تایید",
    "ابلاغ",
    "واگذار",
    "خریداری",
    "فراهم",
    "محقق",
    "مشاهده",
    "کشف",
    "دستگیر",
    "توقیف",
    "اعزام",
    "عبور",
    "تقدیم",
    "اهدا",
    "واریز",
    "ارسال",
    "حذف",
    "متوقف",
    "تعطیل",
    "لغو",
    "محکوم",
    "محسوب",
    "تلقی",
    "قلمداد",
    "سپری",
    "رخ",
    "وجود",
    "استفاده",
    "تلاش",
    "کمک",
    "تصمیم",
    "پیشبینی",
    "برآورد",
    "تخمین",
    "ذکر",
    "بیان",
    "تاکید",
    "تصریح",
    "اظهار",
    "خاطرنشان",
    "یادآور",
    "عنوان",
    "تقسیم",
    // `۲۰ میلیارد تومان تخصیص یافت`, `به ۲ درصد تقلیل داد`, `بر سطح مریخ فرود آمد`.
    "تخصیص",
    "تقلیل",
    "فرود",
    // `تا ۱.۱۳ دلار عقب نشست`, `از برنامه عقب افتاد`.
    "عقب",
    "توزیع",
    "تامین",
    "پرداخت",
    "جذب",
    "جمعآوری",
    "رونمایی",
    "افتتاح",
    "بهرهبرداری",
    "تکمیل",
    "احداث",
    "نصب",
    "راهاندازی",
    "منعقد",
    "امضا",
    "پاسخ",
    "جواب",
    "توضیح",
    "اجازه",
    "قول",
    "هشدار",
    "شکست",
    "تغییر",
    "پایان",
    // `زندانیان نیازمند آزاد شدند`: what people became, not who they are.
    "آزاد",
    "بستری",
    "ترخیص",
    "بیکار",
    "اخراج",
    "آواره",
];

/// Adverbs of degree, which grade the adjective after them (`بسیار مهم`, `کاملا متفاوت`).
pub(super) fn degree(w: &str) -> bool {
    matches!(w, "بسیار" | "خیلی" | "کاملا" | "نسبتا" | "آنقدر" | "اینقدر")
}

/// Predicates that take `به` and the verb that closes the clause (`اقدام به ... کرد`, `موفق به
/// ... شد`, `مجبور به`): with `به` after them they are half of that verb, not a noun.
pub(super) fn takes_to(w: &str) -> bool {
    matches!(
        w,
        "اقدام"
            | "مبادرت"
            | "موفق"
            | "مجبور"
            | "ملزم"
            | "موظف"
            | "مکلف"
            | "متعهد"
            | "قادر"
            | "مشغول"
    )
}

/// Words that never open a subject: the noun halves of set phrases a desk would not print
/// beside a number (`به ترتیب`, `مربوط به`, `به ازای`, `موجب`, `بنا بر`, `با وجود`, `البته`,
/// `ممکن است`, `حاوی`, `دارای`, `بر اساس`). A phrase read across one starts after it.
pub(crate) fn never_leads(w: &str) -> bool {
    static SET: WordSet = WordSet::new(NEVER_LEADS);
    SET.contains(w)
}

const NEVER_LEADS: &[&str] = &[
    "علاوه",
    "پیدا",
    "ترتیب",
    "مربوط",
    "ازای",
    "موجب",
    "باعث",
    "بنا",
    "البته",
    "ممکن",
    "بیان",
    "ندرت",
    "تازه",
    "قرار",
    "اضافه",
    "مواجه",
    "منجر",
    "لازم",
    "حاکی",
    "حاوی",
    "دارای",
    "گفته",
    "اظهار",
    "اینکه",
    "آنکه",
    // `بر اساس`: a preposition written as a noun after one.
    "اساس",
    // `در این خصوص`, `در خصوص`: "about" written as a noun.
    "خصوص",
];

/// Nouns that name nothing alone: a number is the count, start, share or change of what
/// follows them (`تعداد`, `آغاز`, `کسب`, `افزایش`), or they are half of a verb (`نشان`,
/// `دست`), so a subject of this one word is no subject.
pub(crate) fn never_alone(w: &str) -> bool {
    static SET: WordSet = WordSet::new(NEVER_ALONE);
    SET.contains(w)
}

const NEVER_ALONE: &[&str] = &[
    // `وارد تهران شد`: half of a verb around its place.
    "وارد",
    // `هیچ‌یک از مأموریت‌ها`: "none" points at what follows.
    "هیچیک",
    // `در نخستین ساعات بامداد`: "the first" points at what follows; `از قبیل` ("such as")
    // at the examples.
    "نخستین",
    "اولین",
    "آخرین",
    "قبیل",
    "اضافه",
    "کم",
    "زیاد",
    "شاهد",
    "بالا",
    "پایین",
    "تعداد",
    "شمار",
    "آغاز",
    "ابتدا",
    "پایان",
    "نشان",
    "اشتباه",
    "کسب",
    "حضور",
    "دست",
    "یکی",
    "اختصاص",
    "تامین",
    "اعلام",
    "وجود",
    "مقدار",
    "میزان",
    "رقم",
    "عدد",
    "افزایش",
    "کاهش",
    "رشد",
    "سر",
    "جمله",
    "امکان",
    "صورت",
    "حال",
    "مدت",
    "ادامه",
    "پی",
    "دنبال",
    // `اوایل ۱۰ ساعت می‌رفتیم`, `کمی بیش از ده سال`, `هر دو هفته یکبار`: a part of a
    // period, a degree, a frequency.
    "یکبار",
    "اوایل",
    "اواسط",
    "اواخر",
    "کمی",
    // `چیزی حدود ۲ ساعت`, `اندکی بیش از`: an indefinite stands for what the text names
    // elsewhere.
    "چیزی",
    "کسی",
    "اندکی",
    // `در همین راستا`, `در این زمینه`, `به این منظور`, `به این ترتیب`: "in this regard",
    // "to this end", "thus".
    "راستا",
    "زمینه",
    "رابطه",
    "باره",
    "خصوص",
    "منظور",
    "ترتیب",
    // `با اشاره به`, `با بیان اینکه`: how a speaker goes on, never what is measured.
    "اشاره",
    "بیان",
];
