//! The rules a form must follow, with their parameters, so that a UI can say "at least 8
//! characters" without knowing the server's settings.

use poem_openapi::Object;

use crate::{domain::password_policy::PasswordPolicy, state::AppState};

/// The password policy in force (`password.*`). Every rule a password breaks comes back at
/// once in `user.weak_password`'s `details.rules`, with this policy in `details.policy`.
#[derive(Debug, Clone, Object, serde::Serialize)]
#[oai(rename = "PasswordPolicy", rename_all = "camelCase")]
#[serde(rename_all = "camelCase")]
pub struct PasswordPolicyDto {
    /// `password.too_short`: at least this many characters.
    pub min_length: u32,
    /// `password.too_long`: at most this many bytes (UTF-8).
    pub max_bytes: u32,
    /// `password.needs_lowercase`.
    pub require_lowercase: bool,
    /// `password.needs_uppercase`.
    pub require_uppercase: bool,
    /// `password.needs_digit`.
    pub require_digit: bool,
    /// `password.needs_non_alphanumeric`.
    pub require_non_alphanumeric: bool,
    /// `password.too_simple`: three of lowercase, uppercase, digit and other.
    pub three_of_four_classes: bool,
    /// `password.too_common`: one of the 10,000 most common passwords is always refused.
    pub rejects_common: bool,
    /// `password.contains_identifier`: it must not contain the username or the address's
    /// local part (3 characters or more), whichever order they are given in.
    pub rejects_identifier: bool,
}

impl From<&PasswordPolicy> for PasswordPolicyDto {
    fn from(p: &PasswordPolicy) -> Self {
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Self {
            min_length: count(p.min_chars),
            max_bytes: count(p.max_bytes),
            require_lowercase: p.require_lowercase,
            require_uppercase: p.require_uppercase,
            require_digit: p.require_digit,
            require_non_alphanumeric: p.require_non_alphanumeric,
            three_of_four_classes: p.three_of_four_classes,
            rejects_common: true,
            rejects_identifier: true,
        }
    }
}

/// What a username must be.
#[derive(Debug, Clone, Object)]
#[oai(rename = "UsernamePolicy", rename_all = "camelCase")]
pub struct UsernamePolicyDto {
    /// At most this many characters.
    pub max_length: u32,
    /// `username.alphanumeric_only`: letters and digits only.
    pub alphanumeric_only: bool,
}

/// The policies a step's form needs.
#[derive(Debug, Clone)]
pub struct FormPolicies {
    pub password: PasswordPolicyDto,
    pub username: UsernamePolicyDto,
}

impl FormPolicies {
    pub fn of(state: &AppState) -> Self {
        Self {
            password: (&crate::service::users::password_policy(state)).into(),
            username: UsernamePolicyDto {
                max_length: crate::domain::username::MAX_CHARS as u32,
                alphanumeric_only: state.settings.username.alphanumeric_only,
            },
        }
    }
}
