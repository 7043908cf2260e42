//! What one extracted figure is, how it serializes and how the dashboard shows it.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::article::Field;
use crate::numerals::{group, to_persian_digits};

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
        let mut st = s.serialize_struct("Figure", 10)?;
        st.serialize_field("value", &Number(self.value))?;
        st.serialize_field("max", &self.max.map(Number))?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("unit", &self.unit)?;
        st.serialize_field("qualifier", &self.qualifier)?;
        st.serialize_field("subject", &self.subject)?;
        st.serialize_field("text", &self.text)?;
        st.serialize_field("field", &self.field)?;
        st.serialize_field("start", &self.start)?;
        st.serialize_field("end", &self.end)?;
        st.end()
    }
}

impl Figure {
    /// The figure as the figures pane shows it: grouped digits, the range, the unit and the
    /// hedge in the article's language (`حدود ۳۵ کیلومتر`, `about 35 km`).
    pub fn display_value(&self, persian: bool) -> String {
        let num = |v: f64| match self.kind {
            Kind::Year | Kind::Ordinal | Kind::Score => plain(v),
            Kind::Date => date(v),
            _ => group(&plain(v)),
        };
        let mut out = num(self.value);
        if let Some(max) = self.max {
            out.push_str(if self.kind == Kind::Score {
                "–"
            } else {
                " – "
            });
            out.push_str(&num(max));
        }
        if self.kind == Kind::Percent && self.unit.is_none() {
            out.push('%');
        } else if let Some(unit) = self.unit {
            out.push(' ');
            out.push_str(if persian { persian_unit(unit) } else { unit });
            // English durations read as words: "7 months", not "7 month".
            let plural = self.value != 1.0 || self.max.is_some();
            if !persian && self.kind == Kind::Duration && plural {
                out.push('s');
            }
        }
        if self.kind == Kind::Ordinal {
            out.push_str(if persian { "م" } else { "." });
        }
        if persian {
            out = to_persian_digits(&out);
        }
        match self.qualifier {
            Some(q) => format!("{} {out}", qualifier_word(q, persian)),
            None => out,
        }
    }
}

pub(super) fn plain(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

fn date(v: f64) -> String {
    let v = v as i64;
    let (y, m, d) = (v / 10000, v / 100 % 100, v % 100);
    match (y, d) {
        (0, _) => format!("{m:02}/{d:02}"),
        (_, 0) => format!("{y}/{m:02}"),
        _ => format!("{y}/{m:02}/{d:02}"),
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
        "°C" => "درجه",
        "km/h" => "کیلومتر در ساعت",
        "barrel" => "بشکه",
        "barrel/day" => "بشکه در روز",
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

    #[test]
    fn display_groups_and_localizes() {
        let mut f = fig(35.0, Kind::Measure, Some("km"));
        f.qualifier = Some(Qualifier::About);
        assert_eq!(f.display_value(false), "about 35 km");
        assert_eq!(f.display_value(true), "حدود ۳۵ کیلومتر");
        assert_eq!(
            fig(1292000.0, Kind::Count, None).display_value(false),
            "1,292,000"
        );
        assert_eq!(
            fig(1292000.0, Kind::Count, None).display_value(true),
            "۱٬۲۹۲٬۰۰۰"
        );
        assert_eq!(fig(1.62, Kind::Percent, None).display_value(false), "1.62%");
        assert_eq!(fig(1395.0, Kind::Year, None).display_value(false), "1395");
        assert_eq!(
            fig(13980715.0, Kind::Date, None).display_value(false),
            "1398/07/15"
        );
    }
}
