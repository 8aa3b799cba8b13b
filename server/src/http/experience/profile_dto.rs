//! The registration profile's JSON shapes.

use poem_openapi::{Enum, Object};

use crate::domain::interaction::{Profile, ProfileField};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename = "ProfileField", rename_all = "camelCase")]
pub enum ProfileFieldDto {
    Username,
    Password,
}

impl From<ProfileField> for ProfileFieldDto {
    fn from(f: ProfileField) -> Self {
        match f {
            ProfileField::Username => Self::Username,
            ProfileField::Password => Self::Password,
        }
    }
}

/// A registration still needs these fields (`POST /api/experience/profile`), in this order.
#[derive(Debug, Object)]
#[oai(rename = "ProfileStep", rename_all = "camelCase")]
pub struct ProfileStep {
    pub missing: Vec<ProfileFieldDto>,
}

/// What a registration has collected; the password itself is never shown.
#[derive(Debug, Object)]
#[oai(rename = "Profile", rename_all = "camelCase")]
pub struct ProfileDto {
    #[oai(skip_serializing_if_is_none)]
    pub username: Option<String>,
    pub password_set: bool,
}

impl From<&Profile> for ProfileDto {
    fn from(p: &Profile) -> Self {
        Self {
            username: p.username.clone(),
            password_set: p.password_hash.is_some(),
        }
    }
}

#[derive(Debug, Object)]
#[oai(rename = "ProfileRequest", rename_all = "camelCase")]
pub struct ProfileBody {
    #[oai(rename = "type")]
    pub kind: ProfileFieldDto,
    #[oai(validator(max_length = 4096))]
    pub value: String,
}
