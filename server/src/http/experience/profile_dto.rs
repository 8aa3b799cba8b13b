//! The registration profile's JSON shapes.

use poem_openapi::{Enum, Object, Union};

use super::{
    dto::IdentifierTypeDto,
    policy_dto::{PasswordPolicyDto, UsernamePolicyDto},
    text::Text,
};
use crate::domain::interaction::{Profile, ProfileField};

/// What a registration still lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename = "MissingProfileField", rename_all = "camelCase")]
pub enum MissingFieldDto {
    /// What the account will sign in with, of `identifierTypes`: a username, or an email
    /// proved by a code.
    Identifier,
    Password,
}

impl From<ProfileField> for MissingFieldDto {
    fn from(f: ProfileField) -> Self {
        match f {
            ProfileField::Identifier => Self::Identifier,
            ProfileField::Password => Self::Password,
        }
    }
}

/// A registration still needs these fields (`POST /api/experience/profile`), in any order:
/// a field given is kept until it is given again.
#[derive(Debug, Object)]
#[oai(rename = "ProfileStep", rename_all = "camelCase")]
pub struct ProfileStep {
    pub missing: Vec<MissingFieldDto>,
    /// What `identifier` is: `username`, or `email` proved by a code
    /// (`POST /api/experience/verification/verification-code`, then identification). Under
    /// `username`, an email may still be added the same way (optional, confirmed).
    pub identifier_types: Vec<IdentifierTypeDto>,
    pub password_policy: PasswordPolicyDto,
    pub username_policy: UsernamePolicyDto,
}

/// What a registration (or a reset) has collected; the password itself is never shown.
#[derive(Debug, Object)]
#[oai(rename = "Profile", rename_all = "camelCase")]
pub struct ProfileDto {
    #[oai(skip_serializing_if_is_none)]
    pub username: Option<String>,
    /// Confirmed: proved by a code or by the invitation.
    #[oai(skip_serializing_if_is_none)]
    pub email: Option<String>,
    /// The invited contact's name.
    #[oai(skip_serializing_if_is_none)]
    pub name: Option<String>,
    /// The registration redeems an invitation.
    pub invited: bool,
    pub password_set: bool,
}

impl From<&Profile> for ProfileDto {
    fn from(p: &Profile) -> Self {
        Self {
            username: p.username.clone(),
            email: p.email.clone(),
            name: p.name.clone(),
            invited: p.invitation.is_some(),
            password_set: p.password_hash.is_some(),
        }
    }
}

/// A username for the new account.
#[derive(Debug, Object)]
#[oai(rename = "UsernameProfileRequest", rename_all = "camelCase")]
pub struct UsernameValue {
    #[oai(validator(max_length = 4096))]
    pub value: Text,
}

/// The new account's password, checked against the password policy now and against every
/// identifier given later.
#[derive(Object)]
#[oai(rename = "PasswordProfileRequest", rename_all = "camelCase")]
pub struct PasswordValue {
    #[oai(validator(max_length = 4096))]
    pub value: Text,
}

/// An address proved by a verified code of this interaction.
#[derive(Debug, Object)]
#[oai(rename = "EmailProfileRequest", rename_all = "camelCase")]
pub struct EmailValue {
    #[oai(validator(max_length = 64))]
    pub verification_id: Text,
}

/// One registration field; `type` tells which.
#[derive(Union)]
#[oai(rename = "ProfileRequest", discriminator_name = "type")]
pub enum ProfileBody {
    #[oai(mapping = "username")]
    Username(UsernameValue),
    #[oai(mapping = "password")]
    Password(PasswordValue),
    #[oai(mapping = "email")]
    Email(EmailValue),
}
