//! The registration profile's JSON shapes.

use poem_openapi::{Enum, Object};

use super::dto::IdentifierTypeDto;
use crate::domain::interaction::{Profile, ProfileField};

/// What `POST /api/experience/profile` gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename = "ProfileField", rename_all = "camelCase")]
pub enum ProfileFieldDto {
    Username,
    Password,
    Email,
}

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

/// A registration still needs these fields (`POST /api/experience/profile`), in this order.
#[derive(Debug, Object)]
#[oai(rename = "ProfileStep", rename_all = "camelCase")]
pub struct ProfileStep {
    pub missing: Vec<MissingFieldDto>,
    /// What `identifier` is: `username`, or `email` proved by a code
    /// (`POST /api/experience/verification/verification-code`, then identification). Under
    /// `username`, an email may still be added the same way (optional, confirmed).
    pub identifier_types: Vec<IdentifierTypeDto>,
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

#[derive(Debug, Object)]
#[oai(rename = "ProfileRequest", rename_all = "camelCase")]
pub struct ProfileBody {
    #[oai(rename = "type")]
    pub kind: ProfileFieldDto,
    /// The username or the password.
    #[oai(validator(max_length = 4096))]
    pub value: Option<String>,
    /// For `email`: a verified code's verification.
    #[oai(validator(max_length = 64))]
    pub verification_id: Option<String>,
}
