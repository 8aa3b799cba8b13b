//! The account center (`/api/my-account`): what a signed-in user does to their own account,
//! through a bearer token that a first-party client got with the scope `account`.
//!
//! `caller` authenticates; `verification` proves "it is you" before a sensitive change; each
//! other module is one section of the account pages and depends only on these two.

pub mod apps;
mod codes;
pub mod delete;
pub mod email;
mod error;
pub mod identities;
pub mod mfa;
pub mod password;
pub mod profile;
pub mod sessions;
pub mod verification;

pub use self::codes::Issued;

use chrono::{DateTime, Utc};

pub use self::error::AccountError;
use crate::{
    domain::user::User,
    email::Lang,
    service::{
        InternalError, access_tokens,
        audit::{AuditEvent, AuditKind},
    },
    state::AppState,
    storage,
};

pub(crate) type Result<T, E = AccountError> = std::result::Result<T, E>;

/// The scope a token needs for the account API.
pub const SCOPE: &str = "account";

/// Who is calling, from their access token.
#[derive(Debug, Clone)]
pub struct Caller {
    pub user: User,
    pub client_id: String,
    /// The grant of the token: a new password keeps it.
    pub grant_id: String,
    /// The SSO session the token was got in: the current session.
    pub session_id: String,
}

impl Caller {
    /// The user's own language when they chose one, then the browser's.
    pub fn lang(&self, accept_language: Option<&str>) -> Lang {
        Lang::pick_from_lists([self.user.locale.as_deref(), accept_language])
    }
}

/// A live token of a live user, with the scope `account`, issued to a first-party client.
pub async fn authenticate(state: &AppState, token: Option<&str>) -> Result<Caller> {
    if !state.settings.account.enabled {
        return Err(AccountError::Disabled);
    }
    let token = token.ok_or(AccountError::InvalidToken)?;
    let claims = access_tokens::validate(state, token)
        .await?
        .ok_or(AccountError::InvalidToken)?;
    // Client-credentials tokens have no grant and no user.
    let grant_id = claims.gid.clone().ok_or(AccountError::InvalidToken)?;
    if !claims.scopes().contains(&SCOPE) {
        return Err(AccountError::InsufficientScope);
    }
    // Asked at every call: a client made third-party since loses the API at once.
    let client = storage::clients::find(&state.db, &claims.client_id)
        .await
        .map_err(InternalError::from)?
        .ok_or(AccountError::InvalidToken)?;
    if !client.first_party {
        return Err(AccountError::ThirdPartyClient);
    }
    let user = storage::users::find(&state.db, &claims.sub)
        .await
        .map_err(InternalError::from)?
        .filter(|u| !u.is_disabled())
        .ok_or(AccountError::InvalidToken)?;
    let session_id = storage::grants::session_of(&state.db, &grant_id)
        .await
        .map_err(InternalError::from)?
        .ok_or(AccountError::InvalidToken)?;
    crate::telemetry::record_user(&user.id);
    Ok(Caller {
        user,
        client_id: claims.client_id,
        grant_id,
        session_id,
    })
}

/// An audit event of the caller's own account, through the application they use.
fn audit_event(caller: &Caller, kind: AuditKind) -> AuditEvent {
    AuditEvent::new(kind).user(&caller.user.id).client(&caller.client_id)
}

/// Refuses a change to a field `account.editable` leaves out.
fn editable(state: &AppState, field: &'static str) -> Result<()> {
    if state.settings.account.may_edit(field) {
        Ok(())
    } else {
        Err(AccountError::NotEditable(field))
    }
}

/// After a change that gave the user a new security stamp, in its transaction: the caller's
/// session takes the stamp and goes on, with the caller's grant; every other session and grant
/// ends. How many other sessions ended.
async fn keep_only_caller(tx: &storage::Tx, caller: &Caller, stamp: &str, now: DateTime<Utc>) -> Result<usize> {
    storage::sessions::set_stamp(tx, &caller.session_id, stamp).await?;
    let ended = storage::sessions::revoke_others_of_user(tx, &caller.user.id, Some(&caller.session_id), now).await?;
    storage::grants::revoke_all_of_user_except(tx, &caller.user.id, Some(&caller.grant_id), now).await?;
    Ok(ended.len())
}

/// Housekeeping: records nobody can use any more.
pub async fn delete_stale(state: &AppState) -> Result<(), storage::StorageError> {
    storage::account_verifications::delete_expired(&state.db, Utc::now() - chrono::Duration::days(1)).await?;
    Ok(())
}
