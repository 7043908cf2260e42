//! What one extracted figure is, how it serializes, and the one table of unit names
//! ([`english_unit`], [`persian_unit`]) that `display` writes them with.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::article::Field;

/// What a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Count,
    Percent,
    Money,
    Measure,
    Duration,
    Year,
    Date,
    Ordinal,
    Score,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Percent => "percent",
            Kind::Money => "money",
            Kind::Measure => "measure",
            Kind::Duration => "duration",
            Kind::Year => "year",
            Kind::Date => "date",
            Kind::Ordinal => "ordinal",
            Kind::Score => "score",
        }
    }
}

/// How the article hedges a figure (`حدود`, `بیش از`, `less than`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Qualifier {
    About,
    Over,
    Under,
}

/// A quantity stated in an article, with what it measures and where it stands.
///
/// `start`/`end` are char offsets into the field text; `text` is that span.
/// Dates are `yyyymmdd` with unknown parts 0; a score is `value` to `max`.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub value: f64,
    pub max: Option<f64>,
    pub kind: Kind,
    pub unit: Option<&'static str>,
    pub qualifier: Option<Qualifier>,
    pub subject: Option<String>,
    /// Char offsets of `subject` in the field text.
    pub subject_start: Option<usize>,
    pub subject_end: Option<usize>,
    pub text: String,
    pub field: Field,
    pub start: usize,
    pub end: usize,
}

/// Integral values go out as JSON integers (`601404`, not `601404.0`).
struct Number(f64);

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = self.0;
        if v.fract() == 0.0 && v.abs() < 9.0e15 {
            s.serialize_i64(v as i64)
        } else {
            s.serialize_f64(v)
        }
    }
}

impl Serialize for Figure {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Figure", 12)?;
        st.serialize_field("value", &Number(self.value))?;
        st.serialize_field("max", &self.max.map(Number))?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("unit", &self.unit)?;
        st.serialize_field("qualifier", &self.qualifier)?;
        st.serialize_field("subject", &self.subject)?;
        st.serialize_field("subject_start", &self.subject_start)?;
        st.serialize_field("subject_end", &self.subject_end)?;
        st.serialize_field("text", &self.text)?;
        st.serialize_field("field", &self.field)?;
        st.serialize_field("start", &self.start)?;
        st.serialize_field("end", &self.end)?;
        st.end()
    }
}

pub(super) fn plain(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

pub(super) fn qualifier_word(q: Qualifier, persian: bool) -> &'static str {
    match (q, persian) {
        (Qualifier::About, true) => "حدود",
        (Qualifier::Over, true) => "بیش از",
        (Qualifier::Under, true) => "کمتر از",
        (Qualifier::About, false) => "about",
        (Qualifier::Over, false) => "over",
        (Qualifier::Under, false) => "under",
    }
}

/// Unit codes as an English desk writes them where the code is no abbreviation of its own;
/// durations and Iran's currencies are words, singular here (see `display` for plurals).
pub(super) fn english_unit(code: &'static str) -> &'static str {
    match code {
        "IRR" => "rial",
        "IRT" => "toman",
        "c" => "°C",
        "kph" => "km/h",
        "bpd" => "bbl/d",
        "lbft" => "lb-ft",
        "barrel" => "bbl",
        other => other,
    }
}

/// Unit codes as Persian copy writes them.
pub(super) fn persian_unit(code: &'static str) -> &'static str {
    match code {
        "IRR" => "ریال",
        "IRT" => "تومان",
        "USD" => "دلار",
        "EUR" => "یورو",
        "GBP" => "پوند",
        "CNY" => "یوان",
        "AED" => "درهم",
        "RUB" => "روبل",
        "TRY" => "لیر",
        "JPY" => "ین",
        "km" => "کیلومتر",
        "m" => "متر",
        "cm" => "سانتیمتر",
        "mm" => "میلیمتر",
        "ha" => "هکتار",
        "m2" => "متر مربع",
        "km2" => "کیلومتر مربع",
        "m3" => "متر مکعب",
        "t" => "تن",
        "kg" => "کیلوگرم",
        "g" => "گرم",
        "l" => "لیتر",
        "MW" => "مگاوات",
        "kW" => "کیلووات",
        "GW" => "گیگاوات",
        "kWh" => "کیلووات ساعت",
        "MWh" => "مگاوات ساعت",
        "c" => "درجه",
        "kph" => "کیلومتر در ساعت",
        "m/s" => "متر بر ثانیه",
        "km/s" => "کیلومتر بر ثانیه",
        "barrel" => "بشکه",
        "bpd" => "بشکه در روز",
        "hp" => "اسب بخار",
        "inch" => "اینچ",
        "lbft" => "پوند فوت",
        "Nm" => "نیوتن متر",
        "richter" => "ریشتر",
        "times" => "برابر",
        "point" => "واحد",
        "CHF" => "فرانک",
        "INR" => "روپیه",
        "AUD" => "دلار استرالیا",
        "CAD" => "دلار کانادا",
        "SGD" => "دلار سنگاپور",
        "HKD" => "دلار هنگ‌کنگ",
        "NZD" => "دلار نیوزیلند",
        "TWD" => "دلار تایوان",
        "MYR" => "رینگت",
        "PKR" => "روپیه پاکستان",
        "IDR" => "روپیه اندونزی",
        "KRW" => "وون",
        "THB" => "بات",
        "SAR" => "ریال سعودی",
        "QAR" => "ریال قطر",
        "OMR" => "ریال عمان",
        "IQD" => "دینار عراق",
        "KWD" => "دینار کویت",
        "BHD" => "دینار بحرین",
        "JOD" => "دینار اردن",
        "SEK" => "کرون سوئد",
        "DKK" => "کرون دانمارک",
        "NOK" => "کرون نروژ",
        "AMD" => "درام",
        "ZAR" => "راند",
        "year" => "سال",
        "month" => "ماه",
        "week" => "هفته",
        "day" => "روز",
        "hour" => "ساعت",
        "minute" => "دقیقه",
        "second" => "ثانیه",
        "pp" => "واحد درصد",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(value: f64, kind: Kind, unit: Option<&'static str>) -> Figure {
        Figure {
            value,
            max: None,
            kind,
            unit,
            qualifier: None,
            subject: None,
            subject_start: None,
            subject_end: None,
            text: String::new(),
            field: Field::Body,
            start: 0,
            end: 0,
        }
    }

    #[test]
    fn integral_values_serialize_as_integers() {
        let json = serde_json::to_string(&fig(601404.0, Kind::Count, None)).unwrap();
        assert!(json.starts_with(r#"{"value":601404,"max":null,"kind":"count","unit":null"#));
        let json = serde_json::to_string(&fig(1.62, Kind::Percent, None)).unwrap();
        assert!(json.starts_with(r#"{"value":1.62,"#));
    }
}
