//! The bodies of `/api/admin/invitations`. The code never leaves the server but in the email.

use chrono::{DateTime, Utc};
use poem_openapi::{Enum, Object};

use crate::{
    http::experience::text::Text,
    service::invitations::CreatedInvitation,
    storage::invitations::{Invitation, Status},
};

/// Where an invitation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename = "AdminInvitationStatus", rename_all = "lowercase")]
pub enum StatusDto {
    Pending,
    Used,
    Revoked,
    Expired,
}

impl From<StatusDto> for Status {
    fn from(s: StatusDto) -> Self {
        match s {
            StatusDto::Pending => Self::Pending,
            StatusDto::Used => Self::Used,
            StatusDto::Revoked => Self::Revoked,
            StatusDto::Expired => Self::Expired,
        }
    }
}

impl From<Status> for StatusDto {
    fn from(s: Status) -> Self {
        match s {
            Status::Pending => Self::Pending,
            Status::Used => Self::Used,
            Status::Revoked => Self::Revoked,
            Status::Expired => Self::Expired,
        }
    }
}

/// An invitation to register.
#[derive(Debug, Object)]
#[oai(rename = "AdminInvitation", rename_all = "camelCase")]
pub struct InvitationDto {
    pub id: String,
    /// The id the account takes once registered.
    pub user_id: String,
    pub email: String,
    #[oai(skip_serializing_if_is_none)]
    pub name: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    pub locale: Option<String>,
    /// The application the invitee joins.
    #[oai(skip_serializing_if_is_none)]
    pub application_id: Option<String>,
    pub status: StatusDto,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    /// Whether the email went out, on creation and resending only: when false, the
    /// invitation exists and resending tries again.
    #[oai(skip_serializing_if_is_none)]
    pub email_sent: Option<bool>,
}

impl InvitationDto {
    pub fn new(i: Invitation, now: DateTime<Utc>) -> Self {
        Self {
            status: Status::of(&i, now).into(),
            id: i.id,
            user_id: i.user_id,
            email: i.email,
            name: i.name,
            locale: i.locale,
            application_id: i.client_id,
            created_at: i.created_at,
            expires_at: i.expires_at,
            email_sent: None,
        }
    }
}

impl From<CreatedInvitation> for InvitationDto {
    fn from(c: CreatedInvitation) -> Self {
        Self {
            email_sent: Some(c.email_error.is_none()),
            ..Self::new(c.invitation, Utc::now())
        }
    }
}

#[derive(Debug, Object)]
#[oai(rename = "AdminInvitationPage", rename_all = "camelCase")]
pub struct InvitationPageDto {
    pub items: Vec<InvitationDto>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(skip_serializing_if_is_none)]
    pub next_cursor: Option<String>,
}

/// A new invitation, emailed at once. `expiresIn` is in seconds, 7 days when left out; a new
/// invitation for an address replaces its pending one.
#[derive(Debug, Object)]
#[oai(rename = "AdminInvitationCreate", rename_all = "camelCase")]
pub struct CreateInvitationBody {
    pub email: Text,
    pub name: Option<Text>,
    /// The language of the email: `en` or `fr`.
    pub locale: Option<Text>,
    /// The application the invitee joins; it needs an `initiateLoginUri`.
    pub application_id: Option<Text>,
    #[oai(validator(minimum(value = "60"), maximum(value = "31536000")))]
    pub expires_in: Option<u64>,
}
