//! Usernames and email addresses: parsed once, compared through their normalised form.

use std::fmt;

use serde::{Deserialize, Serialize};

const MAX_USERNAME_CHARS: usize = 64;
const MAX_EMAIL_BYTES: usize = 254;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IdentifierType {
    Username,
    Email,
}

impl IdentifierType {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Username => "username",
            Self::Email => "email",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdentifierError {
    #[error("a username is 1 to 64 characters with no spaces or control characters")]
    InvalidUsername,
    #[error("a username may contain only letters and digits")]
    NotAlphanumeric,
    #[error("an email address looks like name@example.com")]
    InvalidEmail,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Username(String);

impl Username {
    pub fn parse(raw: &str) -> Result<Self, IdentifierError> {
        let value = raw.trim();
        let count = value.chars().count();
        if count == 0
            || count > MAX_USERNAME_CHARS
            || value.chars().any(|c| c.is_whitespace() || c.is_control())
            || value.contains('@')
        {
            return Err(IdentifierError::InvalidUsername);
        }
        Ok(Self(value.to_owned()))
    }

    /// The stricter rule of `username.alphanumeric_only`.
    pub fn require_alphanumeric(self) -> Result<Self, IdentifierError> {
        if self.0.chars().all(char::is_alphanumeric) {
            Ok(self)
        } else {
            Err(IdentifierError::NotAlphanumeric)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn normalized(&self) -> String {
        self.0.to_lowercase()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, IdentifierError> {
        let value = raw.trim();
        let Some((local, domain)) = value.rsplit_once('@') else {
            return Err(IdentifierError::InvalidEmail);
        };
        let valid_domain = !domain.is_empty()
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && domain.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        if value.len() > MAX_EMAIL_BYTES
            || local.is_empty()
            || !valid_domain
            || value
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>')
        {
            return Err(IdentifierError::InvalidEmail);
        }
        Ok(Self(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Addresses are matched case-insensitively, as every mail provider in practice does.
    pub fn normalized(&self) -> String {
        self.0.to_lowercase()
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Identifier {
    Username(Username),
    Email(Email),
}

impl Identifier {
    pub fn parse(kind: IdentifierType, raw: &str) -> Result<Self, IdentifierError> {
        match kind {
            IdentifierType::Username => Username::parse(raw).map(Self::Username),
            IdentifierType::Email => Email::parse(raw).map(Self::Email),
        }
    }

    pub fn kind(&self) -> IdentifierType {
        match self {
            Self::Username(_) => IdentifierType::Username,
            Self::Email(_) => IdentifierType::Email,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_are_trimmed_and_normalised() {
        let name = Username::parse("  Alice ").unwrap();
        assert_eq!(name.as_str(), "Alice");
        assert_eq!(name.normalized(), "alice");
        assert!(Username::parse("").is_err());
        assert!(Username::parse("a b").is_err());
        assert!(Username::parse("a@b").is_err());
        assert!(Username::parse(&"x".repeat(65)).is_err());
        assert!(Username::parse("bob.smith").unwrap().require_alphanumeric().is_err());
    }

    #[test]
    fn emails_need_a_local_part_and_a_domain() {
        assert_eq!(Email::parse("Bob@Example.COM").unwrap().normalized(), "bob@example.com");
        for bad in ["bob", "@example.com", "bob@", "bob@.com", "bo b@example.com", "<a@b.c>"] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }
}
