//! What an administrator does to an account (`gatehouse user disable|enable|delete`).

use chrono::Utc;

use crate::{crypto::token::random_token, service::InternalError, state::AppState, storage};

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("no account has this id")]
    NotFound,
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
            Self::NotFound => "user.not_found",
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
    storage::commit(tx).await?;
    tracing::warn!(user_id = %id, "account deleted");
    Ok(())
}
