//! Numbers in a model file, non-finite ones included: JSON has no NaN or infinity, so those are
//! written as the strings `"NaN"`, `"inf"` and `"-inf"` and read back from them (a diverged or
//! diverging run is saved as it is). Finite numbers are plain JSON numbers, as in version 1.

use serde::de::{self, Deserializer, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The strings that stand for the numbers JSON cannot write.
const NAN: &str = "NaN";
const INFINITY: &str = "inf";
const NEG_INFINITY: &str = "-inf";

/// A number of a model file: a 64-bit float, written in its shortest form.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Number(pub(crate) f64);

/// A weight of a model file: a 32-bit float, written in its shortest form as one, read as a
/// 64-bit float (so one beyond a 32-bit float's range can be refused with a sentence).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Weight(pub(crate) f64);

impl From<f32> for Weight {
    fn from(value: f32) -> Weight {
        Weight(f64::from(value))
    }
}

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match non_finite_name(self.0) {
            Some(name) => serializer.serialize_str(name),
            None => serializer.serialize_f64(self.0),
        }
    }
}

impl Serialize for Weight {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match non_finite_name(self.0) {
            Some(name) => serializer.serialize_str(name),
            None => serializer.serialize_f32(self.0 as f32),
        }
    }
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Number, D::Error> {
        deserializer.deserialize_any(NumberVisitor).map(Number)
    }
}

impl<'de> Deserialize<'de> for Weight {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Weight, D::Error> {
        deserializer.deserialize_any(NumberVisitor).map(Weight)
    }
}

/// The string for a non-finite `v`, `None` for a finite one.
fn non_finite_name(v: f64) -> Option<&'static str> {
    match v {
        v if v.is_nan() => Some(NAN),
        f64::INFINITY => Some(INFINITY),
        f64::NEG_INFINITY => Some(NEG_INFINITY),
        _ => None,
    }
}

/// Reads a JSON number, or one of the three strings.
struct NumberVisitor;

impl Visitor<'_> for NumberVisitor {
    type Value = f64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a number, or \"{NAN}\", \"{INFINITY}\" or \"{NEG_INFINITY}\"")
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<f64, E> {
        Ok(v)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<f64, E> {
        Ok(v as f64)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<f64, E> {
        Ok(v as f64)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<f64, E> {
        match v {
            NAN => Ok(f64::NAN),
            INFINITY => Ok(f64::INFINITY),
            NEG_INFINITY => Ok(f64::NEG_INFINITY),
            _ => Err(E::invalid_value(de::Unexpected::Str(v), &self)),
        }
    }
}

/// `#[serde(with = "crate::model::number::float")]` on an `f64` field of what a model file holds.
pub(crate) mod float {
    use super::Number;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// Writes `v` as a number, or as `"NaN"`, `"inf"`, `"-inf"`.
    pub(crate) fn serialize<S: Serializer>(v: &f64, serializer: S) -> Result<S::Ok, S::Error> {
        Number(*v).serialize(serializer)
    }

    /// Reads what [`serialize`] writes.
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<f64, D::Error> {
        Number::deserialize(deserializer).map(|n| n.0)
    }
}

/// `#[serde(with = "crate::model::number::optional")]` on an `Option<f64>` field: `null` for
/// `None`, otherwise as [`super::float`].
pub(crate) mod optional {
    use super::Number;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// Writes `null`, a number, or `"NaN"`, `"inf"`, `"-inf"`.
    pub(crate) fn serialize<S: Serializer>(v: &Option<f64>, serializer: S) -> Result<S::Ok, S::Error> {
        v.map(Number).serialize(serializer)
    }

    /// Reads what [`serialize`] writes.
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
        Option::<Number>::deserialize(deserializer).map(|n| n.map(|n| n.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_float_comes_back_exactly_and_non_finite_ones_as_strings() {
        let values = [0.1, -2.5e-40, f64::from(0.1f32), 1e300, f64::INFINITY, f64::NEG_INFINITY];
        let text = serde_json::to_string(&values.map(Number)).unwrap();
        assert_eq!(text, "[0.1,-2.5e-40,0.10000000149011612,1e+300,\"inf\",\"-inf\"]");
        let back: Vec<Number> = serde_json::from_str(&text).unwrap();
        assert_eq!(back, values.map(Number));
        let nan: Number = serde_json::from_str("\"NaN\"").unwrap();
        assert!(nan.0.is_nan());
        assert_eq!(serde_json::to_string(&Number(f64::NAN)).unwrap(), "\"NaN\"");
    }

    #[test]
    fn a_weight_is_written_as_a_32_bit_float_and_read_back_exactly() {
        let weights = [0.1f32, f32::MAX, -f32::MIN_POSITIVE, f32::NEG_INFINITY].map(Weight::from);
        let text = serde_json::to_string(&weights).unwrap();
        assert_eq!(text, "[0.1,3.4028235e+38,-1.1754944e-38,\"-inf\"]");
        let back: Vec<Weight> = serde_json::from_str(&text).unwrap();
        assert_eq!(back.iter().map(|w| w.0 as f32).collect::<Vec<_>>(), weights.map(|w| w.0 as f32));
    }

    #[test]
    fn another_string_is_refused() {
        let err = serde_json::from_str::<Number>("\"Infinity\"").unwrap_err().to_string();
        assert!(
            err.starts_with("invalid value: string \"Infinity\", expected a number, or \"NaN\""),
            "{err}"
        );
    }
}
