//! The bodies of `/api/admin/users`.

use chrono::{DateTime, Utc};
use poem_openapi::Object;

use crate::{
    domain::user::User, http::experience::text::Text, service::admin::users::UserDetail,
    storage::identities::LinkedIdentity,
};

/// An account.
#[derive(Debug, Object)]
#[oai(rename = "AdminUser", rename_all = "camelCase")]
pub struct UserDto {
    pub id: String,
    #[oai(skip_serializing_if_is_none)]
    pub username: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    pub email: Option<String>,
    pub email_verified: bool,
    #[oai(skip_serializing_if_is_none)]
    pub name: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    pub locale: Option<String>,
    /// Locked by an administrator: it cannot sign in.
    pub disabled: bool,
    #[oai(skip_serializing_if_is_none)]
    pub disabled_at: Option<DateTime<Utc>>,
    pub has_password: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<User> for UserDto {
    fn from(u: User) -> Self {
        Self {
            disabled: u.is_disabled(),
            has_password: u.password_hash.is_some(),
            id: u.id,
            username: u.username,
            email: u.email,
            email_verified: u.email_verified,
            name: u.name,
            locale: u.locale,
            disabled_at: u.disabled_at,
            created_at: u.created_at,
            updated_at: u.updated_at,
        }
    }
}

/// An external identity that signs the account in.
#[derive(Debug, Object)]
#[oai(rename = "AdminLinkedIdentity", rename_all = "camelCase")]
pub struct LinkedIdentityDto {
    pub id: String,
    pub connector_id: String,
    /// The provider's id of the person.
    #[oai(skip_serializing_if_is_none)]
    pub subject: Option<String>,
    pub linked_at: DateTime<Utc>,
}

impl From<LinkedIdentity> for LinkedIdentityDto {
    fn from(i: LinkedIdentity) -> Self {
        Self {
            id: i.id,
            connector_id: i.connector_id,
            subject: Some(i.subject),
            linked_at: i.created_at,
        }
    }
}

/// An account with how it signs in.
#[derive(Debug, Object)]
#[oai(rename = "AdminUserDetail", rename_all = "camelCase")]
pub struct UserDetailDto {
    #[oai(flatten)]
    pub user: UserDto,
    /// The kinds of second factor enrolled: `totp`, `email`.
    pub second_factors: Vec<String>,
    pub identities: Vec<LinkedIdentityDto>,
}

impl From<UserDetail> for UserDetailDto {
    fn from(d: UserDetail) -> Self {
        Self {
            user: d.user.into(),
            second_factors: d.second_factors,
            identities: d.identities.into_iter().map(Into::into).collect(),
        }
    }
}

#[derive(Debug, Object)]
#[oai(rename = "AdminUserPage", rename_all = "camelCase")]
pub struct UserPageDto {
    pub items: Vec<UserDto>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(skip_serializing_if_is_none)]
    pub next_cursor: Option<String>,
}

/// A new account: a username, an email address or both. Without a password it signs in by a
/// linked identity or after a password reset. With `sendInvitation`, the address is invited to
/// register instead (no username nor password then: the invitee chooses them), to
/// `applicationId` when given. `emailVerified` is true when left out: an administrator vouches
/// for the address.
#[derive(Object)]
#[oai(rename = "AdminUserCreate", rename_all = "camelCase")]
pub struct CreateUserBody {
    pub username: Option<Text>,
    pub email: Option<Text>,
    pub email_verified: Option<bool>,
    pub name: Option<Text>,
    pub locale: Option<Text>,
    pub password: Option<Text>,
    pub send_invitation: Option<bool>,
    pub application_id: Option<Text>,
}

/// A change: fields left out stay as they are; `""` clears `name`, `locale` or `email`. An
/// address set here counts as confirmed unless `emailVerified` is false; `emailVerified`
/// alone marks the current address. `username` only for an account that has none.
#[derive(Debug, Object)]
#[oai(rename = "AdminUserUpdate", rename_all = "camelCase")]
pub struct UpdateUserBody {
    pub name: Option<Text>,
    pub locale: Option<Text>,
    pub email: Option<Text>,
    pub email_verified: Option<bool>,
    pub username: Option<Text>,
}
