//! Usernames and email addresses: parsed once, compared through their normalised form.

use std::fmt;

use serde::{Deserialize, Serialize};

pub use super::username::Username;

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
    #[error("a username is 1 to 64 assigned characters with no spaces, control characters or @")]
    InvalidUsername,
    #[error("a username must not contain invisible characters")]
    InvisibleCharacters,
    #[error("a username must not mix scripts, such as Latin and Cyrillic letters")]
    MixedScript,
    #[error("a username may contain only letters and digits")]
    NotAlphanumeric,
    #[error("an email address looks like name@example.com")]
    InvalidEmail,
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
    /// An identifier typed to sign in: a username is prepared, not judged as a new one is.
    pub fn parse(kind: IdentifierType, raw: &str) -> Result<Self, IdentifierError> {
        match kind {
            IdentifierType::Username => Username::parse_for_sign_in(raw).map(Self::Username),
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
    fn emails_need_a_local_part_and_a_domain() {
        assert_eq!(Email::parse("Bob@Example.COM").unwrap().normalized(), "bob@example.com");
        for bad in ["bob", "@example.com", "bob@", "bob@.com", "bo b@example.com", "<a@b.c>"] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }
}
