//! The password section: change it, or set one for an account that has none (invited, or
//! created through an external identity). Either way every other session and every other
//! grant ends (a new security stamp); the caller's session and token go on.

use chrono::Utc;
use secrecy::{ExposeSecret, SecretString};
use serde_json::json;

use super::{AccountError, Caller, Result, audit_event, editable, keep_only_caller, verification};
use crate::{
    crypto::token::random_token,
    email::account_templates,
    service::{
        InternalError,
        audit::{self, AuditKind},
        users::password_policy,
    },
    state::AppState,
    storage,
};

/// `PUT /api/my-account/password`.
pub async fn set(
    state: &AppState,
    caller: &Caller,
    verification_id: Option<&str>,
    password: &SecretString,
    accept_language: Option<&str>,
) -> Result<()> {
    editable(state, "password")?;
    verification::require(state, caller, verification_id).await?;
    let user = &caller.user;
    let identifiers: Vec<&str> = [user.username.as_deref(), user.email.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let policy = password_policy(state);
    let broken = policy.check(password.expose_secret(), &identifiers);
    if !broken.is_empty() {
        return Err(AccountError::WeakPassword { rules: broken, policy });
    }
    let hash = state.hasher.hash(password).await.map_err(InternalError::from)?;
    let stamp = random_token();
    let now = Utc::now();
    let tx = storage::begin(&state.db).await?;
    if !storage::users::set_password(&tx, &user.id, &hash, &stamp).await? {
        return Err(AccountError::InvalidToken);
    }
    let ended = keep_only_caller(&tx, caller, &stamp, now).await?;
    let event = audit_event(caller, AuditKind::PasswordChanged);
    audit::record(
        &tx,
        event.details(json!({"had_password": user.password_hash.is_some()})),
    )
    .await?;
    storage::commit(tx).await?;
    tracing::info!(user_id = %user.id, sessions_ended = ended, had_password = user.password_hash.is_some(), "password changed");
    if let (Some(email), true) = (&user.email, user.email_verified) {
        let mail = account_templates::password_changed(caller.lang(accept_language));
        state.mailer.send_in_background(email.clone(), mail);
    }
    Ok(())
}
