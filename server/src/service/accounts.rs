//! What an administrator does to an account (`gatehouse user disable|enable|delete|mfa reset`).

use chrono::{DateTime, Utc};
use serde_json::json;

use crate::{
    crypto::token::random_token,
    domain::{
        identifier::{Identifier, IdentifierType},
        user::User,
    },
    service::{
        InternalError,
        audit::{self, AuditEvent, AuditKind},
    },
    state::AppState,
    storage,
};

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("no account has this id")]
    NotFound,
    #[error("no account has this {0}")]
    NotFoundBy(&'static str),
    #[error("several accounts share this address: name the account by its username")]
    SharedEmail,
    #[error("the account is disabled already")]
    AlreadyDisabled,
    #[error("the account is not disabled")]
    NotDisabled,
    #[error(transparent)]
    Internal(#[from] InternalError),
}

impl AccountError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotFound | Self::NotFoundBy(_) => "user.not_found",
            Self::SharedEmail => "user.email_shared",
            Self::AlreadyDisabled => "user.already_disabled",
            Self::NotDisabled => "user.not_disabled",
            Self::Internal(_) => "internal.server_error",
        }
    }
}

impl From<storage::StorageError> for AccountError {
    fn from(e: storage::StorageError) -> Self {
        Self::Internal(e.into())
    }
}

async fn exists(state: &AppState, id: &str) -> Result<(), AccountError> {
    match storage::users::find(&state.db, id).await? {
        Some(_) => Ok(()),
        None => Err(AccountError::NotFound),
    }
}

/// The account can no longer sign in, and its sessions and tokens end now, in one transaction:
/// a new security stamp, its SSO sessions and grants revoked.
pub async fn disable(state: &AppState, id: &str) -> Result<(), AccountError> {
    exists(state, id).await?;
    let now = Utc::now();
    let tx = storage::begin(&state.db).await?;
    if !storage::users::set_disabled(&tx, id, Some(now), &random_token()).await? {
        return Err(AccountError::AlreadyDisabled);
    }
    storage::sessions::revoke_all_of_user(&tx, id, now).await?;
    storage::grants::revoke_all_of_user(&tx, id, now).await?;
    storage::commit(tx).await?;
    tracing::warn!(user_id = %id, "account disabled");
    Ok(())
}

/// The account may sign in again (its old sessions and tokens stay ended).
pub async fn enable(state: &AppState, id: &str) -> Result<(), AccountError> {
    exists(state, id).await?;
    if !storage::users::set_disabled(&state.db, id, None, "").await? {
        return Err(AccountError::NotDisabled);
    }
    tracing::warn!(user_id = %id, "account enabled");
    Ok(())
}

/// The account and everything that is its, in one transaction; its identifiers become free.
pub async fn delete(state: &AppState, id: &str) -> Result<(), AccountError> {
    let user = storage::users::find(&state.db, id)
        .await?
        .ok_or(AccountError::NotFound)?;
    let tx = storage::begin(&state.db).await?;
    if !super::account::delete::purge(&tx, &user).await? {
        return Err(AccountError::NotFound);
    }
    let event = AuditEvent::new(AuditKind::AccountDeleted)
        .user(id)
        .details(json!({"by": "operator"}));
    audit::record(&tx, event).await?;
    storage::commit(tx).await?;
    tracing::warn!(user_id = %id, "account deleted");
    Ok(())
}

/// The one account a username or an address names.
async fn find_by(state: &AppState, kind: IdentifierType, raw: &str) -> Result<User, AccountError> {
    let not_found = AccountError::NotFoundBy(kind.as_str());
    let Ok(identifier) = Identifier::parse(kind, raw) else {
        return Err(not_found);
    };
    match identifier {
        Identifier::Username(name) => storage::users::find_by_username(&state.db, name.normalized())
            .await?
            .ok_or(not_found),
        Identifier::Email(email) => {
            let mut users = storage::users::find_by_email(&state.db, &email.normalized()).await?;
            match users.len() {
                0 => Err(not_found),
                1 => Ok(users.remove(0)),
                _ => Err(AccountError::SharedEmail),
            }
        }
    }
}

/// What `user mfa reset` did.
#[derive(Debug, Clone)]
pub struct MfaReset {
    pub user_id: String,
    pub removed: storage::mfa::Removed,
    pub sessions_ended: u64,
}

/// Everything second-factor of the account goes (a lost phone, or a factor someone else
/// added), in one transaction with a new security stamp: its sessions and grants end, so that
/// whoever holds one signs in again, with the password and without a second step.
pub async fn reset_mfa(state: &AppState, kind: IdentifierType, raw: &str) -> Result<MfaReset, AccountError> {
    let user = find_by(state, kind, raw).await?;
    reset_mfa_of(state, user.id).await
}

/// [`reset_mfa`] of the account with this id.
pub async fn reset_mfa_of(state: &AppState, user_id: String) -> Result<MfaReset, AccountError> {
    let now = Utc::now();
    let tx = storage::begin(&state.db).await?;
    let removed = storage::mfa::delete_all_of_user(&tx, &user_id).await?;
    let Some(sessions_ended) = end_sessions_in(&tx, &user_id, now).await? else {
        return Err(AccountError::NotFound);
    };
    let details = json!({"factor": "all", "by": "operator"});
    audit::record(
        &tx,
        AuditEvent::new(AuditKind::MfaRemoved).user(&user_id).details(details),
    )
    .await?;
    storage::commit(tx).await?;
    tracing::warn!(
        user_id = %user_id,
        factors = removed.factors,
        backup_codes = removed.backup_codes,
        "second factors reset"
    );
    Ok(MfaReset {
        user_id,
        removed,
        sessions_ended,
    })
}

/// In the transaction: a new security stamp, and the account's sessions and grants end (so
/// every token and remembered browser too). How many sessions ended; `None` when there is no
/// such account.
pub async fn end_sessions_in(tx: &storage::Tx, user_id: &str, now: DateTime<Utc>) -> Result<Option<u64>, AccountError> {
    if !storage::users::set_security_stamp(tx, user_id, &random_token()).await? {
        return Ok(None);
    }
    let ended = storage::sessions::revoke_all_of_user(tx, user_id, now).await?;
    storage::grants::revoke_all_of_user(tx, user_id, now).await?;
    Ok(Some(ended))
}

/// Signs the account out everywhere: its sessions, grants and tokens end. How many sessions
/// ended.
pub async fn end_sessions(state: &AppState, user_id: &str) -> Result<u64, AccountError> {
    let tx = storage::begin(&state.db).await?;
    let ended = end_sessions_in(&tx, user_id, Utc::now())
        .await?
        .ok_or(AccountError::NotFound)?;
    storage::commit(tx).await?;
    tracing::warn!(user_id = %user_id, sessions_ended = ended, "signed out everywhere by an administrator");
    Ok(ended)
}
