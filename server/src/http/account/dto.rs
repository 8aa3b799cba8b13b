//! The bodies of `/api/my-account`.

use chrono::{DateTime, Utc};
use poem_openapi::{Object, types::MaybeUndefined};

use crate::{
    http::experience::text::{EmailText, Text},
    service::account::{
        Issued,
        apps::AppAccess,
        profile::{Changeable, Profile},
        sessions::SessionView,
    },
};

/// What the user may change now.
#[derive(Debug, Object)]
#[oai(rename = "AccountChangeable", rename_all = "camelCase")]
pub struct ChangeableDto {
    pub name: bool,
    pub locale: bool,
    /// True only while the account has no username: it is set once.
    pub username: bool,
    pub email: bool,
    pub password: bool,
    pub delete: bool,
}

impl From<Changeable> for ChangeableDto {
    fn from(c: Changeable) -> Self {
        Self {
            name: c.name,
            locale: c.locale,
            username: c.username,
            email: c.email,
            password: c.password,
            delete: c.delete,
        }
    }
}

#[derive(Debug, Object)]
#[oai(rename = "Account", rename_all = "camelCase")]
pub struct AccountDto {
    pub id: String,
    #[oai(skip_serializing_if_is_none)]
    pub username: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    pub name: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    pub email: Option<String>,
    pub email_verified: bool,
    #[oai(skip_serializing_if_is_none)]
    pub locale: Option<String>,
    pub created_at: DateTime<Utc>,
    /// False for an account created by invitation or through an external identity: it may
    /// set one.
    pub has_password: bool,
    pub can_change: ChangeableDto,
}

impl From<Profile> for AccountDto {
    fn from(p: Profile) -> Self {
        Self {
            id: p.id,
            username: p.username,
            name: p.name,
            email: p.email,
            email_verified: p.email_verified,
            locale: p.locale,
            created_at: p.created_at,
            has_password: p.has_password,
            can_change: p.can_change.into(),
        }
    }
}

/// A field left out is unchanged; an empty string clears it.
#[derive(Debug, Object)]
#[oai(rename = "AccountUpdateRequest", rename_all = "camelCase")]
pub struct UpdateBody {
    /// Printable; trimmed.
    #[oai(validator(max_length = 128, pattern = r"^[^\u0000-\u001f\u007f-\u009f]*$"))]
    pub name: MaybeUndefined<Text>,
    /// A language tag (`fr`, `en-GB`).
    #[oai(validator(max_length = 35, pattern = r"^([A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*)?$"))]
    pub locale: MaybeUndefined<Text>,
}

#[derive(Debug, Object)]
#[oai(rename = "AccountUsernameRequest", rename_all = "camelCase")]
pub struct UsernameBody {
    #[oai(validator(max_length = 320))]
    pub username: Text,
}

#[derive(Debug, Object)]
#[oai(rename = "AccountPasswordRequest", rename_all = "camelCase")]
pub struct PasswordBody {
    #[oai(validator(max_length = 4096))]
    pub password: Text,
}

#[derive(Debug, Object)]
#[oai(rename = "AccountEmailRequest", rename_all = "camelCase")]
pub struct EmailBody {
    pub email: EmailText,
}

#[derive(Debug, Object)]
#[oai(rename = "AccountCodeRequest", rename_all = "camelCase")]
pub struct CodeBody {
    #[oai(validator(max_length = 128))]
    pub verification_id: Text,
    #[oai(validator(max_length = 16))]
    pub code: Text,
}

/// A verification handed out. A code's record holds until the code expires; a proof of
/// identity (a right password or code) for 10 minutes.
#[derive(Debug, Object)]
#[oai(rename = "AccountVerification", rename_all = "camelCase")]
pub struct VerificationDto {
    pub verification_id: String,
    pub expires_at: DateTime<Utc>,
}

impl From<Issued> for VerificationDto {
    fn from(i: Issued) -> Self {
        Self {
            verification_id: i.verification_id,
            expires_at: i.expires_at,
        }
    }
}

#[derive(Debug, Object)]
#[oai(rename = "AccountSession", rename_all = "camelCase")]
pub struct SessionDto {
    pub id: String,
    pub created_at: DateTime<Utc>,
    pub last_used_at: DateTime<Utc>,
    /// The browser's `User-Agent` when it signed in, cut at 256 characters.
    #[oai(skip_serializing_if_is_none)]
    pub user_agent: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    pub ip: Option<String>,
    /// The session of the token making this call.
    pub current: bool,
}

impl From<SessionView> for SessionDto {
    fn from(s: SessionView) -> Self {
        Self {
            id: s.id,
            created_at: s.created_at,
            last_used_at: s.last_used_at,
            user_agent: s.user_agent,
            ip: s.ip,
            current: s.current,
        }
    }
}

#[derive(Debug, Object)]
#[oai(rename = "AccountSessionsEnded", rename_all = "camelCase")]
pub struct EndedDto {
    pub ended: u64,
}

#[derive(Debug, Object)]
#[oai(rename = "AccountApp", rename_all = "camelCase")]
pub struct AppDto {
    pub client_id: String,
    pub name: String,
    pub scopes: Vec<String>,
    /// When the user consented, or first signed in to it.
    pub since: DateTime<Utc>,
    pub first_party: bool,
    /// The origins of its redirect URIs: a "back to the application" link may lead there only.
    pub origins: Vec<String>,
    /// The application making this call.
    pub current: bool,
}

impl From<AppAccess> for AppDto {
    fn from(a: AppAccess) -> Self {
        Self {
            client_id: a.client_id,
            name: a.name,
            scopes: a.scopes,
            since: a.since,
            first_party: a.first_party,
            origins: a.origins,
            current: a.current,
        }
    }
}
