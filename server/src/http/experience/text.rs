//! A JSON string, and only a string: poem-openapi's `String` also takes a number or a boolean
//! (`"captchaToken": 12`), which the schema does not allow, so that a client generated from the
//! spec and the server would disagree.

use std::borrow::Cow;

use poem_openapi::{
    registry::{MetaSchema, MetaSchemaRef},
    types::{ParseError, ParseFromJSON, ParseResult, ToJSON, Type},
};
use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text(pub String);

impl std::ops::Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<Text> for String {
    fn from(text: Text) -> Self {
        text.0
    }
}

impl Type for Text {
    const IS_REQUIRED: bool = true;
    type RawValueType = String;
    type RawElementValueType = String;

    fn name() -> Cow<'static, str> {
        String::name()
    }

    fn schema_ref() -> MetaSchemaRef {
        String::schema_ref()
    }

    fn as_raw_value(&self) -> Option<&Self::RawValueType> {
        Some(&self.0)
    }

    fn raw_element_iter<'a>(&'a self) -> Box<dyn Iterator<Item = &'a Self::RawElementValueType> + 'a> {
        Box::new(std::iter::once(&self.0))
    }
}

impl ParseFromJSON for Text {
    fn parse_from_json(value: Option<Value>) -> ParseResult<Self> {
        match value {
            Some(Value::String(s)) => Ok(Self(s)),
            other => Err(ParseError::expected_type(other.unwrap_or_default())),
        }
    }
}

impl ToJSON for Text {
    fn to_json(&self) -> Option<Value> {
        Some(Value::String(self.0.clone()))
    }
}

/// An email address: the schema states the server's own check of an address (ASCII there, so
/// that a length in characters is one in bytes), so a value that matches it is never refused;
/// any string parses, and one that fails the check is answered `user.invalid_email`, as
/// everywhere else, rather than as a malformed body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailText(pub String);

pub const EMAIL_PATTERN: &str = r"^[!-;=?A-~]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$";

impl std::ops::Deref for EmailText {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl Type for EmailText {
    const IS_REQUIRED: bool = true;
    type RawValueType = String;
    type RawElementValueType = String;

    fn name() -> Cow<'static, str> {
        "string(email)".into()
    }

    fn schema_ref() -> MetaSchemaRef {
        MetaSchemaRef::Inline(Box::new(MetaSchema {
            pattern: Some(EMAIL_PATTERN.to_owned()),
            max_length: Some(254),
            ..MetaSchema::new("string")
        }))
    }

    fn as_raw_value(&self) -> Option<&Self::RawValueType> {
        Some(&self.0)
    }

    fn raw_element_iter<'a>(&'a self) -> Box<dyn Iterator<Item = &'a Self::RawElementValueType> + 'a> {
        Box::new(std::iter::once(&self.0))
    }
}

impl ParseFromJSON for EmailText {
    fn parse_from_json(value: Option<Value>) -> ParseResult<Self> {
        Text::parse_from_json(value)
            .map(|t| Self(t.0))
            .map_err(ParseError::propagate)
    }
}

impl ToJSON for EmailText {
    fn to_json(&self) -> Option<Value> {
        Some(Value::String(self.0.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_strings_are_text() {
        assert_eq!(Text::parse_from_json(Some(Value::from("a"))).unwrap(), Text("a".into()));
        for other in [Value::from(12), Value::from(true), Value::Null, serde_json::json!([])] {
            assert!(Text::parse_from_json(Some(other)).is_err());
        }
    }

    /// Whatever the schema's pattern lets through, the server's check of an address takes.
    #[test]
    fn the_email_pattern_is_no_wider_than_the_server() {
        let pattern = regex::Regex::new(EMAIL_PATTERN).unwrap();
        for value in ["a@b", "x.y+z@example.com", "!#$%&'*+/=?^_`{|}~-@a-b.c", "a@b.c.d"] {
            assert!(pattern.is_match(value), "{value}");
            assert!(crate::domain::identifier::Email::parse(value).is_ok(), "{value}");
        }
        for value in ["", "a", "@b", "a@", "a b@c", "a@b..c", "a@.b", "a@b.", "<a>@b", "a@b_c"] {
            assert!(!pattern.is_match(value), "{value}");
        }
    }
}
