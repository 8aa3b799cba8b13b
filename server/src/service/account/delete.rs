//! Deleting one's own account. Everything that names the person goes in one transaction: the
//! account, its sessions, grants (and so every token), consents, codes, verification records,
//! the invitation it was created from, lockout counters of its identifiers, interactions
//! under way, and its second factors with their backup codes and remembered browsers. What
//! stays is described in the README ("Deleting an account").

use chrono::Utc;
use serde_json::json;

use super::{AccountError, Caller, Result, audit_event, verification};
use crate::{
    domain::{
        identifier::{Email, IdentifierType},
        lockout::lockout_key,
        user::User,
    },
    email::account_templates,
    service::audit::{self, AuditKind},
    state::AppState,
    storage,
};

/// `DELETE /api/my-account`.
pub async fn delete(
    state: &AppState,
    caller: &Caller,
    verification_id: Option<&str>,
    accept_language: Option<&str>,
) -> Result<()> {
    if !state.settings.account.allow_delete {
        return Err(AccountError::DeleteDisabled);
    }
    verification::require(state, caller, verification_id).await?;
    let user = &caller.user;
    let tx = storage::begin(&state.db).await?;
    if !purge(&tx, user).await? {
        return Err(AccountError::InvalidToken);
    }
    let event = audit_event(caller, AuditKind::AccountDeleted).details(json!({"by": "user"}));
    audit::record(&tx, event).await?;
    storage::commit(tx).await?;
    // The audit record: an opaque id and a time, nothing that names the person.
    tracing::info!(user_id = %user.id, at = %Utc::now(), "account deleted by its owner");
    if let (Some(email), true) = (&user.email, user.email_verified) {
        state.mailer.send_in_background(
            email.clone(),
            account_templates::account_deleted(caller.lang(accept_language)),
        );
    }
    Ok(())
}

/// Removes the account and everything that names the person, in the caller's transaction
/// (the owner's deletion, and `gatehouse user delete`); false when there is no such account.
pub async fn purge(tx: &storage::Tx, user: &User) -> Result<bool, storage::StorageError> {
    let mut lockout_keys = Vec::new();
    if let Some(name) = &user.username {
        lockout_keys.push(lockout_key(IdentifierType::Username, name));
    }
    let email = user.email.as_deref().and_then(|e| Email::parse(e).ok());
    if let Some(email) = &email {
        lockout_keys.push(lockout_key(IdentifierType::Email, email.as_str()));
        storage::verification_codes::delete_of_address(tx, &email.normalized()).await?;
    }
    for key in &lockout_keys {
        storage::login_failures::clear(tx, key).await?;
    }
    storage::account_verifications::delete_of_user(tx, &user.id).await?;
    storage::invitations::delete_of_user(tx, &user.id).await?;
    storage::interactions::delete_of_user(tx, &user.id).await?;
    storage::mfa::delete_all_of_user(tx, &user.id).await?;
    // The provider's subject could otherwise sign a stranger into a reused account id.
    storage::identities::delete_for_user(tx, &user.id).await?;
    storage::users::delete(tx, &user.id).await
}
